import BulwarkInventory
import BulwarkTestSupport
import Foundation
import Testing

/// A generated BOM: a root and `count` components (a chain of dependencies, hashes on every tenth),
/// so `count + 1` component rows.
func generatedBOM(repository: String, count: Int, timestamp: String, salt: String = "") -> String {
    var components: [String] = []
    var deps: [String] = []
    components.reserveCapacity(count)
    for i in 0..<count {
        let hash = i % 10 == 0 ? #", "hashes": [{"alg": "SHA-256", "content": "\#(SHA256Hex.of("\(salt)\(i)"))"}]"# : ""
        components.append(#"{"bom-ref": "c\#(i)", "type": "library", "name": "pkg\#(i)", "version": "1.\#(i % 7).\#(i % 13)", "purl": "pkg:pypi/pkg\#(i)@1.\#(i % 7).\#(i % 13)"\#(hash)}"#)
        if i > 0 { deps.append(#"{"ref": "c\#(i - 1)", "dependsOn": ["c\#(i)"]}"#) }
    }
    return """
    {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
     "metadata": {"timestamp": "\(timestamp)", "component": {"bom-ref": "root", "type": "application", "name": "\(repository)"},
                  "properties": [{"name": "bulwark:repository", "value": "\(repository)"}]},
     "components": [\(components.joined(separator: ",\n"))],
     "dependencies": [{"ref": "root", "dependsOn": ["c0"]}, \(deps.joined(separator: ","))]}
    """
}

enum SHA256Hex {
    static func of(_ s: String) -> String {
        // Not cryptographic: a stable 64-hex string per input, enough for fixtures.
        var h: UInt64 = 1469598103934665603
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 1099511628211 }
        return String(repeating: String(format: "%016llx", h), count: 4)
    }
}

private func waitForFile(_ path: String, containing needle: String, timeout: TimeInterval) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if let s = try? String(contentsOfFile: path, encoding: .utf8), s.contains(needle) { return true }
        usleep(20_000)
    }
    return false
}

private func spawn(_ args: [String], environment: [String: String] = [:], stderrPath: String) throws -> Process {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: try bulwarkBinary())
    p.arguments = args
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "BULWARK_DB")
    for (k, v) in environment { env[k] = v }
    p.environment = env
    _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle(forWritingAtPath: stderrPath)
    try p.run()
    return p
}

@Suite(.serialized) struct ProcessTests {
    /// `kill -9` of `inventory add` in the middle of replacing a BOM: the database stays sound and
    /// holds either the old BOM or the new one, never a part of it.
    @Test(arguments: Engine.all)
    func killingAddMidLoadLeavesTheOldOrTheNewBOM(engine: Engine) throws {
        let t = try TestInventory(engine)
        let dir = TemporaryDirectory()
        let old = dir.write("old.json", generatedBOM(repository: "acme/big", count: 3, timestamp: "2026-01-01T00:00:00Z"))
        let big = dir.write("big.json", generatedBOM(repository: "acme/big", count: 20_000, timestamp: "2026-02-01T00:00:00Z", salt: "b"))
        #expect(try runBulwark(["inventory", "add", old, "--db", t.location]).status == 0)

        func check(_ label: String) throws -> Int64 {
            if engine == .sqlite {
                let raw = try SQLiteDatabase(path: t.location)
                #expect(try raw.integrityCheck() == "ok", "\(label)")
                raw.close()
            }
            let inv = try t.reopen()
            defer { inv.close() }
            #expect(try inv.inconsistencies().isEmpty, "\(label)")
            let boms = try inv.list(repository: "acme/big")
            #expect(boms.count == 1, "\(label)")
            let n = boms.first?.components ?? -1
            #expect(n == 4 || n == 20_001, "\(label): half a BOM (\(n) components)")
            #expect(try inv.counts().components == n, "\(label)")
            return n
        }

        // Deterministic: stop the child between two chunks of its one transaction.
        let err = dir.path + "/err"
        let child = try spawn(["inventory", "add", big, "--db", t.location], environment: ["BULWARK_TEST_LOAD_PAUSE_MS": "400"], stderrPath: err)
        let reached = waitForFile(err, containing: "loaded 3000 rows", timeout: 120)
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(reached, "the child never reported progress: \((try? String(contentsOfFile: err, encoding: .utf8)) ?? "")")
        #expect(try check("killed mid-transaction") == 4, "a killed load must leave the old BOM")

        // Timed kills at a few points of a real load, then a clean load.
        for delay in [30_000, 150_000, 600_000] as [UInt32] {
            let c = try spawn(["inventory", "add", big, "--db", t.location], stderrPath: err)
            usleep(delay)
            kill(c.processIdentifier, SIGKILL)
            c.waitUntilExit()
            _ = try check("killed after \(delay / 1000) ms")
        }
        let r = try runBulwark(["inventory", "add", big, "--db", t.location])
        #expect(r.status == 0, "\(r.err)")
        #expect(try check("after a clean load") == 20_001)
    }

    /// Several `inventory add` processes at once, plus readers: every load lands, nothing is locked out.
    @Test(arguments: Engine.all)
    func concurrentWriterProcessesAndReaders(engine: Engine) throws {
        let t = try TestInventory(engine)
        let dir = TemporaryDirectory()
        var files: [String] = []
        for i in 0..<6 {
            files.append(dir.write("r\(i).json", generatedBOM(repository: "acme/r\(i)", count: 1500, timestamp: "2026-03-0\(i + 1)T00:00:00Z", salt: "\(i)")))
        }
        // Two writers race for the same slot: the newer BOM must win whatever the order.
        files.append(dir.write("same-old.json", generatedBOM(repository: "acme/same", count: 500, timestamp: "2026-03-01T00:00:00Z")))
        files.append(dir.write("same-new.json", generatedBOM(repository: "acme/same", count: 700, timestamp: "2026-03-02T00:00:00Z")))
        var children: [Process] = []
        for (i, f) in files.enumerated() {
            children.append(try spawn(["inventory", "add", f, "--db", t.location], stderrPath: dir.path + "/err\(i)"))
        }
        // Readers in threads with their own connections while the writers run.
        let readerErrors = ReaderErrors()
        let location = t.location
        let readers = (0..<2).map { _ in
            Thread {
                do {
                    let inv = try Inventory.open(location)
                    defer { inv.close() }
                    for _ in 0..<30 {
                        _ = try inv.affected(.package(try PackageURL(parsing: "pkg:pypi/pkg10"), range: nil), description: "r")
                        if let problems = try? inv.inconsistencies(), !problems.isEmpty { readerErrors.add(problems.joined()) }
                    }
                } catch { readerErrors.add("\(error)") }
            }
        }
        readers.forEach { $0.start() }
        for (i, c) in children.enumerated() {
            c.waitUntilExit()
            let err = (try? String(contentsOfFile: dir.path + "/err\(i)", encoding: .utf8)) ?? ""
            #expect(c.terminationStatus == 0, "writer \(i): \(err)")
        }
        while readers.contains(where: { !$0.isFinished }) { usleep(10_000) }
        #expect(readerErrors.all.isEmpty, "\(readerErrors.all)")
        let boms = try t.inventory.list()
        #expect(boms.count == 7)
        #expect(boms.first { $0.repository == "acme/same" }?.components == 701)
        #expect(try t.inventory.counts().components == 6 * 1501 + 701)
        #expect(try t.inventory.inconsistencies().isEmpty)
    }

    /// Threads of one process, each with its own connection.
    @Test func concurrentWriterThreadsOnSQLite() throws {
        let t = try TestInventory(.sqlite)
        let errors = ReaderErrors()
        let location = t.location
        let threads = (0..<4).map { w in
            Thread {
                do {
                    let inv = try Inventory.open(location)
                    defer { inv.close() }
                    for b in 0..<5 {
                        let json = generatedBOM(repository: "acme/t\(w)-\(b)", count: 200, timestamp: "2026-04-01T00:00:00Z", salt: "\(w)\(b)")
                        let doc = try CycloneDXReader.read(Array(json.utf8))
                        try inv.add(doc, sha256: "\(w)-\(b)", origin: BOMOrigin(repository: "acme/t\(w)-\(b)"))
                    }
                } catch { errors.add("\(error)") }
            }
        }
        threads.forEach { $0.start() }
        while threads.contains(where: { !$0.isFinished }) { usleep(10_000) }
        #expect(errors.all.isEmpty, "\(errors.all)")
        #expect(try t.inventory.counts() == (boms: 20, components: 20 * 201))
    }
}

final class ReaderErrors: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.withLock { items.append(s) } }
    var all: [String] { lock.withLock { items } }
}
