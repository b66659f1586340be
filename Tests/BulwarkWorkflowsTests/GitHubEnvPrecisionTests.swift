import BulwarkCore
@testable import BulwarkWorkflows
import Testing

// Issue 17: values GitHub or the base branch's own tools fix are not attacker text.

private func envFindings(_ steps: String, checkout: String = "") -> [Finding] {
    let text = """
    on:
      issue_comment:
        types: [created]
    jobs:
      j:
        runs-on: ubuntu-latest
        steps:
    \(checkout)
    \(steps)
    """
    return scanRepo([".github/workflows/env.yml": text]).filter { $0.ruleID == "workflow-github-env-write" }
}

@Test func hostDerivedFromGitHubServerURLIsFixed() {
    #expect(envFindings("""
          - run: |
              GH_HOST="${GITHUB_SERVER_URL#https://}"
              GH_HOST="${GH_HOST#http://}"
              echo "GH_HOST=${GH_HOST}" >> "$GITHUB_ENV"
    """).isEmpty)
    // The same trimming of commenter text is still attacker text.
    let found = envFindings("""
          - run: |
              GH_HOST="${BODY#https://}"
              echo "GH_HOST=${GH_HOST}" >> "$GITHUB_ENV"
            env:
              BODY: ${{ github.event.comment.body }}
    """)
    #expect(found.count == 1)
    // A script variable reassigned from a command shadows the fixed `env:` binding.
    #expect(envFindings("""
          - run: |
              HOSTNAME_X="$(cat host.txt)"
              echo "H=$HOSTNAME_X" >> "$GITHUB_ENV"
            env:
              HOSTNAME_X: github.com
    """).count == 1)
}

@Test func localToolQueryIsFixedOnlyWithoutPRCode() {
    let query = """
          - run: uv sync --dev
          - run: echo "PLAYWRIGHT_VERSION=$(uv pip list --format json | jq -r '.[] | select(.name == "playwright") | .version')" >> $GITHUB_ENV
    """
    #expect(envFindings(query).isEmpty)
    // With the PR head checked out, the installed packages are the PR's choice.
    let prHead = """
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
            with:
              ref: refs/pull/${{ github.event.issue.number }}/head
    """
    #expect(envFindings(query, checkout: prHead).count == 1)
    // A substitution that reads variable text is not a query.
    #expect(envFindings("""
          - run: echo "T=$(echo "$TITLE" | tr -d x)" >> $GITHUB_ENV
            env:
              TITLE: ${{ github.event.issue.title }}
    """).count == 1)
}
