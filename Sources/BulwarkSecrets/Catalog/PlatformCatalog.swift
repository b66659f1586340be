import BulwarkCore
import Foundation

/// Code hosting, registries, clouds and deployment platforms.
enum PlatformCatalog {
    static let awsKeyPrefixes: [[UInt8]] = ["AKIA", "ASIA", "ABIA", "ACCA"].map { Array($0.utf8) }
    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    }

    static let githubChecksum: @Sendable (String) -> Verdict? = { s in
        Codecs.hasValidCRC32Checksum(token: s, prefixLength: 4) ? .props(["checksum": "valid"]) : nil
    }

    static func github(_ id: String, _ prefix: String, _ name: String, _ unlocks: String, severity: Severity = .high) -> SecretPattern {
        Make.token(id, "GitHub", name, [prefix], .base62, 36...36, env: "GITHUB_TOKEN", unlocks: unlocks, category: "vcs",
                   rotate: "https://github.com/settings/tokens (or the app's settings)", severity: severity, entropy: 3.5,
                   refs: ["https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/"],
                   validate: githubChecksum, sample: { FakeSecrets.checksummed(prefix: prefix, seed: $0) },
                   misses: [(".env", "GITHUB_TOKEN=" + prefix + Make.s(77, .base62, 30) + "AAAAAB")])
    }

    /// npm's legacy auth tokens (before `npm_`) are random, version-4 UUIDs. A bare UUID of another version
    /// after `_authToken` is no npm token: versions 1, 2 and 6 are a timestamp, a clock sequence and a MAC
    /// address, 3 and 5 the hash of a name, so nothing in them is secret, and no registry hands out such a
    /// value as a bearer token (a documentation or generator example, not reported). A version-4 nibble
    /// without the RFC 4122 variant (`8`-`b`), or a version 7/8 UUID, has random bits but not the format npm
    /// issued: low. Values that are not UUIDs (other registries' tokens) are judged as before.
    static let npmrcUUIDVersion: @Sendable (String) -> Verdict? = { s in
        let lower = s.lowercased()
        guard AICatalog.isUUID(lower) else { return .plain }
        let u = Array(lower.utf8)
        let version = u[14], variant = u[19]
        let rfcVariant = variant == UInt8(ascii: "8") || variant == UInt8(ascii: "9") || variant == UInt8(ascii: "a") || variant == UInt8(ascii: "b")
        if version == UInt8(ascii: "4"), rfcVariant { return .plain }
        if [UInt8(ascii: "1"), UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "5"), UInt8(ascii: "6")].contains(version) { return nil }
        return .offStructure("a UUID where npm's legacy tokens are", "version 4 (random) with the RFC 4122 variant")
    }

    static let awsSecretNear: Charset = Charset("A-Za-z0-9/+")

    /// Starts of every run of exactly 40 `awsSecretNear` characters that could be a secret access
    /// key (entropy, not a placeholder), found in one pass and kept for the whole scan.
    static func awsSecretCandidates(_ memo: ScanMemo) -> [Int] {
        if let l = memo.lists["aws-secret-40"] { return l }
        let b = memo.bytes
        var out: [Int] = []
        var i = 0
        while i < b.count {
            guard awsSecretNear.contains(b[i]) else { i += 1; continue }
            var r = i
            while r < b.count, awsSecretNear.contains(b[r]) { r += 1 }
            if r - i == 40 {
                let v = Array(b[i..<r])
                if Codecs.entropy(v) >= 4.0, !Placeholders.isPlaceholder(String(decoding: v, as: UTF8.self)) { out.append(i) }
            }
            i = r
        }
        memo.lists["aws-secret-40"] = out
        return out
    }

    static let all: [SecretPattern] = [
        github("secret-github-pat", "ghp_", "GitHub personal access token (classic)",
               "GitHub as the user: every repository and organization the token's scopes reach"),
        github("secret-github-oauth-token", "gho_", "GitHub OAuth access token", "GitHub as the user, within the OAuth app's scopes"),
        github("secret-github-user-to-server-token", "ghu_", "GitHub App user-to-server token", "GitHub as the user through a GitHub App"),
        github("secret-github-server-to-server-token", "ghs_", "GitHub App installation token", "GitHub repositories of the App installation (also GITHUB_TOKEN in Actions)"),
        github("secret-github-refresh-token", "ghr_", "GitHub App refresh token", "new GitHub user-to-server tokens"),
        Make.token("secret-github-fine-grained-pat", "GitHub", "GitHub fine-grained personal access token", ["github_pat_"],
                   .base62Underscore, 82...82, env: "GITHUB_TOKEN", unlocks: "GitHub repositories selected for the token",
                   category: "vcs", rotate: "https://github.com/settings/personal-access-tokens", entropy: 3.5,
                   validate: { s in
                       // `github_pat_` + a 22-character id + `_` + 59 characters; the same length without the
                       // separator (82 random characters) is a made-up or edited value.
                       Array(s.utf8)[11 + 22] == UInt8(ascii: "_") ? .plain
                           : s.utf8.dropFirst(11).contains(UInt8(ascii: "_")) ? nil
                           : .offStructure("the `github_pat_` prefix and length", "a `_` after the 22-character id")
                   },
                   sample: { "github_pat_11" + Make.s($0, .upperAlnum, 20) + "_" + Make.s($0 &+ 1, .base62, 59) },
                   hits: [("scripts/ci.env", "GH_TOKEN=github_pat_" + Make.s(41, .lowerAlnum, 82) + " # <-")]),
        Make.custom("secret-github-app-private-key", "GitHub", "GitHub App private key", keywords: ["-----BEGIN RSA PRIVATE KEY-----"],
                    regex: "-----BEGIN RSA PRIVATE KEY-----[\\s\\S]+?-----END RSA PRIVATE KEY-----",
                    env: "GITHUB_APP_PRIVATE_KEY", unlocks: "GitHub as the App: installation tokens for every installation",
                    category: "vcs", rotate: "GitHub > the App's settings > Private keys (generate a new one, delete the old)",
                    severity: .critical, sample: { _ in "" },
                    hits: [("keys/bulwark-ci.2025-01-01.private-key.pem", PrivateKeys.samplePEM("RSA PRIVATE KEY", seed: 3, markFirst: true))],
                    misses: [("keys/server.pem", PrivateKeys.samplePEM("RSA PRIVATE KEY", seed: 3, markFirst: false))],
                    priority: 95) { inp in
            let lower = inp.path.lowercased()
            // `github_app` on the key's line (within `Scan.contextWindow` bytes) or up to 300 bytes before it.
            let line = inp.memo.lineBounds(inp.start, cap: Scan.contextWindow)
            let nearGitHub = lower.hasSuffix(".private-key.pem") || lower.contains("github")
                || inp.memo.occurs("github_app", in: max(0, line.lowerBound - 300)..<line.upperBound, caseInsensitive: true)
            guard nearGitHub else { return [] }
            return PrivateKeys.block(inp)
        },
        Make.token("secret-gitlab-pat", "GitLab", "GitLab personal access token", ["glpat-"], .urlSafe, 20...80,
                   env: "GITLAB_TOKEN", unlocks: "GitLab as the user: repositories, CI variables, registries", category: "vcs",
                   rotate: "GitLab > Preferences > Access tokens", entropy: 3.5,
                   refs: ["https://docs.gitlab.com/security/tokens/"],
                   // GitLab draws token characters from letters, digits, `_` and `-`: 32 or more of them that are
                   // all lower-case hexadecimal is a digest pasted after the prefix, not a token.
                   validate: { s in
                       let body = s.utf8.dropFirst(6)
                       return body.count >= 32 && body.allSatisfy({ Charset.hexLower.contains($0) }) ? nil : .plain
                   },
                   misses: [(".env", "GITLAB_TOKEN=glpat-" + FakeSecrets.hex(64, seed: 78))]),
        Make.token("secret-gitlab-deploy-token", "GitLab", "GitLab deploy token", ["gldt-"], .urlSafe, 20...80,
                   env: "GITLAB_DEPLOY_TOKEN", unlocks: "GitLab repository and registry of the project", category: "vcs",
                   rotate: "GitLab > project > Settings > Repository > Deploy tokens", entropy: 3.5),
        Make.token("secret-gitlab-runner-token", "GitLab", "GitLab runner authentication token", ["glrt-"], .urlSafe, 20...80,
                   env: "RUNNER_TOKEN", unlocks: "GitLab CI jobs (and their secrets) routed to a rogue runner", category: "vcs",
                   rotate: "GitLab > Settings > CI/CD > Runners (reset token)", entropy: 3.5),
        Make.token("secret-gitlab-runner-registration-token", "GitLab", "GitLab runner registration token", ["GR1348941"], .urlSafe, 20...40,
                   env: "REGISTRATION_TOKEN", unlocks: "registration of rogue CI runners", category: "vcs",
                   rotate: "GitLab > Settings > CI/CD > Runners (reset registration token)", entropy: 3.5),
        Make.token("secret-gitlab-pipeline-trigger-token", "GitLab", "GitLab pipeline trigger token", ["glptt-"], .hexLower, 40...40,
                   env: "TRIGGER_TOKEN", unlocks: "pipelines of the project (with its CI secrets)", category: "vcs",
                   rotate: "GitLab > Settings > CI/CD > Pipeline trigger tokens", entropy: 3.2),
        Make.token("secret-gitlab-oauth-app-secret", "GitLab", "GitLab OAuth application secret", ["gloas-"], .lowerAlnum, 64...64,
                   env: "GITLAB_OAUTH_SECRET", unlocks: "GitLab OAuth flows of the application", category: "vcs",
                   rotate: "GitLab > Applications (renew secret)", entropy: 3.2),
        Make.token("secret-gitlab-feed-token", "GitLab", "GitLab feed token", ["glft-"], .urlSafe, 20...40,
                   env: "GITLAB_FEED_TOKEN", unlocks: "GitLab activity feeds and calendars of the user", category: "vcs",
                   rotate: "GitLab > Preferences > Access tokens (reset feed token)", severity: .medium, entropy: 3.5),
        Make.token("secret-npm-access-token", "npm", "npm access token", ["npm_"], .base62, 36...36,
                   env: "NPM_TOKEN", unlocks: "npm registry: publish (poisoned) versions of every package the user maintains",
                   category: "registry", rotate: "https://www.npmjs.com/settings/~/tokens", severity: .critical, entropy: 3.5,
                   refs: ["https://github.blog/security/announcing-npms-new-access-token-format/"],
                   validate: githubChecksum, sample: { FakeSecrets.checksummed(prefix: "npm_", seed: $0) },
                   hits: [(".npmrc", "//registry.npmjs.org/:_authToken={S} # <-")],
                   misses: [(".env", "NPM_TOKEN=npm_" + Make.s(5, .base62, 30) + "ZZZZZ0")]),
        Make.keyed("secret-npmrc-auth-token", "npm", "Registry auth token in .npmrc", keywords: ["_authtoken"], Charset("A-Za-z0-9_.+/=-"), 20...200,
                   env: "_authToken", unlocks: "the package registry configured in .npmrc (publish rights)", category: "registry",
                   rotate: "rotate it in the registry's token settings", entropy: 3.0,
                   validate: npmrcUUIDVersion,
                   sample: { FakeSecrets.uuid(seed: $0) },
                   hits: [(".npmrc", "//npm.pkg.github.com/:_authToken={S} # <-"),
                          (".npmrc", "//registry.example.org/:_authToken=" + Make.s(61, .base62, 40) + " # <-")],
                   misses: [(".npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"),
                            // A time-based (version 1) UUID: timestamp, clock sequence and MAC address, nothing secret.
                            (".npmrc", "//registry.npmjs.org/:_authToken=" + FakeSecrets.hex(8, seed: 62) + "-" + FakeSecrets.hex(4, seed: 63)
                                + "-11f0-9" + FakeSecrets.hex(3, seed: 64) + "-" + FakeSecrets.hex(12, seed: 65)),
                            // A name-based (version 5) UUID: a hash of a public name.
                            (".npmrc", "_authToken=" + FakeSecrets.hex(8, seed: 66) + "-" + FakeSecrets.hex(4, seed: 67)
                                + "-5" + FakeSecrets.hex(3, seed: 68) + "-b" + FakeSecrets.hex(3, seed: 69) + "-" + FakeSecrets.hex(12, seed: 70))]),
        Make.token("secret-pypi-upload-token", "PyPI", "PyPI API token", ["pypi-AgEIcHlwaS5vcmc"], .urlSafe, 50...400,
                   env: "PYPI_TOKEN", unlocks: "PyPI: upload releases of the token's projects (every project of the user when user-wide)",
                   category: "registry", rotate: "https://pypi.org/manage/account/token/", severity: .critical, entropy: 3.5,
                   refs: ["https://pypi.org/help/#apitoken"],
                   validate: { s in
                       guard let scope = Structures.pypiScope(s) else { return nil }
                       var p = ["pypi.scope": scope.kind.rawValue]
                       if !scope.projects.isEmpty { p["pypi.projects"] = scope.projects.joined(separator: ",") }
                       // A macaroon without its signature is a truncated copy: the prefix of a token, unusable as is.
                       if !scope.signed { return .props(p, detail: "(truncated: no macaroon signature, unusable as is)", severity: .low) }
                       switch scope.kind {
                       case .projectScoped: return .props(p, detail: "scoped to \(scope.projects.isEmpty ? "one project" : scope.projects.joined(separator: ", "))", severity: .high)
                       case .userWide: return .props(p, detail: "user-wide: it can upload to every project of the account")
                       case .unknown: return .props(p)
                       }
                   },
                   sample: { PyPISamples.token(seed: $0, projects: nil) },
                   hits: [("publish.sh", "twine upload -u __token__ -p " + PyPISamples.token(seed: 5, projects: ["bulwark-demo"]) + " dist/* # <-")],
                   misses: [(".pypirc", "password = pypi-AgEIcHlwaS5vcmc" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]),
        Make.token("secret-testpypi-upload-token", "PyPI", "TestPyPI API token", ["pypi-AgENdGVzdC5weXBpLm9yZw"], .urlSafe, 50...400,
                   env: "TEST_PYPI_TOKEN", unlocks: "TestPyPI uploads", category: "registry",
                   rotate: "https://test.pypi.org/manage/account/token/", severity: .low, entropy: 3.5),
        Make.token("secret-dockerhub-pat", "Docker", "Docker Hub personal access token", ["dckr_pat_"], .urlSafe, 27...27,
                   env: "DOCKERHUB_TOKEN", unlocks: "Docker Hub: push (poisoned) images to the user's repositories",
                   category: "registry", rotate: "https://app.docker.com/settings/personal-access-tokens", entropy: 3.5),
        Make.token("secret-dockerhub-org-token", "Docker", "Docker Hub organization access token", ["dckr_oat_"], .urlSafe, 32...40,
                   env: "DOCKERHUB_TOKEN", unlocks: "Docker Hub organization repositories", category: "registry",
                   rotate: "Docker Hub > organization > Access tokens", entropy: 3.5),
        Make.custom("secret-aws-access-key", "AWS", "AWS access key id", keywords: ["AKIA", "ASIA", "ABIA", "ACCA"],
                    regex: "(?<![A-Z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Z0-9])",
                    env: "AWS_ACCESS_KEY_ID", unlocks: "AWS APIs as the IAM user or role (with its secret access key)",
                    category: "cloud", rotate: "AWS IAM > Users > Security credentials (deactivate, then delete the key)",
                    refs: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"],
                    sample: { "AKIA" + FakeSecrets.string(.upperBase32, count: 16, seed: $0) },
                    hits: [("deploy/credentials", "[default]\naws_access_key_id = {S} # <-\naws_secret_access_key = " + Make.s(12, awsSecretNear, 40))],
                    misses: [("docs/aws.md", "Use a key such as AKIA" + "IOSFODNN7" + "EXAMPLE in the docs."),
                             // Base64 of an embedded image: an upper-case run between lower-case letters.
                             ("static/logo.svg", "<image xlink:href=\"data:image/png;base64,iVBORw0KGgo" + "mvACcA" + FakeSecrets.string(.upperBase32, count: 16, seed: 5) + "h/1bla7Me\"/>"),
                             ("static/logo2.svg", "<image xlink:href=\"data:image/png;base64,iVBORw0KGgo" + "mvAKIA" + FakeSecrets.string(.upperBase32, count: 16, seed: 6) + "h/1bla7Me\"/>"),
                             (".env", "AWS_ACCESS_KEY_ID=AKIA" + "XXXXXXXXXXXXXXXX")]) { inp in
            let b = inp.bytes, s = inp.start
            // The prefix as AWS writes it (the keyword search ignores case), and no letter or digit of either case
            // around the id: inside base64 (an image in an SVG, a certificate) an upper-case run can start `ACcA`.
            guard s + 4 <= b.count, Self.awsKeyPrefixes.contains(where: { SecretEngine.equalsAt(b, s, $0) }) else { return [] }
            if s > 0, Self.isAlnum(b[s - 1]) { return [] }
            let e = Scan.run(b, from: s + 4, .upperBase32, max: 17)
            guard e - s == 20, e >= b.count || !Self.isAlnum(b[e]) else { return [] }
            let key = Scan.text(b, s..<e)
            guard !Placeholders.isDocumentedExample(key), !Placeholders.isPlaceholder(String(key.dropFirst(4))),
                  Codecs.entropy(Array(key.utf8)) >= 3.0 else { return [] }
            var props: [String: String] = ["aws.keyType": key.hasPrefix("ASIA") ? "temporary (STS)" : "long-term"]
            if let account = Codecs.awsAccountID(fromKeyID: key) { props["aws.account"] = account }
            // Look for its secret access key within a few lines (600 bytes either side).
            let starts = PlatformCatalog.awsSecretCandidates(inp.memo)
            let lo = max(0, s - 600), hi = min(b.count, e + 600)
            var k = 0, top = starts.count
            while k < top { let mid = (k + top) / 2; if starts[mid] < lo { k = mid + 1 } else { top = mid } }
            let withSecret = k < starts.count && starts[k] < hi
            props["aws.secretKeyNearby"] = withSecret ? "yes" : "no"
            let account = props["aws.account"].map { " of account \($0)" } ?? ""
            return [RawHit(range: s..<e, secret: key, verdict: .props(props,
                detail: withSecret ? "with its secret access key\(account)" : "\(account.isEmpty ? "" : String(account.dropFirst()))",
                severity: withSecret ? .critical : .medium))]
        },
        Make.keyed("secret-aws-secret-access-key", "AWS", "AWS secret access key",
                   keywords: ["aws_secret_access_key", "aws_secret_key", "secretaccesskey", "secret_access_key", "aws_secret"],
                   awsSecretNear, 40...40, env: "AWS_SECRET_ACCESS_KEY", unlocks: "AWS APIs as the IAM user (with its key id)",
                   category: "cloud", rotate: "AWS IAM > Users > Security credentials", severity: .critical, confidence: .high,
                   entropy: 4.0, misses: [("deploy/credentials", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY")]),
        Make.keyed("secret-aws-session-token", "AWS", "AWS session token", keywords: ["aws_session_token", "sessiontoken"],
                   Charset("A-Za-z0-9/+="), 100...2000, env: "AWS_SESSION_TOKEN", unlocks: "AWS APIs as the assumed role until expiry",
                   category: "cloud", rotate: "it expires on its own; revoke the role's active sessions", severity: .medium, entropy: 4.5,
                   sample: { "IQoJb3JpZ2luX2Vj" + Make.s($0, Charset("A-Za-z0-9/+"), 300) }),
        Make.custom("secret-gcp-service-account-key", "Google Cloud", "Google Cloud service account key",
                    keywords: ["\"private_key\""],
                    regex: "\"type\"\\s*:\\s*\"service_account\"[\\s\\S]*?\"private_key\"\\s*:\\s*\"(-----BEGIN PRIVATE KEY-----[^\"]+)\"",
                    env: "GOOGLE_APPLICATION_CREDENTIALS", unlocks: "Google Cloud APIs as the service account (often project-wide roles)",
                    category: "cloud", rotate: "Google Cloud console > IAM > Service accounts > Keys (delete the key)",
                    severity: .critical, sample: { _ in "" },
                    hits: [("credentials/sa.json", GCPSamples.serviceAccountJSON(seed: 1))],
                    misses: [("credentials/sa.json", "{\"type\": \"service_account\", \"private_key\": \"\"}")],
                    priority: 96) { inp in
            let b = inp.bytes
            // The PEM starts right after the key (`"private_key": "-----BEGIN`) and ends at the closing quote. Looked
            // for first, in that short window: `"private_key"` is common in configuration code, `service_account`
            // is searched through the file's first 64 KiB.
            let line = inp.memo.lineBounds(inp.start, cap: 8192)
            let window = inp.start..<min(line.upperBound, inp.start + inp.keywordLength + 64)
            guard let q = ScanMemo.search(b, "-----BEGIN", from: window.lowerBound, before: min(b.count, window.upperBound + 9), ci: false)
            else { return [] }
            guard let sa = inp.memo.firstOccurrence("service_account"), sa + 15 <= 1 << 16 else { return [] }
            var e = q
            while e < line.upperBound, b[e] != UInt8(ascii: "\"") { e += 1 }
            let value = Scan.text(b, q..<e)
            guard value.contains("PRIVATE KEY"), value.utf8.count > 200 else { return [] }
            var props: [String: String] = [:]
            if let c = inp.memo.firstOccurrence("\"client_email\"") {
                let l = inp.memo.lineBounds(c, cap: 1024)
                let t = Scan.text(b, l)
                if let at = t.split(separator: "\"").first(where: { $0.contains("@") && $0.contains(".iam.gserviceaccount.com") }) { props["gcp.serviceAccount"] = String(at) }
            }
            return [RawHit(range: q..<e, secret: value, verdict: .props(props, detail: props["gcp.serviceAccount"].map { "for \($0)" }))]
        },
        Make.token("secret-gcp-oauth-client-secret", "Google Cloud", "Google OAuth client secret", ["GOCSPX-"], .urlSafe, 28...28,
                   env: "GOOGLE_CLIENT_SECRET", unlocks: "Google sign-in as the OAuth client (token exchange)", category: "cloud",
                   rotate: "Google Cloud console > APIs & Services > Credentials (reset secret)", severity: .medium, entropy: 3.5),
        StructuredTokens.azureStorageKey,
        Make.custom("secret-azure-ad-client-secret", "Microsoft Azure", "Microsoft Entra ID (Azure AD) client secret", keywords: ["q~"],
                    regex: "(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])",
                    env: "AZURE_CLIENT_SECRET", unlocks: "Microsoft Graph and Azure as the app registration (service principal)",
                    category: "cloud", rotate: "Entra ID > App registrations > Certificates & secrets",
                    sample: { Make.s($0, .base62, 3) + "8Q~" + Make.s($0 &+ 1, .base62, 34) }) { inp in
            let b = inp.bytes, s = inp.start
            guard SecretEngine.equalsAt(b, s, Array("Q~".utf8)), s >= 4 else { return [] }
            let set = Sets.azureSecret
            let start = s - 4
            guard Sets.digits.contains(b[s - 1]), (start == 0 || !set.contains(b[start - 1])),
                  set.contains(b[start]), set.contains(b[start + 1]), set.contains(b[start + 2]) else { return [] }
            let e = Scan.run(b, from: s + 2, set, max: 36)
            guard (31...34).contains(e - s - 2), e >= b.count || !set.contains(b[e]) else { return [] }
            let v = Scan.text(b, start..<e)
            guard Codecs.entropy(Array(v.utf8)) >= 4.0, !Placeholders.isPlaceholder(v) else { return [] }
            return [RawHit(range: start..<e, secret: v)]
        },
        Make.keyed("secret-azure-devops-pat", "Microsoft Azure", "Azure DevOps personal access token",
                   keywords: ["azure_devops", "azdo", "ado_pat", "dev.azure.com", "system_accesstoken", "azure-devops"],
                   Charset("a-z2-7"), 52...52, env: "AZURE_DEVOPS_PAT", unlocks: "Azure DevOps repos, pipelines and artifact feeds",
                   category: "vcs", rotate: "Azure DevOps > User settings > Personal access tokens", entropy: 3.5),
        Make.custom("secret-azure-sas-token", "Microsoft Azure", "Azure shared access signature", keywords: ["sig="],
                    regex: "[?&]sv=[^\\s\"']*&sig=([A-Za-z0-9%+/=]{40,})",
                    env: "AZURE_SAS_URL", unlocks: "the storage resources and permissions named in the signature until expiry",
                    category: "cloud", rotate: "rotate the storage account key that signed it (or revoke the stored access policy)",
                    severity: .medium,
                    sample: { _ in "" },
                    hits: [("scripts/upload.sh", "curl -T model.bin \"https://contosodata.blob.core.windows.net/models/model.bin?sv=2022-11-02&ss=b&srt=o&sp=rwdlac&se=2030-01-01T00:00:00Z&sig=" + Make.s(44, .base62, 43) + "%3D\" # <-"),
                           (".env", "AZURE_BLOB_SAS_TOKEN=sp=rl&st=2025-03-04T07:24:52Z&se=2025-04-04T15:24:52Z&spr=https&sv=2022-11-02&sr=c&sig=" + Make.s(45, .base62, 43) + "%3D # <-")],
                    misses: [("docs/sas.md", "Append `?sv=2022-11-02&se=2030-01-01&sig=<signature>` to the blob URL.")]) { inp in
            let b = inp.bytes, s = inp.start
            guard s > 0, b[s - 1] == UInt8(ascii: "&") || b[s - 1] == UInt8(ascii: "?") else { return [] }
            // `sv=` on the same line (within 8 KiB either side).
            guard inp.memo.occurs("sv=", in: inp.memo.lineBounds(s, cap: 8192)) else { return [] }
            let vs = s + 4
            let e = Scan.run(b, from: vs, Sets.sasSignature, max: 200)
            guard e - vs >= 40 else { return [] }
            let v = Scan.text(b, vs..<e)
            guard Codecs.entropy(Array(v.utf8)) >= 4.0, !Placeholders.isPlaceholder(v) else { return [] }
            // A signature past its expiry (`se=`, on the same line) no longer grants anything: low.
            let line = inp.memo.lineBounds(s, cap: 8192)
            // Permissions (`sp=`) or an IP range (`sip=`) that Azure Storage never signs: an edited or made-up string.
            guard sasParameter(inp, "sp=", line, valid: sasPermissionsValid), sasParameter(inp, "sip=", line, valid: sasIPRangeValid) else { return [] }
            var from = line.lowerBound, tries = 0
            while tries < 16, let se = inp.memo.nextOccurrence("se=", from: from), se + 13 <= line.upperBound {
                tries += 1
                from = se + 3
                guard se > 0, b[se - 1] == UInt8(ascii: "&") || b[se - 1] == UInt8(ascii: "?") else { continue }
                if let expiry = sasExpiry(b, se + 3), expiry < Date() {
                    let day = Scan.text(b, (se + 3)..<(se + 13))
                    return [RawHit(range: vs..<e, secret: v, verdict: .props(["azure.sas.expired": day], detail: "(expired on \(day))", severity: .low))]
                }
                break
            }
            return [RawHit(range: vs..<e, secret: v)]
        },
        Make.token("secret-vercel-token", "Vercel", "Vercel access token", ["vcp_", "vci_", "vca_", "vcr_", "vck_"], .base62, 40...70,
                   env: "VERCEL_TOKEN", unlocks: "Vercel: deployments, environment variables (decrypted) and domains of the team",
                   category: "deploy", rotate: "https://vercel.com/account/settings/tokens", severity: .critical, entropy: 3.5),
        Make.keyed("secret-vercel-legacy-token", "Vercel", "Vercel access token (legacy format)", keywords: ["vercel_token", "vercel_api_token", "vercel-token"],
                   .base62, 24...24, env: "VERCEL_TOKEN", unlocks: "Vercel deployments and environment variables of the team",
                   category: "deploy", rotate: "https://vercel.com/account/settings/tokens", severity: .critical, entropy: 3.5),
        Make.token("secret-netlify-token", "Netlify", "Netlify personal access token", ["nfp_"], .base62, 36...40,
                   env: "NETLIFY_AUTH_TOKEN", unlocks: "Netlify sites, deploys and environment variables", category: "deploy",
                   rotate: "https://app.netlify.com/user/applications", entropy: 3.5),
        Make.token("secret-render-api-key", "Render", "Render API key", ["rnd_"], .base62, 32...32,
                   env: "RENDER_API_KEY", unlocks: "Render services, deploys and environment groups", category: "deploy",
                   rotate: "https://dashboard.render.com/u/settings#api-keys", entropy: 3.5),
        StructuredTokens.flyio,
        Make.token("secret-heroku-api-key", "Heroku", "Heroku API key", ["HRKU-"], .urlSafe, 60...60,
                   env: "HEROKU_API_KEY", unlocks: "Heroku apps, config vars and add-ons", category: "deploy",
                   rotate: "https://dashboard.heroku.com/account (regenerate API key)", entropy: 3.5,
                   refs: ["https://devcenter.heroku.com/articles/authentication"],
                   // `HRKU-AA` and 58 characters: one more or one fewer is an edited copy.
                   validate: { $0.hasPrefix("HRKU-AA") ? .plain : nil },
                   sample: { "HRKU-AA" + Make.s($0, .urlSafe, 58) },
                   misses: [(".env", "HEROKU_API_KEY=HRKU-AA" + Make.s(79, .urlSafe, 57))]),
        Make.token("secret-digitalocean-pat", "DigitalOcean", "DigitalOcean personal access token", ["dop_v1_"], .hexLower, 64...64,
                   env: "DIGITALOCEAN_TOKEN", unlocks: "DigitalOcean droplets, Kubernetes, databases and Spaces", category: "cloud",
                   rotate: "https://cloud.digitalocean.com/account/api/tokens", severity: .critical, entropy: 3.3),
        Make.token("secret-digitalocean-oauth-token", "DigitalOcean", "DigitalOcean OAuth token", ["doo_v1_", "dor_v1_"], .hexLower, 64...64,
                   env: "DIGITALOCEAN_TOKEN", unlocks: "DigitalOcean resources within the OAuth scopes", category: "cloud",
                   rotate: "https://cloud.digitalocean.com/account/api/tokens", entropy: 3.3),
        Make.token("secret-doppler-token", "Doppler", "Doppler token", ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim."], .base62, 40...44,
                   env: "DOPPLER_TOKEN", unlocks: "Doppler: every secret of the project/config (a key to all other keys)", category: "secrets-manager",
                   rotate: "Doppler dashboard > Access (revoke token)", severity: .critical, entropy: 3.5),
        Make.token("secret-pulumi-access-token", "Pulumi", "Pulumi access token", ["pul-"], .lowerAlnum, 40...40,
                   env: "PULUMI_ACCESS_TOKEN", unlocks: "Pulumi stacks, state (with its secrets) and deployments", category: "deploy",
                   rotate: "https://app.pulumi.com/account/tokens", severity: .critical, entropy: 3.2,
                   validate: { StructuredTokens.hexBody($0, prefix: "pul-") },
                   sample: { "pul-" + FakeSecrets.hex(40, seed: $0) },
                   hits: [("Pulumi.ci.yaml", "token: pul-" + Make.s(51, .lowerAlnum, 40) + " # <-")]),
        Make.custom("secret-terraform-cloud-token", "HashiCorp", "HCP Terraform (Terraform Cloud) API token", keywords: [".atlasv1."],
                    regex: "(?<![A-Za-z0-9])([A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})",
                    env: "TF_TOKEN_app_terraform_io", unlocks: "Terraform workspaces, state (with secrets) and runs that apply infrastructure",
                    category: "deploy", rotate: "https://app.terraform.io/app/settings/tokens", severity: .critical,
                    sample: { Make.s($0, .base62, 14) + ".atlasv1." + Make.s($0 &+ 1, .base62, 67) }) { inp in
            let b = inp.bytes, s = inp.start
            let ls = Scan.runBack(b, from: s, .base62, max: 15)
            guard s - ls == 14, ls == 0 || !Scan.isWord(b[ls - 1]) else { return [] }
            let e = Scan.run(b, from: s + 9, Sets.terraformBody, max: 71)
            guard (60...70).contains(e - s - 9) else { return [] }
            let v = Scan.text(b, ls..<e)
            guard Codecs.entropy(Array(v.utf8)) >= 4.0, !Placeholders.isPlaceholder(v) else { return [] }
            return [RawHit(range: ls..<e, secret: v)]
        },
        // Batch tokens (`hvb.`) carry their policies and grow past 200 characters.
        Make.token("secret-vault-token", "HashiCorp", "HashiCorp Vault token", ["hvs.", "hvb."], .urlSafe, 90...512,
                   env: "VAULT_TOKEN", unlocks: "HashiCorp Vault secrets within the token's policies", category: "secrets-manager",
                   rotate: "revoke it with `vault token revoke`", severity: .critical, entropy: 4.0),
        Make.token("secret-1password-service-account-token", "1Password", "1Password service account token", ["ops_eyJ"], .base64Any, 100...2000,
                   env: "OP_SERVICE_ACCOUNT_TOKEN", unlocks: "1Password vaults granted to the service account", category: "secrets-manager",
                   rotate: "1Password > Developer > Service accounts (revoke)", severity: .critical, entropy: 4.0),
        Make.token("secret-supabase-secret-key", "Supabase", "Supabase secret API key", ["sb_secret_"], .urlSafe, 30...60,
                   env: "SUPABASE_SECRET_KEY", unlocks: "Supabase database with row-level security bypassed", category: "database",
                   rotate: "Supabase dashboard > Project settings > API keys", severity: .critical, entropy: 3.5),
        Make.token("secret-supabase-publishable-key", "Supabase", "Supabase publishable key", ["sb_publishable_"], .urlSafe, 30...60,
                   env: "NEXT_PUBLIC_SUPABASE_ANON_KEY", unlocks: "the public, RLS-restricted Supabase API", category: "database",
                   rotate: "not needed", entropy: 3.5, publishable: true),
        Make.token("secret-supabase-access-token", "Supabase", "Supabase personal access token", ["sbp_"], .lowerAlnum, 40...40,
                   env: "SUPABASE_ACCESS_TOKEN", unlocks: "Supabase management API: every project of the user", category: "database",
                   rotate: "https://supabase.com/dashboard/account/tokens", severity: .critical, entropy: 3.2,
                   validate: { StructuredTokens.hexBody($0, prefix: "sbp_") },
                   sample: { "sbp_" + FakeSecrets.hex(40, seed: $0) }),
        Make.token("secret-planetscale-token", "PlanetScale", "PlanetScale service token or password", ["pscale_tkn_", "pscale_pw_", "pscale_oauth_"],
                   Charset("A-Za-z0-9_=.-"), 32...64, env: "PLANETSCALE_TOKEN", unlocks: "PlanetScale databases and branches", category: "database",
                   rotate: "PlanetScale > organization > Service tokens / Passwords", entropy: 3.5),
        Make.token("secret-neon-api-key", "Neon", "Neon API key", ["napi_"], .lowerAlnum, 64...64,
                   env: "NEON_API_KEY", unlocks: "Neon projects, branches and databases", category: "database",
                   rotate: "https://console.neon.tech/app/settings/api-keys", entropy: 3.5),
        Make.token("secret-alibaba-access-key", "Alibaba Cloud", "Alibaba Cloud AccessKey id", ["LTAI"], .base62, 20...20,
                   env: "ALIBABA_CLOUD_ACCESS_KEY_ID", unlocks: "Alibaba Cloud APIs (with its secret)", category: "cloud",
                   rotate: "Alibaba Cloud RAM console > AccessKey", severity: .medium, entropy: 3.5),
        Make.token("secret-tencent-secret-id", "Tencent Cloud", "Tencent Cloud SecretId", ["AKID"], .base62, 32...32,
                   env: "TENCENTCLOUD_SECRET_ID", unlocks: "Tencent Cloud APIs (with its key)", category: "cloud",
                   rotate: "Tencent Cloud CAM > API keys", severity: .medium, entropy: 3.5),
        Make.keyed("secret-cloudflare-api-token", "Cloudflare", "Cloudflare API token", keywords: ["cloudflare_api_token", "cf_api_token", "cloudflare_token", "cf_token", "cloudflare"],
                   .urlSafe, 40...40, env: "CLOUDFLARE_API_TOKEN", unlocks: "Cloudflare zones, DNS, Workers and R2 within the token's permissions",
                   category: "cloud", rotate: "https://dash.cloudflare.com/profile/api-tokens", entropy: 3.8),
        Make.keyed("secret-cloudflare-global-api-key", "Cloudflare", "Cloudflare global API key", keywords: ["cloudflare_api_key", "cf_api_key", "x-auth-key", "cloudflare"],
                   .hexLower, 37...37, env: "CLOUDFLARE_API_KEY", unlocks: "the whole Cloudflare account", category: "cloud",
                   rotate: "https://dash.cloudflare.com/profile/api-tokens (Global API Key > Change)", severity: .critical, entropy: 3.2),
        Make.token("secret-age-secret-key", "age", "age encryption secret key", ["AGE-SECRET-KEY-1"], Charset("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), 58...58,
                   env: "SOPS_AGE_KEY", unlocks: "decryption of every file encrypted to this age recipient (SOPS secrets)", category: "crypto",
                   rotate: "generate a new age key and re-encrypt (sops updatekeys)", severity: .critical, entropy: 3.5,
                   refs: ["https://github.com/C2SP/C2SP/blob/main/age.md"],
                   validate: { Bech32.ageVerdict($0) }, sample: { Bech32.ageSample($0) },
                   hits: [("secrets/keys.txt", "# created: 2026-01-02T03:04:05Z\n# public key: age1" + Make.s(61, Charset("qpzry9x8gf2tvdw0s3jn54khce6mua7l"), 58) + "\n" + Bech32.ageSample(62) + " # <-")],
                   misses: [("secrets/keys.txt", "SOPS_AGE_KEY=AGE-SECRET-KEY-1" + String(repeating: "Q", count: 58)),
                            ("secrets/keys.txt", "SOPS_AGE_KEY=" + String(Bech32.ageSample(63).dropLast()) + (Bech32.ageSample(63).hasSuffix("Q") ? "P" : "Q"))]),
        Make.token("secret-jfrog-api-key", "JFrog", "JFrog Artifactory API key", ["AKCp"], .base62, 69...69,
                   env: "ARTIFACTORY_API_KEY", unlocks: "JFrog Artifactory repositories (publish artifacts)", category: "registry",
                   rotate: "JFrog Platform > Edit profile > API key", entropy: 3.5),
        Make.token("secret-jfrog-reference-token", "JFrog", "JFrog reference token", ["cmVmdGtu"], .base62, 56...56,
                   env: "JFROG_ACCESS_TOKEN", unlocks: "JFrog Platform as the token's user", category: "registry",
                   rotate: "JFrog Platform > Identity and access > Access tokens", entropy: 3.5),
        Make.token("secret-sonarqube-token", "Sonar", "SonarQube / SonarCloud token", ["sqp_", "squ_", "sqa_"], .hexLower, 40...40,
                   env: "SONAR_TOKEN", unlocks: "SonarQube projects and analysis results", category: "ci",
                   rotate: "SonarQube > My account > Security", severity: .medium, entropy: 3.2,
                   refs: ["https://docs.sonarsource.com/sonarqube-server/user-guide/managing-tokens"],
                   validate: { VendorCatalog.sonarVerdict($0) }),
        Make.token("secret-sonarqube-cloud-token", "Sonar", "SonarQube Cloud token", ["sqco_"], .base62, 59...59,
                   env: "SONAR_TOKEN", unlocks: "SonarQube Cloud organizations and projects of the token's user: analysis results, source code and settings", category: "ci",
                   rotate: "SonarQube Cloud > My account > Security (revoke)", severity: .medium, entropy: 3.5,
                   validate: { CoverageCatalog.mixedCase(Substring($0.dropFirst(5))) ? .plain : nil }),
        Make.token("secret-circleci-token", "CircleCI", "CircleCI personal API token", ["CCIPAT_"], Charset("A-Za-z0-9_"), 60...64,
                   env: "CIRCLECI_TOKEN", unlocks: "CircleCI projects: environment variables, pipelines", category: "ci",
                   rotate: "https://app.circleci.com/settings/user/tokens", entropy: 3.5,
                   sample: { "CCIPAT_" + Make.s($0, .base62, 22) + "_" + FakeSecrets.hex(40, seed: $0) }),
        Make.token("secret-buildkite-token", "Buildkite", "Buildkite API access token", ["bkua_"], .hexLower, 40...40,
                   env: "BUILDKITE_API_TOKEN", unlocks: "Buildkite pipelines and agents", category: "ci",
                   rotate: "https://buildkite.com/user/api-access-tokens", entropy: 3.2),
        Make.token("secret-bitbucket-app-password", "Atlassian", "Bitbucket app password / API token", ["ATBB"], Charset("A-Za-z0-9_=.-"), 28...40,
                   env: "BITBUCKET_APP_PASSWORD", unlocks: "Bitbucket repositories of the user", category: "vcs",
                   rotate: "Bitbucket > Personal settings > App passwords", entropy: 3.5),
        Make.token("secret-atlassian-api-token", "Atlassian", "Atlassian API token", ["ATATT3"], Charset("A-Za-z0-9_=-"), 150...250,
                   env: "JIRA_API_TOKEN", unlocks: "Jira and Confluence as the user", category: "productivity",
                   rotate: "https://id.atlassian.com/manage-profile/security/api-tokens", entropy: 4.0),
        Make.token("secret-postman-api-key", "Postman", "Postman API key", ["PMAK-"], Charset("a-f0-9-"), 59...59,
                   env: "POSTMAN_API_KEY", unlocks: "Postman workspaces, collections and their stored secrets", category: "productivity",
                   rotate: "Postman > Settings > API keys", entropy: 3.2,
                   sample: { "PMAK-" + FakeSecrets.hex(24, seed: $0) + "-" + FakeSecrets.hex(34, seed: $0 &+ 1) }),
        Make.token("secret-prefect-api-key", "Prefect", "Prefect Cloud API key", ["pnu_"], .base62, 36...36,
                   env: "PREFECT_API_KEY", unlocks: "Prefect Cloud flows, deployments and blocks (stored credentials)", category: "ai",
                   rotate: "Prefect Cloud > profile > API keys", entropy: 3.5),
        Make.token("secret-readme-api-key", "ReadMe", "ReadMe API key", ["rdme_"], .lowerAlnum, 70...70,
                   env: "README_API_KEY", unlocks: "ReadMe documentation projects", category: "productivity",
                   rotate: "ReadMe dashboard > API keys", severity: .medium, entropy: 3.5),
        Make.token("secret-grafana-cloud-token", "Grafana", "Grafana Cloud access policy token", ["glc_"], .base64, 32...400,
                   env: "GRAFANA_CLOUD_TOKEN", unlocks: "Grafana Cloud stacks: metrics, logs and traces", category: "observability",
                   rotate: "Grafana Cloud portal > Access policies", entropy: 4.0),
        Make.token("secret-grafana-service-account-token", "Grafana", "Grafana service account token", ["glsa_"], Charset("A-Za-z0-9_"), 41...41,
                   env: "GRAFANA_TOKEN", unlocks: "the Grafana instance as the service account", category: "observability",
                   rotate: "Grafana > Administration > Service accounts", entropy: 3.5,
                   sample: { "glsa_" + Make.s($0, .base62, 32) + "_" + FakeSecrets.hex(8, seed: $0) }),
        JenkinsCatalog.encryptedCredential,
    ]

    /// The `YYYY-MM-DD` at `i` (a SAS `se=` value) as a date, or nil.
    /// Whether each `name` parameter (after `&` or `?`) on the SAS string's line has a value `valid` accepts (at most
    /// 16 looked at); a string without the parameter passes.
    static func sasParameter(_ inp: MatchInput, _ name: String, _ line: Range<Int>, valid: (Substring) -> Bool) -> Bool {
        let b = inp.bytes
        var from = line.lowerBound, tries = 0
        while tries < 16, let at = inp.memo.nextOccurrence(name, from: from), at < line.upperBound {
            tries += 1
            from = at + name.utf8.count
            // A parameter starts the query (`?`, or a value assigned whole: `=`, a quote, a space) or follows `&`.
            guard at > 0, Set("&?=\"' ".utf8).contains(b[at - 1]) else { continue }
            var e = from
            while e < line.upperBound, e - from < 64, b[e] != UInt8(ascii: "&"), b[e] != UInt8(ascii: "\""), b[e] != UInt8(ascii: "'"),
                  b[e] != 0x20, b[e] != 0x0A, b[e] != 0x0D { e += 1 }
            if !valid(Substring(Scan.text(b, from..<e))) { return false }
        }
        return true
    }

    /// The permission letters of service and account SAS (read, add, create, write, delete, delete version, permanent
    /// delete, list, tags, find, move, execute, ownership, permissions, immutability, update, process).
    static let sasPermissionLetters = Set("racwdxyltfmeopiu".utf8)

    static func sasPermissionsValid(_ v: Substring) -> Bool {
        !v.isEmpty && v.utf8.allSatisfy { sasPermissionLetters.contains($0) }
    }

    /// `sip=` is one IPv4 address or a range of two (`a.b.c.d-e.f.g.h`).
    static func sasIPRangeValid(_ v: Substring) -> Bool {
        let ends = v.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(ends.count) else { return false }
        return ends.allSatisfy { ip in
            let octets = ip.split(separator: ".", omittingEmptySubsequences: false)
            return octets.count == 4 && octets.allSatisfy { o in (1...3).contains(o.utf8.count) && o.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } && Int(o)! <= 255 }
        }
    }

    static func sasExpiry(_ b: [UInt8], _ i: Int) -> Date? {
        guard i + 10 <= b.count, b[i + 4] == UInt8(ascii: "-"), b[i + 7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for k in r { guard b[k] >= 48, b[k] <= 57 else { return nil }; v = v * 10 + Int(b[k] - 48) }
            return v
        }
        guard let y = num(i..<(i + 4)), let m = num((i + 5)..<(i + 7)), let d = num((i + 8)..<(i + 10)),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        var c = DateComponents()
        c.year = y; c.month = m; c.day = d
        c.timeZone = TimeZone(identifier: "UTC")
        return Calendar(identifier: .gregorian).date(from: c).map { $0.addingTimeInterval(86_400) }
    }

    /// `{AQAAABAAAA...}`: base64 of [1][IV length 16][data length][IV][data], data a whole number of AES blocks.
    static func jenkinsSecretShape(_ s: String) -> Bool {
        guard s.hasPrefix("{"), let raw = Codecs.base64Decode(Substring(s).dropFirst(), maxBytes: 8192), raw.count >= 25 + 16 else { return false }
        let ivLength = Int(raw[1]) << 24 | Int(raw[2]) << 16 | Int(raw[3]) << 8 | Int(raw[4])
        let dataLength = Int(raw[5]) << 24 | Int(raw[6]) << 16 | Int(raw[7]) << 8 | Int(raw[8])
        return raw[0] == 1 && ivLength == 16 && dataLength > 0 && dataLength % 16 == 0 && raw.count == 9 + 16 + dataLength
    }
}

/// PEM/OpenSSH/PGP private key blocks.
enum PrivateKeys {
    static let bodySet = Charset("A-Za-z0-9+/=")

    /// A private key block starting at the keyword; the secret is the block (or its first line when
    /// it is inside a JSON string with `\n` escapes).
    static let endMarker = Array("-----END".utf8)

    static func block(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        let header = s + inp.keywordLength
        let limit = min(b.count, header + 16384)
        // Body: base64 after the header, allowing newlines, escaped `\n`, and PEM headers. It ends at
        // the next five dashes: this block's END line, or the next block's BEGIN when there is no END
        // (so that each byte is read for one block only, however many headers a line repeats).
        var i = header
        var base64 = 0
        var other = 0  // bytes that are neither base64, whitespace, quotes nor PEM header punctuation
        var endFound = false
        while i < limit {
            let c = b[i]
            if c == 0x2D, i + 5 <= b.count, b[i + 1] == 0x2D, b[i + 2] == 0x2D, b[i + 3] == 0x2D, b[i + 4] == 0x2D {
                endFound = SecretEngine.equalsAt(b, i, endMarker)
                break
            }
            if bodySet.contains(c) { base64 += 1 }
            else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                // End of a quoted string that held the key: stop unless it continues on the next line.
                if base64 >= 64 { break }
            } else if (c == 0x20 && i > header && bodySet.contains(b[i - 1]))
                        || (c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09 && c != UInt8(ascii: "\\") && c != UInt8(ascii: ":")
                            && c != UInt8(ascii: ",") && c != UInt8(ascii: "-")) {
                // A space right after base64 (inside a line) is prose or code; PEM lines have none.
                other += 1
                // A key body is base64: a header followed by code (a regex such as `-----BEGIN PRIVATE
                // KEY-----[^"]+`, a parser's constant) is not a key.
                if other > 8 && other * 10 > base64 { return [] }
            }
            i += 1
        }
        guard base64 >= 64, other * 10 <= base64 else { return [] }
        var e = i
        if endFound {
            // The END line's closing dashes (on its line, within 256 bytes).
            var j = i + 8
            let stop = min(b.count, j + 256)
            e = stop
            while j < stop {
                if b[j] == 0x0A { e = j; break }
                if b[j] == 0x2D, j + 5 <= b.count, b[j + 1] == 0x2D, b[j + 2] == 0x2D, b[j + 3] == 0x2D, b[j + 4] == 0x2D { e = j + 5; break }
                j += 1
            }
        }
        // Encrypted keys and keys with obviously fake bodies are not findings.
        if inp.memo.occurs("ENCRYPTED", in: s..<e) { return [] }
        let text = Scan.text(b, s..<e)
        let body = b[s..<e].filter { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }
        if Placeholders.isPlaceholder(String(decoding: body.dropFirst(40).prefix(200), as: UTF8.self)) { return [] }
        if Codecs.entropy(body.dropFirst(30).prefix(400)) < 4.5 { return [] }
        if namesLocalhost(inp.path) {
            return [RawHit(range: s..<min(e, s + 4096), secret: text, verdict: .props(["key.scope": "localhost"],
                detail: "(its path names localhost: the TLS key of a development certificate for this machine, which nothing else trusts; check that it serves nothing else)",
                severity: .low))]
        }
        return [RawHit(range: s..<min(e, s + 4096), secret: text)]
    }

    /// Whether a folder or the file name of `path` names localhost as a word (`certs/localhost-key.pem`,
    /// mkcert's `localhost+2-key.pem`, `tls/localhost/key.pem`): the key of a certificate for the
    /// developer's own machine, trusted only where its local CA was installed.
    static func namesLocalhost(_ path: String) -> Bool {
        path.lowercased().split { !($0.isLetter || $0.isNumber) }.contains("localhost")
    }

    /// A structurally plausible but random PEM block for samples and tests.
    static func samplePEM(_ label: String, seed: UInt64, markFirst: Bool) -> String {
        var lines = ["-----BEGIN \(label)-----" + (markFirst ? " # <-" : "")]
        let body = FakeSecrets.string(Charset("A-Za-z0-9+/"), count: 64 * 12, seed: seed)
        var chars = Array(body)
        chars.replaceSubrange(0..<4, with: Array("MIIE"))
        for k in 0..<12 { lines.append(String(chars[(k * 64)..<((k + 1) * 64)])) }
        lines.append("-----END \(label)-----")
        return lines.joined(separator: "\n") + "\n"
    }
}

enum GCPSamples {
    static func serviceAccountJSON(seed: UInt64) -> String {
        let pem = PrivateKeys.samplePEM("PRIVATE KEY", seed: seed, markFirst: false).replacingOccurrences(of: "\n", with: "\\n")
        return """
        {
          "type": "service_account",
          "project_id": "acme-ml-prod",
          "private_key_id": "\(FakeSecrets.hex(40, seed: seed))",
          "private_key": "\(pem)", // <-
          "client_email": "trainer@acme-ml-prod.iam.gserviceaccount.com",
          "client_id": "1047\(FakeSecrets.string(Charset("0-9"), count: 17, seed: seed))"
        }
        """
    }
}

enum PyPISamples {
    /// A version-2 macaroon for pypi.org with a legacy v1 caveat, base64url-encoded after `pypi-`.
    static func token(seed: UInt64, projects: [String]?) -> String {
        var raw: [UInt8] = [2]
        func field(_ t: UInt8, _ data: [UInt8]) {
            raw.append(t)
            var n = data.count
            repeat { var byte = UInt8(n & 0x7F); n >>= 7; if n > 0 { byte |= 0x80 }; raw.append(byte) } while n > 0
            raw += data
        }
        field(1, Array("pypi.org".utf8))
        field(2, Array(("{\"version\":1,\"id\":\"" + FakeSecrets.uuid(seed: seed) + "\"}").utf8))
        raw.append(0)
        let caveat = projects.map { "{\"version\": 1, \"permissions\": {\"projects\": [" + $0.map { "\"\($0)\"" }.joined(separator: ",") + "]}}" }
            ?? "{\"version\": 1, \"permissions\": \"user\"}"
        field(2, Array(caveat.utf8))
        raw.append(0)
        raw.append(0)
        field(6, Array(FakeSecrets.string(.base62, count: 32, seed: seed &+ 3).utf8))
        let b64 = Codecs.base64Encode(raw).replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return "pypi-" + b64
    }
}

/// Structurally valid Jenkins secrets (random IV and ciphertext), for examples and tests.
enum JenkinsSamples {
    static func secret(seed: UInt64) -> String {
        let body = Array(FakeSecrets.hex(96, seed: seed).utf8).prefix(48).map { $0 &* 7 &+ 3 }
        let raw: [UInt8] = [1, 0, 0, 0, 16, 0, 0, 0, 32] + body
        return "{" + Codecs.base64Encode(raw) + "}"
    }
}
