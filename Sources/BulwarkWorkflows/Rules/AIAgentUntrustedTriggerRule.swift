import BulwarkCore
import BulwarkFormats

/// AI coding agents run on events that outsiders can create, without an author gate.
struct AIAgentUntrustedTriggerRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-ai-agent-untrusted-trigger", name: "AI agent driven by untrusted input", family: "workflows",
        summary: "An AI coding agent (claude-code-action, gemini-cli, codex, copilot...) runs on issue, comment or pull_request_target events without an author-association gate.",
        rationale: rationale(
            detects: """
            Steps that run an AI agent action or CLI in workflows triggered by `issues`, `issue_comment`, \
            `pull_request_target`, `pull_request_review_comment`, `discussion` or `discussion_comment`, when \
            neither the job nor the step condition checks `author_association` (OWNER/MEMBER/COLLABORATOR) or \
            a specific actor.
            """,
            matters: "Issue and comment text is a prompt. Anyone can file an issue that tells the agent to print its environment, push a commit or exfiltrate secrets through a tool call (\"prompt injection\"); the agent runs with the job's token and API keys. Such agent workflows were abused in 2025 (the nx s1ngularity payload and several \"PromptPwnd\" reports).",
            fix: "Gate the job: `if: contains(fromJSON('[\"OWNER\",\"MEMBER\",\"COLLABORATOR\"]'), github.event.comment.author_association)`, give the job minimal permissions, and never give the agent shell tools on untrusted events.",
            references: ["[Aikido: PromptPwnd, prompt injection in GitHub Actions](https://www.aikido.dev/blog/promptpwnd-github-actions-ai-agents)",
                         "[anthropics/claude-code-action security](https://github.com/anthropics/claude-code-action/blob/main/docs/security.md)", "CWE-77"]),
        defaultSeverity: .high, defaultConfidence: .medium,
        remediation: "Add an `author_association` gate and minimal permissions to agent jobs on untrusted events.",
        examples: [
            Example(.triggers, path: wf, """
            on:
              issue_comment:
                types: [created]
            jobs:
              claude:
                runs-on: ubuntu-latest
                steps:
                  - uses: anthropics/claude-code-action@v1 # <-
                    with:
                      anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on:
              issue_comment:
                types: [created]
            jobs:
              claude:
                if: contains(fromJSON('["OWNER","MEMBER","COLLABORATOR"]'), github.event.comment.author_association)
                runs-on: ubuntu-latest
                steps:
                  - uses: anthropics/claude-code-action@v1
                    with:
                      anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let untrusted: Set<String> = ["issues", "issue_comment", "pull_request_target", "pull_request_review_comment",
                                         "pull_request_review", "discussion", "discussion_comment"]

    static func gated(_ c: YScalar?) -> Bool {
        guard let v = c?.value else { return false }
        if v.contains("author_association") { return true }
        guard let e = try? ExpressionParser.parseCondition(v) else { return false }
        var gate = false
        e.walk { n in
            if case .binary(.eq, let l, let r) = n {
                for (a, b) in [(l, r), (r, l)] {
                    if case .path(let p) = a, ["github.actor", "github.event.sender.login", "github.event.comment.user.login", "github.event.issue.user.login"].contains(p.normalized),
                       case .string(let s) = b, !s.hasSuffix("[bot]") { gate = true }
                }
            }
        }
        return gate
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        let t = w.triggerNames.intersection(Self.untrusted)
        guard !t.isEmpty else { return [] }
        var out: [Finding] = []
        for j in w.jobs where !Self.gated(j.condition) {
            // A prior step that checks the actor's permission also counts as a gate.
            var permissionChecked = false
            for s in j.steps {
                let text = (s.run?.value ?? "") + (s.input("script")?.value ?? "")
                if text.contains("getCollaboratorPermissionLevel") || text.contains("/permission") || s.action?.slug == "prince-chrismc/check-actor-permissions-action"
                    || s.action?.slug == "actions-cool/check-user-permission" { permissionChecked = true }
                guard let agent = AIUsage.agent(in: s), !permissionChecked, !Self.gated(s.condition) else { continue }
                out.append(.workflow(Self.rule, "Job `\(j.id.value)` runs the AI agent `\(agent)` on \(t.sorted().joined(separator: ", ")) without checking the author's association: anyone can prompt it.",
                                     context, line: s.uses?.line ?? s.run?.line ?? s.line, anchor: "\(j.id.value):\(agent)"))
            }
        }
        return out
    }
}
