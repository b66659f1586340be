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
