import BulwarkCore
import Foundation
import Testing

// `.bulwark.yml` is read by every scan, and a pull request can change it: the YAML is bounded, and
// values of the wrong kind are errors with a line (exit 2), never silently ignored.

private func configError(_ text: String) -> Configuration.Error? {
    do { _ = try Configuration.parse(text, source: ".bulwark.yml"); return nil } catch let e as Configuration.Error { return e } catch {
        Issue.record("unexpected \(error)"); return nil
    }
}

@Test func configAliasBombIsAnErrorWithALine() {
    var text = "version: 1\nallowlists:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in 1...9 {
        text += "  a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
    }
    let start = Date()
    let e = configError(text)
    #expect(Date().timeIntervalSince(start) < 2)
    #expect(e?.message.contains("alias bomb") == true, "\(String(describing: e))")
    #expect(e?.line != nil)
}

@Test func configAliasKeyAndDeepNestingAreErrors() {
    var keys = "version: 1\nallowlists:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in 1...4 {
        keys += "  a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
    }
    keys += "rules:\n  *a4 : true\n"
    #expect(configError(keys)?.message.contains("aliases used as mapping keys") == true)
    let deep = "version: 1\nrules:\n  x:\n    options:\n      o: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
    #expect(configError(deep)?.message.contains("nests deeper") == true)
}

@Test(arguments: [
    ("version: 1\nexclude: 5\n", 2),
    ("version: 1\nexclude: [docs/, 5]\n", 2),
    ("version: 1\nexclude: true\n", 2),
    ("version: 1\nfamilies:\n  secrets:\n    exclude: ~\n", 4),
])
func excludeMustBeGlobStrings(_ text: String, _ line: Int) {
    let e = configError(text)
    #expect(e?.line == line, "\(String(describing: e))")
    #expect(e?.message.contains("glob string") == true)
}

@Test func quotedNumbersAreGlobs() throws {
    let c = try Configuration.parse("version: 1\nexclude: [\"2024\", '5']\n", source: "x")
    #expect(c.isExcluded("2024/a.txt"))
    #expect(c.isExcluded("x/5"))
}

@Test func optionValuesKeepTheirYAMLTypesAndLines() throws {
    let c = try Configuration.parse("""
    version: 1
    rules:
      workflow-unpinned-action:
        options:
          policy: sha
          first-party-policy: "hash-pin"
      workflow-dependabot-cooldown:
        options: {min-days: 0x10}
    """, source: "x")
    let w = try #require(c.rules["workflow-unpinned-action"])
    #expect(w.options["policy"] == .string("sha"))
    #expect(w.optionLines["policy"] == 5)
    #expect(w.optionLines["first-party-policy"] == 6)
    #expect(c.rules["workflow-dependabot-cooldown"]?.options["min-days"] == .int(16))
}

@Test func aConfigurationThatIsNotARegularFileIsRefused() throws {
    let dir = NSTemporaryDirectory() + "bulwark-cfg-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fifo = dir + "/.bulwark.yml"
    #expect(mkfifo(fifo, 0o600) == 0)
    let start = Date()
    #expect(throws: Configuration.Error.self) { _ = try Configuration.load(path: fifo) }
    #expect(Date().timeIntervalSince(start) < 2)
    let big = dir + "/big.yml"
    FileManager.default.createFile(atPath: big, contents: Data(repeating: 0x20, count: (1 << 20) + 1))
    #expect(throws: Configuration.Error.self) { _ = try Configuration.load(path: big) }
}
