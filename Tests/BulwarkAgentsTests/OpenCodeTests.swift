import BulwarkAgents
import BulwarkCore
import BulwarkFormats
import Testing

/// OpenCode's `opencode.json` (opencode.ai/docs/permissions, /docs/mcp-servers): `permission` as one action or per
/// tool, `bash` command patterns where the last match wins, per-agent permissions, and `mcp` servers. Our own
/// reproductions.
@Suite struct OpenCodeTests {
    private func findings(_ json: String, rule: String) -> [Finding] {
        scanRepo(["opencode.json": json]).filter { $0.ruleID == rule }
    }

    @Test func permissionAllowEverywhereIsABypass() {
        #expect(findings("{\"permission\": \"allow\"}", rule: "agent-permission-bypass").count == 1)
        #expect(findings("{\"permission\": {\"*\": \"allow\"}}", rule: "agent-permission-bypass").count == 1)
        // One finding, not a bypass and an unrestricted shell for the same setting.
        #expect(findings("{\"permission\": \"allow\"}", rule: "agent-unrestricted-shell").isEmpty)
        #expect(findings("{\"permission\": \"ask\"}", rule: "agent-permission-bypass").isEmpty)
        // `*` allows the other tools, but the shell has its own entry that asks.
        let own = "{\"permission\": {\"*\": \"allow\", \"bash\": {\"*\": \"ask\", \"ls *\": \"allow\"}}}"
        #expect(findings(own, rule: "agent-permission-bypass").isEmpty)
        #expect(findings(own, rule: "agent-unrestricted-shell").isEmpty)
    }

    @Test func bashPatternsAreDecidedByTheLastMatch() {
        let allowPush = "{\"permission\": {\"bash\": {\"*\": \"ask\", \"git push*\": \"allow\"}}}"
        let f = findings(allowPush, rule: "agent-side-effect-auto-approved")
        #expect(f.count == 1)
        #expect(f.first?.message.contains("git push") == true)
        // The same patterns in the other order: the catch-all `ask` comes last and wins.
        #expect(findings("{\"permission\": {\"bash\": {\"git push*\": \"allow\", \"*\": \"ask\"}}}", rule: "agent-side-effect-auto-approved").isEmpty)
        // `?` matches one character.
        #expect(RuleMatcher.glob("git pus?", matches: "git push"))
        #expect(!RuleMatcher.glob("git pus?", matches: "git pushx"))
    }

    @Test func runnersAndCatchAllsAreUnrestrictedShells() {
        #expect(findings("{\"permission\": {\"bash\": \"allow\"}}", rule: "agent-unrestricted-shell").count == 1)
        #expect(findings("{\"permission\": {\"bash\": {\"*\": \"ask\", \"find *\": \"allow\"}}}", rule: "agent-unrestricted-shell").count == 1)
        #expect(findings("{\"permission\": {\"bash\": {\"*\": \"ask\", \"git status\": \"allow\", \"git diff*\": \"allow\"}}}", rule: "agent-unrestricted-shell").isEmpty)
    }

    @Test func anAgentsOwnPermissionsOverrideTheGlobalOnes() {
        let json = "{\"permission\": {\"bash\": {\"*\": \"ask\"}}, \"agent\": {\"release\": {\"permission\": {\"bash\": {\"git push*\": \"allow\"}}}}}"
        let f = findings(json, rule: "agent-side-effect-auto-approved")
        #expect(f.count == 1)
        #expect(f.first?.location.startLine == 1)
        #expect(findings("{\"agent\": {\"build\": {\"permission\": {\"bash\": \"allow\"}}}}", rule: "agent-unrestricted-shell").count == 1)
    }

    @Test func mcpServersAreRead() {
        let json = """
        {
          "mcp": {
            "docs": {"type": "local", "command": ["npx", "-y", "docs-mcp-server"], "environment": {"LOG": "1"}},
            "pinned": {"type": "local", "command": ["npx", "-y", "docs-mcp-server@1.4.2"]},
            "remote": {"type": "remote", "url": "http://mcp.example.net/mcp"},
            "off": {"type": "local", "command": ["npx", "-y", "other-mcp"], "enabled": false}
          }
        }
        """
        let unpinned = findings(json, rule: "mcp-unpinned-server")
        #expect(unpinned.map(\.location.startLine) == [3])
        #expect(findings(json, rule: "mcp-plain-http-server").count == 1)
    }

    @Test func autoModeOnTheCommandLineIsABypassFlag() {
        let script = "#!/bin/sh\nopencode run --auto \"fix the failing test\"\n"
        let f = scanRepo(["scripts/fix.sh": script]).filter { $0.ruleID == "agent-launch-bypass-flag" }
        #expect(f.count == 1)
        #expect(f.first?.location.startLine == 2)
        // `--auto` of another tool, or before the agent's command word, is not OpenCode's.
        #expect(scanRepo(["scripts/build.sh": "#!/bin/sh\nautoreconf --auto && make\n"]).filter { $0.ruleID == "agent-launch-bypass-flag" }.isEmpty)
        #expect(scanRepo(["scripts/x.sh": "#!/bin/sh\ntool --auto opencode run \"x\"\n"]).filter { $0.ruleID == "agent-launch-bypass-flag" }.isEmpty)
    }

    @Test func theRecommendedOpenCodeConfigGrantsNothing() throws {
        let report = AgentPolicyAdvisor.analyze(files: [
            SourceFile(relativePath: "opencode.json", text: "{\"permission\": {\"bash\": {\"*\": \"ask\", \"git push*\": \"allow\", \"make test\": \"allow\"}}}"),
        ])
        let a = try #require(report.agents.first { $0.agent == .openCode })
        #expect(!a.deviations.isEmpty)
        #expect(a.recommended.path == "opencode.json")
        // The read-only command the project allowed is kept; the push is not.
        #expect(a.recommended.text.contains("\"make test\": \"allow\""))
        #expect(a.recommended.text.contains("\"git push*\": \"deny\""))
        let s = try AgentSettingsParser.parse(Array(a.recommended.text.utf8), product: .openCode, format: .openCodeConfig)
        #expect(PermissionEngine.grants(s, path: "opencode.json").isEmpty)
    }

    @Test func invalidJSONIsReported() {
        #expect(findings("{\"permission\": ", rule: "agent-config-invalid").count == 1)
        #expect(AgentConfigLocator.classify("opencode.jsonc")?.format == .openCodeConfig)
        #expect(AgentConfigLocator.classify("config/opencode.json")?.product == .openCode)
    }
}
