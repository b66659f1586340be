import CSQLite
import Foundation

private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// The embedded engine: one file, WAL journal, a generous busy timeout.
///
/// WAL lets readers run while one writer commits; `BEGIN IMMEDIATE` makes writers queue on the
/// busy timeout instead of failing when two processes load BOMs at once. A process killed in the
/// middle of a transaction leaves nothing behind: SQLite rolls the WAL back on the next open.
public final class SQLiteDatabase: Database {
    public let engine = DatabaseEngine.sqlite
    public let path: String
    private var handle: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    public init(path: String, busyTimeoutMilliseconds: Int32 = 60_000) throws {
        self.path = path
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            throw DatabaseError("cannot open SQLite database \(path): \(message)", code: String(rc))
        }
        handle = db
        sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
        sqlite3_extended_result_codes(db, 1)
        do {
            // Not a SQLite database at all (or encrypted): fail here with a clear message.
            _ = try query("PRAGMA journal_mode=WAL")
            try execute("PRAGMA synchronous=NORMAL")
            try execute("PRAGMA foreign_keys=OFF")
            try execute("PRAGMA temp_store=MEMORY")
            // Index pages of a multi-million-row inventory: keep the hot ones in memory while loading.
            try execute("PRAGMA cache_size=-65536")
            // Queries over a large inventory read many pages: map them instead of one pread each.
            _ = try query("PRAGMA mmap_size=1073741824")
        } catch {
            close()
            throw DatabaseError("cannot use \(path) as an inventory: \(error)")
        }
    }

    deinit { close() }

    public func close() {
        for (_, s) in statements { sqlite3_finalize(s) }
        statements.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    private func error(_ context: String) -> DatabaseError {
        guard let handle else { return DatabaseError("\(context): database is closed") }
        let code = sqlite3_extended_errcode(handle)
        return DatabaseError("\(context): \(String(cString: sqlite3_errmsg(handle)))", code: String(code))
    }

    private func prepare(_ sql: String) throws -> OpaquePointer {
        if let s = statements[sql] {
            sqlite3_reset(s)
            sqlite3_clear_bindings(s)
            return s
        }
        guard let handle else { throw DatabaseError("database is closed") }
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &stmt, nil) == SQLITE_OK, let stmt else {
            throw error("SQL error")
        }
        statements[sql] = stmt
        return stmt
    }

    private func bind(_ stmt: OpaquePointer, _ parameters: [SQLValue]) throws {
        for (i, p) in parameters.enumerated() {
            let index = Int32(i + 1)
            let rc: Int32
            switch p {
            case .null: rc = sqlite3_bind_null(stmt, index)
            case .integer(let v): rc = sqlite3_bind_int64(stmt, index, v)
            case .text(let s): rc = sqlite3_bind_text(stmt, index, s, -1, transient)
            }
            if rc != SQLITE_OK { throw error("cannot bind parameter \(index)") }
        }
    }

    private func run(_ sql: String, _ parameters: [SQLValue], collect: Bool) throws -> [[SQLValue]] {
        let stmt = try prepare(sql)
        defer { sqlite3_reset(stmt) }
        try bind(stmt, parameters)
        var rows: [[SQLValue]] = []
        while true {
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw error("SQL error") }
            guard collect else { continue }
            let n = sqlite3_column_count(stmt)
            var row: [SQLValue] = []
            row.reserveCapacity(Int(n))
            for c in 0..<n {
                switch sqlite3_column_type(stmt, c) {
                case SQLITE_NULL: row.append(.null)
                case SQLITE_INTEGER: row.append(.integer(sqlite3_column_int64(stmt, c)))
                default:
                    if let p = sqlite3_column_text(stmt, c) {
                        row.append(.text(String(cString: p)))
                    } else {
                        row.append(.null)
                    }
                }
            }
            rows.append(row)
        }
        return rows
    }

    public func execute(_ sql: String, _ parameters: [SQLValue]) throws {
        _ = try run(sql, parameters, collect: false)
    }

    public func query(_ sql: String, _ parameters: [SQLValue]) throws -> [[SQLValue]] {
        try run(sql, parameters, collect: true)
    }

    public func insert(into table: String, columns: [String], rows: [[SQLValue]]) throws {
        guard !rows.isEmpty else { return }
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ",")
        let stmt = try prepare("INSERT INTO \(table) (\(columns.joined(separator: ","))) VALUES (\(marks))")
        defer { sqlite3_reset(stmt) }
        // One prepared statement for every row: bind, step, reset.
        for row in rows {
            try bind(stmt, row)
            guard sqlite3_step(stmt) == SQLITE_DONE else { throw error("SQL error") }
            sqlite3_reset(stmt)
        }
    }

    public func beginWrite() throws { try execute("BEGIN IMMEDIATE") }
    public func commit() throws { try execute("COMMIT") }
    public func rollback() { try? execute("ROLLBACK") }

    /// `PRAGMA integrity_check` result: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try query("PRAGMA integrity_check").compactMap { $0.first?.string }.joined(separator: "; ")
    }
}
