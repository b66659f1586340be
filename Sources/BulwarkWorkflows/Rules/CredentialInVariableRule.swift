import BulwarkCore
import BulwarkFormats

/// `${{ vars.OPENAI_API_KEY }}`: a credential kept as a configuration variable instead of a secret.
struct CredentialInVariableRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-credential-in-variable", name: "Credential stored as a configuration variable", family: "workflows",
        summary: "A workflow reads a credential (`vars.*_API_KEY`, `vars.*_TOKEN`, `vars.*_PASSWORD`) from a configuration variable, which is stored and shown in plain text and never masked in logs.",
        rationale: rationale(
            detects: "`vars.NAME` in a `${{ }}` expression where NAME reads as a credential: the words `TOKEN`, `SECRET`, `PASSWORD`, `PASSWD` or `CREDENTIALS`, or a compound such as `API_KEY`, `ACCESS_KEY`, `PRIVATE_KEY`, `SIGNING_KEY` or `WEBHOOK_URL`. Names that describe a credential rather than hold it (`*_ID`, `*_NAME`, `*_USERNAME`, `*_URL`, `*_PATH`, `*_ARN`, `*_SCOPES`), public-by-design names (`NEXT_PUBLIC_*`, `VITE_*`, `PUBLIC_*`) and model-budget names (`MAX_TOKENS`, `TOKEN_LIMIT`) are not reported, nor are connection strings (`DATABASE_URL`, `*_CONNECTION_STRING`): in CI they usually name a service container without a password, and whether one carries a password cannot be told from its name.",
            matters: "Configuration variables are plain text: anyone with access to the repository's or organization's settings reads them, they are returned by the REST API, and the runner does not mask them in logs, so one `echo` or debug trace prints the credential, in public logs for a public repository. Secrets are encrypted, write-only in the UI and masked. It is the same mistake as a Vercel variable left readable instead of Sensitive: a platform or account compromise exposes it at once.",
            fix: "Move the value to a secret (`gh secret set NAME`), read it as `${{ secrets.NAME }}`, delete the variable and rotate the credential, since it was readable.",
            references: ["[GitHub: Store information in variables](https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/use-variables)",
                         "[GitHub: Using secrets in GitHub Actions](https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions)",
                         "CWE-312: Cleartext Storage of Sensitive Information"]),
        defaultSeverity: .medium, defaultConfidence: .medium,
        remediation: "Store the credential as a secret, read it with `secrets.NAME`, and rotate it.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              eval:
                runs-on: ubuntu-latest
                steps:
                  - run: python eval.py
                    env:
                      OPENAI_API_KEY: ${{ vars.OPENAI_API_KEY }} # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              eval:
                runs-on: ubuntu-latest
                steps:
                  - run: python eval.py --max-tokens "$MAX_TOKENS"
                    env:
                      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}
                      OPENAI_ORG_ID: ${{ vars.OPENAI_ORG_ID }}
                      MAX_TOKENS: ${{ vars.MAX_TOKENS }}
                      SENTRY_DSN: ${{ vars.NEXT_PUBLIC_SENTRY_DSN }}
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let words: Set<String> = ["TOKEN", "SECRET", "PASSWORD", "PASSWD", "CREDENTIALS", "CREDENTIAL", "APIKEY", "PAT"]
    static let compounds = ["API_KEY", "ACCESS_KEY", "SECRET_KEY", "PRIVATE_KEY", "AUTH_KEY", "SIGNING_KEY", "ENCRYPTION_KEY",
                            "MASTER_KEY", "LICENSE_KEY", "ADMIN_KEY", "SERVICE_KEY", "ACCOUNT_KEY", "WEBHOOK_URL"]
    static let describing = ["_ID", "_NAME", "_URL", "_URI", "_USER", "_USERNAME", "_FILE", "_PATH", "_TYPE", "_ENDPOINT", "_HEADER",
                             "_EXPIRY", "_EXPIRES", "_TTL", "_SCOPE", "_SCOPES", "_AUDIENCE", "_ISSUER", "_ENABLED", "_ARN", "_LENGTH",
                             "_VERSION", "_LIMIT", "_BUDGET", "_COUNT", "_SIZE", "_REGION", "_HOST", "_PORT", "_EMAIL", "_PROVIDER"]
    static let publicPrefixes = ["NEXT_PUBLIC_", "VITE_", "PUBLIC_", "REACT_APP_", "NUXT_PUBLIC_", "EXPO_PUBLIC_", "GATSBY_"]

    /// Whether a variable name reads as a credential rather than a setting about one.
    static func isCredentialName(_ name: String) -> Bool {
        let k = name.uppercased().replacingOccurrences(of: "-", with: "_")
        if publicPrefixes.contains(where: { k.hasPrefix($0) }) || k.contains("PUBLIC_KEY") || k.contains("PUBLISHABLE") { return false }
        if compounds.contains(where: { k.hasSuffix($0) }) { return true }
        if describing.contains(where: { k.hasSuffix($0) }) { return false }
        let parts = k.split(separator: "_").map(String.init)
        if parts.contains(where: { ["MAX", "MIN", "NUM"].contains($0) }) { return false }
        // `OPENAI_API_KEY_PROD`: a compound followed by an environment or a number.
        return parts.contains { words.contains($0) } || compounds.contains { k.contains($0) }
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let root = model.workflowOrActionRoot else { return [] }
        var out: [Finding] = []
        var seen: Set<String> = []
        for (s, e) in CIModel.expressions(in: root) {
            guard let x = e.expr else { continue }
            var names: [String] = []
            x.walk { n in
                guard case .path(let p) = n, p.root.lowercased() == "vars", case .name(let name)? = p.segments.first else { return }
                if Self.isCredentialName(name) { names.append(name) }
            }
            for name in names {
                let line = model.line(of: e.raw, in: s, offset: e.offset)
                guard seen.insert("\(name):\(line)").inserted else { continue }
                out.append(.workflow(Self.rule, "`vars.\(name)` reads a credential from a configuration variable: it is stored in plain text and not masked in logs; keep it in `secrets.\(name)` and rotate it.",
                                     context, line: line, anchor: "vars." + name))
            }
        }
        return out
    }
}
