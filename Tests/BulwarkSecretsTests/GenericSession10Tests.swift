@testable import BulwarkSecrets
import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// Issue 16, session 10: the generic assignment rule. Our own minimal inputs.
private func generic(_ path: String, _ text: String) throws -> [String] {
    let d = TemporaryDirectory()
    d.write(path, text)
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.only = ["secrets"]
    o.pathContext = false
    return try Scanner().scan(o).findings.filter { $0.ruleID == "secret-generic-assignment" }.map { $0.properties["generic.name"] ?? "" }
}

/// Hexadecimal with one or two letters beyond `f` inside it is a hex key edited by hand (a rejection test); the
/// same value in plain hex, or with a prefix, is read.
@Test func editedHexIsNoSecret() throws {
    for v in ["5488620aa9073q09f1a16e2b1dc357b6", "5cb4a5f04cd412fe946667b17f0129ba17aeb2e0c7b5b7264efcebf7d022bfe2R21"] {
        #expect(try generic("deploy/.env", "SERVICE_SECRET=\(v)\n").isEmpty, "\(v)")
        #expect(GenericSecret.isEditedHex(Array(v.utf8)))
    }
    for v in ["5488620aa9073e09f1a16e2b1dc357b6", "pri_5488620aa9073e09f1a16e2b1dc357b6"] {
        #expect(try generic("deploy/.env", "SERVICE_SECRET=\(v)\n") == ["service_secret"], "\(v)")
    }
    // Random base36 and base62 are far from hexadecimal.
    #expect(!GenericSecret.isEditedHex(Array("4ve4aj6v38uiadaq9hcgpupp2b3lh2k8".utf8)))
    #expect(!GenericSecret.isEditedHex(Array("Qh6DP6Zf7vHtmnDDsbS219qcz4d883Y9".utf8)))
}

/// The generic rule and the format rules share one test for UUIDs that carry nothing random (versions 1, 2, 3,
/// 5 and 6): a version-6 UUID (a reordered timestamp) is an identifier too.
@Test func timeOrderedUUIDsAreNoSecrets() throws {
    #expect(try generic("deploy/.env", "REGISTRY_AUTH_TOKEN=fb4e966d-7321-6974-b2e7-2525a9554d6f\n").isEmpty)
    #expect(try generic("deploy/.env", "REGISTRY_AUTH_TOKEN=fb4e966d-7321-4974-b2e7-2525a9554d6f\n") == ["registry_auth_token"])
}

/// A random value of letters only (no digit) is read when it is long, mixes cases and is not made of words;
/// camel-case names and short letter runs stay identifiers.
@Test func randomLettersWithoutADigitAreRead() throws {
    #expect(try generic("notes/vendors.txt", "proxy token = 'wjXKCFzOWEPRqhTmmbWtVQ'\n") == ["token"])
    #expect(try generic("config/app.yaml", "api:\n  convertkit_api_key: \"hfCnuVcYOgiRjlDEmAoRbN\"\n") == ["convertkit_api_key"])
    for line in ["api_key: \"WebStandardStreamableServerTransport\"", "api_token: \"AbstractSingletonProxyFactoryBean\"",
                 "api_token: \"wjXKCFzOWEPRqhTm\"", "api_token: \"settings.apiTokenFromEnvironment\""] {
        #expect(try generic("config/app.yaml", line + "\n").isEmpty, "\(line)")
    }
}

/// `pk_` alone does not make a key publishable (ClickUp personal tokens start with it); keys that say their mode
/// (`pk_live_`, `pk_test_`) or hold a UUID are public by design.
@Test func onlyPublishableKeysThatSaySoAreSkipped() throws {
    #expect(try generic("config/app.yaml", "clickup_token: \"pk_7043602_WIKY22PAKCVC1S5Q2X6119IK7N1UL8VY\"\n") == ["clickup_token"])
    for v in ["pk_live_Wk3nV8qT1zLx6RmB2pYc9HdF", "pk_sbox_Wk3nV8qT1zLx6RmB2pYc9HdF", "pk_9b2e7c4d-1f6a-4e8b-a3d5-7c0f2e9b6a14"] {
        #expect(try generic("config/app.yaml", "checkout_token: \"\(v)\"\n").isEmpty, "\(v)")
    }
}

/// A Laravel Sanctum token (`<id>|<40 random>`) is read by its random part; other values with `|` are not.
@Test func sanctumTokensAreRead() throws {
    #expect(try generic("config/app.yaml", "api_token: \"49|07KJBwfPzF2ESyNui5yBw9OVB6eWj0iXkssEKC7b\"\n") == ["api_token"])
    for v in ["49|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Wk3nV8qT1zLx|6RmB2pYc9HdF", "49|07KJBwfPzF2ESyNui5yB"] {
        #expect(try generic("config/app.yaml", "api_token: \"\(v)\"\n").isEmpty, "\(v)")
    }
}
