import BulwarkCore
import BulwarkFormats

/// `ACTIONS_STEP_DEBUG` / `ACTIONS_RUNNER_DEBUG` forced on in the workflow.
struct StepDebugForcedRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-step-debug-forced", name: "Debug logging forced on", family: "workflows",
        summary: "`ACTIONS_STEP_DEBUG` or `ACTIONS_RUNNER_DEBUG` is set to true in the workflow, so every run writes verbose logs.",
        rationale: rationale(
            detects: "`ACTIONS_STEP_DEBUG: true` or `ACTIONS_RUNNER_DEBUG: true` in an `env:` block of a workflow or action.",
            matters: "Debug logs print inputs, environment details and values derived from secrets that masking does not catch; in public repositories anyone can read them. Debug logging is meant to be switched on for one re-run, not committed.",
            fix: "Remove the variable; use \"Re-run with debug logging\" or a repository variable when needed.",
            references: ["[GitHub: Enabling debug logging](https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/troubleshooting-workflows/enabling-debug-logging)"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Remove `ACTIONS_STEP_DEBUG`/`ACTIONS_RUNNER_DEBUG` from the workflow.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            env:
              ACTIONS_STEP_DEBUG: true # <-
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: make
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            env:
              ACTIONS_STEP_DEBUG: false
              DEBUG: "1"
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: make
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var envs: [YMapping.Entry] = (model.workflow?.env ?? []) + (model.action?.env ?? [])
        envs += model.workflow?.jobs.flatMap(\.env) ?? []
        envs += model.steps.flatMap(\.step.env)
        return envs.compactMap { e in
            guard ["ACTIONS_STEP_DEBUG", "ACTIONS_RUNNER_DEBUG"].contains(e.key.value), let v = e.value.scalar,
                  v.bool == true || v.value.lowercased() == "true" else { return nil }
            return .workflow(Self.rule, "`\(e.key.value): true` forces debug logging on every run.", context,
                             line: e.key.line, column: e.key.column, anchor: "\(e.key.line):\(e.key.value)")
        }
    }
}
