import BulwarkCore
@testable import BulwarkWorkflows
import Testing

// Session 14 (RR14): false highs measured on held-out real repositories, reproduced with our own
// workflows; each fix keeps the attack it must still catch.

private func rule(_ id: String, _ files: [String: String]) -> [Finding] {
    scanRepo(files).filter { $0.ruleID == id }
}

// MARK: workflow-github-env-write

private func resolverLike(_ steps: String) -> String {
    """
    on:
      workflow_call:
        inputs:
          retries:
            type: number
            default: 3
          base_branch:
            type: string
            default: main
      issue_comment:
        types: [created]
    jobs:
      j:
        runs-on: ubuntu-latest
        steps:
    \(steps)
    """
}

@Test func idsSecretsAndTypedInputsAreNotAttackerText() {
    let steps = """
          - run: |
              echo "REVIEW=${{ github.event.review.id || 'none' }}" >> $GITHUB_ENV
              echo "TRIES=${{ inputs.retries || 3 }}" >> $GITHUB_ENV
              echo "BOT_TOKEN=${{ secrets.BOT_PAT || github.token }}" >> $GITHUB_ENV
    """
    #expect(rule("workflow-github-env-write", [".github/workflows/r.yml": resolverLike(steps)]).isEmpty)
    // The commenter's own text is still reported at high.
    let attack = """
          - run: echo "NOTE=${{ github.event.comment.body }}" >> $GITHUB_ENV
    """
    let found = rule("workflow-github-env-write", [".github/workflows/r.yml": resolverLike(attack)])
    #expect(found.count == 1)
    #expect(found.first?.severity == .high)
}

@Test func stringInputsAreTheCallersDataAtMedium() {
    let steps = """
          - run: echo "TARGET=${{ inputs.base_branch || 'main' }}" >> $GITHUB_ENV
    """
    let found = rule("workflow-github-env-write", [".github/workflows/r.yml": resolverLike(steps)])
    #expect(found.count == 1)
    #expect(found.first?.severity == .medium)
}

private func afterCI(_ script: String) -> String {
    """
    on:
      workflow_run:
        workflows: ["Tests"]
        types: [completed]
    permissions:
      pull-requests: write
    jobs:
      comment:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5
            with:
              run-id: ${{ github.event.workflow_run.id }}
              github-token: ${{ github.token }}
          - run: |
    \(script)
          - uses: marocchino/sticky-pull-request-comment@773744901bac0e8cbb5a0dc842800d45e9b2b405 # v2
            with:
              number: ${{ env.PR }}
              path: report.md
    """
}

/// The downstream workflow and the pull request workflow whose artifact it reads.
private func afterFiles(_ script: String) -> [String: String] {
    [".github/workflows/after.yml": afterCI(script),
     ".github/workflows/tests.yml": """
     name: Tests
     on: pull_request
     permissions: {}
     jobs:
       t:
         runs-on: ubuntu-latest
         steps:
           - run: echo ${{ github.event.number }} > pr.txt
     """]
}

@Test func digitsCheckedValueFromAnArtifactIsSafe() {
    let checked = """
              PR=$(cat pr.txt)
              if ! [[ "$PR" =~ ^[0-9]+$ ]]; then
                echo "not a number"
                exit 1
              fi
              echo "PR=$PR" >> "$GITHUB_ENV"
    """
    let files = afterFiles(checked)
    #expect(rule("workflow-github-env-write", files).isEmpty)
    #expect(rule("workflow-untrusted-artifact", files).isEmpty)
    // `|| exit` after the test works too.
    let inline = """
              PR=$(cat pr.txt)
              [[ $PR =~ ^[[:digit:]]{1,7}$ ]] || exit 1
              echo "PR=$PR" >> "$GITHUB_ENV"
    """
    #expect(rule("workflow-github-env-write", afterFiles(inline)).isEmpty)
}

@Test func uncheckedOrLooselyCheckedArtifactValueIsStillReported() {
    // No check at all.
    let raw = """
              PR=$(cat pr.txt)
              echo "PR=$PR" >> "$GITHUB_ENV"
    """
    #expect(rule("workflow-github-env-write", afterFiles(raw)).count == 1)
    #expect(rule("workflow-untrusted-artifact", afterFiles(raw)).count == 1)
    // A pattern anchored only at the start lets a newline through.
    let loose = """
              PR=$(cat pr.txt)
              if ! [[ "$PR" =~ ^[0-9]+ ]]; then exit 1; fi
              echo "PR=$PR" >> "$GITHUB_ENV"
    """
    #expect(rule("workflow-github-env-write", afterFiles(loose)).count == 1)
    // A check that only warns does not stop the write.
    let warns = """
              PR=$(cat pr.txt)
              if ! [[ "$PR" =~ ^[0-9]+$ ]]; then echo "odd PR number"; fi
              echo "PR=$PR" >> "$GITHUB_ENV"
    """
    #expect(rule("workflow-github-env-write", afterFiles(warns)).count == 1)
    // Reassigned after the check: the written value is unchecked again.
    let reassigned = """
              PR=$(cat pr.txt)
              [[ "$PR" =~ ^[0-9]+$ ]] || exit 1
              PR=$(cat title.txt)
              echo "PR=$PR" >> "$GITHUB_ENV"
    """
    #expect(rule("workflow-github-env-write", afterFiles(reassigned)).count == 1)
}

// MARK: disabled jobs

@Test func jobSwitchedOffWithIfFalseIsNotReported() {
    func workflow(_ condition: String) -> String {
        """
        on:
          workflow_run:
            workflows: ["Checks"]
            types: [completed]
        permissions:
          contents: write
        jobs:
          autofix:
            if: \(condition)
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  ref: ${{ github.event.workflow_run.head_sha }}
              - run: npm ci && npm test
        """
    }
    for off in ["false && github.event.workflow_run.conclusion == 'failure'", "${{ false }}", "false"] {
        #expect(rule("workflow-untrusted-checkout", [".github/workflows/fix.yml": workflow(off)]).isEmpty, "\(off)")
    }
    // `false || ...` runs whenever the other side is true.
    for on in ["github.event.workflow_run.conclusion == 'failure'", "false || github.event.workflow_run.conclusion == 'failure'"] {
        #expect(rule("workflow-untrusted-checkout", [".github/workflows/fix.yml": workflow(on)]).count == 1, "\(on)")
    }
}

// MARK: workflow-artipacked

@Test func uploadOfAFolderInsideTheWorkspaceIsNotTheCheckout() {
    func workflow(_ path: String) -> String {
        """
        on: push
        permissions: {}
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
              - run: make test
              - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
                with:
                  name: reports
                  path: \(path)
        """
    }
    let sub = rule("workflow-artipacked", [".github/workflows/t.yml": workflow("${{ github.workspace }}/plugin/build/reports")])
    #expect(sub.count == 1)
    #expect(sub.first?.severity == .low)
    for root in ["${{ github.workspace }}", "${{ github.workspace }}/", "$GITHUB_WORKSPACE/**"] {
        let whole = rule("workflow-artipacked", [".github/workflows/t.yml": workflow(root)])
        #expect(whole.first?.severity == .medium, "\(root)")
    }
}
