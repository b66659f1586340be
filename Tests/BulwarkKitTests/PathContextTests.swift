import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

@Test func pathContextClassifiesTestFixtureDocsAndExamplePaths() {
    #expect(PathContext.of("tests/fixtures/tls/server.key") == .test)
    #expect(PathContext.of("pkg/testdata/key.pem") == .fixture)
    #expect(PathContext.of("src/__tests__/redact.test.ts") == .test)
    #expect(PathContext.of("src/redact.test.ts") == .test)
    #expect(PathContext.of("internal/auth/token_test.go") == .test)
    #expect(PathContext.of("test_redactor.py") == .test)
    #expect(PathContext.of("Tests/BulwarkKitTests/ScannerTests.swift") == .test)
    #expect(PathContext.of("docs/rules/secret-npm-access-token.md") == .docs)
    #expect(PathContext.of("examples/chatbot/.env") == .example)
    #expect(PathContext.of(".env.example") == .example)
    #expect(PathContext.of(".devcontainer/pebble-test/certs/localhost.key") == .test)
    #expect(PathContext.of("integration_tests/conf/key.pem") == .test)
    #expect(PathContext.of("contest/key.pem") == nil)
    #expect(PathContext.of(".env.test.example") == .example)
    #expect(PathContext.of("config/settings.sample.yml") == .example)
    #expect(PathContext.of(".env") == nil)
    #expect(PathContext.of(".env.production") == nil)
    // Ordinary source and top-level files are not lowered.
    #expect(PathContext.of("src/config.py") == nil)
    #expect(PathContext.of(".env") == nil)
    #expect(PathContext.of("README.md") == nil)
    #expect(PathContext.of("latest/contest.py") == nil)
    #expect(PathContext.isRecording("tests/cassettes/test_oauth.yaml"))
    #expect(!PathContext.isRecording("tests/fixtures/token.txt"))
}

private func scan(_ d: TemporaryDirectory, configure: (inout ScanOptions) -> Void = { _ in }) throws -> [Finding] {
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.only = ["secrets"]
    configure(&o)
    return try Scanner().scan(o).findings
}

/// A fixture credential is kept but lowered and marked; the same value in source keeps its
/// severity; a recorded cassette keeps it too; the switch turns lowering off.
@Test func findingsInTestPathsAreLoweredAndMarked() throws {
    let secret = "aws_access_key_id = AKIA" + "QYLPMN5HFIQR7XAM\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYzz8xq4Lm2R\n"
    let d = TemporaryDirectory()
    d.write("tests/fixtures/creds.ini", secret)
    d.write("deploy/creds.ini", secret)
    d.write("tests/cassettes/login.yaml", secret)
    let found = try scan(d)
    func worst(_ path: String) -> Finding? { found.filter { $0.location.path == path }.max { $0.severity < $1.severity } }
    #expect(worst("deploy/creds.ini")?.severity == .critical)
    #expect(worst("deploy/creds.ini")?.properties["context"] == nil)
    let fixture = try #require(worst("tests/fixtures/creds.ini"))
    #expect(fixture.severity == .low)
    #expect(fixture.properties["context"] == "test")
    #expect(fixture.properties["severityBeforeContext"] == "critical")
    #expect(worst("tests/cassettes/login.yaml")?.severity == .critical)
    let off = try scan(d) { $0.pathContext = false }
    #expect(off.filter { $0.location.path == "tests/fixtures/creds.ini" }.map(\.severity).max() == .critical)
}

@Test func pathContextCanBeSwitchedOffInTheConfigFile() throws {
    let d = TemporaryDirectory()
    d.write(".bulwark.yml", "version: 1\npath-context: false\n")
    d.write("tests/creds.ini", "aws_access_key_id = AKIA" + "QYLPMN5HFIQR7XAM\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYzz8xq4Lm2R\n")
    let config = try ConfigLoader.load(explicit: nil, scanPaths: [d.path])
    #expect(config.pathContext == false)
    var o = ScanOptions(paths: [d.path], configuration: config)
    o.only = ["secrets"]
    #expect(try Scanner().scan(o).findings.map(\.severity).max() == .critical)
}
