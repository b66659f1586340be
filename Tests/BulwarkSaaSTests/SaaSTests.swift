import BulwarkCore
import BulwarkKit
@testable import BulwarkSaaS
import Foundation
import Testing

let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("examples/saas-demo").path

@Test func demoScanFindsEveryUnsafeStorage() throws {
    var options = ScanOptions(paths: [demo], configuration: Configuration())
    options.only = ["saas"]
    let result = try Scanner().scan(options)
    let ids = Set(result.findings.map(\.ruleID))
    for id in ["saas-vercel-env-not-sensitive", "saas-vercel-env-shared-across-targets", "saas-vercel-json-literal-secret",
               "saas-env-example-real-value", "saas-terraform-secret-not-sensitive", "saas-github-app-excessive-permissions"] {
        #expect(ids.contains(id), "missing \(id) in \(ids.sorted())")
    }
    // Production comes first in severity; the sensitive and public variables are not findings.
    let vercel = result.findings.filter { $0.ruleID == "saas-vercel-env-not-sensitive" }
    #expect(!vercel.contains { $0.message.contains("PINECONE") || $0.message.contains("NEXT_PUBLIC") || $0.message.contains("VERCEL_URL") })
    #expect(vercel.first { $0.message.contains("STRIPE") }?.severity == .high)
    #expect(vercel.first { $0.message.contains("HF_TOKEN") }?.severity == .medium)
}

@Test func blastRadiusMapAndRotatePlan() throws {
    let map = try BlastRadius.map(path: demo)
    let openai = try #require(map.credentials.first { $0.name == "OPENAI_API_KEY" })
    #expect(openai.provider == "OpenAI")
    #expect(Set(openai.places.map(\.platform)) == ["vercel", "github-actions", "terraform"])
    let plan = BlastRadius.rotatePlan(map, breached: "vercel")
    let names = plan.map(\.name)
    #expect(names.contains("STRIPE_SECRET_KEY") && names.contains("OPENAI_API_KEY"))
    #expect(!names.contains("PINECONE_API_KEY") && !names.contains("ANTHROPIC_API_KEY"), "sensitive variables were not readable")
    // Production and critical first; development-only keys last.
    #expect(names.first == "STRIPE_SECRET_KEY")
    #expect(names.last == "HF_TOKEN")
    let mermaid = map.mermaid()
    #expect(mermaid.hasPrefix("flowchart LR") && mermaid.contains("OPENAI_API_KEY") && mermaid.contains("-.->"))
    #expect(map.dot().contains("digraph"))
    let decoded = try JSONDecoder().decode(BlastRadiusMap.self, from: Data(map.json().utf8))
    #expect(decoded.credentials.count == map.credentials.count)
}

@Test func terraformBlocksAreParsed() {
    let blocks = SaaSParser.terraform("variable \"a_token\" {\n  sensitive = true\n}\noutput \"db_password\" {\n  value = x\n}\nvariable \"b\" {}\n")
    #expect(blocks.map(\.name) == ["a_token", "db_password", "b"])
    #expect(blocks.map(\.sensitive) == [true, false, false])
}

@Test func credentialNamesAreRecognized() {
    for k in ["OPENAI_API_KEY", "STRIPE_SECRET_KEY", "DATABASE_URL", "HF_TOKEN", "db_password", "SENTRY_AUTH_TOKEN"] {
        #expect(CredentialNames.isCredential(k), "\(k)")
    }
    for k in ["NEXT_PUBLIC_POSTHOG_KEY", "LOG_LEVEL", "AWS_ACCESS_KEY_ID", "MODEL_NAME", "VERCEL_URL", "region"] {
        #expect(!CredentialNames.isCredential(k), "\(k)")
    }
}

/// Settings about a credential are not the credential: where it is read from, its kind or provider, a
/// header's name, an address, an on/off switch. The credentials themselves stay recognised.
@Test func credentialSettingsAreNotCredentials() {
    for k in ["service_auth_provider", "api_token_header", "deploy_ssh_key_path", "DB_PASSWORD_FILE", "auth_type",
              "bastion_private_ip", "enable_auth", "USE_AUTH_TOKEN"] {
        #expect(!CredentialNames.isCredential(k), "\(k)")
    }
    for k in ["service_auth_credentials", "deploy_ssh_private_key", "api_token", "bastion_password", "AUTH_SECRET"] {
        #expect(CredentialNames.isCredential(k), "\(k)")
    }
}

/// An empty default (`""`, `null`) commits no secret: the variable is still reported for the missing
/// `sensitive = true`, but not as high; a non-empty default is.
@Test func emptyTerraformDefaultIsNotACommittedSecret() {
    let tf = """
    variable "service_auth_credentials" {
      description = "credentials for the server"
      default     = ""
    }

    variable "admin_token" {
      default = null # set from CI
    }

    variable "bootstrap_password" {
      default = "changeme-4821"
    }
    """
    let blocks = SaaSParser.terraform(tf)
    #expect(blocks.map(\.name) == ["service_auth_credentials", "admin_token", "bootstrap_password"])
    #expect(blocks.map(\.hasDefault) == [false, false, true])
    let findings = TerraformSecretNotSensitiveRule().check(.terraform(blocks),
                                                          context: RuleContext(file: SourceFile(relativePath: "infra/main.tf", text: tf), settings: RuleSettings(), configuration: Configuration()))
    #expect(findings.count == 3)
    #expect(findings.filter { $0.severity == .high }.map(\.message).allSatisfy { $0.contains("bootstrap_password") })
    #expect(findings.filter { $0.severity == .high }.count == 1)
}

/// Session 15: Vercel variables declared in Terraform are stored `encrypted` (readable) unless the
/// resource says `sensitive = true`, the exposure of the April 2026 breach.
@Test func vercelVariablesDeclaredInTerraformMustBeSensitive() {
    let tf = """
    resource "vercel_project_environment_variable" "openai" {
      project_id = vercel_project.app.id
      key        = "OPENAI_API_KEY"
      value      = var.openai_api_key
      target     = ["production", "preview"]
    }

    resource "vercel_project_environment_variable" "stripe" {
      project_id = vercel_project.app.id
      key        = "STRIPE_SECRET_KEY"
      value      = var.stripe_key
      target     = ["production"]
      sensitive  = true
    }

    resource "vercel_project_environment_variables" "many" {
      project_id = vercel_project.app.id
      variables = [
        {
          key    = "HF_TOKEN"
          value  = var.hf_token
          target = ["development"]
        },
        {
          key       = "DATABASE_URL"
          value     = var.db_url
          target    = ["production"]
          sensitive = true
        },
        {
          key    = "NEXT_PUBLIC_SITE_URL"
          value  = "https://example.com"
          target = ["production"]
        }
      ]
    }

    variable "openai_api_key" {
      type      = string
      sensitive = true
    }
    """
    let blocks = SaaSParser.terraform(tf)
    let vercel = blocks.filter { $0.kind == "vercel-env" }
    #expect(vercel.map(\.name) == ["OPENAI_API_KEY", "STRIPE_SECRET_KEY", "HF_TOKEN", "DATABASE_URL", "NEXT_PUBLIC_SITE_URL"])
    #expect(vercel.map(\.sensitive) == [false, true, false, true, false])
    #expect(vercel.first?.targets == ["production", "preview"])
    let context = RuleContext(file: SourceFile(relativePath: "infra/vercel.tf", text: tf), settings: RuleSettings(), configuration: Configuration())
    let findings = VercelEnvNotSensitiveRule().check(.terraform(blocks), context: context)
    #expect(findings.map { $0.properties["key"] ?? "" } == ["OPENAI_API_KEY", "HF_TOKEN"])
    #expect(findings.map(\.severity) == [.high, .medium])
    #expect(findings.first?.location.startLine == 3)
    // The variable rule still judges only `variable` and `output` blocks.
    #expect(TerraformSecretNotSensitiveRule().check(.terraform(blocks), context: context).isEmpty)
    // Another provider's resources with a `key` attribute are not Vercel variables.
    #expect(SaaSParser.terraform("resource \"aws_kms_key\" \"k\" {\n  key = \"SECRET_KEY\"\n}\n").isEmpty)
}

/// Session 15: `vercel env add` in CI and scripts stores a readable variable unless `--sensitive`.
@Test func vercelCLIAddsWithoutSensitiveAreReported() {
    let script = """
    #!/bin/sh
    printf '%s' "$OPENAI" | npx vercel@39.1.0 env add OPENAI_API_KEY production --token "$VERCEL_TOKEN"
    printf '%s' "$STRIPE" | vercel env add STRIPE_SECRET_KEY production --sensitive --yes
    echo "$HF" | vc env add HF_TOKEN preview
    echo "$DB" | vercel env add DATABASE_URL development
    echo "$X" | vercel env add "$NAME" production
    vercel env add NEXT_PUBLIC_SITE_URL production < site.txt
    vercel env ls production
    """
    let vars = SaaSParser.vercelCLIAdds(script)
    #expect(vars.map(\.key) == ["OPENAI_API_KEY", "STRIPE_SECRET_KEY", "HF_TOKEN", "DATABASE_URL", "NEXT_PUBLIC_SITE_URL"])
    #expect(vars.map(\.type) == ["encrypted", "sensitive", "encrypted", "encrypted", "encrypted"])
    let file = SourceFile(relativePath: "scripts/deploy.sh", text: script)
    guard case .vercelCLI(let parsed)? = SaaSParser.parse(file) else { Issue.record("not parsed"); return }
    let context = RuleContext(file: file, settings: RuleSettings(), configuration: Configuration())
    let findings = VercelEnvNotSensitiveRule().check(.vercelCLI(parsed), context: context)
    // Development cannot be Sensitive, a public name is no credential, `--sensitive` is safe.
    #expect(findings.map { $0.properties["key"] ?? "" } == ["OPENAI_API_KEY", "HF_TOKEN"])
    #expect(findings.map(\.severity) == [.high, .medium])
    #expect(findings.first?.location.startLine == 2)
    // Only CI files and scripts are read for commands; a README documents them.
    #expect(SaaSParser.parse(SourceFile(relativePath: "README.md", text: script)) == nil)
}

/// RR15: variables named for a secret whose committed default shows what they hold: the ARN of the
/// Secrets Manager entry or KMS key (where the secret lives), or a token lifetime in minutes. Neither
/// is a credential; a literal default of a credential-named variable still is.
@Test func terraformDefaultsThatReferToASecretAreNotSecrets() {
    let tf = """
    variable "billing_api_credentials" {
      description = "where the billing credentials are kept"
      type        = string
      default     = "arn:aws:secretsmanager:eu-west-1:000000000000:secret:prod/billing-Ab12Cd"
    }

    variable "signing_secret_key" {
      default = "arn:aws:kms:eu-west-1:000000000000:key/00000000-1111-2222-3333-444444444444" # KMS key
    }

    variable "session_token_expire_minutes" {
      type    = string
      default = "11520"
    }

    variable "reset_token_valid" {
      default = 48
    }

    variable "webhook_secret" {
      default = "wh-7Qp2Lx9Vd4Rk8Zt3"
    }

    variable "db_password" {
      type = string
    }
    """
    let blocks = SaaSParser.terraform(tf)
    #expect(blocks.map(\.defaultIsNotSecret) == [true, true, true, true, false, false])
    let findings = TerraformSecretNotSensitiveRule().check(.terraform(blocks),
                                                          context: RuleContext(file: SourceFile(relativePath: "infra/variables.tf", text: tf), settings: RuleSettings(), configuration: Configuration()))
    #expect(findings.map(\.message).map { $0.split(separator: "`")[1] } == ["webhook_secret", "db_password"])
    #expect(findings.map(\.severity) == [.high, .medium])
    #expect(!CredentialNames.isCredential("ACCESS_TOKEN_EXPIRE_MINUTES"))
    #expect(!CredentialNames.isCredential("DB_PASSWORD_ARN"))
    #expect(CredentialNames.isCredential("DB_PASSWORD"))
}

/// A Terraform file saved with Windows line endings is read block by block.
@Test func terraformWithWindowsLineEndingsIsParsed() {
    let tf = "variable \"admin_token\" {\r\n  type = string\r\n}\r\n\r\nvariable \"region\" {\r\n  default = \"eu-west-1\"\r\n}\r\n"
    let blocks = SaaSParser.terraform(tf)
    #expect(blocks.map(\.name) == ["admin_token", "region"])
    #expect(blocks.map(\.line) == [1, 5])
    let env = SaaSParser.dotenv("OPENAI_API_KEY=\r\nPORT=3000\r\n")
    #expect(env.map(\.key) == ["OPENAI_API_KEY", "PORT"])
}

/// Session 15: Windows line endings. Swift reads `\r\n` as one character, so splitting on `"\n"` alone kept
/// a CR LF file as one line.
@Test func crlfScriptsAndTerraformAreReadLineByLine() {
    let script = "echo \"$A\" | vercel env add OPENAI_API_KEY production\r\necho \"$B\" | vercel env add HF_TOKEN preview --sensitive\r\n"
    let vars = SaaSParser.vercelCLIAdds(script)
    #expect(vars.map(\.key) == ["OPENAI_API_KEY", "HF_TOKEN"])
    #expect(vars.map(\.targets) == [["production"], ["preview"]])
    #expect(vars.map(\.line) == [1, 2])
    let tf = "resource \"vercel_project_environment_variable\" \"k\" {\r\n  key    = \"OPENAI_API_KEY\"\r\n  target = [\"production\"]\r\n}\r\n"
    #expect(SaaSParser.terraform(tf).filter { $0.kind == "vercel-env" }.map(\.line) == [2])
}
