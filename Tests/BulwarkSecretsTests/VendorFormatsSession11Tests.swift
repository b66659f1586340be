import BulwarkCore
@testable import BulwarkSecrets
import Testing

/// Session 11 vendor keys of the long tail (issue 16, `KeywordTailCatalog`): the vendor's name as a word on the
/// line, then a value of the vendor's length and alphabet. Every example value is built here from seeds; none is
/// a peer's test value.
@Suite struct VendorFormatsSession11Tests {
    func hits(_ path: String, _ text: String, _ rule: String) -> [Finding] { secretFindings(path, text).filter { $0.ruleID == rule } }

    @Test func everyRecordFindsItsOwnSampleAndNotALettersOnlyValue() {
        for p in KeywordTailCatalog.all {
            let sample = p.sample(FakeSecrets.seed(p.id) &+ 7)
            #expect(hits(".env", "\(p.envName)=\(sample)", p.id).count == 1, "\(p.id) misses its sample")
            // The same length of letters only: a word or a name, not a generated key.
            let letters = String(repeating: "q", count: 1) + Make.s(FakeSecrets.seed(p.id), Charset("a-z"), sample.utf8.count - 1)
            #expect(hits(".env", "\(p.envName)=\(letters)", p.id).isEmpty, "\(p.id) reports letters only")
        }
    }

    @Test func theKeyHasTheVendorsExactLength() {
        let rule = "secret-abyssale-api-key"
        let key = Make.s(1, .base62, 40)
        #expect(hits("config.yaml", "abyssale_key: \"\(key)\"", rule).count == 1)
        #expect(hits("config.yaml", "abyssale_key: \"\(key.dropLast())\"", rule).isEmpty)
        #expect(hits("config.yaml", "abyssale_key: \"\(key)Q\"", rule).isEmpty)
        // A character outside the key's alphabet inside it: not the key.
        var chars = Array(key)
        chars[12] = "#"
        #expect(hits("config.yaml", "abyssale_key: \"\(String(chars))\"", rule).isEmpty)
    }

    @Test func theVendorNameMustBeAWordOnTheSameLine() {
        let rule = "secret-beebole-api-token"
        let key = Make.s(2, .lowerAlnum, 40)
        #expect(hits("app.log", "[DEBUG] using beebole token=\(key)", rule).count == 1)
        // The name on the line before: no anchor (a log line's key is judged by the generic rule, if at all).
        #expect(hits("app.log", "[INFO] calling the beebole API\n[DEBUG] using token=\(key)", rule).isEmpty)
        // The name inside another identifier is no anchor.
        #expect(hits("app.go", "xbeebolex := \"\(key)\"", rule).isEmpty)
    }

    @Test func oneCaseOrBothCasesAsTheVendorWritesThem() {
        // Upper-case letters in a lower-case format, and a lower-case-only value where the vendor mixes cases.
        #expect(hits(".env", "BUDDYNS_API_KEY=\(Make.s(3, .base62, 40))", "secret-buddyns-api-key").isEmpty)
        #expect(hits(".env", "BUDDYNS_API_KEY=\(Make.s(4, .lowerAlnum, 40))", "secret-buddyns-api-key").count == 1)
        #expect(hits(".env", "TEXTMAGIC_API_KEY=\(Make.s(5, .lowerAlnum, 30))", "secret-textmagic-api-key").isEmpty)
        #expect(hits(".env", "TEXTMAGIC_API_KEY=\(Make.s(6, .base62, 30))", "secret-textmagic-api-key").count == 1)
    }

    @Test func azureSearchKeysAndLegacyDevOpsTokensAreToldApartByCase() {
        let search = Make.s(7, .base62, 52), devops = Make.s(8, .lowerAlnum, 52)
        #expect(hits("search.env", "AZURE_SEARCH_ADMIN_KEY=\(search)", "secret-azure-search-api-key").count == 1)
        #expect(hits("search.env", "AZURE_SEARCH_ADMIN_KEY=\(search)", "secret-azure-devops-pat-keyed").isEmpty)
        #expect(hits("ado.env", "AZURE_PAT=\(devops)", "secret-azure-devops-pat-keyed").count == 1)
        #expect(hits("ado.env", "AZURE_PAT=\(devops)", "secret-azure-search-api-key").isEmpty)
        // `azure` inside a word (`nonazure`) anchors nothing.
        #expect(hits("x.env", "NONAZURESTUFF=\(search)", "secret-azure-search-api-key").isEmpty)
    }

    @Test func prefixedValuesNeedTheirPrefixAndBody() {
        #expect(hits(".env", "BESTTIME_KEY=pri_\(FakeSecrets.hex(32, seed: 9))", "secret-besttime-private-key").count == 1)
        #expect(hits(".env", "BESTTIME_KEY=pri_\(Make.s(10, .lowerAlnum, 31))z", "secret-besttime-private-key").isEmpty)
        #expect(hits(".env", "BESTTIME_KEY=pub_\(FakeSecrets.hex(32, seed: 11))", "secret-besttime-private-key").isEmpty)
        #expect(hits("convert.py", "convertapi.api_credentials = 'secret_\(Make.s(12, .base62, 16))'", "secret-convertapi-secret").count == 1)
        #expect(hits("convert.py", "convertapi.api_credentials = 'secret_\(Make.s(13, .base62, 15))'", "secret-convertapi-secret").isEmpty)
        #expect(hits("mail.env", "SALESBLINK_KEY=key-\(Make.s(14, .base62, 64))", "secret-salesblink-api-key").count == 1)
        #expect(hits("mail.env", "SALESBLINK_KEY=key-\(Make.s(15, .base62, 63))-", "secret-salesblink-api-key").isEmpty)
    }

    @Test func structuredBodies() {
        let budibase = FakeSecrets.hex(32, seed: 16) + "-" + FakeSecrets.hex(79, seed: 17)
        #expect(hits(".env", "BUDIBASE_API_KEY=\(budibase)", "secret-budibase-api-key").count == 1)
        #expect(hits(".env", "BUDIBASE_API_KEY=\(FakeSecrets.hex(31, seed: 18))-\(FakeSecrets.hex(81, seed: 19))", "secret-budibase-api-key").isEmpty)
        let nozbe = Make.s(20, .base62, 16) + "_" + Make.s(21, .urlSafe, 64)
        #expect(hits("tasks.env", "NOZBE_TOKEN=\(nozbe)", "secret-nozbe-api-token").count == 1)
        #expect(hits("tasks.env", "NOZBE_TOKEN=\(Make.s(22, .base62, 17))\(Make.s(23, .urlSafe, 64))", "secret-nozbe-api-token").isEmpty)
        #expect(hits("images.env", "BANNERBEAR_API_KEY=\(Make.s(24, .base62, 22))tt", "secret-bannerbear-api-key").count == 1)
        #expect(hits("images.env", "BANNERBEAR_API_KEY=\(Make.s(25, .base62, 22))xq", "secret-bannerbear-api-key").isEmpty)
    }

    @Test func uuidKeysMustBeRandom() {
        func uuid(_ version: Character, _ seed: UInt64) -> String {
            let h = Array(FakeSecrets.hex(32, seed: seed))
            return String(h[0..<8]) + "-" + String(h[8..<12]) + "-\(version)" + String(h[13..<16]) + "-a" + String(h[17..<20]) + "-" + String(h[20..<32])
        }
        let rule = "secret-blocknative-api-key"
        #expect(hits("web3.env", "BLOCKNATIVE_API_KEY=\(uuid("4", 26))", rule).count == 1)
        // Time- and name-based UUIDs are identifiers, never generated keys.
        for v: Character in ["1", "3", "5"] {
            #expect(hits("web3.env", "BLOCKNATIVE_API_KEY=\(uuid(v, 27))", rule).isEmpty, "version \(v)")
        }
        // Groups of letters and digits where the vendor's format has them (not hexadecimal).
        let groups = KeywordTailCatalog.groups(28, .lowerAlnum)
        #expect(hits("monitor.env", "BUGSNAG_AUTH_TOKEN=\(groups)", "secret-bugsnag-api-token").count == 1)
        #expect(hits("monitor.env", "BUGSNAG_AUTH_TOKEN=\(groups.replacingOccurrences(of: "-", with: ""))xxxx", "secret-bugsnag-api-token").isEmpty)
    }

    @Test func placeholdersAndVariablesAreNotKeys() {
        #expect(hits(".env", "CLOUDSMITH_API_KEY=${CLOUDSMITH_API_KEY}", "secret-cloudsmith-api-key").isEmpty)
        #expect(hits(".env", "CLOUDSMITH_API_KEY=\(String(repeating: "0", count: 40))", "secret-cloudsmith-api-key").isEmpty)
        #expect(hits(".env", "CLOUDSMITH_API_KEY=\(FakeSecrets.hex(40, seed: 29))", "secret-cloudsmith-api-key").count == 1)
        #expect(hits("deploy.py", "cloudsmith_key = os.environ[\"CLOUDSMITH_API_KEY\"]", "secret-cloudsmith-api-key").isEmpty)
    }

    @Test func keysOfBothCasesHaveSeveralOfEach() {
        let rule = "secret-azure-search-api-key"
        // 52 random letters and digits of both cases: found.
        #expect(hits("search.env", "AZURE_SEARCH_KEY=\(Make.s(30, .base62, 52))", rule).count == 1)
        // Lower case with a single capital inside: an edited copy of another format, not this key.
        var chars = Array(Make.s(31, .lowerAlnum, 52))
        chars[20] = "H"
        #expect(hits("search.env", "AZURE_SEARCH_KEY=\(String(chars))", rule).isEmpty)
        // A dashed token in upper case where the vendor writes lower case.
        let groups = KeywordTailCatalog.groups(32, .lowerAlnum)
        #expect(hits("logs.env", "LOGGLY_TOKEN=\(groups)", "secret-loggly-customer-token").count == 1)
        #expect(hits("logs.env", "LOGGLY_TOKEN=\(groups.uppercased())", "secret-loggly-customer-token").isEmpty)
    }
}
