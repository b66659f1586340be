import BulwarkCore

/// A credential stored in Vercel as a plain or encrypted (not Sensitive) environment variable.
public struct VercelEnvNotSensitiveRule: Rule {
    public typealias Model = SaaSDocument
    public init() {}

    public static let rule = RuleDescription(
        id: "saas-vercel-env-not-sensitive", name: "Vercel credential not marked Sensitive", family: "saas",
        summary: "A credential is stored in Vercel as a readable (plain or encrypted) variable instead of Sensitive",
        rationale: RuleText.rationale(
            what: "In an export of Vercel's environment-variables API (`envs`: `key`, `type`, `target`), every variable whose name or value looks like a credential and whose `type` is not `sensitive` (nor `system`); and in Terraform, every `vercel_project_environment_variable`, `vercel_project_environment_variables` item or `vercel_shared_environment_variable` with such a `key` and no `sensitive = true` (the provider's default stores it as `encrypted`); and `vercel env add NAME production|preview` in a CI workflow or script without `--sensitive`. Production variables are reported as high, other targets as medium. Public-by-design names (`NEXT_PUBLIC_*`, `VITE_*`) are skipped.",
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
            Example(.triggers, path: "infra/vercel.tf", """
            resource "vercel_project_environment_variable" "openai" {
              project_id = vercel_project.app.id
              key        = "OPENAI_API_KEY" # <-
              value      = var.openai_api_key
              target     = ["production"]
            }
            """),
            Example(.clean, path: "infra/vercel.tf", """
            resource "vercel_project_environment_variable" "openai" {
              project_id = vercel_project.app.id
              key        = "OPENAI_API_KEY"
              value      = var.openai_api_key
              target     = ["production"]
              sensitive  = true
            }
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
        if case .terraform(let blocks) = model { return terraform(blocks, context: context) }
        if case .vercelCLI(let vars) = model { return cli(vars, context: context) }
        guard case .vercelExport(let vars) = model else { return [] }
        return vars.compactMap { v in
            guard v.type != "sensitive", v.type != "system", CredentialNames.isCredential(v.key) else { return nil }
            let production = v.targets.contains("production")
            return Finding(rule: Self.rule, message: Self.message(v), location: context.location(line: v.line, logicalPath: "envs.\(v.key)"),
                           severity: production ? .high : .medium, anchor: v.key + ":" + v.targets.sorted().joined(separator: ","),
                           properties: ["key": v.key, "type": v.type, "targets": v.targets.joined(separator: ",")])
        }
    }

    /// `vercel_project_environment_variable` (and the plural and shared resources) without `sensitive = true`.
    func terraform(_ blocks: [TerraformBlock], context: RuleContext) -> [Finding] {
        blocks.compactMap { b in
            guard b.kind == "vercel-env", !b.sensitive, CredentialNames.isCredential(b.name) else { return nil }
            // The shared resource has no per-variable target list; treat it as production.
            let production = b.targets.isEmpty || b.targets.contains("production")
            let scope = b.targets.isEmpty ? "" : " for \(b.targets.joined(separator: ", "))"
            return Finding(rule: Self.rule,
                           message: "`\(b.name)` is declared by `\(b.resource)` without `sensitive = true`, so Vercel stores it as `encrypted`\(scope): readable by project members and by anyone who breaches Vercel; add `sensitive = true` and rotate it",
                           location: context.location(line: b.line, logicalPath: "\(b.resource).\(b.name)"),
                           severity: production ? .high : .medium, anchor: "tf:" + b.name + ":" + b.targets.sorted().joined(separator: ","),
                           properties: ["key": b.name, "type": "encrypted", "targets": b.targets.joined(separator: ",")])
        }
    }

    /// `vercel env add NAME production` without `--sensitive`. Development variables cannot be Sensitive,
    /// so they are not reported; a command without an environment prompts for one (medium).
    func cli(_ vars: [VercelEnvVar], context: RuleContext) -> [Finding] {
        vars.compactMap { v in
            guard v.type != "sensitive", CredentialNames.isCredential(v.key), !v.targets.contains("development") else { return nil }
            let production = v.targets.contains("production")
            let env = v.targets.first ?? "an environment chosen at the prompt"
            return Finding(rule: Self.rule,
                           message: "`vercel env add \(v.key)` stores it for \(env) without `--sensitive`, so Vercel keeps it readable (`encrypted`); add `--sensitive` and rotate it",
                           location: context.location(line: v.line, logicalPath: "vercel env add \(v.key)"),
                           severity: production ? .high : .medium, anchor: "cli:" + v.key + ":" + v.targets.joined(separator: ","),
                           properties: ["key": v.key, "type": "encrypted", "targets": v.targets.joined(separator: ",")])
        }
    }

    static func message(_ v: VercelEnvVar) -> String {
        "`\(v.key)` is stored as `\(v.type)` for \(v.targets.isEmpty ? "all targets" : v.targets.joined(separator: ", ")); mark it Sensitive and rotate it"
    }
}
