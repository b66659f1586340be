import BulwarkCore
import BulwarkFormats
import BulwarkKit
@testable import BulwarkWorkflows
import Foundation
import Testing

// Issue 17: weaknesses zizmor's test suite expects that Bulwark missed. Each test is our own
// minimal reproduction (scripts/bench/zizmor-suite.py scores the suite itself).

private func found(_ rule: String, _ text: String, path: String = ".github/workflows/w.yml") -> [Finding] {
    scanRepo([path: text]).filter { $0.ruleID == rule }
}

// MARK: Cache poisoning

@Test func cachePoisoningOnTagPushWithoutAPublishStep() {
    let text = """
    on:
      push:
        tags: ["v*"]
    permissions: {}
    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - uses: Swatinem/rust-cache@9d47c6ad4b02e050fd481d890b2ea34778fd09d6 # v2.7.8
          - run: cargo build --release
    """
    #expect(found("workflow-cache-poisoning", text).map(\.location.startLine) == [9])
    // The same job on branch pushes only is not a release job.
    let branches = text.replacingOccurrences(of: "tags: [\"v*\"]", with: "branches: [main]")
    #expect(found("workflow-cache-poisoning", branches).isEmpty)
    // A CI workflow that runs on branches and also on tags: its test jobs are not release jobs.
    let ci = text.replacingOccurrences(of: "tags: [\"v*\"]", with: "branches: [main]\n    tags: [\"v*\"]")
    #expect(found("workflow-cache-poisoning", ci).isEmpty)
    // Manual runs of a release workflow do not make it a CI workflow.
    let manual = text.replacingOccurrences(of: "on:\n", with: "on:\n  workflow_dispatch:\n")
    #expect(found("workflow-cache-poisoning", manual).count == 1)
}

@Test func cachePoisoningKnowsCacheActionsBeyondActionsCache() {
    func wf(_ step: String) -> String {
        """
        on: release
        permissions: {}
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
        \(step)
        """
    }
    #expect(found("workflow-cache-poisoning", wf("      - uses: Mozilla-Actions/sccache-action@7d986dd989559c6ecdb630a3fd2557667be217ad")).count == 1)
    #expect(found("workflow-cache-poisoning", wf("      - uses: PyO3/maturin-action@e83996d129638aa358a18fbd1dfb82f0b0fb5d3b\n        with:\n          sccache: 'true'")).count == 1)
    #expect(found("workflow-cache-poisoning", wf("      - uses: PyO3/maturin-action@e83996d129638aa358a18fbd1dfb82f0b0fb5d3b")).isEmpty)
    #expect(found("workflow-cache-poisoning", wf("      - uses: ramsey/composer-install@3cf229dc2919194e9e36783941438d17239e8520")).count == 1)
    #expect(found("workflow-cache-poisoning", wf("      - uses: ramsey/composer-install@3cf229dc2919194e9e36783941438d17239e8520\n        with:\n          ignore-cache: yes")).isEmpty)
    #expect(found("workflow-cache-poisoning", wf("      - uses: Swatinem/rust-cache@9d47c6ad4b02e050fd481d890b2ea34778fd09d6\n        with:\n          lookup-only: true")).isEmpty)
    // setup-uv caches by default from v6 to v9, not from v10; an unknown version may cache.
    #expect(found("workflow-cache-poisoning", wf("      - uses: astral-sh/setup-uv@aaaabbbbccccddddeeeeffff0000111122223333 # v7.1.0")).count == 1)
    #expect(found("workflow-cache-poisoning", wf("      - uses: astral-sh/setup-uv@aaaabbbbccccddddeeeeffff0000111122223333 # v10.0.0")).isEmpty)
    #expect(found("workflow-cache-poisoning", wf("      - uses: astral-sh/setup-uv@aaaabbbbccccddddeeeeffff0000111122223333")).count == 1)
    #expect(found("workflow-cache-poisoning", wf("      - uses: astral-sh/setup-uv@aaaabbbbccccddddeeeeffff0000111122223333 # v7.1.0\n        with:\n          enable-cache: false")).isEmpty)
}

@Test func cacheToggleGuardedByTagRunsIsJudgedForTheRunsItIsOnIn() {
    func wf(_ branch: String, _ toggle: String) -> String {
        """
        on:
          push:
            branches: [\(branch)]
            tags: ["*"]
        permissions: {}
        jobs:
          wheels:
            runs-on: ubuntu-latest
            steps:
              - uses: PyO3/maturin-action@e83996d129638aa358a18fbd1dfb82f0b0fb5d3b
                with:
                  sccache: ${{ \(toggle) }}
        """
    }
    // On only for tag runs (releases): reported.
    #expect(found("workflow-cache-poisoning", wf("main", "startsWith(github.ref, 'refs/tags/')")).count == 1)
    #expect(found("workflow-cache-poisoning", wf("main", "github.event_name == 'push' && github.ref_type == 'tag'")).count == 1)
    // Off for tag runs, and the branch runs are not releases: fine.
    #expect(found("workflow-cache-poisoning", wf("main", "!startsWith(github.ref, 'refs/tags/')")).isEmpty)
    #expect(found("workflow-cache-poisoning", wf("main", "!(github.event_name == 'push' && github.ref_type == 'tag')")).isEmpty)
    // Off for tag runs but on for pushes to a release branch: reported.
    #expect(found("workflow-cache-poisoning", wf("release/*", "!startsWith(github.ref, 'refs/tags/')")).count == 1)
}

@Test func publishCommandsBeyondNpmAndTwineMakeAPublishingJob() {
    func wf(_ publish: String) -> String {
        """
        on: push
        permissions: {}
        jobs:
          pack:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/setup-dotnet@67a3573c9a986a3f9c594539f4ab511d57bb3ce9 # v4.3.1
                with:
                  cache: true
              - run: dotnet pack -c Release
              - run: \(publish)
        """
    }
    #expect(found("workflow-cache-poisoning", wf("dotnet nuget push out/*.nupkg")).count == 1)
    #expect(found("workflow-cache-poisoning", wf("bun publish")).count == 1)
    #expect(found("workflow-cache-poisoning", wf("dotnet test")).isEmpty)
}

@Test func aJobThatOnlyUploadsFinishedFilesAfterTheCacheStepShipsNothingFromTheCache() {
    func wf(_ middle: String) -> String {
        """
        on: workflow_call
        jobs:
          upload:
            runs-on: ubuntu-latest
            permissions:
              id-token: write
            steps:
              - uses: astral-sh/setup-uv@b75a909f75acd358c2196fb9a5f1299a9a8868a4 # v6.7.0
              - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
        \(middle)
              - run: uv publish dist/*
        """
    }
    #expect(found("workflow-cache-poisoning", wf("")).isEmpty)
    // Building after the cache step: what the cache holds reaches the package.
    #expect(found("workflow-cache-poisoning", wf("      - run: uv build")).count == 1)
}

// MARK: Excessive permissions

@Test func readAllAndWorkflowLevelWritesThatOneJobInherits() {
    let readAll = """
    on: push
    permissions: read-all
    jobs:
      a:
        runs-on: ubuntu-latest
        steps:
          - run: make
    """
    #expect(found("workflow-excessive-permissions", readAll).map(\.severity) == [.low])
    let writes = """
    on: push
    permissions:
      contents: write
      id-token: write
    jobs:
      deploy:
        runs-on: ubuntu-latest
        permissions:
          deployments: write
        steps:
          - run: ./deploy
      test:
        runs-on: ubuntu-latest
        steps:
          - run: make test
    """
    let f = found("workflow-excessive-permissions", writes)
    #expect(f.map(\.location.startLine) == [3, 4])
    #expect(f.first?.message.contains("job `test` inherits it") == true)
    // One job: the workflow-level grant is that job's grant.
    let single = """
    on: push
    permissions:
      contents: write
    jobs:
      tag:
        runs-on: ubuntu-latest
        steps:
          - run: git push origin v1
    """
    #expect(found("workflow-excessive-permissions", single).isEmpty)
}

@Test func reusableWorkflowCalledOnDefaultPermissions() {
    let text = """
    on: workflow_dispatch
    jobs:
      other:
        uses: acme/pipelines/.github/workflows/ship.yml@0123456789abcdef0123456789abcdef01234567
      local:
        uses: ./.github/workflows/ship.yml
      scoped:
        permissions:
          contents: read
        uses: ./.github/workflows/ship.yml
    """
    let f = found("workflow-excessive-permissions", text)
    #expect(f.map(\.location.startLine) == [3, 5])
    #expect(f.map(\.severity) == [.medium, .low])
}

// MARK: Template injection

@Test func scriptLikeInputsOfActionsAreSinks() {
    func wf(_ step: String) -> String {
        """
        on: pull_request_target
        permissions: {}
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
        \(step)
        """
    }
    #expect(found("workflow-template-injection", wf("      - uses: Amadevus/pwsh-script@97a8b211a5922816aa8a69ced41fa32f23477186\n        with:\n          script: Write-Output \"${{ github.event.pull_request.title }}\"")).count == 1)
    #expect(found("workflow-template-injection", wf("      - uses: mikefarah/yq@b534aa9ee5d38001fba3cd8fe254a037e4847b37\n        with:\n          cmd: yq '.a = \"${{ github.head_ref }}\"' f.yml")).count == 1)
    #expect(found("workflow-template-injection", wf("      - uses: tibdex/backport@9565281eda0731b1d20c4025c43339fb0a23812e\n        with:\n          title_template: \"${{ github.event.pull_request.body }}\"")).count == 1)
    // A plain data input of the same action is not executed.
    #expect(found("workflow-template-injection", wf("      - uses: mikefarah/yq@b534aa9ee5d38001fba3cd8fe254a037e4847b37\n        with:\n          cmd: yq '.a' f.yml\n          notes: ${{ github.head_ref }}")).isEmpty)
}

@Test func anchoredScriptsAndParallelStepGroupsAreChecked() {
    let anchors = """
    on: issues
    permissions: {}
    jobs:
      a:
        runs-on: ubuntu-latest
        steps:
          - uses: tibdex/backport@9565281eda0731b1d20c4025c43339fb0a23812e
            with:
              body_template: &b "${{ github.event.issue.body }}"
          - uses: tibdex/backport@9565281eda0731b1d20c4025c43339fb0a23812e
            with:
              body_template: *b
    """
    // Both uses of the anchored value are sinks (the alias reports at the anchor's line).
    #expect(found("workflow-template-injection", anchors).count == 2)
    let parallel = """
    on: issues
    permissions: {}
    jobs:
      a:
        runs-on: ubuntu-latest
        steps:
          - parallel:
              - run: echo "${{ github.event.issue.title }}"
              - run: echo ok
    """
    #expect(found("workflow-template-injection", parallel).map(\.location.startLine) == [8])
}

@Test func blockScalarUsesIsTheSameReference() {
    #expect(ActionRef("actions/checkout@v4\n")?.ref == "v4")
    let text = """
    on: push
    permissions: {}
    jobs:
      a:
        runs-on: ubuntu-latest
        steps:
          - uses: |
              some-org/some-action@v2
    """
    #expect(found("workflow-unpinned-action", text).count == 1)
}

// MARK: Trusted publishing

@Test func publishingWithoutIDTokenCanOnlyUseAStoredToken() {
    func wf(_ perms: String, _ cmd: String) -> String {
        """
        on: push
        jobs:
          publish:
            runs-on: ubuntu-latest
            permissions:
        \(perms)
            steps:
              - run: \(cmd)
        """
    }
    let none = "      contents: read"
    let oidc = "      id-token: write"
    for cmd in ["twine upload dist/*", "python -m twine upload dist/*", "pipx run twine==6.1.0 upload dist/*",
                "bundle exec gem push x.gem", "bun publish", "bunx npm publish", "nuget push x.nupkg", "dotnet nuget push x.nupkg"] {
        #expect(found("workflow-long-lived-publish-token", wf(none, cmd)).count == 1, "\(cmd)")
        #expect(found("workflow-long-lived-publish-token", wf(oidc, cmd)).isEmpty, "\(cmd)")
    }
    #expect(found("workflow-long-lived-publish-token", wf(none, "bun publish --dry-run")).isEmpty)
    #expect(found("workflow-long-lived-publish-token", wf(none, "npm publish --registry https://npm.pkg.example.com")).isEmpty)
    // An empty first word must not trip the version stripping.
    #expect(found("workflow-long-lived-publish-token", wf(none, "\"\" publish")).isEmpty)
}

// MARK: The repository's own owner (issue 15, real-repository benchmark)

@Test func repositoryOwnerIsReadFromWhatTheRepositorySays() {
    #expect(RepositoryOwner.ownersInURLs("git@github.com:Acme-Labs/tool.git") == ["acme-labs"])
    #expect(RepositoryOwner.ownersInURLs("https://github.com/acme/tool and https://github.com/other") == ["acme"])
    let pyproject = """
    [project]
    dependencies = ["lib @ git+https://github.com/someone-else/lib.git"]
    [project.urls]
    Repository = "https://github.com/acme/tool"
    """
    // Dependencies are not the repository's home; its repository URL is.
    #expect(RepositoryOwner.manifestOwners(pyproject) == ["acme"])
    #expect(RepositoryOwner.manifestOwners(#"  "url": "git+https://github.com/acme/tool.git""#) == ["acme"])
}

@Test func ownActionAtAMutableRefReadingSecretsIsMediumThirdPartyStaysHigh() throws {
    let workflow = """
    on: push
    jobs:
      review:
        runs-on: ubuntu-latest
        steps:
          - uses: acme/review-action@v1
            with:
              key: ${{ secrets.KEY }}
          - uses: stranger/review-action@v1
            with:
              key: ${{ secrets.KEY }}
      docs:
        uses: acme/shared/.github/workflows/docs.yml@0123456789abcdef0123456789abcdef01234567
    """
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-owner-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir.appendingPathComponent(".github/workflows"), withIntermediateDirectories: true)
    try workflow.write(to: dir.appendingPathComponent(".github/workflows/r.yml"), atomically: true, encoding: .utf8)
    func scan() throws -> [Finding] {
        var options = ScanOptions(paths: [dir.path], configuration: Configuration())
        options.only = ["workflows"]
        return try Scanner().scan(options).findings
    }
    func severities(_ f: [Finding], _ rule: String) -> [Severity] { f.filter { $0.ruleID == rule }.map(\.severity) }
    // Nothing says who owns the repository: both actions are third-party.
    let before = try scan()
    #expect(severities(before, "workflow-secrets-to-unpinned-action") == [.high, .high])
    #expect(severities(before, "workflow-excessive-permissions") == [.medium])
    try "[project.urls]\nHomepage = \"https://github.com/acme/tool\"\n".write(to: dir.appendingPathComponent("pyproject.toml"), atomically: true, encoding: .utf8)
    let after = try scan()
    #expect(severities(after, "workflow-secrets-to-unpinned-action") == [.medium, .high])
    #expect(severities(after, "workflow-excessive-permissions") == [.low])
}

// MARK: Composite actions, matrix images, cooldowns

@Test func compositeActionWritingGitHubEnvIsJudgedByWhereTheValueComesFrom() {
    func action(_ run: String) -> String {
        """
        name: a
        description: a
        inputs:
          tag:
            description: t
        runs:
          using: composite
          steps:
            - run: \(run)
              shell: bash
        """
    }
    let sev = { (run: String) in found("workflow-github-env-write", action(run), path: "tools/a/action.yml").map(\.severity) }
    #expect(sev(#"echo "TAG=${{ inputs.tag }}" >> "$GITHUB_ENV""#) == [.medium])
    #expect(sev(#"echo "REV=$(git describe)" >> "$GITHUB_ENV""#) == [.low])
    #expect(sev(#"echo "MODE=release" >> "$GITHUB_ENV""#).isEmpty)
}

@Test func containerImageFromTheMatrixIsJudgedByEveryValue() {
    let text = """
    on: push
    permissions: {}
    jobs:
      t:
        runs-on: ubuntu-latest
        container:
          image: ${{ matrix.img }}
        strategy:
          matrix:
            img: ["ubuntu:24.04", "ubuntu"]
            include:
              - img: debian@sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c
        steps:
          - run: make
    """
    let f = found("workflow-unpinned-image", text)
    #expect(f.map(\.severity) == [.low, .medium])
    #expect(f.allSatisfy { $0.location.startLine == 7 && $0.message.contains("matrix.img") })
}

@Test func shortDependabotCooldownIsReported() {
    func cfg(_ days: Int) -> String {
        "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule:\n      interval: daily\n    cooldown:\n      default-days: \(days)\n"
    }
    #expect(found("workflow-dependabot-cooldown", cfg(2), path: ".github/dependabot.yml").first?.message.contains("only 2 days") == true)
    #expect(found("workflow-dependabot-cooldown", cfg(3), path: ".github/dependabot.yml").isEmpty)
}

// The one Bulwark-only finding at medium or above on an input zizmor expects clean is a script
// downloaded and run as root in one command (`bash -c "$(wget -O - URL)"`): whoever controls that
// URL, or the network path to a mirror, runs code in the job with its token and secrets, and nothing
// checks a hash or signature. That is the weakness workflow-curl-pipe-shell reports; it stays.
@Test func downloadedScriptRunAsRootIsACurlPipeShellFinding() {
    let text = """
    on: push
    permissions: {}
    jobs:
      a:
        runs-on: ubuntu-latest
        steps:
          - run: sudo bash -c "$(wget -O - https://tools.example.test/install.sh)"
    """
    #expect(found("workflow-curl-pipe-shell", text).map(\.severity) == [.medium])
}

@Test func workflowLevelIDTokenThatEveryJobUsesIsNotReported() {
    let text = """
    on: push
    permissions:
      id-token: write
    jobs:
      review-a:
        runs-on: ubuntu-latest
        steps:
          - uses: anthropics/claude-code-action@0123456789abcdef0123456789abcdef01234567
      review-b:
        runs-on: ubuntu-latest
        steps:
          - uses: anthropics/claude-code-action@0123456789abcdef0123456789abcdef01234567
    """
    #expect(found("workflow-excessive-permissions", text).isEmpty)
    let lint = text + "\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make lint\n"
    #expect(found("workflow-excessive-permissions", lint).count == 1)
}
