import BulwarkCore
import BulwarkFormats

/// Remote MCP servers reached over plain http.
struct MCPPlainHTTPRule: Rule {
    var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
            id: "mcp-plain-http-server",
            name: "Remote MCP server over plain http",
            family: AgentRuleSupport.family,
            summary: "A remote MCP server URL uses http:// (or ws://) to a host other than the local machine.",
            rationale: """
            ## What it detects
            `url`, `serverUrl` or `httpUrl` of an MCP server that starts with `http://` or `ws://` and \
            whose host is not loopback (`localhost`, `127.0.0.0/8`, `::1`), and the same address given as \
            an argument to a local stdio bridge (`npx mcp-remote http://...`, `supergateway --sse http://...`, \
            `mcp-proxy http://...`). It looks in every MCP client configuration: `.mcp.json`, \
            `.claude.json`, `.cursor/mcp.json`, `.vscode/mcp.json` and `mcp.servers` in `.vscode/settings.json`, \
            `.gemini/settings.json`, Windsurf `mcp_config.json`, `cline_mcp_settings.json`, Roo \
            `.roo/mcp.json`, Codex `[mcp_servers]`, Zed `context_servers` (`.zed/settings.json`, \
            `~/.config/zed/settings.json`) and Continue (`.continue/config.yaml` or `config.json`, and the \
            blocks in `.continue/mcpServers/`).

            ## Why it matters
            Anyone on the network path can read the headers (tokens) and rewrite the `tools/list` \
            response, injecting instructions into tool descriptions or results that the agent follows.

            ## How to fix
            Use `https://`. Keep plain http for servers on the same machine only.

            ## References
            - MCP specification, transports: https://modelcontextprotocol.io/specification/2025-06-18/basic/transports
            - CWE-319: Cleartext Transmission of Sensitive Information
            """,
            defaultSeverity: .medium,
            remediation: "Use an https:// URL for remote MCP servers.",
            examples: [
                Example(.triggers, path: ".cursor/mcp.json", """
                {
                  "mcpServers": {
                    "tickets": {"url": "http://mcp.tickets.example.com/sse"} // <-
                  }
                }
                """, commentPrefix: "//"),
                Example(.triggers, path: ".cursor/mcp.json", """
                {"mcpServers": {"wiki": {"command": "npx", "args": ["-y", "mcp-remote@0.1.18", "http://wiki.corp.example.com/sse"]}}} // <-
                """),
                Example(.clean, path: ".cursor/mcp.json", """
                {
                  "mcpServers": {
                    "tickets": {"url": "https://mcp.tickets.example.com/sse"},
                    "local": {"url": "http://localhost:8931/mcp"}
                  }
                }
                """),
            ])

    func check(_ doc: AgentDocument, context: RuleContext) -> [Finding] {
        guard let s = doc.settings else { return [] }
        return s.mcpServers.filter { !$0.disabled }.compactMap { srv in
            guard let u = srv.url ?? Self.bridgedURL(srv), MCPLaunchAnalysis.isPlainHTTPRemote(u.value) else { return nil }
            let severity: Severity = srv.headers.isEmpty ? .medium : .high
            return Finding(rule: description, message: Self.message(srv, u.value), location: AgentRuleSupport.location(context, u.mark),
                           severity: severity, anchor: srv.name + u.value, properties: ["server": srv.name])
        }
    }
}

extension MCPPlainHTTPRule {
    /// Local stdio-to-remote bridges (`npx mcp-remote http://...`, `supergateway --sse http://...`): the
    /// remote address is an argument, and the bridge carries tool descriptions and results over it.
    static let bridges: Set<String> = ["mcp-remote", "supergateway", "mcp-proxy"]

    static func bridgedURL(_ srv: MCPServerConfig) -> MarkedString? {
        var sawBridge = srv.command.map { bridges.contains(packageName($0.value)) } ?? false
        for a in srv.args {
            if sawBridge, a.value.lowercased().hasPrefix("http://") || a.value.lowercased().hasPrefix("ws://") { return a }
            if bridges.contains(packageName(a.value)) { sawBridge = true }
        }
        return nil
    }

    /// `mcp-remote@0.1.18` -> `mcp-remote`; `/usr/bin/mcp-proxy` -> `mcp-proxy`.
    static func packageName(_ token: String) -> String {
        var t = Substring(token.lowercased())
        if let slash = t.lastIndex(of: "/"), !t.hasPrefix("@") { t = t[t.index(after: slash)...] }
        if let at = t.dropFirst().firstIndex(of: "@") { t = t[..<at] }
        return String(t)
    }

    static func message(_ srv: MCPServerConfig, _ url: String) -> String {
        "MCP server `\(srv.name)` is reached over plain http (`\(AgentRuleSupport.shown(url, max: 100))`): tool descriptions and results can be rewritten in transit" + (srv.headers.isEmpty ? "" : " and its headers read")
    }
}
