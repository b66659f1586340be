@testable import BulwarkSecrets
import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// Issue 16, recall of `secret-generic-assignment` by technique: how logs, notes, configuration and code
/// hold a credential under a name the rule did not read before (a key name, a spaced dash, a long token, a
/// header value), each with the near-misses that must stay quiet. Our own minimal inputs.
private func generic(_ path: String, _ text: String) throws -> [(name: String, severity: Severity, secret: String)] {
    let d = TemporaryDirectory()
    d.write(path, text)
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.only = ["secrets"]
    o.pathContext = false
    return try Scanner().scan(o).findings.filter { $0.ruleID == "secret-generic-assignment" }
        .map { ($0.properties["generic.name"] ?? "", $0.severity, $0.message) }
}

private let random32 = "Qm7vT2xK9pL4wR8nZ3bY6cF1hJ5dS0gA"
private let hex40 = "3f9a1c7e52b8d04e6a19f3c2b7d5e8a01c4f6b93"

/// A name that ends in `key` and says whose key it is (`censys_key`, `azureKey`, `AZURE_KEY`) is read, at low severity.
@Test func genericQualifiedKeyNamesAreReadAtLowSeverity() throws {
    for (path, line, name) in [("config/services.yaml", "api:\n  censys_key: \"\(random32)\"\n", "censys_key"),
                               ("cmd/client/main.go", "\tappointeddKey := \"\(random32)\"\n", "appointeddkey"),
                               ("deploy/.env", "AZURE_KEY=\(random32)\n", "azure_key"),
                               ("app/settings.py", "salesforce_key1 = '\(random32)'\n", "salesforce_key1")] {
        let hits = try generic(path, line)
        #expect(hits.map(\.name) == [name], "\(line)")
        #expect(hits.allSatisfy { $0.severity == .low }, "\(line)")
    }
    // Data keys, public halves, keyboard keys and words that merely end in `key` are not credentials.
    for line in ["cache_key = \"\(random32)\"", "sortKey = \"\(random32)\"", "public_key = \"\(random32)\"",
                 "hotkey = \"\(random32)\"", "monkey = \"\(random32)\"", "partition_key: \(random32)",
                 "idempotencyKey = \"\(random32)\"", "config.key = \"\(random32)\""] {
        #expect(try generic("app/settings.py", line + "\n").isEmpty, "\(line)")
    }
}

/// A bare `key` needs its context to say it is a credential: a URL query parameter, or `API KEY`. A service's
/// name before it is not enough (on the public test cases such lines were as often mangled values as keys).
@Test func genericBareKeyNeedsAPIOrAURLParameter() throws {
    #expect(try generic("logs/request.log", "[INFO] Sending request\n[DEBUG] Using API KEY=\(random32)\n").map(\.name) == ["key"])
    #expect(try generic("docs/setup.md", "API KEY = \(random32)\n").map(\.name) == ["key"])
    #expect(try generic("notes/creds.txt", "weather api key: \(random32)\n").map(\.name) == ["key"])
    #expect(try generic("scripts/fetch.sh", "curl \"https://api.example.com/v1/geo?key=\(random32)&q=x\"\n").map(\.name) == ["key"])
    // No such context: a service's name, a verb, a declaration keyword, a word ending in `api`, nothing at all.
    #expect(try generic("logs/request.log", "[DEBUG] Using openweather KEY=\(random32)\n").isEmpty)
    #expect(try generic("logs/request.log", "[INFO] Sending request to the API\n[DEBUG] Using Key=\(random32)\n").isEmpty)
    #expect(try generic("notes/creds.txt", "rapi key: \(random32)\n").isEmpty)
    #expect(try generic("src/client.ts", "const key = \"\(random32)\";\n").isEmpty)
    #expect(try generic("config/app.yaml", "key: \(random32)\n").isEmpty)
    #expect(try generic("src/app.py", "key = \"\(random32)\"\n").isEmpty)
}

/// Seen on the real-repository benchmark under key names: message keys, an SQL condition, a test's
/// identifier, a WebSocket handshake nonce, a recorded object's hash; base36 keys are no words.
@Test func genericKeyNamesKeepWordsNoncesAndRecordedIdsOut() throws {
    for (path, line) in [("src/features/validation.ts", "      errorKey: \"studio.training.validation.s3MultimodalUnsupported\","),
                         ("cmd/launch/vscode.go", "\trow := db.QueryRow(\"SELECT value FROM ItemTable WHERE key = 'chat.cachedLanguageModels.v2'\")"),
                         ("tests/lib/stream.test.ts", "    const pollutionKey = '__assistantStreamSnapshotPollutionRegression_019ffd14__';"),
                         ("src/hub/server.test.ts", "\t\"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\","),
                         ("tests/traces/crew.json", "{\"metadata\": \"{\\\"crew_key\\\":\\\"4d5b21867b638a1846a38dc4af8e29a4\\\"}\"}")] {
        #expect(try generic(path, line + "\n").isEmpty, "\(line)")
    }
    #expect(try generic("config/services.yaml", "  commercejs_key: \"g6cl4jt_2noyibalgbqid4h58jxivqdgyyxovepbvqmbl7wq\"\n").map(\.name) == ["commercejs_key"])
}

/// Published values are no leak: the gcloud CLI's installed-app OAuth client secret in a recorded token
/// exchange, a package manager's public search key (the value is assembled so that scanners of this file stay quiet).
@Test func genericPublishedValuesStayQuiet() throws {
    let gcloud = "d-FL95Q19q7" + "MQmFpd7hHD0Ty"
    let body = "body: grant_type=refresh_token&client_id=32555940559.apps.googleusercontent.com&client_secret=\(gcloud)&scope=x\n"
    #expect(try generic("tests/cassettes/vertex.yaml", body).isEmpty)
    #expect(try generic("dist/bundle.txt", ",apiKey:\"" + "6fe4476ee5a1832882e3" + "26b506d14126\",\n").isEmpty)
    // Control: another client secret in the same exchange.
    #expect(try generic("tests/cassettes/vertex.yaml", body.replacingOccurrences(of: gcloud, with: "t4K-Zq9_LmW2xRv8PbN3sYc6")).map(\.name) == ["client_secret"])
}

/// Under a key name the value needs more evidence: 20 characters or more, 32 when hexadecimal, no UUID shape.
@Test func genericKeyNameValuesNeedMoreEvidence() throws {
    #expect(try generic("notes/creds.txt", "api key: 8d2f61c4-93ab-4e07-b5d1-6c0e2f9a7b34\n").isEmpty)
    #expect(try generic("notes/creds.txt", "mux key = 'G7c64847-eda7-a832-6273-8b8b300b29aG'\n").isEmpty)
    #expect(try generic("deploy/.env", "AZURE_KEY=3f9a1c7e52b8d04e6a19\n").isEmpty)
    #expect(try generic("deploy/.env", "AZURE_KEY=Qm7vT2xK9pL4wR8n\n").isEmpty)
    // The same names with a token of full length.
    #expect(try generic("deploy/.env", "AZURE_KEY=\(hex40)\n").map(\.name) == ["azure_key"])
}

/// Notes and documents list a credential after a spaced dash; only a quoted value counts.
@Test func genericSpacedDashBeforeAQuotedValue() throws {
    #expect(try generic("notes/vendors.txt", "ipstack token - '\(random32)'\n").map(\.name) == ["token"])
    #expect(try generic("notes/vendors.txt", "ipstack token - \(random32)\n").isEmpty)
    #expect(try generic("notes/vendors.txt", "ipstack token-'\(random32)'\n").isEmpty)
}

/// Fallback values written into code and configuration: a getter's default (`os.getenv("X", "v")`,
/// `ENV.fetch`), `||` and `??` after an environment lookup, and a shell default (`${X:-v}`).
@Test func genericFallbackValuesAreRead() throws {
    #expect(try generic("app/config.py", "API_TOKEN = os.getenv(\"API_TOKEN\", \"\(random32)\")\n").map(\.name) == ["api_token"])
    #expect(try generic("config/app.rb", "token = ENV.fetch(\"SERVICE_TOKEN\", \"\(random32)\")\n").map(\.name) == ["service_token"])
    #expect(try generic("cmd/main.go", "\ttoken := utils.GetEnvOrDefault(\"api_token\", \"\(random32)\")\n").map(\.name) == ["api_token"])
    #expect(try generic("src/config.ts", "export const apiToken = process.env.API_TOKEN || \"\(random32)\";\n").map(\.name) == ["apitoken"])
    #expect(try generic("src/config.ts", "const secret = env.APP_SECRET ?? '\(random32)';\n").map(\.name) == ["secret"])
    #expect(try generic("docker-compose.yml", "environment:\n  - API_TOKEN=${API_TOKEN:-\(random32)}\n").map(\.name) == ["api_token"])
    // No literal fallback: a variable, an empty string, a nested reference, a comparison.
    for (path, line) in [("app/config.py", "API_TOKEN = os.getenv(\"API_TOKEN\", DEFAULT_TOKEN)"),
                         ("app/config.py", "SECRET = os.environ.get(\"APP_SECRET\", \"\")"),
                         ("src/config.ts", "export const apiToken = process.env.API_TOKEN || fallbackToken;"),
                         ("docker-compose.yml", "  - API_TOKEN=${API_TOKEN:-${DEFAULT_TOKEN}}"),
                         ("src/check.ts", "if (apiToken || isPublic) { run() }")] {
        #expect(try generic(path, line + "\n").isEmpty, "\(line)")
    }
}

/// Long OAuth and JWT-like tokens (hundreds of characters), and spaces pasted inside the quotes.
@Test func genericLongPaddedAndSchemeValues() throws {
    let long = (0..<12).map { _ in random32 }.joined(separator: ".")
    #expect(long.utf8.count > 256)
    #expect(try generic("notes/vendors.txt", "wrike token = '\(long)'\n").map(\.name) == ["token"])
    #expect(try generic("notes/vendors.txt", "pandascore token = ' \(random32) '\n").map(\.name) == ["token"])
}

/// A service called GetResponse is no getter: `getresponse_secret` is a name like any other; `getToken` is one.
@Test func genericAccessorNamesNeedACapitalOrUnderscore() throws {
    #expect(try generic("config/secrets.json", "{\"getresponse_secret\": \"\(random32)\"}\n").map(\.name) == ["getresponse_secret"])
    #expect(try generic("src/App.java", "String getToken = \"\(random32)\";\n").isEmpty)
    #expect(try generic("src/app.py", "get_token = \"\(random32)\"\n").isEmpty)
}

/// Characters outside a token alphabet (`?`, `;`, `]`), format directives (`%s`, `%c`), a leading `=`,
/// publishable keys and values in a token rule's shape are not generic secrets; passwords keep their freedom.
@Test func genericTokenAlphabetAndFormatDirectives() throws {
    for line in ["service token - 'Qm7vT2xK9?L4wR8nZ3bY6cF1'", "api_token = \"Qm7vT2xK9;L4wR8nZ3bY6cF1\"",
                 "apiSecret = \"Qm7vT2xK9pL4%cR8nZ3bY6cF1\"", "api_token = '=Qm7vT2xK9pL4wR8nZ3bY6cF1'",
                 "api_token = \"pk_live_\(random32)\"", "token = 'live_pub_\(hex40)'",
                 "token = \"cfut_ZE4CrcFhEIDXk9vL2sTLe\""] {
        #expect(try generic("config/settings.py", line + "\n").isEmpty, "\(line)")
    }
    // Controls: secrets may carry `!@#$%^&*` (generated Django keys), percent-encoding is a value, passwords anything.
    #expect(try generic("config/settings.py", "SECRET_KEY = \"k7#2x!9vq^8m$w4z&p6*r3t5y1u0o\"\n").map(\.name) == ["secret_key"])
    #expect(try generic("config/settings.py", "api_token = \"Qm7vT2xK9pL4%2FR8nZ3bY6cF1\"\n").map(\.name) == ["api_token"])
    #expect(try generic("config/settings.py", "db_password = \"Wq8?zLp3;Vt6\"\n").map(\.name) == ["db_password"])
    // A 3-character prefix of a token rule with another body length is another service's key.
    #expect(try generic("notes/vendors.txt", "iexcloud token = 'sk_e51a4bf78d4c4c6ab906bac4c783cb91'\n").map(\.name) == ["token"])
}

/// The new forms keep the scan linear: N and 4N bytes of each repeated on one line cost about 4 times the
/// thread's CPU time (unclosed long quotes are read once, key names look back a few bytes; 16 times would
/// be quadratic).
@Test("generic rule's new forms grow linearly on one line", arguments: [
    "Using adobe KEY=", "x token - '", "token = 'Qm7vT2xK9pL4wR8nZ3bY6cF1 ", "censys_key: ", "?key=", "monkey key = '",
])
func genericNewFormsGrowLinearly(_ unit: String) {
    let n = 64 << 10
    let small = HostileLines.repeated(unit, n), large = HostileLines.repeated(unit, 4 * n)
    _ = LinearWork.units(Array(small.prefix(4096))) // warm the catalog
    let t1 = LinearWork.cpu(runs: 3) { _ = SecretCatalog.engine.scan(small, path: "notes.txt") }
    let t4 = LinearWork.cpu(runs: 3) { _ = SecretCatalog.engine.scan(large, path: "notes.txt") }
    #expect(LinearWork.linear(t1, t4, bound: 7, floor: 0.01), "\(unit): \(n) bytes \(t1) s, \(4 * n) bytes \(t4) s of CPU")
}
