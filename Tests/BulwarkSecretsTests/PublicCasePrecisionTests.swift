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

    @Test func npmUUIDTokensAreRandomUUIDs() {
        // A time-based (version 1) UUID is an id; npm's legacy tokens are version 4.
        #expect(rules(".npmrc", "//registry.npmjs.org/:_authToken=6f1c2b7e-3d4a-11ee-9c1d-0242ac120002").isEmpty)
        #expect(rules(".npmrc", "//registry.npmjs.org/:_authToken=" + FakeSecrets.uuid(seed: 99)).contains("secret-npmrc-auth-token"))
    }
}
