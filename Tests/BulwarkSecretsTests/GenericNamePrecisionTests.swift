@testable import BulwarkSecrets
import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// Issue 16, session 9: a name that says its value is not a valid credential (the fixture of a rejection
/// test) holds no secret; the same value under an ordinary name is still reported. Our own minimal inputs.
private func generic(_ path: String, _ text: String) throws -> [String] {
    let d = TemporaryDirectory()
    d.write(path, text)
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.only = ["secrets"]
    o.pathContext = false
    return try Scanner().scan(o).findings.filter { $0.ruleID == "secret-generic-assignment" }.map { $0.properties["generic.name"] ?? "" }
}

private let value = "Wk3nV8qT1zLx6RmB2pYc9HdF"

@Test func namesThatSayTheValueIsInvalidHoldNoSecret() throws {
    for line in ["nonMatchingToken := \"\(value)\"", "invalid_api_token = \"\(value)\"", "INVALID_SECRET=\(value)",
                 "wrongPassword = \"\(value)\"", "const tokenMismatch = \"\(value)\";", "invalidToken: \(value)"] {
        #expect(try generic("config/app.yaml", line + "\n").isEmpty, "\(line)")
    }
    // Ordinary names, and names in which `invalid` starts another word (`invalidation`), are read.
    for (line, name) in [("matchingToken := \"\(value)\"", "matchingtoken"), ("api_token = \"\(value)\"", "api_token"),
                         ("INVALIDATION_SECRET=\(value)", "invalidation_secret")] {
        #expect(try generic("config/app.yaml", line + "\n") == [name], "\(line)")
    }
}

/// A note that names the credential in words at the start of its line (`ipinfo token = '<v>'`) holds a
/// credential even when it is 10 to 15 characters long, if those look random; the same short value in
/// code, without the words, or made of words, is not read.
@Test func notesNamingACredentialCarryShortRandomValues() throws {
    for (line, name) in [("geofeed token = '4c8e19a7bd02f3'", "token"), ("  acme api token - \"Tb5xQ2mK9wLr\"", "token"),
                         ("billing secret = 'p3Rz8vKq1Nw7'", "secret")] {
        #expect(try generic("notes/vendors.txt", line + "\n") == [name], "\(line)")
    }
    for line in ["token = 'p3Rz8vKq1Nw7'", "x = 1; billing token = 'p3Rz8vKq1Nw7'", "geofeed token = 'letmein2024'",
                 "geofeed token = 'abcdefghijk1'", "the new billing token = 'p3Rz8'", "geofeed token = p3Rz8vKq1Nw7",
                 "one two three four five token = 'p3Rz8vKq1Nw7'"] {
        #expect(try generic("notes/vendors.txt", line + "\n").isEmpty, "\(line)")
    }
}

/// UUIDs built from a clock or hashed from a name (versions 1, 2, 3, 5) are identifiers, never random bearer
/// secrets; a version-4 UUID under a token name is still read.
@Test func derivedUUIDsAreNoSecrets() throws {
    for u in ["5f0c2e1a-3b7d-11ee-8c90-0242ac130003", "0e8d6c2b-91f4-3a57-b2c1-6d0e4f9a8b73", "c3a1e0b7-5d42-5f18-9e6a-0b4c7d2e1f85"] {
        #expect(try generic("deploy/.env", "REGISTRY_AUTH_TOKEN=\(u)\n").isEmpty, "\(u)")
        #expect(FormatCatalog.isNonRandomUUID(Array(u.utf8)))
    }
    let v4 = "9b2e7c4d-1f6a-4e8b-a3d5-7c0f2e9b6a14"
    #expect(!FormatCatalog.isNonRandomUUID(Array(v4.utf8)))
    #expect(try generic("deploy/.env", "REGISTRY_AUTH_TOKEN=\(v4)\n") == ["registry_auth_token"])
}
