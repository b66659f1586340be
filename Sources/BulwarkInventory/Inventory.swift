import Foundation

/// Where a BOM comes from and which slot of the inventory it fills.
///
/// A slot is (repository, service, environment): adding a BOM to a filled slot replaces the BOM
/// there, in one transaction, when the new one is at least as recent.
public struct BOMOrigin: Sendable {
    public var repository: String
    public var service: String
    public var environment: String
    public var source: String?
    /// Replace even when the stored BOM is newer.
    public var force: Bool

    public init(repository: String, service: String = "", environment: String = "", source: String? = nil, force: Bool = false) {
        self.repository = repository
        self.service = service
        self.environment = environment
        self.source = source
        self.force = force
    }
}

/// One stored BOM, as `inventory list` shows it.
public struct StoredBOM: Sendable, Equatable, Codable {
    public var id: Int64
    public var repository: String
    public var service: String
    public var environment: String
    public var serialNumber: String?
    public var generatedAt: String
    public var loadedAt: String
    public var source: String?
    public var generator: String?
    public var components: Int64
}

/// How the newest and oldest BOM of a repository compare with now.
public struct RepositoryFreshness: Sendable, Equatable, Codable {
    public var repository: String
    public var boms: Int64
    /// Generation time of the newest and oldest BOM of the repository.
    public var newest: String
    public var oldest: String
    public var newestAgeDays: Double
    public var oldestAgeDays: Double
}

/// The inventory: BOMs from many repositories in one SQLite file or PostgreSQL database.
public final class Inventory {
    public let db: any Database

    public enum AddOutcome: Sendable, Equatable {
        case added(id: Int64)
        case replaced(id: Int64, previous: Int64)
        /// The same bytes are already stored for this slot.
        case unchanged(id: Int64)
        /// The stored BOM is newer; nothing written.
        case skippedOlder(storedGeneratedAt: String)
    }

    public init(db: any Database) { self.db = db }

    /// Opens `location` (a file path or a `postgres://` URL), creating and migrating as needed.
    public static func open(_ location: String) throws -> Inventory {
        Inventory(db: try DatabaseLocator.open(location))
    }

    public func close() { db.close() }

    /// Rows are written in chunks; the hook sees the rows written so far (a test kills the process
    /// or throws there, in the middle of the transaction).
    public var progress: ((Int) throws -> Void)?
    public var chunkSize = 5_000

    /// Stores `document` in its slot, replacing the previous BOM atomically.
    @discardableResult
    public func add(_ document: BOMDocument, sha256: String, origin: BOMOrigin, now: Date = Date()) throws -> AddOutcome {
        let generatedAt = Timestamp.format(document.timestamp ?? now)
        let slot: [SQLValue] = [.text(origin.repository), .text(origin.service), .text(origin.environment)]
        return try db.writeTransaction {
            if db.engine == .postgres {
                // Two loaders of the same slot queue here instead of racing on the unique index.
                try db.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
                               [.text(origin.repository + "\u{1F}" + origin.service + "\u{1F}" + origin.environment)])
            }
            let existing = try db.query("SELECT id, generated_at, sha256 FROM boms WHERE repo = ? AND service = ? AND environment = ?", slot)
            var previous: Int64?
            if let row = existing.first, let id = row[0].int {
                let storedAt = row[1].string ?? ""
                if row[2].string == sha256 && !origin.force { return .unchanged(id: id) }
                if storedAt > generatedAt && !origin.force { return .skippedOlder(storedGeneratedAt: storedAt) }
                try deleteRows(ofBOM: id)
                previous = id
            }
            let inserted = try db.query(
                """
                INSERT INTO boms (repo, service, environment, serial, bom_version, spec_version, generated_at, loaded_at,
                                  source, generator, sha256, component_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                slot + [SQLValue(document.serialNumber), document.bomVersion.map { SQLValue($0) } ?? .null,
                        .text(document.specVersion), .text(generatedAt), .text(Timestamp.format(now)),
                        SQLValue(origin.source), SQLValue(document.generator), .text(sha256),
                        .integer(Int64(document.components.count))])
            guard let id = inserted.first?.first?.int else { throw DatabaseError("the database returned no id for the new BOM") }
            try insertRows(of: document, bomID: id)
            return previous.map { .replaced(id: id, previous: $0) } ?? .added(id: id)
        }
    }

    private func insertRows(of document: BOMDocument, bomID id: Int64) throws {
        let bom = SQLValue.integer(id)
        var start = 0
        let all = document.components
        while start < all.count {
            let end = min(all.count, start + chunkSize)
            var components: [[SQLValue]] = []
            var hashes: [[SQLValue]] = []
            var lineage: [[SQLValue]] = []
            components.reserveCapacity(end - start)
            for i in start..<end {
                let c = all[i]
                let idx = SQLValue.integer(Int64(i))
                components.append([bom, idx, SQLValue(c.bomRef), .text(c.kind), .text(c.key), .text(c.name), .text(c.version),
                                   SQLValue(c.purl), .text(c.path)])
                for (alg, value) in c.hashes { hashes.append([bom, idx, .text(alg), .text(value)]) }
                for l in c.lineage {
                    lineage.append([bom, idx, .text(l.relation.rawValue), .text(l.key), .text(l.name), .text(l.version)])
                }
            }
            try db.insert(into: "components", columns: ["bom_id", "idx", "bom_ref", "kind", "pkey", "name", "version", "purl", "path"], rows: components)
            try db.insert(into: "hashes", columns: ["bom_id", "idx", "alg", "value"], rows: hashes)
            try db.insert(into: "lineage", columns: ["bom_id", "idx", "relation", "ancestor_key", "ancestor_name", "ancestor_version"], rows: lineage)
            start = end
            try progress?(end)
        }
        var seen = Set<Int64>()
        var edges: [[SQLValue]] = []
        for (p, c) in document.dependencies {
            // (child, parent) is the primary key: drop duplicate edges a generator may repeat.
            let k = Int64(c) << 32 | Int64(p)
            if seen.insert(k).inserted { edges.append([bom, .integer(Int64(p)), .integer(Int64(c))]) }
        }
        try db.insert(into: "dependencies", columns: ["bom_id", "parent", "child"], rows: edges)
    }

    private func deleteRows(ofBOM id: Int64) throws {
        for table in ["components", "hashes", "dependencies", "lineage"] {
            try db.execute("DELETE FROM \(table) WHERE bom_id = ?", [.integer(id)])
        }
        try db.execute("DELETE FROM boms WHERE id = ?", [.integer(id)])
    }

    public func list(repository: String? = nil) throws -> [StoredBOM] {
        let sql = """
            SELECT id, repo, service, environment, serial, generated_at, loaded_at, source, generator, component_count
            FROM boms \(repository == nil ? "" : "WHERE repo = ?") ORDER BY repo, service, environment
            """
        return try db.query(sql, repository.map { [.text($0)] } ?? []).map { r in
            StoredBOM(id: r[0].int ?? 0, repository: r[1].string ?? "", service: r[2].string ?? "", environment: r[3].string ?? "",
                      serialNumber: r[4].string, generatedAt: r[5].string ?? "", loadedAt: r[6].string ?? "", source: r[7].string,
                      generator: r[8].string, components: r[9].int ?? 0)
        }
    }

    /// Removes the BOMs of a repository (optionally one service/environment); returns how many.
    @discardableResult
    public func remove(repository: String, service: String? = nil, environment: String? = nil) throws -> Int {
        try db.writeTransaction {
            var sql = "SELECT id FROM boms WHERE repo = ?"
            var params: [SQLValue] = [.text(repository)]
            if let service { sql += " AND service = ?"; params.append(.text(service)) }
            if let environment { sql += " AND environment = ?"; params.append(.text(environment)) }
            let ids = try db.query(sql, params).compactMap { $0.first?.int }
            for id in ids { try deleteRows(ofBOM: id) }
            return ids.count
        }
    }

    /// Removes one BOM by its id (as `inventory list` shows it).
    @discardableResult
    public func remove(id: Int64) throws -> Bool {
        try db.writeTransaction {
            guard try !db.query("SELECT id FROM boms WHERE id = ?", [.integer(id)]).isEmpty else { return false }
            try deleteRows(ofBOM: id)
            return true
        }
    }

    public func freshness(now: Date = Date()) throws -> [RepositoryFreshness] {
        func days(_ s: String) -> Double {
            guard let d = Timestamp.parse(s) else { return 0 }
            return (max(0, now.timeIntervalSince(d)) / 86_400 * 10).rounded() / 10
        }
        return try db.query("SELECT repo, COUNT(*), MAX(generated_at), MIN(generated_at) FROM boms GROUP BY repo ORDER BY repo").map { r in
            let newest = r[2].string ?? "", oldest = r[3].string ?? ""
            return RepositoryFreshness(repository: r[0].string ?? "", boms: r[1].int ?? 0, newest: newest, oldest: oldest,
                                       newestAgeDays: days(newest), oldestAgeDays: days(oldest))
        }
    }

    /// Refreshes the planner's statistics after a large load, so that the first questions after it
    /// use the indexes (PostgreSQL `ANALYZE`, SQLite `PRAGMA optimize`).
    public func optimize() throws {
        switch db.engine {
        case .postgres: try db.execute("ANALYZE")
        case .sqlite: _ = try db.query("PRAGMA optimize")
        }
    }

    /// Counts for summaries and tests.
    public func counts() throws -> (boms: Int64, components: Int64) {
        let b = try db.query("SELECT COUNT(*) FROM boms").first?.first?.int ?? 0
        let c = try db.query("SELECT COUNT(*) FROM components").first?.first?.int ?? 0
        return (b, c)
    }

    /// Rows whose component count disagrees with the BOM row: must be empty in a consistent inventory.
    public func inconsistencies() throws -> [String] {
        var problems: [String] = []
        for r in try db.query("""
            SELECT b.id, b.component_count, (SELECT COUNT(*) FROM components c WHERE c.bom_id = b.id) FROM boms b
            """) where r[1].int != r[2].int {
            problems.append("BOM \(r[0].int ?? -1) declares \(r[1].int ?? -1) components but has \(r[2].int ?? -1)")
        }
        for table in ["components", "hashes", "dependencies", "lineage"] {
            let orphans = try db.query("SELECT COUNT(*) FROM \(table) t WHERE NOT EXISTS (SELECT 1 FROM boms b WHERE b.id = t.bom_id)")
            if let n = orphans.first?.first?.int, n > 0 { problems.append("\(n) orphan row(s) in \(table)") }
        }
        return problems
    }
}
