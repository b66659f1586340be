@testable import BulwarkSecrets
import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// Issue 16, session 9: credentials in curl commands, a header named for a token (`-H "Api-Token: v"`) and
/// an API key given as the user name (`-u "key:"`) or a password holding `$`. Our own minimal inputs.
private func findings(_ path: String, _ text: String) throws -> [(rule: String, secret: String)] {
    let d = TemporaryDirectory()
    d.write(path, text)
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.only = ["secrets"]
    o.pathContext = false
    let out = try Scanner().scan(o).findings
    return out.map { ($0.ruleID, $0.properties["secret.redacted"] ?? $0.message) }
}

@Test func curlHeaderNamedForATokenCarriesShortRandomValues() throws {
    for line in ["curl -s -X POST --header \"Api-Token: Rw27hQ5mz3K\" https://api.acme.test/v1/jobs",
                 "curl -H 'Token: 7ab27ab1c4e97ac1' https://tasks.acme.test/api",
                 "curl https://tasks.acme.test/api \\\n  -H \"X-Auth-Token: p7Tz2Lq9Wm4c\""] {
        #expect(try findings("scripts/call.sh", line + "\n").map(\.rule) == ["secret-generic-assignment"], "\(line)")
    }
    // Variables, placeholders, words, hosts, short values and a header outside curl stay quiet.
    for line in ["curl -H \"Api-Token: $API_TOKEN\" https://api.acme.test",
                 "curl -H \"Token: your-token-here\" https://api.acme.test",
                 "curl -H \"Token: abc123abc123\" https://api.acme.test",
                 "curl -H \"X-Session-Token: staging.acme.test\" https://api.acme.test",
                 "curl -H \"Token: a1b2c3\" https://api.acme.test",
                 "curl -H \"Token: refreshTokenValue\" https://api.acme.test",
                 "http --print=h -H \"Token: 7ab27ab1c4e97ac1\" api.acme.test"] {
        #expect(try findings("scripts/call.sh", line + "\n").isEmpty, "\(line)")
    }
}

@Test func curlUserAsAnAPIKeyOrAPasswordHoldingADollar() throws {
    // An API key as the user name with an empty password, and a `$` that starts no variable.
    #expect(try findings("docs/search.md", "curl -u \"Vb82kLq0Tz5w:\" https://search.acme.test:9200\n").map(\.rule) == ["secret-curl-basic-auth"])
    #expect(try findings("docs/search.md", "curl --cacert ca.pem -u ops:Kx7#mQ2$9 https://search.acme.test:9200\n").map(\.rule) == ["secret-curl-basic-auth"])
    // A word as the user, an empty pair, a variable, and substitutions stay quiet.
    for line in ["curl -u \"browser:\" https://search.acme.test", "curl -u \":\" https://search.acme.test",
                 "curl -u \"$SEARCH_KEY:\" https://search.acme.test", "curl -u ops:$SEARCH_PASSWORD https://search.acme.test",
                 "curl -u ops:pw$(cat ./pass) https://search.acme.test", "curl -u \"{api_key}:\" https://search.acme.test"] {
        #expect(try findings("docs/search.md", line + "\n").isEmpty, "\(line)")
    }
}

