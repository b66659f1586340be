import BulwarkCore
import BulwarkFormats

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

    /// What the keyword automaton looks for: the keywords, and `key`, a weak name (`key`, `azureKey`,
    /// `censys_key`) read only with more evidence (`weakKeyName`, `judgeWeak`). `keywords` alone stays
    /// the list of secret words a value must not hold (other rules share it).
    static let automatonKeywords = keywords + ["key"]

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
                                "hashed_password", "encrypted_password",
                                // WebRTC SDP (`a=ice-pwd:...`): per-session ICE credentials in recorded calls.
                                "ice-pwd", "ice_pwd", "icepwd",
                                // Public analytics project tokens (Mixpanel ships them to every browser); model
                                // tensor names (`token_embd.weight`) whose values are checksums.
                                "mixpanel", "embd", "embedding", ".weight",
                                // Names that say the value is not a valid credential: test fixtures of a
                                // rejection path (`nonMatchingToken`, `invalid_api_key`, `wrongPassword`).
                                "nonmatching", "non_matching", "notmatching", "mismatch", "invalid_", "invalidt", "invalidk",
                                "invalids", "invalidp", "_invalid", "wrong",
                                // A marker that stands in for a hidden value (`REDACTED_CREDENTIAL_VALUE = '_APP_BLANK_<uuid>'`).
                                "redacted"]

    /// Named "High-entropy secret" in messages: the detail says what it is assigned to.
    static let pattern: SecretPattern = {
        var p = basePattern
        p.messageName = "High-entropy secret"
        return p
    }()

    static let basePattern = Make.custom(
        "secret-generic-assignment", "Generic", "High-entropy secret assigned to a secret-looking name",
        keywords: automatonKeywords,
        regex: "(?i)[A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|api_?key|access_?key|private_?key|credential|key)[A-Za-z0-9_.-]*[\"']?\\s*(?::=|=>|=|:| - )\\s*[\"']?([^\\s\"'`,;]{8,1024})",
        env: "SERVICE_API_TOKEN", unlocks: "an unknown service (the variable name says it is a credential; a name that only ends in `key`, such as `censys_key`, `API KEY` or a URL's `?key=`, is reported at low severity)",
        category: "generic", rotate: "rotate it at its issuer (the service the variable name points to)",
        severity: .medium, confidence: .medium,
        sample: { "q8" + Make.s($0, .base62, 30) },
        hits: [("config/settings.py", "INTERNAL_SERVICE_TOKEN = \"" + Make.s(71, .base62, 32) + "\" # <-"),
               ("deploy/values.yaml", "  db_password: " + Make.s(72, Charset("A-Za-z0-9!#%^*"), 16) + " # <-"),
               // Render's `envVars`: the setting named by `key`, its value by `value` on the next line.
               ("render.yaml", "services:\n  - type: web\n    envVars:\n      - key: DATABASE_PASSWORD\n        value: " + Make.s(79, .base62, 20) + " # <-\n      - key: SECRET_KEY\n        generateValue: true"),
               ("src/client.ts", "const apiKey = '" + Make.s(73, .urlSafe, 40) + "'; // <-"),
               ("config/service.py", "SERVICE_TOKEN = '" + FakeSecrets.hex(40, seed: 88) + "' # <-"),
               // Element text, on the tag's line or on the next one.
               ("config/service.xml", "<service>\n  <apiToken>\n    " + Make.s(74, .base62, 32) + " <!-- <- -->\n  </apiToken>\n</service>"),
               ("config/db.xml", "<db><password>" + Make.s(75, Charset("A-Za-z0-9!#%^*"), 18) + "</password></db> <!-- <- -->"),
               // PHP appends, Go typed declarations, Make's conditional and immediate assignments.
               ("src/config.php", "<?php\n$apiToken .= '" + Make.s(76, .base62, 32) + "'; // <-"),
               ("internal/config/config.go", "package config\n\nvar apiToken string = \"" + Make.s(77, .base62, 32) + "\" // <-"),
               ("Makefile", "REGISTRY_TOKEN ?= " + Make.s(78, .base62, 32) + " # <-\nbuild:\n\tdocker build ."),
               ("build/Makefile", "DEPLOY_TOKEN ::= " + Make.s(79, .base62, 32) + " # <-\nSIGNING_SECRET :::= " + Make.s(80, .base62, 32) + " # <-"),
               // JSON written inside a string literal: escaped quotes, escaped line breaks between pairs.
               ("src/client.go", "const body = \"{\\\"apiToken\\\": \\\"" + Make.s(81, .base62, 32) + "\\\"\\n}\" // <-"),
               ("tests/fixtures.py", "CONFIG = \"api_token: " + Make.s(82, .base62, 32) + "\\napi_user: ci\" # <-"),
               // A setter's second argument.
               ("src/main/java/App.java", "System.setProperty(\"SERVICE_TOKEN\", \"" + Make.s(83, .base62, 32) + "\"); // <-"),
               // The key on one line, the quoted value on the next.
               ("config/settings.json", "{\n  \"client_secret\":\n    \"" + Make.s(84, .base62, 32) + "\" // <-\n}"),
               ("app/settings.py", "API_TOKEN = \\\n    \"" + Make.s(85, .base62, 32) + "\" # <-"),
               ("src/Config.kt", "val apiToken: String =\n    \"" + Make.s(86, .base62, 32) + "\" // <-"),
               // Key names (low severity): a qualifier joined to `key`, `API KEY`, a URL parameter.
               ("config/services.yaml", "api:\n  censys_key: \"" + Make.s(91, .base62, 32) + "\" # <-"),
               ("cmd/client/main.go", "package main\n\nfunc client() {\n\tappointeddKey := \"" + Make.s(92, .base62, 40) + "\" // <-\n}"),
               ("logs/request.log", "[INFO] Sending request\n[DEBUG] Using API KEY=" + Make.s(93, .base62, 32) + " <-"),
               ("scripts/fetch.sh", "curl \"https://api.example.com/v1/geo?key=" + Make.s(94, .base62, 32) + "\" # <-"),
               // Notes: a spaced dash before a quoted value, spaces pasted inside the quotes, a long token.
               ("notes/vendors.txt", "ipstack token - '" + Make.s(95, .base62, 32) + "' <-"),
               ("notes/vendors.txt", "pandascore token = ' " + Make.s(96, .base62, 40) + " ' <-"),
               ("notes/vendors.txt", "geofeed token = '" + Make.s(126, .base62, 12) + "' <-"),
               ("notes/vendors.txt", "wrike token = '" + (0..<10).map { Make.s(97 + $0, .base62, 40) }.joined(separator: ".") + "' <-"),
               // Fallbacks written into code and configuration: a getter's default, `||`, a shell default.
               ("app/config.py", "API_TOKEN = os.getenv(\"API_TOKEN\", \"" + Make.s(118, .base62, 32) + "\") # <-"),
               ("src/config.ts", "export const apiToken = process.env.API_TOKEN || \"" + Make.s(119, .base62, 32) + "\"; // <-"),
               ("docker-compose.yml", "services:\n  app:\n    environment:\n      - API_TOKEN=${API_TOKEN:-" + Make.s(120, .base62, 32) + "} # <-"),
               // A service whose name starts with `get`.
               ("config/secrets.json", "{\"getresponse_secret\": \"" + Make.s(108, .base62, 32) + "\"} <-"),
               // A curl header named for a token: shorter random values count.
               ("scripts/tasks.sh", "curl -X POST --header \"Api-Token: " + Make.s(122, .base62, 12) + "\" https://tasks.example.com/api # <-"),
               // Random letters without a digit; a Laravel Sanctum token (`<id>|<40>`); a `pk_` key that is no publishable one.
               ("config/services.yaml", "api:\n  service_api_token: \"" + Make.s(127, Charset("A-Za-z"), 24) + "\" # <-"),
               ("config/services.yaml", "api:\n  service_api_token: \"49|" + Make.s(128, .base62, 40) + "\" # <-"),
               ("config/services.yaml", "api:\n  clickup_token: \"pk_7043602_" + Make.s(129, .upperAlnum, 32) + "\" # <-")],
        misses: [("settings.py", "SECRET_KEY = os.environ[\"SECRET_KEY\"]"),
                 ("scripts/tasks.sh", "curl -H \"Api-Token: your-api-token\" -H \"X-Request-Token: a1b2c3\" https://tasks.example.com/api"),
                 ("tests/auth_test.go", "invalidToken := \"" + Make.s(123, .base62, 32) + "\""),
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
                 ("fixtures/response.json", "{\"usage\":{\"output_tokens\":7,\"output_token_details\":{\"reasoning_tokens\":3}}}"),
                 // Seen on real repositories: a keyword argument passed on, a name assigned a name, a JSON key.
                 ("storage/s3.py", "session = open_session(allow_s3_credential_exposure=allow_s3_credential_exposure)"),
                 ("llm/client.py", "client = OpenAI(api_key=token_provider_1)"),
                 ("tests/cassettes/usage.json", "{\"usage\":{\"input_tokens\":12,\"input_token_details\":{\"cached_tokens\":0}}}"),
                 // The new forms with no literal value: a reference, a nested element, a call, a bare word on the next line.
                 ("config/service.xml", "<service>\n  <apiToken>${API_TOKEN}</apiToken>\n  <password>\n    <fromEnv>DB_PASSWORD</fromEnv>\n  </password>\n</service>"),
                 ("config/mismatch.xml", "<apiToken>" + Make.s(87, .base62, 32) + "</apiTokenRef>"),
                 ("src/config.php", "<?php\n$apiToken .= getenv('TOKEN_SUFFIX');"),
                 ("internal/config/config.go", "var apiToken string = os.Getenv(\"API_TOKEN\")"),
                 ("Makefile", "REGISTRY_TOKEN ?= $(shell cat .registry-token)\nlet_token ::= Token::new"),
                 ("src/main/java/App.java", "System.setProperty(\"SERVICE_TOKEN\", System.getenv(\"SERVICE_TOKEN\"));"),
                 ("src/client.go", "const body = \"{\\\"apiToken\\\": \\\"<your token>\\\"\\n}\""),
                 ("deploy/secret.yaml", "env:\n  password:\n    secretKeyRef:\n      key: db-password"),
                 ("src/lib.rs", "let token = Token::from_env(config::API_KEY_VAR);"),
                 // Seen on the real-repository benchmark: a public analytics token, a tensor checksum, a docs value.
                 ("app/analytics.py", "mixpanel_project_token = \"" + FakeSecrets.hex(32, seed: 89) + "\""),
                 ("convert/testdata/model.json", "{\"token_embd.weight\": \"" + FakeSecrets.hex(64, seed: 90) + "\"}"),
                 ("docs/example.md", "api_key = '4ae31ed2a0f0dd6260" + "deadbeef" + "e7774f9e51cd95'"),
                 // In code an unquoted right-hand side is an expression; values made of words and short numbers,
                 // counting sequences and query strings carry no generated secret.
                 ("src/providers/bedrock.ts", "const apiKey = usesScopedSigV4Auth\n  ? undefined\n  : await loadKey(config);"),
                 ("tests/test_tokens.py", "refresh_token = \"rotated-upstream-refresh-3\""),
                 ("deploy/.env", "REFRESH_TOKEN=zyxwvutsrqponm9876543210lkji"),
                 ("deploy/.env", "STORAGE_SAS_TOKEN=sp=r&st=2026-01-02T03:04:05Z&se=2026-02-02T03:04:05Z&spr=https"),
                 // Key names that hold no credential: data keys, keyboard keys, words ending in `key`, a bare `key`
                 // with no service word, a UUID-shaped identifier.
                 ("app/cache.py", "cache_key = \"" + Make.s(109, .base62, 32) + "\"\nhotkey = \"" + Make.s(110, .base62, 32) + "\"\nmonkey = \"" + Make.s(111, .base62, 32) + "\""),
                 ("logs/request.log", "[INFO] Sending request to the API\n[DEBUG] Using Key=" + Make.s(112, .base62, 32) + "\n[DEBUG] Using weather Key=" + Make.s(117, .base62, 32)),
                 ("src/client.ts", "const key = \"" + Make.s(113, .base62, 32) + "\";"),
                 ("notes/creds.txt", "api key: 8d2f61c4-93ab-4e07-b5d1-6c0e2f9a7b34"),
                 // A dash that is no assignment, characters no token holds, a format directive, a publishable key,
                 // a truncated token in a token rule's shape, a getter.
                 ("notes/vendors.txt", "ipstack token - " + Make.s(114, .base62, 32) + "\nservice token - 'Qm7vT2xK9?L4wR8nZ3bY6cF1'"),
                 ("cmd/main.go", "apiSecret := \"Qm7vT2xK9pL4%cR8nZ3bY6cF1\""),
                 ("src/checkout.ts", "const api_token = \"pk_live_" + Make.s(115, .base62, 32) + "\";"),
                 ("cmd/cf.go", "token := \"cfut_ZE4CrcFhEIDXk9vL2sTLe\""),
                 ("src/App.java", "String getToken = \"" + Make.s(116, .base62, 32) + "\";"),
                 // Fallbacks that are no literal secret: another variable, an empty string, a reference.
                 ("app/config.py", "API_TOKEN = os.getenv(\"API_TOKEN\", DEFAULT_TOKEN)\nSECRET = os.environ.get(\"APP_SECRET\", \"\")"),
                 ("src/config.ts", "export const apiToken = process.env.API_TOKEN || fallbackToken;"),
                 ("docker-compose.yml", "environment:\n  - API_TOKEN=${API_TOKEN:-${DEFAULT_TOKEN}}"),
                 // A wrapped content key's ciphertext, an object key that is a file path.
                 ("tests/recordings/blob.yaml", "x-ms-meta-encryptiondata: '{\"WrappedContentKey\": {\"EncryptedKey\": \"" + Make.s(117, .base64, 56) + "\"}}'"),
                 // Hexadecimal edited by hand (one letter beyond `f`), a time-ordered (version 6) UUID.
                 ("tests/fixtures/keys.env", "SERVICE_SECRET=5488620aa9073q09f1a16e2b1dc357b6\nREGISTRY_AUTH_TOKEN=fb4e966d-7321-6974-b2e7-2525a9554d6f"),
                 ("tools/upload.test.ts", "relativeKey: 'static/chunks/chunk-" + Make.s(118, .upperAlnum, 16) + ".js',\nassetKey: 'dist/app/main-" + Make.s(119, .lowerAlnum, 24) + ".css',")],
        priority: 0) { inp in match(inp) }

    static let nameChars = Charset("A-Za-z0-9_.-")
    static let eyJ = Array("eyJ".utf8)
    static let stopWordBytes = nameStopWords.map { Array($0.utf8) }
    static let stopSuffixBytes = nameStopSuffixes.map { Array($0.utf8) }

    static func hasSuffix(_ a: [UInt8], _ suffix: [UInt8]) -> Bool {
        guard suffix.count <= a.count else { return false }
        let off = a.count - suffix.count
        for j in 0..<suffix.count where a[off + j] != suffix[j] { return false }
        return true
    }

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

    /// `claimedPrefixes` as bytes, grouped by first byte (a value is tested against a handful).
    static let claimedByFirstByte: [[[UInt8]]] = {
        var t = [[[UInt8]]](repeating: [], count: 256)
        for p in claimedPrefixes { let u = Array(p.utf8); t[Int(u[0])].append(u) }
        return t
    }()

    static func isClaimed(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        for p in claimedByFirstByte[Int(b[r.lowerBound])] where p.count <= r.count {
            if SecretEngine.equalsAt(b, r.lowerBound, p) { return true }
        }
        return false
    }

    /// Every token rule's literal prefixes (at least 3 characters) with the length of the body after them,
    /// grouped by first byte: what the generic rule leaves to them (`claimedByShape`).
    static let claimedShapes: [[(prefix: [UInt8], body: ClosedRange<Int>)]] = {
        var t = [[(prefix: [UInt8], body: ClosedRange<Int>)]](repeating: [], count: 256)
        let all = AICatalog.all + PlatformCatalog.all + ServicesCatalog.tokenPatterns + VendorCatalog.tokenPatterns + CoverageCatalog.all
        for p in all {
            guard case .token(let prefixes, _, let length) = p.matcher else { continue }
            for prefix in prefixes where prefix.utf8.count >= 3 {
                let u = Array(prefix.utf8)
                t[Int(u[0])].append((u, length))
            }
        }
        return t
    }()

    /// Whether a value is in a token rule's shape, so that rule judged it (a bad checksum, a truncated or
    /// padded token, a placeholder): a distinctive prefix of 4 or more characters (`AIza`, `cfut_`, `sm_pat_`),
    /// or a 3-character one (`sk_`, `hf_`) followed by a body of the rule's length. A 3-character prefix with
    /// another length belongs to another service (`sk_` then 32 hex characters is not an ElevenLabs key).
    static func claimedByShape(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        for c in claimedShapes[Int(b[r.lowerBound])] where c.prefix.count <= r.count && SecretEngine.equalsAt(b, r.lowerBound, c.prefix) {
            if c.prefix.count >= 4 || c.body.contains(r.count - c.prefix.count) { return true }
        }
        return false
    }

    /// The rule's keywords, lower case, as bytes.
    static let keywordBytes: [[UInt8]] = keywords.map { Array($0.lowercased().utf8) }

    /// How a value is written after its name.
    enum Form {
        /// `name = value` and its variants (`:`, `:=`, `=>`, `?=`, `::=`, `:::=`, `.=`, a type before `=`).
        case assignment
        /// `<name>value</name>`: the element's text, on the same line or the next.
        case xmlElement
        /// `setProperty("NAME", "value")`, `getenv("NAME", "default")`, PHP's `define('NAME', 'value')`: a setter's
        /// second argument, or a getter's default; `<add key="NAME" value="value"/>`: a configuration element's value
        /// attribute; `std::string name("value")`: a string constructed from a literal. Only a quoted value counts.
        case setter
        /// `name - 'value'` (notes and documents list a credential after a spaced dash), `name || 'default'`,
        /// `name ?? 'default'` (a fallback written into code): only a quoted value counts.
        case dashed
        /// `name == "value"`, `name !== 'value'`, and the literal first (`"value" == name`): a credential checked
        /// against a literal written into the code. Only a quoted value counts.
        case comparison
    }

    /// Calls whose first argument names the setting and second gives its value (setters) or the value used when
    /// the setting is missing (getters with a default: `os.getenv("API_TOKEN", "v")`, `ENV.fetch("API_TOKEN", "v")`).
    static let setterNames: [[UInt8]] = ["setProperty", "setenv", "Setenv", "putenv", "setdefault", "put", "set", "Set",
                                         "setItem", "SetEnvironmentVariable", "get", "Get", "getenv", "getEnv", "GetEnv",
                                         "GetEnvOrDefault", "getEnvOrDefault", "getOrDefault", "getProperty", "getString",
                                         "fetch", "env", "define"].map { Array($0.utf8) }
    /// Type annotations between a name and its `=` (`var x string = ...`, `x: str = ...`, `x: &str = ...`).
    static let typeNames: [[UInt8]] = ["string", "String", "str", "&str", "&'static str", "CharSequence"].map { Array($0.utf8) }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
    /// The letter of an escaped line break or tab (`\n`, `\r`, `\t`).
    @inline(__always) static func isEscapedBreak(_ c: UInt8) -> Bool { c == UInt8(ascii: "n") || c == UInt8(ascii: "r") || c == UInt8(ascii: "t") }

    /// Where the value starts after the name `b[ns..<ne]`, and how it is written; nil when no value follows.
    /// Cheapest tests first: most keyword hits are prose or code, with no operator after the name.
    static func valueStart(_ b: [UInt8], _ ns: Int, _ ne: Int) -> (Int, Form)? {
        let n = b.count
        guard ne < n else { return nil }
        let before: UInt8 = ns > 0 ? b[ns - 1] : 0x20
        let after = b[ne]
        // `<apiToken>value</apiToken>`
        if before == UInt8(ascii: "<"), after == UInt8(ascii: ">") { return (ne + 1, .xmlElement) }
        // `<add key="ApiToken" value="v"/>`, `<property name="db.password" value="v"/>`
        if (before == UInt8(ascii: "\"") || before == UInt8(ascii: "'")), after == before, let j = attributeValue(b, ns, ne) {
            return (j, .setter)
        }
        // `std::string apiToken("v")`, `QString password{"v"}`
        if after == UInt8(ascii: "(") || after == UInt8(ascii: "{"), ne + 1 < n, b[ne + 1] == UInt8(ascii: "\""), isStringTypeBefore(b, ns) {
            return (ne + 1, .setter)
        }
        // A command-line option and its value: `--api-token v`, `--password "v"`, and in an argument list
        // `["--token", "v"]`.
        if ne - ns > 2, b[ns] == UInt8(ascii: "-"), b[ns + 1] == UInt8(ascii: "-"), let j = optionValue(b, ns, ne) {
            return (j, .assignment)
        }
        // A setting named by a `name` key and given by the `value` key that follows it (Kubernetes and Compose
        // `env` lists, ECS container definitions): `- name: API_TOKEN` then `value: v`.
        if ns >= 5, before == UInt8(ascii: " ") || before == UInt8(ascii: "\"") || before == UInt8(ascii: "'"), let j = pairedValue(b, ns, ne) { return (j, .assignment) }
        // A declaration whose default value is written in its block: Terraform `variable "db_password" {` then
        // `default = "v"`, a YAML or JSON mapping (`api_token:` then `default: v`; CloudFormation `Default:`).
        if after == UInt8(ascii: ":") || after == UInt8(ascii: "\"") || after == UInt8(ascii: "'") || isSpace(after), let j = childDefault(b, ns, ne) { return (j, .assignment) }
        // A Dockerfile's `ENV API_TOKEN v` (the older form, without `=`).
        if isSpace(after), isDockerEnv(b, ns) {
            var j = ne
            while j < n, isSpace(b[j]), j - ne < 8 { j += 1 }
            if j < n, b[j] != 0x0A, b[j] != 0x0D, b[j] != UInt8(ascii: "=") { return (j, .assignment) }
        }
        // `setProperty("API_TOKEN", "value")`
        if (before == UInt8(ascii: "\"") || before == UInt8(ascii: "'")), after == before, isSetterArgument(b, ns - 1) {
            var i = ne + 1
            while i < n, isSpace(b[i]) { i += 1 }
            guard i < n, b[i] == UInt8(ascii: ",") else { return nil }
            i += 1
            while i < n, isSpace(b[i]) { i += 1 }
            guard i < n, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") else { return nil }
            return (i, .setter)
        }
        var i = ne
        // A closing quote of the name (`"api_token":`), also escaped inside a string (`\"api_token\":`).
        if b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") { i += 1 }
        else if b[i] == UInt8(ascii: "\\"), i + 1 < n, b[i + 1] == UInt8(ascii: "\"") { i += 2 }
        // A quoted key in a subscript (`os.environ["API_TOKEN"] = `, `$config['db_password'] = `, `ENV['TOKEN'] = `).
        if i == ne + 1, i < n, b[i] == UInt8(ascii: "]"), ns >= 2, b[ns - 1] == b[ne], b[ns - 2] == UInt8(ascii: "[") { i += 1 }
        // A C array (`char secret[33] = `, `api_key[] = `): up to 5 digits between the brackets.
        if i == ne, b[i] == UInt8(ascii: "[") {
            var j = i + 1
            while j < n, j - i <= 5, b[j] >= 48, b[j] <= 57 { j += 1 }
            if j < n, b[j] == UInt8(ascii: "]") { i = j + 1 }
            guard i < n else { return nil }
        }
        // A C# auto-property's accessors before its initializer (`ApiToken { get; set; } = "v"`).
        if i < n, isSpace(b[i]) || b[i] == UInt8(ascii: "{") {
            var j = i
            while j < n, isSpace(b[j]), j - i < 4 { j += 1 }
            if j < n, b[j] == UInt8(ascii: "{") {
                var k = j + 1
                while k < n, k - j < 48, ValueShape.isLetter(b[k]) || isSpace(b[k]) || b[k] == UInt8(ascii: ";") { k += 1 }
                if k < n, b[k] == UInt8(ascii: "}"), SecretEngine.equalsAt(b, j + 1, accessorGet) || SecretEngine.equalsAt(b, j + 2, accessorGet) { i = k + 1 }
            }
        }
        // A name that ends in `.` before `=` is PHP's `.=` written without a space.
        if i == ne, b[i - 1] == UInt8(ascii: "."), i < n, b[i] == UInt8(ascii: "=") { i -= 1 }
        while i < n, isSpace(b[i]) { i += 1 }
        guard i < n else { return nil }
        // A type between the name and the operator: Go `var x string = `, `x: str = `, `x: &str = `.
        if b[i] != UInt8(ascii: "=") {
            var t = i
            if b[t] == UInt8(ascii: ":") {
                t += 1
                while t < n, isSpace(b[t]) { t += 1 }
            }
            if let type = typeNames.first(where: { SecretEngine.equalsAt(b, t, $0) }),
               t + type.count < n, !Charset.wordByte.contains(b[t + type.count]) {
                var u = t + type.count
                while u < n, isSpace(b[u]) { u += 1 }
                if u < n, b[u] == UInt8(ascii: "="), u + 1 < n, b[u + 1] != UInt8(ascii: "=") { i = u }
            }
        }
        // The operator: `=`, `=>`, `:`, `:=`, `::=`, `:::=` (Make), `?=` (Make), `.=` (PHP).
        let c = b[i]
        if (c == UInt8(ascii: "|") || c == UInt8(ascii: "?")), i + 1 < n, b[i + 1] == c {
            // `process.env.API_TOKEN || "v"`, `apiToken ?? "v"`: the fallback literal.
            var j = i + 2
            while j < n, isSpace(b[j]), j - i < 10 { j += 1 }
            guard j < n, b[j] == UInt8(ascii: "'") || b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "`") else { return nil }
            return (j, .dashed)
        }
        if c == UInt8(ascii: ":"), i + 1 < n, b[i + 1] == UInt8(ascii: "-"), ns >= 2, b[ns - 1] == UInt8(ascii: "{"), b[ns - 2] == UInt8(ascii: "$") {
            // A shell default (`${API_TOKEN:-v}`): the value after `:-`.
            return (i + 2, .assignment)
        }
        if c == UInt8(ascii: ":") {
            var colons = 0
            while i < n, b[i] == UInt8(ascii: ":"), colons < 3 { i += 1; colons += 1 }
            if i < n, b[i] == UInt8(ascii: "=") { i += 1 } else if colons > 1 { return nil } // `::` is a path
        } else if c == UInt8(ascii: "=") || c == UInt8(ascii: "!") {
            if c == UInt8(ascii: "!") || (i + 1 < n && b[i + 1] == UInt8(ascii: "=")) {
                // A comparison (`==`, `===`, `!=`, `!==`): only a quoted literal after it.
                guard i + 1 < n, b[i + 1] == UInt8(ascii: "=") else { return nil }
                var j = i + 2
                if j < n, b[j] == UInt8(ascii: "=") { j += 1 }
                while j < n, isSpace(b[j]), j - i < 10 { j += 1 }
                guard j < n, b[j] == UInt8(ascii: "'") || b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "`") else { return nil }
                return (j, .comparison)
            }
            i += 1
            if i < n, b[i] == UInt8(ascii: ">") { i += 1 }
        } else if c == UInt8(ascii: "?") || c == UInt8(ascii: ".") {
            guard i + 1 < n, b[i + 1] == UInt8(ascii: "=") else { return nil }
            i += 2
            if i < n, b[i] == UInt8(ascii: "=") { return nil }
        } else if c == UInt8(ascii: "-"), i > ns, isSpace(b[i - 1]), i + 2 < n, isSpace(b[i + 1]) {
            // `token - 'v'`: a dash with spaces on both sides, then a quote (a subtraction of a string is no code).
            var j = i + 1
            while j < n, isSpace(b[j]), j - i < 8 { j += 1 }
            guard j < n, b[j] == UInt8(ascii: "'") || b[j] == UInt8(ascii: "\"") else { return nil }
            return (j, .dashed)
        } else { return nil }
        return (i, .assignment)
    }

    /// Where a string literal starts when `b[i...]` opens with a prefix of one or two letters (`bBrRuUL`) or `@`
    /// right before its quote; `i` otherwise.
    static func afterLiteralPrefix(_ b: [UInt8], _ i: Int) -> Int {
        guard i + 1 < b.count else { return i }
        let c = b[i]
        if c == UInt8(ascii: "@") { return b[i + 1] == UInt8(ascii: "\"") ? i + 1 : i }
        guard isLiteralPrefix(c) else { return i }
        if isQuote(b[i + 1]) { return i + 1 }
        if i + 2 < b.count, isLiteralPrefix(b[i + 1]), isQuote(b[i + 2]) { return i + 2 }
        return i
    }

    @inline(__always) static func isQuote(_ c: UInt8) -> Bool { c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") }
    @inline(__always) static func isLiteralPrefix(_ c: UInt8) -> Bool {
        let l = c | 0x20
        return l == UInt8(ascii: "b") || l == UInt8(ascii: "r") || l == UInt8(ascii: "u") || c == UInt8(ascii: "L")
    }

    /// The quoted literal of a comparison written literal first (`"value" == name`, `'value' !== name`): the
    /// operator and the closing quote before the name `b[ns..<ne]` (one space allowed before the name, a few before
    /// the operator), the literal on the same line,
    /// plain (no escape). A name called (`token(`) or indexed (`token[`) is an expression, not the credential.
    /// Returns the literal's content; reads at most `maxValue` bytes back.
    static func literalBeforeComparison(_ b: [UInt8], _ ns: Int, _ ne: Int) -> (Int, Int)? {
        if ne < b.count, b[ne] == UInt8(ascii: "(") || b[ne] == UInt8(ascii: "[") { return nil }
        var k = ns - 1
        if isSpace(b[k]) { k -= 1 }
        var equals = 0
        while k >= 0, b[k] == UInt8(ascii: "="), equals < 3 { k -= 1; equals += 1 }
        guard equals > 0, k >= 0 else { return nil }
        if b[k] == UInt8(ascii: "!") { guard equals <= 2 else { return nil }; k -= 1 } else if equals < 2 { return nil }
        let op = k
        while k >= 0, isSpace(b[k]), op - k < 8 { k -= 1 }
        guard k >= 1, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "`") else { return nil }
        let q = b[k], ve = k
        var s = k - 1
        while s >= 0, b[s] != q, b[s] != 0x0A, b[s] != 0x0D, ve - s <= maxValue + 1 {
            if b[s] == UInt8(ascii: "\\") { return nil }
            s -= 1
        }
        guard s >= 0, b[s] == q, s == 0 || b[s - 1] != UInt8(ascii: "\\") else { return nil }
        return (s + 1, ve)
    }

    /// A quoted literal after `||` or `??` that follows `from` (spaces allowed): the fallback of an expression
    /// (`process.env.API_TOKEN || "v"`). Returns the literal's content; reads at most `maxValue` bytes.
    static func fallbackLiteral(_ b: [UInt8], after from: Int) -> (Int, Int)? {
        let n = b.count
        var f = from
        while f < n, isSpace(b[f]), f - from < 8 { f += 1 }
        guard f + 2 < n, b[f] == b[f + 1], b[f] == UInt8(ascii: "|") || b[f] == UInt8(ascii: "?") else { return nil }
        var j = f + 2
        while j < n, isSpace(b[j]), j - f < 10 { j += 1 }
        guard j < n, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") || b[j] == UInt8(ascii: "`") else { return nil }
        let q = b[j]
        var e = j + 1
        while e < n, b[e] != q, b[e] != 0x0A, b[e] != UInt8(ascii: "\\"), e - j <= maxValue { e += 1 }
        guard e < n, b[e] == q else { return nil }
        return (j + 1, e)
    }

    /// Configuration elements whose `key`/`name` attribute names a setting and `value` attribute gives it (.NET
    /// `<add key= value=>`, Spring and Ant `<property name= value=>`, `<entry>`, `<param>`, `<setting>`, `<env>`,
    /// Tomcat's `<Environment>` and `<Parameter>`). HTML form fields (`<input name= value=>`) are not among them.
    static let attributeElements: Set<String> = ["add", "entry", "property", "param", "parameter", "setting", "env",
                                                  "environment", "variable", "constant"]
    static let attributeKeys: [[UInt8]] = ["key=", "name="].map { Array($0.utf8) }
    static let valueAttribute = Array("value=".utf8)

    /// The name `b[ns..<ne]` quoted as the `key=` or `name=` attribute of a configuration element (`attributeElements`,
    /// found within 200 bytes back on the line) and followed by its `value=` attribute: the position of the value's
    /// opening quote. nil otherwise.
    static func attributeValue(_ b: [UInt8], _ ns: Int, _ ne: Int) -> Int? {
        let n = b.count
        guard ns >= 6, ne + 1 < n else { return nil }
        let eq = ns - 2
        guard b[eq] == UInt8(ascii: "=") else { return nil }
        guard let key = attributeKeys.first(where: { eq + 1 - $0.count >= 1 && ValueShape.containsCI(b, (eq + 1 - $0.count)..<(eq + 1), lowered: $0) }),
              isSpace(b[eq + 1 - key.count - 1]) else { return nil }
        // The element: `<name` before the attribute, with no `>` or line break in between.
        var k = eq - key.count
        while k >= 0, ns - k < 200, b[k] != UInt8(ascii: "<"), b[k] != UInt8(ascii: ">"), b[k] != 0x0A, b[k] != 0x0D { k -= 1 }
        guard k >= 0, b[k] == UInt8(ascii: "<") else { return nil }
        var e = k + 1
        while e < ns, ValueShape.isLetter(b[e]) { e += 1 }
        guard e > k + 1, e - k - 1 <= 12, isSpace(b[e]) else { return nil }
        let element = String(decoding: b[(k + 1)..<e].map { $0 | 0x20 }, as: UTF8.self)
        guard attributeElements.contains(element) else { return nil }
        // After the closing quote: spaces, `value=`, a quote.
        var j = ne + 1
        while j < n, isSpace(b[j]), j - ne < 8 { j += 1 }
        guard j + valueAttribute.count < n, ValueShape.containsCI(b, j..<(j + valueAttribute.count), lowered: valueAttribute) else { return nil }
        j += valueAttribute.count
        guard b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") else { return nil }
        return j
    }

    static let stringTypes: [[UInt8]] = ["string", "std::string", "wstring", "std::wstring", "QString", "String", "CString"].map { Array($0.utf8) }

    /// Whether a string type and one space stand right before the name at `ns` (`std::string name(`).
    static func isStringTypeBefore(_ b: [UInt8], _ ns: Int) -> Bool {
        guard ns >= 2, b[ns - 1] == 0x20 else { return false }
        var k = ns - 1
        while k > 0, ns - 1 - k < 16, Charset.wordByte.contains(b[k - 1]) || b[k - 1] == UInt8(ascii: ":") { k -= 1 }
        guard k < ns - 1, k == 0 || !(Charset.wordByte.contains(b[k - 1]) || b[k - 1] == UInt8(ascii: ":")) else { return false }
        return stringTypes.contains { $0.count == ns - 1 - k && SecretEngine.equalsAt(b, k, $0) }
    }

    /// The value of a command-line option `b[ns..<ne]` (`--api-token`): after one to three spaces on the same line,
    /// a value that starts with a letter, a digit or a quote (`--token $TOKEN`, `--token <your-token>` and
    /// `--token -` are no literals); in an argument list (`"--token", "v"`), the next quoted element. The position
    /// of the value (its quote when quoted).
    static func optionValue(_ b: [UInt8], _ ns: Int, _ ne: Int) -> Int? {
        let n = b.count
        var j = ne
        if ns > 0, b[ns - 1] == UInt8(ascii: "\"") || b[ns - 1] == UInt8(ascii: "'") {
            // `"--token", "v"`: the option quoted, a comma, the value quoted.
            guard j < n, b[j] == b[ns - 1] else { return nil }
            j += 1
            while j < n, isSpace(b[j]), j - ne < 6 { j += 1 }
            guard j < n, b[j] == UInt8(ascii: ",") else { return nil }
            j += 1
            while j < n, isSpace(b[j]), j - ne < 10 { j += 1 }
            guard j < n, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") else { return nil }
            return j
        }
        guard ns == 0 || isSpace(b[ns - 1]) || b[ns - 1] == UInt8(ascii: "\"") || b[ns - 1] == UInt8(ascii: "'") || b[ns - 1] == UInt8(ascii: "`") else { return nil }
        while j < n, isSpace(b[j]), j - ne < 3 { j += 1 }
        guard j > ne, j < n else { return nil }
        let c = b[j]
        guard ValueShape.isLetter(c) || (c >= 48 && c <= 57) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") else { return nil }
        return j
    }

    static let accessorGet = Array("get;".utf8), dockerEnv = Array("ENV".utf8)
    static let defaultKey = Array("default".utf8), variableKeyword = Array("variable".utf8)

    /// The name `b[ns..<ne]` opening a block (`variable "db_password" {`, `"api_token": {`, or `api_token:` ending
    /// its line in YAML) whose `default` key (`default = `, `"default": `, `Default:`) follows within 300 bytes and 6
    /// lines, before the block ends (a `}`; in YAML a line indented no deeper than the name's): where that key's value
    /// starts. Bounded: at most 300 bytes read per keyword.
    static func childDefault(_ b: [UInt8], _ ns: Int, _ ne: Int) -> Int? {
        let n = b.count
        var j = ne
        let quoted = ns > 0 && (b[ns - 1] == UInt8(ascii: "\"") || b[ns - 1] == UInt8(ascii: "'"))
        if quoted { guard j < n, b[j] == b[ns - 1] else { return nil }; j += 1 }
        while j < n, isSpace(b[j]) { j += 1 }
        guard j < n else { return nil }
        var brace = false
        if b[j] == UInt8(ascii: "{") {
            // Terraform: only after `variable "name"`.
            guard quoted, ns >= 10 else { return nil }
            var k = ns - 2
            while k >= 0, isSpace(b[k]) { k -= 1 }
            guard k >= 7, SecretEngine.equalsAt(b, k - 7, variableKeyword) else { return nil }
            brace = true
        } else if b[j] == UInt8(ascii: ":") {
            j += 1
            while j < n, isSpace(b[j]) { j += 1 }
            guard j < n else { return nil }
            if b[j] == UInt8(ascii: "{") { brace = true } else if b[j] != 0x0A && b[j] != 0x0D { return nil }
        } else { return nil }
        // The indentation of the name's line (YAML).
        var lineStart = ns
        while lineStart > 0, b[lineStart - 1] != 0x0A, ns - lineStart < 200 { lineStart -= 1 }
        var indent = 0
        while lineStart + indent < ns, isSpace(b[lineStart + indent]) || b[lineStart + indent] == UInt8(ascii: "-") { indent += 1 }
        let limit = min(n, j + 300)
        var i = j + 1
        var atLineStart = !brace, lines = 0
        while i < limit {
            let c = b[i]
            if brace, c == UInt8(ascii: "}") { return nil }
            if c == 0x0A { lines += 1; if lines > 6 { return nil }; atLineStart = true; i += 1; continue }
            if atLineStart, !brace {
                var d = 0
                while i + d < limit, isSpace(b[i + d]) { d += 1 }
                if i + d < limit, b[i + d] != 0x0A, b[i + d] != 0x0D, d <= indent { return nil }
            }
            atLineStart = false
            if (c | 0x20) == UInt8(ascii: "d"), i + defaultKey.count < limit, ValueShape.containsCI(b, i..<(i + defaultKey.count), lowered: defaultKey),
               !Charset.wordByte.contains(b[i - 1]) {
                var k = i + defaultKey.count
                if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") { k += 1 }
                while k < limit, isSpace(b[k]) { k += 1 }
                if k < limit, b[k] == UInt8(ascii: "=") || b[k] == UInt8(ascii: ":"), k + 1 < n, b[k + 1] != UInt8(ascii: "=") { return k + 1 }
            }
            i += 1
        }
        return nil
    }
    static let nameKey = Array("name".utf8), keyKey = Array("key".utf8), valueKey = Array("value".utf8)

    /// The name `b[ns..<ne]` as the whole value of a `name` or `key` key (`- name: API_TOKEN`, `"name": "API_TOKEN"`,
    /// Render's `- key: API_TOKEN`), followed
    /// on the same line or the next (after a comma, within 96 bytes) by a `value` key: where that key's value starts
    /// (after its colon). `valueFrom:` and other keys are no value.
    static func pairedValue(_ b: [UInt8], _ ns: Int, _ ne: Int) -> Int? {
        let n = b.count
        var k = ns - 1
        var quote: UInt8 = 0
        if k >= 0, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") { quote = b[k]; k -= 1 }
        while k >= 0, isSpace(b[k]), ns - k < 8 { k -= 1 }
        guard k >= 4, b[k] == UInt8(ascii: ":") else { return nil }
        k -= 1
        if b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") { k -= 1 }
        // `name` (Kubernetes, Compose, ECS) or `key` (Render's `envVars: - key: API_TOKEN` then `value: v`).
        var key = k - 3
        if !(key >= 0 && ValueShape.containsCI(b, key..<(k + 1), lowered: nameKey)) {
            key = k - 2
            guard key >= 0, ValueShape.containsCI(b, key..<(k + 1), lowered: keyKey) else { return nil }
        }
        guard key == 0 || !(Charset.wordByte.contains(b[key - 1]) || b[key - 1] == UInt8(ascii: "-") && key >= 2 && Charset.wordByte.contains(b[key - 2])) else { return nil }
        var j = ne
        if quote != 0 { guard j < n, b[j] == quote else { return nil }; j += 1 }
        let limit = min(n, j + 96)
        var breaks = 0
        while j < limit, isSpace(b[j]) || b[j] == UInt8(ascii: ",") || b[j] == 0x0A || b[j] == 0x0D {
            if b[j] == 0x0A { breaks += 1; if breaks > 1 { return nil } }
            j += 1
        }
        // A YAML list item may hold the pair in either order; only `value` after `name` is read.
        if j < limit, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") { j += 1 }
        guard j + valueKey.count < limit, ValueShape.containsCI(b, j..<(j + valueKey.count), lowered: valueKey) else { return nil }
        j += valueKey.count
        if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") { j += 1 }
        while j < limit, isSpace(b[j]) { j += 1 }
        guard j < limit, b[j] == UInt8(ascii: ":"), j + 1 < n, b[j + 1] != UInt8(ascii: ":") else { return nil }
        return j + 1
    }

    /// Whether the name at `ns` is the first word after a Dockerfile's `ENV` at the start of its line.
    static func isDockerEnv(_ b: [UInt8], _ ns: Int) -> Bool {
        var k = ns - 1
        guard k >= 3, isSpace(b[k]) else { return false }
        while k > 0, isSpace(b[k - 1]), ns - k < 8 { k -= 1 }
        let e = k - 3
        guard e >= 0, SecretEngine.equalsAt(b, e, dockerEnv) else { return false }
        var l = e - 1
        while l >= 0, isSpace(b[l]) { l -= 1 }
        return l < 0 || b[l] == 0x0A || b[l] == 0x0D
    }

    /// Whether the quote at `q` opens the first argument of a setter call (`setProperty(` before it).
    static func isSetterArgument(_ b: [UInt8], _ q: Int) -> Bool {
        var k = q - 1
        while k >= 0, isSpace(b[k]) { k -= 1 }
        guard k >= 0, b[k] == UInt8(ascii: "(") else { return false }
        let end = k
        while k > 0, end - k < 40, Charset.wordByte.contains(b[k - 1]) || b[k - 1] == UInt8(ascii: "_") { k -= 1 }
        return setterNames.contains { $0.count == end - k && SecretEngine.equalsAt(b, k, $0) }
    }

    /// After the operator: spaces, and for formats that do it, one line break before the value
    /// (`password =\n    "value"`). Returns the value's first byte and whether a line break was crossed.
    static func skipToValue(_ b: [UInt8], _ from: Int, allowBreak: Bool) -> (Int, Bool)? {
        let n = b.count
        var i = from
        while i < n, isSpace(b[i]) { i += 1 }
        guard i < n else { return nil }
        // A line continuation (`API_TOKEN = \` then the value) is a line break too.
        if b[i] == UInt8(ascii: "\\"), i + 1 < n, b[i + 1] == 0x0A || b[i + 1] == 0x0D { i += 1 }
        guard b[i] == 0x0A || b[i] == 0x0D else { return (i, false) }
        guard allowBreak else { return nil }
        if b[i] == 0x0D { i += 1 }
        if i < n, b[i] == 0x0A { i += 1 }
        var indent = 0
        while i < n, isSpace(b[i]), indent < 64 { i += 1; indent += 1 }
        guard i < n, b[i] != 0x0A, b[i] != 0x0D else { return nil }
        return (i, true)
    }

    static func match(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes
        let n = b.count
        // A keyword inside the value of the previous assignment is part of that value.
        if inp.start < inp.memo.genericExamined { return [] }
        let ns = inp.memo.runStart(nameChars, before: inp.start, max: 80)
        var ne = inp.memo.runEnd(nameChars, from: inp.start, max: 80)
        guard ne > ns else { return [] }
        // The weak keyword `key` counts only at the end of a name without a secret word (that word's own hit
        // reads such names): cheapest tests first, since `key` is everywhere in code (`for key in`, `cache_key`).
        var weak: KeyName? = nil
        if inp.keywordLength == 3, b[inp.start] | 0x20 == UInt8(ascii: "k") {
            guard let w = weakKeyName(b, ns, ne) else { return [] }
            if w == .qualified, keywordBytes.contains(where: { ValueShape.containsCI(b, ns..<ne, lowered: $0) }) { return [] }
            weak = w
            // An XML attribute `key="..."` (`<add key="ApiToken" value="v"/>`): its value names the setting, read
            // by the keyword inside it; a bare `key` without context is never reported, so it claims nothing.
            if w == .bare, ns > 0, isSpace(b[ns - 1]), ne + 1 < n, b[ne] == UInt8(ascii: "="),
               b[ne + 1] == UInt8(ascii: "\"") || b[ne + 1] == UInt8(ascii: "'"), !bareKeyContext(b, ns) { return [] }
            // Likewise a YAML or JSON `key:` whose value names the setting (Render's `- key: DATABASE_PASSWORD` then
            // `value: v`): a bare `key` without context is never reported, so it must not claim its value either.
            if w == .bare, ne < n, b[ne] == UInt8(ascii: ":") || (b[ne] == UInt8(ascii: "\"") && ne + 1 < n && b[ne + 1] == UInt8(ascii: ":")),
               !bareKeyContext(b, ns) { return [] }
        }
        // `"value" == name`: the literal before the name (what follows the name is the rest of the condition).
        // (Cheapest test first: an `=` right before the name or one space before it.)
        let literalFirst = ns >= 4 && (b[ns - 1] == UInt8(ascii: "=") || b[ns - 2] == UInt8(ascii: "=")) ? literalBeforeComparison(b, ns, ne) : nil
        let start = literalFirst == nil ? valueStart(b, ns, ne) : nil
        guard start != nil || literalFirst != nil else { return [] }
        let (afterOperator, form) = start ?? (ne, .comparison)
        // PHP `$x.= "v"`: the dot belongs to the operator, not the name.
        if ne - ns > 1, b[ne - 1] == UInt8(ascii: ".") { ne -= 1 }
        var vs: Int, ve: Int, literal: Bool
        let i: Int, nextLine: Bool
        if let (fs, fe) = literalFirst {
            vs = fs; ve = fe; literal = true; i = ne; nextLine = false
        } else {
        // A value on the next line: the XML element's text, or after an operator that ends its line.
        guard var at = skipToValue(b, afterOperator, allowBreak: true) else { return [] }
        // A string literal's prefix: Objective-C and C# `@"v"`, Python `b"v"`, `r'v'`, `rb"v"`, C++ `L"v"`, `u"v"`.
        if form == .assignment { at.0 = afterLiteralPrefix(b, at.0) }
        (i, nextLine) = at
        // Value: quoted (also with escaped quotes inside a string literal), an element's text, or bare.
        vs = i
        let q = b[i]
        literal = q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") || q == UInt8(ascii: "`")
        let escapedQuote = !literal && q == UInt8(ascii: "\\") && i + 1 < n && (b[i + 1] == UInt8(ascii: "\"") || b[i + 1] == UInt8(ascii: "'"))
        if form == .xmlElement {
            // The element's whole text up to the closing tag `</name>`, spaces around it trimmed.
            ve = vs
            while ve < n, b[ve] != UInt8(ascii: "<"), b[ve] != 0x0A, b[ve] != 0x0D, ve - vs <= maxValue + 1 { ve += 1 }
            var close = ve
            while ve > vs, isSpace(b[ve - 1]) { ve -= 1 }
            var hops = 0
            while close < n, isSpace(b[close]) || b[close] == 0x0A || b[close] == 0x0D, hops < 64 { close += 1; hops += 1 }
            guard close + 2 + (ne - ns) < n, b[close] == UInt8(ascii: "<"), b[close + 1] == UInt8(ascii: "/"),
                  SecretEngine.equalsAt(b, close + 2, Array(b[ns..<ne])), b[close + 2 + (ne - ns)] == UInt8(ascii: ">") else {
                if ve - vs > 256 { inp.memo.genericExamined = max(inp.memo.genericExamined, ve) }
                return []
            }
            literal = true
        } else if literal {
            vs = i + 1
            ve = vs
            var escapedEnd = false
            while ve < n, b[ve] != q, b[ve] != 0x0A, ve - vs <= maxValue + 1 {
                // An escaped line break right before the closing quote ends the value (`"v\n"`);
                // any other escape makes it something else than a plain literal.
                if b[ve] == UInt8(ascii: "\\"), q != UInt8(ascii: "`") {
                    if ve + 2 < n, isEscapedBreak(b[ve + 1]), b[ve + 2] == q { escapedEnd = true; break }
                    return []
                }
                ve += 1
            }
            guard ve < n, escapedEnd || b[ve] == q else {
                // An unclosed quote: a stretch longer than any short value is read once, not again by every
                // keyword inside it (values may now run to `maxValue` bytes).
                if ve - vs > 256 { inp.memo.genericExamined = max(inp.memo.genericExamined, ve) }
                return []
            }
        } else if escapedQuote {
            // `\"value\"` inside a string literal (JSON written into code).
            let close = b[i + 1]
            vs = i + 2
            ve = vs
            while ve + 1 < n, !(b[ve] == UInt8(ascii: "\\") && b[ve + 1] == close), b[ve] != 0x0A, ve - vs <= maxValue + 1 { ve += 1 }
            guard ve + 1 < n, b[ve] == UInt8(ascii: "\\"), b[ve + 1] == close else {
                if ve - vs > 256 { inp.memo.genericExamined = max(inp.memo.genericExamined, ve) }
                return []
            }
            literal = true
        } else {
            // On the next line only a quoted value counts: a bare word there is the next statement or key.
            if nextLine || form == .dashed || form == .comparison { return [] }
            // A URL query parameter (`?token=v&next=w`) ends at the next `&` or `#`.
            let query = ns > 0 && (b[ns - 1] == UInt8(ascii: "?") || b[ns - 1] == UInt8(ascii: "&"))
            ve = vs
            while ve < n, ve - vs <= maxValue + 1 {
                let c = b[ve]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: ",") || c == UInt8(ascii: ";")
                    || c == UInt8(ascii: ")") || c == UInt8(ascii: "}") || c == UInt8(ascii: "]") { break }
                // A quote ends a bare value: it closes the string the pair is written in (`"DB_PASSWORD: v",`).
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "`") { break }
                if query, c == UInt8(ascii: "&") || c == UInt8(ascii: "#") { break }
                // An escaped line break ends the value (`api_token: v\napi_user: x` inside a string).
                if c == UInt8(ascii: "\\"), ve + 1 < n, isEscapedBreak(b[ve + 1]) { break }
                ve += 1
            }
            if ve - vs > 3, b[vs] == UInt8(ascii: "$"), b[vs + 1] == UInt8(ascii: "{") {
                // A shell default (`API_TOKEN=${API_TOKEN:-v}`): the value is the default after `:-`.
                var k = vs + 2
                while k + 1 < ve, nameChars.contains(b[k]) { k += 1 }
                if k + 1 < ve, b[k] == UInt8(ascii: ":"), b[k + 1] == UInt8(ascii: "-") { vs = k + 2 }
            } else if let (fs, fe) = fallbackLiteral(b, after: ve) {
                // `apiToken = process.env.API_TOKEN || "v"`: the literal used when the lookup finds nothing.
                vs = fs; ve = fe; literal = true
            }
        }
        }
        inp.memo.genericExamined = max(ve, i)
        if literal {
            // Spaces pasted inside the quotes (`' v '`): the value is what they surround.
            while vs < ve, isSpace(b[vs]) { vs += 1 }
            while ve > vs, isSpace(b[ve - 1]) { ve -= 1 }
        }
        // Cheapest rejection first: no credential is shorter than 8 bytes (most keyed values in
        // minified JSON are counts, ids and words).
        if ve - vs < 8 { return [] }
        // Names are ASCII-lowercased bytes: the stop lists run on every assignment to a secret word.
        let nameBytes = b[ns..<ne].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        if stopSuffixBytes.contains(where: { Self.hasSuffix(nameBytes, $0) }) { return [] }
        if stopWordBytes.contains(where: { Self.contains(nameBytes, $0) }) { return [] }
        let name = String(decoding: nameBytes, as: UTF8.self)
        if name.hasPrefix("$") || name.hasPrefix("is_") || isAccessorName(b, ns, ne) { return [] }
        if form == .xmlElement, nextLine, ve == vs { return [] }
        // The value must look like one: a literal, never an identifier, a dotted path, a call, a
        // JSON object, or a name that holds a secret word itself (`api_key=token_provider_1`).
        if !literal, vs < n, b[vs] == UInt8(ascii: "{") || b[vs] == UInt8(ascii: "\"") { return [] }
        if keywordBytes.contains(where: { ValueShape.containsCI(b, vs..<ve, lowered: $0) }) { return [] }
        if !literal, !ValueShape.isValue(b, vs..<ve, path: inp.path) { return [] }
        // In a programming language an unquoted right-hand side is an expression (`const apiKey = usesExplicitSigV4Auth`
        // continued by `? ... : ...` on the next line), not a literal; only a pair written inside a string
        // (`"api_token: v\n..."`, a query string in a URL literal) holds one. Configuration formats (.env, INI,
        // properties, YAML, shell) keep their bare literals.
        if !literal, ValueShape.isCode(path: inp.path), !inp.path.hasSuffix(".ipynb"), !nameInsideString(b, ns, ne) { return [] }
        // A public analytics project token: handed to its client on the next lines (`Mixpanel(project_token)`),
        // or assigned right after the client's import (`from mixpanel import Mixpanel`).
        if isMixpanelToken(b, vs, ve) { return [] }
        // A value in a provider's shape was judged by that provider's rule (a bad checksum, a
        // placeholder); JWTs are session tokens, reported only when a rule decodes a dangerous role.
        if claimedByShape(b, vs..<ve) { return [] }
        let value = Scan.text(b, vs..<ve)
        // A value that only starts like a JWT (`eyJ` then parts that do not decode to JSON) is no token the
        // JWT rule reads: it is judged like any other value.
        if SecretEngine.equalsAt(b, vs, eyJ), isDecodableJWT(value) { return [] }
        // A header of a curl command (`-H "Api-Token: v"`): the value is sent as a credential, so a shorter
        // random value counts (`curlHeaderValue`).
        let header = weak == nil && !nextLine && isCurlHeader(inp, ns, vs, ve)
        // A note that names the credential in words at the start of its line (`ipinfo token = '<v>'`,
        // `acme api token - '<v>'`): a quoted value of 10 to 15 random characters counts too.
        let note = weak == nil && !nextLine && literal && form != .comparison && ve - vs < 16 && isNoteLine(b, ns, vs)
        guard header || note ? judgeHeaderValue(value) : judge(name: name, value: value) else { return [] }
        let props = ["generic.name": String(name.prefix(60))]
        if let weak {
            // A bare `key` also needs its context to say it is a credential: a URL parameter, or `API KEY =`.
            guard judgeWeak(value), weak == .qualified || bareKeyContext(b, ns) else { return [] }
            return [RawHit(range: vs..<ve, secret: value, verdict: .props(props, detail: "assigned to the key name `\(name.prefix(60))`",
                                                                          severity: .low, confidence: weak == .qualified ? .medium : .low))]
        }
        // A URL's query parameter inside a dataset (`.csv`, `.tsv`, `.jsonl`): links collected from the web carry
        // other sites' session tokens (`?opfInternalRedirectSessionToken=...`), rarely the project's own
        // credential. Still shown, at low.
        if ns > 0, b[ns - 1] == UInt8(ascii: "?") || b[ns - 1] == UInt8(ascii: "&"), Self.isDataFile(inp.path) {
            return [RawHit(range: vs..<ve, secret: value, verdict: .props(props, detail: "a URL query parameter `\(name.prefix(60))` in a data file",
                                                                          severity: .low, confidence: .low))]
        }
        return [RawHit(range: vs..<ve, secret: value, verdict: .props(props, detail: "assigned to `\(name.prefix(60))`"))]
    }

    /// A JSON Web Token the JWT rules read: header and payload decode to JSON (`Structures.jwtClaims`), or
    /// an encrypted token (JWE: five parts, the header JSON).
    static func isDecodableJWT(_ value: String) -> Bool {
        if Structures.jwtClaims(value) != nil { return true }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 5, let h = Codecs.base64Decode(parts[0], maxBytes: 2048), h.first == UInt8(ascii: "{") { return true }
        guard let h = Codecs.base64Decode(parts[0], maxBytes: 2048), h.first == UInt8(ascii: "{") else { return false }
        // Header only, a header and a payload that is JSON, or a header and an ellipsis (`eyJhbGci....`, `eyJ….`):
        // a JWT cut short in documentation or a test.
        if parts.dropFirst().contains(where: { $0.isEmpty }) { return true }
        if parts.count <= 2 {
            return parts.count == 1 || (Codecs.base64Decode(parts[1], maxBytes: 16384)?.first == UInt8(ascii: "{"))
        }
        // A header of readable text that is not JSON (`{"typ":"JWT","alG…`) was edited by hand: issuers write it
        // by machine, so the value is a test's corrupted copy, left to the JWT rule (which drops it).
        // One changed character garbles a byte or two of the decoded text (`{"typ":"JWT","al`\u{a2}:...`); random
        // parts after `eyJ` decode to mostly unreadable bytes.
        let readable = h.filter { $0 >= 0x20 && $0 < 0x7F }.count
        if h.count >= 2, h[1] == UInt8(ascii: "\""), readable * 10 >= h.count * 9, (try? JSONParser.parse(h)) == nil { return true }
        return false
    }

    /// Whether the name at `ns` is the last word of a phrase that starts its line (`ipinfo token`, `my acme api
    /// token`: one to four words of letters and digits joined by single spaces, after indentation) and its value,
    /// opened by a quote at `vs - 1`, is quoted with `'` or `"`. Looks back at most 64 bytes.
    static func isNoteLine(_ b: [UInt8], _ ns: Int, _ vs: Int) -> Bool {
        guard vs >= 1, b[vs - 1] == UInt8(ascii: "'") || b[vs - 1] == UInt8(ascii: "\""), ns >= 2, b[ns - 1] == 0x20 else { return false }
        var k = ns - 1
        var words = 0
        while k > 0, ns - k < 64 {
            // `k` is on a single space; the word before it.
            var w = k
            while w > 0, ns - w < 64, ValueShape.isLetter(b[w - 1]) || (b[w - 1] >= 48 && b[w - 1] <= 57) { w -= 1 }
            guard w < k else { return false }
            words += 1
            if w == 0 || b[w - 1] == 0x0A || b[w - 1] == 0x0D { return words <= 4 }
            if b[w - 1] == 0x09 || (b[w - 1] == 0x20 && (w < 2 || b[w - 2] == 0x20 || b[w - 2] == 0x09 || b[w - 2] == 0x0A)) {
                // Indentation before the first word.
                var i = w - 1
                while i > 0, b[i - 1] == 0x20 || b[i - 1] == 0x09 { i -= 1 }
                return words <= 4 && (i == 0 || b[i - 1] == 0x0A || b[i - 1] == 0x0D)
            }
            guard b[w - 1] == 0x20, words < 4 else { return false }
            k = w - 1
        }
        return false
    }

    static let headerFlags: [[UInt8]] = ["-H", "--header"].map { Array($0.utf8) }

    /// Whether the name at `ns` opens a quoted header argument of a curl command (`-H "Token: v"`,
    /// `--header 'Api-Token: v'`) whose value `b[vs..<ve]` ends that argument, `curl` earlier on the line
    /// (or on a continued line, within 400 bytes).
    static func isCurlHeader(_ inp: MatchInput, _ ns: Int, _ vs: Int, _ ve: Int) -> Bool {
        let b = inp.bytes
        guard ns >= 4, b[ns - 1] == UInt8(ascii: "\"") || b[ns - 1] == UInt8(ascii: "'"), ve < b.count, b[ve] == b[ns - 1] else { return false }
        var k = ns - 2
        var spaces = 0
        while k >= 0, isSpace(b[k]) || b[k] == UInt8(ascii: "="), spaces < 4 { k -= 1; spaces += 1 }
        guard spaces > 0, k >= 1 else { return false }
        guard let flag = headerFlags.first(where: { k + 1 - $0.count >= 1 && SecretEngine.equalsAt(b, k + 1 - $0.count, $0) }),
              isSpace(b[k - flag.count]) else { return false }
        let line = inp.memo.lineBounds(ns, cap: Scan.contextWindow)
        return inp.memo.occurs("curl", in: max(0, line.lowerBound - 400)..<ns)
    }

    /// A curl header's value: at least 10 characters of a token alphabet mixing letters and digits, with the
    /// entropy of a random value of its length (random hex of 16 characters measures about 2.9), not a placeholder.
    static func judgeHeaderValue(_ value: String) -> Bool {
        let u = Array(value.utf8)
        guard u.count >= 10, u.count <= maxValue, u.allSatisfy({ tokenAlphabet.contains($0) }), !u.contains(UInt8(ascii: "%")) else { return false }
        guard u.contains(where: { $0 >= 48 && $0 <= 57 }), u.contains(where: { ValueShape.isLetter($0) }) else { return false }
        if Placeholders.isPlaceholder(value) || isHostName(u) || isWordy(u) || !hasRandomSegment(u[...]) { return false }
        let hexOnly = u.allSatisfy { isHexDigit($0) }
        return Codecs.entropy(u) >= (hexOnly ? 2.7 : 3.0)
    }

    static func isDataFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        return [".csv", ".tsv", ".jsonl", ".ndjson", ".parquet.txt"].contains { lower.hasSuffix($0) }
    }

    /// Characters of generated tokens and keys (`%` for percent-encoding, checked apart), and the extra ones of generated secrets (`judge`).
    static let tokenAlphabet = Charset("A-Za-z0-9+/=_.:~%-")
    static let secretExtras = Charset("!@#$%^&*")

    /// Longest value read (a quoted literal, an element's text, a bare value): long OAuth and JWT-like
    /// tokens run to several hundred characters. A constant bound: the scan stays linear.
    static let maxValue = 1024

    static let accessorPrefixes: [[UInt8]] = ["get", "set", "has", "Get", "Set", "Has"].map { Array($0.utf8) }

    /// A getter or setter's name (`getToken`, `set_password`): `get`, `set` or `has` followed by a capital or `_`.
    /// `getresponse_secret` (a service called GetResponse) is a name like any other.
    static func isAccessorName(_ b: [UInt8], _ ns: Int, _ ne: Int) -> Bool {
        guard ne - ns > 3 else { return false }
        let c = b[ns + 3]
        guard c == UInt8(ascii: "_") || (c >= 65 && c <= 90) else { return false }
        return accessorPrefixes.contains { SecretEngine.equalsAt(b, ns, $0) }
    }

    /// How a name without a secret word names a key.
    enum KeyName { case bare, qualified }

    /// Words that, joined to `key`, name something else than a credential: data keys (`cache_key`,
    /// `sort_key`, `partition_key`), public halves (`public_key`), keyboard keys (`hotkey`), identifiers.
    static let weakKeyDeny: Set<String> = [
        "cache", "primary", "foreign", "sort", "partition", "hash", "range", "row", "object", "obj", "bucket", "s3",
        "idempotency", "idempotent", "routing", "route", "lookup", "map", "dict", "cursor", "page", "public", "pub",
        "publishable", "ssh", "gpg", "pgp", "kms", "i18n", "translation", "locale", "lang", "redis", "event", "message",
        "msg", "state", "unique", "group", "shard", "order", "dedup", "record", "item", "hot", "pass", "composite",
        "metric", "label", "field", "column", "col", "table", "config", "setting", "settings", "env", "var", "header",
        "query", "param", "form", "index", "idx", "cluster", "node", "file", "path", "name", "type", "id", "uuid",
        "prefix", "suffix", "tag", "slug", "task", "job", "queue", "topic", "stream", "channel", "room", "cookie",
        "list", "value", "entry", "data", "template", "context", "attribute", "attr", "prop", "property", "option",
        "flag", "feature", "memo", "local", "default", "next", "prev", "last", "first", "parent", "child", "root",
        "sub", "shortcut", "keyboard", "input", "press", "mod", "modifier", "alt", "ctrl", "shift", "meta", "menu",
        "action", "command", "cmd", "join", "dist", "router", "bit", "byte", "int", "str", "string", "json", "yaml",
        "array", "model", "schema", "text", "ui", "view", "component", "widget", "render", "loop", "iter", "current",
        "cur", "old", "new", "tmp", "temp", "sample", "example", "dummy", "fake", "mock", "test", "region", "zone",
        "storage_account_name", "foreign", "mapping", "output", "result", "response", "request", "res", "req", "resource",
        "cache", "version", "lock", "mutex", "signal", "trigger", "track", "ref", "reference", "dataset", "split",
        "partition", "feature", "video", "image", "audio", "sound", "color", "style", "theme", "font", "css", "class",
        // Messages and their translations (`errorKey: "app.validation.required"`), protocol nonces
        // (`Sec-WebSocket-Key`), keys of recorded objects in traces (`crew_key`, `task_key`).
        "error", "title", "description", "desc", "tooltip", "websocket", "sec", "nonce", "crew", "agent", "trace", "span",
        "run", "step", "thread", "session",
        // Ciphertext of a wrapped content key (`EncryptedKey` in Azure's client-side encryption metadata), object
        // keys that are paths (`relativeKey`), expected values in tests, analytics write keys that ship to browsers
        // (found by review on repositories outside the benchmark).
        "encrypted", "wrapped", "wrapping", "relative", "absolute", "expected", "actual", "write", "segment",
    ]

    /// `weakKeyDeny` as FNV-1a hashes of the lower-case words: a qualifier's parts are looked up without
    /// building a string or an array (every `key` in code reaches this test).
    static let weakKeyDenyHashes: Set<UInt64> = Set(weakKeyDeny.map { fnv1a(Array($0.utf8)[...]) })

    @inline(__always) static func fnv1a(_ u: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for c in u { h = (h ^ UInt64(c)) &* 0x100000001b3 }
        return h
    }

    /// Whether the name `b[ns..<ne]` is `key` (`Key`, `KEY`, `key1`), or a qualifier joined to it by `_`, `-`
    /// or camel case (`censys_key`, `azureKey`, `AZURE_KEY`), the qualifier not naming a data key; an object
    /// before a dot (`config.key`) qualifies nothing. `monkey`, `hotkey`, `sort_key` are not key names.
    static func weakKeyName(_ b: [UInt8], _ ns: Int, _ ne: Int) -> KeyName? {
        var e = ne, digits = 0
        while e > ns, b[e - 1] >= 48, b[e - 1] <= 57, digits < 3 { e -= 1; digits += 1 }
        guard e - ns >= 3 else { return nil }
        let k = e - 3
        guard b[k] | 0x20 == UInt8(ascii: "k"), b[k + 1] | 0x20 == UInt8(ascii: "e"), b[k + 2] | 0x20 == UInt8(ascii: "y") else { return nil }
        if k == ns { return .bare }
        let before = b[k - 1]
        let qEnd: Int
        if before == UInt8(ascii: ".") { return .bare }
        else if before == UInt8(ascii: "_") || before == UInt8(ascii: "-") { qEnd = k - 1 }
        else if b[k] == UInt8(ascii: "K"), (before >= 97 && before <= 122) || (before >= 48 && before <= 57) { qEnd = k }
        else { return nil }
        var qStart = qEnd
        while qStart > ns, b[qStart - 1] != UInt8(ascii: ".") { qStart -= 1 }
        guard qEnd > qStart else { return .bare }
        // Every part of the qualifier (split at `_`, `-` and lower-to-upper case changes) must be allowed.
        var h: UInt64 = 0xcbf29ce484222325, partLength = 0
        var i = qStart
        while i <= qEnd {
            let c: UInt8 = i < qEnd ? b[i] : UInt8(ascii: "_")
            let split = c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
                || (c >= 65 && c <= 90 && i > qStart && b[i - 1] >= 97 && b[i - 1] <= 122)
            if split, partLength > 0 {
                if weakKeyDenyHashes.contains(h) { return nil }
                h = 0xcbf29ce484222325; partLength = 0
            }
            if !(c == UInt8(ascii: "_") || c == UInt8(ascii: "-")) {
                h = (h ^ UInt64(c >= 65 && c <= 90 ? c + 32 : c)) &* 0x100000001b3
                partLength += 1
            }
            i += 1
        }
        return .qualified
    }

    /// Evidence that a bare `key` holds a credential: it is a URL query parameter (`?key=`, the form Google's
    /// and many REST APIs take), or the word `api` stands right before it (`API KEY =`, `api key:`). A service's
    /// name before it (`Using adobe KEY=`) is not enough: on the public test cases such lines were as often
    /// mangled values as keys, and a qualified name (`adobe_key`) says the same more reliably. Looks back at
    /// most 8 bytes.
    static func bareKeyContext(_ b: [UInt8], _ ns: Int) -> Bool {
        guard ns > 0 else { return false }
        if b[ns - 1] == UInt8(ascii: "?") || b[ns - 1] == UInt8(ascii: "&") { return true }
        var k = ns - 1
        guard isSpace(b[k]) else { return false }
        while k >= 0, isSpace(b[k]), ns - k < 4 { k -= 1 }
        guard k >= 2, b[k] | 0x20 == UInt8(ascii: "i"), b[k - 1] | 0x20 == UInt8(ascii: "p"), b[k - 2] | 0x20 == UInt8(ascii: "a") else { return false }
        return k == 2 || !ValueShape.isLetter(b[k - 3])
    }

    /// More evidence for a value under a key name: at least 20 characters (32 when hexadecimal), not a
    /// UUID, nothing that holds the word `key` itself.
    static func judgeWeak(_ value: String) -> Bool {
        let u = Array(value.utf8)
        guard u.count >= 20, !isWordy(u), !isFilePath(u) else { return false }
        let hex = u.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70) || $0 == 45 }
        if isUUID(u) || (hex && u.count < 32) { return false }
        return !ValueShape.containsCI(u, Array("key".utf8))
    }

    /// Whether most of a value is words (`studio.training.validation.s3BucketRequired`,
    /// `__assistantStreamSnapshotRegression_019f__`): letters in word-like runs (4 or more lower-case letters
    /// after at most one capital, a quarter of them vowels, never 4 consonants in a row) make 60% of it.
    /// Generated keys, base36 ones included (`g6cl4jt_2noyibalgbqid4h58jx`), have few such runs.
    static func isWordy(_ u: [UInt8]) -> Bool {
        var inWords = 0, start = -1
        func close(_ end: Int) {
            guard start >= 0, end - start >= 4 else { return }
            var vowels = 0, consonants = 0, streak = 0
            for c in u[start..<end] {
                let l = c | 0x20
                if "aeiouy".utf8.contains(l) { vowels += 1; streak = 0 } else { consonants += 1; streak += 1; if streak >= 4 { return } }
            }
            if vowels * 4 >= end - start { inWords += end - start }
        }
        for i in 0..<u.count {
            let c = u[i]
            let lower = c >= 97 && c <= 122
            if lower, start >= 0 { continue }
            close(i)
            start = lower || (c >= 65 && c <= 90 && i + 1 < u.count && u[i + 1] >= 97 && u[i + 1] <= 122) ? i : -1
        }
        close(u.count)
        return inWords * 10 >= u.count * 6
    }

    /// Whether the value holds a word: 4 or more lower-case letters in a row (after at most one capital), a quarter
    /// of them vowels, never 4 consonants in a row (`supplied`, `Pass`; not `xkqz`).
    static func hasWordRun(_ u: [UInt8]) -> Bool {
        var start = -1
        func word(_ end: Int) -> Bool {
            guard start >= 0, end - start >= 4 else { return false }
            var vowels = 0, streak = 0
            for c in u[start..<end] {
                if "aeiouy".utf8.contains(c | 0x20) { vowels += 1; streak = 0 } else { streak += 1; if streak >= 4 { return false } }
            }
            return vowels * 4 >= end - start
        }
        for i in 0..<u.count {
            let c = u[i]
            let lower = c >= 97 && c <= 122
            if lower, start >= 0 { continue }
            if word(i) { return true }
            start = lower || (c >= 65 && c <= 90 && i + 1 < u.count && u[i + 1] >= 97 && u[i + 1] <= 122) ? i : -1
        }
        return word(u.count)
    }

    /// A path to a file (`tools/release/chunk-E5F6A7B8.js`): a `/` and a file extension of 1 to 5 letters
    /// after the last dot. Keys that are object or file names, not credentials.
    static func isFilePath(_ u: [UInt8]) -> Bool {
        guard u.contains(UInt8(ascii: "/")), let dot = u.lastIndex(of: UInt8(ascii: ".")), dot + 1 < u.count,
              !u[dot...].contains(UInt8(ascii: "/")) else { return false }
        let ext = u[(dot + 1)...]
        return ext.count <= 5 && ext.allSatisfy { ValueShape.isLetter($0) || ($0 >= 48 && $0 <= 57) } && ext.contains { ValueShape.isLetter($0) }
    }

    /// An identifier in UUID shape: `8-4-4-4-12` groups of letters and digits (hexadecimal or not).
    static func isUUID(_ u: [UInt8]) -> Bool {
        guard u.count == 36 else { return false }
        for (i, c) in u.enumerated() {
            if [8, 13, 18, 23].contains(i) { if c != 45 { return false } }
            else if !(ValueShape.isLetter(c) || (c >= 48 && c <= 57)) { return false }
        }
        return true
    }

    @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool { (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) }

    static let mixpanelCall = Array("mixpanel(".utf8), mixpanelInit = Array("mixpanel.init(".utf8)
    static let mixpanelFrom = Array("from mixpanel import".utf8), mixpanelImport = Array("import mixpanel".utf8)

    /// Mixpanel project tokens are public by design (every browser receives them): a value handed to
    /// `Mixpanel(` or `mixpanel.init(` within 400 bytes after it, or assigned within 400 bytes after the
    /// client's import. Bounded look-around; allocates nothing.
    static func isMixpanelToken(_ b: [UInt8], _ vs: Int, _ ve: Int) -> Bool {
        let after = ve..<min(b.count, ve + 400), before = max(0, vs - 400)..<vs
        return ValueShape.containsCI(b, after, lowered: mixpanelCall) || ValueShape.containsCI(b, after, lowered: mixpanelInit)
            || ValueShape.containsCI(b, before, lowered: mixpanelFrom) || ValueShape.containsCI(b, before, lowered: mixpanelImport)
    }

    /// Whether the name `b[ns..<ne]` sits inside a string literal of its line: an odd number of unescaped
    /// quotes of one kind before it (a quoted key, `"api_key": v`, is a key, not text inside a string).
    /// Looks back at most 512 bytes; a longer line counts as outside.
    static func nameInsideString(_ b: [UInt8], _ ns: Int, _ ne: Int) -> Bool {
        var k = ns - 1
        if k >= 0, ne < b.count, b[k] == b[ne], b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") || b[k] == UInt8(ascii: "`") { k -= 1 }
        var double = 0, single = 0, back = 0
        while k >= 0 {
            let c = b[k]
            if c == 0x0A || c == 0x0D { break }
            if ns - k > 512 { return false }
            let escaped = k > 0 && b[k - 1] == UInt8(ascii: "\\")
            if !escaped {
                if c == UInt8(ascii: "\"") { double += 1 } else if c == UInt8(ascii: "'") { single += 1 } else if c == UInt8(ascii: "`") { back += 1 }
            }
            k -= 1
        }
        return double % 2 == 1 || single % 2 == 1 || back % 2 == 1
    }

    @inline(__always) static func isSegmentSeparator(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "/")
    }

    /// Whether some part of the value between separators (`-`, `_`, `.`, `:`, `/`) could carry a generated
    /// secret: at least 6 characters mixing letters and digits, or 16 mixing upper and lower case. Values
    /// written by people out of words and short numbers have none (`new-upstream-refresh-2`,
    /// `m0-old-platform-key`, `sk-synthetic-cloudflare-lifecycle-private-83d4`, `jjwt-jackson-0.11.2`);
    /// generated keys, UUIDs, grouped keys (`D5OZWF8-QBDDBEL-...`) and base64 do.
    static func hasRandomSegment(_ u: ArraySlice<UInt8>) -> Bool {
        var len = 0, letter = false, digit = false, upper = false, lower = false
        for i in u.startIndex...u.endIndex {
            let c: UInt8 = i < u.endIndex ? u[i] : UInt8(ascii: "-")
            if isSegmentSeparator(c) {
                if (len >= 6 && letter && digit) || (len >= 16 && upper && lower) { return true }
                len = 0; letter = false; digit = false; upper = false; lower = false
                continue
            }
            len += 1
            if c >= 48 && c <= 57 { digit = true }
            else if c >= 65 && c <= 90 { letter = true; upper = true }
            else if c >= 97 && c <= 122 { letter = true; lower = true }
        }
        return false
    }

    /// A host name (`4f2a9c.invoiceocean.com`): dot-separated labels ending in a top-level domain of
    /// 2 to 6 lower-case letters after a label of at least 3 letters, digits or hyphens that holds a letter.
    static func isHostName(_ u: [UInt8]) -> Bool {
        guard let lastDot = u.lastIndex(of: UInt8(ascii: ".")), lastDot > 0 else { return false }
        let tld = u[(lastDot + 1)...]
        guard (2...6).contains(tld.count), tld.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
        var k = lastDot - 1, letters = 0, len = 0
        while k >= 0, u[k] != UInt8(ascii: ".") {
            let c = u[k]
            guard (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-") else { return false }
            if c >= 97 && c <= 122 { letters += 1 }
            len += 1; k -= 1
        }
        return len >= 3 && letters > 0
    }

    /// Hexadecimal with one or two letters beyond `f` inside it (`5488620aa9073q09f1a1...`, `...bfe2R21`): a hex
    /// key edited by hand to make it invalid (a test of the rejection path). Random base36 or base62 of 24 or more
    /// characters almost never stays that close to the hex letters (under one in a billion); a prefix (`sk_`,
    /// `pri_`) is no edit, so letters in the first four characters or any separator leave the value alone.
    static func isEditedHex(_ u: [UInt8]) -> Bool {
        guard u.count >= 24 else { return false }
        var other = 0, digits = 0
        for (i, c) in u.enumerated() {
            if c >= 48 && c <= 57 { digits += 1 }
            else if (c >= 97 && c <= 102) || (c >= 65 && c <= 70) { continue }
            else if ValueShape.isLetter(c), i >= 4 { other += 1; if other > 2 { return false } }
            else { return false }
        }
        return other > 0 && digits * 4 >= u.count
    }

    /// A repository or model id (`openai/gpt-5`, `acme-labs/Vision.2-base`): one `/` after a lower-case
    /// owner of letters, digits and `-`/`_`, then a name with no part that could carry a generated secret.
    static func isRepositoryPath(_ u: [UInt8]) -> Bool {
        guard let slash = u.firstIndex(of: UInt8(ascii: "/")), slash >= 2, slash + 1 < u.count,
              !u[(slash + 1)...].contains(UInt8(ascii: "/")), ValueShape.isLetter(u[0]), ValueShape.isLetter(u[slash + 1]) else { return false }
        for c in u[..<slash] where !((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")) { return false }
        return !hasRandomSegment(u[(slash + 1)...])
    }

    /// A URL query string (`st=2025-03-04T07:24:52Z&se=...&sr=c`): two or more `name=` pairs joined by `&`.
    /// What it holds is judged by the rules of its parameters (a SAS token's `sig=`).
    static func isQueryString(_ u: [UInt8]) -> Bool {
        var pairs = 0
        var i = 0
        while i < u.count {
            if i == 0 || u[i - 1] == UInt8(ascii: "&") {
                var j = i
                while j < u.count, j - i < 20, ValueShape.isLetter(u[j]) || u[j] == UInt8(ascii: "_") { j += 1 }
                if j > i, j < u.count, u[j] == UInt8(ascii: "=") { pairs += 1; if pairs >= 2 { return true } }
            }
            i += 1
        }
        return false
    }

    /// Whether a literal assigned to `name` looks like a real credential.
    static func judge(name: String, value: String) -> Bool {
        let u = Array(value.utf8)
        // A Laravel Sanctum token (`<id>|<40 to 48 random>`): the random part is judged.
        if let bar = u.firstIndex(of: UInt8(ascii: "|")), (1...10).contains(bar), u[..<bar].allSatisfy({ $0 >= 48 && $0 <= 57 }),
           (40...48).contains(u.count - bar - 1), u[(bar + 1)...].allSatisfy({ ValueShape.isLetter($0) || ($0 >= 48 && $0 <= 57) }) {
            return judge(name: name, value: String(decoding: u[(bar + 1)...], as: UTF8.self))
        }
        let passwordish = ["password", "passwd", "pwd", "passphrase", "_pass", "-pass"].contains { name.containsBytes($0) }
        guard u.count >= (passwordish ? 8 : 16), u.count <= maxValue else { return false }
        let lower = value.lowercased()
        if value.containsBytes("://") || value.hasPrefix("/") || value.hasPrefix("./") || value.hasPrefix("~") { return false }
        // An ellipsis inside (`MlVtV...ZSYl==`): a value shortened in documentation; no token holds three dots in a
        // row. At the end (`MyPa$$w0rd...` in a sentence) the dots are punctuation after the value.
        if let dots = (0..<max(0, u.count - 2)).first(where: { u[$0] == 0x2E && u[$0 + 1] == 0x2E && u[$0 + 2] == 0x2E }),
           u[(dots + 3)...].contains(where: { $0 != 0x2E }) { return false }
        for marker in ["${", "$(", "{{", "%(", "#{", "<", ">", "process.env", "os.environ", "getenv", "env(", "env.", "secrets.",
                       "vault:", "ref+", "arn:", "\\", "(", ")", "[", "]", " ", "%20"] where value.containsBytes(marker) { return false }
        // Credentials are ASCII; a value with other characters is text (`「設定」...` in a locale file).
        if u.contains(where: { $0 >= 0x80 }) { return false }
        if value.hasPrefix("$") || value.hasPrefix("@") || value.hasPrefix("%") || value.hasPrefix("&") || value.hasPrefix("*") { return false }
        // A leading `=` or `?` is a doubled operator or a query, never the start of base64 or a generated key.
        if value.hasPrefix("=") || value.hasPrefix("?") { return false }
        // Publishable keys are public by design (`pk_live_...`, `live_pub_...`): they go to every browser.
        // `pk_` alone is no sign: ClickUp personal tokens (`pk_<user>_<32>`) and Courier keys start with it; the
        // publishable ones say their mode (`pk_live_`, `pk_test_`, `pk_sbox_`) or hold a UUID (Checkout.com).
        if lower.hasPrefix("pk_live") || lower.hasPrefix("pk_test") || lower.hasPrefix("pk_sbox") || (lower.hasPrefix("pk_") && isUUID(Array(u[3...])))
            || lower.hasPrefix("pub_") || lower.containsBytes("_pub_") { return false }
        // Generated tokens and keys are written in a token alphabet (base64, base64url, hex, with `-_.~:`
        // separators); secrets (Django's `SECRET_KEY`) add `!@#$%^&*`. Other characters (`?`, `;`, `]`, `|`,
        // `,`, a backquote) make a value something else: a query, a list, a template, a mistyped paste.
        // Passwords are typed by people and may hold anything.
        if !passwordish {
            let secretish = name.containsBytes("secret")
            for c in u where !tokenAlphabet.contains(c) && !(secretish && secretExtras.contains(c)) { return false }
            // A `%` outside percent-encoding (`%2F`) is a format directive (`%s`, `%c`): a template, not a value.
            for (i, c) in u.enumerated() where c == UInt8(ascii: "%") {
                guard i + 2 < u.count, isHexDigit(u[i + 1]), isHexDigit(u[i + 2]) else { return false }
            }
        }
        if Placeholders.isPlaceholder(value) || StructuredCatalog.passwordPlaceholders.contains(lower) { return false }
        if lower.hasPrefix("sha256:") || lower.hasPrefix("sha512-") || lower.hasPrefix("sha1-") || lower.hasPrefix("md5:") { return false }
        if lower == "true" || lower == "false" || lower == "null" || lower == "none" { return false }
        // Identifiers and dotted names (`settings.SECRET_KEY`, `my_secret_name`) are references.
        let classes = [value.contains { $0.isLowercase }, value.contains { $0.isUppercase }, value.contains { $0.isNumber },
                       value.contains { !$0.isLetter && !$0.isNumber }].filter { $0 }.count
        let hasDigit = value.contains { $0.isNumber }
        // Random base52 without a digit (`wjXKCFzOWEPRqhTmmbWtVQ`, about 3% of random 20-character base62 keys):
        // long, both cases, the entropy of distinct characters, and not words (`WebStandardStreamableTransport`).
        let randomLetters = !passwordish && !hasDigit && u.count >= 20 && u.contains(where: { $0 >= 65 && $0 <= 90 })
            && u.contains(where: { $0 >= 97 && $0 <= 122 }) && Codecs.entropy(u) >= 3.9 && !isWordy(u)
        if !randomLetters, value.allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" || $0 == "." }) { return false }
        if value.containsBytes("."), value.split(separator: ".").allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "_" } }) { return false }
        if isHostName(u) || isQueryString(u) || isRepositoryPath(u) || FormatCatalog.isNonRandomUUID(u) { return false }
        let h = Codecs.entropy(u)
        if passwordish {
            // Typed, but not words and short numbers joined by separators (`env-supplied-pw12`, `cli-fixed-pass-42`:
            // values written for a test or an example): with no part of 6 or more letters and digits (or 16 of both
            // cases), a word of 4 or more letters makes it one. `Zq9.vL4w.Rt7` has no word and stays.
            return classes >= 3 && h >= 3.0 && hasDigit && (hasRandomSegment(u[...]) || !hasWordRun(u))
        }
        if isEditedHex(u) { return false }
        // Hexadecimal values (16 symbols, at most 4 bits per character) reach lower entropies when random:
        // a random 32-character hex string measures about 3.6.
        let hexOnly = u.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70) || $0 == 45 }
        if !hasRandomSegment(u[...]) { return false }
        if hexOnly, u.count >= 20 { return classes >= 2 && hasDigit && h >= 3.0 }
        return (hasDigit || randomLetters) && classes >= 2 && h >= (u.count >= 24 ? 3.7 : 3.4)
    }
}
