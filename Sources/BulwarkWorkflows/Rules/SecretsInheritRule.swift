import BulwarkCore
import BulwarkFormats

/// Reusable workflow called with `secrets: inherit`.
struct SecretsInheritRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-secrets-inherit", name: "All secrets passed to a reusable workflow", family: "workflows",
        summary: "A job calls a reusable workflow with `secrets: inherit`, handing it every secret of the repository.",
        rationale: rationale(
            detects: "Jobs with `uses:` of a reusable workflow and `secrets: inherit`.",
            matters: "The called workflow (often in another repository, often at a mutable ref) receives every repository and organization secret, not just the ones it needs; one compromise there leaks them all.",
            fix: "Pass only the needed secrets explicitly: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.",
            references: ["[GitHub: Using secrets in reusable workflows](https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-inputs-and-secrets-to-a-reusable-workflow)",
                         "zizmor audit `secrets-inherit`"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "List the secrets the reusable workflow needs instead of `inherit`.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              release:
                uses: acme/shared/.github/workflows/release.yml@0123456789abcdef0123456789abcdef01234567
                secrets: inherit # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              release:
                uses: acme/shared/.github/workflows/release.yml@0123456789abcdef0123456789abcdef01234567
                secrets:
                  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        (model.workflow?.jobs ?? []).compactMap { j in
            guard j.uses != nil, let s = j.secrets?.scalar, s.value == "inherit" else { return nil }
            return .workflow(Self.rule, "Job `\(j.id.value)` passes every secret to `\(j.uses?.value ?? "")` with `secrets: inherit`.",
                             context, line: s.line, column: s.column, anchor: j.id.value)
        }
    }
}
