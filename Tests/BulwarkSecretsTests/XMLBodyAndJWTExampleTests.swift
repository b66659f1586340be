@testable import BulwarkSecrets
import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// Issue 16, session 9: a vendor keyword in an XML start tag with the value on the next line, and JWTs
/// HMAC-signed with the secret JWT documentation publishes. Our own minimal inputs.
private func engineHits(_ text: String, path: String = "config/app.xml") -> [String] {
    let p = SecretPattern(id: "test-acmevault-token", provider: "Acme", name: "Acme vault token", unlocks: "x", category: "test",
                          matcher: .keyed(keywords: ["acmevault"], valuePrefix: "", body: .base62, length: 18...24),
                          rotate: "x", envName: "ACMEVAULT_TOKEN")
    return SecretEngine(patterns: [p]).scan(Array(text.utf8), path: path).map(\.secret)
}

private let value = "Tq4Lm8Zr2Wx6Kp0Vn3Ja"

@Test func keyedValueInAnXMLElementBodyOnTheNextLine() {
    // One line, and the body on its own line with the closing tag on the same or the next line.
    #expect(engineHits("<acmevaultToken>\(value)</acmevaultToken>\n") == [value])
    #expect(engineHits("<settings>\n  <acmevaultToken>\n    \(value)\n  </acmevaultToken>\n</settings>\n") == [value])
    #expect(engineHits("<acmevault_token kind=\"api\">\r\n\t\(value)\r\n</acmevault_token>\r\n") == [value])
    #expect(engineHits("<acmevaultToken>\n\(value)</acmevaultToken>\n") == [value])
}

@Test func keyedValueOnTheLineAfterSomethingElseStaysUnread() {
    // Not an element body: prose or a self-closing tag on the keyword's line, a text that goes on, no closing
    // tag, another element in between, a value two lines down.
    #expect(engineHits("The acmevault token is set below.\n    \(value)\n</note>\n").isEmpty)
    #expect(engineHits("<acmevaultToken/>\n    \(value)\n</x>\n").isEmpty)
    #expect(engineHits("<acmevaultToken>\n    \(value) and more words\n</acmevaultToken>\n").isEmpty)
    #expect(engineHits("<acmevaultToken>\n    \(value)\n    <next>1</next>\n</acmevaultToken>\n").isEmpty)
    #expect(engineHits("<acmevaultToken>\n\n    \(value)\n</acmevaultToken>\n").isEmpty)
    #expect(engineHits("<acmevaultToken>\n    \(value)\n\n\n</acmevaultToken>\n").isEmpty)
    #expect(engineHits("<acmevault><item>\n    \(value)\n</item></acmevault>\n").isEmpty)
}

private func b64url(_ b: [UInt8]) -> String {
    Codecs.base64Encode(b).replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        .replacingOccurrences(of: "=", with: "")
}

private func jwt(alg: String, hash: HMAC.Hash, key: String, claims: String) -> String {
    let signed = b64url(Array("{\"alg\":\"\(alg)\",\"typ\":\"JWT\"}".utf8)) + "." + b64url(Array(claims.utf8))
    return signed + "." + b64url(HMAC.authenticate(hash, key: Array(key.utf8), message: Array(signed.utf8)))
}

private func jwtFindings(_ token: String) throws -> [String] {
    let d = TemporaryDirectory()
    d.write("tests/fixtures/auth.txt", "token: \(token)\n")
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.only = ["secrets"]
    o.pathContext = false
    return try Scanner().scan(o).findings.map(\.ruleID).filter { $0 == "secret-jwt" }
}

@Test func jwtSignedWithThePublishedExampleSecretIsAnExample() throws {
    let claims = "{\"iss\":\"https://login.acme.test\",\"sub\":\"u-72c81\",\"role\":\"editor\"}"
    for (alg, hash) in [("HS256", HMAC.Hash.sha256), ("HS384", .sha384), ("HS512", .sha512)] {
        let published = jwt(alg: alg, hash: hash, key: "a-string-secret-at-least-256-bits-long", claims: claims)
        #expect(Placeholders.isDocumentedExample(published), "\(alg)")
        #expect(try jwtFindings(published).isEmpty, "\(alg)")
        // The same token signed with any other secret is a token like any other.
        let other = jwt(alg: alg, hash: hash, key: "k9Vq2-internal-signing-material-7731", claims: claims)
        #expect(!Placeholders.isDocumentedExample(other), "\(alg)")
        #expect(try jwtFindings(other) == ["secret-jwt"], "\(alg)")
    }
    // The header's algorithm decides the hash: an HS512 tag under an HS384 header is no match.
    let mislabeled = jwt(alg: "HS384", hash: .sha512, key: "a-string-secret-at-least-256-bits-long", claims: claims)
    #expect(!Placeholders.isDocumentedExample(mislabeled))
}

private func genericFindings(_ path: String, _ text: String) throws -> [String] {
    let d = TemporaryDirectory()
    d.write(path, text)
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.only = ["secrets"]
    o.pathContext = false
    return try Scanner().scan(o).findings.filter { $0.ruleID == "secret-generic-assignment" }.map { $0.properties["generic.name"] ?? "" }
}

/// A value that starts like a JWT but whose parts do not decode to JSON is no token the JWT rule reads: the
/// generic rule judges it like any other value. Real JWTs, encrypted ones, JWTs cut short and hand-edited
/// copies (a garbled header) stay with the JWT rule.
@Test func jwtLookingValuesThatAreNotJWTsAreJudgedByTheGenericRule() throws {
    let header = b64url(Array("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".utf8))
    let randomBody = "Qm7vT2xK9pL4wR8nZ3bY6cF1hJ5dS0gAt8Vw2Kq6Xz1Lp4Nr7Bc9Hd3Fj5Gm0Sy2Ue8Wa6Ti"
    let signature = "Zr4Kp8Wm2Qx6Tn0Vb3Yc7Hd1Lf5Js9Ga2Ue6Ri8Ow4Pk"
    for line in ["livestream_token = '\(header).\(randomBody).\(signature)'",
                 "api_token: \("eyJ4tQ9mZ2vR7kL1pX3wN8bY5cH0dF6gJ").\(randomBody).\(signature)"] {
        #expect(try genericFindings("config/app.yaml", line + "\n").count == 1, "\(line)")
    }
    let payload = b64url(Array("{\"sub\":\"svc-4821\",\"aud\":\"api.acme.test\"}".utf8))
    let garbled = String(header.prefix(20)) + "VCJ9"
    for line in ["api_token = '\(header).\(payload).\(signature)'",            // a JWT: the JWT rule's
                 "api_token = '\(header).\(payload)'",                           // header and claims, cut short
                 "access_token: '\(header)...',",                                 // an ellipsis after the header
                 "api_token = '\(garbled).\(randomBody).\(signature)'"] {        // a hand-edited copy
        #expect(try genericFindings("config/app.yaml", line + "\n").isEmpty, "\(line)")
    }
}
