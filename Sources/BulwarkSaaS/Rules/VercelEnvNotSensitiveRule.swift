import BulwarkCore

/// A credential stored in Vercel as a plain or encrypted (not Sensitive) environment variable.
public struct VercelEnvNotSensitiveRule: Rule {
    public typealias Model = SaaSDocument
    public init() {}

    public static let rule = RuleDescription(
        id: "saas-vercel-env-not-sensitive", name: "Vercel credential not marked Sensitive", family: "saas",
        summary: "A credential is stored in Vercel as a readable (plain or encrypted) variable instead of Sensitive",
        rationale: RuleText.rationale(
            what: "In an export of Vercel's environment-variables API (`envs`: `key`, `type`, `target`), every variable whose name or value looks like a credential and whose `type` is not `sensitive` (nor `system`). Production variables are reported as high, other targets as medium. Public-by-design names (`NEXT_PUBLIC_*`, `VITE_*`) are skipped.",
            why: "Vercel can decrypt and display plain and encrypted variables to anyone with project access, and a platform compromise exposes them: in April 2026 variables not marked Sensitive were decrypted by the attacker while Sensitive ones stayed safe. A model-API key or database URL there is one breach away from abuse.",
            fix: "Recreate each listed variable with type Sensitive (`vercel env add NAME production --sensitive`), rotate its value since it was readable, and enable the team policy that makes new variables Sensitive by default.",
            refs: RuleText.vercelRefs),
        defaultSeverity: .high, remediation: "Recreate the variable as Sensitive and rotate its value.",
        examples: [
            Example(.triggers, path: "vercel-env.json", """
            {"envs": [
              {"key": "OPENAI_API_KEY", "type": "encrypted", "target": ["production", "preview"]}, // <-
              {"key": "NEXT_PUBLIC_POSTHOG_KEY", "type": "plain", "target": ["production"]}
            ]}
            """),
            Example(.clean, path: "vercel-env.json", """
            {"envs": [
              {"key": "OPENAI_API_KEY", "type": "sensitive", "target": ["production"]},
              {"key": "NEXT_PUBLIC_SITE_NAME", "type": "plain", "target": ["production"]}
            ]}
            """),
        ])

    public var description: RuleDescription { Self.rule }

    public func check(_ model: SaaSDocument, context: RuleContext) -> [Finding] {
        guard case .vercelExport(let vars) = model else { return [] }
        return vars.compactMap { v in
            guard v.type != "sensitive", v.type != "system", CredentialNames.isCredential(v.key) else { return nil }
            let production = v.targets.contains("production")
            return Finding(rule: Self.rule, message: Self.message(v), location: context.location(line: v.line, logicalPath: "envs.\(v.key)"),
                           severity: production ? .high : .medium, anchor: v.key + ":" + v.targets.sorted().joined(separator: ","),
                           properties: ["key": v.key, "type": v.type, "targets": v.targets.joined(separator: ",")])
        }
    }

    static func message(_ v: VercelEnvVar) -> String {
        "`\(v.key)` is stored as `\(v.type)` for \(v.targets.isEmpty ? "all targets" : v.targets.joined(separator: ", ")); mark it Sensitive and rotate it"
    }
}
