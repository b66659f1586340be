import BulwarkAudit
import BulwarkCore
import Foundation
import Testing

// `.bulwark/approvals.yml` can be edited by the pull request under review: it is read through the
// bounded YAML reader and only as a regular file.

private func bomb(levels: Int) -> String {
    var text = "version: 1\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in 1...levels { text += "x\(i): &x\(i) [" + Array(repeating: "*x\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
    return text
}

@Test func approvalsAliasBombIsAnErrorNotAHang() {
    let start = Date()
    for text in [bomb(levels: 9), bomb(levels: 4) + "dependencies:\n  - *x4 : 1\n"] {
        do {
            _ = try Approvals.parse(text, source: Approvals.path)
            Issue.record("accepted a bomb")
        } catch let e as Configuration.Error {
            #expect(e.message.contains("invalid YAML"), "\(e)")
            #expect(e.line != nil)
        } catch { Issue.record("unexpected \(error)") }
    }
    #expect(Date().timeIntervalSince(start) < 2)
}

@Test func approvalsStillParse() throws {
    let a = try Approvals.parse("""
    version: 1
    dependencies:
      - package: pypi/httpx
        version: 0.27.2
    models:
      - {path: m.safetensors, sha256: ABC}
    mcp-servers:
      - name: github
    """, source: Approvals.path)
    #expect(a.dependencies.first?.name == "httpx")
    #expect(a.models.first?.sha256 == "abc")
    #expect(a.mcpServers == ["github"])
}

@Test func approvalsFileMustBeARegularFile() throws {
    let root = NSTemporaryDirectory() + "bulwark-appr-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: root + "/.bulwark", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(mkfifo(root + "/" + Approvals.path, 0o600) == 0)
    let start = Date()
    #expect(throws: Configuration.Error.self) { _ = try Approvals.load(root: root) }
    #expect(Date().timeIntervalSince(start) < 2)
}
