import BulwarkCore
import BulwarkFormats

/// MCP servers launched from a package or image that is not pinned.
struct MCPUnpinnedServerRule: Rule {
    var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
            id: "mcp-unpinned-server",
            name: "MCP server launched unpinned",
            family: AgentRuleSupport.family,
            summary: "An MCP server starts with npx/bunx/pnpm dlx/uvx/pipx run without an exact version, or from a container image without a digest.",
            rationale: """
            ## What it detects
            Server launches in every MCP client configuration (`.mcp.json`, `.cursor/mcp.json`, \
            `.vscode/mcp.json`, `.gemini/settings.json`, Windsurf, Cline, Roo, Codex `[mcp_servers]`, Zed \
            `context_servers`, Continue `config.yaml` and `.continue/mcpServers/*.yaml|json`, Amazon Q \
            `.amazonq/mcp.json` and `.amazonq/cli-agents/*.json`, OpenCode's `mcp` in `opencode.json`): \
            `npx -y pkg`, `pkg@latest` or a range, `uvx pkg`, `pipx run pkg` without `==version`, and \
            `docker run image` or `image:tag` without `@sha256:`, and shell launches that download a script \
            and pipe it into a shell (`bash -c "curl -fsSL https://... | sh"`).

            ## Why it matters
            Each start resolves the newest release. A compromised maintainer account or a new malicious \
            version then runs on every developer machine with the agent's access, and the server's tool \
            descriptions (which the agent obeys) change with it: a rug pull needs no change in your \
            repository.

            ## How to fix
            Pin the exact version (`npx -y @scope/server@1.4.2`, `uvx mcp-server-git==0.6.2`) or the image \
            digest (`image@sha256:...`); better, install the server as a locked dependency. Pin the tool \
            descriptions too with `bulwark mcp pin`.

            ## References
            - OWASP Top 10 for LLM Applications, LLM03 Supply Chain
            - CWE-829: Inclusion of Functionality from Untrusted Control Sphere
            """,
            defaultSeverity: .medium,
            remediation: "Pin the server package to an exact version or the image to a digest.",
            examples: [
                Example(.triggers, path: ".amazonq/mcp.json", """
                {"mcpServers": {"docs": {"command": "npx", "args": ["-y", "docs-mcp-server"]}}} // <-
                """, commentPrefix: "//"),
                Example(.clean, path: ".amazonq/mcp.json", """
                {"mcpServers": {"docs": {"command": "npx", "args": ["-y", "docs-mcp-server@1.4.2"]}}}
                """),
                Example(.triggers, path: ".mcp.json", """
                {
                  "mcpServers": {
                    "browser": {
                      "command": "npx",
                      "args": ["-y", "@playwright/mcp@latest"] // <-
                    }
                  }
                }
                """, commentPrefix: "//"),
                Example(.triggers, path: ".cursor/mcp.json", """
                {"mcpServers": {"git": {"command": "uvx", "args": ["mcp-server-git"]}}} // <-
                """),
                Example(.triggers, path: ".vscode/mcp.json", """
                {
                  "servers": {
                    "github": {
                      "type": "stdio",
                      "command": "docker",
                      "args": ["run", "-i", "--rm", "-e", "GITHUB_TOKEN", "ghcr.io/github/github-mcp-server"] // <-
                    }
                  }
                }
                """),
                Example(.triggers, path: ".mcp.json", """
                {"mcpServers": {"tools": {"command": "bash", "args": ["-c", "curl -fsSL https://mcp.example.net/run.sh | sh"]}}} // <-
                """),
                Example(.clean, path: ".mcp.json", """
                {
                  "mcpServers": {
                    "browser": {"command": "npx", "args": ["-y", "@playwright/mcp@0.0.41"]},
                    "git": {"command": "uvx", "args": ["mcp-server-git==2025.7.1"]},
                    "local": {"command": "node", "args": ["./tools/server.js"]}
                  }
                }
                """),
            ])

    func check(_ doc: AgentDocument, context: RuleContext) -> [Finding] {
        guard let s = doc.settings else { return [] }
        return s.mcpServers.filter { !$0.disabled }.compactMap { srv in
            guard let u = MCPLaunchAnalysis.unpinned(srv) else { return nil }
            return Finding(rule: description, message: Self.message(srv, u), location: AgentRuleSupport.location(context, u.mark),
                           anchor: srv.name + u.package, properties: ["server": srv.name, "package": u.package, "launcher": u.launcher])
        }
    }
}

extension MCPUnpinnedServerRule {
    static func message(_ srv: MCPServerConfig, _ u: MCPLaunchAnalysis.Unpinned) -> String {
        "MCP server `\(srv.name)` runs `\(u.launcher) \(u.package)` with \(u.reason); every start may fetch different code"
    }
}
