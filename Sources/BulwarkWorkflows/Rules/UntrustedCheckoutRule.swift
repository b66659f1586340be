import Foundation
import BulwarkCore
import BulwarkFormats

/// "Pwn request": a privileged trigger checks out the pull request's code and then runs it.
struct UntrustedCheckoutRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-untrusted-checkout", name: "Untrusted code executed with privileges (pwn request)", family: "workflows",
        summary: "A `pull_request_target`, `workflow_run` or `issue_comment` job checks out the PR head and then executes it.",
        rationale: rationale(
            detects: """
            Jobs triggered by `pull_request_target`, `workflow_run` or `issue_comment` that check out the pull \
            request's head, merge ref or head repository (`actions/checkout` with such a `ref:`/`repository:`, \
            `gh pr checkout`, `git fetch origin pull/N/head`) and afterwards execute anything from it: a `run:` \
            beyond inert commands (`npm install` runs the fork's lifecycle scripts, `make`, `pytest`, `pip install .`), \
            a local action, or an action that builds the workspace. The trigger alone is not reported here. \
            Not reported: a `git fetch` of a PR ref that no later command checks out; a checkout confined to a \
            folder (`path: pr-head`) that no executing step names; `case` labels, inert commands and named \
            system-package installs; in jobs without secrets or a write token, static linters (`ruff`, \
            `shellcheck`, ...); and `workflow_run` \
            workflows whose upstream workflows (found in the repository) run only on events no fork can \
            trigger, such as tag pushes. A job without secrets or a write token that only trusted actors can \
            start (an `author_association` condition, or a job that checks the actor's permission and gates \
            this one through its outputs) is medium. A privileged job behind a deployment `environment:` that \
            checks out a fixed commit (`head.sha`) is high, not critical: when the environment requires reviewers \
            a maintainer approves each run first (Bulwark cannot see the environment's protection rules); with a \
            branch ref the author can push after the approval, so it stays critical.
            """,
            matters: """
            These triggers run in the base repository's context with its secrets and a token that can usually \
            write, while the checked-out code is chosen by whoever opened the pull request. Running it hands \
            them the secrets and the token: the "pwn request" pattern behind the Nx \"s1ngularity\" compromise \
            (August 2025) and many GitHub Security Lab reports.
            """,
            fix: """
            Use `pull_request` for building untrusted code. If you need privileges, split the workflow: an \
            unprivileged `pull_request` job builds and uploads results; a privileged `workflow_run` job only \
            consumes them as data. Never run code from the PR head in a privileged job.
            """,
            references: ["[GitHub Security Lab: Preventing pwn requests](https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/)",
                         "[Nx s1ngularity post-mortem](https://github.com/nrwl/nx/security/advisories/GHSA-cxm3-wv7p-598c)",
                         "CWE-829", "zizmor audit `dangerous-triggers`"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Build untrusted code under `pull_request`; keep privileged jobs from executing the PR head.",
        examples: [
            Example(.triggers, path: wf, """
            on: pull_request_target
            jobs:
              evaluate:
                runs-on: ubuntu-latest
                environment: eval-approval
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2 # <-
                    with:
                      ref: ${{ github.event.pull_request.head.sha }}
                      persist-credentials: false
                  - run: npm ci && npm run eval
                    env:
                      EVAL_API_KEY: ${{ secrets.EVAL_API_KEY }}
            """),
            Example(.triggers, path: wf, """
            on: pull_request_target
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2 # <-
                    with:
                      ref: ${{ github.event.pull_request.head.sha }}
                      persist-credentials: false
                  - run: npm install && npm test
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: pull_request_target
            permissions:
              pull-requests: write
            jobs:
              label:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                    with:
                      persist-credentials: false
                  - run: npm ci && npm run label
            """),
            Example(.clean, path: wf, """
            on: pull_request_target
            jobs:
              diff:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                    with:
                      ref: ${{ github.event.pull_request.head.sha }}
                      persist-credentials: false
                  - run: git diff --stat HEAD~1
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        let triggers = w.triggerNames.intersection(Triggers.pwnRequest)
        guard !triggers.isEmpty else { return [] }
        // A workflow reachable only through `workflow_run` depends on what triggers the upstream
        // workflow; that is judged across the repository in `WorkflowsScanner.finish`.
        if triggers == ["workflow_run"], Self.upstreamNames(w) != nil { return [] }
        return Self.findings(w, model: model, triggers: triggers).map { f in
            .workflow(Self.rule, f.message, context, line: f.line, severity: f.severity, anchor: f.anchor)
        }
    }

    /// Whether `text` names the folder `dir` as a path: `pr`, `./pr/build.sh`, `cd pr &&`,
    /// `$GITHUB_WORKSPACE/pr`, but not the letters inside another name (`validate_pr.py`, `PR_URL`,
    /// `prepare`). A checkout into `pr/` and a script called `check_pr.py` share only letters.
    static func namesFolder(_ text: String, _ dir: String) -> Bool {
        let before: Set<Character> = [" ", "\t", "\n", "\"", "'", "=", "/", "(", ":", ";", "&", "|", "{", ",", "["]
        let after: Set<Character> = [" ", "\t", "\n", "\"", "'", "/", ")", ";", "&", "|", "}", ",", "]"]
        var search = text[...]
        while let r = search.range(of: dir) {
            let okBefore = r.lowerBound == text.startIndex || before.contains(text[text.index(before: r.lowerBound)])
            let okAfter = r.upperBound == text.endIndex || after.contains(text[r.upperBound])
            if okBefore && okAfter { return true }
            search = text[r.upperBound...]
        }
        return false
    }

    struct Raw { var message: String; var line: Int; var severity: Severity; var anchor: String }

    static func findings(_ w: Workflow, model: CIModel, triggers: Set<String>) -> [Raw] {
        var out: [Raw] = []
        var gatedJobs: Set<String>?
        var outputs = OutputTaint(model: model)
        for job in w.jobs where !Gates.neverRuns(job) {
            // The head named directly, or a ref read from the PR's files or the triggering run's
            // artifact and handed on through step or job outputs.
            var found: Int?
            for (i, s) in job.steps.enumerated() where Execution.checksOutUntrusted(s) || checksOutTaintedRef(s, job: job, outputs: &outputs) {
                found = i; break
            }
            guard let idx = found else { continue }
            let checkout = job.steps[idx]
            // A checkout confined to a sub-folder (`path: pr-head`) puts the PR's files only there:
            // later steps run the PR's code only when they name that folder.
            let confined = checkout.action != nil ? checkout.input("path")?.value.trimmingCharacters(in: CharacterSet(charactersIn: " ./")) : nil
            func runsPRCode(_ s: Step) -> Bool {
                guard Execution.stepExecutes(s) else { return false }
                guard let dir = confined, !dir.isEmpty else { return true }
                if let r = s.run?.value, Self.namesFolder(r, dir) { return true }
                if let wd = s.node["working-directory"]?.string, Self.namesFolder(wd, dir) { return true }
                if let u = s.uses?.value, u.hasPrefix("./"), Self.namesFolder(u, dir) { return true }
                return s.with.contains { $0.value.string.map { Self.namesFolder($0, dir) } == true }
            }
            let later = job.steps[(idx + 1)...].filter(runsPRCode)
            guard let exec = later.first
                    ?? (checkout.run.map { Execution.scriptExecutes($0.value) && !$0.value.isEmpty } == true ? checkout : nil)
            else { continue }
            let privileged = Execution.isPrivileged(job: job, workflow: w, model: model)
            let what = exec.run.map { _ in "runs a script (line \(exec.line))" } ?? "runs `\(exec.uses?.value ?? "an action")`"
            let trig = triggers.sorted().joined(separator: ", ")
            let line = checkout.uses?.line ?? checkout.run?.line ?? checkout.line
            if !privileged {
                // An unprivileged job that only runs a static linter on the PR's files hands the PR
                // author nothing.
                if exec.index != checkout.index, later.allSatisfy(Self.onlyStaticTools) { continue }
                // Only trusted actors can start it, and it holds no secret or write token; the PR's
                // code still runs in the base branch's context (cache scope, runtime token).
                if gatedJobs == nil { gatedJobs = Gates.gatedJobs(w) }
                if gatedJobs?.contains(job.id.value) == true {
                    out.append(Raw(message: "Job `\(job.id.value)` (\(trig)) checks out the pull request's code and then \(what); only trusted actors can start it and it holds no secret or write token, but the PR's code still runs in the base branch's context (its cache scope).",
                                   line: line, severity: .medium, anchor: "\(job.id.value):checkout"))
                    continue
                }
            }
            // A deployment environment can require a reviewer to approve each run before the job
            // starts: the PR's code still runs with secrets, but only after a person has looked at
            // it. The approval holds only for a fixed commit; a branch name can move after it.
            if privileged, let env = Self.environmentName(job), Self.checksOutFixedCommit(checkout) {
                out.append(Raw(message: "Job `\(job.id.value)` (\(trig)) checks out the pull request's code and then \(what) while holding secrets or a write token, behind the `\(env)` environment: when that environment requires reviewers, a maintainer approves each run, and a reviewer who misses hostile code in the PR hands it the secrets.",
                               line: line, severity: .high, anchor: "\(job.id.value):checkout"))
                continue
            }
            out.append(Raw(message: message(job.id.value, trig, what, privileged),
                           line: line, severity: privileged ? .critical : .high, anchor: "\(job.id.value):checkout"))
        }
        return out
    }

    /// Whether an `actions/checkout` step's `ref:` or `repository:` comes from an output that
    /// carries outsider data (see `OutputTaint`).
    static func checksOutTaintedRef(_ step: Step, job: Job, outputs: inout OutputTaint) -> Bool {
        guard let a = step.action, a.kind == .repository, a.slug == "actions/checkout" else { return false }
        for input in ["ref", "repository"] {
            guard let v = step.input(input)?.value, v.contains("${{") else { continue }
            for e in ExpressionParser.embedded(in: v) {
                for p in e.expr?.paths ?? [] where ["steps", "needs"].contains(p.root.lowercased()) {
                    if let src = outputs.sources(p, job: job, step: step), !src.isEmpty { return true }
                }
            }
        }
        return false
    }

    /// The job's `environment:` name (a string or `name:`), if any.
    static func environmentName(_ job: Job) -> String? {
        guard let e = job.environment else { return nil }
        let name = e.string ?? e["name"]?.string
        guard let n = name?.trimmingCharacters(in: .whitespaces), !n.isEmpty else { return nil }
        return n
    }

    /// Whether a checkout names a commit (`head.sha`) rather than a branch the author can move.
    static func checksOutFixedCommit(_ step: Step) -> Bool {
        guard let ref = step.input("ref")?.value else { return false }
        return ref.contains("head.sha") || ref.contains("head_sha") || ref.contains("merge_commit_sha")
    }

    /// Linters that only read files and whose configuration cannot run code.
    static let staticTools: Set<String> = ["ruff", "shellcheck", "actionlint", "hadolint", "codespell", "typos",
                                           "yamllint", "zizmor", "gitleaks", "trufflehog", "markdownlint-cli2-no-js"]

    /// Whether a step runs nothing but static linters (`ruff check`, `uv tool run ruff format --check`).
    static func onlyStaticTools(_ s: Step) -> Bool {
        guard let r = s.run?.value else { return false }
        let cmds = Execution.executingCommands(in: r)
        return !cmds.isEmpty && cmds.allSatisfy { c in
            let w = c.effectiveWords
            guard let p = c.program else { return true }
            if staticTools.contains(p) { return true }
            if p == "uv", w.count >= 4, w[1] == "tool", w[2] == "run" { return staticTools.contains(w[3]) }
            if p == "uvx" || p == "pipx", let t = w.dropFirst(p == "pipx" ? 2 : 1).first(where: { !$0.hasPrefix("-") }) {
                return staticTools.contains(t.split(separator: "@").first.map(String.init) ?? t)
            }
            return false
        }
    }

    /// The upstream workflow names of a `workflow_run` trigger, or nil when none are listed.
    static func upstreamNames(_ w: Workflow) -> [String]? {
        guard let cfg = w.trigger("workflow_run")?.config, let names = cfg["workflows"] else { return nil }
        let list = names.string.map { [$0] } ?? names.sequence?.items.compactMap(\.string) ?? []
        return list.isEmpty ? nil : list
    }

    /// Triggers whose runs can carry code or text from outside the repository's writers.
    static let forkTriggers: Set<String> = ["pull_request", "pull_request_target", "pull_request_review",
                                            "pull_request_review_comment", "issue_comment", "issues", "discussion",
                                            "discussion_comment", "workflow_run", "fork", "watch", "merge_group"]

    /// `workflow_run` workflows judged across the repository: reported unless every upstream workflow
    /// is found and none of its triggers can carry fork code (a release workflow that runs on tag
    /// pushes hands `head_sha` of a maintainer's tag, not of a pull request).
    static func crossWorkflowFindings(models: [(SourceFile, CIModel)], context: ScanContext) -> [Finding] {
        guard context.settings(for: rule).enabled else { return [] }
        var out: [Finding] = []
        for (f, m, w) in untrustedWorkflowRuns(models) {
            let ctx = context.ruleContext(rule, file: f)
            for r in findings(w, model: m, triggers: ["workflow_run"]) {
                out.append(.workflow(rule, r.message, ctx, line: r.line, severity: r.severity, anchor: r.anchor))
            }
        }
        return out
    }

    /// The `workflow_run`-only workflows naming their upstream workflows, unless every upstream is found
    /// and none of its triggers can carry fork code.
    static func untrustedWorkflowRuns(_ models: [(SourceFile, CIModel)]) -> [(SourceFile, CIModel, Workflow)] {
        var byName: [String: Set<String>] = [:]
        for (f, m) in models {
            guard let w = m.workflow else { continue }
            byName[w.name?.value ?? f.relativePath, default: []].formUnion(w.triggerNames)
            byName[f.relativePath, default: []].formUnion(w.triggerNames)
        }
        var out: [(SourceFile, CIModel, Workflow)] = []
        for (f, m) in models {
            guard let w = m.workflow, w.triggerNames.intersection(Triggers.pwnRequest) == ["workflow_run"],
                  let upstream = upstreamNames(w) else { continue }
            let trusted = upstream.allSatisfy { n in
                guard let t = byName[n] else { return false }
                return t.isDisjoint(with: forkTriggers)
            }
            if !trusted { out.append((f, m, w)) }
        }
        return out
    }

    static func message(_ job: String, _ trig: String, _ what: String, _ privileged: Bool) -> String {
        let priv = privileged ? " while holding secrets or a write token" : ""
        return "Job `\(job)` (\(trig)) checks out the pull request's code and then \(what)\(priv): the PR author's code runs with the base repository's privileges."
    }
}
