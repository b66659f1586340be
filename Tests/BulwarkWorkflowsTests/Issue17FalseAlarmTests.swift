import BulwarkCore
import BulwarkFormats
@testable import BulwarkWorkflows
import Testing

// Issue 17: Bulwark-only findings that were wrong, each with a variant that must still fire.

private func findings(_ rule: String, _ text: String) -> [Finding] {
    scanRepo([".github/workflows/w.yml": text]).filter { $0.ruleID == rule }
}

@Test func sameRepositoryDollarSlashReferenceIsNotUnpinned() {
    #expect(ActionRef("$/.github/workflows/build.yml")?.kind == .local)
    let text = """
    on: push
    jobs:
      call:
        uses: $/.github/workflows/build.yml
      other:
        uses: octo-org/shared/.github/workflows/build.yml
    """
    let found = findings("workflow-unpinned-action", text)
    // Only the other repository's workflow, which has no ref at all.
    #expect(found.count == 1)
    #expect(found.first?.message.contains("octo-org/shared") == true)
}

@Test func workflowWriteAllIsHighOnlyWhenAJobInheritsIt() {
    func wf(_ jobPerms: String) -> String {
        """
        on: push
        permissions: write-all
        jobs:
          only:
            runs-on: ubuntu-latest
        \(jobPerms)
            steps:
              - run: echo hi
        """
    }
    let unused = findings("workflow-excessive-permissions", wf("    permissions: {}"))
    #expect(unused.map(\.severity) == [.low])
    let inherited = findings("workflow-excessive-permissions", wf(""))
    #expect(inherited.map(\.severity) == [.high])
}

@Test func npxAfterALockedInstallRunsTheLockedCopy() {
    func wf(_ install: String) -> String {
        """
        on: push
        jobs:
          j:
            runs-on: ubuntu-latest
            steps:
              - run: \(install)
              - run: npx tsx scripts/build.ts
        """
    }
    #expect(findings("workflow-unlocked-install", wf("npm ci")).isEmpty)
    #expect(findings("workflow-unlocked-install", wf("yarn install --immutable")).isEmpty)
    // A locked install of another folder's project does not lock this one.
    let elsewhere = """
    on: push
    jobs:
      j:
        runs-on: ubuntu-latest
        steps:
          - run: npm ci
            working-directory: web
          - run: npx tsx scripts/build.ts
    """
    #expect(findings("workflow-unlocked-install", elsewhere).count == 1)
    // Without a locked install first, npx fetches the newest tsx.
    let found = findings("workflow-unlocked-install", wf("echo setup"))
    #expect(found.count == 1)
    #expect(found.first?.message.contains("npx tsx") == true)
}

@Test func embeddingActionIsDecidedByRefNotName() {
    func wf(_ ref: String) -> String {
        """
        on: push
        jobs:
          lint:
            runs-on: ubuntu-latest
            steps:
              - uses: reviewdog/action-shellcheck@\(ref)
        """
    }
    // A moving tag resolved, during the window, to a release running action-setup@v1: high.
    #expect(findings("workflow-known-compromised-action", wf("v1")).map(\.severity) == [.high])
    #expect(findings("workflow-known-compromised-action", wf("master")).map(\.severity) == [.high])
    // One exact release or commit may embed the fixed commit: not high on the name alone.
    #expect(findings("workflow-known-compromised-action", wf("v1.30.0")).map(\.severity) == [.medium])
    #expect(findings("workflow-known-compromised-action", wf("5ebd09ddbe2ebb471646ce234c6c8dd18663ca7c # v1.29.3")).map(\.severity) == [.medium])
    // The malicious commit of action-setup itself stays critical.
    let setup = """
    on: push
    jobs:
      lint:
        runs-on: ubuntu-latest
        steps:
          - uses: reviewdog/action-setup@f0d342d24037bb11d26b9bd8496e0808ba32e9ec
    """
    #expect(findings("workflow-known-compromised-action", setup).map(\.severity) == [.critical])
}

/// RR15: `pip install -r ${{ github.workspace }}/dev-requirements.txt` was reported as installing a
/// package named `github.workspace`; the expression is one path argument of `-r`.
@Test func expressionAfterRequirementFlagIsOnePathArgument() {
    func wf(_ run: String) -> String {
        """
        on: push
        jobs:
          j:
            runs-on: ubuntu-latest
            steps:
              - run: \(run)
        """
    }
    let viaExpression = findings("workflow-unlocked-install", wf("pip install -r ${{ github.workspace }}/tools/dev-requirements.txt"))
    #expect(viaExpression.map(\.message) == ["`pip install -r` without `--require-hashes` trusts whatever the index serves."])
    #expect(findings("workflow-unlocked-install", wf("pip install --require-hashes -r ${{ github.workspace }}/tools/dev-requirements.txt")).isEmpty)
    // A named package before the expression is still the unpinned install it was.
    let named = findings("workflow-unlocked-install", wf("pip install kiwi-lint -r ${{ github.workspace }}/req.txt"))
    #expect(named.first?.message.contains("`pip install kiwi-lint`") == true)
    #expect(UnlockedInstallRule.joiningExpressions(["-r", "${{", "github.workspace", "}}/r.txt", "x"]) == ["-r", "${{github.workspace}}/r.txt", "x"])
}
