import BulwarkCore
import BulwarkKit
@testable import BulwarkSecrets
import Foundation
import Testing

/// False flags found on the peers' public rule test cases (issue 16), as our own variants, each with a
/// control that is still found.
@Suite struct PublicCasePrecisionTests {
    func rules(_ path: String, _ text: String) -> [String] { secretFindings(path, text).map(\.ruleID) }

    @Test func interleavedCountingSequencesArePlaceholders() {
        #expect(Placeholders.isPlaceholder("f1e2d3c4" + "a1b2c3d4e5f6a7b8c9d0e1f2"))
        #expect(Placeholders.isPlaceholder("pqr123stu456vwx789yza012bcd345"))
        #expect(Placeholders.isPlaceholder("def456-ghijklmnopqr-stuvwxyz-7890abc"))
        // Random values of the same alphabets are not.
        #expect(!Placeholders.isPlaceholder(Make.s(91, .base62, 32)))
        #expect(!Placeholders.isPlaceholder(FakeSecrets.hex(40, seed: 92)))
        #expect(!Placeholders.isPlaceholder(Make.s(93, .lowerAlnum, 30)))
        // In context: a Shopify secret written as a counting sequence, and a real-shaped one.
        #expect(rules(".env", "SHOPIFY_CLIENT_SECRET=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").isEmpty)
        #expect(rules(".env", "SHOPIFY_CLIENT_SECRET=shpss_" + FakeSecrets.hex(32, seed: 94)).contains("secret-shopify-shared-secret"))
    }

    @Test func openAIAdminPrefixOfTheWrongLengthIsNotALegacyKey() {
        let marker = AICatalog.openAIMarker
        #expect(rules(".env", "OPENAI_ADMIN_KEY=sk-admin-" + Make.s(95, .urlSafe, 20) + marker + Make.s(96, .urlSafe, 40)).isEmpty)
        #expect(rules(".env", "OPENAI_API_KEY=sk-" + Make.s(97, .base62, 20) + marker + Make.s(98, .base62, 20)).contains("secret-openai-api-key"))
    }

    @Test func authorizationHeaderCredentials() throws {
        let token = Make.s(101, .base62, 40)
        #expect(rules("scripts/ping.sh", "curl -H \"Authorization: Bearer \(token)\" https://api.internal.test/v1\n") == ["secret-authorization-header"])
        #expect(rules("internal/api.go", "req.Header.Set(\"Authorization\", \"Token \(FakeSecrets.hex(40, seed: 102))\")\n") == ["secret-authorization-header"])
        #expect(rules("scripts/ping.sh", "curl -H 'X-API-Key: \(token)' https://api.internal.test/v1\n") == ["secret-authorization-header"])
        // Recorded cassette: the header value on the next line, as a YAML list item.
        #expect(rules("tests/cassettes/get.yaml", "headers:\n  Authorization:\n  - Bearer \(token)\n") == ["secret-authorization-header"])
        // Basic: only a real password counts; the user is reported.
        let basic = Codecs.base64Encode(Array("deploy:\(Make.s(103, .base62, 18))".utf8))
        let f = secretFindings("tests/cassettes/get.yaml", "Authorization: Basic \(basic)\n")
        #expect(f.first?.properties["http.user"] == "deploy")
        #expect(rules("docs/api.md", "curl -H 'Authorization: Basic \(Codecs.base64Encode(Array("browser:".utf8)))' https://localhost/\n").isEmpty)
        // References, placeholders, prose, JWTs and provider tokens are not reported by this rule.
        #expect(rules("scripts/ping.sh", "curl -H \"Authorization: Bearer $API_TOKEN\" https://api.internal.test/v1\n").isEmpty)
        #expect(rules("internal/api.go", "req.Header.Set(\"Authorization\", \"Bearer \"+token)\n").isEmpty)
        #expect(rules("docs/auth.md", "The Authorization header carries the bearer token issued by the server.\n").isEmpty)
        #expect(rules("docs/auth.md", "Authorization: Bearer a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6\n").isEmpty)
        #expect(!rules("src/gh.ts", "const h = {Authorization: \"Bearer ghp_\(Make.s(104, .base62, 36))\"}\n").contains("secret-authorization-header"))
    }

    @Test func testModePrefixIsNotAPlaceholderWord() {
        // Lob test keys: `test_` + 35 hex is the format (reported low), not a placeholder.
        let f = secretFindings(".env", "LOB_API_KEY=test_" + FakeSecrets.hex(35, seed: 105))
        #expect(f.first { $0.ruleID == "secret-lob-api-key" }?.severity == .low)
        #expect(secretFindings(".env", "LOB_API_KEY=test_key_for_the_docs_only_here").isEmpty)
    }

    @Test func curlUserWithAQuotedPassword() {
        #expect(rules("scripts/patch.sh", "curl --user deployer:'\(Make.s(106, .base62, 16))' -X PATCH https://ci.internal.test/api\n") == ["secret-curl-basic-auth"])
        #expect(rules("scripts/patch.sh", "curl --user deployer:'$DEPLOY_PASSWORD' -X PATCH https://ci.internal.test/api\n").isEmpty)
        // Bulwark's own catalog: a curl line built by string concatenation in source code.
        #expect(rules("Sources/Catalog.swift", "hits: [(\"upload.sh\", \"curl -u ci-bot:\" + Make.s(31, .base62, 14) + \" https://ci.internal.test/upload\")]\n").isEmpty)
    }

    @Test func truncatedPyPITokenIsLowNotCritical() throws {
        let full = PyPISamples.token(seed: 107, projects: nil)
        #expect(secretFindings("publish.sh", "PYPI_TOKEN=\(full)\n").first?.severity == .critical)
        // The same token cut before its signature (a pasted prefix) is reported low.
        let cut = String(full.prefix(90))
        let f = try #require(secretFindings("publish.sh", "PYPI_TOKEN=\(cut)\n").first { $0.ruleID == "secret-pypi-upload-token" })
        #expect(f.severity == .low)
    }
}
