import BulwarkAgents
import BulwarkFormats
import Testing

@Test func classifiesAgentFiles() {
    #expect(AgentConfigLocator.classify(".claude/settings.json")?.format == .claudeSettings)
    #expect(AgentConfigLocator.classify("a/.claude/settings.local.json")?.product == .claudeCode)
    #expect(AgentConfigLocator.classify("etc/claude-code/managed-settings.json")?.format == .claudeSettings)
    #expect(AgentConfigLocator.classify(".mcp.json")?.format == .mcpJSON)
    #expect(AgentConfigLocator.classify(".claude.json")?.format == .claudeState)
    #expect(AgentConfigLocator.classify(".cursor/mcp.json")?.product == .cursor)
    #expect(AgentConfigLocator.classify(".cursor/cli.json")?.format == .cursorCLI)
    #expect(AgentConfigLocator.classify(".vscode/mcp.json")?.format == .vscodeMCP)
    #expect(AgentConfigLocator.classify(".vscode/settings.json")?.format == .vscodeSettings)
    #expect(AgentConfigLocator.classify(".gemini/settings.json")?.format == .geminiSettings)
    #expect(AgentConfigLocator.classify(".codex/config.toml")?.format == .codexConfig)
    #expect(AgentConfigLocator.classify("mcp_config.json")?.product == .windsurf)
    #expect(AgentConfigLocator.classify("cline_mcp_settings.json")?.product == .cline)
    #expect(AgentConfigLocator.classify("settings.json") == nil)
    #expect(AgentConfigLocator.classify("config.toml") == nil)
    #expect(AgentConfigLocator.instructionKind(".cursor/rules/style.mdc") == .agentInstructions)
    #expect(AgentConfigLocator.instructionKind(".github/instructions/py.instructions.md") == .agentInstructions)
    #expect(AgentConfigLocator.instructionKind(".github/prompts/review.prompt.md") == .agentInstructions)
    #expect(AgentConfigLocator.instructionKind("node_modules/x/README.md") == .vendoredReadme)
    #expect(AgentConfigLocator.instructionKind("node_modules/x/package.json") == .packageMetadata)
    #expect(AgentConfigLocator.instructionKind(".github/ISSUE_TEMPLATE/bug.md") == .issueTemplate)
    #expect(AgentConfigLocator.instructionKind("src/main.swift") == nil)
}

@Test func parsesClaudeSettingsWithPositions() throws {
    let text = """
    {
      // comments are accepted
      "permissions": {
        "allow": ["Bash(npm run test:*)", "Bash(git push:*)"],
        "deny": ["Read(./.env)"],
        "defaultMode": "acceptEdits",
        "additionalDirectories": ["../shared"]
      },
      "hooks": {"PreToolUse": [{"matcher": "Bash", "hooks": [{"type": "command", "command": "./check.sh"}]}]},
      "enableAllProjectMcpServers": false,
    }
    """
    let s = try AgentSettingsParser.parse(Array(text.utf8), product: .claudeCode, format: .claudeSettings)
    #expect(s.rules.count == 3)
    #expect(s.rules[1].text == "Bash(git push:*)")
    #expect(s.rules[1].mark.keyPath == "permissions.allow[1]")
    #expect(s.rules[1].mark.line == 4)
    #expect(s.rules[2].decision == .deny)
    #expect(s.mode("permissions.defaultMode")?.value == "acceptEdits")
    #expect(s.mode("permissions.defaultMode")?.mark.line == 6)
    #expect(s.additionalDirectories.first?.value == "../shared")
    #expect(s.hooks.first?.command == "./check.sh")
    #expect(s.hooks.first?.mark.keyPath == "hooks.PreToolUse[0].hooks[0].command")
    #expect(s.mode("enableAllProjectMcpServers")?.value == "false")
}

@Test func parsesMCPServersOfEveryClient() throws {
    let vscode = """
    {"inputs": [{"id": "tok", "type": "promptString"}],
     "servers": {"gh": {"type": "http", "url": "https://x/mcp", "headers": {"Authorization": "Bearer ${input:tok}"}}}}
    """
    let v = try AgentSettingsParser.parse(Array(vscode.utf8), product: .vscode, format: .vscodeMCP)
    #expect(v.inputs == ["tok"])
    #expect(v.mcpServers.first?.url?.value == "https://x/mcp")
    #expect(v.mcpServers.first?.headers.first?.key == "Authorization")
    let cline = """
    {"mcpServers": {"fs": {"command": "npx", "args": ["-y", "fs-mcp"], "env": {"A": "1"}, "autoApprove": ["read"], "disabled": false},
                    "off": {"command": "x", "disabled": true}}}
    """
    let c = try AgentSettingsParser.parse(Array(cline.utf8), product: .cline, format: .mcpJSON)
    #expect(c.mcpServers.count == 2)
    #expect(c.mcpServers[0].autoApprove.map(\.value) == ["read"])
    #expect(c.mcpServers[0].env.first?.value.mark.keyPath == "mcpServers.fs.env.A")
    #expect(c.mcpServers[1].disabled)
    let gemini = #"{"mcpServers": {"s": {"httpUrl": "http://10.0.0.5/mcp", "trust": true}}, "tools": {"allowed": ["run_shell_command(git)"]}}"#
    let g = try AgentSettingsParser.parse(Array(gemini.utf8), product: .gemini, format: .geminiSettings)
    #expect(g.mcpServers.first?.trust?.value == "true")
    #expect(g.mcpServers.first?.url?.value == "http://10.0.0.5/mcp")
    #expect(g.rules.first?.syntax == .geminiCLI)
}

@Test func parsesVSCodeTerminalRules() throws {
    let text = #"{"chat.tools.terminal.autoApprove": {"npm": true, "/^rm\\b/": false, "git push": {"approve": false, "matchCommandLine": true}}}"#
    let s = try AgentSettingsParser.parse(Array(text.utf8), product: .vscode, format: .vscodeSettings)
    #expect(s.rules.map(\.decision) == [.allow, .deny, .deny])
    #expect(s.rules[1].text == #"/^rm\b/"#)
}

@Test func rejectsMalformedConfigWithPosition() {
    for bad in ["{\"permissions\": {\"allow\": [\"x\",, ]}}", "[1, 2]", "{\"a\": tru}", "", "{\"a\": \"unterminated"] {
        #expect(throws: AgentSettingsParser.Error.self) {
            try AgentSettingsParser.parse(Array(bad.utf8), product: .claudeCode, format: .claudeSettings)
        }
    }
    do {
        _ = try AgentSettingsParser.parse(Array("{\n\n  \"a\": ]".utf8), product: .cursor, format: .mcpJSON)
        Issue.record("expected an error")
    } catch {
        #expect(error.line == 3)
    }
}

@Test func readsCodexConfigTOML() throws {
    let text = """
    approval_policy = "never"
    sandbox_mode = "workspace-write"

    [sandbox_workspace_write]
    network_access = true
    writable_roots = ["/"]

    [mcp_servers.docs]
    command = "uvx"
    args = ["docs-mcp"]
    env = { DOCS_TOKEN = "sk-abcdefghijklmnopqrstuvwx1234" }
    """
    let s = try CodexConfigReader.parse(Array(text.utf8))
    #expect(s.mode("approval_policy")?.value == "never")
    #expect(s.mode("approval_policy")?.mark.line == 1)
    #expect(s.mode("sandbox_workspace_write.network_access")?.value == "true")
    #expect(s.additionalDirectories.first?.value == "/")
    #expect(s.mcpServers.first?.name == "docs")
    #expect(s.mcpServers.first?.args.first?.value == "docs-mcp")
    #expect(s.mcpServers.first?.env.first?.key == "DOCS_TOKEN")
    #expect(throws: AgentSettingsParser.Error.self) { try CodexConfigReader.parse(Array("approval_policy = \n".utf8)) }
    #expect(throws: AgentSettingsParser.Error.self) { try CodexConfigReader.parse(Array("[a\nb = 1".utf8)) }
}

@Test func codexConfigGrantsAndFindings() {
    let f = scanOne(".codex/config.toml", """
    approval_policy = "never"
    sandbox_mode = "workspace-write"
    [sandbox_workspace_write]
    network_access = true
    """)
    #expect(ids(f).contains("agent-side-effect-auto-approved"))
    let bypass = scanOne(".codex/config.toml", "approval_policy = \"never\"\nsandbox_mode = \"danger-full-access\"\n")
    #expect(ids(bypass).contains("agent-permission-bypass"))
    let broken = scanOne(".codex/config.toml", "approval_policy = = \"never\"\n")
    #expect(ids(broken) == ["agent-config-invalid"])
}

@Test func parsesToolSnapshotsAndCanonicalJSON() throws {
    let a = try MCPToolSnapshot.parse(Array(#"{"result": {"tools": [{"name": "t", "description": "d", "inputSchema": {"b": 1, "a": [true, null]}}]}}"#.utf8))
    let b = try MCPToolSnapshot.parse(Array("[{\"inputSchema\": {\"a\": [true, null], \"b\": 1},\n \"description\": \"d\", \"name\": \"t\"}]".utf8))
    #expect(a.tools.count == 1)
    #expect(a.tools[0].canonical == b.tools[0].canonical)
    #expect(String(decoding: a.tools[0].canonical, as: UTF8.self) == #"{"description":"d","inputSchema":{"a":[true,null],"b":1},"name":"t"}"#)
    #expect(throws: MCPToolSnapshot.Error.self) { try MCPToolSnapshot.parse(Array("{\"x\": 1}".utf8)) }
    #expect(CanonicalJSON.quote("a\"\n\u{01}é") == "\"a\\\"\\n\\u0001é\"")
}
