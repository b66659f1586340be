import BulwarkCore
import BulwarkFormats
@testable import BulwarkWorkflows
import Testing

// Issue 17: pwn-request findings that ran no pull request code, each with a variant that still fires.

private func checkoutFindings(_ files: [String: String]) -> [Finding] {
    scanRepo(files).filter { $0.ruleID == "workflow-untrusted-checkout" }
}
private func one(_ text: String) -> [Finding] { checkoutFindings([".github/workflows/pr.yml": text]) }

@Test func gitFetchOfAPullRequestRefIsNotACheckout() {
    func wf(_ script: String) -> String {
        """
        on: pull_request_target
        permissions:
          pull-requests: write
        jobs:
          detect:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  fetch-depth: 0
                  persist-credentials: false
              - run: |
        \(script.split(separator: "\n").map { "              " + $0 }.joined(separator: "\n"))
        """
    }
    // Objects of the PR are fetched, the base branch's own script diffs them.
    #expect(one(wf("""
    git fetch origin pull/${{ github.event.pull_request.number }}/head:pr-head
    SHOULD_RUN=$(node scripts/changed_prompt.js)
    echo "SHOULD_RUN=$SHOULD_RUN" >> "$GITHUB_OUTPUT"
    """)).isEmpty)
    // Switching the working tree to what was fetched, then running it: reported.
    let found = one(wf("""
    git fetch origin pull/${{ github.event.pull_request.number }}/head:pr-head
    git checkout pr-head
    node scripts/changed_prompt.js
    """))
    #expect(found.map(\.severity) == [.critical])
}

@Test func workflowRunOfAnUpstreamThatRunsOnlyOnTagsIsTrusted() {
    let consumer = """
    on:
      workflow_run:
        workflows: ["Release to PyPI"]
        types: [completed]
    jobs:
      build-and-push:
        runs-on: ubuntu-latest
        permissions:
          contents: write
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
            with:
              ref: ${{ github.event.workflow_run.head_sha }}
          - run: make image
    """
    func upstream(_ on: String) -> String {
        """
        name: Release to PyPI
        on:
        \(on)
        jobs:
          release:
            runs-on: ubuntu-latest
            steps:
              - run: echo release
        """
    }
    let tags = "  push:\n    tags: ['v*.*.*']"
    #expect(checkoutFindings([".github/workflows/container.yml": consumer,
                              ".github/workflows/release.yml": upstream(tags)]).isEmpty)
    // An upstream that fork pull requests can trigger hands over fork code: reported.
    let prs = "  pull_request:\n    branches: [main]"
    #expect(checkoutFindings([".github/workflows/container.yml": consumer,
                              ".github/workflows/release.yml": upstream(prs)]).map(\.severity) == [.critical])
    // An upstream not found in the repository cannot be judged: reported.
    #expect(checkoutFindings([".github/workflows/container.yml": consumer]).map(\.severity) == [.critical])
}

@Test func staticLintOfThePRHeadWithAReadOnlyTokenIsClean() {
    func wf(_ run: String) -> String {
        """
        on: pull_request_target
        permissions:
          contents: read
        jobs:
          ruff:
            runs-on: ubuntu-latest
            steps:
              - uses: astral-sh/setup-uv@caf0cab7a618c569241d31dcd442f54681755d39 # v3
              - run: uv tool install "ruff==0.14.11"
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.pull_request.head.sha }}
                  persist-credentials: false
              - run: \(run)
        """
    }
    #expect(one(wf("uv tool run ruff check --output-format=github")).isEmpty)
    #expect(one(wf("uv run pytest")).map(\.severity) == [.high])
}

@Test func buildGatedToMaintainersWithAReadOnlyTokenIsMedium() {
    func wf(_ buildEnv: String) -> String {
        """
        on:
          issue_comment:
            types: [created]
        permissions: {}
        jobs:
          authorize:
            runs-on: ubuntu-latest
            permissions:
              pull-requests: read
            outputs:
              authorized: ${{ steps.check.outputs.authorized }}
              head_sha: ${{ steps.check.outputs.head_sha }}
            steps:
              - id: check
                uses: actions/github-script@ed597411d8f924073f98dfc5c65a23a2325f34cd # v8.0.0
                with:
                  script: |
                    const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ ...context.repo, username: context.actor });
                    core.setOutput('authorized', String(['admin', 'maintain'].includes(data.permission)));
          build:
            needs: authorize
            if: needs.authorize.outputs.authorized == 'true'
            runs-on: ubuntu-latest
            permissions:
              contents: read
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.pull_request.head.sha }}
                  persist-credentials: false
              - run: make docs
        \(buildEnv)
        """
    }
    // Not high: only maintainers can start it and it holds nothing; the PR's code still runs in the
    // base branch's cache scope, hence medium.
    #expect(one(wf("")).map(\.severity) == [.medium])
    // The same gate does not make it safe to hand the build a secret.
    let withSecret = one(wf("        env:\n          DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}"))
    #expect(withSecret.map(\.severity) == [.critical])
}

@Test func baseWorkflowInlineScriptsAfterAFetchOfTheHeadAreNotPRCode() {
    func wf(_ more: String) -> String {
        """
        on:
          issue_comment:
            types: [created]
        jobs:
          fork:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              pull-requests: write
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.pull_request.head.sha }}
                  persist-credentials: false
              - run: |
                  case "$AUTHOR_PERMISSION" in
                    write | admin)
                      echo "trusted author"
                      exit 0
                      ;;
                    *) echo "checking" ;;
                  esac
                  CHANGED=$(gh api "repos/o/r/compare/a...b" | grep '^diff --git ')
                  if echo "$CHANGED" | grep -qiE 'CLAUDE\\.md'; then exit 1; fi
                env:
                  GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
              - run: sudo apt-get install -y bubblewrap
        \(more)
        """
    }
    #expect(one(wf("")).isEmpty)
    #expect(one(wf("      - run: make test")).map(\.severity) == [.critical])
    // A local package file is workspace content.
    #expect(one(wf("      - run: sudo apt-get install -y ./tool.deb")).map(\.severity) == [.critical])
}

@Test func checkoutConfinedToASubfolderRunsOnlyWhatNamesIt() {
    func wf(_ run: String) -> String {
        """
        on: pull_request_target
        permissions:
          contents: read
          pull-requests: write
        jobs:
          review:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.pull_request.head.sha }}
                  path: pr-head
                  persist-credentials: false
              - run: \(run)
        """
    }
    #expect(one(wf("bash scripts/gather-context.sh \"$PR_NUMBER\"")).isEmpty)
    #expect(one(wf("cd pr-head && npm ci")).map(\.severity) == [.critical])
}

/// RR15: the PR head went to `pr/`, and a step ran the base branch's `check_docs_pr.py`: the folder's
/// name occurs inside the script's file name, which is not a path into the folder.
@Test func folderNameInsideAnotherFileNameIsNotTheFolder() {
    func wf(_ run: String) -> String {
        """
        on: pull_request_target
        permissions:
          contents: write
        jobs:
          docs:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.pull_request.base.sha }}
                  path: base
                  persist-credentials: false
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.pull_request.head.sha }}
                  repository: ${{ github.event.pull_request.head.repo.full_name }}
                  path: pr
                  persist-credentials: false
              - run: \(run)
                env:
                  PR_FILES_URL: ${{ github.event.pull_request.url }}/files
        """
    }
    #expect(one(wf("python base/.github/scripts/check_docs_pr.py --files \"$PR_FILES_URL\"")).isEmpty)
    #expect(one(wf("python base/tools/prepare.py")).isEmpty)
    // Naming the folder as a path still runs the PR's code.
    #expect(one(wf("python pr/tools/build_docs.py")).map(\.severity) == [.critical])
    #expect(one(wf("cd pr && make docs")).map(\.severity) == [.critical])
    #expect(one(wf("bash \"$GITHUB_WORKSPACE/pr/build.sh\"")).map(\.severity) == [.critical])
    #expect(UntrustedCheckoutRule.namesFolder("./pr", "pr"))
    #expect(!UntrustedCheckoutRule.namesFolder("sprint pr_url", "pr"))
}

@Test func caseLabelsAreNotCommands() {
    let cmds = ShellTokenizer.commands(in: """
    case "$P" in
      write | admin)
        echo ok
        ;;
      *) make test ;;
    esac
    """)
    #expect(cmds.filter(\.isCasePattern).map(\.words) == [["write"], ["admin"], ["*"]])
    #expect(Execution.executingCommands(in: "case \"$P\" in\n  a) echo x ;;\nesac\n").isEmpty)
    #expect(Execution.executingCommands(in: "case \"$P\" in\n  a) make x ;;\nesac\n").map(\.program) == ["make"])
    // A subshell inside a case body keeps its parentheses.
    #expect(Execution.executingCommands(in: "case \"$P\" in\n  a) (cd x && pytest) ;;\nesac\n").map(\.program) == ["pytest"])
}
