import BulwarkAgents
import BulwarkCore
import BulwarkFormats
import Testing

/// Issue 18: Zed (`.zed/settings.json`, `~/.config/zed/settings.json`) and Continue (`.continue/config.yaml`,
/// `.continue/mcpServers/*`, `permissions.yaml`) are permission and MCP sources. Formats as documented at
/// zed.dev/docs/ai/tool-permissions, zed.dev/docs/ai/mcp, docs.continue.dev (MCP blocks) and
/// docs.continue.dev/cli/tool-permissions; the reproductions are our own.
@Suite struct ZedContinueTests {
    private func findings(_ files: [String: String], rule: String) -> [Finding] {
        scanRepo(files).filter { $0.ruleID == rule }
    }

    // MARK: Zed

    @Test func zedAlwaysAllowToolActionsIsABypass() {
        let settings = """
        // Zed project settings
        {
          "tab_size": 2,
          "agent": {
            "always_allow_tool_actions": true,
          },
        }
        """
        let f = findings([".zed/settings.json": settings], rule: "agent-permission-bypass")
        #expect(f.count == 1)
        #expect(f.first?.location.startLine == 5)
        #expect(f.first?.severity == .high)
        #expect(f.first?.message.contains("Zed") == true)
        // false (the default) is not.
        #expect(findings([".zed/settings.json": #"{"agent": {"always_allow_tool_actions": false}}"#], rule: "agent-permission-bypass").isEmpty)
    }

    @Test func zedToolPermissionsDefaultAllowIsABypassUnlessTheTerminalConfirms() {
        let bypass = #"{"agent": {"tool_permissions": {"default": "allow"}}}"#
        #expect(findings(["home/.config/zed/settings.json": bypass], rule: "agent-permission-bypass").count == 1)
        // The documented quick start: everything allowed except the terminal, which confirms but runs cargo
        // and npm commands (npm install included) without asking.
        let quickStart = """
        {
          "agent": {
            "tool_permissions": {
              "default": "allow",
              "tools": {
                "terminal": {
                  "default": "confirm",
                  "always_allow": [
                    { "pattern": "^cargo\\\\s+(build|test|check)" },
                    { "pattern": "^npm\\\\s+(install|test|run)" }
                  ],
                  "always_confirm": [{ "pattern": "sudo\\\\s+/" }]
                }
              }
            }
          }
        }
        """
        let all = scanRepo([".zed/settings.json": quickStart])
        #expect(!all.contains { $0.ruleID == "agent-permission-bypass" })
        #expect(!all.contains { $0.ruleID == "agent-unrestricted-shell" })
        let side = all.filter { $0.ruleID == "agent-side-effect-auto-approved" }
        #expect(side.contains { $0.location.startLine == 10 && $0.message.contains("npm") }, "\(all.map { "\($0.ruleID) \($0.location.startLine ?? 0) \($0.message)" })")
        #expect(!side.contains { $0.location.startLine == 9 })
    }

    @Test func zedTerminalDefaultAllowAndCatchAllPatternsRunAnything() {
        let byDefault = #"{"agent": {"tool_permissions": {"tools": {"terminal": {"default": "allow", "always_deny": [{"pattern": "^git\\s+push"}]}}}}}"#
        let f = findings([".zed/settings.json": byDefault], rule: "agent-unrestricted-shell")
        #expect(f.count == 1)
        #expect(f.first?.severity == .high)
        // A catch-all pattern, and a prefix that runs whatever follows it (`find -exec`).
        #expect(findings([".zed/settings.json": #"{"agent": {"tool_permissions": {"tools": {"terminal": {"always_allow": [{"pattern": ".*"}]}}}}}"#],
                         rule: "agent-unrestricted-shell").count == 1)
        #expect(findings([".zed/settings.json": #"{"agent": {"tool_permissions": {"tools": {"terminal": {"always_allow": [{"pattern": "^find\\s"}]}}}}}"#],
                         rule: "agent-unrestricted-shell").count == 1)
        // Read-only commands only: nothing.
        let narrow = #"{"agent": {"tool_permissions": {"tools": {"terminal": {"default": "confirm", "always_allow": [{"pattern": "^git\\s+(status|diff|log)\\b"}]}}}}}"#
        let none = scanRepo([".zed/settings.json": narrow])
        #expect(none.filter { $0.severity >= .medium }.isEmpty, "\(none.map(\.message))")
    }

    @Test func zedContextServersAreMCPServers() {
        let settings = """
        {
          "context_servers": {
            "pg": {
              "command": "npx",
              "args": ["-y", "@acme/postgres-mcp"],
              "env": {"GITHUB_TOKEN": "ghp_R8fK2mQ9xLw4Tz7Vb1Nc6Hd3Jp5Ys0Ae9Gu2"}
            },
            "legacy": {
              "source": "custom",
              "command": {"path": "uvx", "args": ["acme-mcp-tools"], "env": {}}
            },
            "remote": {"url": "http://mcp.internal.example/mcp"}
          },
          "agent": {"tool_permissions": {"tools": {"mcp:pg:run_query": {"default": "allow"}, "mcp:pg:list_tables": {"default": "allow"}}}}
        }
        """
        let all = scanRepo([".zed/settings.json": settings])
        let unpinned = all.filter { $0.ruleID == "mcp-unpinned-server" }
        #expect(unpinned.count == 2, "\(all.map { "\($0.ruleID) \($0.location.startLine ?? 0) \($0.message)" })")
        #expect(unpinned.contains { $0.location.startLine == 5 })
        #expect(unpinned.contains { $0.location.startLine == 10 })
        #expect(all.contains { $0.ruleID == "mcp-plain-http-server" && $0.location.startLine == 12 })
        #expect(all.contains { $0.ruleID == "mcp-literal-secret" && $0.location.startLine == 6 })
        // A write tool approved by default is reported above a read-only one.
        let approvals = all.filter { $0.ruleID == "agent-mcp-auto-approved" }
        let query = approvals.first { $0.location.startLine == 14 && $0.message.contains("run_query") }
        let list = approvals.first { $0.message.contains("list_tables") }
        #expect(query != nil)
        if let query, let list { #expect(query.severity > list.severity) }
    }

    // MARK: Continue

    @Test func continueConfigYamlAndMCPBlocksAreMCPServers() {
        let config = """
        name: Team assistant
        version: 1.0.0
        schema: v1
        mcpServers:
          - name: Browser
            command: npx
            args:
              - "@playwright/mcp@latest"
          - name: Docs
            type: streamable-http
            url: http://docs-mcp.internal.example/mcp
        """
        let block = """
        name: Database MCP
        version: 0.0.1
        schema: v1
        mcpServers:
          - name: db
            command: uvx
            args: ["acme-db-mcp"]
            env:
              DB_PASSWORD: "hunter2-Sup3rS3cret-Pa55"
        """
        let claudeStyle = #"{"mcpServers": {"fs": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "."]}}}"#
        let all = scanRepo([".continue/config.yaml": config, ".continue/mcpServers/db.yaml": block,
                            ".continue/mcpServers/fs.json": claudeStyle])
        let desc = all.map { "\($0.location.path):\($0.location.startLine ?? 0) \($0.ruleID)" }
        #expect(all.contains { $0.ruleID == "mcp-unpinned-server" && $0.location.path == ".continue/config.yaml" && $0.location.startLine == 8 }, "\(desc)")
        #expect(all.contains { $0.ruleID == "mcp-plain-http-server" && $0.location.path == ".continue/config.yaml" && $0.location.startLine == 11 }, "\(desc)")
        #expect(all.contains { $0.ruleID == "mcp-unpinned-server" && $0.location.path == ".continue/mcpServers/db.yaml" }, "\(desc)")
        #expect(all.contains { $0.ruleID == "mcp-literal-secret" && $0.location.path == ".continue/mcpServers/db.yaml" && $0.location.startLine == 9 }, "\(desc)")
        // The pinned filesystem server in the JSON block is read and is clean.
        #expect(!all.contains { $0.location.path == ".continue/mcpServers/fs.json" && $0.severity >= .medium }, "\(desc)")
    }

    @Test func continueDeprecatedConfigJSONServersAreRead() {
        let json = #"{"experimental": {"modelContextProtocolServers": [{"transport": {"type": "stdio", "command": "npx", "args": ["-y", "acme-mcp"]}}]}}"#
        #expect(findings([".continue/config.json": json], rule: "mcp-unpinned-server").count == 1)
    }

    @Test func continueCLIPermissionsAllowAllBashAndPushes() {
        let everything = "allow:\n  - \"*\"\nask: []\n"
        let bypass = findings([".continue/permissions.yaml": everything], rule: "agent-permission-bypass")
        #expect(bypass.count == 1)
        #expect(bypass.first?.location.startLine == 2)
        // `*` is reported once, as the bypass, not again as an unrestricted shell.
        #expect(findings([".continue/permissions.yaml": everything], rule: "agent-unrestricted-shell").isEmpty)
        let bash = "allow:\n  - Read(*)\n  - Bash\nexclude:\n  - Bash(rm -rf*)\n"
        let shell = findings([".continue/permissions.yaml": bash], rule: "agent-unrestricted-shell")
        #expect(shell.count == 1)
        #expect(shell.first?.location.startLine == 3)
        let push = findings([".continue/permissions.yaml": "allow:\n  - Bash(git push*)\n"], rule: "agent-side-effect-auto-approved")
        #expect(push.contains { $0.message.contains("push") })
        // The documented defaults (read-only allowed, Bash asks) are clean.
        let defaults = scanRepo([".continue/permissions.yaml": "allow:\n  - Read(*)\n  - Write(**/*.ts)\nask:\n  - Bash\nexclude: []\n"])
        #expect(defaults.filter { $0.severity >= .medium }.isEmpty, "\(defaults.map(\.message))")
    }

    @Test func brokenZedAndContinueFilesAreReportedNotCrashed() {
        let z = findings([".zed/settings.json": "{\"agent\": {"], rule: "agent-config-invalid")
        #expect(z.count == 1)
        let c = findings([".continue/config.yaml": "mcpServers:\n  - name: [unclosed\n"], rule: "agent-config-invalid")
        #expect(c.count == 1)
        // An alias bomb is refused by the bounded YAML reader.
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { bomb += "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + i)!))", count: 10).joined(separator: ", ") + "]\n" }
        bomb += "mcpServers: *j\n"
        #expect(findings([".continue/mcpServers/x.yaml": bomb], rule: "agent-config-invalid").count == 1)
        // Files of other tools with the same names are not read as agent configuration.
        #expect(scanRepo(["app/config.yaml": "mcpServers:\n  - name: x\n    command: npx\n    args: [x]\n"]).isEmpty)
        #expect(scanRepo(["settings.json": #"{"agent": {"always_allow_tool_actions": true}}"#]).isEmpty)
    }

    @Test func zedRegexPrefixesAreReadForRunners() {
        #expect(PermissionEngine.regexLiteralPrefix("^find\\s") == "find")
        #expect(PermissionEngine.regexLiteralPrefix("^npm\\s+(install|test)") == "npm")
        #expect(PermissionEngine.regexLiteralPrefix("^git\\s+status\\b") == "git status")
        #expect(PermissionEngine.regexLiteralPrefix("cargo") == nil) // not anchored: matches anywhere
    }
}
