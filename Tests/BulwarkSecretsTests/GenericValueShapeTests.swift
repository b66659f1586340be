import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// Issue 16, precision of `secret-generic-assignment` by technique: classes of values seen on the
/// real-repository benchmark and in the peers' negative test cases, as our own minimal variants,
/// each with controls that must still be reported.
private func genericHits(_ path: String, _ text: String) throws -> [String] {
    let d = TemporaryDirectory()
    d.write(path, text)
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.only = ["secrets"]
    o.pathContext = false
    return try Scanner().scan(o).findings.filter { $0.ruleID == "secret-generic-assignment" }.map { $0.properties["generic.name"] ?? "" }
}

/// In a programming language an unquoted right-hand side is an expression, not a literal.
@Test func genericBareValueInCodeIsAnExpression() throws {
    let ts = "\tconst apiKey = hasDelegatedSigV4Mode\n\t\t? undefined\n\t\t: await loadKey(config);\n"
    #expect(try genericHits("src/providers/vendor.ts", ts).isEmpty)
    #expect(try genericHits("app/client.py", "api_token = fallbackKeyV3Value or None\n").isEmpty)
    #expect(try genericHits("cmd/main.go", "\tapiSecret := sharedKeyV2Holder\n").isEmpty)
    // Controls: the same names with a quoted literal in code, a bare literal in configuration formats,
    // and a pair written inside a string literal of code.
    #expect(try genericHits("src/providers/vendor.ts", "const apiKey = 'Qm7vT2xK9pL4wR8nZ3bY6cF1'\n") == ["apikey"])
    #expect(try genericHits("deploy/.env", "API_TOKEN=Qm7vT2xK9pL4wR8nZ3bY6cF1\n") == ["api_token"])
    #expect(try genericHits("conf/app.ini", "api_token = Qm7vT2xK9pL4wR8nZ3bY6cF1\n") == ["api_token"])
    #expect(try genericHits("deploy/values.yaml", "  apiToken: Qm7vT2xK9pL4wR8nZ3bY6cF1\n") == ["apitoken"])
    #expect(try genericHits("scripts/deploy.sh", "export API_TOKEN=Qm7vT2xK9pL4wR8nZ3bY6cF1\n") == ["api_token"])
    #expect(try genericHits("tests/fixtures.py", "CONFIG = \"api_token: Qm7vT2xK9pL4wR8nZ3bY6cF1\\nuser: ci\"\n") == ["api_token"])
}

/// A bare value ends at the quote that closes the string it is written in, and a URL query parameter at `&`.
@Test func genericBareValueEndsAtQuoteAndAmpersand() throws {
    // `hunter7` is 7 characters: too short once the closing quote is not part of it.
    #expect(try genericHits("tests/log_test.py", "lines = [\"DB_PASSWORD: hunter7\", \"ok\"]\n").isEmpty)
    #expect(try genericHits("docs/install.md", "Fetch https://host/whl/cu121?token=ab12cd34&channel=nightly to test.\n").isEmpty)
    // Controls: a long random query parameter, and a real-looking bare password in a string.
    #expect(try genericHits("docs/install.md", "Fetch https://host/whl?token=Qm7vT2xK9pL4wR8nZ3bY6cF1&channel=nightly\n") == ["token"])
    #expect(try genericHits("tests/log_test.py", "lines = [\"DB_PASSWORD: Wq8#zLp3Vt6!\", \"ok\"]\n") == ["db_password"])
}

/// Values people write out of words and short numbers carry no generated secret.
@Test func genericWordMadeValuesAreNotCredentials() throws {
    let made = ["refresh_token = \"old-upstream-rotate-4\"", "apiKey = \"m9-retired-platform-key\"",
                "short_token = \"expired-short-413\"", "apiKey = \"sk-fictional-gateway-rotation-private-71c2\"",
                "notes = \"Gradle - org.jsonwebtoken:jjwt-gson-0.12.6\"", "accessToken = \"sk-ant-oat01-cache\""]
    for line in made { #expect(try genericHits("config/settings.py", line + "\n").isEmpty, "\(line)") }
    // Controls: a UUID, a generated key with separators, base64.
    #expect(try genericHits("config/settings.py", "api_token = \"8d2f61c4-93ab-4e07-b5d1-6c0e2f9a7b34\"\n") == ["api_token"])
    #expect(try genericHits("config/settings.py", "api_key = \"svc-Qm7vT2xK9pL4-wR8nZ3bY6cF1\"\n") == ["api_key"])
    #expect(try genericHits("config/settings.py", "client_secret = \"t4K+Zq9/LmW2xRv8PbN3sYc6JdE1Hf0G\"\n") == ["client_secret"])
}

/// Counting sequences, also counting down, typed digit runs and blocks of repeated characters are fillers.
@Test func genericCountingAndPaddedValuesArePlaceholders() throws {
    let fillers = ["REFRESH_TOKEN=zyxwvutsrqponm9876543210lkji", "token_b = \"edcba9876543210fedcba98765432100\"",
                   "session_token = \"dev-7f6e5d4c3b2a10\"", "API_KEY=qv7Lx2m45678nTz8rW3kYpB",
                   "DB_PASSWORD=Kt9-never-used-43210", "refresh_token = \"7Bfq2Lx9Wm4TTTTUUUUVVVVp3Kz8Rn6Yc1\""]
    for line in fillers { #expect(try genericHits("deploy/.env", line + "\n").isEmpty, "\(line)") }
    // Controls: random values of the same lengths.
    #expect(try genericHits("deploy/.env", "REFRESH_TOKEN=q8Zt3Lm9Wx2Rv7Kp4Nb6Yc1Hd5\n") == ["refresh_token"])
    #expect(try genericHits("deploy/.env", "API_KEY=9c4e1b7f2a8d3e6b0f5c9a2d7e4b1f8c\n") == ["api_key"])
}

/// Host names and URL query strings assigned to a secret-looking name are not the secret.
@Test func genericHostNamesAndQueryStringsAreNotSecrets() throws {
    #expect(try genericHits("config/billing.txt", "client_secret = '7c1e9a.billingcloud.com'\n").isEmpty)
    #expect(try genericHits("deploy/.env", "STORAGE_SAS_TOKEN=sp=r&st=2026-01-02T03:04:05Z&se=2026-02-02T03:04:05Z&spr=https&sv=2024-05-04\n").isEmpty)
    // Controls: a dotted key that is not a host name, and a value that merely holds an `&`.
    #expect(try genericHits("config/billing.txt", "client_secret = '7c1e9aQx.Lm4Tz8Kp2Wv6Rn'\n") == ["client_secret"])
    #expect(try genericHits("deploy/.env", "SERVICE_PASSWORD=Tz8&Kp2Wv6Rn!4q\n") == ["service_password"])
}

/// A public analytics project token handed to its client (`Mixpanel(project_token)`) is public by design.
@Test func genericPublicAnalyticsTokenHandedToItsClient() throws {
    let code = "        project_token = \"4c8e2a9f1d7b3e6c0a5f9d2b8e1c7a4f\"\n        self.mp = Mixpanel(project_token) if project_token else None\n"
    #expect(try genericHits("aider/analytics.py", code).isEmpty)
    // Control: the same assignment handed to another client.
    let other = "        project_token = \"4c8e2a9f1d7b3e6c0a5f9d2b8e1c7a4f\"\n        self.client = Registry(project_token)\n"
    #expect(try genericHits("app/registry.py", other) == ["project_token"])
}

/// Model and repository ids, percent-encoded text and the storage emulator's published key are not secrets.
@Test func genericModelIdsEncodedTextAndEmulatorKey() throws {
    #expect(try genericHits("web/settings.test.tsx", "const models = { \"router-pass\": \"mistral/large-3\" }\n").isEmpty)
    #expect(try genericHits("docs/auth.md", "Open app://auth?idToken=signed%20by%20the%20issuer&provider=x\n").isEmpty)
    let azurite = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/" + "K1SZFPTOtr/KBHBeksoGMGw=="
    #expect(try genericHits("deploy/.env.example", "BLOB_SECRET_ACCESS_KEY=" + azurite + "\n").isEmpty)
    // Controls: a password holding a slash, and another base64 account key.
    #expect(try genericHits("web/settings.ts", "const cfg = { \"router-pass\": \"q8/Zt3Lm9Wx2\" }\n") == ["router-pass"])
    #expect(try genericHits("deploy/.env.example", "BLOB_SECRET_ACCESS_KEY=Qm7vT2xK9pL4wR8nZ3bY6cF1t4K+Zq9/LmW2xRv8PbN3sYc6JdE1Hf0G==\n") == ["blob_secret_access_key"])
}

/// A Mixpanel project token assigned right after the client's import is the public project token.
@Test func genericMixpanelTokenAfterItsImport() throws {
    let code = "from mixpanel import Mixpanel\nfrom acme import __version__\n\nproject_token = \"4c8e2a9f1d7b3e6c0a5f9d2b8e1c7a4f\"\n"
    #expect(try genericHits("app/analytics.py", code).isEmpty)
    #expect(try genericHits("app/other.py", "from acme import Client\n\nproject_token = \"4c8e2a9f1d7b3e6c0a5f9d2b8e1c7a4f\"\n") == ["project_token"])
}
