import BulwarkCore
import BulwarkFormats
@testable import BulwarkWorkflows
import Foundation
import Testing

// Issue 17: a repository's zizmor.yml rule disables and ignores apply to the Bulwark rules that
// report the same weakness, like `# zizmor: ignore[...]` comments.

private let injected = """
on: issues
permissions: {}
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: echo "${{ github.event.issue.title }}"
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
"""

/// Scans `files` from a temporary folder that also holds `config` at `configPath`.
private func scanWithConfig(_ config: String?, at configPath: String = ".github/zizmor.yml",
                            files: [String: String] = [".github/workflows/ci.yml": injected]) throws -> (findings: [Finding], notes: [String]) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-zizmor-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    if let config {
        let url = dir.appendingPathComponent(configPath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try config.write(to: url, atomically: false, encoding: .utf8)
    } else {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }
    let scanner = WorkflowsScanner()
    let context = ScanContext(configuration: Configuration(), root: dir.path)
    let sources = files.map { SourceFile(relativePath: $0.key, text: $0.value) }
    var out: [Finding] = []
    for f in sources where scanner.wants(f) { out += scanner.scan(f, context: context) }
    out += scanner.finish(files: sources, context: context)
    return (out, scanner.reportNotes(context: context))
}

@Test func zizmorConfigDisablesMappedRules() throws {
    let none = try scanWithConfig(nil)
    #expect(none.findings.contains { $0.ruleID == "workflow-template-injection" })
    #expect(none.findings.contains { $0.ruleID == "workflow-unpinned-action" } == false)  // first-party tag: fine by default
    #expect(none.notes.isEmpty)

    let off = try scanWithConfig("rules:\n  template-injection:\n    disable: true\n")
    #expect(!off.findings.contains { $0.ruleID == "workflow-template-injection" })
    #expect(off.notes.count == 1)
    #expect(off.notes.first?.contains("workflow-template-injection") == true)
    // `disable: false` and other audits change nothing.
    let on = try scanWithConfig("rules:\n  template-injection:\n    disable: false\n  artipacked:\n    disable: true\n")
    #expect(on.findings.contains { $0.ruleID == "workflow-template-injection" })
    // Root-level zizmor.yaml is read too.
    let root = try scanWithConfig("rules:\n  template-injection:\n    disable: true\n", at: "zizmor.yaml")
    #expect(!root.findings.contains { $0.ruleID == "workflow-template-injection" })
}

@Test func zizmorConfigIgnoresByFileAndLine() throws {
    let line = try scanWithConfig("rules:\n  template-injection:\n    ignore:\n      - ci.yml:7\n")
    #expect(!line.findings.contains { $0.ruleID == "workflow-template-injection" })
    let other = try scanWithConfig("rules:\n  template-injection:\n    ignore:\n      - ci.yml:8\n      - other.yml\n")
    #expect(other.findings.contains { $0.ruleID == "workflow-template-injection" })
    let file = try scanWithConfig("rules:\n  template-injection:\n    ignore:\n      - ci.yml\n")
    #expect(!file.findings.contains { $0.ruleID == "workflow-template-injection" })
}

@Test func zizmorDangerousTriggersDisableKeepsExploitFindings() throws {
    let prt = """
    on: pull_request_target
    jobs:
      j:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
            with:
              ref: ${{ github.event.pull_request.head.sha }}
          - run: npm ci && npm test
            env:
              TOKEN: ${{ secrets.NPM_TOKEN }}
    """
    let plain = try scanWithConfig(nil, files: [".github/workflows/ci.yml": prt])
    #expect(plain.findings.contains { $0.ruleID == "workflow-dangerous-trigger" })
    let r = try scanWithConfig("rules:\n  dangerous-triggers:\n    disable: true\n", files: [".github/workflows/ci.yml": prt])
    #expect(r.findings.contains { $0.ruleID == "workflow-untrusted-checkout" })
    #expect(!r.findings.contains { $0.ruleID == "workflow-dangerous-trigger" })
}

@Test func zizmorConfigThatIsNotYAMLOrHostileSuppressesNothing() throws {
    #expect(ZizmorConfig.parse("rules: [", path: "zizmor.yml") == nil)
    #expect(ZizmorConfig.parse("rules:\n  template-injection:\n    ignore:\n      - ci.yml:abc\n", path: "zizmor.yml") == nil)
    // An alias bomb is refused by the YAML bounds, not expanded.
    var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...12 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i == 1 ? "" : String(i - 1))", count: 10).joined(separator: ", ") + "]\n" }
    bomb += "rules:\n  template-injection:\n    disable: true\n"
    #expect(ZizmorConfig.parse(bomb, path: "zizmor.yml") == nil)
    let r = try scanWithConfig(bomb)
    #expect(r.findings.contains { $0.ruleID == "workflow-template-injection" })
}
