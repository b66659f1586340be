import BulwarkAgents
import BulwarkCore
import Testing

// Silent bypasses through the JSON reader's limits: each variant must give the findings of its control.

private func findingSummary(_ files: [String: String]) -> [String] {
    scanRepo(files).map { "\($0.ruleID):\($0.severity.rawValue)" }.sorted()
}

private let settings = #"{"permissions": {"defaultMode": "bypassPermissions", "allow": ["Bash(*)"]}"#
private let mcp = #"{"mcpServers": {"x": {"command": "npx", "args": ["-y", "some-server"], "env": {"API_KEY": "k9Qz7LmX2vB8nR4tW6yP1sD3fG5hJ0aE"}}}}"#

private func withUnused(_ json: String, _ unused: String) -> String {
    String(json.dropLast()) + ", \"unused\": " + unused + "}"
}

@Test func agentConfigVariantsGiveTheControlFindings() {
    let control = findingSummary([".claude/settings.json": settings + "}", ".mcp.json": mcp])
    #expect(control.contains { $0.hasPrefix("agent-permission-bypass") })
    #expect(control.contains { $0.hasPrefix("mcp-unpinned-server") }, "\(control)")
    let deep = String(repeating: "{\"k\":", count: 65) + "1" + String(repeating: "}", count: 65)
    let big = "[" + Array(repeating: "0", count: 500_001).joined(separator: ",") + "]"
    for unused in [deep, big] {
        let variant = findingSummary([".claude/settings.json": withUnused(settings + "}", unused), ".mcp.json": withUnused(mcp, unused)])
        #expect(variant == control)
    }
}

@Test func anAgentConfigOverTheLimitsIsMedium() {
    let tooDeep = String(repeating: "[", count: 1_002) + String(repeating: "]", count: 1_002)
    let f = scanRepo([".claude/settings.json": withUnused(settings + "}", tooDeep)])
    let invalid = f.filter { $0.ruleID == "agent-config-invalid" }
    #expect(invalid.count == 1)
    #expect(invalid.first?.severity ?? .info >= .medium)
}

@Test func anAgentConfigOverFourMiBIsReportedUnparsedNotBuilt() {
    // 4.2 MB of unused padding: parsed whole it would be 2 million values; it is reported instead.
    let padding = "[" + Array(repeating: "0", count: 2_100_000).joined(separator: ",") + "]"
    let f = scanRepo([".claude/settings.json": withUnused(settings + "}", padding)])
    let invalid = f.filter { $0.ruleID == "agent-config-invalid" }
    #expect(invalid.count == 1)
    #expect(invalid.first?.severity == .medium)
    #expect(invalid.first?.message.contains("over the 4 MiB") == true, "\(invalid.map(\.message))")
    // Just under the cap the file is parsed and judged as written.
    let under = "[" + Array(repeating: "0", count: 2_000_000).joined(separator: ",") + "]"
    let ok = scanRepo([".claude/settings.json": withUnused(settings + "}", under)])
    #expect(!ok.contains { $0.ruleID == "agent-config-invalid" })
    #expect(ok.contains { $0.ruleID == "agent-permission-bypass" })
}
