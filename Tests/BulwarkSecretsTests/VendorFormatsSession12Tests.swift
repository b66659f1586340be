import BulwarkCore
@testable import BulwarkSecrets
import Testing

/// Session 12 vendor keys of the long tail (issue 16, `KeywordTailCatalog`): the vendor's name as a word on the
/// line, then a value in the vendor's own alphabet and length. Every example value is drawn here from seeds; none
/// is a peer's test value.
@Suite struct VendorFormatsSession12Tests {
    func hits(_ path: String, _ text: String, _ rule: String) -> [Finding] { secretFindings(path, text).filter { $0.ruleID == rule } }

    static let session12 = ["secret-aeroworkflow-api-key", "secret-alchemy-api-key", "secret-beamer-api-key", "secret-column-api-key",
                            "secret-debounce-api-key", "secret-kanbantool-api-token", "secret-mrticktock-password",
                            "secret-parsehub-api-key", "secret-vbout-api-key"]

    @Test func everyNewRecordIsRegisteredAndFindsItsSample() {
        let ids = Set(KeywordTailCatalog.all.map(\.id))
        for id in Self.session12 {
            #expect(ids.contains(id), "\(id) is not in the catalog")
            guard let p = KeywordTailCatalog.all.first(where: { $0.id == id }) else { continue }
            let sample = p.sample(FakeSecrets.seed(p.id) &+ 3)
            #expect(hits(".env", "\(p.envName)=\(sample)", id).count == 1, "\(id) misses its sample \(sample)")
            // On the line after the vendor's name, the same value has no anchor.
            #expect(hits("app.log", "[INFO] \(p.envName) in use\n[DEBUG] using key=\(sample)", id).isEmpty, "\(id) reads the next line")
        }
    }

    @Test func aeroWorkflowKeysKeepTheirPunctuation() {
        let rule = "secret-aeroworkflow-api-key"
        let set = Charset("A-Za-z0-9^!?#:*;")
        let key = KeywordTailCatalog.drawn(40, set, 20, KeywordTailCatalog.mixedCaseKey)
        #expect(hits("app.log", "[DEBUG] aeroworkflow KEY=\(key)", rule).count == 1)
        #expect(hits("app.log", "[DEBUG] aeroworkflow KEY=\(key.dropLast())", rule).isEmpty)
        // A character outside the alphabet (a quote mark, `%`) ends the value short of 20.
        var chars = Array(key)
        chars[9] = "%"
        #expect(hits("app.log", "[DEBUG] aeroworkflow KEY=\(String(chars))", rule).isEmpty)
        // Lower case only: not the key.
        #expect(hits("app.log", "[DEBUG] aeroworkflow KEY=\(Make.s(41, .lowerAlnum, 20))", rule).isEmpty)
    }

    @Test func alchemyIsAWordNotSQLAlchemy() {
        let rule = "secret-alchemy-api-key"
        let key = KeywordTailCatalog.drawn(42, .base62, 32, KeywordTailCatalog.mixedCaseKey)
        #expect(hits("web3.env", "ALCHEMY_API_KEY=\(key)", rule).count == 1)
        #expect(hits("settings.py", "alchemy_key = \"\(key)\"", rule).count == 1)
        // The word inside another identifier (`sqlalchemy`, `SQLAlchemy`) anchors nothing.
        #expect(hits("settings.py", "sqlalchemy_secret = \"\(key)\"", rule).isEmpty)
        #expect(hits("settings.py", "SQLALCHEMY_SECRET = \"\(key)\"", rule).isEmpty)
        // A digest after the word: lower-case hexadecimal is no key of both cases.
        #expect(hits("web3.env", "ALCHEMY_API_KEY=\(FakeSecrets.hex(32, seed: 43))", rule).isEmpty)
    }

    @Test func beamerKeysEndWithOnePaddingSign() {
        let rule = "secret-beamer-api-key"
        let body = KeywordTailCatalog.drawn(44, Charset("A-Za-z0-9_+/"), 45, KeywordTailCatalog.mixedCaseKey)
        #expect(hits("feed.js", "const beamerKey = \"\(body)=\"", rule).count == 1)
        // Without the `=`, with it inside, or one character short: not the key.
        #expect(hits("feed.js", "const beamerKey = \"\(body)x\"", rule).isEmpty)
        #expect(hits("feed.js", "const beamerKey = \"\(body.prefix(20))=\(body.dropFirst(21))=\"", rule).isEmpty)
        #expect(hits("feed.js", "const beamerKey = \"\(body.dropLast())=\"", rule).isEmpty)
        // The LaTeX document class of the same name holds no key.
        #expect(hits("slides.tex", "\\documentclass[aspectratio=169]{beamer}", rule).isEmpty)
    }

    @Test func columnKeysNeedTheModePrefix() {
        let rule = "secret-column-api-key"
        let body = KeywordTailCatalog.drawn(45, .base62, 27, KeywordTailCatalog.mixedCaseKey)
        #expect(hits("bank.yaml", "column_key: \"live_\(body)\"", rule).count == 1)
        // A sandbox key (`test_`), another prefix, no prefix, or 27 characters of one case.
        #expect(hits("bank.yaml", "column_key: \"test_\(body)\"", rule).isEmpty)
        #expect(hits("bank.yaml", "column_key: \"prod_\(body)\"", rule).isEmpty)
        #expect(hits("bank.yaml", "column_key: \"\(Make.s(46, .base62, 32))\"", rule).isEmpty)
        #expect(hits("bank.yaml", "column_key: \"live_\(Make.s(47, .lowerAlnum, 27))\"", rule).isEmpty)
        // A column of a table named beside a value is no anchor when the value is not the format.
        #expect(hits("schema.sql", "ALTER TABLE t ADD COLUMN token_hash CHAR(32) DEFAULT '\(FakeSecrets.hex(32, seed: 48))';", rule).isEmpty)
    }

    @Test func debounceKeysAreThirteenCharactersOfBothCases() {
        let rule = "secret-debounce-api-key"
        let key = KeywordTailCatalog.drawn(49, .base62, 13, KeywordTailCatalog.mixedCaseKey)
        #expect(hits("config.yaml", "debounce_secret: \"\(key)\"", rule).count == 1)
        #expect(hits("config.yaml", "debounce_secret: \"\(key)Q\"", rule).isEmpty)
        // The function of the same name in code: a call, a delay, an import.
        #expect(hits("search.ts", "const onInput = debounce(handleSearchInput2, 300);", rule).isEmpty)
        #expect(hits("search.ts", "import debounce from \"lodash.debounce\";", rule).isEmpty)
        #expect(hits("search.ts", "debounceTime: \"\(Make.s(50, .lowerAlnum, 13))\"", rule).isEmpty)
    }

    @Test func kanbanToolTokensAreUpperCaseAndDigits() {
        let rule = "secret-kanbantool-api-token"
        let key = KeywordTailCatalog.drawn(51, .upperAlnum, 12, KeywordTailCatalog.upperKey)
        #expect(hits("boards.txt", "kanbantool '\(key)' domain 'acme'", rule).count == 1)
        #expect(hits("boards.txt", "kanbantool '\(key.lowercased())' domain 'acme'", rule).isEmpty)
        // An upper-case hexadecimal digest, or letters only: not the token.
        #expect(hits("boards.txt", "kanbantool '\(FakeSecrets.hex(12, seed: 52).uppercased())'", rule).isEmpty)
        #expect(hits("boards.txt", "kanbantool '\(Make.s(53, Charset("G-Z"), 12))'", rule).isEmpty)
        // `kanban` alone is an ordinary word: no anchor.
        #expect(hits("boards.txt", "kanban '\(key)'", rule).isEmpty)
    }

    @Test func parseHubKeysMayDrawNoDigitButAreNoNames() {
        let rule = "secret-parsehub-api-key"
        let withDigit = KeywordTailCatalog.drawn(54, .base62, 12, KeywordTailCatalog.mixedCaseKey)
        #expect(hits("scrape.py", "parsehub_key = '\(withDigit)'", rule).count == 1)
        // Twelve random letters that change case often (a draw without a digit, about one key in eight).
        #expect(KeywordTailCatalog.shortMixedKey("qWeRtYuIoPaS") != nil)
        #expect(hits("scrape.py", "parsehub_key = 'hKbWqXzTnRvM'", rule).count == 1)
        // A camelCase name of twelve letters, or one case only.
        #expect(hits("scrape.py", "parsehub_key = 'ProjectToken'", rule).isEmpty)
        #expect(hits("scrape.py", "parsehub_key = 'RUNPROJECTID'", rule).isEmpty)
        #expect(hits("scrape.py", "parsehub_key = '\(Make.s(55, .lowerAlnum, 12))'", rule).isEmpty)
    }

    @Test func vboutKeysAreTwentyFiveRandomDigits() {
        let rule = "secret-vbout-api-key"
        let key = KeywordTailCatalog.drawn(56, Charset("0-9"), 25, KeywordTailCatalog.digitKey)
        #expect(hits("crm.env", "VBOUT_API_KEY=\(key)", rule).count == 1)
        #expect(hits("crm.env", "VBOUT_API_KEY=\(key.dropLast())", rule).isEmpty)
        // A counting run, a few digits repeated, letters among the digits: not the key.
        #expect(hits("crm.env", "VBOUT_API_KEY=1234567890123456789012345", rule).isEmpty)
        #expect(hits("crm.env", "VBOUT_API_KEY=\(String(repeating: "31", count: 12))7", rule).isEmpty)
        #expect(hits("crm.env", "VBOUT_API_KEY=\(Make.s(57, .lowerAlnum, 25))", rule).isEmpty)
    }

    @Test func mrTicktockPasswordsNeedBothCasesAndADigit() {
        let rule = "secret-mrticktock-password"
        let pw = KeywordTailCatalog.drawn(58, .base62, 23, KeywordTailCatalog.mixedCaseKey)
        #expect(hits("notes.txt", "user@example.com mrticktock \(pw)", rule).count == 1)
        #expect(hits("notes.txt", "user@example.com mrticktock \(Make.s(59, .lowerAlnum, 23))", rule).isEmpty)
        // Under twelve characters: too short to tell from a word with digits.
        #expect(hits("notes.txt", "mrticktock \(pw.prefix(11))", rule).isEmpty)
    }

    @Test func bestTimeKeysAreReadInAURLPathToo() {
        let rule = "secret-besttime-private-key"
        let key = "pri_" + FakeSecrets.hex(32, seed: 60)
        // BestTime's API takes the private key as a path segment.
        #expect(hits("venues.go", "url := \"https://besttime.app/api/v1/keys/\(key)\"", rule).count == 1)
        #expect(hits(".env", "BESTTIME_API_KEY_PRIVATE=\(key)", rule).count == 1)
        // Another segment shape, a prefix glued to a word, a body one short or outside hex: not the key.
        #expect(hits("venues.go", "url := \"https://besttime.app/api/v1/venues/\(KeywordTailCatalog.uuid4(61))\"", rule).isEmpty)
        #expect(hits("venues.go", "url := \"https://besttime.app/api/v1/keys/xpri_\(FakeSecrets.hex(32, seed: 62))\"", rule).isEmpty)
        #expect(hits("venues.go", "url := \"https://besttime.app/api/v1/keys/pri_\(FakeSecrets.hex(31, seed: 63))\"", rule).isEmpty)
        #expect(hits("venues.go", "url := \"https://besttime.app/api/v1/keys/pri_\(FakeSecrets.hex(31, seed: 64))z\"", rule).isEmpty)
        // The vendor's name on another line, or inside another word: no anchor.
        #expect(hits("venues.go", "// besttime client\nurl := \"https://api.example.com/keys/\(key)\"", rule).isEmpty)
        #expect(hits("venues.go", "mybesttimeurl := \"https://api.example.com/keys/\(key)\"", rule).isEmpty)
    }
}
