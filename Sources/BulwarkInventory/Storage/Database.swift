import Foundation

/// A value bound to or read from a SQL statement. Both engines speak only these three types, which
/// keeps the SQLite and PostgreSQL implementations interchangeable.
public enum SQLValue: Sendable, Equatable, Hashable {
    case null
    case integer(Int64)
    case text(String)

    public var string: String? {
        switch self {
        case .null: return nil
        case .integer(let i): return String(i)
        case .text(let s): return s
        }
    }

    /// PostgreSQL returns every value as text; this reads an integer either way.
    public var int: Int64? {
        switch self {
        case .null: return nil
        case .integer(let i): return i
        case .text(let s): return Int64(s)
        }
    }

    public init(_ s: String?) { self = s.map(SQLValue.text) ?? .null }
    public init(_ i: Int) { self = .integer(Int64(i)) }
}

/// Which storage engine a `Database` talks to.
public enum DatabaseEngine: String, Sendable, CaseIterable {
    case sqlite
    case postgres
}

/// A failure from the storage engine, with the engine's own message.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    public var message: String
    /// SQLSTATE (PostgreSQL) or the SQLite result code as text, when known.
    public var code: String?
    public var description: String { message }
    public init(_ message: String, code: String? = nil) {
        self.message = message
        self.code = code
    }
}

/// The few operations the inventory needs from a SQL engine.
///
/// SQL is written once with `?` placeholders and portable types; each implementation adapts it
/// (PostgreSQL numbers the placeholders). Write transactions take the engine's writer lock up
/// front (`BEGIN IMMEDIATE` on SQLite) so that concurrent writers queue instead of deadlocking.
public protocol Database: AnyObject {
    var engine: DatabaseEngine { get }
    /// Runs a statement that returns no rows.
    func execute(_ sql: String, _ parameters: [SQLValue]) throws
    /// Runs a query and returns every row.
    func query(_ sql: String, _ parameters: [SQLValue]) throws -> [[SQLValue]]
    /// Inserts many rows into `table` as fast as the engine allows (prepared statement or multi-row VALUES).
    func insert(into table: String, columns: [String], rows: [[SQLValue]]) throws
    func beginWrite() throws
    func commit() throws
    func rollback()
    func close()
}

extension Database {
    public func execute(_ sql: String) throws { try execute(sql, []) }
    public func query(_ sql: String) throws -> [[SQLValue]] { try query(sql, []) }

    /// Runs `body` in one write transaction: everything or nothing is stored.
    public func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        try beginWrite()
        do {
            let value = try body()
            try commit()
            return value
        } catch {
            rollback()
            throw error
        }
    }
}

/// Opens the inventory named by `--db`, `BULWARK_DB` or the default `~/.bulwark/inventory.db`.
public enum DatabaseLocator {
    public static func defaultSQLitePath() -> String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".bulwark/inventory.db")
    }

    /// The location to use: the explicit option, then `BULWARK_DB`, then the default file.
    public static func resolve(_ explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["BULWARK_DB"], !env.isEmpty { return env }
        return defaultSQLitePath()
    }

    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Opens (creating when needed) and migrates the database at `location`.
    public static func open(_ location: String) throws -> any Database {
        let db: any Database
        if isPostgres(location) {
            db = try PostgresDatabase(url: location)
        } else {
            let dir = (location as NSString).deletingLastPathComponent
            if !dir.isEmpty {
                try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            }
            db = try SQLiteDatabase(path: location)
        }
        do {
            try Migrations.apply(to: db)
        } catch {
            db.close()
            throw error
        }
        return db
    }
}
