import BulwarkCore
@testable import BulwarkWorkflows
import Testing

// Issue 17: the job named as the cache poisoner must both run the pull request's code and save a
// cache; a fork job that only reads the PR with an agent and caches nothing poisons nothing.

private func forkJob(_ extraSteps: String) -> String {
    """
    on:
      issue_comment:
        types: [created]
    jobs:
      fork-review:
        runs-on: ubuntu-latest
        permissions:
          contents: read
          pull-requests: write
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
            with:
              ref: ${{ github.event.pull_request.head.sha }}
              persist-credentials: false
          - run: sudo apt-get install -y bubblewrap
          - uses: anthropics/claude-code-action@v1
            with:
              anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}
    \(extraSteps)
      same-repo:
        runs-on: ubuntu-latest
        permissions:
          contents: write
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
            with:
              persist-credentials: false
          - uses: astral-sh/setup-uv@fac544c07dec837d0ccb6301d7b5580bf5edae39 # v8.2.0
            with:
              enable-cache: true
          - run: make install
    """
}

private func cacheFindings(_ files: [String: String]) -> [Finding] {
    scanRepo(files).filter { $0.ruleID == "workflow-cache-poisoning" }
}

@Test func forkJobThatRunsNoPRCodeAndCachesNothingIsNoPoisoner() {
    #expect(cacheFindings([".github/workflows/at-claude.yml": forkJob("")]).isEmpty)
    // A privileged workflow_run elsewhere that restores a cache: still nothing to poison it.
    let reader = """
    on:
      workflow_run:
        workflows: [CI]
        types: [completed]
    permissions:
      statuses: write
    jobs:
      report:
        runs-on: ubuntu-latest
        steps:
          - uses: astral-sh/setup-uv@fac544c07dec837d0ccb6301d7b5580bf5edae39 # v8.2.0
            with:
              enable-cache: true
          - run: uv run report.py
    """
    #expect(cacheFindings([".github/workflows/at-claude.yml": forkJob(""), ".github/workflows/after-ci.yml": reader]).isEmpty)
}

@Test func forkJobThatRunsPRCodeAndSavesACacheIsThePoisoner() {
    let poisoner = forkJob("""
          - uses: astral-sh/setup-uv@fac544c07dec837d0ccb6301d7b5580bf5edae39 # v8.2.0
            with:
              enable-cache: true
          - run: uv run pytest
    """)
    let found = cacheFindings([".github/workflows/at-claude.yml": poisoner])
    #expect(found.count == 1)
    #expect(found.first?.severity == .high)
    #expect(found.first?.message.contains("`fork-review`") == true)
    // Runs PR code but saves no cache: not a poisoner.
    let noCache = forkJob("""
          - run: uv run pytest
    """)
    #expect(cacheFindings([".github/workflows/at-claude.yml": noCache]).isEmpty)
}
