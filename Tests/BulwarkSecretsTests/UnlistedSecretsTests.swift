import BulwarkCore
import BulwarkKit
@testable import BulwarkSecrets
import Foundation
import Testing

/// A file with more secrets than `SecretsModel.maxListed`: the first are listed, the rest counted in one finding.
@Suite struct UnlistedSecretsTests {
    func findings(_ path: String, _ text: String, configuration: Configuration = Configuration()) -> [Finding] {
        Scanner(families: [SecretsScanner()]).scan(file: SourceFile(relativePath: path, text: text),
                                                   configuration: configuration, families: ["secrets"])
    }

    /// `n` generic assignments of different random tokens, each one the generic rule reports (medium): a random
    /// value that happens to look like words is left out, so that counts below are exact.
    func tokens(_ n: Int, seed: UInt64 = 100) -> String {
        var lines: [String] = []
        var k: UInt64 = 0
        while lines.count < n {
            let line = "SERVICE_TOKEN_\(lines.count) = \"q8" + FakeSecrets.string(.base62, count: 30, seed: seed + k) + "\""
            k += 1
            if SecretsModel(file: SourceFile(relativePath: "t.env", text: line)).byPattern["secret-generic-assignment"]?.count == 1 {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A PEM private key block (critical by `secret-private-key`).
    func pem(_ seed: UInt64) -> String {
        "-----BEGIN PRIVATE KEY-----\n" + (0..<8).map { FakeSecrets.string(.base62, count: 64, seed: seed + UInt64($0)) }.joined(separator: "\n")
            + "\n-----END PRIVATE KEY-----\n"
    }

    @Test func secretsPastTheLimitAreCountedAndRaiseTheFileToTheirSeverity() throws {
        // 520 medium tokens, then a critical key: the key is past the limit, so it is not listed, but the
        // summary says so and is critical.
        let text = tokens(SecretsModel.maxListed + 20) + pem(7)
        let f = findings("dump/vault-export.txt", text)
        let listed = f.filter { $0.ruleID == "secret-generic-assignment" }
        #expect(listed.count == SecretsModel.maxListed)
        #expect(!f.contains { $0.ruleID == "secret-private-key" })
        let summary = try #require(f.first { $0.ruleID == "secret-unlisted-in-file" })
        #expect(f.filter { $0.ruleID == "secret-unlisted-in-file" }.count == 1)
        #expect(summary.severity == .critical)
        #expect(summary.properties["unlisted.total"] == "21")
        #expect(summary.properties["unlisted.secret-generic-assignment"] == "20")
        #expect(summary.properties["unlisted.secret-private-key"] == "1")
        #expect(summary.message.contains("21 more secrets"))
        #expect(summary.location.startLine == 1)
    }

    @Test func aFileAtTheLimitHasNoSummary() {
        let f = findings("config/services.env", tokens(SecretsModel.maxListed))
        #expect(f.count == SecretsModel.maxListed)
        #expect(!f.contains { $0.ruleID == "secret-unlisted-in-file" })
    }

    @Test func theSummaryIsMediumWhenOnlyMediumSecretsAreUnlisted() throws {
        let f = findings("dump/tokens.txt", tokens(SecretsModel.maxListed + 5))
        let summary = try #require(f.first { $0.ruleID == "secret-unlisted-in-file" })
        #expect(summary.severity == .medium)
        #expect(summary.properties["unlisted.total"] == "5")
    }

    @Test func aDisabledRuleNeitherFillsTheListNorIsCounted() throws {
        // With the generic rule off, its 600 values take no place in the list: the keys after them are listed.
        let config = try Configuration.parse("rules:\n  secret-generic-assignment:\n    enabled: false\n", source: "test")
        let f = findings("dump/mixed.txt", tokens(600) + pem(11) + pem(31), configuration: config)
        #expect(f.filter { $0.ruleID == "secret-private-key" }.count == 2)
        #expect(!f.contains { $0.ruleID == "secret-generic-assignment" })
        #expect(!f.contains { $0.ruleID == "secret-unlisted-in-file" })
    }

    @Test func memoryIsBoundedByTheLimitNotByTheFile() {
        // The model keeps at most `maxListed` located secrets whatever the file holds.
        let text = tokens(3_000, seed: 5_000)
        let model = SecretsModel(file: SourceFile(relativePath: "dump/big.txt", text: text))
        #expect(model.byPattern.values.reduce(0) { $0 + $1.count } == SecretsModel.maxListed)
        #expect(model.unlisted["secret-generic-assignment"]?.count == 3_000 - SecretsModel.maxListed)
    }
}
