import BulwarkCore
@testable import BulwarkSecrets
import Testing

/// Session 9 vendor formats (issue 16): structure checks that make keyword-free or context-anchored rules
/// precise, and public identifiers or fillers that no rule may report as committed secrets. Every example
/// value is built here from seeds; none is a peer's test value.
@Suite struct VendorFormatsSession9Tests {
    func hits(_ path: String, _ text: String, _ rule: String) -> [Finding] { secretFindings(path, text).filter { $0.ruleID == rule } }

    func uuid(version: Character, variant: Character, seed: UInt64) -> String {
        FakeSecrets.hex(8, seed: seed) + "-" + FakeSecrets.hex(4, seed: seed &+ 1) + "-\(version)" + FakeSecrets.hex(3, seed: seed &+ 2)
            + "-\(variant)" + FakeSecrets.hex(3, seed: seed &+ 3) + "-" + FakeSecrets.hex(12, seed: seed &+ 4)
    }

    // MARK: npm

    @Test func npmLegacyTokenMustBeAVersion4UUID() {
        let rule = "secret-npmrc-auth-token"
        #expect(hits(".npmrc", "//registry.npmjs.org/:_authToken=\(uuid(version: "4", variant: "a", seed: 1))", rule).map(\.severity) == [.high])
        // Time-based and name-based UUIDs carry a timestamp and MAC address or a hash: no npm token.
        for v: Character in ["1", "3", "5", "6"] {
            #expect(hits(".npmrc", "//registry.npmjs.org/:_authToken=\(uuid(version: v, variant: "9", seed: 2))", rule).isEmpty, "version \(v)")
        }
        // Random bits but not npm's format (a version-4 nibble without the RFC variant, a version 7): low.
        #expect(hits(".npmrc", "_authToken=\(uuid(version: "4", variant: "e", seed: 3))", rule).map(\.severity) == [.low])
        #expect(hits(".npmrc", "_authToken=\(uuid(version: "7", variant: "b", seed: 4))", rule).map(\.severity) == [.low])
        // Tokens of other registries are not UUIDs and are judged as before.
        #expect(hits(".npmrc", "//npm.example.org/:_authToken=\(Make.s(5, .base62, 44))", rule).map(\.severity) == [.high])
    }

    @Test func nonRandomUUIDRecognizer() {
        #expect(FormatCatalog.isNonRandomUUID(Array(uuid(version: "1", variant: "9", seed: 6).utf8)))
        #expect(FormatCatalog.isNonRandomUUID(Array(uuid(version: "5", variant: "B", seed: 7).uppercased().utf8)))
        #expect(!FormatCatalog.isNonRandomUUID(Array(uuid(version: "4", variant: "8", seed: 8).utf8)))
        #expect(!FormatCatalog.isNonRandomUUID(Array(uuid(version: "7", variant: "a", seed: 9).utf8)))
        #expect(!FormatCatalog.isNonRandomUUID(Array(uuid(version: "1", variant: "f", seed: 10).utf8)))
        #expect(!FormatCatalog.isNonRandomUUID(Array(FakeSecrets.hex(36, seed: 11).utf8)))
    }

    // MARK: Etsy

    @Test func etsyKeywordMustBeAWord() {
        let rule = "secret-etsy-access-token"
        let key = Make.s(12, .lowerAlnum, 24)
        #expect(hits("node/sysctl.go", "SetSysctl = \"\(key)\"", rule).isEmpty)
        #expect(hits("people.csv", "betsy,\(key)", rule).isEmpty)
        for line in ["ETSY_TOKEN = \"\(key)\"", "etsyToken := \"\(key)\"", "$EtsyToken .= \"\(key)\";", "String myEtsyKey = \"\(key)\";",
                     "ETSYToken=\(key)"] {
            #expect(hits("shop/config.txt", line, rule).map(\.severity) == [.medium], "\(line.prefix(12))")
        }
        #expect(Scan.keywordIsWord(Array("SetSysctl".utf8), 1) == false)
        #expect(Scan.keywordIsWord(Array("myEtsy".utf8), 2))
        #expect(Scan.keywordIsWord(Array("a.etsy".utf8), 2))
        #expect(Scan.keywordIsWord(Array("etsy".utf8), 0))
        #expect(Scan.keywordIsWord(Array("v2Etsy".utf8), 2))
    }

    // MARK: Slack

    @Test func slackIdsTypedAsCountingDigitsArePlaceholders() {
        let rule = "secret-slack-user-token"
        let secret = FakeSecrets.hex(32, seed: 13)
        #expect(hits("fixtures.json", "\"token\": \"xoxp-1234-1234-1234-\(secret)\"", rule).isEmpty)
        #expect(hits(".env", "T=xoxp-123456789-0123456789-23456-\(secret)", rule).isEmpty)
        // Short ids that are not typed runs stay low; real-length ids keep the rule's severity.
        #expect(hits(".env", "T=xoxp-4172-9083-6651-\(secret)", rule).map(\.severity) == [.low])
        let ids = Make.s(14, Charset("1-9"), 11) + "-" + Make.s(15, Charset("1-9"), 12) + "-" + Make.s(16, Charset("1-9"), 12)
        #expect(hits(".env", "T=xoxp-\(ids)-\(secret)", rule).map(\.severity) == [.critical])
        #expect(StructuredTokens.isTypedDigitRun("7890123"))
        #expect(!StructuredTokens.isTypedDigitRun("1235"))
        #expect(!StructuredTokens.isTypedDigitRun("12"))
    }

    // MARK: Public identifiers

    @Test func salesforceConsumerKeyIsNoSecret() {
        let key = "3MVG9" + Make.s(17, .base62, 40) + "." + Make.s(18, .base62, 39)
        #expect(FormatCatalog.isSalesforceConsumerKey(key))
        #expect(!FormatCatalog.isSalesforceConsumerKey("3MVG9" + Make.s(19, .base62, 20)))
        #expect(!FormatCatalog.isSalesforceConsumerKey("4MVG9" + Make.s(17, .base62, 80)))
        // Nothing is reported by default: the key is an OAuth client id (opt-in info rule only).
        #expect(secretFindings("sf.py", "salesforce_key = \"\(key)\"").isEmpty)
        #expect(secretFindings("sf.env", "SALESFORCE_CONSUMER_KEY=\(key)").isEmpty)
        // The consumer secret beside it is still a secret.
        let both = secretFindings("sf.env", "SALESFORCE_CONSUMER_KEY=\(key)\nSALESFORCE_CONSUMER_SECRET=\(FakeSecrets.hex(8, seed: 20).uppercased())\(Make.s(21, .base62, 56))")
        #expect(both.count == 1)
        #expect(both.first?.location.startLine == 2)
    }

    @Test func newRelicMobileAppTokenIsPublishable() {
        let token = "AA" + FakeSecrets.hex(40, seed: 22) + "-NRMA"
        #expect(secretFindings("app/config.py", "new relic mobile app token = '\(token)'").isEmpty)
        #expect(secretFindings("ios/AppDelegate.swift", "NewRelic.start(withApplicationToken: \"\(token)\")").isEmpty)
        // A New Relic license key beside it is still reported.
        #expect(!secretFindings("newrelic.yml", "license_key: " + FakeSecrets.hex(36, seed: 23) + "NRAL").isEmpty)
    }

    // MARK: Discord

    @Test func discordBotTokenFoundByItsDecodedID() throws {
        let rule = "secret-discord-bot-token-decoded"
        let token = FormatCatalog.discordSample(24)
        let found = hits("bot.py", "client.run('\(token)')", rule)
        #expect(found.map(\.severity) == [.high])
        let id = try #require(FormatCatalog.discordBotID(token.split(separator: ".")[0]))
        #expect(id.count == 19 && id.hasPrefix("1"))
        // A first part that does not decode to a snowflake (letters in it), or wrong part lengths, is no token.
        let parts = token.split(separator: ".").map(String.init)
        let notDigits = Codecs.base64Encode(Array(("19x" + Make.s(25, Charset("0-9"), 15)).utf8))
        #expect(hits("bot.py", "client.run('\(notDigits).\(parts[1]).\(parts[2])')", rule).isEmpty)
        #expect(hits("bot.py", "client.run('\(parts[0]).\(parts[1].prefix(5)).\(parts[2])')", rule).isEmpty)
        #expect(hits("bot.py", "client.run('\(parts[0]).\(parts[1]).\(parts[2].prefix(20))')", rule).isEmpty)
        #expect(hits("bot.py", "client.run('\(parts[0]).\(parts[1]).\(parts[2])x.y')", rule).isEmpty)
        // An id starting with 0 is no snowflake.
        let zero = Codecs.base64Encode(Array(("0" + Make.s(26, Charset("0-9"), 17)).utf8))
        #expect(hits("bot.py", "client.run('\(zero).\(parts[1]).\(parts[2])')", rule).isEmpty)
        #expect(FormatCatalog.discordIdPrefixes.count == 888 + 12 * 3)
        // `index` and `context` hold 4-character id starts case-insensitively (`NDEx`, `NTEx`): those take a fifth.
        for word in ["index", "context", "reindexed"] {
            #expect(!FormatCatalog.discordIdPrefixes.contains { word.contains($0.lowercased()) }, "\(word)")
        }
        // A bot whose id starts 411 (`NDEx...`) is still found.
        let id411 = "411" + Make.s(40, Charset("0-9"), 15)
        let b64 = Codecs.base64Encode(Array(id411.utf8))
        #expect(hits("bot.py", "client.run('\(b64).\(parts[1]).\(parts[2])')", rule).count == 1)
    }

    // MARK: Tableau

    @Test func tableauPATSecretNeedsTableauNearby() {
        let rule = "secret-tableau-pat-secret"
        let secret = FormatCatalog.tableauSample(27)
        #expect(hits("ci.env", "PAT_NAME=ci\n\(secret)\nserver=https://prod-useast-b.online.tableau.com", rule).map(\.severity) == [.high])
        #expect(hits("publish.py", "# Tableau\nauth = PersonalAccessTokenAuth('ci', '\(secret)')", rule).count == 1)
        #expect(hits("keys.txt", "name ci\n\(secret)\nserver=https://bi.example.org", rule).isEmpty)
        // Far from the word (over 300 bytes) it is not read.
        #expect(hits("keys.txt", "tableau\n" + String(repeating: "#\n", count: 200) + secret, rule).isEmpty)
        // Not the structure: a 21-character first part, a placeholder second part.
        #expect(hits("ci.env", "tableau \(secret.dropFirst())", rule).isEmpty)
        #expect(hits("ci.env", "tableau \(secret.prefix(25))" + String(repeating: "x", count: 32), rule).isEmpty)
    }

    // MARK: ScrapingBee

    @Test func scrapingBeeKeyNearTheVendorName() {
        let rule = "secret-scrapingbee-api-key"
        let key = Make.s(28, .upperAlnum, 80)
        #expect(hits("news.ipynb", "\"we use the ScrapingBee API\",\n\"\",\n\"import os\",\n\"API_KEY = '\(key)'\"", rule).map(\.severity) == [.medium])
        #expect(hits("scrape.py", "gn.top_news(scraping_bee = '\(key)')", rule).count == 1)
        #expect(hits("scrape.py", "API_KEY = '\(key)'", rule).isEmpty)
        #expect(hits("scrape.py", "scrapingbee\nAPI_KEY = '\(key)Q'", rule).isEmpty)
        #expect(hits("scrape.py", "scrapingbee\nAPI_KEY = '\(key.lowercased())'", rule).isEmpty)
        // A thousand mentions of the name cost a bounded look each (the scan skips mentions inside the last window).
        let many = String(repeating: "scrapingbee ", count: 5_000) + "KEY=\(key)"
        var work = SecretEngine.Work()
        _ = SecretCatalog.engine.scan(Array(many.utf8), path: "notes.txt", work: &work)
        #expect(work.examinedBytes < 40 * many.utf8.count, "\(work.examinedBytes) bytes read for \(many.utf8.count)")
    }

    // MARK: Sidekiq

    @Test func sidekiqCredentialsInGemServerURLs() {
        let rule = "secret-sidekiq-gem-server-url"
        let cred = FakeSecrets.hex(8, seed: 29) + ":" + FakeSecrets.hex(8, seed: 30)
        #expect(hits("Gemfile", "source \"https://\(cred)@gems.contribsys.com/\" do", rule).map(\.severity) == [.medium])
        #expect(hits("ci.sh", "http://\(cred)@enterprise.contribsys.com:80/path", rule).count == 1)
        for filler in ["cafebabe:deadbeef", "cafeb4b3:d3adb33f"] {
            #expect(hits("Gemfile", "source \"https://\(filler)@gems.contribsys.com/\"", rule).isEmpty, "\(filler)")
            #expect(hits(".env", "BUNDLE_GEMS__CONTRIBSYS__COM=\(filler)", "secret-sidekiq-secret").isEmpty, "\(filler)")
        }
        #expect(hits(".env", "BUNDLE_GEMS__CONTRIBSYS__COM=\(cred)", "secret-sidekiq-secret").count == 1)
        #expect(hits("Gemfile", "source \"https://\(cred)@gems.example.com/\"", rule).isEmpty)
    }
    // MARK: Photoroom

    @Test func photoroomKeysHaveANameAndFortyHex() {
        let rule = "secret-photoroom-api-key"
        let hex = FakeSecrets.hex(40, seed: 31)
        let found = hits("log.txt", "[DEBUG] Using Key=sk_pr_prod2_\(hex)", rule)
        #expect(found.map(\.severity) == [.medium])
        #expect(found.first?.properties["photoroom.key_name"] == "prod2")
        #expect(hits("log.txt", "Key=sandbox_sk_pr_prod2_\(hex)", rule).map(\.severity) == [.low])
        // A name with an underscore, 39 or 41 hexadecimal characters, upper case, a longer prefix: not the format.
        #expect(hits("log.txt", "Key=sk_pr_my_key_\(hex)", rule).isEmpty)
        #expect(hits("log.txt", "Key=sk_pr_prod2_\(hex.dropLast())", rule).isEmpty)
        #expect(hits("log.txt", "Key=sk_pr_prod2_\(hex)a", rule).isEmpty)
        #expect(hits("log.txt", "Key=sk_pr_prod2_\(hex.uppercased())", rule).isEmpty)
        #expect(hits("log.txt", "Key=xsk_pr_prod2_\(hex)", rule).isEmpty)
    }

    // MARK: Docker config written inside a string

    @Test func dockerAuthInsideAnEscapedJSONString() {
        let rule = "secret-docker-config-auth"
        let auth = Codecs.base64Encode(Array("builder:\(Make.s(32, .base62, 14))".utf8))
        let once = "environment = [\"DOCKER_AUTH_CONFIG={\\\"auths\\\":{\\\"r.example.org:8083\\\":{\\\"auth\\\":\\\"\(auth)\\\"}}}\"]"
        #expect(hits("config.toml", once, rule).map(\.severity) == [.high])
        let twice = "environment = [\"DOCKER_AUTH_CONFIG={\\\\\\\"auths\\\\\\\":{\\\\\\\"r.example.org\\\\\\\":{\\\\\\\"auth\\\\\\\":\\\\\\\"\(auth)\\\\\\\"}}}\"]"
        #expect(hits("config.toml", twice, rule).count == 1)
        #expect(hits("values.yaml", "  config.json: \"{\\n\\t\\\"auths\\\": {\\n\\t\\t\\\"https://index.docker.io/v1/\\\": {\\\"auth\\\":\\\"\(auth)\\\"}}}\"", rule).count == 1)
        // Short or placeholder passwords, and no `auths` object, are not reported.
        let short = Codecs.base64Encode(Array("u:123".utf8)), word = Codecs.base64Encode(Array("ci:password".utf8))
        #expect(hits("config.toml", once.replacingOccurrences(of: auth, with: short), rule).isEmpty)
        #expect(hits("config.toml", once.replacingOccurrences(of: auth, with: word), rule).isEmpty)
        #expect(hits("notes.txt", "{\\\"auth\\\":\\\"\(auth)\\\"}", rule).isEmpty)
    }
    // MARK: New Relic license keys, Cloudinary URLs

    @Test func newRelicLicenseKeyEndsFFFFNRAL() {
        let rule = "secret-newrelic-license-key"
        #expect(hits("newrelic.yml", "license_key: '\(FakeSecrets.hex(32, seed: 33))FFFFNRAL'", rule).map(\.severity) == [.medium])
        #expect(hits("newrelic.yml", "license_key: 'eu01xx\(FakeSecrets.hex(26, seed: 34))FFFFNRAL'", rule).count == 1)
        #expect(hits("newrelic.yml", "license_key: '\(FakeSecrets.hex(30, seed: 35))FFFFNRAL'", rule).isEmpty)
        #expect(hits("newrelic.yml", "license_key: '\(FakeSecrets.hex(32, seed: 36))ffffnral'", rule).isEmpty)
        #expect(hits("newrelic.yml", "license_key: 'x\(FakeSecrets.hex(32, seed: 37))FFFFNRAL'", rule).isEmpty)
    }

    @Test func cloudinaryURLCarriesTheAPISecret() {
        let rule = "secret-cloudinary-url"
        let key = Make.s(38, Charset("0-9"), 15), secret = Make.s(39, .urlSafe, 27)
        let found = hits(".env", "CLOUDINARY_URL=cloudinary://\(key):\(secret)@media-prod", rule)
        #expect(found.map(\.severity) == [.high])
        #expect(found.first?.properties["cloudinary.cloud"] == "media-prod")
        #expect(hits(".env", "CLOUDINARY_URL=cloudinary://\(key):\(secret.dropLast())@media-prod", rule).isEmpty)
        #expect(hits(".env", "CLOUDINARY_URL=cloudinary://\(key):\(secret)", rule).isEmpty)
        #expect(hits(".env", "CLOUDINARY_URL=cloudinary://my_key:\(secret)@media-prod", rule).isEmpty)
    }
}
