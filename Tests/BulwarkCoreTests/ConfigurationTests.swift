import BulwarkCore
import Testing

@Test func parsesEverySection() throws {
    let c = try Configuration.parse("""
    version: 1
    fail-on: critical
    max-file-size: 64MB
    exclude: ["docs/**", "*.min.js"]
    families:
      secrets: false
      models:
        exclude: ["fixtures/"]
    rules:
      pickle-unknown-global: medium
      workflow-unpinned-action:
        enabled: true
        severity: low
        options: {policy: hash-pin, allow: [actions/*], limit: 3}
    allowlists:
      pickle-globals: [mylib.Model]
    """, source: "t.yml")
    #expect(c.failOn == .critical)
    #expect(c.maxFileSize == 64 << 20)
    #expect(c.isExcluded("docs/a/b.md"))
    #expect(c.isExcluded("web/app.min.js"))
    #expect(!c.isExcluded("src/app.js"))
    #expect(c.families["secrets"]?.enabled == false)
    #expect(c.isExcluded("fixtures/x.pt", family: "models"))
    #expect(!c.isExcluded("fixtures/x.pt", family: "secrets"))
    #expect(c.rules["pickle-unknown-global"]?.severity == .medium)
    let w = try #require(c.rules["workflow-unpinned-action"])
    #expect(w.severity == .low)
    #expect(w.options["policy"] == .string("hash-pin"))
    #expect(w.options["limit"] == .int(3))
    #expect(w.options["allow"]?.stringArray == ["actions/*"])
    #expect(c.allowlist("pickle-globals") == ["mylib.Model"])
}

@Test(arguments: [
    ("version: 2\n", 1, "unsupported version"),
    ("version: 1\nfail-on: urgent\n", 2, "fail-on must be one of"),
    ("version: 1\nexlude: [a]\n", 2, "did you mean `exclude`"),
    ("version: 1\nrules:\n  x:\n    sevrity: low\n", 4, "unknown key `sevrity`"),
    ("version: 1\nrules:\n  x:\n    severity: urgent\n", 4, "severity must be one of"),
    ("version: 1\nmax-file-size: lots\n", 2, "max-file-size must be a size"),
    ("version: 1\nexclude: {a: b}\n", 2, "exclude must be a list"),
    ("- just\n- a list\n", 1, "must be a mapping"),
    ("version: 1\nrules: [\n", 3, "invalid YAML"),
])
func reportsErrorsWithLines(_ text: String, _ line: Int, _ fragment: String) {
    do {
        _ = try Configuration.parse(text, source: ".bulwark.yml")
        Issue.record("expected an error for \(text)")
    } catch let e as Configuration.Error {
        #expect(e.line == line, "\(e)")
        #expect(e.message.contains(fragment), "\(e)")
        #expect(e.description.hasPrefix(".bulwark.yml:\(line): "))
    } catch {
        Issue.record("unexpected \(error)")
    }
}

@Test func ruleSettingsHonourOptInFamiliesAndAliases() throws {
    let optIn = RuleDescription(id: "noisy", name: "n", family: "f", summary: "s", rationale: "", defaultSeverity: .low, optIn: true)
    let renamed = RuleDescription(id: "new-id", name: "n", family: "g", summary: "s", rationale: "", defaultSeverity: .low, aliases: ["old-id"])
    #expect(Configuration().settings(for: optIn).enabled == false)
    let c = try Configuration.parse("version: 1\nrules:\n  noisy: true\n  old-id: {severity: high}\nfamilies:\n  g: false\n", source: "x")
    #expect(c.settings(for: optIn).enabled)
    #expect(c.settings(for: renamed).severity == .high)
    #expect(c.settings(for: renamed).enabled == false, "a disabled family disables its rules")
}

@Test func globsMatchLikeGitignore() {
    #expect(Glob("node_modules").matches("web/node_modules/x/README.md"))
    #expect(Glob("*.min.js").matches("dist/app.min.js"))
    #expect(!Glob("*.min.js").matches("dist/app.js"))
    #expect(Glob("/build").matches("build/x"))
    #expect(!Glob("/build").matches("src/build/x"))
    #expect(Glob("docs/**/*.md").matches("docs/a/b/c.md"))
    #expect(Glob("docs/**/*.md").matches("docs/c.md"))
    #expect(!Glob("docs/**/*.md").matches("src/docs/c.md"))
    #expect(Glob("fixtures/").matches("tests/fixtures/a.pt"))
    #expect(Glob("a?c").matches("abc"))
    #expect(!Glob(String(repeating: "*a", count: 30) + "b").matches(String(repeating: "a", count: 60)), "no exponential backtracking")
}

@Test func sizesParse() {
    #expect(Configuration.parseSize("64MB") == 64 << 20)
    #expect(Configuration.parseSize("1g") == 1 << 30)
    #expect(Configuration.parseSize("512k") == 512 << 10)
    #expect(Configuration.parseSize("100") == 100)
    #expect(Configuration.parseSize("-1") == nil)
    #expect(Configuration.parseSize("99999999999999999999GB") == nil)
}

@Test func sha256MatchesKnownVectors() {
    #expect(SHA256.hex(string: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex(string: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let million = [UInt8](repeating: 0x61, count: 1_000_000)
    #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    var h = SHA256()
    for chunk in stride(from: 0, to: million.count, by: 777) { h.update(million[chunk..<min(chunk + 777, million.count)]) }
    #expect(h.finalize().hexString == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    // Two blocks after padding; a collection without contiguous storage; strings fed in pieces.
    #expect(SHA256.hex(string: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(SHA256.hex((0..<3).lazy.map { UInt8(0x61 + $0) }) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    var s = SHA256()
    for piece in ["abcdbcdecdefdefgefgh", "", "fghighijhijkijkljklmklmnlmnomno", "pnopq"] { s.update(string: piece) }
    #expect(s.finalize().hexString == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
}
