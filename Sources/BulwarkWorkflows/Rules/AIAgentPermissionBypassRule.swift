import BulwarkCore
import BulwarkFormats

/// AI agents started with their permission prompts or sandbox disabled.
struct AIAgentPermissionBypassRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-ai-agent-permission-bypass", name: "AI agent with permission checks disabled", family: "workflows",
        summary: "An AI agent runs in CI with its tool-permission checks or sandbox disabled (`--dangerously-skip-permissions`, `--yolo`, ...).",
        rationale: rationale(
            detects: "`--dangerously-skip-permissions`, `--permission-mode bypassPermissions`, `--yolo`, `--approval-mode yolo`, `--dangerously-bypass-approvals-and-sandbox`, `--sandbox danger-full-access` and `--allow-all-tools` in `run:` scripts or in the inputs of agent actions.",
            matters: "The agent may then run any shell command, edit any file and reach the network without asking; a single injected instruction (from an issue, a README, a dependency) becomes code execution with the job's secrets. The nx s1ngularity malware (2025) invoked local AI CLIs with exactly these flags to hunt for secrets.",
            fix: "Remove the flag and allow only the specific tools the task needs (`--allowedTools`), with a read-only token.",
            references: ["[Claude Code: permission modes](https://docs.anthropic.com/en/docs/claude-code/iam)",
                         "[nx s1ngularity advisory](https://github.com/nrwl/nx/security/advisories/GHSA-cxm3-wv7p-598c)"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Drop the bypass flag and allow-list the tools the agent needs.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              fix:
                runs-on: ubuntu-latest
                steps:
                  - run: claude -p "fix the failing tests" --dangerously-skip-permissions # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              fix:
                runs-on: ubuntu-latest
                steps:
                  - run: claude -p "summarize the diff" --allowedTools "Read,Grep"
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        let untrusted = !(model.workflow?.triggerNames.intersection(AIAgentUntrustedTriggerRule.untrusted).isEmpty ?? true)
        for (_, s) in model.steps {
            var texts: [YScalar] = []
            if let r = s.run { texts.append(r) }
            if let a = s.action, AIUsage.agentActions.contains(a.slug) { texts += s.with.compactMap(\.value.scalar) }
            for t in texts {
                let lower = t.value.lowercased()
                guard let flag = AIUsage.bypassFlags.first(where: { lower.contains($0) }) else { continue }
                if s.action == nil, AIUsage.agent(in: s) == nil { continue }
                out.append(.workflow(Self.rule, "An AI agent runs with `\(flag)`: it may execute any command without approval\(untrusted ? ", on events outsiders can trigger" : "").",
                                     context, line: model.line(of: flag, in: t, offset: 0) , severity: untrusted ? .critical : nil,
                                     anchor: "\(s.index):\(flag)"))
            }
        }
        return out
    }
}
