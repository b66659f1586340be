import BulwarkCore
import BulwarkFormats

/// `uses: ./path` (workspace-relative) where GitHub's self-repository form `uses: $/path` exists.
struct SelfRepositoryRefRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-self-repository-ref", name: "Local action loaded from the workspace", family: "workflows",
        summary: "`uses: ./path` loads an action or reusable workflow from whatever the runner's workspace holds; `uses: $/path` loads it from the workflow's own commit.",
        rationale: rationale(
            detects: """
            Steps and jobs whose `uses:` starts with `./` (a composite action, a Docker action or a reusable \
            workflow of the same repository, read from the workspace). Low in general; medium in a workflow \
            with a privileged trigger (`pull_request_target`, `workflow_run`, `issue_comment`, ...) when an earlier \
            step of the same job checks out the pull request's head into the workspace root, because then `./path` \
            is the PR author's code (a branch or tag chosen by a maintainer stays low).
            """,
            matters: """
            `./path` is resolved on the runner's file system when the step starts, after every earlier step ran: \
            a checkout of a pull request head, an unpacked artifact or a script that writes files can replace the \
            action that the workflow's reviewers read. It also escapes "every action must be pinned" policies, \
            because a workspace path is not a pin. GitHub's self-repository syntax `$/path` (July 2026) names the \
            file in the workflow's own commit and is not affected by runtime state. (A reusable workflow called \
            with `./` is already read from the caller's commit; there the difference is policy: GitHub's SHA-pinning \
            enforcement treats `$/` as pinned and `./` as not.)
            """,
            fix: "Write `uses: $/path/to/action` (or `$/.github/workflows/x.yml`) instead of `./path`.",
            references: ["[GitHub changelog: self-repository syntax for same-repository actions](https://github.blog/changelog/2026-07-30-reference-same-repository-actions-with-self-repository-syntax/)",
                         "[Bypassing GitHub Actions policies](https://blog.yossarian.net/2025/06/11/github-actions-policies-dumb-bypass)",
                         "zizmor audit `self-repository`"]),
        defaultSeverity: .low, defaultConfidence: .high,
        remediation: "Use the self-repository form `uses: $/path` for actions and reusable workflows of this repository.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: ./.github/actions/setup # <-
              release:
                uses: ./.github/workflows/release.yml # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: $/.github/actions/setup
                  - uses: actions/checkout@v5
              release:
                uses: $/.github/workflows/release.yml
            """),
        ])
    var description: RuleDescription { Self.rule }

    static func isWorkspaceRelative(_ value: String) -> Bool {
        let t = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.hasPrefix("./") || t.hasPrefix(".\\") || t == "."
    }

    /// Whether a step checks out the pull request's head (or merge) into the workspace root.
    static func replacesWorkspace(_ step: Step) -> Bool {
        if step.action?.slug == "actions/checkout", let p = step.input("path")?.value, !p.isEmpty, p != "." { return false }
        return Execution.checksOutUntrusted(step)
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        let privileged = model.workflow?.hasPrivilegedUntrustedTrigger ?? false
        let jobs: [(Job?, [Step])] = model.workflow.map { w in w.jobs.map { (Optional($0), $0.steps) } }
            ?? (model.action.map { [(nil, $0.steps)] } ?? [])
        for (job, steps) in jobs {
            let jid = job?.id.value ?? "-"
            var replaced: Step?
            for s in steps {
                if let u = s.uses, Self.isWorkspaceRelative(u.value) {
                    let path = String(u.value.trimmingCharacters(in: .whitespacesAndNewlines).dropFirst(2))
                    if let r = replaced {
                        out.append(.workflow(Self.rule, "`uses: \(u.value)` runs the action found in the workspace, and the checkout on line \(r.line) put the pull request's head there: use `$/\(path)` to load this repository's own copy.",
                                             context, line: u.line, column: u.column, severity: .medium, anchor: "\(jid):\(s.index):\(u.value)"))
                    } else {
                        out.append(.workflow(Self.rule, "`uses: \(u.value)` is resolved from the runner's workspace at run time; `$/\(path)` names the workflow's own commit.",
                                             context, line: u.line, column: u.column, anchor: "\(jid):\(s.index):\(u.value)"))
                    }
                }
                if privileged, Self.replacesWorkspace(s) { replaced = s }
            }
        }
        for j in model.workflow?.jobs ?? [] {
            guard let u = j.uses, Self.isWorkspaceRelative(u.value) else { continue }
            let path = String(u.value.trimmingCharacters(in: .whitespacesAndNewlines).dropFirst(2))
            out.append(.workflow(Self.rule, "Job `\(j.id.value)` calls `\(u.value)` with the workspace-relative form, which GitHub's \"require actions pinned to a full-length commit SHA\" policy cannot treat as pinned; `$/\(path)` names the same commit and counts as pinned.",
                                 context, line: u.line, column: u.column, anchor: "\(j.id.value):\(u.value)"))
        }
        return out
    }
}
