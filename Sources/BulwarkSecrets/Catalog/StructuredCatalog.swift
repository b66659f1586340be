import BulwarkCore

/// Secrets recognized by structure rather than by a provider prefix.
enum StructuredCatalog {
    static let dbSchemes = ["postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss",
                            "amqp", "amqps", "mssql", "sqlserver", "clickhouse", "cockroachdb", "neo4j", "neo4j+s",
                            "bolt", "couchbase", "couchbases", "cassandra", "snowflake", "oracle", "db2", "memcached",
                            "postgresql+psycopg2", "postgresql+asyncpg", "mysql+pymysql", "mysql+aiomysql", "libsql"]

    static let passwordPlaceholders: Set<String> = [
        "password", "passwd", "pass", "pwd", "secret", "changeme", "root", "admin", "postgres", "mysql", "user",
        "username", "guest", "example", "test", "dbpass", "db_password", "mypassword", "yourpassword", "xxx", "redis",
        "p@ssw0rd", "password123", "pass123", "dev", "local", "localhost", "sa", "mongo", "default", "none", "null",
        "rabbitmq", "hunter2", "123456", "12345678", "foobar", "foo", "bar", "secretpassword", "supersecret",
    ]

    /// A password made of the user name and a word for a password or a counter (`dbuser:dbuserpass`,
    /// `admin:admin123`, `app:app_pw`): typed for a document or a local setup.
    static func namesItsUser(_ password: String, user: String) -> Bool {
        guard user.count >= 3, password.hasPrefix(user) else { return false }
        var rest = Substring(password.dropFirst(user.count))
        while let f = rest.first, f == "_" || f == "-" || f == "." { rest = rest.dropFirst() }
        return ["pass", "passwd", "password", "pw", "pwd", "secret", "123", "1234", "12345", "123456", "!", "1", "01"].contains(String(rest))
    }

    /// `scheme://user:password@host` with a real-looking password. Returns the password range.
    static func urlPassword(_ inp: MatchInput, schemes: [String]?) -> [RawHit] {
        let b = inp.bytes, s = inp.start // at "://"
        let ss = Scan.runBack(b, from: s, Sets.scheme, max: 30)
        let scheme = Scan.text(b, ss..<s).lowercased()
        if let schemes { guard schemes.contains(scheme) else { return [] } }
        else { guard ["http", "https", "ftp", "ftps", "sftp", "smtp", "smtps", "ldap", "ldaps", "git+https", "ssh", "svn", "nntp", "imap", "imaps", "webdav"].contains(scheme) else { return [] } }
        // Authority: up to the first '/', '?', '#', whitespace or quote; the last '@' splits userinfo.
        let authStart = s + 3
        var e = authStart
        let stop = Sets.authorityStop
        while e < b.count, e - authStart < 512, !stop.contains(b[e]) { e += 1 }
        guard let at = (authStart..<e).last(where: { b[$0] == UInt8(ascii: "@") }),
              let colon = (authStart..<at).first(where: { b[$0] == UInt8(ascii: ":") }) else { return [] }
        let user = Scan.text(b, authStart..<colon)
        let password = Scan.text(b, (colon + 1)..<at)
        let host = Scan.text(b, (at + 1)..<e)
        guard !password.isEmpty, password.utf8.count <= 256, !host.isEmpty else { return [] }
        // One to three characters (`u:p`, `a:b` in URL-parsing tests) are no credential anyone issues.
        guard password.utf8.count >= 4 else { return [] }
        // An unclosed IPv6 bracket (`user:x@[invalid`) is a malformed URL in a parser test, not a host.
        if host.hasPrefix("["), !host.contains("]") { return [] }
        let pl = password.lowercased()
        if passwordPlaceholders.contains(pl) || pl.hasPrefix("$") || pl.hasPrefix("%") || pl.hasPrefix("{") || pl.hasPrefix("<")
            || pl.hasPrefix("[") || pl.contains("${") || pl.contains("{{") || pl.allSatisfy({ $0 == "*" || $0 == "x" || $0 == "." })
            || pl.hasPrefix("your") || pl.contains("password") || pl.contains("example") || pl.contains("placeholder")
            // a password that names itself (`hunter2secret`, `malformed-secret`) was typed for a test or a doc
            || pl.contains("secret")
            || pl.contains("changeme") || pl.contains("<") || pl == user.lowercased() || Placeholders.isPlaceholder(password) && password.count >= 6
            || namesItsUser(pl, user: user.lowercased()) {
            return []
        }
        // Template syntax anywhere in the URL (`{user}`, `%(password)s`, `$DB_PASS`) means it is not a literal.
        let whole = Scan.text(b, ss..<e)
        if whole.contains("{") || whole.contains("%(") || whole.contains("$") { return [] }
        let h = host.lowercased()
        if h.contains("example.") || h.hasPrefix("host") && h.count <= 6 { return [] }
        // `http://127.0.0.1:8888@evil.test` is a host and port before an `@` (a URL-confusion test),
        // not a user and password.
        if password.count <= 5, password.allSatisfy(\.isNumber),
           user.contains(".") || user.lowercased() == "localhost" { return [] }
        // An IPv6 literal (`http://[::1]:8888@evil.test`) is a host, never a user name.
        if user.hasPrefix("[") { return [] }
        // A password for a database or service on the developer's own machine unlocks nothing remote
        // (documented local defaults such as `redis://:devsecret@127.0.0.1:6379`).
        let hostOnly = h.split(separator: ":").first.map(String.init) ?? h
        // Docker's and Podman's names for the host machine count as the developer's own machine too.
        if ["localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1", "host.docker.internal", "gateway.docker.internal",
            "host.containers.internal", "host.lima.internal"].contains(hostOnly) || hostOnly.hasPrefix("127.") { return [] }
        // Word placeholders in documentation: `https://user:token@mirror/...`.
        if ["token", "secret", "pass", "pwd", "passwd", "key", "apikey", "api_key", "credentials", "pat"].contains(pl) { return [] }
        return [RawHit(range: (colon + 1)..<at, secret: password, verdict: .props(["url.scheme": scheme, "url.host": String(host.prefix(80))],
                                                                               detail: "for \(scheme)://\(host.prefix(60))"))]
    }

    static let all: [SecretPattern] = [
        Make.custom("secret-private-key", "Generic", "Private key (PEM or OpenSSH)",
                    keywords: ["-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN EC PRIVATE KEY-----", "-----BEGIN DSA PRIVATE KEY-----",
                               "-----BEGIN PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----"],
                    regex: "-----BEGIN (?:RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----[\\s\\S]{64,}?-----END (?:RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----",
                    env: "PRIVATE_KEY", unlocks: "whatever trusts the key: SSH servers, TLS identities, signed tokens, deploy keys",
                    category: "crypto", rotate: "generate a new key pair, replace the public key where it is trusted, remove the old one",
                    severity: .critical, sample: { _ in "" },
                    hits: [("deploy/id_ed25519", PrivateKeys.samplePEM("OPENSSH PRIVATE KEY", seed: 21, markFirst: true)),
                           ("certs/server.key", PrivateKeys.samplePEM("EC PRIVATE KEY", seed: 22, markFirst: true))],
                    misses: [("docs/keys.md", "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"),
                             ("certs/encrypted.key", "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + Make.s(4, .base64, 128) + "\n-----END ENCRYPTED PRIVATE KEY-----"),
                             ("src/pem.py", "HEADER = \"-----BEGIN PRIVATE KEY-----\""),
                             // A scanner's own pattern followed by code is not a key.
                             ("scanner/rules.swift", "regex: \"\\\"private_key\\\"\\\\s*:\\\\s*\\\"(-----BEGIN PRIVATE KEY-----[^\\\"]+)\\\"\",\n"
                              + "    env: \"GOOGLE_APPLICATION_CREDENTIALS\", unlocks: \"Google Cloud APIs as the service account\",\n"
                              + "    category: \"cloud\", rotate: \"Google Cloud console, IAM, Service accounts, Keys (delete the key)\"")],
                    priority: 70) { inp in PrivateKeys.block(inp) },
        Make.custom("secret-pgp-private-key", "Generic", "PGP private key block", keywords: ["-----BEGIN PGP PRIVATE KEY BLOCK-----"],
                    regex: "-----BEGIN PGP PRIVATE KEY BLOCK-----[\\s\\S]+?-----END PGP PRIVATE KEY BLOCK-----",
                    env: "GPG_PRIVATE_KEY", unlocks: "signing releases and commits as the key's owner; decrypting messages to it",
                    category: "crypto", rotate: "revoke the key (publish the revocation certificate) and issue a new one",
                    severity: .critical, sample: { _ in "" },
                    hits: [("signing/release.asc", PrivateKeys.samplePEM("PGP PRIVATE KEY BLOCK", seed: 31, markFirst: true))],
                    misses: [("signing/public.asc", PrivateKeys.samplePEM("PGP PUBLIC KEY BLOCK", seed: 31, markFirst: false))],
                    priority: 70) { inp in PrivateKeys.block(inp) },
        Make.custom("secret-putty-private-key", "Generic", "PuTTY private key", keywords: ["PuTTY-User-Key-File-"],
                    regex: "PuTTY-User-Key-File-[23]: [\\s\\S]+?Private-Lines: [0-9]+",
                    env: "SSH_KEY", unlocks: "SSH servers that trust the key", category: "crypto",
                    rotate: "generate a new key pair and remove the old public key from authorized_keys", severity: .critical,
                    sample: { _ in "" },
                    hits: [("keys/deploy.ppk", "PuTTY-User-Key-File-3: ssh-ed25519 # <-\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n" + Make.s(41, .base64, 68) + "\nPrivate-Lines: 1\n" + Make.s(42, .base64, 44))],
                    misses: [("keys/deploy.ppk", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: aes256-cbc\nPrivate-Lines: 1\n" + Make.s(42, .base64, 44)),
                             // A scanner's own pattern is not a key.
                             ("scanner/putty.py", "PATTERN = r\"PuTTY-User-Key-File-[23]: [\\s\\S]+?Private-Lines: [0-9]+\"  # Encryption: none\n")]) { inp in
            let b = inp.bytes
            guard inp.memo.occurs("Encryption: none", in: inp.start..<min(b.count, inp.start + 200 + 15)),
                  inp.memo.occurs("Private-Lines:", in: inp.start..<min(b.count, inp.start + 8192)),
                  PuTTYKey.looksReal(b, from: inp.start) else { return [] }
            let line = inp.memo.lineBounds(inp.start, cap: 8192)
            return [RawHit(range: line, secret: Scan.text(b, inp.start..<min(b.count, inp.start + 2048)))]
        },
        Make.custom("secret-database-url-password", "Generic", "Database connection string with a password",
                    keywords: dbSchemes.map { $0 + "://" },
                    regex: "(?i)\\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|neo4j|bolt)(?:\\+[a-z0-9]+)?://[^:/\\s@]*:([^@/\\s]+)@[^/\\s]+",
                    env: "DATABASE_URL", unlocks: "the database named in the URL, with the user's privileges (often the whole app's data)",
                    category: "database", rotate: "change the database user's password",
                    severity: .high,
                    sample: { "postgresql://app:" + Make.s($0, .base62, 20) + "@db.internal.acme.io:5432/app" },
                    hits: [("config/settings.py", "DATABASES_URL = \"mongodb+srv://trainer:" + Make.s(51, .base62, 16) + "@cluster0.a1b2c.mongodb.net/ml\" # <-")],
                    misses: [(".env", "DATABASE_URL=postgres://postgres:postgres@localhost:5432/app"),
                             // A documented setup: the database on the Docker host, a password made of the user name.
                             ("docs/SETUP.md", "postgresql://vectors:" + Make.s(52, .base62, 14) + "@host.docker.internal:5432/app"),
                             ("docs/SETUP.md", "postgresql://dbuser:dbuserpass@db.internal.acme.io:5432/yourdb"),
                             (".env", "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@db:5432/app"),
                             ("docker-compose.yml", "REDIS_URL: redis://redis:6379/0"),
                             ("settings.py", "url = f\"postgresql://{user}:{password}@{host}/db\"")]) { inp in
            // The keyword is the scheme followed by "://"; start the URL scan at the "://".
            let colon = inp.start + inp.keywordLength - 3
            return urlPassword(MatchInput(bytes: inp.bytes, start: colon, keywordLength: 3, path: inp.path, memo: inp.memo), schemes: dbSchemes)
        },
        Make.custom("secret-url-credentials", "Generic", "Password embedded in a URL", keywords: ["://"],
                    regex: "(?i)\\b(?:https?|ftps?|sftp|smtps?|ldaps?|ssh|git\\+https)://[^:/\\s@]+:([^@/\\s]+)@[^/\\s]+",
                    env: "INDEX_URL", unlocks: "the service at the URL, as the embedded user (package indexes, git remotes, SMTP)",
                    category: "generic", rotate: "change the password or token",
                    severity: .high, confidence: .medium,
                    sample: { "https://ci-bot:" + Make.s($0, .base62, 24) + "@pypi.internal.acme.io/simple" },
                    misses: [("README.md", "See https://user:password@example.com for the format."),
                             ("setup.cfg", "url = https://github.com/acme/app.git")],
                    priority: 40) { inp in urlPassword(inp, schemes: nil) },
        Make.custom("secret-supabase-service-role-key", "Supabase", "Supabase service_role key (JWT)", keywords: ["eyJhbGci", "eyJ0eXAi"],
                    regex: "(eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)  # payload role = service_role",
                    env: "SUPABASE_SERVICE_ROLE_KEY", unlocks: "the Supabase database with row-level security bypassed (every user's rows)",
                    category: "database", rotate: "Supabase dashboard > Project settings > API (roll the JWT secret / new API keys)",
                    severity: .critical,
                    sample: { JWTSamples.token(["iss": "supabase", "ref": Make.s($0, .lowerAlnum, 20), "role": "service_role"], seed: $0) },
                    misses: [(".env", "NEXT_PUBLIC_SUPABASE_ANON_KEY=" + JWTSamples.token(["iss": "supabase", "ref": "abcdefghijklmnopqrst", "role": "anon"], seed: 4))],
                    priority: 85) { inp in JWTSamples.match(inp, roles: JWTSamples.adminRoles) },
        Make.custom("secret-supabase-anon-key", "Supabase", "Supabase anon key (JWT)", keywords: ["eyJhbGci", "eyJ0eXAi"],
                    regex: "(eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)  # payload role = anon",
                    env: "NEXT_PUBLIC_SUPABASE_ANON_KEY", unlocks: "the public, RLS-restricted Supabase API (public by design)",
                    category: "database", rotate: "not needed", publishable: true,
                    sample: { JWTSamples.token(["iss": "supabase", "ref": Make.s($0, .lowerAlnum, 20), "role": "anon"], seed: $0) },
                    priority: 84) { inp in JWTSamples.match(inp, roles: JWTSamples.anonRoles) },
        // `"auth\` reads the same object written inside a string (`DOCKER_AUTH_CONFIG={\"auths\":...}` in a GitLab runner's
        // environment, `config.json: "{\n\"auths\": ...}"` in a YAML value), escaped once or twice.
        Make.custom("secret-docker-config-auth", "Docker", "Registry credentials in a Docker config", keywords: ["\"auth\"", "\"auth\\"],
                    regex: "\"auths\"[\\s\\S]*?\"auth\"\\s*:\\s*\"([A-Za-z0-9+/=]{8,})\"  # base64 user:password",
                    env: "DOCKER_AUTH_CONFIG", unlocks: "the container registry as the user: pull private images, push poisoned ones",
                    category: "registry", rotate: "change the registry password or token (then docker logout and login again)",
                    sample: { _ in "" },
                    hits: [(".docker/config.json", "{\n  \"auths\": {\n    \"ghcr.io\": {\n      \"auth\": \"" + Codecs.base64Encode(Array(("ci-bot:" + Make.s(61, .base62, 24)).utf8)) + "\" // <-\n    }\n  }\n}"),
                           ("ci/runner.toml", "[[runners]]\n  environment = [\"DOCKER_AUTH_CONFIG={\\\"auths\\\":{\\\"registry.example.org:5000\\\":{\\\"auth\\\":\\\""
                                + Codecs.base64Encode(Array(("deploy:" + Make.s(62, .base62, 12)).utf8)) + "\\\"}}}\"] # <-")],
                    misses: [(".docker/config.json", "{\n  \"auths\": {\n    \"ghcr.io\": {}\n  },\n  \"credsStore\": \"desktop\"\n}"),
                             ("ci/runner.toml", "environment = [\"DOCKER_AUTH_CONFIG={\\\"auths\\\":{\\\"r.example.org\\\":{\\\"auth\\\":\\\""
                                + Codecs.base64Encode(Array("ci:pass".utf8)) + "\\\"}}}\"]")]) { inp in
            let b = inp.bytes
            let escaped = b[inp.start + inp.keywordLength - 1] == UInt8(ascii: "\\")
            guard let auths = inp.memo.firstOccurrence(escaped ? "auths\\" : "\"auths\""), auths + 7 <= 1 << 16 else { return [] }
            var i = inp.start + inp.keywordLength
            if escaped {
                // `\":\"` or `\\\":\\\"`: backslashes, quotes, a colon and spaces, ending on a quote.
                let limit = min(b.count, i + 16)
                while i < limit, b[i] == 0x20 || b[i] == UInt8(ascii: ":") || b[i] == UInt8(ascii: "\\") || b[i] == UInt8(ascii: "\"") { i += 1 }
                guard i > inp.start + inp.keywordLength, b[i - 1] == UInt8(ascii: "\"") else { return [] }
            } else {
                while i < b.count, b[i] == 0x20 || b[i] == UInt8(ascii: ":") { i += 1 }
                guard i < b.count, b[i] == UInt8(ascii: "\"") else { return [] }
                i += 1
            }
            let vs = i
            let e = Scan.run(b, from: vs, .base64, max: 4096)
            guard e > vs, !escaped || (e < b.count && b[e] == UInt8(ascii: "\\")),
                  let d = Codecs.base64Decode(Substring(Scan.text(b, vs..<e))) else { return [] }
            let pair = String(decoding: d, as: UTF8.self)
            guard let colon = pair.firstIndex(of: ":") else { return [] }
            let user = String(pair[..<colon]), password = String(pair[pair.index(after: colon)...])
            // Under `auths` the value is a registry login whatever its length: 4 characters are enough (not `123`).
            guard password.count >= 4, !Placeholders.isPlaceholder(password), !passwordPlaceholders.contains(password.lowercased()) else { return [] }
            return [RawHit(range: vs..<e, secret: password, verdict: .props(["registry.user": user], detail: "for user `\(user)`"))]
        },
        GenericSecret.pattern,
    ]
}

enum JWTSamples {
    static func token(_ claims: [String: String], seed: UInt64) -> String {
        func b64url(_ s: String) -> String {
            Codecs.base64Encode(Array(s.utf8)).replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }
        let payload = "{" + claims.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }.joined(separator: ",") + ",\"iat\":1700000000,\"exp\":2015000000}"
        return b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64url(payload) + "." + FakeSecrets.string(.urlSafe, count: 43, seed: seed)
    }

    /// Built once: a set literal in the matcher's closure was built again on every keyword hit.
    static let adminRoles: Set<String> = ["service_role", "supabase_admin"]
    static let anonRoles: Set<String> = ["anon"]

    static func match(_ inp: MatchInput, roles: Set<String>) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        // Three base64url parts joined by dots (header, payload, signature), and no fourth, decided
        // once per run of parts however many `eyJ...` a line repeats (`JWTShape`).
        guard let shape = JWTShape.candidate(inp) else { return [] }
        let e = shape.upperBound
        // A JWT's header (`{"alg":...}`) and a payload with a role both take more than 16 characters.
        guard let dot = (s..<e).first(where: { b[$0] == UInt8(ascii: ".") }), dot - s >= 16, e - dot >= 34 else { return [] }
        let token = Scan.text(b, s..<e)
        guard let claims = Structures.jwtClaims(token), let role = claims["role"], roles.contains(role) else { return [] }
        let sig = token.split(separator: ".").last.map(String.init) ?? ""
        guard sig.count >= 20, !Placeholders.isPlaceholder(sig) else { return [] }
        var props = ["jwt.role": role]
        if let ref = claims["ref"] { props["supabase.project"] = ref }
        if let iss = claims["iss"] { props["jwt.issuer"] = iss }
        return [RawHit(range: s..<e, secret: token, verdict: .props(props, detail: claims["ref"].map { "for project \($0)" }))]
    }
}


/// Structure checks for PuTTY key files, so that a parser's constants or a rule's own pattern
/// (`PuTTY-User-Key-File-[23]: ...`) are not taken for a key.
enum PuTTYKey {
    static let algorithms = ["ssh-rsa", "ssh-dss", "ssh-ed25519", "ssh-ed448", "ecdsa-sha2-nistp"]

    /// The header names a key algorithm, and `Private-Lines: N` is followed (after a newline, or an
    /// escaped `\n` in a string) by at least 40 base64 characters.
    static func looksReal(_ b: [UInt8], from start: Int) -> Bool {
        let window = b[start..<min(b.count, start + 8192)]
        guard let colon = window.prefix(32).firstIndex(of: UInt8(ascii: ":")) else { return false }
        var i = colon + 1
        while i < window.endIndex, b[i] == 0x20 { i += 1 }
        let algo = String(decoding: b[i..<min(window.endIndex, i + 20)], as: UTF8.self)
        guard algorithms.contains(where: { algo.hasPrefix($0) }) else { return false }
        let marker = Array("Private-Lines:".utf8)
        guard let m = window.firstRange(of: marker) else { return false }
        var j = m.upperBound
        while j < window.endIndex, b[j] == 0x20 || (b[j] >= 0x30 && b[j] <= 0x39) { j += 1 }
        if j < window.endIndex, b[j] == 0x0D { j += 1 }
        if j < window.endIndex, b[j] == 0x0A { j += 1 }
        else if j + 1 < window.endIndex, b[j] == UInt8(ascii: "\\"), b[j + 1] == UInt8(ascii: "n") { j += 2 }
        else { return false }
        var n = 0
        while j < window.endIndex, PrivateKeys.bodySet.contains(b[j]) { n += 1; j += 1 }
        return n >= 40
    }
}
