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
