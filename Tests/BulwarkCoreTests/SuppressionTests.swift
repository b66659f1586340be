import BulwarkCore
import BulwarkTestSupport
import Foundation
import Testing

private func finding(_ rule: String, line: Int) -> Finding {
    Finding(ruleID: rule, family: "t", message: "m", severity: .high, location: Location(path: "a.py", startLine: line))
}

@Test func inlineMarkersOnOrAboveTheLine() {
    let file = SourceFile(relativePath: "a.py", text: """
    x = 1  # bulwark: ignore[rule-a] accepted: test fixture
    # bulwark: ignore[rule-b, rule-c] reviewed 2026-11
    y = 2
    z = 3
    w = 4  # bulwark: ignore[all]
    """)
    let s = InlineSuppressions()
    #expect(s.isSuppressed(finding("rule-a", line: 1), in: file))
    #expect(!s.isSuppressed(finding("rule-b", line: 1), in: file))
    #expect(s.isSuppressed(finding("rule-b", line: 3), in: file))
    #expect(s.isSuppressed(finding("rule-c", line: 3), in: file))
    #expect(!s.isSuppressed(finding("rule-b", line: 4), in: file))
    #expect(s.isSuppressed(finding("anything", line: 5), in: file))
}

@Test func foreignMarkersAndAliasesMap() {
    let file = SourceFile(relativePath: "w.yml", text: "- uses: x/y@v1 # zizmor: ignore[unpinned-uses]\n- run: a # bulwark: ignore[old-id]\n")
    let s = InlineSuppressions(foreign: ["zizmor: ignore": ["unpinned-uses": ["workflow-unpinned-action"]]],
                               aliases: ["old-id": "new-id"])
    #expect(s.isSuppressed(finding("workflow-unpinned-action", line: 1), in: file))
    #expect(!s.isSuppressed(finding("workflow-other", line: 1), in: file))
    #expect(s.isSuppressed(finding("new-id", line: 2), in: file))
}

@Test func baselineRoundTrip() throws {
    let d = TemporaryDirectory()
    let fs = [finding("rule-a", line: 1), finding("rule-b", line: 2), finding("rule-a", line: 1)]
    let path = d.path + "/baseline.json"
    try Baseline(findings: fs).write(path: path)
    let loaded = try Baseline.load(path: path)
    #expect(loaded.entries.count == 2)
    #expect(loaded.fingerprints == Set(fs.map(\.fingerprint)))
    d.write("bad.json", "{\"nope\": 1}")
    #expect(throws: Configuration.Error.self) { try Baseline.load(path: d.path + "/bad.json") }
}

@Test func fingerprintsIgnoreLineNumbers() {
    let a = Finding(ruleID: "r", family: "f", message: "m", severity: .low, location: Location(path: "p", startLine: 3), anchor: "x")
    let b = Finding(ruleID: "r", family: "f", message: "m", severity: .low, location: Location(path: "p", startLine: 30), anchor: "x")
    let c = Finding(ruleID: "r", family: "f", message: "m", severity: .low, location: Location(path: "q", startLine: 3), anchor: "x")
    #expect(a.fingerprint == b.fingerprint)
    #expect(a.fingerprint != c.fingerprint)
}
