import BulwarkCore
import BulwarkWorkflows
import Foundation
import Testing

// Silent bypasses through the YAML reader's limits: each variant must give the findings of its control.

private func scanWorkflow(_ text: String) -> [Finding] {
    let file = SourceFile(relativePath: ".github/workflows/pr.yml", text: text)
    return WorkflowsScanner().scan(file, context: ScanContext(configuration: Configuration(), root: "/"))
}

private func summary(_ findings: [Finding]) -> [String] {
    findings.map { "\($0.ruleID):\($0.severity.rawValue)" }.sorted()
}

private let prTarget = """
name: pr
on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - run: |
          npm install
          npm test

"""

@Test func pullRequestTargetControlIsFound() {
    let ids = scanWorkflow(prTarget).map(\.ruleID)
    #expect(ids.contains("workflow-untrusted-checkout"))
}

@Test(arguments: [
    ("401 spaces in a script", "          echo ok\n" + String(repeating: " ", count: 401) + "echo deep\n"),
    ("401 spaces in a comment", String(repeating: " ", count: 401) + "# note\n"),
    ("65 braces in a script", "          echo '" + String(repeating: "{", count: 65) + "'\n"),
    ("3000 stars in a script", "          ls " + String(repeating: "*x ", count: 3_000) + "\n"),
    ("a 150-level unused mapping", "      - run: echo\n        env:\n" + (0..<150).map { String(repeating: "  ", count: 5 + $0) + "k\($0):\n" }.joined() + String(repeating: "  ", count: 155) + "v: 1\n"),
])
func pullRequestTargetVariantsGiveTheControlFindings(_ name: String, _ extra: String) {
    let control = summary(scanWorkflow(prTarget))
    let variant = summary(scanWorkflow(prTarget + extra))
    #expect(variant == control, "\(name)")
}

@Test func anUnreadableWorkflowIsMediumNotLow() {
    var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
    let tooDeep = "on: push\nx: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
    for text in [bomb, tooDeep, "on: push\njobs:\n  build: [unclosed\n"] {
        let f = scanWorkflow(text)
        #expect(f.map(\.ruleID) == ["workflow-parse-error"])
        #expect(f.first?.severity == .medium)
    }
}

@Test func renovateConfigPaddingGivesTheControlFindingsAndLimitsAreReported() {
    func scanRenovate(_ text: String) -> [String] {
        let file = SourceFile(relativePath: "renovate.json", text: text)
        return summary(WorkflowsScanner().scan(file, context: ScanContext(configuration: Configuration(), root: "/")))
    }
    let control = #"{"automerge": true, "postUpgradeTasks": {"commands": ["npm run build"]}, "x": 1}"#
    let controlFindings = scanRenovate(control)
    #expect(!controlFindings.isEmpty)
    let deep = String(repeating: "{\"k\":", count: 65) + "1" + String(repeating: "}", count: 65)
    let big = "[" + Array(repeating: "0", count: 200_001).joined(separator: ",") + "]"
    for unused in [deep, big] {
        #expect(scanRenovate(control.replacingOccurrences(of: "\"x\": 1", with: "\"x\": " + unused)) == controlFindings)
    }
    // Past every bound: reported as not checked, not dropped.
    let tooDeep = String(repeating: "[", count: 1_100) + String(repeating: "]", count: 1_100)
    #expect(scanRenovate(control.replacingOccurrences(of: "\"x\": 1", with: "\"x\": " + tooDeep)) == ["workflow-parse-error:medium"])
    // A syntax error is Renovate's to report.
    #expect(scanRenovate("{\"automerge\": true,,}").isEmpty)
}
