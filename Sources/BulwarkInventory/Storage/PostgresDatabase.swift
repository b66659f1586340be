import CLibPQ
import Foundation

/// The organization-scale engine, through libpq.
///
/// Statements use text parameters (`$1`, `$2`, ...) rewritten from the portable `?` form; rows come
/// back as text. A connection that dies in a transaction (a killed `inventory add`) is rolled back
/// by the server, so a half-loaded BOM is never visible.
public final class PostgresDatabase: Database {
    public let engine = DatabaseEngine.postgres
    private var connection: OpaquePointer?
    private var rewritten: [String: String] = [:]

    public init(url: String) throws {
        var loadError: UnsafePointer<CChar>?
        guard bw_pq_load(&loadError) == 0 else {
            throw DatabaseError(loadError.map { String(cString: $0) } ?? "the PostgreSQL client library could not be loaded")
        }
        guard let conn = bw_PQconnectdb(url) else { throw DatabaseError("cannot allocate a PostgreSQL connection") }
        guard bw_PQstatus(conn) == CONNECTION_OK else {
            let message = String(cString: bw_PQerrorMessage(conn)).trimmingCharacters(in: .whitespacesAndNewlines)
            bw_PQfinish(conn)
            throw DatabaseError("cannot connect to PostgreSQL at \(Self.redacted(url)): \(message)")
        }
        connection = conn
        // Server notices ("relation already exists, skipping") are not for the user.
        bw_PQsetNoticeProcessor(conn, { _, _ in }, nil)
        try execute("SET client_min_messages = warning")
    }

    deinit { close() }

    public func close() {
        if let connection { bw_PQfinish(connection) }
        connection = nil
    }

    /// The URL without its password, for messages.
    public static func redacted(_ url: String) -> String {
        guard var c = URLComponents(string: url), c.password != nil else { return url }
        c.password = "***"
        return c.string ?? "postgres://***"
    }

    /// `?` → `$n`. Our SQL never has a question mark inside a literal.
    private func numbered(_ sql: String) -> String {
        if let s = rewritten[sql] { return s }
        var out = ""
        out.reserveCapacity(sql.count + 16)
        var n = 0
        for ch in sql {
            if ch == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.append(ch)
            }
        }
        rewritten[sql] = out
        return out
    }

    private func run(_ sql: String, _ parameters: [SQLValue], numberedAlready: Bool = false) throws -> [[SQLValue]] {
        guard let connection else { throw DatabaseError("database is closed") }
        let text = numberedAlready ? sql : numbered(sql)
        // Keep C strings alive for the duration of the call.
        let cStrings: [UnsafeMutablePointer<CChar>?] = parameters.map { p in p.string.map { strdup($0) } ?? nil }
        defer { for p in cStrings { free(p) } }
        let result: OpaquePointer? = cStrings.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(buf.count, 1)) { values in
                bw_PQexecParams(connection, text, Int32(parameters.count), nil, parameters.isEmpty ? nil : values, nil, nil, 0)
            }
        }
        guard let result else {
            throw DatabaseError(String(cString: bw_PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        defer { bw_PQclear(result) }
        let status = bw_PQresultStatus(result)
        switch status {
        case PGRES_COMMAND_OK:
            return []
        case PGRES_TUPLES_OK:
            let rows = bw_PQntuples(result), cols = bw_PQnfields(result)
            var out: [[SQLValue]] = []
            out.reserveCapacity(Int(rows))
            for r in 0..<rows {
                var row: [SQLValue] = []
                row.reserveCapacity(Int(cols))
                for c in 0..<cols {
                    if bw_PQgetisnull(result, r, c) == 1 {
                        row.append(.null)
                    } else {
                        row.append(.text(String(cString: bw_PQgetvalue(result, r, c))))
                    }
                }
                out.append(row)
            }
            return out
        default:
            let message = String(cString: bw_PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            let state = bw_PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            throw DatabaseError(message.isEmpty ? "PostgreSQL error" : message, code: state)
        }
    }

    public func execute(_ sql: String, _ parameters: [SQLValue]) throws {
        _ = try run(sql, parameters)
    }

    public func query(_ sql: String, _ parameters: [SQLValue]) throws -> [[SQLValue]] {
        try run(sql, parameters)
    }

    /// Multi-row `VALUES` lists, a few hundred rows per round trip.
    public func insert(into table: String, columns: [String], rows: [[SQLValue]]) throws {
        guard !rows.isEmpty, !columns.isEmpty else { return }
        let perStatement = max(1, min(1000, 30_000 / columns.count))
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            var sql = "INSERT INTO \(table) (\(columns.joined(separator: ","))) VALUES "
            var params: [SQLValue] = []
            params.reserveCapacity(chunk.count * columns.count)
            var n = 0
            for (i, row) in chunk.enumerated() {
                if i > 0 { sql += "," }
                sql += "("
                for c in 0..<columns.count {
                    n += 1
                    sql += c == 0 ? "$\(n)" : ",$\(n)"
                    params.append(c < row.count ? row[c] : .null)
                }
                sql += ")"
            }
            _ = try run(sql, params, numberedAlready: true)
            start += perStatement
        }
    }

    public func beginWrite() throws { try execute("BEGIN") }
    public func commit() throws { try execute("COMMIT") }
    public func rollback() { try? execute("ROLLBACK") }
}
