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
    case githubAppManifest(JSONNode)
    case slackAppManifest(JSONNode)
}

/// `KEY=value` from a dotenv file.
public struct EnvEntry: Sendable, Equatable {
    public var key: String
    public var value: String
    public var line: Int
}

/// A Terraform `variable` or `output` block, as much as the rules need.
public struct TerraformBlock: Sendable, Equatable {
    public var kind: String
    public var name: String
    public var line: Int
    public var sensitive: Bool
    public var hasDefault: Bool
    /// The committed default shows what the variable holds, and it is not a credential: a reference to
    /// where the secret is kept (an AWS ARN, a Secret Manager or Key Vault secret name) or a number.
    public var defaultIsNotSecret: Bool = false
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
        case "github-app":
            guard let b = file.bytes, let j = try? JSONParser.parse(b), j["default_permissions"] != nil || j["default_events"] != nil else { return nil }
            return .githubAppManifest(j)
        case "slack-app":
            guard let b = file.bytes, let j = try? JSONParser.parse(b), j["oauth_config"] != nil else { return nil }
            return .slackAppManifest(j)
        default: return nil
        }
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
