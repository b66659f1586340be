import BulwarkSaaS
import Foundation
import Testing

/// Writes the demo's map and rotate plan when BULWARK_RENDER_DEMO is set (used to refresh docs/families/saas.md).
@Test func renderDemoMapWhenAsked() throws {
    let map = try BlastRadius.map(path: demo)
    #expect(!map.credentials.isEmpty)
    guard let out = ProcessInfo.processInfo.environment["BULWARK_RENDER_DEMO"] else { return }
    try map.mermaid().write(toFile: out + "/map.mmd", atomically: true, encoding: .utf8)
    try BlastRadius.renderPlan(BlastRadius.rotatePlan(map, breached: "vercel"), breached: "vercel").write(toFile: out + "/plan.txt", atomically: true, encoding: .utf8)
}
