import BulwarkCore
import BulwarkKit
@testable import BulwarkWorkflows
import Foundation
import Testing

// Issue 17: ignore comments of zizmor and Bulwark cover a step's span and map only to rules that
// report the same weakness.

/// Scans one workflow through the whole scanner (inline suppression included).
private func scanThroughScanner(_ text: String) throws -> [Finding] {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-ignore-\(UUID().uuidString)")
    let wfDir = dir.appendingPathComponent(".github/workflows")
    try FileManager.default.createDirectory(at: wfDir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try text.write(to: wfDir.appendingPathComponent("a.yml"), atomically: true, encoding: .utf8)
    var options = ScanOptions(paths: [dir.path], configuration: Configuration())
    options.only = ["workflows"]
    return try Scanner().scan(options).findings
}

@Test func ignoreOnAStepsRunLineCoversTheWholeScript() throws {
    func wf(_ marker: String) -> String {
        """
        on:
          issue_comment:
            types: [created]
        permissions: {}
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - name: Write env
                run: | \(marker)
                  # a comment line
                  echo "X=$BODY" >> "$GITHUB_ENV"
                env:
                  BODY: ${{ github.event.comment.body }}
              - name: Next step
                run: echo "Y=$BODY" >> "$GITHUB_ENV"
                env:
                  BODY: ${{ github.event.comment.body }}
        """
    }
    let plain = try scanThroughScanner(wf("")).filter { $0.ruleID == "workflow-github-env-write" }
    #expect(plain.map(\.location.startLine) == [12, 16])
    for marker in ["# zizmor: ignore[github-env]", "# bulwark: ignore[workflow-github-env-write]"] {
        let ignored = try scanThroughScanner(wf(marker)).filter { $0.ruleID == "workflow-github-env-write" }
        // The marked step is covered; the next step is not.
        #expect(ignored.map(\.location.startLine) == [16], "\(marker)")
    }
    // Another audit's marker covers nothing here.
    let other = try scanThroughScanner(wf("# zizmor: ignore[template-injection]")).filter { $0.ruleID == "workflow-github-env-write" }
    #expect(other.count == 2)
}

@Test func zizmorAuditsMapOnlyToTheSameWeakness() {
    let t = WorkflowsScanner.zizmorAudits
    for audit in ["forbidden-uses", "ref-confusion", "ref-version-mismatch", "stale-action-refs"] {
        #expect(t[audit]?.contains("workflow-unpinned-action") != true, "\(audit)")
    }
    #expect(t["obfuscation"]?.contains("workflow-unsound-condition") != true)
    #expect(t["typosquat-uses"] == ["workflow-typosquatted-action"])
    #expect(t["unpinned-uses"]?.contains("workflow-secrets-to-unpinned-action") == true)
    // Every mapped id is a rule of the family.
    let ids = Set(WorkflowsScanner.allRules.map(\.description.id))
    for (_, rules) in t { for r in rules { #expect(ids.contains(r), "\(r)") } }
}

/// RR15: a workflow saved with Windows line endings was one "line" to the scanner (Swift holds CR LF as one
/// `Character`), so its `# zizmor: ignore[...]` comments covered nothing and script lines mapped to the
/// `run:` key. The same workflow with CR LF behaves as with LF.
@Test func ignoreCommentsAndScriptLinesWorkInCRLFWorkflows() throws {
    let lf = """
    on:
      issue_comment:
        types: [created]
    permissions: {}
    jobs:
      a:
        runs-on: ubuntu-latest
        steps:
          - name: Write env
            run: | # zizmor: ignore[github-env]
              # a comment line
              echo "X=$BODY" >> "$GITHUB_ENV"
            env:
              BODY: ${{ github.event.comment.body }}
          - name: Next step
            run: |
              echo start
              echo "Y=$BODY" >> "$GITHUB_ENV"
            env:
              BODY: ${{ github.event.comment.body }}

    """
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    let expected = try scanThroughScanner(lf).filter { $0.ruleID == "workflow-github-env-write" }.map(\.location.startLine)
    #expect(expected == [18])
    #expect(try scanThroughScanner(crlf).filter { $0.ruleID == "workflow-github-env-write" }.map(\.location.startLine) == expected)
    #expect(WorkflowsScanner.lines("a\r\nb\nc").count == 3)
}
