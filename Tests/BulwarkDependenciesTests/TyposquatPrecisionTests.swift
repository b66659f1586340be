import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import Foundation
import Testing

// Minimal reproductions of typosquat false alarms seen on real lockfiles (issue 20), and the
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

// MARK: - Typosquats

@Test func goModuleOfTheSameOwnerIsNeverASquat() {
    let engine = TyposquatEngine.shared
    #expect(engine.check("github.com/aws/aws-cdk-go/awscdk/v2", ecosystem: .go) == nil)
    #expect(engine.check("github.com/aws/aws-cdk-go/awscdk", ecosystem: .go) == nil)
    #expect(engine.check("github.com/sirupsen/logruss", ecosystem: .go) == nil)
    // The same repository under a lookalike owner still is.
    #expect(engine.check("github.com/boltdb-go/bolt", ecosystem: .go)?.imitated == "github.com/boltdb/bolt")
    #expect(engine.check("github.com/gin-gonlc/gin", ecosystem: .go)?.strong == true)
}

@Test func goCdkModuleInGoModIsNotReported() {
    let fs = scanInMemory(["go.mod": "module m\n\ngo 1.22\n\nrequire github.com/aws/aws-cdk-go/awscdk/v2 v2.150.0\n"])
    #expect(squats(fs).isEmpty, "\(fs.map(\.message))")
}

@Test func npmAliasesAreJudgedByThePackageTheyInstall() throws {
    let pj = #"{"name": "app", "devDependencies": {"prettier-2": "npm:prettier@^2", "lodash-es5": "npm:lodash@4.17.21", "@my/react": "npm:@types/react@^18"}}"#
    let parsed = try #require(try LockfileParser.parse(path: "package.json", bytes: Array(pj.utf8)))
    let names = Set(parsed.packages.map(\.name))
    #expect(names == ["prettier", "lodash", "@types/react"])
    #expect(parsed.packages.first { $0.name == "lodash" }?.version == "4.17.21")
    #expect(squats(scanInMemory(["package.json": pj])).isEmpty)

    let yarn = "# yarn lockfile v1\n\n\"prettier-2@npm:prettier@^2\":\n  version \"2.8.8\"\n  resolved \"https://registry.yarnpkg.com/prettier/-/prettier-2.8.8.tgz#e8c5d7e98a4305ffe3de2e1fc4aca1a71c28b1da\"\n  integrity sha512-abc\n"
    let y = try #require(try LockfileParser.parse(path: "yarn.lock", bytes: Array(yarn.utf8)))
    #expect(y.packages.map(\.name) == ["prettier"])
    #expect(squats(scanInMemory(["yarn.lock": yarn])).isEmpty)

    let berry = "__metadata:\n  version: 8\n\n\"prettier-2@npm:prettier@^2\":\n  version: 2.8.8\n  resolution: \"prettier@npm:2.8.8\"\n  checksum: 10c0/abc\n  languageName: node\n  linkType: hard\n"
    let b = try #require(try LockfileParser.parse(path: "yarn.lock", bytes: Array(berry.utf8)))
    #expect(b.packages.map(\.name) == ["prettier"])
    #expect(squats(scanInMemory(["yarn.lock": berry])).isEmpty)
}

@Test func popularNamesUnderAnotherScopeAreNotSquats() throws {
    let engine = TyposquatEngine.shared
    for n in ["@socketregistry/hasown", "@socketregistry/is-regex", "@nodable/entities", "@simple-libs/hosted-git-info", "@nolyfill/es-set-tostringtag"] {
        #expect(engine.check(n, ecosystem: .npm) == nil, "\(n)")
    }
    // A lookalike of a popular scope still is.
    #expect(engine.check("@angullar/core", ecosystem: .npm)?.imitated == "@angular/core")
    // `overrides` replacing hasown by @socketregistry/hasown: package-lock records the real name.
    let lock = lockV3(root: ["express": "^4"], entries: [
        ("express", nil, "4.19.2", ["hasown"]), ("hasown", "@socketregistry/hasown", "1.0.7", []),
        ("fast-xml-parser", nil, "5.3.0", ["@nodable/entities"]), ("@nodable/entities", nil, "1.0.0", []),
    ])
    let fs = scanInMemory(["package-lock.json": lock])
    #expect(squats(fs).isEmpty, "\(fs.map(\.message))")
}

@Test func aTransitiveSquatIsANoteNotAnAlarm() {
    // `lodahs` pulled in by another package: nobody typed it, so low; the same name typed directly stays high.
    let transitive = lockV3(root: ["express": "^4"], entries: [("express", nil, "4.19.2", ["lodahs"]), ("lodahs", nil, "4.17.21", [])])
    let t = squats(scanInMemory(["package-lock.json": transitive]))
    #expect(t.count == 1 && t.allSatisfy { $0.severity == .low }, "\(t.map { "\($0.severity) \($0.message)" })")
    let direct = lockV3(root: ["lodahs": "4.17.21"], entries: [("lodahs", nil, "4.17.21", [])])
    let d = squats(scanInMemory(["package-lock.json": direct]))
    #expect(d.count == 1 && d.allSatisfy { $0.severity == .high }, "\(d.map { "\($0.severity) \($0.message)" })")
}

@Test func wordsAndVersionSuffixesAreNotAlarms() {
    let engine = TyposquatEngine.shared
    #expect(engine.check("cobbler", ecosystem: .pypi) == nil)
    for n in ["httpx2", "httpcore2"] {
        let v = engine.check(n, ecosystem: .pypi)
        #expect(v == nil || v?.weak == true, "\(n): \(String(describing: v))")
    }
    let fs = scanInMemory(["requirements.txt": "cobbler==3.3.6 --hash=sha256:a\nhttpx2==0.1.0 --hash=sha256:b\nhttpcore2==0.1.0 --hash=sha256:c\n"])
    #expect(!squats(fs).contains { $0.severity >= .medium }, "\(fs.map { "\($0.severity) \($0.message)" })")
    // A doubled letter is still a typo, and a swap still high.
    #expect(engine.check("numpyy", ecosystem: .pypi)?.imitated == "numpy")
    #expect(engine.check("reqeusts", ecosystem: .pypi)?.strong == true)
}

@Test func discordJssIsFound() {
    let v = TyposquatEngine.shared.check("discord.jss", ecosystem: .npm)
    #expect(v?.imitated == "discord.js")
    #expect(TyposquatEngine.shared.check("discord.js", ecosystem: .npm) == nil)
    let fs = squats(scanInMemory(["package.json": #"{"dependencies": {"discord.jss": "1.0.0"}}"#]))
    #expect(fs.count == 1 && fs.first?.severity == .high, "\(fs.map { "\($0.severity) \($0.message)" })")
}

// MARK: - Real-lockfile benchmark (scripts/bench/lockfiles-real.sh)

@Test func reorderedWordsAreAnotherNameButAMovedLanguageTagIsASquat() {
    let engine = TyposquatEngine.shared
    // vite's packages/vite depends on fresh-import 0.2.1 (pnpm-lock.yaml): reported medium before.
    #expect(engine.check("fresh-import", ecosystem: .npm) == nil)
    #expect(engine.check("parse-url-fast", ecosystem: .npm) == nil)
    // Moving the language tag keeps the name the user remembers.
    #expect(engine.check("dateutil-python", ecosystem: .pypi)?.imitated == "python-dateutil")
    #expect(engine.check("dateutil-python", ecosystem: .pypi)?.technique == "token reorder")
}

@Test func directFreshImportInAPnpmLockIsNotReported() {
    let lock = """
    lockfileVersion: '9.0'

    importers:

      .:
        dependencies:
          fresh-import:
            specifier: ^0.2.1
            version: 0.2.1

    packages:

      fresh-import@0.2.1:
        resolution: {integrity: sha512-AAAA}

    snapshots:

      fresh-import@0.2.1: {}
    """
    let fs = scanInMemory(["pnpm-lock.yaml": lock])
    #expect(squats(fs).isEmpty, "\(fs.map(\.message))")
    #expect(!fs.contains { $0.ruleID == "dep-unparseable-lockfile" })
}
