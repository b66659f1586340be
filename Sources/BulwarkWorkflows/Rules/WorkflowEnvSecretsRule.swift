import BulwarkCore
import BulwarkFormats

/// Secrets placed in workflow-level `env:` (every step of every job sees them).
struct WorkflowEnvSecretsRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-secrets-in-workflow-env", name: "Secret exposed to every step", family: "workflows",
        summary: "A secret is set in the workflow-level `env:`, so every step of every job, including third-party actions, can read it.",
        rationale: rationale(
            detects: "`${{ secrets.* }}` in the top-level `env:` of a workflow (other than `GITHUB_TOKEN`).",
            matters: "Every action and script in every job receives the secret in its environment. A single compromised action (tj-actions/changed-files dumped the whole runner environment) or dependency leaks it, even from jobs that never needed it.",
            fix: "Move the secret into the `env:` of the one step that uses it.",
            references: ["[GitHub: Using secrets in a workflow](https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions#using-secrets-in-a-workflow)",
                         "CVE-2025-30066"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Scope each secret to the step that needs it.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            env:
              OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }} # <-
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - run: pytest
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            env:
              GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
              PYTHONUNBUFFERED: "1"
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - run: pytest
                    env:
                      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        return w.env.compactMap { e in
            guard let v = e.value.string else { return nil }
            let names = ExpressionParser.embedded(in: v).compactMap(\.expr).flatMap(\.paths)
                .filter { $0.root.lowercased() == "secrets" && $0.normalized != "secrets.github_token" }
            guard !names.isEmpty else { return nil }
            return .workflow(Self.rule, "`\(e.key.value)` holds a secret in the workflow-level `env:`; every step of every job can read it.",
                             context, line: e.key.line, column: e.key.column, anchor: e.key.value)
        }
    }
}
