import BulwarkAudit
import BulwarkCore
import BulwarkTestSupport
import Foundation
import Testing

@Test func vercelRunbookListsEveryNonSensitiveCredentialProductionFirst() throws {
    let demo = Repository.root() + "/examples/saas-demo"
    let text = try Runbook.breach(vendor: "vercel", path: demo, configuration: Configuration())
    let rotate = try #require(text.components(separatedBy: "## 1. Rotate").last?.components(separatedBy: "## 2.").first)

    // Expected straight from the export: secret-bearing variables that are not Sensitive
    // (system variables and NEXT_PUBLIC_ browser values are not credentials).
    let data = try #require(FileManager.default.contents(atPath: demo + "/vercel-env.json"))
    let envs = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["envs"] as? [[String: Any]])
    var expected: [String: Bool] = [:] // key -> has a production copy
    for e in envs {
        let key = e["key"] as! String, type = e["type"] as! String
        let targets = e["target"] as? [String] ?? []
        guard type != "sensitive", type != "system", !key.hasPrefix("NEXT_PUBLIC_") else { continue }
        expected[key, default: false] = expected[key, default: false] || targets.contains("production")
    }
    #expect(expected.count == 4)
    let order = expected.keys.compactMap { k in rotate.range(of: "`\(k)`").map { (k, $0.lowerBound) } }.sorted { $0.1 < $1.1 }.map(\.0)
    #expect(Set(order) == Set(expected.keys), "every non-Sensitive credential is listed: \(order)")
    let firstNonProduction = order.firstIndex { expected[$0] == false } ?? order.count
    #expect(order[..<firstNonProduction].allSatisfy { expected[$0] == true } && order[firstNonProduction...].allSatisfy { expected[$0] == false },
            "production credentials come first: \(order)")
    for sensitive in ["PINECONE_API_KEY", "ANTHROPIC_API_KEY"] { #expect(!rotate.contains(sensitive)) }
    #expect(text.contains("Owner: ______"))
}

@Test func runbookForAPlatformWithNothingStoredSaysSo() throws {
    let d = TemporaryDirectory()
    d.write("README.md", "nothing here\n")
    let text = try Runbook.breach(vendor: "vercel", path: d.path, configuration: Configuration())
    #expect(text.contains("Nothing stored on vercel was readable"))
}
