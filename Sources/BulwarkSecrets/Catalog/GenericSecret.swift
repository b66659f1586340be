import BulwarkCore

/// The quiet generic rule: a high-entropy literal assigned to a secret-looking name.
///
/// It adds recall for providers without a recognizable prefix, and stays quiet by requiring an
/// assignment (`NAME = value`, `name: value`, `"name": "value"`, `name="value"`), rejecting names
/// that describe rather than hold a secret (`token_url`, `password_field`), values that are code,
/// references or placeholders, and values below an entropy floor that depends on the name.
enum GenericSecret {
    static let keywords = ["password", "passwd", "pwd", "passphrase", "secret", "token", "api_key", "apikey", "api-key",
                           "access_key", "accesskey", "private_key", "auth_key", "credential", "client_secret", "signing_key",
                           "encryption_key", "master_key", "_pass", "-pass"]

    static let nameStopSuffixes = ["_file", "_path", "_name", "_env", "_var", "_field", "_header", "_length", "_len", "_type",
                                   "_endpoint", "_url", "_uri", "_prefix", "_format", "_pattern", "_regex", "_count", "_expiry",
                                   "_expires", "_expires_at", "_ttl", "_timeout", "_dir", "_id", "_ids", "_policy", "_rotation",
                                   "_location", "_source", "_ref", "_arn", "_hash", "_digest", "_sha", "_checksum", "_mode",
                                   "_version", "_label", "_kind", "_param", "_key_name", "_enabled", "_required", "_min", "_max",
                                   "_validator", "_strength", "_policy_id", "_manager", "_store", "_provider", "_storage", "_id_key",
                                   "-file", "-path", "-name", "-url", "-id", "-type", "-ref", "-env", "-hash",
                                   "file", "path", "url", "uri", "type", "length", "name", "count", "hash", "ref", "id",
                                   "placeholder", "label", "hint", "regex", "field", "prompt", "message", "text", "error"]

    static let nameStopWords = ["public", "publishable", "csrf", "xsrf", "sample", "example", "dummy", "fake", "mock",
                                "tokenizer", "tokens", "max_token", "token_count", "num_token", "pad_token", "eos_token",
                                "bos_token", "unk_token", "sep_token", "cls_token", "mask_token", "token_id", "tokenize",
                                "next_token", "page_token", "pagetoken", "continuation", "cursor", "nonce", "salt",
                                "secretname", "secret_name", "secretref", "secretkeyref", "secret_key_ref", "valuefrom",
                                "passwordless", "forgot", "reset_password", "confirm_password", "password_confirmation",
                                "old_password", "new_password", "keyboard", "pwdlen", "passthrough", "passenger", "bypass",
                                "compass", "passport", "tokenurl", "token_endpoint", "secrets_manager", "credential_process",
                                "credentials_file", "credential_source", "usepassword", "haspassword", "ispassword", "password_hash",
                                "hashed_password", "encrypted_password"]

    /// Named "High-entropy secret" in messages: the detail says what it is assigned to.
    static let pattern: SecretPattern = {
        var p = basePattern
        p.messageName = "High-entropy secret"
        return p
    }()

    static let basePattern = Make.custom(
        "secret-generic-assignment", "Generic", "High-entropy secret assigned to a secret-looking name",
        keywords: keywords,
        regex: "(?i)[A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|api_?key|access_?key|private_?key|credential)[A-Za-z0-9_.-]*[\"']?\\s*(?::=|=>|=|:)\\s*[\"']?([^\\s\"'`,;]{8,256})",
        env: "SERVICE_API_TOKEN", unlocks: "an unknown service (the variable name says it is a credential)",
        category: "generic", rotate: "rotate it at its issuer (the service the variable name points to)",
        severity: .medium, confidence: .medium,
        sample: { "q8" + Make.s($0, .base62, 30) },
        hits: [("config/settings.py", "INTERNAL_SERVICE_TOKEN = \"" + Make.s(71, .base62, 32) + "\" # <-"),
               ("deploy/values.yaml", "  db_password: " + Make.s(72, Charset("A-Za-z0-9!#%^*"), 16) + " # <-"),
               ("src/client.ts", "const apiKey = '" + Make.s(73, .urlSafe, 40) + "'; // <-")],
        misses: [("settings.py", "SECRET_KEY = os.environ[\"SECRET_KEY\"]"),
                 ("settings.py", "password = \"changeme\""),
                 ("app.py", "token = request.headers.get(\"Authorization\")"),
                 ("config.yml", "password: ${DB_PASSWORD}"),
                 ("model.py", "max_tokens = 4096"),
                 ("tokenizer.py", "pad_token = \"<|endoftext|>\""),
                 ("auth.py", "TOKEN_URL = \"https://oauth2.googleapis.com/token\""),
                 ("form.html", "<input type=\"password\" name=\"password\" placeholder=\"Password\">"),
                 ("values.yaml", "passwordSecretName: postgres-credentials"),
                 ("app.js", "const token = await getToken(session);"),
                 ("ci.yml", "password: ${{ secrets.REGISTRY_PASSWORD }}"),
                 ("settings.py", "SECRET_KEY = \"django-insecure-" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\""),
                 ("i18n.json", "\"password\": \"Mot de passe oublié ?\""),
                 ("storage/client.py", "client = make_client(allow_s3_credential_export=allow_s3_credential_export)"),
                 ("app/llm.py", "llm = Client(api_key=token_supplier_2)"),
                 ("fixtures/response.json", "{\"usage\":{\"output_tokens\":7,\"output_token_details\":{\"reasoning_tokens\":3}}}")],
        priority: 0) { inp in match(inp) }

    static let nameChars = Charset("A-Za-z0-9_.-")
    static let stopWordBytes = nameStopWords.map { Array($0.utf8) }
    static let stopSuffixBytes = nameStopSuffixes.map { Array($0.utf8) }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= hay.count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == first {
                var j = 1
                while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Literal prefixes of the token rules (at least 3 characters).
    static let claimedPrefixes: [String] = (AICatalog.all + PlatformCatalog.all + ServicesCatalog.tokenPatterns).flatMap { p -> [String] in
        if case .token(let prefixes, _, _) = p.matcher { return prefixes.filter { $0.count >= 3 } }
        return []
    }

    static func match(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes
        // A keyword inside the value of the previous assignment is part of that value.
        if inp.start < inp.memo.examined["generic", default: 0] { return [] }
        let ns = inp.memo.runStart(nameChars, before: inp.start, max: 80)
        let ne = inp.memo.runEnd(nameChars, from: inp.start, max: 80)
        guard ne > ns else { return [] }
        // Cheapest test first: an assignment operator must follow the name (most keyword hits are prose or code).
        var k = ne
        if k < b.count, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") { k += 1 }
        while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard k < b.count, b[k] == UInt8(ascii: "=") || b[k] == UInt8(ascii: ":") else { return [] }
        // Names are ASCII-lowercased bytes: the stop lists run on every assignment to a secret word.
        let nameBytes = b[ns..<ne].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        if stopSuffixBytes.contains(where: { nameBytes.count >= $0.count && nameBytes.suffix($0.count).elementsEqual($0) }) { return [] }
        if stopWordBytes.contains(where: { Self.contains(nameBytes, $0) }) { return [] }
        let name = String(decoding: nameBytes, as: UTF8.self)
        if name.hasPrefix("$") || name.hasPrefix("get") || name.hasPrefix("set") || name.hasPrefix("is_") || name.hasPrefix("has") { return [] }
        // Assignment operator.
        var i = ne
        if i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") { i += 1 }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        guard i < b.count else { return [] }
        if b[i] == UInt8(ascii: ":") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "=") { i += 1 }
        } else if b[i] == UInt8(ascii: "=") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "=") { return [] } // comparison
            if i < b.count, b[i] == UInt8(ascii: ">") { i += 1 }
        } else { return [] }
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        guard i < b.count else { return [] }
        // Value: quoted or bare.
        var vs = i, ve: Int
        let q = b[i]
        let quoted = q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") || q == UInt8(ascii: "`")
        if quoted {
            vs = i + 1
            ve = vs
            while ve < b.count, b[ve] != q, b[ve] != 0x0A, ve - vs <= 257 { ve += 1 }
            guard ve < b.count, b[ve] == q else { return [] }
        } else {
            ve = vs
            while ve < b.count, ve - vs <= 257 {
                let c = b[ve]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: ",") || c == UInt8(ascii: ";")
                    || c == UInt8(ascii: ")") || c == UInt8(ascii: "}") || c == UInt8(ascii: "]") { break }
                ve += 1
            }
        }
        inp.memo.examined["generic"] = ve
        // The value must look like one: a literal, never an identifier, a dotted path, a call, a
        // JSON object, or a name that holds a secret word itself (`api_key=token_provider_1`).
        if !quoted, vs < b.count, b[vs] == UInt8(ascii: "{") || b[vs] == UInt8(ascii: "\"") { return [] }
        if keywords.contains(where: { ValueShape.containsCI(b[vs..<ve], $0.utf8) }) { return [] }
        if !quoted, !ValueShape.isValue(b, vs..<ve, path: inp.path) { return [] }
        let value = Scan.text(b, vs..<ve)
        // A value in a provider's shape was judged by that provider's rule (a bad checksum, a
        // placeholder); JWTs are session tokens, reported only when a rule decodes a dangerous role.
        if value.hasPrefix("eyJ") || claimedPrefixes.contains(where: { value.hasPrefix($0) }) { return [] }
        guard judge(name: name, value: value) else { return [] }
        return [RawHit(range: vs..<ve, secret: value, verdict: .props(["generic.name": String(name.prefix(60))], detail: "assigned to `\(name.prefix(60))`"))]
    }

    /// Whether a literal assigned to `name` looks like a real credential.
    static func judge(name: String, value: String) -> Bool {
        let u = Array(value.utf8)
        let passwordish = ["password", "passwd", "pwd", "passphrase", "_pass", "-pass"].contains { name.containsBytes($0) }
        guard u.count >= (passwordish ? 8 : 16), u.count <= 256 else { return false }
        let lower = value.lowercased()
        if value.containsBytes("://") || value.hasPrefix("/") || value.hasPrefix("./") || value.hasPrefix("~") { return false }
        for marker in ["${", "$(", "{{", "%(", "#{", "<", ">", "process.env", "os.environ", "getenv", "env(", "env.", "secrets.",
                       "vault:", "ref+", "arn:", "\\", "(", ")", "[", "]", " "] where value.containsBytes(marker) { return false }
        if value.hasPrefix("$") || value.hasPrefix("@") || value.hasPrefix("%") || value.hasPrefix("&") || value.hasPrefix("*") { return false }
        if Placeholders.isPlaceholder(value) || StructuredCatalog.passwordPlaceholders.contains(lower) { return false }
        if lower.hasPrefix("sha256:") || lower.hasPrefix("sha512-") || lower.hasPrefix("sha1-") || lower.hasPrefix("md5:") { return false }
        if lower == "true" || lower == "false" || lower == "null" || lower == "none" { return false }
        // Identifiers and dotted names (`settings.SECRET_KEY`, `my_secret_name`) are references.
        let classes = [value.contains { $0.isLowercase }, value.contains { $0.isUppercase }, value.contains { $0.isNumber },
                       value.contains { !$0.isLetter && !$0.isNumber }].filter { $0 }.count
        let hasDigit = value.contains { $0.isNumber }
        if value.allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" || $0 == "." }) { return false }
        if value.containsBytes("."), value.split(separator: ".").allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "_" } }) { return false }
        let h = Codecs.entropy(u)
        if passwordish {
            return classes >= 3 && h >= 3.0 && hasDigit
        }
        return classes >= 2 && hasDigit && h >= (u.count >= 24 ? 3.7 : 3.4)
    }
}
