import BulwarkCore
import BulwarkSecrets

/// The same credential serves production and preview/development in Vercel.
public struct VercelEnvSharedAcrossTargetsRule: Rule {
    public typealias Model = SaaSDocument
    public init() {}

    public static let rule = RuleDescription(
        id: "saas-vercel-env-shared-across-targets", name: "Vercel credential shared between production and other targets", family: "saas",
        summary: "One credential serves production and preview or development deployments",
        rationale: RuleText.rationale(
            what: "In a Vercel environment-variables export, a credential-looking variable whose `target` lists production together with preview or development, or two entries of the same key (or the same value) across those targets.",
            why: "Preview deployments build every branch and pull request, often from forks and contributors, and development values land on laptops through `vercel env pull`. A production key shared with them is as exposed as the least protected of those places.",
            fix: "Issue a separate, least-privileged key per environment (a test-mode or sandbox key for preview and development) and keep the production key only on the production target.",
            refs: RuleText.vercelRefs + ["Vercel: Environments <https://vercel.com/docs/deployments/environments>"]),
        defaultSeverity: .medium, remediation: "Give preview and development their own least-privileged key.",
        examples: [
            Example(.triggers, path: "vercel-env.json", """
            {"envs": [
              {"key": "STRIPE_SECRET_KEY", "type": "sensitive", "target": ["production", "preview", "development"]} // <-
            ]}
            """),
            Example(.clean, path: "vercel-env.json", """
            {"envs": [
              {"key": "STRIPE_SECRET_KEY", "type": "sensitive", "target": ["production"]},
              {"key": "STRIPE_SECRET_KEY", "type": "sensitive", "target": ["preview", "development"]}
            ]}
            """),
        ])

    public var description: RuleDescription { Self.rule }

    public func check(_ model: SaaSDocument, context: RuleContext) -> [Finding] {
        guard case .vercelExport(let vars) = model else { return [] }
        var out: [Finding] = []
        for v in vars where CredentialNames.isCredential(v.key) && v.targets.contains("production") && v.targets.count > 1 {
            out.append(finding(v, others: v.targets.filter { $0 != "production" }, context: context))
        }
        // The same value under production and another target in separate entries.
        let prod = vars.filter { $0.targets.contains("production") && $0.value != nil && !($0.value ?? "").isEmpty }
        for v in vars where !v.targets.contains("production") && CredentialNames.isCredential(v.key) {
            guard let value = v.value, !value.isEmpty, let p = prod.first(where: { $0.value == value }) else { continue }
            out.append(finding(v, others: v.targets, context: context, sameValueAs: p.key))
        }
        return out
    }

    func finding(_ v: VercelEnvVar, others: [String], context: RuleContext, sameValueAs: String? = nil) -> Finding {
        let msg = sameValueAs.map { "`\(v.key)` on \(others.joined(separator: ", ")) holds the same value as production `\($0)`" }
            ?? "`\(v.key)` serves production and \(others.joined(separator: ", ")) with one value"
        return Finding(rule: Self.rule, message: msg, location: context.location(line: v.line, logicalPath: "envs.\(v.key)"),
                       anchor: v.key + ":" + (sameValueAs ?? "") + others.joined(separator: ","),
                       properties: ["key": v.key, "targets": v.targets.joined(separator: ",")])
    }
}
