import BulwarkCore
import BulwarkFormats
@testable import BulwarkWorkflows
import Testing

// Issue 17: data that reaches a script or a checkout through `$GITHUB_OUTPUT`, step outputs and job
// outputs. Our own minimal reproductions of two real patterns: a pull_request_target job that reads a
// file of the PR head into an output and expands it in `run:`, and a workflow_run job that reads a
// ref from the fork's artifact, hands it through job outputs and checks it out and builds with a key.

private func rules(_ files: [String: String]) -> [String: [Finding]] {
    Dictionary(grouping: scanRepo(files).filter { $0.severity > .info }, by: \.ruleID)
}

private func prtJob(checkoutRef: String, write: String, trigger: String = "pull_request_target") -> String {
    """
    on: \(trigger)
    permissions:
      contents: read
    jobs:
      label:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
            with:
              ref: \(checkoutRef)
              persist-credentials: false
          - id: meta
            run: \(write)
            env:
              TITLE: ${{ github.event.pull_request.title }}
          - run: echo "Releasing ${{ steps.meta.outputs.version }}"
    """
}

@Test func prHeadFileReadIntoAStepOutputIsInjection() {
    let head = "${{ github.event.pull_request.head.sha }}"
    let f = rules([".github/workflows/w.yml": prtJob(checkoutRef: head, write: #"echo "version=$(cat VERSION)" >> "$GITHUB_OUTPUT""#)])
    #expect(f["workflow-template-injection"]?.map(\.location.startLine) == [16])
    #expect(f["workflow-template-injection"]?.first?.severity == .high)
    #expect(f["workflow-template-injection"]?.first?.message.contains("pull request's head") == true)
    // Through a shell variable of the same script.
    let viaVar = prtJob(checkoutRef: head, write: "|\n          V=$(jq -r .version package.json)\n          echo \"version=$V\" >> $GITHUB_OUTPUT")
    #expect(rules([".github/workflows/w.yml": viaVar])["workflow-template-injection"]?.count == 1)
    // A tainted env variable written to the output is outsider data whatever was checked out.
    let title = prtJob(checkoutRef: "main", write: #"echo "version=$TITLE" >> "$GITHUB_OUTPUT""#)
    #expect(rules([".github/workflows/w.yml": title])["workflow-template-injection"]?.first?.message.contains("pull_request.title") == true)
}

@Test func stepOutputsThatThePRCannotChooseAreClean() {
    let head = "${{ github.event.pull_request.head.sha }}"
    // The base branch's files (no head checkout): the value is the maintainers'.
    #expect(rules([".github/workflows/w.yml": prtJob(checkoutRef: "main", write: #"echo "version=$(cat VERSION)" >> "$GITHUB_OUTPUT""#)])["workflow-template-injection"] == nil)
    // Commands whose output a PR cannot choose.
    #expect(rules([".github/workflows/w.yml": prtJob(checkoutRef: head, write: #"echo "version=$(date +%s)-$(git rev-parse --short HEAD)" >> "$GITHUB_OUTPUT""#)])["workflow-template-injection"] == nil)
    // A pull_request workflow runs the fork's code unprivileged anyway: no file-based taint there.
    #expect(rules([".github/workflows/w.yml": prtJob(checkoutRef: head, write: #"echo "version=$(cat VERSION)" >> "$GITHUB_OUTPUT""#, trigger: "pull_request")])["workflow-template-injection"] == nil)
}

@Test func jobOutputsCarryTheTaintToNeedingJobs() {
    let text = """
    on: pull_request_target
    permissions:
      contents: read
    jobs:
      read:
        runs-on: ubuntu-latest
        outputs:
          name: ${{ steps.n.outputs.name }}
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
            with:
              ref: refs/pull/${{ github.event.number }}/merge
              persist-credentials: false
          - id: n
            run: |
              {
                echo "name=$(head -n1 NAME)"
              } >> "$GITHUB_OUTPUT"
      use:
        needs: read
        runs-on: ubuntu-latest
        steps:
          - run: echo "${{ needs.read.outputs.name }}"
    """
    #expect(rules([".github/workflows/w.yml": text])["workflow-template-injection"]?.map(\.location.startLine) == [23])
}

private let upstream = """
name: CI
on: pull_request
permissions:
  contents: read
jobs:
  meta:
    runs-on: ubuntu-latest
    steps:
      - run: echo "${{ github.event.pull_request.head.sha }}" > sha
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
        with:
          name: pr
          path: sha
"""

private func preview(_ write: String) -> String {
    """
    name: Preview
    on:
      workflow_run:
        workflows: [CI]
        types: [completed]
    permissions:
      contents: read
    jobs:
      info:
        runs-on: ubuntu-latest
        outputs:
          sha: ${{ steps.read.outputs.sha }}
        steps:
          - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093
            with:
              name: pr
              run-id: ${{ github.event.workflow_run.id }}
              github-token: ${{ github.token }}
          - id: read
            run: \(write)
      build:
        needs: info
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
            with:
              ref: ${{ needs.info.outputs.sha }}
              persist-credentials: false
          - run: npm ci && npm run build
            env:
              API_KEY: ${{ secrets.PREVIEW_API_KEY }}
    """
}

@Test func workflowRunArtifactRefCheckedOutAndBuiltWithSecrets() {
    let files = [".github/workflows/ci.yml": upstream,
                 ".github/workflows/preview.yml": preview(#"echo "sha=$(cat sha)" >> "$GITHUB_OUTPUT""#)]
    let f = rules(files)["workflow-untrusted-checkout"] ?? []
    #expect(f.map(\.location.startLine) == [25])
    #expect(f.first?.severity == .critical)
    // The upstream runs only on pushes: the artifact is the maintainers' own.
    var push = files
    push[".github/workflows/ci.yml"] = upstream.replacingOccurrences(of: "on: pull_request", with: "on: push")
    #expect(rules(push)["workflow-untrusted-checkout"] == nil)
    // The ref written to the output is not read from the artifact.
    var fixed = files
    fixed[".github/workflows/preview.yml"] = preview(#"echo "sha=${{ github.event.workflow_run.head_repository.id }}" >> "$GITHUB_OUTPUT""#)
    #expect(rules(fixed)["workflow-untrusted-checkout"] == nil)
}

@Test func outputWritesAreParsedInTheirCommonForms() {
    let script = """
    echo "a=1" >> $GITHUB_OUTPUT
    echo b=$(cat f) | tee -a "$GITHUB_OUTPUT"
    echo "notes<<EOF" >> "$GITHUB_OUTPUT"
    cat NOTES.md >> "$GITHUB_OUTPUT"
    echo "EOF" >> "$GITHUB_OUTPUT"
    printf 'c=%s\\n' "$X" >> "$GITHUB_OUTPUT"
    """
    let w = OutputTaint.outputWrites(script)
    #expect(w.map(\.0) == ["a", "b", "notes", "c"])
    #expect(OutputTaint.readsWorkspace(w[1].1.text))
    #expect(OutputTaint.readsWorkspace("$(( 1 + 2 ))") == false)
    #expect(OutputTaint.shellVariables(in: "x=${V:-d} $W") == ["V", "W"])
}

@Test func workflowRunArtifactFindingsFollowTheUpstreamTriggers() {
    let consumer = """
    name: Report
    on:
      workflow_run:
        workflows: [CI]
        types: [completed]
    permissions:
      contents: read
    jobs:
      report:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093
            with:
              run-id: ${{ github.event.workflow_run.id }}
              github-token: ${{ github.token }}
          - run: bash ./report.sh
            env:
              TOKEN: ${{ secrets.REPORT_TOKEN }}
    """
    let fork = [".github/workflows/ci.yml": upstream, ".github/workflows/report.yml": consumer]
    #expect(rules(fork)["workflow-untrusted-artifact"]?.map(\.severity) == [.critical])
    // The upstream runs only on pushes: the artifact is the maintainers' own build.
    var push = fork
    push[".github/workflows/ci.yml"] = upstream.replacingOccurrences(of: "on: pull_request", with: "on: push")
    #expect(rules(push)["workflow-untrusted-artifact"] == nil)
    // An upstream that is not in the repository is reported as before.
    #expect(rules([".github/workflows/report.yml": consumer])["workflow-untrusted-artifact"]?.count == 1)
}

/// A `workflow_run` release job that checks out the upstream run's head (a tag push, judged across
/// the repository) and reads the version from its files: the file is a maintainer's, not an outsider's
/// (modelled on a real release workflow whose upstream runs on `v*` tags).
@Test func workflowRunHeadFilesAreNotOutsiderDataPerFile() {
    let text = """
    name: Release container
    on:
      workflow_run:
        workflows: ["Release to PyPI"]
        types: [completed]
    permissions:
      contents: read
    jobs:
      push:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
            with:
              ref: ${{ github.event.workflow_run.head_sha }}
              persist-credentials: false
          - id: version
            run: echo "version=$(python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')" >> $GITHUB_OUTPUT
          - run: echo "${{ steps.version.outputs.version }}"
    """
    #expect(rules([".github/workflows/container.yml": text])["workflow-template-injection"] == nil)
    // The same job on pull_request_target reads the PR's file.
    let prt = text.replacingOccurrences(of: "workflow_run:\n    workflows: [\"Release to PyPI\"]\n    types: [completed]", with: "pull_request_target:")
        .replacingOccurrences(of: "github.event.workflow_run.head_sha", with: "github.event.pull_request.head.sha")
    #expect(rules([".github/workflows/container.yml": prt])["workflow-template-injection"]?.count == 1)
}
