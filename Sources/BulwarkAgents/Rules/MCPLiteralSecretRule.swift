import BulwarkCore
import BulwarkFormats

/// Literal credentials in MCP server env, headers or args.
struct MCPLiteralSecretRule: Rule {
    var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
            id: "mcp-literal-secret",
            name: "Literal secret in an MCP server configuration",
            family: AgentRuleSupport.family,
            summary: "An MCP server's env, headers or args hold a literal token or key instead of a reference.",
            rationale: """
            ## What it detects
            Values in `env`, `headers` (`http_headers` in Codex) and `args` of MCP servers that carry a \
            known token prefix (`ghp_`, `github_pat_`, `sk-`, `xoxb-`, `AKIA`, `glpat-`, `hf_`...) or sit \
            under a secret-like name (`*_TOKEN`, `*_KEY`, `Authorization`, `--api-key`) and look random. \
            References such as `${input:github-token}`, `${env:GITHUB_TOKEN}`, `${GITHUB_TOKEN}` and \
            placeholders are not findings. Values are redacted in messages (first 4 characters and length).

            It looks in the same MCP client configurations as `mcp-unpinned-server` (`.mcp.json`, \
            `.claude.json`, `.cursor/mcp.json`, `.vscode/mcp.json`, `.vscode/settings.json`, \
            `.gemini/settings.json`, `mcp_config.json`, `cline_mcp_settings.json`, `.roo/mcp.json`, Codex \
            `[mcp_servers]`).

            ## Why it matters
            MCP configuration files are committed and shared (`.mcp.json`, `.vscode/mcp.json`, \
            `.cursor/mcp.json`), copied into issues and read by the agent itself, so a literal token \
            leaks to everyone with the repository and to any prompt injection that asks the agent to \
            print its configuration.

            ## How to fix
            Revoke the token, then reference it: VS Code `"${input:github-token}"` with an `inputs` entry \
            (`"password": true`) or `"${env:GITHUB_TOKEN}"`; Claude Code `"${GITHUB_TOKEN}"`; Cursor \
            `"${env:GITHUB_TOKEN}"`; or let the server read it from the environment.

            ## References
            - VS Code MCP input variables: https://code.visualstudio.com/docs/copilot/customization/mcp-servers
            - Claude Code MCP environment expansion: https://code.claude.com/docs/en/mcp
            - CWE-798: Use of Hard-coded Credentials
            """,
            defaultSeverity: .high,
            remediation: "Revoke the token and reference it with ${input:...} or ${env:...}.",
            examples: [
                Example(.triggers, path: ".mcp.json", """
                {
                  "mcpServers": {
                    "github": {
                      "command": "docker",
                      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"],
                      "env": {
                        "GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_R4nd0mL00k1ngT0k3nV4lu3F0rT3st1ng0001" // <-
                      }
                    }
                  }
                }
                """, commentPrefix: "//"),
                Example(.triggers, path: ".vscode/mcp.json", """
                {
                  "servers": {
                    "search": {
                      "type": "http",
                      "url": "https://search.example.com/mcp",
                      "headers": {"Authorization": "Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0"} // <-
                    }
                  }
                }
                """),
                Example(.clean, path: ".vscode/mcp.json", """
                {
                  "inputs": [{"type": "promptString", "id": "github-token", "description": "GitHub PAT", "password": true}],
                  "servers": {
                    "github": {
                      "type": "http",
                      "url": "https://api.githubcopilot.com/mcp/",
                      "headers": {"Authorization": "Bearer ${input:github-token}"}
                    }
                  }
                }
                """),
                Example(.clean, path: ".mcp.json", """
                {"mcpServers": {"db": {"command": "./bin/db-mcp", "env": {"DB_PASSWORD": "${DB_PASSWORD}", "LOG_LEVEL": "debug"}}}}
                """),
            ])

    func check(_ doc: AgentDocument, context: RuleContext) -> [Finding] {
        guard let s = doc.settings else { return [] }
        var out: [Finding] = []
        for srv in s.mcpServers {
            for sec in MCPLaunchAnalysis.literalSecrets(srv) {
                out.append(Finding(rule: description, message: Self.message(s.product, srv, sec),
                                   location: AgentRuleSupport.location(context, sec.mark),
                                   remediation: "Revoke it, then use \(Self.reference(s.product, sec.key)).",
                                   anchor: srv.name + sec.where_ + sec.key,
                                   properties: ["server": srv.name, "redacted": sec.redacted]))
            }
        }
        return out
    }
}

extension MCPLiteralSecretRule {
    static func envName(_ key: String) -> String {
        let cleaned = key.drop { $0 == "-" }.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }
        let s = String(cleaned)
        return s == "AUTHORIZATION" ? "API_TOKEN" : s
    }

    static func reference(_ p: AgentProduct, _ key: String) -> String {
        let env = envName(key)
        switch p {
        case .vscode: return "`${input:\(env.lowercased().replacingOccurrences(of: "_", with: "-"))}` (an `inputs` entry with `\"password\": true`) or `${env:\(env)}`"
        case .claudeCode: return "`${\(env)}` (expanded from the environment)"
        case .cursor: return "`${env:\(env)}`"
        case .gemini: return "`$\(env)` (expanded from the environment)"
        default: return "a reference to the environment variable `\(env)`"
        }
    }

    static func message(_ p: AgentProduct, _ srv: MCPServerConfig, _ s: MCPLaunchAnalysis.LiteralSecret) -> String {
        "MCP server `\(srv.name)` has a literal secret in \(s.where_) `\(s.key)` (\(s.redacted)); use \(reference(p, s.key)) instead"
    }
}
