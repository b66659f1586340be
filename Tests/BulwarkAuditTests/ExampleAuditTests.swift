import BulwarkAudit
import BulwarkCore
import BulwarkTestSupport
import Foundation
import Testing

@Test func hardenedExampleScoresFullMarks() throws {
    let card = try Auditor.audit(path: Repository.root() + "/examples/hardened-ai-app", configuration: Configuration())
    for l in card.layers where l.applicable {
        #expect(l.status == .present, "\(l.id) is \(l.status): \(l.evidence) \(l.findings.map { "\($0.ruleID) \($0.location.display)" })")
    }
    #expect(card.overall == 100)
    #expect(card.layers.filter(\.applicable).count >= 14, "the hardened example exercises almost every layer")
    #expect(card.topChanges.isEmpty)
}

@Test func demoExampleLayersMatchHowItIsBuilt() throws {
    let card = try Auditor.audit(path: Repository.root() + "/examples/demo-ai-app", configuration: Configuration())
    func status(_ id: String) -> LayerStatus? { card.layers.first { $0.id == id && $0.applicable }?.status }
    // Each planted weakness shows as the layer it defeats.
    #expect(status("model-formats") == .missing, "a pickle checkpoint with a payload")
    #expect(status("model-admission") == .missing)
    #expect(status("model-signatures") == .missing)
    #expect(status("ai-bom") == .missing)
    #expect(status("actions-pinned") == .missing, "tj-actions/changed-files@v44")
    #expect(status("workflow-permissions") == .missing, "write-all and a pull_request_target checkout")
    #expect(status("secrets-not-committed") == .missing, ".env, notebook and settings keys")
    #expect(status("agent-permissions") == .missing, "bypassPermissions")
    #expect(status("hidden-instructions") == .missing, "tag characters in a rules file")
    #expect(status("mcp-pinned") != .present)
    #expect(status("audit-trail") == .missing)
    #expect(status("dependency-review") == .missing)
    #expect(status("known-bad-dependencies") != .present, "a typosquat")
    #expect(card.overall < 30)
}
