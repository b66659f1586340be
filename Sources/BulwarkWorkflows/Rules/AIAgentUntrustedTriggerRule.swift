import Foundation
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
            a specific actor, no earlier job or step checks the actor's permission, and the agent has no gate \
            of its own. `anthropics/claude-code-action` refuses actors without write access unless \
            `allowed_non_write_users` is set (bots only through `allowed_bots`), so it is reported only with \
            `allowed_non_write_users: "*"`: high when it may run a shell (`Bash`, `Bash(make:*)`, ...), call \
            the API freely (`Bash(gh api:*)`), push with a `contents: write` token (git tools, or tag mode) or \
            bypass permission checks; medium when it is confined to narrow tools such as `gh issue view` or \
            labelling (a triage bot).
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
                  - run: gemini --prompt "$BODY" # <-
                    env:
                      BODY: ${{ github.event.comment.body }}
                      GEMINI_API_KEY: ${{ secrets.GEMINI_API_KEY }}
            """, commentPrefix: "#"),
            Example(.triggers, path: wf, """
            on:
              issues:
                types: [opened]
            permissions:
              contents: read
              issues: write
            jobs:
              triage:
                runs-on: ubuntu-latest
                steps:
                  - uses: anthropics/claude-code-action@v1 # <-
                    with:
                      anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}
                      allowed_non_write_users: "*"
                      prompt: Label this issue.
                      claude_args: --allowedTools "Bash(gh issue view:*),Bash(npm run:*)"
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on:
              issue_comment:
                types: [created]
            jobs:
              claude:
                runs-on: ubuntu-latest
                steps:
                  - uses: anthropics/claude-code-action@v1
                    with:
                      anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}
                      claude_args: --allowedTools "Bash(git push:*)"
            """),
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

    static func gated(_ c: YScalar?) -> Bool { Gates.conditionGated(c) }

    /// Agent actions that refuse actors without write access unless told otherwise.
    static let selfGating: Set<String> = ["anthropics/claude-code-action"]

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        let t = w.triggerNames.intersection(Self.untrusted)
        guard !t.isEmpty else { return [] }
        var out: [Finding] = []
        let gatedJobs = Gates.gatedJobs(w)
        for j in w.jobs where !gatedJobs.contains(j.id.value) {
            // A prior step that checks the actor's permission also counts as a gate.
            var permissionChecked = false
            let perms = j.permissions ?? w.permissions
            let contentsWrite = perms.map { $0.level("contents") == "write" } ?? true
            for s in j.steps {
                if Gates.stepChecksPermission(s) { permissionChecked = true }
                guard let agent = AIUsage.agent(in: s), !permissionChecked, !Self.gated(s.condition) else { continue }
                let line = s.uses?.line ?? s.run?.line ?? s.line
                let trig = t.sorted().joined(separator: ", ")
                if Self.selfGating.contains(agent) {
                    // claude-code-action checks the actor's repository permission itself and refuses
                    // anyone without write access unless `allowed_non_write_users` names them; bots
                    // pass only when `allowed_bots` lists them (and a bot must be installed on the
                    // repository to act on it).
                    let allowed = (s.input("allowed_non_write_users")?.value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                    guard allowed == "*" || allowed.contains("${{") else { continue }
                    if let danger = AgentGrant.claudeDanger(s, contentsWrite: contentsWrite) {
                        out.append(.workflow(Self.rule, "Job `\(j.id.value)` runs `\(agent)` on \(trig) with `allowed_non_write_users: \"*\"`, so anyone can prompt it, and \(danger): a prompt injection can run commands or act with the job's token and secrets.",
                                             context, line: line, anchor: "\(j.id.value):\(agent)"))
                    } else {
                        // Open by design but confined to narrow tools (triage, labelling, comments):
                        // an injected prompt can mislabel or post text, not run code.
                        out.append(.workflow(Self.rule, "Job `\(j.id.value)` runs `\(agent)` on \(trig) with `allowed_non_write_users: \"*\"`: anyone can prompt it. It is limited to narrow tools (no shell, no free API calls, no push), so an injected prompt can misuse only what those tools and the token allow.",
                                             context, line: line, severity: .medium, anchor: "\(j.id.value):\(agent)"))
                    }
                    continue
                }
                out.append(.workflow(Self.rule, "Job `\(j.id.value)` runs the AI agent `\(agent)` on \(trig) without checking the author's association: anyone can prompt it.",
                                     context, line: line, anchor: "\(j.id.value):\(agent)"))
            }
        }
        return out
    }
}
