import BulwarkCore
import BulwarkFormats
@testable import BulwarkWorkflows
import Testing

// Issue 15: classes of workflow highs judged "debatable" on the real-repository benchmark, graded by
// what an attacker can do. Our own minimal reproductions.

private func found(_ rule: String, _ files: [String: String]) -> [Finding] {
    scanRepo(files).filter { $0.ruleID == rule }
}

private func prTargetEval(environment: String, ref: String) -> String {
    """
    on: pull_request_target
    permissions:
      contents: read
    jobs:
      evaluate:
        runs-on: ubuntu-latest
    \(environment)
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
            with:
              ref: \(ref)
              persist-credentials: false
          - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
            with:
              cache: npm
          - run: npm ci && npm run eval
            env:
              EVAL_KEY: ${{ secrets.EVAL_KEY }}
    """
}

@Test func checkoutBehindAnApprovalEnvironmentIsHighAndSaysSo() {
    let sha = "${{ github.event.pull_request.head.sha }}"
    let gated = found("workflow-untrusted-checkout", [".github/workflows/e.yml": prTargetEval(environment: "    environment: eval-approval", ref: sha)])
    #expect(gated.map(\.severity) == [.high])
    #expect(gated.first?.message.contains("`eval-approval` environment") == true)
    // Without an environment the PR author's code runs with the secret unseen: critical.
    let open = found("workflow-untrusted-checkout", [".github/workflows/e.yml": prTargetEval(environment: "", ref: sha)])
    #expect(open.map(\.severity) == [.critical])
    // A branch name can move after the approval: still critical.
    let branch = found("workflow-untrusted-checkout", [".github/workflows/e.yml": prTargetEval(environment: "    environment:\n      name: eval-approval", ref: "${{ github.event.pull_request.head.ref }}")])
    #expect(branch.map(\.severity) == [.critical])
}

@Test func crossWorkflowCachePoisonerBehindAnApprovalIsMedium() {
    let victim = """
    on:
      workflow_run:
        workflows: [Eval]
        types: [completed]
    jobs:
      report:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
            with:
              cache: npm
          - run: npm ci && node report.js
            env:
              REPORT_TOKEN: ${{ secrets.REPORT_TOKEN }}
    """
    let sha = "${{ github.event.pull_request.head.sha }}"
    let gated = found("workflow-cache-poisoning", [
        ".github/workflows/report.yml": victim,
        ".github/workflows/e.yml": prTargetEval(environment: "    environment: eval-approval", ref: sha),
    ]).filter { $0.location.path.hasSuffix("report.yml") }
    #expect(gated.map(\.severity) == [.medium])
    #expect(gated.first?.message.contains("once a reviewer approves") == true)
    let open = found("workflow-cache-poisoning", [
        ".github/workflows/report.yml": victim,
        ".github/workflows/e.yml": prTargetEval(environment: "", ref: sha),
    ]).filter { $0.location.path.hasSuffix("report.yml") }
    #expect(open.map(\.severity) == [.high])
}

@Test func forkArtifactOnlyUploadedAsStaticFilesIsMedium() {
    func wf(_ path: String, _ use: String) -> String {
        """
        on:
          workflow_run:
            workflows: [CI]
            types: [completed]
        jobs:
          preview:
            runs-on: ubuntu-latest
            permissions:
              statuses: write
            steps:
              - uses: dawidd6/action-download-artifact@b6e2e70617bc3265edd6dab6c906732b2f1ae151 # v21
                with:
                  run_id: ${{ github.event.workflow_run.id }}
                  name: coverage-report
        \(path)
              - run: \(use)
                env:
                  UPLOAD_KEY: ${{ secrets.UPLOAD_KEY }}
        """
    }
    let path = "          path: coverage-report"
    #expect(found("workflow-untrusted-artifact", [".github/workflows/p.yml": wf(path, "uvx smokeshow upload coverage-report")]).map(\.severity) == [.medium])
    // Unpacked over the workspace, where uv looks for its configuration: critical.
    #expect(found("workflow-untrusted-artifact", [".github/workflows/p.yml": wf("", "uvx smokeshow upload .")]).map(\.severity) == [.critical])
    // Running something from the artifact: critical.
    #expect(found("workflow-untrusted-artifact", [".github/workflows/p.yml": wf(path, "bash coverage-report/post.sh")]).map(\.severity) == [.critical])
    // Reading it into the environment: critical.
    #expect(found("workflow-untrusted-artifact", [".github/workflows/p.yml": wf(path, "echo \"PR=$(cat coverage-report/pr.txt)\" >> \"$GITHUB_ENV\"")]).map(\.severity) == [.critical])
}
