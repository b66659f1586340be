import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// Issue 16, real repositories: URL credentials in URL-parsing and redaction tests (`u:p`, `alice:s3cr3t`,
/// `admin:hunter2secret`, `user:x@[invalid`) were reported; each shape here is our own variant, with
/// controls that must still be found.
private func urlHits(_ path: String, _ text: String) throws -> [Finding] {
    let d = TemporaryDirectory()
    d.write(path, text)
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.only = ["secrets"]
    o.pathContext = false
    return try Scanner().scan(o).findings.filter { $0.ruleID == "secret-url-credentials" || $0.ruleID == "secret-database-url-password" }
}

@Test func shortSelfNamingAndLeetPasswordsInURLsAreNotCredentials() throws {
    #expect(try urlHits("src/proxy.py", "PROXY = \"http://u:p@proxy.corp:8080\"\nOTHER = \"https://c:d@mirror.corp/x\"\n").isEmpty)
    #expect(try urlHits("src/redact.py", "LINE = \"ERROR https://bob:s3cr3t@download.corp.net/whl\"\n").isEmpty)
    #expect(try urlHits("src/env.py", "DSN = \"postgres://admin:topsecret2@db.corp:5432/prod\"\n").isEmpty)
    #expect(try urlHits("src/parse.py", "BAD = \"https://user:Zq8vTn4Lw2@[invalid\"\n").isEmpty)
    // Controls: a generated password, a short but real-looking one, and a database URL.
    #expect(try !urlHits("src/proxy.py", "PROXY = \"http://svc:Zq8vTn4Lw2Rk@proxy.corp:8080\"\n").isEmpty)
    #expect(try !urlHits("src/mirror.py", "URL = \"https://ci:Kx7q@mirror.corp/simple\"\n").isEmpty)
    #expect(try !urlHits("src/env.py", "DSN = \"postgres://admin:Zq8vTn4Lw2Rk@db.corp:5432/prod\"\n").isEmpty)
    #expect(try !urlHits("src/parse.py", "GOOD = \"https://user:Zq8vTn4Lw2Rk@[2001:db8::1]/x\"\n").isEmpty)
}
