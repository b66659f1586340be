import BulwarkCore
@testable import BulwarkSecrets
import Testing

/// Session 10 vendor formats (issue 16): the structure checks of age, Snyk, Sonar and Mapbox, and vendor
/// formats of the long tail. Every example value is built here from seeds; none is a peer's test value.
@Suite struct VendorFormatsSession10Tests {
    func hits(_ path: String, _ text: String, _ rule: String) -> [Finding] { secretFindings(path, text).filter { $0.ruleID == rule } }

    // MARK: age

    @Test func ageKeyNeedsItsBech32Checksum() {
        let rule = "secret-age-secret-key"
        let key = Bech32.ageSample(1)
        #expect(key.utf8.count == 74)
        #expect(hits("keys.txt", "# public key: age1xyz\n\(key)\n", rule).map(\.severity) == [.critical])
        // One character changed: the checksum no longer holds (a typo or a made-up key).
        var chars = Array(key)
        let i = 30
        chars[i] = chars[i] == "Q" ? "P" : "Q"
        #expect(hits("keys.txt", String(chars), rule).isEmpty)
        // All-zero key material (`QQQ...`) is a template, whatever its checksum.
        let zero = Bech32.agePrefix + Bech32.encodeUpper(hrp: Bech32.ageHRP, [UInt8](repeating: 0, count: 32))
        #expect(Bech32.verify(hrp: Bech32.ageHRP, data: zero.dropFirst(Bech32.agePrefix.utf8.count)))
        #expect(hits("keys.txt", zero, rule).isEmpty)
        #expect(hits("keys.txt", "AGE-SECRET-KEY-1" + String(repeating: "Q", count: 58), rule).isEmpty)
    }

    @Test func bech32MatchesTheReferenceChecksum() {
        // BIP 173's valid test string `a12uel5l` (empty data), recomputed here from the algorithm.
        #expect(Bech32.verify(hrp: "a", data: "2uel5l"))
        #expect(!Bech32.verify(hrp: "a", data: "2uel5m"))
        let words = Bech32.toWords([0xff, 0x00, 0x10])
        #expect(words == [31, 28, 0, 1, 0])
    }

    // MARK: Snyk

    func uuid(version: Character, variant: Character, seed: UInt64) -> String {
        FakeSecrets.hex(8, seed: seed) + "-" + FakeSecrets.hex(4, seed: seed &+ 1) + "-\(version)" + FakeSecrets.hex(3, seed: seed &+ 2)
            + "-\(variant)" + FakeSecrets.hex(3, seed: seed &+ 3) + "-" + FakeSecrets.hex(12, seed: seed &+ 4)
    }

    @Test func snykTokenIsARandomUUID() {
        let rule = "secret-snyk-token"
        #expect(hits(".env", "SNYK_TOKEN=\(uuid(version: "4", variant: "b", seed: 5))", rule).count == 1)
        #expect(hits(".env", "SNYK_TOKEN=\(uuid(version: "4", variant: "9", seed: 6).uppercased())", rule).count == 1)
        for v: Character in ["1", "3", "5", "a"] {
            #expect(hits(".env", "SNYK_TOKEN=\(uuid(version: v, variant: "8", seed: 7))", rule).isEmpty, "version \(v)")
        }
        #expect(hits(".env", "SNYK_TOKEN=\(uuid(version: "4", variant: "c", seed: 8))", rule).isEmpty)
    }

    // MARK: Sonar

    @Test func sonarTokensAreHexadecimal() {
        let keyed = "secret-sonar-token-keyed", prefixed = "secret-sonarqube-token"
        #expect(hits("sonar-project.properties", "sonar.login=\(FakeSecrets.hex(40, seed: 9))", keyed).map(\.severity) == [.high])
        // Forty lower-case letters and digits that are not hexadecimal: not the structure, low.
        let alnum = Make.s(10, .lowerAlnum, 40)
        #expect(hits("sonar-project.properties", "sonar.token=\(alnum)", keyed).map(\.severity) == [.low])
        // Upper-case filler of a template: nothing.
        #expect(hits("ci.env", "SONAR_TOKEN=\(Make.s(11, .upperAlnum, 40))", keyed).isEmpty)
        #expect(hits("ci.env", "SONAR_TOKEN=squ_\(FakeSecrets.hex(40, seed: 12))", prefixed).count == 1)
        #expect(hits("ci.env", "SONAR_TOKEN=sqp_\(Make.s(13, .upperAlnum, 40))", prefixed).isEmpty)
        #expect(hits("ci.env", "SONAR_TOKEN=sqco_\(Make.s(14, .base62, 59))", "secret-sonarqube-cloud-token").count == 1)
        #expect(hits("ci.env", "SONAR_TOKEN=sqco_\(Make.s(15, .base62, 57))==", "secret-sonarqube-cloud-token").isEmpty)
    }

    // MARK: Mapbox

    @Test func mapboxTokensCarryAccountAndTokenID() {
        let secret = ServicesCatalog.mapboxSample(16, kind: "sk")
        let found = hits("upload.sh", "MAPBOX_TOKEN=\(secret)", "secret-mapbox-secret-token")
        #expect(found.count == 1)
        #expect(ServicesCatalog.mapboxVerdict(secret, kind: "sk")?.properties["mapbox.user"] == Make.s(16, .lowerAlnum, 9))
        // `sk.eyJ` and random base64url: no account or token id inside.
        #expect(hits("upload.sh", "MAPBOX_TOKEN=sk.eyJ\(Make.s(17, .urlSafe, 60)).\(Make.s(18, .urlSafe, 22))", "secret-mapbox-secret-token").isEmpty)
        // Public tokens ship in web pages by design: info, opt-in, never a default finding.
        let pub = ServicesCatalog.mapboxSample(19, kind: "pk")
        #expect(secretFindings("map.js", "mapboxgl.accessToken = '\(pub)';").isEmpty)
        #expect(ServicesCatalog.mapboxVerdict(pub, kind: "pk") != nil)
        #expect(ServicesCatalog.mapboxVerdict(pub, kind: "sk") == nil)
    }

    // MARK: Long tail

    @Test func airtableOAuthTokenCarriesItsUserAndApplication() {
        let rule = "secret-airtable-oauth-token"
        let token = LongTailCatalog.airtableSample(20)
        let found = hits("sync.py", "AIRTABLE_TOKEN = \"\(token)\"", rule)
        #expect(found.count == 1)
        #expect(LongTailCatalog.airtableBody(token.split(separator: ".")[2]) == "usr" + Make.s(20, LongTailCatalog.alnum, 14))
        // The same shape with a body that is no Airtable JSON (a JWT-like value after `.v1.`).
        #expect(hits("sync.py", "t = \"oaa\(Make.s(21, .base62, 14)).v1.eyJ\(Make.s(22, .urlSafe, 90)).\(FakeSecrets.hex(64, seed: 23))\"", rule).isEmpty)
    }

    @Test func azureRedisKeyNeedsTheCacheHost() {
        let rule = "secret-azure-redis-access-key"
        let key = LongTailCatalog.azureRedisSample(24)
        let conn = "shop.redis.cache.windows.net:6380,password=\(key),ssl=True,abortConnect=False"
        let found = hits("appsettings.json", "{\"Cache\": \"\(conn)\"}", rule)
        #expect(found.count == 1)
        #expect(found.first?.severity == .high)
        #expect(hits("appsettings.json", "{\"Cache\": \"localhost:6380,password=\(key),ssl=True\"}", rule).isEmpty)
        #expect(hits("appsettings.json", "{\"Cache\": \"shop.redis.cache.windows.net:6380,password=\(String(key.dropLast(2))),ssl=True\"}", rule).isEmpty)
    }

    @Test func tinesWebhookNeedsBothPathParts() {
        let rule = "secret-tines-webhook-url"
        let url = "https://acme.tines.com/webhook/\(Make.s(25, .lowerAlnum, 32))/\(Make.s(26, .lowerAlnum, 32))"
        #expect(hits("hook.py", "URL = '\(url)'", rule).count == 1)
        #expect(hits("hook.py", "URL = 'http://acme.tines.com/webhook/\(Make.s(25, .lowerAlnum, 32))/\(Make.s(26, .lowerAlnum, 32))'", rule).isEmpty)
        #expect(hits("hook.py", "URL = 'https://acme.tines.com/webhook/\(Make.s(27, .lowerAlnum, 32))/\(Make.s(28, .upperAlnum, 32))'", rule).isEmpty)
    }

    @Test func prefixedKeysOfTheLongTail() {
        #expect(hits(".env", "APIFY_TOKEN=apify_api_\(Make.s(29, .base62, 36))", "secret-apify-api-token").count == 1)
        #expect(hits(".env", "APIFY_TOKEN=apify_api_\(Make.s(30, .base62, 35))", "secret-apify-api-token").isEmpty)
        #expect(hits(".env", "PGANALYZE_API_KEY=pgar_\(Make.s(31, .base62, 27))", "secret-pganalyze-read-key").count == 1)
        #expect(hits(".env", "PGANALYZE_API_KEY=pgar_\(String(repeating: "a", count: 27))", "secret-pganalyze-read-key").isEmpty)
        #expect(hits("notes.txt", "insights query key: NRIQ-\(Make.s(48, .urlSafe, 25))", "secret-newrelic-insights-key").count == 1)
        #expect(hits("notes.txt", "insights query key: NRIQ-\(Make.s(49, Charset("a-z"), 25))", "secret-newrelic-insights-key").isEmpty)
    }

    // MARK: Structure checks that drop made-up values

    @Test func herokuKeysHaveTheirFixedLength() {
        let rule = "secret-heroku-api-key"
        #expect(hits(".env", "HEROKU_API_KEY=HRKU-AA\(Make.s(32, .urlSafe, 58))", rule).count == 1)
        #expect(hits(".env", "HEROKU_API_KEY=HRKU-AA\(Make.s(33, .urlSafe, 57))", rule).isEmpty)
        #expect(hits(".env", "HEROKU_API_KEY=HRKU-Bz\(Make.s(34, .urlSafe, 58))", rule).isEmpty)
    }

    @Test func alibabaKeyIDsAreAtMost25Characters() {
        func alibaba(_ text: String) -> [Finding] { secretFindings("conf.ini", text).filter { $0.ruleID.hasPrefix("secret-alibaba-access-key") } }
        #expect(alibaba("access_key_id = LTAI5t\(Make.s(35, .base62, 18))").count == 1)
        #expect(alibaba("access_key_id = LTAI\(Make.s(36, .base62, 24))").isEmpty)
    }

    @Test func asanaTokenIdsAreGids() {
        let rule = "secret-asana-pat"
        let gid = Make.s(37, Charset("1-9"), 16), tid = Make.s(38, Charset("1-9"), 16)
        #expect(hits(".env", "ASANA_TOKEN=2/\(gid)/\(tid):\(FakeSecrets.hex(32, seed: 39))", rule).count == 1)
        #expect(hits(".env", "ASANA_TOKEN=2/\(gid.dropLast())/\(tid.dropLast(2)):\(FakeSecrets.hex(32, seed: 40))", rule).map(\.severity) == [.low])
    }

    @Test func plaidAccessTokensEndWithAUUID() {
        let rule = "secret-plaid-secret-key"
        #expect(hits(".env", "PLAID_ACCESS_TOKEN=access-production-\(FakeSecrets.uuid(seed: 41))", rule).map(\.severity) == [.critical])
        let bad = "access-production-" + Make.s(42, .lowerAlnum, 8) + "-ghij-4klm-nopq-" + Make.s(43, .lowerAlnum, 12)
        #expect(hits(".env", "PLAID_ACCESS_TOKEN=\(bad)", rule).isEmpty)
    }

    @Test func krakenPrivateKeyIsBase64Of64Bytes() {
        let rule = "secret-kraken-access-token"
        let raw = Array(Make.s(44, .base62, 64).utf8)
        let key = Codecs.base64Encode(raw)
        #expect(hits(".env", "KRAKEN_PRIVATE_KEY=\(key)", rule).map(\.severity) == [.critical])
        let broken = String(key.prefix(40)) + "=" + String(key.dropFirst(41))
        #expect(hits(".env", "KRAKEN_PRIVATE_KEY=\(broken)", rule).map(\.severity) == [.low])
    }

    @Test func gitlabPATIsNoHexDigest() {
        let rule = "secret-gitlab-pat"
        #expect(hits(".env", "GITLAB_TOKEN=glpat-\(Make.s(45, .urlSafe, 20))", rule).count == 1)
        #expect(hits(".env", "GITLAB_TOKEN=glpat-\(FakeSecrets.hex(64, seed: 46))", rule).isEmpty)
    }

    @Test func sasTokensNeedPermissionsAndAddressesAzureSigns() {
        let rule = "secret-azure-sas-token"
        func sas(_ params: String) -> String {
            "AZURE_SAS=\(params)&se=2099-01-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=\(Make.s(47, .base62, 43))%3D"
        }
        #expect(hits(".env", sas("sp=rl"), rule).count == 1)
        #expect(hits(".env", sas("sp=racwdl&sip=10.1.2.3-10.1.2.40"), rule).count == 1)
        #expect(hits(".env", sas("sp=rqx"), rule).isEmpty)
        #expect(hits(".env", sas("sp=rl&sip=168.1.6"), rule).isEmpty)
        #expect(hits(".env", sas("sp=rl&sip=10.1.2.300"), rule).isEmpty)
    }
}
