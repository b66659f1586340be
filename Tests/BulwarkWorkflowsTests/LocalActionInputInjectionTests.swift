import BulwarkCore
import BulwarkWorkflows
import Testing

// Session 15: a value an outsider chooses, passed to a local composite action or reusable workflow
// that expands the input into a script. Each file alone looks harmless.

private let composite = """
name: greet
inputs:
  title:
    required: true
  count:
    type: number
runs:
  using: composite
  steps:
    - run: echo "Thanks for ${{ inputs.title }} (${{ inputs.count }})"
      shell: bash
"""

private func caller(_ trigger: String, _ with: String, uses: String = "./.github/actions/greet") -> String {
    """
    on: \(trigger)
    permissions:
      issues: write
    jobs:
      t:
        runs-on: ubuntu-latest
        steps:
          - uses: \(uses)
            with:
    \(with)
    """
}

private func crossFile(_ files: [String: String]) -> [Finding] {
    scanRepo(files).filter { $0.ruleID == "workflow-template-injection" && $0.message.contains("is passed to input") }
}

@Test func attackerValuesPassedToScriptedLocalInputsAreInjection() {
    let f = crossFile([".github/actions/greet/action.yml": composite,
                       ".github/workflows/triage.yml": caller("issues", "          title: ${{ github.event.issue.title }}")])
    #expect(f.count == 1 && f.first?.severity == .high, "\(f.map(\.message))")
    #expect(f.first?.location.path == ".github/workflows/triage.yml" && f.first?.location.startLine == 10)
    #expect(f.first?.message.contains(".github/actions/greet/action.yml:10") == true)

    // A local reusable workflow called with the pull request's branch name.
    let reusable = """
    on:
      workflow_call:
        inputs:
          branch:
            type: string
    jobs:
      b:
        runs-on: ubuntu-latest
        steps:
          - run: git checkout "${{ inputs.branch }}"
    """
    let callerJob = """
    on: pull_request_target
    jobs:
      call:
        uses: ./.github/workflows/build.yml
        with:
          branch: ${{ github.event.pull_request.head.ref }}
    """
    let r = crossFile([".github/workflows/build.yml": reusable, ".github/workflows/pr.yml": callerJob])
    #expect(r.count == 1 && r.first?.location.path == ".github/workflows/pr.yml" && r.first?.location.startLine == 6, "\(r.map(\.message))")
}

@Test func fixedOrNonScriptedLocalInputsAreClean() {
    // The issue number, a number-typed input, an input the action does not script, a push trigger.
    #expect(crossFile([".github/actions/greet/action.yml": composite,
                       ".github/workflows/a.yml": caller("issues", "          title: ${{ github.event.issue.number }}")]).isEmpty)
    #expect(crossFile([".github/actions/greet/action.yml": composite,
                       ".github/workflows/a.yml": caller("issues", "          count: ${{ github.event.issue.title }}")]).isEmpty)
    #expect(crossFile([".github/actions/greet/action.yml": composite,
                       ".github/workflows/a.yml": caller("issues", "          other: ${{ github.event.issue.title }}")]).isEmpty)
    #expect(crossFile([".github/actions/greet/action.yml": composite,
                       ".github/workflows/a.yml": caller("push", "          title: ${{ github.event.head_commit.message }}")]).isEmpty)
}
