import Testing
import BulwarkCore
@testable import BulwarkSecrets

/// A finding's secret hash (and so its fingerprint, baselines and allowlists) does not change when a
/// matcher starts its match at a different place in the same value.
@Suite struct SecretHashStabilityTests {
    @Test func slackWebhooksHashAsTheirHTTPSURLWhateverSchemeIsWritten() {
        let path = "T" + Make.s(1, .upperAlnum, 10) + "/B" + Make.s(2, .upperAlnum, 10) + "/" + Make.s(3, .base62, 24)
        let https = "https://hooks.slack.com/services/" + path
        var hashes: Set<String> = []
        for written in [https, "http://hooks.slack.com/services/" + path, "hooks.slack.com/services/" + path] {
            let f = secretFindings(".env", "SLACK_WEBHOOK=\(written)").filter { $0.ruleID == "secret-slack-webhook-url" }
            #expect(f.count == 1, "\(written.prefix(12))")
            if let h = f.first?.properties["secretHash"] { hashes.insert(h) }
        }
        // The hash a build that matched from `https://` wrote into baselines.
        #expect(hashes == [String(SHA256.hex(string: https).prefix(16))])
        // Other values hash as themselves.
        #expect(SecretFindings.hash("ghp_abc") == String(SHA256.hex(string: "ghp_abc").prefix(16)))
    }
}

/// A URL's query parameter inside a dataset is reported low; the same URL in code or configuration keeps
/// the generic rule's severity.
@Suite struct DataFileQueryParameterTests {
    @Test func queryParametersOfLinksInDatasetsAreLow() {
        let token = Make.s(21, .base62, 48)
        let line = "42,\"what year?\",https://example.org/title/tt01?ref_=nv&opfInternalRedirectSessionToken=\(token)&x=1\n"
        let inData = secretFindings("evals/problems/qa.csv", "id,question,url\n" + line).filter { $0.ruleID == "secret-generic-assignment" }
        #expect(inData.map(\.severity) == [.low], "\(inData.map(\.message))")
        // Control: the same parameter in a configuration file is not lowered by this rule.
        let inConfig = secretFindings("config/links.env", "CALLBACK=https://example.org/cb?api_token=\(token)\n")
            .filter { $0.ruleID == "secret-generic-assignment" }
        #expect(!inConfig.isEmpty && inConfig.allSatisfy { $0.severity > .low }, "\(inConfig.map { "\($0.severity) \($0.message)" })")
    }
}
