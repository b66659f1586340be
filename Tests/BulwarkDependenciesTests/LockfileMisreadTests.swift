import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import Foundation
import Testing

// Minimal reproductions of duplicates and misreads seen on real lockfiles (issue 20), and the
// true positives that must survive the fixes.

private func tempRepo(_ files: [String: String]) throws -> String {
    let root = NSTemporaryDirectory() + "bulwark-deps-precision-\(UUID().uuidString)"
    for (p, t) in files {
        let full = root + "/" + p
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(t.utf8).write(to: URL(fileURLWithPath: full))
    }
    return root
}

/// Scans files in memory (no sibling manifest is read).
private func scanInMemory(_ files: [String: String], database: AdvisoryDatabase = .bundledOnly) -> [Finding] {
    let scanner = DependenciesScanner(database: database)
    let context = ScanContext(configuration: Configuration(), root: "/")
    var out: [Finding] = []
    for (path, text) in files.sorted(by: { $0.key < $1.key }) {
        let f = SourceFile(relativePath: path, text: text)
        if scanner.wants(f) { out += scanner.scan(f, context: context) }
    }
    return out
}

/// Scans files on disk, so that lockfiles see their manifests (go.mod beside go.sum...).
private func scanOnDisk(_ files: [String: String], database: AdvisoryDatabase = .bundledOnly) throws -> [Finding] {
    let root = try tempRepo(files)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let scanner = DependenciesScanner(database: database)
    let context = ScanContext(configuration: Configuration(), root: root)
    var out: [Finding] = []
    for (path, text) in files.sorted(by: { $0.key < $1.key }) {
        let f = SourceFile(relativePath: path, absolutePath: root + "/" + path, size: text.utf8.count, maxWholeFileBytes: 1 << 20)
        if scanner.wants(f) { out += scanner.scan(f, context: context) }
    }
    return out
}

private func lockV3(root: [String: String], entries: [(key: String, name: String?, version: String, deps: [String])]) -> String {
    let rootDeps = root.map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ")
    var parts = ["\"\": {\"dependencies\": {\(rootDeps)}}"]
    for e in entries {
        let real = e.name ?? String(e.key.split(separator: "/").suffix(e.key.contains("@") ? 2 : 1).joined(separator: "/"))
        let base = real.split(separator: "/").last.map(String.init) ?? real
        var fields = ["\"version\": \"\(e.version)\"",
                      "\"resolved\": \"https://registry.npmjs.org/\(real)/-/\(base)-\(e.version).tgz\"",
                      "\"integrity\": \"sha512-\(real.count)x\""]
        if let n = e.name { fields.append("\"name\": \"\(n)\"") }
        if !e.deps.isEmpty { fields.append("\"dependencies\": {" + e.deps.map { "\"\($0)\": \"*\"" }.joined(separator: ", ") + "}") }
        parts.append("\"node_modules/\(e.key)\": {" + fields.joined(separator: ", ") + "}")
    }
    return "{\"lockfileVersion\": 3, \"packages\": {\n" + parts.joined(separator: ",\n") + "\n}}"
}

private func squats(_ fs: [Finding]) -> [Finding] { fs.filter { $0.ruleID == "dep-typosquat" } }

// MARK: - Duplicates and misreads

@Test func goAdvisoriesAreReportedOnceFromGoMod() throws {
    let db = try goDatabase()
    let files = [
        "go.mod": "module m\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/net v0.20.0\n\tgithub.com/gin-gonic/gin v1.10.0\n)\n",
        // go.sum also keeps an older x/net and x/crypto that the build no longer uses.
        "go.sum": "github.com/gin-gonic/gin v1.10.0 h1:a=\ngithub.com/gin-gonic/gin v1.10.0/go.mod h1:b=\n"
            + "golang.org/x/crypto v0.1.0 h1:c=\ngolang.org/x/crypto v0.1.0/go.mod h1:d=\n"
            + "golang.org/x/net v0.10.0 h1:e=\ngolang.org/x/net v0.10.0/go.mod h1:f=\n"
            + "golang.org/x/net v0.20.0 h1:g=\ngolang.org/x/net v0.20.0/go.mod h1:h=\n",
    ]
    let vulns = try scanOnDisk(files, database: db).filter { $0.ruleID == "dep-known-vulnerable" }
    #expect(vulns.count == 1, "\(vulns.map { "\($0.location.path): \($0.message)" })")
    #expect(vulns.first?.location.path == "go.mod")
    // Without a go.mod, go.sum is all there is, and is reported.
    let alone = scanInMemory(["go.sum": files["go.sum"]!], database: db).filter { $0.ruleID == "dep-known-vulnerable" }
    #expect(!alone.isEmpty)
}

private func goDatabase() throws -> AdvisoryDatabase {
    let src = NSTemporaryDirectory() + "bulwark-go-osv-\(UUID().uuidString)"
    let dbDir = src + "-db"
    try FileManager.default.createDirectory(atPath: src, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: src); try? FileManager.default.removeItem(atPath: dbDir) }
    let rec = #"""
    {"id": "GO-2099-0001", "summary": "x/net bug", "affected": [
      {"package": {"ecosystem": "Go", "name": "golang.org/x/net"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "0.30.0"}]}]},
      {"package": {"ecosystem": "Go", "name": "golang.org/x/crypto"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "0.30.0"}]}]}]}
    """#
    try Data(rec.utf8).write(to: URL(fileURLWithPath: src + "/GO-2099-0001.json"))
    _ = try AdvisoryDatabase.importOSV(from: [src], into: dbDir)
    return AdvisoryDatabase.load(directory: dbDir)
}

@Test func poetryGitEntryWithResolvedCommitIsPinned() {
    let lock = """
    [[package]]
    name = "tools"
    version = "0.1.0"
    files = []

    [package.source]
    type = "git"
    url = "https://github.com/org/tools.git"
    reference = "HEAD"
    resolved_reference = "3f2a9c1d4e5b6a7980f1e2d3c4b5a69788796a5b"

    [[package]]
    name = "other"
    version = "0.1.0"
    files = []

    [package.source]
    type = "git"
    url = "https://github.com/org/other.git"
    reference = "main"

    [metadata]
    lock-version = "2.0"
    """
    let pins = scanInMemory(["poetry.lock": lock]).filter { $0.ruleID == "dep-git-branch-pin" }
    #expect(pins.count == 1 && pins.first?.message.contains("other") == true, "\(pins.map(\.message))")
}

@Test func yarnBerryConditionalPackagesNeedNoChecksum() {
    let berry = """
    __metadata:
      version: 8
      cacheKey: 10c0

    "@esbuild/aix-ppc64@npm:0.21.5":
      version: 0.21.5
      resolution: "@esbuild/aix-ppc64@npm:0.21.5"
      conditions: os=aix & cpu=ppc64
      languageName: node
      linkType: hard

    "esbuild@npm:^0.21.5":
      version: 0.21.5
      resolution: "esbuild@npm:0.21.5"
      dependencies:
        "@esbuild/aix-ppc64": "npm:0.21.5"
      checksum: 10c0/fa08508a
      languageName: node
      linkType: hard

    "left-pad@npm:^1.3.0":
      version: 1.3.0
      resolution: "left-pad@npm:1.3.0"
      languageName: node
      linkType: hard
    """
    let missing = scanInMemory(["yarn.lock": berry]).filter { $0.ruleID == "dep-integrity-missing" }
    #expect(missing.count == 1 && missing.first?.message.contains("left-pad") == true, "\(missing.map(\.message))")
}

@Test func httpRegistryUrlWithIntegrityIsANote() {
    let lock = #"{"lockfileVersion": 1, "dependencies": {"#
        + #""a": {"version": "1.0.0", "resolved": "http://registry.npmjs.org/a/-/a-1.0.0.tgz", "integrity": "sha1-2jX4bNwRvH6lmqNYkHjOjoZ8KFY="},"#
        + #""b": {"version": "1.0.0", "resolved": "http://registry.npmjs.org/b/-/b-1.0.0.tgz", "integrity": "sha1-3jX4bNwRvH6lmqNYkHjOjoZ8KFY="},"#
        + #""c": {"version": "1.0.0", "resolved": "http://203.0.113.9/c/-/c-1.0.0.tgz", "integrity": "sha1-4jX4bNwRvH6lmqNYkHjOjoZ8KFY="}}}"#
    let fs = scanInMemory(["package-lock.json": lock]).filter { $0.ruleID == "dep-insecure-source" }
    let low = fs.filter { $0.severity == .low }, high = fs.filter { $0.severity == .high }
    #expect(low.count == 1, "\(fs.map { "\($0.severity) \($0.message)" })")  // once per host
    #expect(high.count == 1 && high.first?.message.contains("203.0.113.9") == true)
}

@Test func unparseableLockfileFailsTheDefaultGate() {
    let fs = scanInMemory(["package-lock.json": "{\"lockfileVersion\": 3, \"packages\": {"]).filter { $0.ruleID == "dep-unparseable-lockfile" }
    #expect(fs.count == 1)
    #expect(fs.first?.severity == .high)
    #expect(fs.first?.message.contains("regenerate") == true)
}

/// Session 14 (RR14): npm records no integrity for bundled dependencies (`"inBundle": true`): their
/// parent's tarball carries them and its hash. An unbundled entry without integrity is still reported,
/// also when a bundled sibling follows it.
@Test func bundledPackageLockEntriesNeedNoIntegrity() {
    let lock = """
    {
      "name": "app",
      "lockfileVersion": 3,
      "packages": {
        "": {
          "dependencies": { "wasm-host": "2.1.0" }
        },
        "node_modules/wasm-host": {
          "version": "2.1.0",
          "resolved": "https://registry.npmjs.org/wasm-host/-/wasm-host-2.1.0.tgz",
          "integrity": "sha512-\(String(repeating: "Q", count: 86))==",
          "bundleDependencies": ["tiny-runtime"]
        },
        "node_modules/wasm-host/node_modules/tiny-runtime": {
          "version": "0.4.2",
          "inBundle": true,
          "license": "MIT",
          "dependencies": {
            "tslib": "^2.4.0"
          }
        },
        "node_modules/loose-dep": {
          "version": "1.0.3",
          "resolved": "https://registry.npmjs.org/loose-dep/-/loose-dep-1.0.3.tgz"
        },
        "node_modules/wasm-host/node_modules/tiny-helper": { "version": "0.1.0", "inBundle": true }
      }
    }
    """
    let missing = scanInMemory(["package-lock.json": lock]).filter { $0.ruleID == "dep-integrity-missing" }
    #expect(missing.map { $0.properties["package"] ?? "" } == ["loose-dep"])
    // RR15: the same lockfile saved with CR LF (one Swift `Character`) was one line to the bundle check.
    let crlf = scanInMemory(["package-lock.json": lock.replacingOccurrences(of: "\n", with: "\r\n")])
        .filter { $0.ruleID == "dep-integrity-missing" }
    #expect(crlf.map { $0.properties["package"] ?? "" } == ["loose-dep"])
}
