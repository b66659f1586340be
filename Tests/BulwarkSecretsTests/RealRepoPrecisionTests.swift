import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// False highs from the real-repository benchmark (issue 15), as our own minimal variants, each
/// with a control that must still be found.
private func secretIDs(_ path: String, _ text: String) throws -> [String] {
    let d = TemporaryDirectory()
    d.write(path, text)
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.only = ["secrets"]
    o.pathContext = false
    return try Scanner().scan(o).findings.filter { $0.severity >= .high }.map(\.ruleID)
}

@Test func hostAndPortBeforeAnAtSignIsNotACredential() throws {
    #expect(try secretIDs("src/dialogs.rs", "// reject http://127.0.0.1:8888@evil.test/clip as a redirect\n").isEmpty)
    #expect(try secretIDs("src/dialogs.rs", "let bad = [\"http://[::1]:8888@evil.test/video\"];\n").isEmpty)
    #expect(try secretIDs("src/mirror.py", "\"\"\"Pass ``https://user:token@mirror/whl`` to use a private index.\"\"\"\n").isEmpty)
    // Control: a real password in a URL to a remote host.
    #expect(try secretIDs("deploy/pip.conf", "index-url = https://deploy:Qx7vR2mZp9LkW4tN@pypi.corp.acme.io/simple\n").contains("secret-url-credentials"))
}

@Test func loopbackDatabasePasswordsAreLocalDefaults() throws {
    #expect(try secretIDs("worker/README.md", "REDIS_CONNECTION_STRING=redis://:myredissecret@127.0.0.1:6379\n").isEmpty)
    #expect(try secretIDs("config/app.env", "DATABASE_URL=postgresql://app:Hj4kLm9QwErT2yUi@localhost:5432/app\n").isEmpty)
    #expect(try secretIDs("config/app.env", "DATABASE_URL=postgresql://app:Hj4kLm9QwErT2yUi@db.prod.acme.io:5432/app\n").contains("secret-database-url-password"))
}

@Test func shortTokenPrefixInsideAnIdentifierIsNotAToken() throws {
    #expect(try secretIDs("src/retry.rs", "fn task_control_retry_re_dispatches_Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF() {}\n").isEmpty)
    #expect(try secretIDs("src/mail.py", "RESEND = \"re_Ab3dE6gH_9jK2mN5pQ8sT1vW4yZ7bC0eF\"\n").contains("secret-resend-api-key"))
}

/// A class name in Markdown code next to a vendor's name is not that vendor's key (a real
/// repository's README: "For Cloudflare Workers ..., use `<a 40-letter class name>`").
@Test func backtickedClassNameNextToAVendorIsNotAKey() throws {
    let readme = "For web runtimes (Cloudflare Workers, Deno, Bun), use `WebStandardStreamableHTTPServerTransport` from the server package.\n"
    #expect(try secretIDs("packages/node/README.md", readme).isEmpty)
    // Control: a token-shaped value in backticks on the same line is still a Cloudflare token.
    let leaked = "Set the Cloudflare token to `Rk3vT9qWm2Xp7LbZ4nHc8YdJ6sFa1GeU5oKiQt0V` before deploying.\n"
    #expect(try secretIDs("packages/node/README.md", leaked).contains("secret-cloudflare-api-token"))
}

/// Bulwark's own catalog source: the NuGet rule took Swift code after `ClearTextPassword` (`Charset(`,
/// `unlocks:`) as passwords. Only the NuGet.config XML element `<add key="ClearTextPassword" value="..."/>` is one.
@Test func nugetPasswordIsOnlyTheXMLElement() throws {
    let swift = """
    kv("nuget-config-password", "NuGet", "NuGet feed password", ["cleartextpassword"], Charset("A-Za-z0-9!#$%&()*+,./:;=?@^_{|}~-"), 8...200,
       env: "ClearTextPassword", unlocks: "the private NuGet feed: download and publish packages", category: "registry",
    let s = "ClearTextPassword = " + passwordFromVault
    """
    #expect(try secretIDs("Sources/Catalog.swift", swift + "\n").isEmpty)
    #expect(try secretIDs("NuGet.config", "<add key=\"ClearTextPassword\" value=\"%NUGET_FEED_PASSWORD%\" />\n").isEmpty)
    #expect(try secretIDs("NuGet.config", "<add key=\"ClearTextPassword\" value=\"$(FeedPassword)\" />\n").isEmpty)
    // `key="Password"` is NuGet's only in NuGet.config.
    #expect(try secretIDs("web.config", "<add key=\"Password\" value=\"Wm4pRt8zQv2LnX6k\" />\n").isEmpty)
    // Controls: the XML element with a real-looking password, either quote style.
    #expect(try secretIDs("NuGet.config", "    <add key=\"ClearTextPassword\" value=\"Wm4pRt8zQv2LnX6k\" />\n") == ["secret-nuget-config-password"])
    #expect(try secretIDs("src/nuget.config", "<add key='Password' value='Wm4pRt8zQv2LnX6kPz0a'/>\n") == ["secret-nuget-config-password"])
}

/// Bulwark's own doc comment: "`curl -u user:password` (or ...)": the backtick closing the code span
/// was read as part of the password.
@Test func curlUserInACodeSpanEndsAtTheBacktick() throws {
    #expect(try secretIDs("Sources/Catalog.swift", "/// `curl -u user:password` (or `--user`), the password neither a placeholder nor a variable.\n").isEmpty)
    #expect(try secretIDs("docs/api.md", "Run `curl -u admin:changeme https://localhost/` to check.\n").isEmpty)
    // Control: a real-looking password in a code span is still found, without the backtick.
    let ids = try secretIDs("docs/api.md", "Run `curl -u deploy:Zt6qWm2Lp9Rx4Kv https://ci.acme.io/` to publish.\n")
    #expect(ids == ["secret-curl-basic-auth"])
}
