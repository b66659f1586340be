import BulwarkCore
import BulwarkFormats

/// Dependabot `insecure-external-code-execution: allow`.
struct DependabotInsecureExecutionRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-dependabot-insecure-execution", name: "Dependabot allowed to execute dependency code", family: "workflows",
        summary: "`insecure-external-code-execution: allow` lets Dependabot run code from manifests and dependencies during updates.",
        rationale: rationale(
            detects: "Dependabot update entries with `insecure-external-code-execution: allow`.",
            matters: "Dependabot then runs package-manager code (for example `setup.py` or Gradle scripts) of new dependency versions with access to the private registries configured for it: a malicious release steals those credentials.",
            fix: "Remove the setting (the default is `deny`); vendor or pre-build what needs code execution.",
            references: ["[GitHub: insecure-external-code-execution](https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference#insecure-external-code-execution--)",
                         "zizmor audit `dependabot-execution`"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Remove `insecure-external-code-execution: allow`.",
        examples: [
            Example(.triggers, path: ".github/dependabot.yml", """
            version: 2
            updates:
              - package-ecosystem: pip
                directory: /
                schedule:
                  interval: weekly
                insecure-external-code-execution: allow # <-
            """, commentPrefix: "#"),
            Example(.clean, path: ".github/dependabot.yml", """
            version: 2
            updates:
              - package-ecosystem: pip
                directory: /
                schedule:
                  interval: weekly
                cooldown:
                  default-days: 7
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        (model.dependabot?.updates ?? []).compactMap { u in
            guard let s = u.insecureExternalCodeExecution, s.value.lowercased() == "allow" else { return nil }
            return .workflow(Self.rule, "Dependabot may execute code from `\(u.ecosystem?.value ?? "dependency")` manifests and new dependency versions during updates.",
                             context, line: s.line, column: s.column)
        }
    }
}
