import BulwarkCore
import BulwarkFormats
import BulwarkSecrets
import Foundation

/// One environment variable from Vercel's environment-variables API (`GET /v9/projects/{id}/env`).
public struct VercelEnvVar: Sendable, Equatable {
    public var key: String
    /// `plain`, `encrypted`, `sensitive`, `secret` or `system`.
    public var type: String
    /// `production`, `preview`, `development` (and custom environments).
    public var targets: [String]
    /// The value when the export holds it (plain and decrypted exports), else nil.
    public var value: String?
    public var line: Int
}

/// A file the SaaS family understands, parsed once.
public enum SaaSDocument: Sendable {
    case vercelExport([VercelEnvVar])
    case vercelJSON(JSONNode)
    case vercelPull(path: String)
    case envExample([EnvEntry])
    case terraform([TerraformBlock])
    /// `vercel env add NAME ENVIRONMENT` in a CI workflow or script; `type` is `sensitive` with
    /// `--sensitive`, else `encrypted` (the CLI's default, readable).
    case vercelCLI([VercelEnvVar])
    case githubAppManifest(JSONNode)
    case slackAppManifest(JSONNode)
}

/// `KEY=value` from a dotenv file.
public struct EnvEntry: Sendable, Equatable {
    public var key: String
    public var value: String
    public var line: Int
}

/// A Terraform `variable` or `output` block, as much as the rules need; or one Vercel environment
/// variable a `vercel_*environment_variable*` resource declares (`kind` `vercel-env`, `name` its `key`).
public struct TerraformBlock: Sendable, Equatable {
    public var kind: String
    public var name: String
    public var line: Int
    public var sensitive: Bool
    public var hasDefault: Bool
    /// For `vercel-env`: the `target` list (`production`, `preview`, `development`); empty when not literal.
    public var targets: [String] = []
    /// For `vercel-env`: the resource type (`vercel_project_environment_variable`, ...).
    public var resource: String = ""
    /// The committed default shows what the variable holds, and it is not a credential: a reference to
    /// where the secret is kept (an AWS ARN, a Secret Manager or Key Vault secret name) or a number.
    public var defaultIsNotSecret: Bool = false

    public init(kind: String, name: String, line: Int, sensitive: Bool, hasDefault: Bool, targets: [String] = [], resource: String = "",
                defaultIsNotSecret: Bool = false) {
        self.kind = kind
        self.name = name
        self.line = line
        self.sensitive = sensitive
        self.hasDefault = hasDefault
        self.targets = targets
        self.resource = resource
        self.defaultIsNotSecret = defaultIsNotSecret
    }
}

/// Recognizes and parses SaaS configuration and exports.
public enum SaaSParser {
    public static func kind(of file: SourceFile) -> String? {
        let name = file.fileName.lowercased()
        let path = file.relativePath.lowercased()
        if path.contains(".vercel/") && name.hasPrefix(".env") { return "vercel-pull" }
        if name == "vercel.json" { return "vercel-json" }
        if name.hasSuffix(".json") && (name.contains("vercel") && name.contains("env")) { return "vercel-export" }
        if [".env.example", ".env.sample", ".env.template", ".env.dist", "env.example", ".env.defaults"].contains(name) { return "env-example" }
        if file.fileExtension == "tf" { return "terraform" }
        if isCommandFile(path: path, name: name) { return "vercel-cli" }
        if name == "app.yml" || name == "github-app-manifest.json" || name == "github-app.json" || (name.contains("manifest") && name.hasSuffix(".json") && path.contains("github")) { return "github-app" }
        if name == "manifest.json" || name == "manifest.yml" || name == "manifest.yaml" || name == "slack-manifest.json" || name == "slack_manifest.json" {
            return "slack-app"
        }
        return nil
    }

    public static func parse(_ file: SourceFile) -> SaaSDocument? {
        guard let kind = kind(of: file) else { return nil }
        switch kind {
        case "vercel-pull": return .vercelPull(path: file.relativePath)
        case "vercel-json":
            guard let b = file.bytes, let j = try? JSONParser.parse(b, limits: .jsonc) else { return nil }
            return .vercelJSON(j)
        case "vercel-export":
            guard let b = file.bytes, let j = try? JSONParser.parse(b) else { return nil }
            return vercelExport(j).map { .vercelExport($0) }
        case "env-example":
            guard let t = file.text else { return nil }
            return .envExample(dotenv(t))
        case "terraform":
            guard let t = file.text else { return nil }
            return .terraform(terraform(t))
        case "vercel-cli":
            guard let t = file.text, t.contains("env add") else { return nil }
            let vars = vercelCLIAdds(t)
            return vars.isEmpty ? nil : .vercelCLI(vars)
        case "github-app":
            guard let b = file.bytes, let j = try? JSONParser.parse(b), j["default_permissions"] != nil || j["default_events"] != nil else { return nil }
            return .githubAppManifest(j)
        case "slack-app":
            guard let b = file.bytes, let j = try? JSONParser.parse(b), j["oauth_config"] != nil else { return nil }
            return .slackAppManifest(j)
        default: return nil
        }
    }

    /// CI workflows and scripts, where `vercel env add` runs unattended.
    static func isCommandFile(path: String, name: String) -> Bool {
        if (path.hasPrefix(".github/workflows/") || path.contains("/.github/workflows/")) && (name.hasSuffix(".yml") || name.hasSuffix(".yaml")) {
            return true
        }
        return name == ".gitlab-ci.yml" || name.hasSuffix(".sh") || name.hasSuffix(".bash") || name == "makefile"
            || name == "justfile" || name == "package.json" || name == "taskfile.yml"
    }

    /// Options of `vercel env add` that take a value (the next word, unless written `--opt=value`).
    static let cliValueOptions: Set<String> = ["--token", "-t", "--scope", "-S", "--cwd", "--local-config", "-A",
                                               "--global-config", "-Q", "--team", "-T", "--value"]

    /// `vercel env add NAME [environment] [git-branch]` (also `vc`, `npx vercel@x`, `pnpm dlx vercel`), one
    /// variable per command, `sensitive` when the command has `--sensitive`. At most 1,000 per file.
    public static func vercelCLIAdds(_ text: String) -> [VercelEnvVar] {
        var out: [VercelEnvVar] = []
        for (i, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() where raw.contains("env add") {
            if out.count >= 1_000 { break }
            let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" }).prefix(200).map { w -> String in
                var t = Substring(w)
                while let f = t.first, f == "\"" || f == "'" || f == "`" { t = t.dropFirst() }
                while let l = t.last, l == "\"" || l == "'" || l == "`" || l == ";" || l == ")" { t = t.dropLast() }
                return String(t)
            }
            var j = 0
            while j + 2 < words.count {
                let cli = words[j].split(separator: "/").last.map(String.init) ?? words[j]
                let isVercel = cli == "vercel" || cli == "vc" || cli.hasPrefix("vercel@")
                guard isVercel, words[j + 1] == "env", words[j + 2] == "add" else { j += 1; continue }
                var positional: [String] = []
                var sensitive = false
                var k = j + 3
                while k < words.count {
                    let w = words[k]
                    if w == "|" || w == "&&" || w == "||" || w == ";" || w == "<" || w.hasPrefix("<") || w.hasPrefix(">") { break }
                    if w == "--sensitive" { sensitive = true } else if cliValueOptions.contains(w) { k += 1 } else if !w.hasPrefix("-") {
                        positional.append(w)
                    }
                    k += 1
                }
                // A name that is a shell or template variable is not knowable here.
                if let name = positional.first, !name.contains("$"), !name.contains("{"), !name.isEmpty {
                    let target = positional.count > 1 ? [positional[1]] : []
                    out.append(VercelEnvVar(key: name, type: sensitive ? "sensitive" : "encrypted", targets: target, value: nil, line: i + 1))
                }
                j = k
            }
        }
        return out
    }

    /// The `envs` array of a Vercel export (or a bare array of variables).
    public static func vercelExport(_ j: JSONNode) -> [VercelEnvVar]? {
        guard let items = j["envs"]?.array ?? j.array else { return nil }
        var out: [VercelEnvVar] = []
        for item in items {
            guard let key = item["key"]?.string else { continue }
            let targets: [String] = item["target"]?.array?.compactMap(\.string) ?? item["target"]?.string.map { [$0] } ?? []
            out.append(VercelEnvVar(key: key, type: item["type"]?.string ?? "plain", targets: targets,
                                    value: item["value"]?.string, line: item.line))
        }
        return out
    }

    public static func dotenv(_ text: String) -> [EnvEntry] {
        var out: [EnvEntry] = []
        for (i, raw) in SaaSParser.lines(text).enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("export ") { line = String(line.dropFirst(7)) }
            guard let eq = line.firstIndex(of: "=") else { continue }
            let key = String(line[..<eq]).trimmingCharacters(in: .whitespaces)
            var value = String(line[line.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let f = value.first, (f == "\"" || f == "'"), value.last == f { value = String(value.dropFirst().dropLast()) }
            out.append(EnvEntry(key: key, value: value, line: i + 1))
        }
        return out
    }

    /// Whether a `default =` value (spaces removed) is empty: `""`, `''`-free HCL has only `""` and `null`,
    /// optionally followed by a comment.
    static func emptyDefault(_ value: Substring) -> Bool {
        for empty in ["\"\"", "null"] where value.hasPrefix(empty) {
            let rest = value.dropFirst(empty.count)
            if rest.isEmpty || rest.hasPrefix("#") || rest.hasPrefix("//") || rest.hasPrefix("/*") || rest.hasPrefix("}") { return true }
        }
        return false
    }

    /// The lines of a text ending in `\n` or `\r\n` (one `Character` in Swift, so splitting on `"\n"`
    /// alone leaves a Windows-edited file as one line).
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    /// Whether a `default =` value (spaces removed) names where a secret is kept, or is a plain number or
    /// boolean: `"arn:aws:secretsmanager:...:secret:prod/api-AbCdEf"`, `"arn:aws:kms:..."`,
    /// `"projects/p/secrets/name"`, `"https://vault-x.vault.azure.net/secrets/name"`, `"11520"`, `48`, `true`.
    static func defaultIsNotSecret(_ value: Substring) -> Bool {
        var v = value
        if v.hasPrefix("\"") {
            guard let end = v.dropFirst().firstIndex(of: "\"") else { return false }
            v = v[v.index(after: v.startIndex)..<end]
        } else if let cut = v.firstIndex(where: { $0 == "#" || $0 == "/" || $0 == "}" }) {
            v = v[..<cut]
        }
        let low = v.lowercased()
        if low.hasPrefix("arn:aws:") || low.hasPrefix("arn:aws-") { return true }
        if low.hasPrefix("projects/"), low.contains("/secrets/") { return true }
        if low.hasPrefix("https://"), low.contains(".vault.azure.net/secrets/") { return true }
        if low == "true" || low == "false" { return true }
        return !low.isEmpty && low.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }

    /// `variable "name" { ... }` and `output "name" { ... }` blocks, brace-matched line by line.
    public static func terraform(_ text: String) -> [TerraformBlock] {
        var out: [TerraformBlock] = []
        var current: TerraformBlock? = nil
        var depth = 0
        for (i, raw) in SaaSParser.lines(text).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if current == nil, depth == 0 {
                for kind in ["variable", "output"] where line.hasPrefix(kind + " \"") {
                    let name = line.dropFirst(kind.count + 2).prefix { $0 != "\"" }
                    current = TerraformBlock(kind: kind, name: String(name), line: i + 1, sensitive: false, hasDefault: false)
                }
            } else if current != nil {
                let compact = line.replacingOccurrences(of: " ", with: "")
                if compact.hasPrefix("sensitive=true") { current?.sensitive = true }
                // An empty default (`""`, `null`) puts no secret in the repository.
                if compact.hasPrefix("default="), !Self.emptyDefault(compact.dropFirst(8)) {
                    current?.hasDefault = true
                    current?.defaultIsNotSecret = Self.defaultIsNotSecret(compact.dropFirst(8))
                }
            }
            for c in line {
                if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
            }
            if depth <= 0, let c = current, line.contains("}") || line.hasSuffix("{}") {
                out.append(c); current = nil; depth = 0
            }
        }
        if let c = current { out.append(c) }
        return out + vercelEnvResources(text)
    }

    /// Resource types of the Vercel Terraform provider that store environment variables.
    static let vercelEnvResources = ["vercel_project_environment_variable", "vercel_project_environment_variables",
                                     "vercel_shared_environment_variable"]

    /// The variables declared by Vercel environment-variable resources: each `key = "NAME"` with the
    /// `target` and `sensitive` that follow it up to the next `key =` or the end of the resource (the
    /// plural resource lists several objects in `variables = [...]`). `sensitive` defaults to false, which
    /// stores the variable as `encrypted`: readable by project members and by anyone who breaches Vercel.
    static func vercelEnvResources(_ text: String) -> [TerraformBlock] {
        guard text.contains("vercel_") else { return [] }
        var out: [TerraformBlock] = []
        var resource: String? = nil
        var depth = 0
        var current: TerraformBlock? = nil
        func flush() { if let c = current { out.append(c) }; current = nil }
        for (i, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            if out.count >= 10_000 { break }
            let line = raw.trimmingCharacters(in: .whitespaces)
            if resource == nil {
                guard line.hasPrefix("resource \"") else { continue }
                let type = String(line.dropFirst(10).prefix { $0 != "\"" })
                guard vercelEnvResources.contains(type) else { continue }
                resource = type
                depth = 0
            } else {
                let compact = line.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\t", with: "")
                if compact.hasPrefix("key=\"") {
                    flush()
                    let name = String(compact.dropFirst(5).prefix { $0 != "\"" })
                    current = TerraformBlock(kind: "vercel-env", name: name, line: i + 1, sensitive: false, hasDefault: false,
                                             resource: resource ?? "")
                } else if compact.hasPrefix("sensitive=true") {
                    current?.sensitive = true
                } else if compact.hasPrefix("target=[") {
                    let list = compact.dropFirst(8).prefix { $0 != "]" }
                    current?.targets = list.split(separator: ",").map { $0.filter { $0 != "\"" } }.filter { !$0.isEmpty }
                }
            }
            for c in line {
                if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
            }
            if resource != nil, depth <= 0, line.contains("}") {
                flush(); resource = nil; depth = 0
            }
        }
        flush()
        return out
    }
}

/// Heuristics shared by the SaaS rules: does a variable name or value hold a credential?
public enum CredentialNames {
    static let words = ["KEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD", "PASS", "PRIVATE", "CREDENTIAL", "CREDENTIALS", "AUTH", "DSN",
                        "DATABASE_URL", "CONNECTION_STRING", "WEBHOOK"]
    static let publicPrefixes = ["NEXT_PUBLIC_", "VITE_", "PUBLIC_", "REACT_APP_", "NUXT_PUBLIC_", "EXPO_PUBLIC_", "GATSBY_"]
    static let notSecret = ["_ID", "_URL_PUBLIC", "PUBLIC_KEY", "_REGION", "_HOST", "_PORT", "_NAME", "_USER", "_USERNAME", "_ENDPOINT", "KEY_ID",
                            // What names a setting about a credential, not the credential: where it is read from
                            // (`*_KEY_PATH`, `*_PASSWORD_FILE`), which kind or provider, a header's name, an address.
                            "_PATH", "_FILE", "_TYPE", "_PROVIDER", "_HEADER", "_IP",
                            // Where the secret is kept (`DB_PASSWORD_ARN`), and how long or how big a
                            // credential is (`ACCESS_TOKEN_EXPIRE_MINUTES`, `PASSWORD_MIN_LENGTH`).
                            "_ARN", "_MINUTES", "_HOURS", "_SECONDS", "_DAYS", "_TTL", "_EXPIRY", "_EXPIRATION",
                            "_LIFETIME", "_TIMEOUT", "_LENGTH"]
    /// Switches (`ENABLE_AUTH`): a boolean, not a credential.
    static let flagPrefixes = ["ENABLE_", "DISABLE_", "USE_"]

    public static func isCredential(_ key: String) -> Bool {
        let k = key.uppercased()
        if publicPrefixes.contains(where: { k.hasPrefix($0) }) { return false }
        if k.hasPrefix("VERCEL_") && !k.contains("TOKEN") { return false }
        if notSecret.contains(where: { k.hasSuffix($0) }) { return false }
        if flagPrefixes.contains(where: { k.hasPrefix($0) }) { return false }
        let parts = k.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." }).map(String.init)
        return words.contains { w in w.contains("_") ? k.contains(w) : parts.contains(w) || parts.contains { $0.hasSuffix(w) && $0.count > w.count + 2 } }
            || k.hasSuffix("APIKEY") || k.hasSuffix("_URL") && (k.contains("DATABASE") || k.contains("REDIS") || k.contains("MONGO") || k.contains("POSTGRES"))
    }

    /// The provider a variable name points to (`OPENAI_API_KEY` -> OpenAI), from the catalog's names.
    public static func provider(forKey key: String) -> SecretPattern? {
        let k = key.uppercased()
        if let exact = SecretCatalog.patterns.first(where: { !$0.publishable && $0.envName.uppercased() == k && $0.category != "generic" }) { return exact }
        let hints: [(String, String)] = [("OPENAI", "OpenAI"), ("ANTHROPIC", "Anthropic"), ("HF_", "Hugging Face"), ("HUGGING", "Hugging Face"),
                                          ("PINECONE", "Pinecone"), ("STRIPE", "Stripe"), ("SUPABASE", "Supabase"), ("GITHUB", "GitHub"),
                                          ("AWS", "AWS"), ("SLACK", "Slack"), ("SENTRY", "Sentry"), ("DATABASE", "Generic"), ("POSTGRES", "Generic"),
                                          ("WANDB", "Weights & Biases"), ("LANGSMITH", "LangChain"), ("LANGFUSE", "Langfuse"), ("VERCEL", "Vercel"),
                                          ("REPLICATE", "Replicate"), ("GROQ", "Groq"), ("MISTRAL", "Mistral AI"), ("COHERE", "Cohere"),
                                          ("NPM", "npm"), ("PYPI", "PyPI"), ("DOCKER", "Docker"), ("TWILIO", "Twilio"), ("SENDGRID", "Twilio SendGrid"),
                                          ("POSTHOG", "PostHog"), ("GEMINI", "Google"), ("GOOGLE", "Google Cloud"), ("AZURE", "Microsoft Azure")]
        for (hint, provider) in hints where k.contains(hint) {
            if provider == "Generic" { return SecretCatalog.pattern("secret-database-url-password") }
            return SecretCatalog.patterns.first { $0.provider == provider && !$0.publishable }
        }
        return nil
    }
}
