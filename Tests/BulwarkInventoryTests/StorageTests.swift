import BulwarkInventory
import Foundation
import Testing

@Suite struct StorageTests {
    @Test(arguments: Engine.all)
    func schemaIsVersionedAndMigrationIsIdempotent(engine: Engine) throws {
        let t = try TestInventory(engine)
        #expect(try Migrations.currentVersion(of: t.inventory.db) == Migrations.latestVersion)
        let again = try t.reopen()
        defer { again.close() }
        #expect(try again.db.query("SELECT COUNT(*) FROM schema_version").first?.first?.int == Int64(Migrations.latestVersion))
        // A database from a newer Bulwark is refused rather than misread.
        try t.inventory.db.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", [.integer(99), .text("x")])
        #expect(throws: DatabaseError.self) { try t.reopen() }
    }

    @Test(arguments: Engine.all)
    func newerBOMReplacesTheSlotOlderIsSkippedSameIsUnchanged(engine: Engine) throws {
        let t = try TestInventory(engine)
        let inv = t.inventory
        let l = try Fixtures.load("demo-ai-app.bulwark.cdx.json")
        let origin = BOMOrigin(repository: "acme/demo-ai-app")
        guard case .added(let first) = try inv.add(l.document, sha256: l.sha256, origin: origin) else { Issue.record("not added"); return }
        #expect(try inv.add(l.document, sha256: l.sha256, origin: origin) == .unchanged(id: first))

        var newer = l.document
        newer.timestamp = l.document.timestamp!.addingTimeInterval(86_400)
        newer.components.removeLast(3)
        let outcome = try inv.add(newer, sha256: "newer", origin: origin)
        guard case .replaced(let id, let previous) = outcome else { Issue.record("not replaced: \(outcome)"); return }
        #expect(previous == first && id != first)
        #expect(try inv.list().map(\.components) == [Int64(newer.components.count)])
        #expect(try inv.counts().components == Int64(newer.components.count))

        var older = l.document
        older.timestamp = l.document.timestamp!.addingTimeInterval(-86_400)
        guard case .skippedOlder = try inv.add(older, sha256: "older", origin: origin) else { Issue.record("older BOM replaced a newer one"); return }
        var forced = origin
        forced.force = true
        guard case .replaced = try inv.add(older, sha256: "older", origin: forced) else { Issue.record("--force did not replace"); return }
        #expect(try inv.inconsistencies().isEmpty)

        // Other slots of the same repository are separate BOMs.
        try inv.add(l.document, sha256: l.sha256, origin: BOMOrigin(repository: "acme/demo-ai-app", service: "api", environment: "prod"))
        #expect(try inv.list().count == 2)
        #expect(try inv.freshness().first?.boms == 2)
    }

    @Test(arguments: Engine.all)
    func removeByRepositorySlotAndID(engine: Engine) throws {
        let t = try TestInventory(engine)
        try Fixtures.loadSampleOrganisation(into: t.inventory)
        #expect(try t.inventory.list().count == 7)
        #expect(try t.inventory.remove(repository: "acme/demo-ai-app", service: "api", environment: "staging") == 1)
        #expect(try t.inventory.remove(repository: "acme/batch-jobs") == 2)
        #expect(try t.inventory.remove(repository: "acme/nope") == 0)
        let id = try #require(try t.inventory.list(repository: "acme/web-console").first?.id)
        #expect(try t.inventory.remove(id: id))
        #expect(try !t.inventory.remove(id: id))
        #expect(try t.inventory.list().map(\.repository) == ["acme/demo-ai-app", "acme/demo-ai-app", "acme/review-classifier"])
        #expect(try t.inventory.inconsistencies().isEmpty)
    }

    @Test(arguments: Engine.all)
    func aFailureInTheMiddleOfAReplacementWritesNothing(engine: Engine) throws {
        struct Interrupted: Error {}
        let t = try TestInventory(engine)
        let l = try Fixtures.load("web-console.cdxgen.cdx.json")
        try t.inventory.add(l.document, sha256: l.sha256, origin: BOMOrigin(repository: "acme/web-console"))
        let before = try t.inventory.counts()
        var newer = l.document
        newer.timestamp = Date()
        t.inventory.chunkSize = 2
        t.inventory.progress = { rows in if rows >= 2 { throw Interrupted() } }
        #expect(throws: Interrupted.self) {
            try t.inventory.add(newer, sha256: "x", origin: BOMOrigin(repository: "acme/web-console"))
        }
        t.inventory.progress = nil
        #expect(try t.inventory.counts() == before)
        let stored = try t.inventory.db.query("SELECT sha256 FROM boms").map { $0.first?.string }
        #expect(stored == [l.sha256], "the old BOM is still there, whole")
        #expect(try t.inventory.inconsistencies().isEmpty)
    }
}
