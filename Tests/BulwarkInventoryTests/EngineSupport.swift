import BulwarkInventory
import BulwarkTestSupport
import Foundation
import Testing

/// The engines every storage test runs on. PostgreSQL comes from `BULWARK_TEST_POSTGRES_URL`
/// (`scripts/postgres-test-server.sh start` prints one). In CI (`CI=true`) the PostgreSQL cases run
/// even when the URL is missing, and fail; elsewhere they are left out and `postgresIsConfigured`
/// is skipped with a note saying how to enable them.
enum Engine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["BULWARK_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var inCI: Bool { ["true", "1", "yes"].contains((ProcessInfo.processInfo.environment["CI"] ?? "").lowercased()) }

    static var all: [Engine] { postgresURL != nil || inCI ? [.sqlite, .postgres] : [.sqlite] }
}

/// A fresh, empty inventory: a temporary SQLite file, or a new schema in the test PostgreSQL database.
final class TestInventory {
    let engine: Engine
    let location: String
    let inventory: Inventory
    private let directory = TemporaryDirectory()
    private var schema: String?

    init(_ engine: Engine) throws {
        self.engine = engine
        switch engine {
        case .sqlite:
            location = directory.path + "/inventory.db"
        case .postgres:
            guard let base = Engine.postgresURL else {
                throw DatabaseError("BULWARK_TEST_POSTGRES_URL is not set and CI=true: PostgreSQL tests must run in CI (start a server with scripts/postgres-test-server.sh start)")
            }
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            let admin = try PostgresDatabase(url: base)
            try admin.execute("CREATE SCHEMA \(name)")
            admin.close()
            schema = String(name)
            location = base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(name)"
        }
        inventory = try Inventory.open(location)
    }

    deinit {
        inventory.close()
        if let schema, let base = Engine.postgresURL, let admin = try? PostgresDatabase(url: base) {
            try? admin.execute("DROP SCHEMA \(schema) CASCADE")
            admin.close()
        }
    }

    /// Another connection to the same inventory (another "process").
    func reopen() throws -> Inventory { try Inventory.open(location) }
}

enum Fixtures {
    static let directory = Repository.root() + "/Tests/BulwarkInventoryTests/Fixtures"
    static func path(_ name: String) -> String { directory + "/" + name }

    static func load(_ name: String) throws -> BOMFile.Loaded {
        do { return try BOMFile.load(path(name)) } catch { throw DatabaseError(error.message) }
    }

    /// The sample AI organisation: four repositories, seven BOMs, from four generators.
    static func loadSampleOrganisation(into inventory: Inventory) throws {
        let slots: [(String, String?, String, String)] = [
            ("demo-ai-app.bulwark.cdx.json", nil, "", ""),
            ("demo-ai-app-image.syft.cdx.json", "acme/demo-ai-app", "api", "prod"),
            ("demo-ai-app-image-staging.syft.cdx.json", "acme/demo-ai-app", "api", "staging"),
            ("review-classifier.cdxgen.cdx.json", nil, "", ""),
            ("batch-jobs.cyclonedx-py.cdx.json", nil, "", ""),
            ("batch-jobs-image.syft.cdx.json", "acme/batch-jobs", "worker", ""),
            ("web-console.cdxgen.cdx.json", nil, "", ""),
        ]
        for (file, repo, service, env) in slots {
            let l = try load(file)
            let repository = try #require(repo ?? l.document.repositoryHint)
            try inventory.add(l.document, sha256: l.sha256, origin: BOMOrigin(repository: repository, service: service, environment: env, source: file))
        }
    }
}

/// The `bulwark` executable, for process-level tests (kill, concurrent writers, CLI).
func bulwarkBinary() throws -> String {
    try #require(Repository.bulwarkBinary, "build the executable first (`swift build`)")
}

/// Runs bulwark with extra environment variables.
func runBulwark(_ args: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: try bulwarkBinary())
    p.arguments = args
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "BULWARK_DB")
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let dir = TemporaryDirectory()
    let outPath = dir.path + "/out", errPath = dir.path + "/err"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    p.standardOutput = FileHandle(forWritingAtPath: outPath)
    p.standardError = FileHandle(forWritingAtPath: errPath)
    try p.run()
    p.waitUntilExit()
    let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return (p.terminationStatus, out, err)
}

@Test(.enabled(if: Engine.postgresURL != nil || Engine.inCI,
               "PostgreSQL tests skipped: set BULWARK_TEST_POSTGRES_URL (scripts/postgres-test-server.sh start prints it)"))
func postgresIsConfigured() throws {
    let url = try #require(Engine.postgresURL, "CI=true but BULWARK_TEST_POSTGRES_URL is not set: PostgreSQL must be tested in CI")
    let db = try PostgresDatabase(url: url)
    defer { db.close() }
    let v = try db.query("SHOW server_version_num").first?.first?.int ?? 0
    #expect(v >= 120000, "PostgreSQL 12 or later (hashtextextended); got \(v)")
}
