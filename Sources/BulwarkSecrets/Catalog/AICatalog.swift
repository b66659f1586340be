import BulwarkCore

/// Model APIs, vector databases, experiment trackers and ML platforms: every provider has an
/// anchored rule of its own.
enum AICatalog {
    /// Whether the value at `i` continues a hyphenated name (`AzureOpenAIChatGenerator-c20636ac...`, a page slug
    /// ending in its id) or sits in a URL's path (`https://www.notion.so/Page-<32 hex>`): an id, not a key. A
    /// URL's query value (`?api-key=<key>`) is still a key. Looks back at most 256 bytes on the line.
    static func isSlugOrURLPart(_ b: [UInt8], _ i: Int, lineStart: Int) -> Bool {
        guard i > lineStart else { return false }
        if b[i - 1] == UInt8(ascii: "-"), i - 2 >= lineStart, Scan.isWord(b[i - 2]) { return true }
        if b[i - 1] == UInt8(ascii: "=") { return false }
        var k = i - 1
        let stop = max(lineStart, i - 256)
        while k >= stop {
            let c = b[k]
            if c == 0x20 || c == 0x09 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(")
                || c == UInt8(ascii: "<") || c == UInt8(ascii: "[") || c == UInt8(ascii: "`") { break }
            if c == UInt8(ascii: "/"), k >= 2, b[k - 1] == UInt8(ascii: "/"), b[k - 2] == UInt8(ascii: ":") { return true }
            k -= 1
        }
        return false
    }

    static let openAIMarker = "T3Blbk" + "FJ" // base64 of "OpenAI", inside every OpenAI key

    static func openAIBody(_ seed: UInt64) -> String {
        Make.s(seed, .urlSafe, 74) + openAIMarker + Make.s(seed &+ 1, .urlSafe, 74)
    }

    /// OpenAI key prefixes that have their own rule.
    static let openAIOwnPrefixes = ["admin-", "proj-", "svcacct-", "None-"]

    static let openAIValidate: @Sendable (String) -> Verdict? = { s in
        if s.contains(openAIMarker) { return .props(["openai.marker": "present"]) }
        // A marker with the wrong version byte (`T4BlbkFJ`) is an edited or made-up key.
        if s.contains("BlbkFJ") { return nil }
        return .props([:], confidence: .medium)
    }

    /// Admin keys are `sk-admin-` + 58 characters + the `T3BlbkFJ` marker + 58 characters.
    static let openAIAdminValidate: @Sendable (String) -> Verdict? = { s in
        let body = s.dropFirst(9)
        guard let r = body.range(of: openAIMarker) else { return nil }
        return body[..<r.lowerBound].count == 58 && body[r.upperBound...].count == 58 ? .props(["openai.marker": "present"]) : nil
    }

    /// Anthropic keys end with `AA`: a key without it is a made-up or truncated value.
    static let anthropicValidate: @Sendable (String) -> Verdict? = { s in
        s.hasSuffix("AA") ? .plain : nil
    }

    /// `AIzaSy` + 33 characters; a key in a Firebase web configuration is public by design (its
    /// safety comes from API restrictions), so it is reported low, not high.
    static let googleKeyValidate: @Sendable (String) -> Verdict? = { s in
        if documentedGoogleKeys.contains(s) { return nil }
        // Every key Google issues starts `AIzaSy`; `AIza` + 35 other characters is a made-up or edited key.
        guard s.hasPrefix("AIzaSy") else {
            return Placeholders.isPlaceholder(String(s.dropFirst(4))) ? nil : .offStructure("the `AIza` prefix and length", "which start `AIzaSy`")
        }
        if Placeholders.isPlaceholder(String(s.dropFirst(6))) { return nil }
        return .plain
    }

    /// Google's own documentation example key (Firebase docs), assembled from parts.
    static let documentedGoogleKeys: Set<String> = Set(["AIzaSy" + "DOCAbC123dEf456GhI789jKl012-MnO"] + firebaseSDKTestKeys)

    /// Keys published as test and demo values in Firebase's Android SDK (github.com/firebase/firebase-android-sdk):
    /// in its unit tests (FirebaseInstallationsTest, MessagingTestHelper, FirebaseIidRoboTestHelper,
    /// FirebasePerformanceTest, FirebaseAppTest), FirebaseOptions' documentation and the Data Connect demo's
    /// google-services.json at commit a089298ed9e08681ad8d17c0f41112824ec43a96, and in firebase-storage's tests
    /// at 9238cc089a46196bc1d644287fb06533eb9f4a8d and StorageRegistrarTest at 0f3ce63c4413fa3b91fcd693b38d94e7317320cd.
    /// Copied into other projects' tests, they are example values, not leaks (assembled from parts).
    static let firebaseSDKTestKeys: [String] = [
        "AIzaSy" + "A4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ",
        "AIzaSy" + "A5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM",
        "AIzaSy" + "ANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY",
        "AIzaSy" + "ASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4",
        "AIzaSy" + "AdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c",
        "AIzaSy" + "AnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs",
        "AIzaSy" + "BF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU",
        "AIzaSy" + "BcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw",
        "AIzaSy" + "D3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0",
        "AIzaSy" + "DSb51JiIcB6OJpwwMicseKRhhrOq1cS7g",
        "AIzaSy" + "DdVgKwhZl0sTTTLZ7iTmt1r3N2cJLnaDk",
        "AIza" + "yDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A",
        "AIzaSy" + "CkEhVjf3pduRDt6d1yKOMitrUEke8agEM",
        "AIzaSy" + "DMAScliyLx7F0NPDEJi1QmyCgHIAODrlU",
    ]

    /// Context that makes an `AIzaSy` key a Firebase client configuration value: the web config's
    /// other fields (`authDomain`, `messagingSenderId`, the `firebaseapp.com` domain...) within
    /// `firebaseWindow` bytes, or the Android / iOS client configuration files themselves.
    static let firebaseMarkers = ["authdomain", "messagingsenderid", "firebaseapp.com", "firebaseio.com", "firebasestorage.app"]
    static let firebaseWindow = 600
    static let firebaseFiles: Set<String> = ["google-services.json", "googleservice-info.plist"]

    /// A Firebase web (or mobile) API key in client configuration. Public by design: every visitor of the
    /// web app or user of the mobile app receives it, and Firebase security rules, not the key, guard the data.
    /// Reported low (not high as `secret-google-api-key`) because an unrestricted key still lets anyone call
    /// every API enabled on the project, Gemini included, billed to it.
    static let firebaseWebKey = Make.custom(
        "secret-firebase-web-api-key", "Google", "Firebase web API key (client configuration)", keywords: ["AIzaSy"],
        regex: "\\b(AIzaSy[A-Za-z0-9_-]{33})\\b(?=[\\s\\S]{0,600}(?i:authDomain|messagingSenderId|firebaseapp\\.com))",
        env: "FIREBASE_API_KEY",
        unlocks: "the Firebase project as any client of the app sees it (security rules decide what that is); if the key has no API restrictions, every API enabled on the project, Gemini included, billed to it",
        category: "cloud",
        rotate: "Google Cloud console > APIs & Services > Credentials: restrict the key to the app (HTTP referrers, Android or iOS app) and to the Firebase APIs it needs; create a new key if it was unrestricted",
        severity: .low, confidence: .high,
        refs: ["https://firebase.google.com/docs/projects/api-keys"],
        sample: { _ in "" },
        hits: [("web/src/firebase.js", "const firebaseConfig = {\n  apiKey: \"AIzaSy" + Make.s(6, .urlSafe, 33) + "\", // <-\n  authDomain: \"shop-demo.firebaseapp.com\",\n  projectId: \"shop-demo\",\n};"),
               ("android/app/google-services.json", "{\"client\": [{\"api_key\": [{\"current_key\": \"AIzaSy" + Make.s(7, .urlSafe, 33) + "\"}]}]} // <-")],
        misses: [("app/gemini.js", "const genAI = new GoogleGenerativeAI(\"AIzaSy" + Make.s(8, .urlSafe, 33) + "\");")],
        priority: 120) { inp in
        let b = inp.bytes, s = inp.start
        guard s == 0 || !Charset.urlSafe.contains(b[s - 1]) else { return [] }
        let e = s + 39
        guard e <= b.count, Scan.run(b, from: s + 6, .urlSafe, max: 34) == e else { return [] }
        let key = Scan.text(b, s..<e)
        guard googleKeyValidate(key) != nil, Codecs.entropy(Array(key.utf8)) >= 3.5 else { return [] }
        let name = (inp.path.split(separator: "/").last ?? "").lowercased()
        let lo = max(0, s - firebaseWindow), hi = min(b.count, e + firebaseWindow)
        guard firebaseFiles.contains(name) || firebaseMarkers.contains(where: { inp.memo.occurs($0, in: lo..<hi, caseInsensitive: true) }) else { return [] }
        return [RawHit(range: s..<e, secret: key, verdict: .props(["firebase.clientConfig": "true"], detail: "(public by design in client configuration; check that it is restricted)"))]
    }

    static let all: [SecretPattern] = [
        Make.token("secret-openai-project-key", "OpenAI", "OpenAI project API key", ["sk-proj-"], .urlSafe, 40...250,
                   env: "OPENAI_API_KEY", unlocks: "OpenAI API: model calls, files, fine-tunes and the project's billing",
                   category: "ai", rotate: "https://platform.openai.com/api-keys", entropy: 3.5,
                   refs: ["https://platform.openai.com/docs/api-reference/authentication"],
                   validate: openAIValidate, sample: { "sk-proj-" + openAIBody($0) },
                   hits: [("notebooks/eval.py", "client = OpenAI(api_key=\"{S}\") # <-")]),
        Make.token("secret-openai-service-account-key", "OpenAI", "OpenAI service account key", ["sk-svcacct-"], .urlSafe, 40...250,
                   env: "OPENAI_API_KEY", unlocks: "OpenAI API as a project service account", category: "ai",
                   rotate: "https://platform.openai.com/settings/organization/projects", entropy: 3.5,
                   validate: openAIValidate, sample: { "sk-svcacct-" + openAIBody($0) }),
        Make.token("secret-openai-admin-key", "OpenAI", "OpenAI admin key", ["sk-admin-"], .urlSafe, 124...124,
                   env: "OPENAI_ADMIN_KEY", unlocks: "OpenAI organization administration: users, projects, keys, audit logs",
                   category: "ai", rotate: "https://platform.openai.com/settings/organization/admin-keys",
                   severity: .critical, entropy: 3.5, validate: openAIAdminValidate,
                   sample: { "sk-admin-" + Make.s($0, .urlSafe, 58) + openAIMarker + Make.s($0 &+ 1, .urlSafe, 58) },
                   misses: [(".env", "OPENAI_ADMIN_KEY=sk-admin-" + Make.s(8, .urlSafe, 50) + "T3Blbk" + "FJ" + Make.s(9, .urlSafe, 66))]),
        Make.token("secret-openai-user-key", "OpenAI", "OpenAI user API key", ["sk-None-"], .urlSafe, 40...250,
                   env: "OPENAI_API_KEY", unlocks: "OpenAI API with the user's default project", category: "ai",
                   rotate: "https://platform.openai.com/api-keys", entropy: 3.5,
                   validate: openAIValidate, sample: { "sk-None-" + openAIBody($0) }),
        Make.custom("secret-openai-api-key", "OpenAI", "OpenAI API key (legacy or other prefix)",
                    keywords: [openAIMarker],
                    regex: "(?<![A-Za-z0-9_-])(sk-[A-Za-z0-9_-]*" + openAIMarker + "[A-Za-z0-9_-]+)",
                    env: "OPENAI_API_KEY", unlocks: "OpenAI API: model calls and billing", category: "ai",
                    rotate: "https://platform.openai.com/api-keys",
                    sample: { "sk-" + Make.s($0, .base62, 20) + openAIMarker + Make.s($0 &+ 7, .base62, 20) },
                    misses: [(".env", "OPENAI_API_KEY=sk-" + "xxxxxxxxxxxxxxxxxxxx" + openAIMarker + "xxxxxxxxxxxxxxxxxxxx")],
                    priority: 90) { inp in
            let b = inp.bytes
            let s = inp.memo.runStart(.urlSafe, before: inp.start, max: 300)
            let e = inp.memo.runEnd(.urlSafe, from: inp.start, max: 300)
            guard e - s >= 40, SecretEngine.equalsAt(b, s, Array("sk-".utf8)) else { return [] }
            let secret = Scan.text(b, s..<e)
            let body = String(secret.dropFirst(3))
            // Prefixes with a rule of their own (and a stricter structure) are judged there only: an admin key of
            // the wrong length is not a legacy key.
            if openAIOwnPrefixes.contains(where: { body.hasPrefix($0) }) { return [] }
            guard !Placeholders.isPlaceholder(body), Codecs.entropy(Array(body.utf8)) >= 3.5 else { return [] }
            return [RawHit(range: s..<e, secret: secret)]
        },
        Make.token("secret-anthropic-api-key", "Anthropic", "Anthropic API key", ["sk-ant-api03-"], .urlSafe, 80...120,
                   env: "ANTHROPIC_API_KEY", unlocks: "Anthropic API: Claude model calls and the workspace's billing",
                   category: "ai", rotate: "https://console.anthropic.com/settings/keys", entropy: 3.5,
                   refs: ["https://docs.anthropic.com/en/api/getting-started"], validate: anthropicValidate,
                   sample: { "sk-ant-api03-" + Make.s($0, .urlSafe, 93) + "AA" }),
        Make.token("secret-anthropic-admin-key", "Anthropic", "Anthropic admin API key", ["sk-ant-admin01-"], .urlSafe, 80...120,
                   env: "ANTHROPIC_ADMIN_KEY", unlocks: "Anthropic organization administration: members, workspaces, API keys",
                   category: "ai", rotate: "https://console.anthropic.com/settings/admin-keys", severity: .critical,
                   entropy: 3.5, validate: anthropicValidate, sample: { "sk-ant-admin01-" + Make.s($0, .urlSafe, 93) + "AA" }),
        Make.token("secret-huggingface-token", "Hugging Face", "Hugging Face access token", ["hf_"], .letters, 34...34,
                   env: "HF_TOKEN", unlocks: "Hugging Face Hub: private models and datasets, and write access to push (poisoned) models",
                   category: "ai", rotate: "https://huggingface.co/settings/tokens", entropy: 3.5,
                   refs: ["https://huggingface.co/docs/hub/security-tokens"],
                   hits: [("notebooks/train.py", "login(token=\"{S}\") # <-")]),
        Make.token("secret-huggingface-org-token", "Hugging Face", "Hugging Face organization API token", ["api_org_"], .letters, 34...34,
                   env: "HF_ORG_TOKEN", unlocks: "Hugging Face organization repositories", category: "ai",
                   rotate: "https://huggingface.co/settings/tokens", entropy: 3.5),
        Make.token("secret-replicate-api-token", "Replicate", "Replicate API token", ["r8_"], .base62, 37...37,
                   env: "REPLICATE_API_TOKEN", unlocks: "Replicate: model runs billed to the account, private models",
                   category: "ai", rotate: "https://replicate.com/account/api-tokens", entropy: 3.5),
        Make.token("secret-groq-api-key", "Groq", "Groq API key", ["gsk_"], .base62, 52...52,
                   env: "GROQ_API_KEY", unlocks: "Groq inference API", category: "ai",
                   rotate: "https://console.groq.com/keys", entropy: 3.5),
        Make.token("secret-xai-api-key", "xAI", "xAI (Grok) API key", ["xai-"], .base62, 80...80,
                   env: "XAI_API_KEY", unlocks: "xAI Grok API", category: "ai",
                   rotate: "https://console.x.ai", entropy: 3.5),
        Make.keyed("secret-mistral-api-key", "Mistral AI", "Mistral API key", keywords: ["mistral"], .base62, 32...32,
                   env: "MISTRAL_API_KEY", unlocks: "Mistral AI API: model calls and billing", category: "ai",
                   rotate: "https://console.mistral.ai/api-keys", entropy: 3.5),
        Make.keyed("secret-cohere-api-key", "Cohere", "Cohere API key", keywords: ["cohere", "co_api_key"], .base62, 40...40,
                   env: "COHERE_API_KEY", unlocks: "Cohere API: generation, embeddings and rerank", category: "ai",
                   rotate: "https://dashboard.cohere.com/api-keys", entropy: 3.5),
        Make.keyed("secret-together-api-key", "Together AI", "Together AI API key", keywords: ["together"], .hexLower, 64...64,
                   env: "TOGETHER_API_KEY", unlocks: "Together AI inference and fine-tuning", category: "ai",
                   rotate: "https://api.together.ai/settings/api-keys", entropy: 3.3),
        Make.token("secret-together-v1-key", "Together AI", "Together AI API key (tgp_v1)", ["tgp_v1_"], .urlSafe, 40...48,
                   env: "TOGETHER_API_KEY", unlocks: "Together AI inference and fine-tuning", category: "ai",
                   rotate: "https://api.together.ai/settings/api-keys", entropy: 3.5),
        Make.token("secret-perplexity-api-key", "Perplexity", "Perplexity API key", ["pplx-"], .base62, 48...56,
                   env: "PERPLEXITY_API_KEY", unlocks: "Perplexity Sonar API", category: "ai",
                   rotate: "https://www.perplexity.ai/settings/api", entropy: 3.3),
        Make.token("secret-openrouter-api-key", "OpenRouter", "OpenRouter API key", ["sk-or-v1-"], .hexLower, 64...64,
                   env: "OPENROUTER_API_KEY", unlocks: "OpenRouter: calls to every routed model, billed to credits",
                   category: "ai", rotate: "https://openrouter.ai/settings/keys", entropy: 3.3),
        Make.keyed("secret-deepseek-api-key", "DeepSeek", "DeepSeek API key", keywords: ["deepseek"], valuePrefix: "sk-",
                   .hexLower, 32...32, env: "DEEPSEEK_API_KEY", unlocks: "DeepSeek API", category: "ai",
                   rotate: "https://platform.deepseek.com/api_keys", entropy: 3.2),
        Make.token("secret-fireworks-api-key", "Fireworks AI", "Fireworks AI API key", ["fw_"], .base62, 24...24,
                   env: "FIREWORKS_API_KEY", unlocks: "Fireworks AI inference and deployments", category: "ai",
                   rotate: "https://fireworks.ai/account/api-keys", entropy: 3.5),
        Make.token("secret-google-api-key", "Google", "Google API key (Gemini, Maps, Firebase)", ["AIza"], .urlSafe, 35...35,
                   env: "GEMINI_API_KEY", unlocks: "Google APIs enabled for the project, including Gemini model calls billed to it",
                   category: "ai", rotate: "https://console.cloud.google.com/apis/credentials", entropy: 3.5,
                   refs: ["https://ai.google.dev/gemini-api/docs/api-key"], validate: googleKeyValidate,
                   sample: { "AIzaSy" + Make.s($0, .urlSafe, 33) },
                   hits: [("app/gemini.js", "const genAI = new GoogleGenerativeAI(\"{S}\"); // <-"),
                          (".env", "GEMINI_API_KEY=AIzaXy" + Make.s(3, .urlSafe, 33) + " # <-")],
                   misses: [("src/test/java/InstallationsTest.java", "private static final String API_KEY = \"" + firebaseSDKTestKeys[5] + "\";"),
                            ("web/src/firebase.js", "const firebaseConfig = {\n  apiKey: \"AIzaSy" + Make.s(5, .urlSafe, 33) + "\",\n  authDomain: \"shop-demo.firebaseapp.com\",\n};")]),
        firebaseWebKey,
        Make.custom("secret-azure-openai-key", "Microsoft Azure", "Azure OpenAI key",
                    keywords: ["azure_openai", "azure-openai", "azureopenai", "openai.azure.com", "aoai_", "azure_ai"],
                    regex: "(?i:azure_?openai|openai\\.azure\\.com)[^\\n]{0,200}?\\b([a-f0-9]{32}|[A-Za-z0-9]{84})\\b",
                    env: "AZURE_OPENAI_API_KEY", unlocks: "Azure OpenAI deployments of the resource (model calls on the subscription)",
                    category: "ai", rotate: "Azure portal > the OpenAI resource > Keys and Endpoint > Regenerate",
                    confidence: .medium,
                    sample: { FakeSecrets.hex(32, seed: $0) },
                    hits: [("app/azure.py", "client = AzureOpenAI(azure_endpoint=\"https://contoso-ai.openai.azure.com/\", api_key=\"{S}\") # <-"),
                           (".env", "OPENAI_API_TYPE=azure\nOPENAI_API_BASE=https://contoso-ai.openai.azure.com/\nOPENAI_API_KEY={S} # <-"),
                           ("app/client.ts", "const client = new OpenAI({\n  apiKey: \"{S}\", // <-\n  baseURL:\n    \"https://contoso-ai.openai.azure.com/openai/deployments/chat\",\n});"),
                           // A key in a URL's query is still a key.
                           ("scripts/ask.sh", "curl \"https://contoso-ai.openai.azure.com/openai/deployments/chat/completions?api-version=2024-06-01&api-key={S}\" # <-")],
                    misses: [(".env", "AZURE_OPENAI_ENDPOINT=https://contoso-ai.openai.azure.com/"),
                             (".env", "OPENAI_API_BASE=https://contoso-ai.openai.azure.com/\nOPENAI_API_KEY=<your-azure-openai-key>"),
                             (".env", "AZURE_OPENAI_API_KEY=<your-azure-openai-key>"),
                             ("app/client.py", "deployment_id = \"" + FakeSecrets.hex(32, seed: 7) + "\"\napi_base = \"https://contoso-ai.openai.azure.com/\""),
                             // A documentation page's id in its link, after the page's name.
                             ("docs/azure.mdx", "See the [usage](https://www.notion.so/AzureOpenAIChatGenerator-" + FakeSecrets.hex(32, seed: 8) + "?pvs=21) page."),
                             ("docs/azure.md", "AzureOpenAI guide: https://wiki.example.com/pages/" + FakeSecrets.hex(32, seed: 9) + "/view")]) { inp in
            let b = inp.bytes
            // The key sits on the keyword's line, within `Scan.contextWindow` bytes after it.
            let line = inp.memo.lineBounds(inp.start, cap: Scan.contextWindow)
            var i = max(inp.start + inp.keywordLength, inp.memo.examined["azure-openai", default: 0])
            defer { inp.memo.examined["azure-openai"] = i }
            while i < line.upperBound {
                if Scan.isWord(b[i]), i == line.lowerBound || !Scan.isWord(b[i - 1]) {
                    let e = Scan.run(b, from: i, .base62, max: 90)
                    let n = e - i
                    let v = Scan.text(b, i..<e)
                    if (n == 32 && Charset.hex.containsAll(v)) || n == 84, e >= b.count || !Scan.isWord(b[e]),
                       i > line.lowerBound, b[i - 1] != UInt8(ascii: "/"), b[i - 1] != UInt8(ascii: "."),
                       !Self.isSlugOrURLPart(b, i, lineStart: line.lowerBound),
                       !Placeholders.isPlaceholder(v), Codecs.entropy(Array(v.utf8)) >= 3.2 {
                        var props: [String: String] = [:]
                        if let host = inp.memo.firstOccurrence(".openai.azure.com") {
                            let hs = Scan.runBack(b, from: host, .base62Dash, max: 64)
                            props["azure.endpoint"] = "https://" + Scan.text(b, hs..<host) + ".openai.azure.com"
                        }
                        return [RawHit(range: i..<e, secret: v, verdict: .props(props, detail: props["azure.endpoint"].map { "for \($0)" }))]
                    }
                    i = max(e, i + 1)
                } else { i += 1 }
            }
            // The endpoint on its own line (`OPENAI_API_BASE=https://x.openai.azure.com/`): the key is
            // usually assigned on one of the three lines after it (or before it: `api_key = ...` then
            // `api_base = ...`, a client's `apiKey:` then `baseURL:`), to a name holding `key`.
            // The endpoint needs a resource name before it (`<name>.openai.azure.com`), so not at byte 0.
            guard inp.keywordLength == 16, inp.start >= 1, SecretEngine.equalsAt(b, inp.start, Array("openai.azure.com".utf8)) else { return [] }
            let hs = Scan.runBack(b, from: inp.start - 1, .base62Dash, max: 64)
            let endpoint = "https://" + Scan.text(b, hs..<(inp.start - 1)) + ".openai.azure.com"
            func keyAssigned(_ near: Range<Int>) -> RawHit? {
                guard inp.memo.occurs("key", in: near, caseInsensitive: true) else { return nil }
                var k = near.lowerBound
                while k < near.upperBound, b[k] != UInt8(ascii: "="), b[k] != UInt8(ascii: ":") { k += 1 }
                // No `=` or `:` on the line (its last line may end the file): nothing is assigned.
                guard k < near.upperBound else { return nil }
                k += 1
                while k < near.upperBound, b[k] == 0x20 || b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") { k += 1 }
                let e = Scan.run(b, from: k, .base62, max: 90)
                let v = Scan.text(b, k..<e)
                guard e - k == 32, Charset.hex.containsAll(v), e >= b.count || !Scan.isWord(b[e]),
                      !Placeholders.isPlaceholder(v), Codecs.entropy(Array(v.utf8)) >= 3.2 else { return nil }
                return RawHit(range: k..<e, secret: v, verdict: .props(["azure.endpoint": endpoint], detail: "for \(endpoint)"))
            }
            var l = line.upperBound + 1
            for _ in 0..<3 where l < b.count {
                let next = inp.memo.lineBounds(l, cap: Scan.contextWindow)
                defer { l = next.upperBound + 1 }
                if let h = keyAssigned(next) { return [h] }
            }
            var p = line.lowerBound - 1
            for _ in 0..<3 where p >= 0 {
                let prev = inp.memo.lineBounds(p, cap: Scan.contextWindow)
                defer { p = prev.lowerBound - 1 }
                if let h = keyAssigned(prev) { return [h] }
            }
            return []
        },
        Make.token("secret-aws-bedrock-api-key", "AWS", "Amazon Bedrock long-term API key", ["ABSK"], .base64, 80...400,
                   env: "AWS_BEARER_TOKEN_BEDROCK", unlocks: "Amazon Bedrock model invocation as the backing IAM user",
                   category: "ai", rotate: "AWS console > Amazon Bedrock > API keys (delete the key; its IAM user remains)",
                   entropy: 3.5,
                   validate: { s in
                       guard let d = Codecs.base64Decode(Substring(s).dropFirst(4)) else { return nil }
                       return String(decoding: d.prefix(14), as: UTF8.self).hasPrefix("BedrockAPIKey") ? .plain : nil
                   },
                   sample: { "ABSK" + Codecs.base64Encode(Array(("BedrockAPIKey-" + Make.s($0, .base62, 4) + "-at-" + FakeSecrets.string(.upperAlnum, count: 12, seed: $0) + ":" + Make.s($0 &+ 3, .base62, 40)).utf8)) }),
        Make.token("secret-aws-bedrock-short-term-key", "AWS", "Amazon Bedrock short-term API key", ["bedrock-api-key-"], .base64, 24...2000,
                   env: "AWS_BEARER_TOKEN_BEDROCK", unlocks: "Amazon Bedrock model invocation for up to 12 hours",
                   category: "ai", rotate: "it expires on its own; revoke the IAM session that created it", severity: .medium, entropy: 3.5,
                   validate: { s in
                       // base64 of a presigned `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-...` URL.
                       let host = "bedrock.amazonaws.com"
                       if let d = Codecs.base64Decode(Substring(s).dropFirst(16), maxBytes: 4096),
                          String(decoding: d.prefix(host.utf8.count), as: UTF8.self) == host {
                           return String(decoding: d, as: UTF8.self).contains("X-Amz-") ? .plain
                               : .offStructure("the `bedrock-api-key-` prefix and the Bedrock host", "a signed query (`X-Amz-` parameters) after the host")
                       }
                       return s.utf8.count >= 16 + 80 ? .plain : nil
                   },
                   sample: { "bedrock-api-key-" + Codecs.base64Encode(Array(("bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=" + Make.s($0, .upperAlnum, 20)).utf8)) },
                   hits: [("config/bedrock.env", "AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-" + Codecs.base64Encode(Array("bedrock.amazonaws.com".utf8)) + " # <-")],
                   misses: [("config/bedrock.env", "AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-" + Codecs.base64Encode(Array("bedrock.amazonaws.co1".utf8)))]),
        Make.token("secret-pinecone-api-key", "Pinecone", "Pinecone API key", ["pcsk_"], .base62Underscore, 60...90,
                   env: "PINECONE_API_KEY", unlocks: "Pinecone: read, write and delete every index of the project (the RAG corpus)",
                   category: "ai", rotate: "https://app.pinecone.io (API Keys)", entropy: 3.5,
                   validate: { s in
                       // `pcsk_` + a 5-6 character key id + `_` + 63 characters.
                       let parts = s.dropFirst(5).split(separator: "_", omittingEmptySubsequences: false)
                       return parts.count == 2 && (5...6).contains(parts[0].count) && parts[1].count == 63 ? .plain : nil
                   },
                   sample: { "pcsk_" + Make.s($0, .base62, 6) + "_" + Make.s($0 &+ 1, .base62, 63) },
                   misses: [(".env", "PINECONE_API_KEY=pcsk__" + Make.s(4, .base62, 63)), (".env", "PINECONE_API_KEY=pcsk_" + Make.s(5, .base62, 6) + "_" + Make.s(6, .base62, 70))]),
        Make.keyed("secret-pinecone-legacy-key", "Pinecone", "Pinecone legacy API key", keywords: ["pinecone"], .hexDash, 36...36,
                   env: "PINECONE_API_KEY", unlocks: "Pinecone indexes of the project", category: "ai",
                   rotate: "https://app.pinecone.io (API Keys)", entropy: 3.0,
                   validate: { isUUID($0) ? .plain : nil }, sample: { FakeSecrets.uuid(seed: $0) }),
        Make.keyed("secret-weaviate-api-key", "Weaviate", "Weaviate API key", keywords: ["weaviate"], Charset("A-Za-z0-9+/="), 32...100,
                   env: "WEAVIATE_API_KEY", unlocks: "Weaviate cluster: read and write every collection", category: "ai",
                   rotate: "Weaviate Cloud console > cluster > API keys", entropy: 3.8),
        Make.keyed("secret-qdrant-api-key", "Qdrant", "Qdrant API key", keywords: ["qdrant"], Charset("A-Za-z0-9_|.-"), 32...200,
                   env: "QDRANT_API_KEY", unlocks: "Qdrant cluster: read and write every collection", category: "ai",
                   rotate: "Qdrant Cloud console > cluster > API keys", entropy: 3.8,
                   sample: { FakeSecrets.uuid(seed: $0) + "|" + Make.s($0, .urlSafe, 40) },
                   misses: [("docs/collections.md", "Qdrant vectors are configured with qdrant_client.models.VectorParams (size, distance).")]),
        Make.token("secret-langsmith-personal-token", "LangChain", "LangSmith personal access token", ["lsv2_pt_"], Charset("a-f0-9_"), 43...43,
                   env: "LANGSMITH_API_KEY", unlocks: "LangSmith: traces (prompts, completions, user data) and datasets",
                   category: "ai", rotate: "https://smith.langchain.com/settings", entropy: 3.0,
                   validate: { $0.dropFirst(8).split(separator: "_").map(\.count) == [32, 10] ? .plain : nil },
                   sample: { "lsv2_pt_" + FakeSecrets.hex(32, seed: $0) + "_" + FakeSecrets.hex(10, seed: $0 &+ 1) }),
        Make.token("secret-langsmith-service-key", "LangChain", "LangSmith service key", ["lsv2_sk_"], Charset("a-f0-9_"), 43...43,
                   env: "LANGSMITH_API_KEY", unlocks: "LangSmith organization: every project's traces and datasets",
                   category: "ai", rotate: "https://smith.langchain.com/settings", entropy: 3.0,
                   validate: { $0.dropFirst(8).split(separator: "_").map(\.count) == [32, 10] ? .plain : nil },
                   sample: { "lsv2_sk_" + FakeSecrets.hex(32, seed: $0) + "_" + FakeSecrets.hex(10, seed: $0 &+ 1) }),
        Make.token("secret-langfuse-secret-key", "Langfuse", "Langfuse secret key", ["sk-lf-"], .hexDash, 36...36,
                   env: "LANGFUSE_SECRET_KEY", unlocks: "Langfuse project: traces, prompts and scores", category: "ai",
                   rotate: "Langfuse > project settings > API keys", entropy: 3.0,
                   validate: { isUUID(String($0.dropFirst(6))) ? .plain : nil }, sample: { "sk-lf-" + FakeSecrets.uuid(seed: $0) }),
        Make.token("secret-langfuse-public-key", "Langfuse", "Langfuse public key", ["pk-lf-"], .hexDash, 36...36,
                   env: "LANGFUSE_PUBLIC_KEY", unlocks: "identifies a Langfuse project (public)", category: "ai",
                   rotate: "not needed", entropy: 3.0, publishable: true,
                   validate: { isUUID(String($0.dropFirst(6))) ? .plain : nil }, sample: { "pk-lf-" + FakeSecrets.uuid(seed: $0) }),
        Make.keyed("secret-wandb-api-key", "Weights & Biases", "Weights & Biases API key", keywords: ["wandb"], .hexLower, 40...40,
                   env: "WANDB_API_KEY", unlocks: "Weights & Biases: runs, artifacts (model weights) and reports of the entity",
                   category: "ai", rotate: "https://wandb.ai/authorize", entropy: 3.3,
                   hits: [("train.py", "wandb.login(key=\"{S}\") # <-")],
                   misses: [("requirements.txt", "wandb @ git+https://github.com/wandb/wandb@" + FakeSecrets.hex(40, seed: 9))]),
        Make.keyed("secret-comet-api-key", "Comet", "Comet ML API key", keywords: ["comet"], .base62, 25...25,
                   env: "COMET_API_KEY", unlocks: "Comet ML / Opik: experiments, models and prompts of the workspace",
                   category: "ai", rotate: "https://www.comet.com/account-settings/apiKeys", entropy: 3.5),
        Make.token("secret-neptune-api-token", "Neptune", "Neptune.ai API token", ["eyJhcGlfYWRkcmVzcyI6"], .base64, 40...600,
                   env: "NEPTUNE_API_TOKEN", unlocks: "Neptune.ai: experiment metadata and artifacts of the workspace",
                   category: "ai", rotate: "Neptune > user menu > Get your API token (reset)", entropy: 3.5,
                   validate: { s in
                       guard let d = Codecs.base64Decode(s), String(decoding: d, as: UTF8.self).contains("api_key") else { return nil }
                       return .plain
                   },
                   sample: { "eyJhcGlfYWRkcmVzcyI6" + String(Codecs.base64Encode(Array(("{\"api_address\":\"https://app.neptune.ai\",\"api_url\":\"https://app.neptune.ai\",\"api_key\":\"" + FakeSecrets.uuid(seed: $0) + "\"}").utf8)).dropFirst(20)) }),
        Make.token("secret-elevenlabs-api-key", "ElevenLabs", "ElevenLabs API key", ["sk_"], .hexLower, 48...48,
                   env: "ELEVENLABS_API_KEY", unlocks: "ElevenLabs: voice generation and cloned voices, billed to the account",
                   category: "ai", rotate: "https://elevenlabs.io/app/settings/api-keys", entropy: 3.3),
        Make.keyed("secret-elevenlabs-legacy-key", "ElevenLabs", "ElevenLabs legacy API key", keywords: ["elevenlabs", "xi-api-key", "xi_api_key"],
                   .hexLower, 32...32, env: "ELEVENLABS_API_KEY", unlocks: "ElevenLabs voice generation", category: "ai",
                   rotate: "https://elevenlabs.io/app/settings/api-keys", entropy: 3.2),
        Make.token("secret-modal-token-id", "Modal", "Modal token id", ["ak-"], .base62, 22...22,
                   env: "MODAL_TOKEN_ID", unlocks: "identifies a Modal token (half of the credential)", category: "ai",
                   rotate: "https://modal.com/settings/tokens", severity: .medium, entropy: 3.5),
        Make.token("secret-modal-token-secret", "Modal", "Modal token secret", ["as-"], .base62, 22...22,
                   env: "MODAL_TOKEN_SECRET", unlocks: "Modal: deploy and run functions (GPU spend) and read secrets of the workspace",
                   category: "ai", rotate: "https://modal.com/settings/tokens", entropy: 3.5),
        Make.token("secret-databricks-token", "Databricks", "Databricks personal access token", ["dapi"], .hexLower, 32...32,
                   env: "DATABRICKS_TOKEN", unlocks: "Databricks workspace: notebooks, jobs, clusters, Unity Catalog data and models",
                   category: "ai", rotate: "Databricks workspace > User settings > Developer > Access tokens", entropy: 3.2),
        Make.token("secret-cerebras-api-key", "Cerebras", "Cerebras API key", ["csk-"], .lowerAlnum, 48...48,
                   env: "CEREBRAS_API_KEY", unlocks: "Cerebras inference API", category: "ai",
                   rotate: "https://cloud.cerebras.ai", entropy: 3.5),
        Make.token("secret-nvidia-api-key", "NVIDIA", "NVIDIA NIM / build.nvidia.com API key", ["nvapi-"], .urlSafe, 64...64,
                   env: "NVIDIA_API_KEY", unlocks: "NVIDIA hosted NIM inference", category: "ai",
                   rotate: "https://build.nvidia.com", entropy: 3.5),
        Make.token("secret-jina-api-key", "Jina AI", "Jina AI API key", ["jina_"], .urlSafe, 56...64,
                   env: "JINA_API_KEY", unlocks: "Jina AI embeddings, reader and rerank", category: "ai",
                   rotate: "https://jina.ai/api-dashboard", entropy: 3.5),
        Make.token("secret-tavily-api-key", "Tavily", "Tavily API key", ["tvly-"], .base62Dash, 32...48,
                   env: "TAVILY_API_KEY", unlocks: "Tavily search API used by agents", category: "ai",
                   rotate: "https://app.tavily.com", entropy: 3.5),
        Make.token("secret-firecrawl-api-key", "Firecrawl", "Firecrawl API key", ["fc-"], .hexLower, 32...32,
                   env: "FIRECRAWL_API_KEY", unlocks: "Firecrawl scraping API", category: "ai",
                   rotate: "https://www.firecrawl.dev/app/api-keys", entropy: 3.2),
        Make.token("secret-e2b-api-key", "E2B", "E2B API key", ["e2b_"], .hexLower, 40...40,
                   env: "E2B_API_KEY", unlocks: "E2B code-execution sandboxes of the team", category: "ai",
                   rotate: "https://e2b.dev/dashboard", entropy: 3.2),
        Make.token("secret-llamacloud-api-key", "LlamaIndex", "LlamaCloud API key", ["llx-"], .base62, 48...48,
                   env: "LLAMA_CLOUD_API_KEY", unlocks: "LlamaCloud parsing and indexes", category: "ai",
                   rotate: "https://cloud.llamaindex.ai", entropy: 3.5),
        Make.token("secret-voyage-api-key", "Voyage AI", "Voyage AI API key", ["pa-"], .urlSafe, 43...43,
                   env: "VOYAGE_API_KEY", unlocks: "Voyage AI embeddings", category: "ai",
                   rotate: "https://dashboard.voyageai.com", entropy: 4.0),
        Make.token("secret-browserbase-api-key", "Browserbase", "Browserbase API key", ["bb_live_"], .urlSafe, 27...27,
                   env: "BROWSERBASE_API_KEY", unlocks: "Browserbase headless browser sessions", category: "ai",
                   rotate: "https://www.browserbase.com/settings", entropy: 3.5),
        Make.token("secret-runpod-api-key", "RunPod", "RunPod API key", ["rpa_"], .upperAlnum, 40...50,
                   env: "RUNPOD_API_KEY", unlocks: "RunPod: GPU pods and serverless endpoints billed to the account",
                   category: "ai", rotate: "https://www.runpod.io/console/user/settings", entropy: 3.5),
        Make.keyed("secret-assemblyai-api-key", "AssemblyAI", "AssemblyAI API key", keywords: ["assemblyai", "assembly_ai"], .hexLower, 32...32,
                   env: "ASSEMBLYAI_API_KEY", unlocks: "AssemblyAI transcription (and the uploaded audio)", category: "ai",
                   rotate: "https://www.assemblyai.com/app/account", entropy: 3.2),
        Make.keyed("secret-deepgram-api-key", "Deepgram", "Deepgram API key", keywords: ["deepgram"], .hexLower, 40...40,
                   env: "DEEPGRAM_API_KEY", unlocks: "Deepgram speech APIs", category: "ai",
                   rotate: "https://console.deepgram.com", entropy: 3.2),
        Make.keyed("secret-stability-api-key", "Stability AI", "Stability AI API key", keywords: ["stability"], valuePrefix: "sk-",
                   .base62, 48...48, env: "STABILITY_API_KEY", unlocks: "Stability AI image generation", category: "ai",
                   rotate: "https://platform.stability.ai/account/keys", entropy: 3.5),
        Make.keyed("secret-ai21-api-key", "AI21 Labs", "AI21 API key", keywords: ["ai21"], .base62, 32...32,
                   env: "AI21_API_KEY", unlocks: "AI21 Jamba API", category: "ai", rotate: "https://studio.ai21.com/account/api-key",
                   entropy: 3.5),
        Make.keyed("secret-kaggle-api-key", "Kaggle", "Kaggle API key", keywords: ["kaggle"], .hexLower, 32...32,
                   env: "KAGGLE_KEY", unlocks: "Kaggle: datasets, models and notebooks of the user", category: "ai",
                   rotate: "https://www.kaggle.com/settings (Expire API token)", entropy: 3.2),
        Make.keyed("secret-roboflow-api-key", "Roboflow", "Roboflow API key", keywords: ["roboflow"], .base62, 20...20,
                   env: "ROBOFLOW_API_KEY", unlocks: "Roboflow datasets and models", category: "ai",
                   rotate: "https://app.roboflow.com/settings/api", entropy: 3.5,
                   misses: [("docs/v1/inference.md", "from roboflow import RoboflowBatchJobSpec")]),
        Make.keyed("secret-clarifai-pat", "Clarifai", "Clarifai personal access token", keywords: ["clarifai"], .hexLower, 32...32,
                   env: "CLARIFAI_PAT", unlocks: "Clarifai apps and models", category: "ai",
                   rotate: "https://clarifai.com/settings/security", entropy: 3.2),
    ]

    static func isUUID(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [8, 4, 4, 4, 12] && parts.allSatisfy { Charset.hex.containsAll(String($0)) }
    }
}
