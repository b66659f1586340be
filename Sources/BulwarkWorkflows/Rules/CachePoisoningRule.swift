import BulwarkCore
import BulwarkFormats

/// Caches restored in jobs that publish releases or packages.
struct CachePoisoningRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-cache-poisoning", name: "Cache restored in a publishing job", family: "workflows",
        summary: "A job that publishes a release, package or image restores a GitHub Actions cache that less trusted workflows can write.",
        rationale: rationale(
            detects: """
            Jobs that publish (a publishing step: `pypa/gh-action-pypi-publish`, `npm publish`, `twine upload`, \
            `dotnet nuget push`, `bun publish`, `docker/build-push-action` with `push: true`, `gh release create`, \
            ...; or any job of a workflow run only by `release` events, tag pushes or pushes to a release branch, \
            besides manual and reusable-workflow calls) \
            and restore a cache: `actions/cache`, `Swatinem/rust-cache` (not with `lookup-only`), \
            `Mozilla-Actions/sccache-action`, `PyO3/maturin-action` with `sccache`, `ramsey/composer-install` \
            (unless `ignore-cache`), `setup-*` actions with `cache:`, and the setup actions that cache without \
            being asked (`actions/setup-go` v4+, `actions/setup-node` v5+, `astral-sh/setup-uv` v6 to v9, or of \
            unknown version). A toggle such as `${{ startsWith(github.ref, 'refs/tags/') }}` is judged for the \
            runs it is on in: caching only on tag runs is reported in a CI workflow that also runs on tags, caching only \
            off tag runs is fine in a workflow whose other runs are not releases. \
            A job that, after the cache step, only downloads artifacts and uploads them (`uv publish`, \
            `gh release upload`) ships nothing the cache could change and is not reported. Across the trust boundary: in a `pull_request_target`, \
            `workflow_run` or `issue_comment` workflow where one job checks out and runs the pull request's code \
            and saves a cache, every other job that restores a cache and publishes, holds secrets or has a write token (high); and \
            across the repository, a `workflow_run` or `pull_request_target` job that restores a cache with \
            secrets or a write token while another workflow runs pull request code and saves a cache in the base \
            branch's scope (medium when that job waits behind a deployment `environment:` approval and checks out \
            a fixed commit).
            """,
            matters: """
            Caches are shared across workflows of the default branch; any workflow that an attacker can run code \
            in (a pull_request_target job, an injected step) can write entries that the release job later \
            restores into its build. This is how the Ultralytics PyPI releases were poisoned in December 2024.
            """,
            fix: "Disable caching in publishing jobs (`cache: false`, `enable-cache: false`, `package-manager-cache: false`), or build releases in a job that restores nothing.",
            references: ["[Adnan Khan: The Monsters in Your Build Cache](https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/)",
                         "[Ultralytics incident analysis](https://blog.yossarian.net/2024/12/06/zizmor-ultralytics-injection)",
                         "zizmor audit `cache-poisoning`"]),
        defaultSeverity: .medium, defaultConfidence: .medium,
        remediation: "Turn caching off in jobs that publish artifacts.",
        examples: [
            Example(.triggers, path: wf, """
            on:
              release:
                types: [published]
            jobs:
              publish:
                runs-on: ubuntu-latest
                permissions:
                  id-token: write
                steps:
                  - uses: actions/checkout@v4
                    with:
                      persist-credentials: false
                  - uses: actions/setup-python@v5 # <-
                    with:
                      cache: pip
                  - run: python -m build
                  - uses: pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc # v1.12.4
            """, commentPrefix: "#"),
            Example(.triggers, path: wf, """
            on: pull_request_target
            permissions:
              contents: read
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                    with:
                      ref: ${{ github.event.pull_request.head.sha }}
                      persist-credentials: false
                  - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
                    with:
                      cache: npm
                  - run: npm test
              label:
                runs-on: ubuntu-latest
                permissions:
                  pull-requests: write
                steps:
                  - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0 # <-
                    with:
                      cache: npm
                  - run: npx tsx scripts/label.ts
                    env:
                      GH_TOKEN: ${{ secrets.LABEL_TOKEN }}
            """),
            Example(.triggers, path: ".github/workflows/deploy-preview.yml", """
            on:
              workflow_run:
                workflows: [Preview]
                types: [completed]
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                    with:
                      persist-credentials: false
                  - uses: actions/setup-go@d35c59abb061a4a6fb18e82ac0862c26744d6ab5 # v5.5.0 # <-
                  - run: go run ./cmd/deploy
                    env:
                      DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}
            """, siblings: [
                "preview.yml": """
                on: pull_request_target
                permissions: {}
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                        with:
                          ref: ${{ github.event.pull_request.head.sha }}
                          persist-credentials: false
                      - uses: actions/cache@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3
                        with:
                          path: ~/.cache/preview
                          key: preview
                      - run: make preview
                """]),
            Example(.clean, path: wf, """
            on: pull_request_target
            permissions:
              contents: read
            jobs:
              label:
                runs-on: ubuntu-latest
                permissions:
                  pull-requests: write
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                    with:
                      persist-credentials: false
                  - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
                    with:
                      cache: npm
                  - run: npx tsx scripts/label.ts
            """),
            Example(.triggers, path: wf, """
            on:
              push:
                tags: ["v*"]
            permissions: {}
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: Mozilla-Actions/sccache-action@7d986dd989559c6ecdb630a3fd2557667be217ad # v0.0.9 # <-
                  - run: cargo build --release
            """),
            Example(.clean, path: wf, """
            on:
              push:
                branches: [main]
                tags: ["*"]
            permissions: {}
            jobs:
              wheels:
                runs-on: ubuntu-latest
                steps:
                  - uses: PyO3/maturin-action@e83996d129638aa358a18fbd1dfb82f0b0fb5d3b # v1.51.0
                    with:
                      sccache: ${{ !startsWith(github.ref, 'refs/tags/') }}
            """),
            Example(.clean, path: wf, """
            on: workflow_call
            jobs:
              upload:
                runs-on: ubuntu-latest
                permissions:
                  id-token: write
                steps:
                  - uses: astral-sh/setup-uv@b75a909f75acd358c2196fb9a5f1299a9a8868a4 # v6.7.0
                  - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0 # v5.0.0
                    with:
                      path: dist
                  - run: uv publish dist/*
            """),
            Example(.clean, path: wf, """
            on:
              release:
                types: [published]
            jobs:
              publish:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/setup-go@v5
                    with:
                      cache: false
                  - run: go build ./...
                  - run: gh release upload "$TAG" dist/*
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        // Jobs of a pull_request_target / workflow_run / issue_comment workflow run in the base
        // branch's cache scope; one that executes the PR's code can write entries every other job
        // of that scope restores (the untrusted job itself is owned by workflow-untrusted-checkout).
        let crossing = w.triggerNames.intersection(Triggers.pwnRequest)
        let writers = crossing.isEmpty ? [] : w.jobs.filter(Self.poisonsCache)
        var out: [Finding] = []
        // Release and tag triggers are how most projects publish: every job of such a workflow
        // is judged as a publishing job for the runs those triggers start.
        let release = Publishing.releaseRuns(w)
        for job in w.jobs {
            let publishes = job.steps.contains(where: Publishing.stepPublishes)
            let isWriter = writers.contains { $0.id.value == job.id.value }
            let writer = isWriter ? nil : writers.first
            let privileged = writer != nil && Execution.isPrivileged(job: job, workflow: w, model: model)
            guard publishes || release.any || privileged else { continue }
            for s in job.steps {
                guard let u = s.uses else { continue }
                if let writer, let what = Publishing.cacheStep(s) {
                    let trig = crossing.sorted().joined(separator: ", ")
                    let does = publishes ? "publishes" : "holds secrets or a write token"
                    out.append(.workflow(Self.rule, "Job `\(job.id.value)` \(does) and restores a cache (\(what)) that job `\(writer.id.value)` of this \(trig) workflow can poison: it runs the pull request's code in the same cache scope.",
                                         context, line: u.line, column: u.column, severity: .high, anchor: "\(job.id.value):\(s.index)"))
                } else if publishes, let what = Publishing.cacheStep(s) {
                    // A job that only downloads and uploads finished files after the cache step
                    // ships nothing the cache could have changed.
                    guard !Publishing.onlyUploadsAfter(job, index: s.index) else { continue }
                    out.append(.workflow(Self.rule, "Job `\(job.id.value)` publishes but restores a cache (\(what)); a poisoned cache entry would ship in the release.",
                                         context, line: u.line, column: u.column, anchor: "\(job.id.value):\(s.index)"))
                } else if release.any, let what = Publishing.cacheStep(s, releaseRuns: release) {
                    let trig = release.tags ? "release or tag pushes" : "pushes to a release branch"
                    out.append(.workflow(Self.rule, "Job `\(job.id.value)` runs on \(trig), which usually publish, and restores a cache (\(what)); a cache entry poisoned by any workflow of the default branch would end up in what it builds.",
                                         context, line: u.line, column: u.column, anchor: "\(job.id.value):\(s.index)"))
                }
            }
        }
        return out
    }

    /// A job that checks out the PR head (or merge ref) and then executes something.
    static func executesUntrustedCode(_ job: Job) -> Bool {
        guard let idx = job.steps.firstIndex(where: Execution.checksOutUntrusted) else { return false }
        let checkout = job.steps[idx]
        if let r = checkout.run, Execution.scriptExecutes(r.value) { return true }
        return job.steps[(idx + 1)...].contains(where: Execution.stepExecutes)
    }

    /// A job that can write a poisoned entry into the base branch's cache: it runs the pull
    /// request's code and has a step that saves a cache (`actions/cache`, `actions/cache/save`, or a
    /// setup action with caching on), which stores whatever that code left in the cached paths when
    /// the job ends. A job that runs PR code but caches nothing, or caches but runs no PR code, is
    /// not named as the poisoner.
    static func poisonsCache(_ job: Job) -> Bool {
        guard executesUntrustedCode(job) else { return false }
        return job.steps.contains { s in
            if let a = s.action, a.kind == .repository, a.slug == "actions/cache", a.path == "save" { return true }
            return Publishing.cacheStep(s) != nil
        }
    }

    /// The deployment environment a PR-code job waits behind (a reviewer approves each run when
    /// the environment requires one), when its checkout is a fixed commit.
    static func approvalGate(_ job: Job) -> String? {
        guard let env = UntrustedCheckoutRule.environmentName(job),
              let c = job.steps.first(where: Execution.checksOutUntrusted), UntrustedCheckoutRule.checksOutFixedCommit(c) else { return nil }
        return env
    }

    // MARK: Across workflows of the repository

    /// Cheap text tests that keep the repository-level pass from parsing files twice.
    static func mayBeVictim(_ text: String) -> Bool {
        (text.contains("workflow_run") || text.contains("pull_request_target"))
            && ["actions/cache", "cache:", "setup-go", "setup-uv", "setup-node", "rust-cache", "bundler-cache"].contains { text.contains($0) }
    }
    static func mayBeWriter(_ text: String) -> Bool {
        ["pull_request_target", "workflow_run", "issue_comment"].contains { text.contains($0) }
            && ["head.sha", "head.ref", "head_sha", "head_ref", "head_branch", "refs/pull", "pr checkout", "merge_commit_sha", "head.repo", "head_repository"].contains { text.contains($0) }
    }

    /// Jobs of `workflow_run` / `pull_request_target` workflows that restore a cache while holding
    /// secrets or a write token, when another workflow of the repository runs the pull request's
    /// code in the base branch's cache scope. Same-file writers and publishing jobs are reported by
    /// `check` already; this adds only what a single file cannot show.
    static func crossWorkflowFindings(models: [(SourceFile, CIModel)], context: ScanContext) -> [Finding] {
        guard context.settings(for: rule).enabled else { return [] }
        var writers: [(path: String, job: String, gate: String?)] = []
        for (f, m) in models {
            guard let w = m.workflow, !w.triggerNames.isDisjoint(with: Triggers.pwnRequest) else { continue }
            for j in w.jobs where poisonsCache(j) { writers.append((f.relativePath, j.id.value, approvalGate(j))) }
        }
        // An ungated writer is the one to name; one behind an approval only runs after review.
        writers.sort { ($0.gate == nil ? 0 : 1) < ($1.gate == nil ? 0 : 1) }
        guard !writers.isEmpty else { return [] }
        var out: [Finding] = []
        for (f, m) in models {
            guard let w = m.workflow, w.trigger("workflow_run") != nil || w.trigger("pull_request_target") != nil else { continue }
            guard let writer = writers.first(where: { $0.path != f.relativePath }) else { continue }
            // A writer in this very file is `check`'s business.
            if writers.contains(where: { $0.path == f.relativePath }) { continue }
            let ctx = context.ruleContext(rule, file: f)
            for job in w.jobs where !job.steps.contains(where: Publishing.stepPublishes) {
                guard Execution.isPrivileged(job: job, workflow: w, model: m) else { continue }
                for s in job.steps {
                    guard let what = Publishing.cacheStep(s), let u = s.uses else { continue }
                    if let gate = writer.gate {
                        out.append(.workflow(rule, "Job `\(job.id.value)` holds secrets or a write token and restores a cache (\(what)) shared with the base branch, which job `\(writer.job)` of \(writer.path) can poison once a reviewer approves its run (environment `\(gate)`): it runs pull request code in that cache scope.",
                                             ctx, line: u.line, column: u.column, severity: .medium, confidence: .medium,
                                             anchor: "\(job.id.value):\(s.index):cross"))
                        continue
                    }
                    out.append(.workflow(rule, "Job `\(job.id.value)` holds secrets or a write token and restores a cache (\(what)) shared with the base branch, which job `\(writer.job)` of \(writer.path) can poison: it runs pull request code in that cache scope.",
                                         ctx, line: u.line, column: u.column, severity: .high, confidence: .medium,
                                         anchor: "\(job.id.value):\(s.index):cross"))
                }
            }
        }
        return out
    }
}
