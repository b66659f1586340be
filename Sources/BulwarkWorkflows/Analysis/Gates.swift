import Foundation
import BulwarkFormats

/// Who can make a job run: author-association and actor conditions, permission-check jobs, and the
/// gates that agent actions apply themselves.
enum Gates {
    static let actorPaths: Set<String> = ["github.actor", "github.triggering_actor", "github.event.sender.login",
                                          "github.event.comment.user.login", "github.event.issue.user.login",
                                          "github.event.pull_request.user.login", "github.event.review.user.login"]

    /// Whether a condition admits only trusted authors: an `author_association` test or an equality
    /// with a named (non-bot) actor.
    static func conditionGated(_ c: YScalar?) -> Bool {
        guard let v = c?.value else { return false }
        if v.contains("author_association") { return true }
        guard let e = try? ExpressionParser.parseCondition(v) else { return false }
        var gate = false
        e.walk { n in
            if case .binary(.eq, let l, let r) = n {
                for (a, b) in [(l, r), (r, l)] {
                    if case .path(let p) = a, actorPaths.contains(p.normalized),
                       case .string(let s) = b, !s.hasSuffix("[bot]") { gate = true }
                }
            }
        }
        return gate
    }

    /// Whether a step asks GitHub for the actor's permission on the repository.
    static func stepChecksPermission(_ s: Step) -> Bool {
        let text = (s.run?.value ?? "") + (s.input("script")?.value ?? "")
        return text.contains("getCollaboratorPermissionLevel") || text.contains("/permission")
            || s.action?.slug == "prince-chrismc/check-actor-permissions-action"
            || s.action?.slug == "actions-cool/check-user-permission"
    }

    /// Whether a job's `if:` is the constant `false`, alone or as the first operand of `&&`
    /// (`if: false && github.event.workflow_run.conclusion == 'failure'`, the usual way to switch a job
    /// off): such a job never runs.
    static func neverRuns(_ job: Job) -> Bool {
        guard var v = job.node["if"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines) else { return false }
        if v.hasPrefix("${{"), v.hasSuffix("}}") { v = String(v.dropFirst(3).dropLast(2)).trimmingCharacters(in: .whitespaces) }
        while v.hasPrefix("(") { v = String(v.dropFirst()).trimmingCharacters(in: .whitespaces) }
        guard v.hasPrefix("false") else { return false }
        let rest = v.dropFirst(5).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty || rest.hasPrefix("&&") || rest.hasPrefix(")")
    }

    /// The job ids listed under `needs:`.
    static func needs(_ job: Job) -> [String] {
        guard let n = job.node["needs"] else { return [] }
        if let s = n.string { return [s] }
        return n.sequence?.items.compactMap(\.string) ?? []
    }

    /// Whether a job runs only for trusted actors: its own condition is gated, or it depends on a
    /// gated job (or on a job that checks the actor's permission and publishes the verdict as an
    /// output this job's condition reads) without `always()`/`failure()`/`cancelled()` overriding
    /// the skip.
    static func jobGated(_ job: Job, in w: Workflow) -> Bool {
        gatedJobs(w).contains(job.id.value)
    }

    /// The ids of every gated job of a workflow, each judged once, so a hostile `needs:` graph costs
    /// at most jobs × needs.
    static func gatedJobs(_ w: Workflow) -> Set<String> {
        var byID: [String: Job] = [:]
        for j in w.jobs where byID[j.id.value] == nil { byID[j.id.value] = j }
        var memo: [String: Bool] = [:]
        func judge(_ job: Job, depth: Int) -> Bool {
            if let known = memo[job.id.value] { return known }
            memo[job.id.value] = false  // a cycle (invalid anyway) does not gate
            var gated = conditionGated(job.condition)
            if !gated, depth < 64 {
                let cond = job.condition?.value ?? ""
                let overrides = ["always()", "failure()", "cancelled()"].contains { cond.contains($0) }
                for id in needs(job).prefix(256) {
                    guard let dep = byID[id] else { continue }
                    if !overrides, judge(dep, depth: depth + 1) { gated = true; break }
                    if cond.contains("needs.\(id).outputs"), dep.steps.contains(where: stepChecksPermission) { gated = true; break }
                }
            }
            memo[job.id.value] = gated
            return gated
        }
        return Set(w.jobs.filter { judge($0, depth: 0) }.map(\.id.value))
    }
}

/// What an AI agent step lets the model do, read from its documented inputs.
enum AgentGrant {
    /// `Bash(...)` command prefixes that neither run workspace code nor reach the API beyond a
    /// narrow, named operation.
    static let narrowCommands: [String] = [
        "gh pr view", "gh pr diff", "gh pr list", "gh pr checks", "gh pr comment", "gh pr review", "gh pr edit",
        "gh issue view", "gh issue list", "gh issue comment", "gh issue edit", "gh search", "gh label list",
        "gh run view", "gh run list", "git log", "git diff", "git show", "git status", "git blame", "git grep",
        "ls", "cat", "head", "tail", "wc", "tree", "grep", "echo", "pwd",
    ]

    /// The tool list granted to claude-code-action / claude-code-base-action: `allowed_tools` plus
    /// `--allowedTools`/`--allowed-tools` inside `claude_args`.
    static func claudeTools(_ s: Step) -> [String] {
        var lists: [String] = []
        if let t = s.input("allowed_tools")?.value { lists.append(t) }
        if let a = s.input("claude_args")?.value {
            // The value runs to the next option (` --x`) or the end of the line; quotes are dropped.
            for flag in ["--allowedTools", "--allowed-tools"] {
                var rest = Substring(a)
                while let r = rest.range(of: flag) {
                    var v = rest[r.upperBound...]
                    if v.first == "=" { v = v.dropFirst() }
                    var end = v.endIndex
                    if let nl = v.firstIndex(of: "\n") { end = nl }
                    if let opt = v[..<end].range(of: " --") { end = opt.lowerBound }
                    lists.append(String(v[..<end]).replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "'", with: ""))
                    rest = v[end...]
                }
            }
        }
        var tools: [String] = []
        for l in lists {
            // Commas separate tools, but a `Bash(a, b)` pattern may contain one: split at top level.
            var depth = 0, cur = ""
            for ch in l {
                if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
                if (ch == "," || ch == " " || ch == "\n") && depth == 0 {
                    let t = cur.trimmingCharacters(in: .whitespaces); if !t.isEmpty { tools.append(t) }
                    cur = ""
                } else { cur.append(ch) }
            }
            let t = cur.trimmingCharacters(in: .whitespaces); if !t.isEmpty { tools.append(t) }
        }
        return tools.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
    }

    /// Git commands that change the repository only when the token may write contents.
    static let pushCommands: [String] = ["git push", "git commit", "git add", "git checkout", "git switch", "git merge",
                                         "git rebase", "git branch", "git fetch", "git rm", "git restore", "gh pr create"]

    /// A tool that runs arbitrary commands or calls the API freely, described for a message; nil
    /// when the tool is narrow.
    static func broadTool(_ tool: String, contentsWrite: Bool) -> String? {
        guard tool == "Bash" || tool.hasPrefix("Bash(") else { return nil }
        guard tool.hasPrefix("Bash("), tool.hasSuffix(")") else { return "unrestricted `Bash`" }
        var inner = String(tool.dropFirst(5).dropLast())
        if inner.hasSuffix(":*") { inner = String(inner.dropLast(2)) }
        if inner.hasSuffix("*") { inner = String(inner.dropLast()) }
        inner = inner.trimmingCharacters(in: .whitespaces)
        if inner.isEmpty { return "unrestricted `Bash`" }
        if narrowCommands.contains(where: { inner == $0 || inner.hasPrefix($0 + " ") }) { return nil }
        if pushCommands.contains(where: { inner == $0 || inner.hasPrefix($0 + " ") }) {
            return contentsWrite ? "`\(tool)` with a `contents: write` token" : nil
        }
        return "`\(tool)`"
    }

    /// Why an open claude-code-action step is dangerous (shell, free API calls, pushing), or nil when
    /// it grants only narrow tools.
    static func claudeDanger(_ s: Step, contentsWrite: Bool) -> String? {
        let args = (s.input("claude_args")?.value ?? "").lowercased()
        if AIUsage.bypassFlags.contains(where: { args.contains($0) }) { return "permission checks bypassed in `claude_args`" }
        let tools = claudeTools(s)
        if let b = tools.lazy.compactMap({ broadTool($0, contentsWrite: contentsWrite) }).first { return "it may run \(b)" }
        // Tag mode (no `prompt`) lets the agent commit and push with the job's token.
        if contentsWrite, s.input("prompt") == nil, s.input("direct_prompt") == nil {
            return "in tag mode it commits and pushes with a `contents: write` token"
        }
        return nil
    }
}
