import BulwarkAgents
import BulwarkCore
import BulwarkFormats
import Testing

// Session 15: containerised MCP servers handed the host.

private func hostAccess(_ args: [String], command: String = "docker") -> [Finding] {
    let quoted = args.map { "\"\($0.replacingOccurrences(of: "\\", with: "\\\\"))\"" }.joined(separator: ", ")
    let json = #"{"mcpServers": {"s": {"command": "\#(command)", "args": [\#(quoted)]}}}"#
    return scanOne(".mcp.json", json).filter { $0.ruleID == "mcp-container-host-access" }
}

private let image = "ghcr.io/acme/mcp@sha256:" + String(repeating: "a", count: 64)

@Test func containersGivenTheHostAreReported() {
    let cases: [[String]] = [
        ["run", "-i", "--rm", "--privileged", image],
        ["run", "-i", "-v", "/var/run/docker.sock:/var/run/docker.sock", image],
        ["run", "-i", "--volume=/:/host:ro", image],
        ["run", "-i", "-v", "$HOME:/home/u", image],
        ["run", "-i", "--mount", "type=bind,source=/etc,target=/host-etc", image],
        ["run", "--pid=host", image],
        ["run", "--cap-add", "SYS_ADMIN", image],
        ["run", "--security-opt", "seccomp=unconfined", image],
        ["run", "-i", "-v", "~/:/root", image],
    ]
    for c in cases {
        let f = hostAccess(c)
        #expect(f.count == 1 && f.first?.severity == .medium, "\(c)")
    }
    #expect(hostAccess(["run", "--privileged", image], command: "podman").count == 1)
}

@Test func containersWithProjectMountsAreClean() {
    let cases: [[String]] = [
        ["run", "-i", "--rm", "-v", "${PWD}:/workspace:ro", image],
        ["run", "-i", "-v", "/home/me/project:/workspace", image],
        ["run", "-i", "-v", "C:\\Users\\me\\proj:/workspace", image],
        ["run", "-i", "--cap-drop", "ALL", "--network", "host", image],
        // Options after the image are the server's own arguments.
        ["run", "-i", image, "--privileged", "-v", "/:/x"],
    ]
    for c in cases { #expect(hostAccess(c).isEmpty, "\(c)") }
    #expect(hostAccess(["--privileged", "x"], command: "npx").isEmpty)
}
