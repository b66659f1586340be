import BulwarkCore
@testable import BulwarkWorkflows
import Testing

@Test func crossBoundaryCachePoisoningHasOneFindingPerStep() {
    let text = """
    on:
      workflow_run:
        workflows: [CI]
        types: [completed]
    jobs:
      build-pr:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
            with:
              ref: ${{ github.event.workflow_run.head_sha }}
              persist-credentials: false
          - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0
            with:
              cache: pip
          - run: make test
      publish:
        runs-on: ubuntu-latest
        permissions:
          id-token: write
        steps:
          - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0
            with:
              cache: pip
          - run: python -m build
          - uses: pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc # v1.12.4
      notify:
        runs-on: ubuntu-latest
        permissions:
          contents: read
        steps:
          - uses: actions/cache@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3
            with:
              path: ~/.cache
              key: tools
          - run: ./notify.sh
    """
    let found = scanRepo([".github/workflows/bot.yml": text]).filter { $0.ruleID == "workflow-cache-poisoning" }
    // publish: one high finding naming the writer; notify: read-only token, no secrets: nothing;
    // build-pr (the writer) is owned by workflow-untrusted-checkout.
    #expect(found.count == 1)
    #expect(found.first?.severity == .high)
    #expect(found.first?.message.contains("build-pr") == true)
    #expect(found.first?.location.startLine == 22)
}

@Test func crossWorkflowCachePoisoningNeedsAWriterElsewhereAndAPrivilegedReader() {
    let writer = """
    on: pull_request_target
    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
            with:
              ref: ${{ github.event.pull_request.head.sha }}
          - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
            with:
              cache: npm
          - run: npm ci && npm test
    """
    func reader(_ perms: String) -> String {
        """
        on:
          workflow_run:
            workflows: [CI]
            types: [completed]
        permissions:
        \(perms)
        jobs:
          report:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
                with:
                  cache: npm
              - run: node report.js
        """
    }
    func cache(_ files: [String: String]) -> [Finding] {
        scanRepo(files).filter { $0.ruleID == "workflow-cache-poisoning" }
    }
    let privileged = cache([".github/workflows/pr.yml": writer, ".github/workflows/report.yml": reader("  statuses: write")])
    #expect(privileged.map(\.location.path) == [".github/workflows/report.yml"])
    #expect(privileged.first?.message.contains(".github/workflows/pr.yml") == true)
    // A read-only reader, or no writer anywhere: nothing.
    #expect(cache([".github/workflows/pr.yml": writer, ".github/workflows/report.yml": reader("  contents: read")]).isEmpty)
    #expect(cache([".github/workflows/report.yml": reader("  statuses: write")]).isEmpty)
    // The writer's own file is owned by workflow-untrusted-checkout, not duplicated here.
    #expect(cache([".github/workflows/pr.yml": writer]).isEmpty)
}
