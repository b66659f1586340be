import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import Foundation
import Testing

// Session 12 (FZ12): dependency files padded with millions of tiny values are refused at a limit
// named in the finding (dep-unparseable-lockfile), and a file just under each limit still gives
// its normal findings. The limits sit far above real files (45-60 bytes a value, a few thousand
// requirement lines) and keep any 64 MiB input to a few hundred MB.

private func scan(_ path: String, _ text: String) -> [Finding] {
    let scanner = DependenciesScanner(database: .bundledOnly)
    let context = ScanContext(configuration: Configuration(), root: "/")
    let f = SourceFile(relativePath: path, text: text)
    return scanner.wants(f) ? scanner.scan(f, context: context) : []
}

private func padding(_ count: Int, separator: String = ",") -> String {
    Array(repeating: "0", count: count).joined(separator: separator)
}

private func unparseable(_ findings: [Finding]) -> String? {
    findings.first { $0.ruleID == "dep-unparseable-lockfile" }?.message
}

private func malicious(_ findings: [Finding]) -> Bool {
    findings.contains { $0.ruleID == "dep-known-malicious" }
}

@Test func paddedPackageLockIsRefusedAtTheValueLimit() {
    let limit = JSONParser.Limits.defaultMaxValues
    func lock(_ n: Int) -> String {
        "{\"name\":\"x\",\"lockfileVersion\":3,\"packages\":{\"\":{\"name\":\"x\",\"dependencies\":{\"event-stream\":\"3.3.6\"}},"
            + "\"node_modules/event-stream\":{\"version\":\"3.3.6\"}},\"unused\":[\(padding(n))]}"
    }
    let over = scan("package-lock.json", lock(limit))
    #expect(unparseable(over)?.contains("more than \(limit) values, the most Bulwark parses in one JSON document") == true)
    // Just under: the padding and the ten values around it fit, and the malicious package is found.
    let under = scan("package-lock.json", lock(limit - 20))
    #expect(unparseable(under) == nil)
    #expect(malicious(under))
}

@Test func paddedPyprojectIsRefusedAtTheTOMLValueLimit() {
    let limit = 2_000_000
    func manifest(_ n: Int) -> String {
        "[project]\nname = \"x\"\nversion = \"1\"\ndependencies = [\"ultralytics==8.3.41\"]\nunused = [\(padding(n))]\n"
    }
    let over = scan("pyproject.toml", manifest(limit))
    #expect(unparseable(over)?.contains("more than \(limit) values, the most Bulwark parses in one TOML document") == true)
    let under = scan("pyproject.toml", manifest(limit - 20))
    #expect(unparseable(under) == nil)
    #expect(malicious(under))
}

@Test func paddedPnpmLockIsRefusedAtTheYAMLValueLimit() {
    let limit = LiteYAML.Limits().maxValues
    func lock(_ n: Int) -> String {
        "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      event-stream:\n        specifier: 3.3.6\n        version: 3.3.6\n"
            + "packages:\n  event-stream@3.3.6:\n    resolution: {integrity: sha512-AAAA}\nunused: [\(padding(n))]\n"
    }
    let over = scan("pnpm-lock.yaml", lock(limit))
    #expect(unparseable(over)?.contains("more than \(limit) values, the most Bulwark reads in one YAML lockfile") == true)
    let under = scan("pnpm-lock.yaml", lock(limit - 20))
    #expect(unparseable(under) == nil)
    #expect(malicious(under))
    // Lines are bounded too (16 bytes each while parsing): four million and one `- 0` lines.
    let lines = "lockfileVersion: '9.0'\nunused:\n" + String(repeating: "- 0\n", count: LiteYAML.Limits().maxLines)
    #expect(unparseable(scan("pnpm-lock.yaml", lines))?.contains("lines, the most Bulwark reads in one YAML lockfile") == true)
}

@Test func parsedNodesStaySmall() {
    // What the value limits' memory arithmetic assumes: scalars inline, 32-bit positions.
    #expect(MemoryLayout<JSONNode>.stride <= 32)
    #expect(MemoryLayout<LiteYAML.Node>.stride <= 24)
    #expect(MemoryLayout<TOMLNode>.stride <= 40)
    let node = JSONNode(value: .number("1"), line: 70_000, column: 12, offset: 60_000_000)
    #expect(node.line == 70_000 && node.column == 12 && node.offset == 60_000_000)
}

@Test func tomlTablesPastTheLinearSearchKeepOrderAndRefuseDuplicates() throws {
    // Up to 8 keys a table is searched linearly, then through an index: both must behave alike.
    let keys = (0..<20).map { "k\($0) = \($0)" }.joined(separator: "\n")
    let t = try TOMLParser.parse("[t]\n" + keys + "\n")
    #expect(t.table(at: ["t"])?.keys == (0..<20).map { "k\($0)" })
    #expect(t.table(at: ["t"])?["k19"]?.value.intValue == 19)
    #expect(t.table(at: ["t"])?.line(of: "k12") == 14)
    for dup in ["k3", "k15"] {
        #expect(throws: TOMLParser.Error.self) { try TOMLParser.parse("[t]\n" + keys + "\n\(dup) = 1\n") }
    }
    #expect(throws: TOMLParser.Error.self) { try TOMLParser.parse("[t]\n" + keys + "\n[t]\nx = 1\n") }
    // Sub-tables created by dotted keys and headers past the index.
    let nested = try TOMLParser.parse("[t]\n" + keys + "\na.b = 1\n[t.c]\nd = 2\n")
    #expect(nested.table(at: ["t", "a"])?["b"]?.value.intValue == 1)
    #expect(nested.table(at: ["t", "c"])?["d"]?.value.intValue == 2)
}
