import BulwarkCore

/// A Terraform variable or output that carries a secret without `sensitive = true`.
public struct TerraformSecretNotSensitiveRule: Rule {
    public typealias Model = SaaSDocument
    public init() {}

    public static let rule = RuleDescription(
        id: "saas-terraform-secret-not-sensitive", name: "Terraform secret variable not marked sensitive", family: "saas",
        summary: "A Terraform variable or output named like a credential lacks `sensitive = true`",
        rationale: RuleText.rationale(
            what: "`variable` and `output` blocks whose name looks like a credential (`*_token`, `*_api_key`, `*_password`, `*_secret`, `database_url`) without `sensitive = true`. A `default` on such a variable is called out too.",
            why: "Without `sensitive`, Terraform prints the value in plan and apply output, which CI logs keep and share; a `default` puts the secret in the repository itself. State files hold it either way, so the state backend must be protected too.",
            fix: "Add `sensitive = true` to the variable (and to outputs derived from it), drop any default, and pass the value from a secret store (`TF_VAR_*` from CI secrets, Vault, or a cloud secret manager).",
            refs: ["Terraform: sensitive variables <https://developer.hashicorp.com/terraform/tutorials/configuration-language/sensitive-variables>",
                   "CWE-532: Insertion of Sensitive Information into Log File <https://cwe.mitre.org/data/definitions/532.html>"]),
        defaultSeverity: .medium, remediation: "Add `sensitive = true` and remove any default value.",
        examples: [
            Example(.triggers, path: "infra/variables.tf", "variable \"openai_api_key\" { # <-\n  type = string\n}\n\nvariable \"region\" {\n  default = \"eu-west-1\"\n}"),
            Example(.clean, path: "infra/variables.tf", "variable \"openai_api_key\" {\n  type      = string\n  sensitive = true\n}\n\nvariable \"api_key_id\" {\n  type = string\n}"),
        ])

    public var description: RuleDescription { Self.rule }

    public func check(_ model: SaaSDocument, context: RuleContext) -> [Finding] {
        guard case .terraform(let blocks) = model else { return [] }
        return blocks.compactMap { b in
            guard b.kind == "variable" || b.kind == "output", !b.sensitive, CredentialNames.isCredential(b.name) else { return nil }
            // The committed default shows the variable holds a reference or a number, not a credential.
            if b.hasDefault && b.defaultIsNotSecret { return nil }
            let extra = b.kind == "variable" && b.hasDefault ? " and has a default value in the repository" : ""
            return Finding(rule: Self.rule, message: "\(b.kind) `\(b.name)` looks like a secret but is not marked `sensitive = true`\(extra)",
                           location: context.location(line: b.line, logicalPath: "\(b.kind).\(b.name)"),
                           severity: b.hasDefault ? .high : nil, anchor: b.kind + "." + b.name)
        }
    }
}
