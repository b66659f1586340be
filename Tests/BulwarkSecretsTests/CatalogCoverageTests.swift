import BulwarkCore
import BulwarkKit
@testable import BulwarkSecrets
import Foundation
import Testing

/// Credential types of issue 16: each provider family has its own rule, and the structure checks
/// tell real shapes from made-up ones. Every value here is generated (`Make.s`, `FakeSecrets`).
@Suite struct CatalogCoverageTests {
    func rules(_ path: String, _ text: String) -> [String] { secretFindings(path, text).map(\.ruleID) }

    @Test func everyProviderFamilyHasASpecificRule() {
        let families = [
            "1password", "adafruit", "adobe", "age", "airtable", "algolia", "alibaba", "anthropic", "asana", "atlassian",
            "authress", "aws", "azure", "beamer", "bitbucket", "bittrex", "clickhouse", "clojars", "cloudflare", "codecov",
            "coinbase", "confluent", "contentful", "curl", "databricks", "datadog", "defined-networking", "digitalocean",
            "discord", "doppler", "droneci", "dropbox", "duffel", "dynatrace", "easypost", "etsy", "facebook", "fastly",
            "finicity", "finnhub", "flickr", "flutterwave", "flyio", "frameio", "freshbooks", "gcp", "github", "gitlab",
            "gitter", "gocardless", "grafana", "harness", "heroku", "hubspot", "huggingface", "infracost", "intercom",
            "intra42", "jfrog", "jwt", "kraken", "kucoin", "launchdarkly", "linear", "linkedin", "lob", "looker",
            "mailchimp", "mailgun", "mapbox", "mattermost", "maxmind", "meraki", "messagebird", "netlify", "newrelic",
            "npm", "nuget", "nytimes", "octopus", "okta", "openai", "openshift", "perplexity", "plaid", "planetscale",
            "postman", "prefect", "privateai", "pulumi", "pypi", "rapidapi", "readme", "rubygems", "scalingo", "sendbird",
            "sendgrid", "sendinblue", "sentry", "settlemint", "shippo", "shopify", "sidekiq", "slack", "snyk", "sonar",
            "sourcegraph", "square", "squarespace", "stripe", "sumologic", "teams", "telegram", "travisci", "trello",
            "twilio", "twitch", "twitter", "typeform", "vault", "yandex", "zendesk",
        ]
        let ids = SecretCatalog.patterns.map(\.id)
        let aliases = ["gcp": "google"]
        for family in families {
            let needle = aliases[family] ?? family
            #expect(ids.contains { $0.contains(needle) && $0 != "secret-generic-assignment" }, "no specific rule for \(family)")
        }
    }

    @Test func anthropicKeysMustEndWithAA() {
        let body = Make.s(41, .urlSafe, 93)
        #expect(rules(".env", "ANTHROPIC_API_KEY=sk-ant-api03-\(body)AA").contains("secret-anthropic-api-key"))
        #expect(!rules(".env", "ANTHROPIC_API_KEY=sk-ant-api03-\(body)BB").contains("secret-anthropic-api-key"))
    }

    @Test func openAIAdminKeysHaveTheirStructure() {
        let good = "sk-admin-" + Make.s(42, .urlSafe, 58) + AICatalog.openAIMarker + Make.s(43, .urlSafe, 58)
        let short = "sk-admin-" + Make.s(42, .urlSafe, 5) + AICatalog.openAIMarker + Make.s(43, .urlSafe, 58)
        #expect(rules(".env", "OPENAI_ADMIN_KEY=\(good)").contains("secret-openai-admin-key"))
        #expect(!rules(".env", "OPENAI_ADMIN_KEY=\(short)").contains("secret-openai-admin-key"))
    }

    @Test func pineconeKeysHaveAKeyIDAndA63CharacterSecret() {
        #expect(rules(".env", "PINECONE_API_KEY=pcsk_\(Make.s(44, .base62, 5))_\(Make.s(45, .base62, 63))").contains("secret-pinecone-api-key"))
        #expect(!rules(".env", "PINECONE_API_KEY=pcsk__\(Make.s(45, .base62, 63))").contains("secret-pinecone-api-key"))
        #expect(!rules(".env", "PINECONE_API_KEY=pcsk_\(Make.s(44, .base62, 6))_\(Make.s(45, .base62, 68))").contains("secret-pinecone-api-key"))
    }

    @Test func sentryOrgTokensCarryTheirPayload() throws {
        let p = try #require(SecretCatalog.pattern("secret-sentry-org-token"))
        let token = p.sample(7)
        let f = secretFindings(".env", "SENTRY_AUTH_TOKEN=\(token)")
        #expect(f.first { $0.ruleID == "secret-sentry-org-token" }?.properties["sentry.org"]?.hasPrefix("org-") == true)
        #expect(!rules(".env", "SENTRY_AUTH_TOKEN=\(token.dropLast())").contains("secret-sentry-org-token"))
        #expect(!rules(".env", "SENTRY_AUTH_TOKEN=sntrys_\(Make.s(46, .base62, 80))_\(Make.s(47, .base62, 43))").contains("secret-sentry-org-token"))
    }

    @Test func googleAPIKeysStartWithAIzaSy() {
        #expect(rules("app.js", "const key = \"AIzaSy\(Make.s(48, .urlSafe, 33))\";").contains("secret-google-api-key"))
        // `AIza` + 35 other characters is no key Google issued: low, for a look, never high.
        let other = secretFindings("app.js", "const key = \"AIzaQy\(Make.s(48, .urlSafe, 33))\";").filter { $0.ruleID == "secret-google-api-key" }
        #expect(other.map(\.severity) == [.low])
    }

    @Test func googleOAuthTokensAreHighAndSayWhatTheyUnlock() throws {
        let refresh = "1//0" + Make.s(49, .base62, 2) + "-" + Make.s(50, .urlSafe, 96)
        let f = secretFindings("tests/cassettes/token.yaml", "body: '{\"refresh_token\": \"\(refresh)\"}'")
        let hit = try #require(f.first { $0.ruleID == "secret-google-oauth-refresh-token" })
        #expect(hit.properties["unlocks"]?.contains("without a password") == true)
        #expect(SecretCatalog.pattern("secret-google-oauth-refresh-token")?.severity == .high)
        #expect(rules(".env", "TOKEN=ya29.a0\(Make.s(51, .urlSafe, 150))").contains("secret-google-oauth-access-token"))
    }

    @Test func jwtSeverityFollowsWhatTheTokenIs() throws {
        let signed = JWTSamples.token(["iss": "https://auth.internal.test", "sub": Make.s(52, .lowerAlnum, 10)], seed: 52)
        let live = try #require(secretFindings("src/client.ts", "const token = \"\(signed)\";").first { $0.ruleID == "secret-jwt" })
        #expect(live.severity == .medium)
        // Unsigned (`alg: none`): nothing to forge, reported low.
        let header = Codecs.base64Encode(Array("{\"alg\":\"none\"}".utf8)).replacingOccurrences(of: "=", with: "")
        let payload = Codecs.base64Encode(Array("{\"sub\":\"\(Make.s(53, .lowerAlnum, 12))\",\"role\":\"reader\"}".utf8)).replacingOccurrences(of: "=", with: "")
        let unsigned = try #require(secretFindings("src/client.ts", "const token = \"\(header).\(payload).\";").first { $0.ruleID == "secret-jwt" })
        #expect(unsigned.severity == .low)
    }

    @Test func legacyGitHubTokensOnlyAsTheValueOfATokenName() {
        let hex = FakeSecrets.hex(40, seed: 54)
        #expect(rules(".env", "GITHUB_TOKEN=\(hex)").contains("secret-github-legacy-token"))
        #expect(rules("config.yml", "github_token: \"\(hex)\"").contains("secret-github-legacy-token"))
        #expect(!rules("wf.lock.yml", "# {\"secrets\":[\"GITHUB_TOKEN\",\"OTHER\"],\"hash\":\"\(hex)\"}").contains("secret-github-legacy-token"))
    }

    @Test func curlPasswordsButNotVariableNames() {
        #expect(rules("run.sh", "curl -u deploy:\(Make.s(55, .base62, 14)) https://files.internal.test/").contains("secret-curl-basic-auth"))
        #expect(!rules("run.sh", "curl -u \"$USER:$PASSWORD\" https://files.internal.test/").contains("secret-curl-basic-auth"))
        #expect(!rules("run.sh", "curl -u \"API_ID:API_SECRET\" https://files.internal.test/").contains("secret-curl-basic-auth"))
        #expect(!rules("run.sh", "wget -u deploy:\(Make.s(55, .base62, 14)) https://files.internal.test/").contains("secret-curl-basic-auth"))
    }

    @Test func azureOpenAIKeyOnTheLineAfterItsEndpoint() {
        let key = FakeSecrets.hex(32, seed: 56)
        let f = secretFindings(".env", "OPENAI_API_TYPE=azure\nOPENAI_API_BASE=https://contoso-ai.openai.azure.com/\nOPENAI_API_KEY=\(key)\n")
        #expect(f.first { $0.ruleID == "secret-azure-openai-key" }?.properties["azure.endpoint"] == "https://contoso-ai.openai.azure.com")
    }

    @Test func azureOpenAIKeyAssignedBeforeItsEndpoint() {
        let key = FakeSecrets.hex(32, seed: 60)
        let f = secretFindings("app/client.ts", "const client = new OpenAI({\n  apiKey: \"\(key)\",\n  baseURL:\n    \"https://contoso-ai.openai.azure.com/openai/deployments/chat\",\n});\n")
        #expect(f.first { $0.ruleID == "secret-azure-openai-key" }?.properties["azure.endpoint"] == "https://contoso-ai.openai.azure.com")
        // A 32-hex value whose name holds no `key` is not taken.
        #expect(!rules("app/client.py", "deployment_id = \"\(key)\"\napi_base = \"https://contoso-ai.openai.azure.com/\"\n").contains("secret-azure-openai-key"))
    }

    @Test func metaTokensWithoutAKeywordButNotBase64Data() {
        let token = "EAAG" + Make.s(61, .base62, 140)
        #expect(rules("deploy/social.yaml", "- name: PAGE_TOKEN\n  value: \"\(token)\"\n").contains("secret-meta-graph-access-token"))
        // Where the vendor's name is on the line, the Facebook rule names it (one finding, not two).
        #expect(rules(".env", "FACEBOOK_ACCESS_TOKEN=\(token)\n") == ["secret-facebook-access-token"])
        #expect(rules("a.txt", "blob = \"EAA\(Make.s(62, .base62, 120))+/\(Make.s(63, .base62, 30))==\"\n").isEmpty)
    }

    @Test func cloudflareScannableKeysCarryAChecksum() throws {
        let body = Make.s(64, .base62, 40)
        let crc = String(Codecs.crc32(Array(body.utf8)), radix: 16)
        let key = "cfk_" + body + String(repeating: "0", count: 8 - crc.count) + crc
        let f = try #require(secretFindings("purge.sh", "curl -H \"X-Auth-Key: \(key)\" https://api.cloudflare.com/client/v4/user\n").first)
        #expect(f.ruleID == "secret-cloudflare-global-api-key-scannable" && f.severity == .critical)
        #expect(f.properties["checksum"] == "crc32 matches")
        // The last eight characters are hexadecimal; anything else is not the format.
        #expect(!rules(".env", "CLOUDFLARE_API_KEY=cfk_\(body)XYZ12345\n").contains("secret-cloudflare-global-api-key-scannable"))
        #expect(rules(".env", "CLOUDFLARE_API_TOKEN=cfat_\(body)\(FakeSecrets.hex(8, seed: 65))\n").contains("secret-cloudflare-api-token-scannable"))
    }

    @Test func atlassianDataCenterTokensDecodeToAnIDAndAColon() throws {
        let token = CoverageCatalog.dataCenterSample(66)
        let f = try #require(secretFindings("ci.env", "JIRA_TOKEN=\(token)\n").first { $0.ruleID == "secret-atlassian-data-center-pat" })
        #expect(f.properties["token.id"]?.count == 12)
        #expect(rules("notes.txt", "BBDC-\(token)\n").contains("secret-bitbucket-data-center-token"))
        // 44 random base64 characters after the product's name are not that structure.
        #expect(!rules("ci.env", "JIRA_TOKEN=\(Make.s(67, .base62, 44))\n").contains("secret-atlassian-data-center-pat"))
        #expect(!rules("notes.txt", "BBDC-\(Make.s(68, .base62, 44))\n").contains("secret-bitbucket-data-center-token"))
    }

    @Test func azureContainerRegistryPasswordsByTheirSignature() {
        let pw = Make.s(69, .base62, 42) + "+ACR" + Make.s(70, .base62, 6)
        #expect(rules("push.sh", "docker login contoso.azurecr.io -u contoso -p \(pw)\n").contains("secret-azure-container-registry-password"))
        #expect(!rules("push.sh", "x = \(Make.s(71, .base62, 30))+ACR\(Make.s(72, .base62, 6))\n").contains("secret-azure-container-registry-password"))
    }

    @Test func workflowTriggerURLsNeedASignature() {
        let url = "https://prod-27.westeurope.logic.azure.com:443/workflows/\(FakeSecrets.hex(32, seed: 73))/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=\(Make.s(74, .urlSafe, 43))"
        #expect(rules("notify.py", "TEAMS_URL = '\(url)'\n").contains("secret-power-automate-workflow-url"))
        #expect(!rules("docs/teams.md", "POST https://prod-27.westeurope.logic.azure.com:443/workflows/<id>/triggers/manual/paths/invoke?sig=<signature>\n").contains("secret-power-automate-workflow-url"))
        #expect(!rules("notify.py", "u = 'https://example.org/triggers/manual/paths/invoke?sig=\(Make.s(75, .urlSafe, 43))'\n").contains("secret-power-automate-workflow-url"))
    }

    @Test func flyMacaroonsWithoutTheFlyV1Prefix() {
        #expect(rules("fly.env", "FLY_API_TOKEN=fm2_\(Make.s(76, Charset("A-Za-z0-9+/"), 120))\n").contains("secret-flyio-token"))
        #expect(rules("config.ini", "herokuToken = \"\(FakeSecrets.uuid(seed: 77))\"\n").contains("secret-heroku-legacy-api-key"))
    }

    @Test func vendorNamesInsideOtherWordsAreNotAnchors() {
        // `okta` in `rookTable`, `sumo` in `sumOfExposures`, `meraki` in `CameraKit`.
        #expect(!rules("src/a.js", "rookTable = 00\(Make.s(57, .urlSafe, 40))").contains("secret-okta-api-token"))
        #expect(!rules("src/a.js", "sumOfExposures = \(Make.s(58, .base62, 64));").contains("secret-sumologic-access-key"))
        #expect(!rules("Podfile.lock", "ReactNativeCameraKit: \(FakeSecrets.hex(40, seed: 59))").contains("secret-meraki-api-key"))
    }
}
