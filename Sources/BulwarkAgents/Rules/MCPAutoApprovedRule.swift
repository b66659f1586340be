import BulwarkCore
import BulwarkFormats

/// MCP servers enabled or trusted wholesale, so their tools run without approval.
struct MCPAutoApprovedRule: Rule {
    var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
            id: "agent-mcp-auto-approved",
            name: "MCP servers or tools approved wholesale",
            family: AgentRuleSupport.family,
            summary: "Every project MCP server is enabled unasked, or a server's tools run without confirmation (trust, autoApprove, alwaysAllow, mcp__server).",
            rationale: """
            ## What it detects
            Claude Code `enableAllProjectMcpServers: true` and allow rules for a whole server \
            (`mcp__github`, `mcp__github__*`); Gemini CLI `trust: true` on a server; Cline `autoApprove` \
            and Roo Code `alwaysAllow` lists; Cursor `Mcp(server, *)` and `mcpAllowlist` wildcards; Gemini \
            CLI policy rules (`.gemini/policies/*.toml`) that allow an `mcpName` server or its tools; Zed \
            `agent.tool_permissions.tools` entries `mcp:<server>:<tool>` with `"default": "allow"`.

            Judged by what the approval lets run: a list of read-only tools only (names that start with \
            search, list, get, read, find, query, describe, view, show...) of a local server is low, since \
            such a tool cannot act by itself; a list with a tool that writes, sends or fetches, and a whole \
            server, are medium. Judgement call: a whole-server approval such as `mcp__github` stays medium \
            although many servers are mostly read-only, because one name grants every tool the server \
            has today and every tool it adds later (`create_or_update_file`, `push_files`, `merge_pull_request`).

            ## Why it matters
            A repository can add a server to `.mcp.json`; with all project servers enabled it starts on \
            the next session with no prompt. Auto-approved tools act (create issues, push files, send \
            mail) on instructions that may come from a poisoned tool description or from fetched content, \
            with nobody in the loop.

            ## How to fix
            Approve servers one by one (`enabledMcpjsonServers`), leave `trust` off, and auto-approve only \
            read-only tools by name.

            ## References
            - Claude Code MCP: https://code.claude.com/docs/en/mcp
            - Gemini CLI MCP servers: https://geminicli.com/docs/tools/mcp-server
            - Invariant Labs, MCP tool poisoning: https://invariantlabs.ai/blog/mcp-security-notification-tool-poisoning-attacks
            """,
            defaultSeverity: .medium,
            remediation: "Enable reviewed MCP servers by name and auto-approve only read-only tools.",
            examples: [
                Example(.triggers, path: ".claude/settings.json", """
                {
                  "enableAllProjectMcpServers": true, // <-
                  "permissions": {"allow": ["Bash(npm run test:*)"]}
                }
                """, commentPrefix: "//"),
                Example(.triggers, path: ".gemini/settings.json", """
                {
                  "mcpServers": {
                    "fs": {"command": "node", "args": ["./tools/fs-server.js"], "trust": true} // <-
                  }
                }
                """, commentPrefix: "//"),
                Example(.triggers, path: ".roo/mcp.json", """
                {
                  "mcpServers": {
                    "github": {
                      "command": "docker",
                      "args": ["run", "-i", "--rm", "ghcr.io/github/github-mcp-server@sha256:1f2e3d4c5b6a79880f1e2d3c4b5a69788f1e2d3c4b5a69788f1e2d3c4b5a6978"],
                      "alwaysAllow": ["create_pull_request", "push_files"] // <-
                    }
                  }
                }
                """),
                Example(.triggers, path: "cline_mcp_settings.json", """
                {"mcpServers": {"docs": {"command": "/opt/docs-mcp", "autoApprove": ["search_docs", "get_page"]}}} // <-
                """),
                Example(.clean, path: ".claude/settings.json", """
                {
                  "enableAllProjectMcpServers": false,
                  "enabledMcpjsonServers": ["docs-search"],
                  "permissions": {"allow": ["mcp__docs-search__search"]}
                }
                """),
            ])

    func check(_ doc: AgentDocument, context: RuleContext) -> [Finding] {
        doc.grants.filter { $0.operation == .mcpAutoApproved }.map { g in
            Finding(rule: description, message: Self.message(g), location: AgentRuleSupport.location(context, g),
                    severity: g.readOnlyTools == true ? .low : nil, remediation: g.saferSetting, anchor: g.keyPath,
                    properties: ["agent": g.product.rawValue, "operation": g.operation.rawValue, "grantedBy": g.grantedBy])
        }
    }
}

extension MCPAutoApprovedRule {
    static func message(_ g: PermissionGrant) -> String {
        if g.readOnlyTools == true {
            return "`\(g.grantedBy)`: \(g.product.displayName) runs \(g.example ?? "MCP tools") without asking; every approved tool only reads (search, list, get), so the approval cannot act by itself"
        }
        return "`\(g.grantedBy)`: \(g.product.displayName) runs \(g.example ?? "MCP tools") without asking"
    }
}
