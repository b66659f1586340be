import BulwarkAgents
import BulwarkCore
import BulwarkFormats
import Testing

/// Issue 18: permission sources the family did not read, and approvals judged by what they let run.
@Suite struct PermissionSourcesTests {
    private func findings(_ files: [String: String], rule: String) -> [Finding] {
        scanRepo(files).filter { $0.ruleID == rule }
    }

    // MARK: Gemini CLI policy TOML

    @Test func geminiWorkspacePolicyAllowingShellAtHighPriorityIsUnrestricted() {
        let policy = """
        [[rule]]
        toolName = "run_shell_command"
        commandPrefix = "curl"
        decision = "deny"
        priority = 100

        [[rule]]
        toolName = ["run_shell_command", "write_file", "replace"]
        decision = "allow"
        priority = 900
        """
        let f = findings([".gemini/policies/team.toml": policy], rule: "agent-unrestricted-shell")
        #expect(f.count == 1)
        #expect(f.first?.location.startLine == 8)
        #expect(f.first?.severity == .high)
    }

    @Test func geminiDenyAtHigherPriorityWins() {
        let policy = """
        [[rule]]
        toolName = "run_shell_command"
        decision = "allow"
        priority = 10

        [[rule]]
        toolName = "run_shell_command"
        decision = "ask_user"
        priority = 500
        """
        #expect(scanRepo([".gemini/policies/p.toml": policy]).filter { $0.severity >= .medium }.isEmpty)
    }

    @Test func geminiNarrowPrefixesAndYoloOnlyRulesAreClean() {
        let policy = """
        [[rule]]
        toolName = "run_shell_command"
        commandPrefix = ["git status", "git diff", "npm run test"]
        decision = "allow"
        priority = 100

        [[rule]]
        toolName = "run_shell_command"
        decision = "allow"
        priority = 999
        modes = ["yolo"]

        [[rule]]
        toolName = ["write_file", "replace"]
        decision = "allow"
        priority = 100
        """
        #expect(scanRepo([".gemini/policies/p.toml": policy]).filter { $0.severity >= .medium }.isEmpty)
    }

    @Test func policyTomlOutsideGeminiFolderIsRecognisedByContent() {
        let policy = "[[rule]]\ntoolName = \"run_shell_command\"\ncommandPrefix = \"find\"\ndecision = \"allow\"\npriority = 300\n"
        let f = findings(["tools/agent-policy.toml": policy], rule: "agent-unrestricted-shell")
        #expect(f.count == 1)
        // An ordinary TOML file is not read as a policy.
        #expect(scanRepo(["pyproject.toml": "[project]\nname = \"x\"\n[[tool.rule]]\ndecision = 1\n"]).isEmpty)
    }

    @Test func geminiStarAllowIsABypassAndPushPrefixIsASideEffect() {
        let star = "[[rule]]\ntoolName = \"*\"\ndecision = \"allow\"\npriority = 999\n"
        #expect(findings([".gemini/policies/all.toml": star], rule: "agent-permission-bypass").count == 1)
        #expect(findings([".gemini/policies/all.toml": star], rule: "agent-unrestricted-shell").isEmpty)
        let push = "[[rule]]\ntoolName = \"run_shell_command\"\ncommandPrefix = \"git push\"\ndecision = \"allow\"\npriority = 100\n"
        let f = findings([".gemini/policies/git.toml": push], rule: "agent-side-effect-auto-approved")
        #expect(f.count == 1 && f.first?.severity == .high)
    }

    @Test func geminiPolicyOverLimitsDoesNotCrash() {
        var text = ""
        for i in 0..<3_000 { text += "[[rule]]\ntoolName = \"t\(i)\"\ndecision = \"allow\"\npriority = \(i % 999)\n" }
        _ = scanRepo([".gemini/policies/big.toml": text])
        let broken = scanRepo([".gemini/policies/bad.toml": "[[rule]\ntoolName = \n"])
        #expect(broken.contains { $0.ruleID == "agent-config-invalid" })
    }

    // MARK: Agent arguments in scripts and CI

    @Test func allowedToolsOnAScriptCommandLine() {
        let script = "#!/bin/sh\nclaude -p \"triage\" --allowedTools \"Bash,WebFetch\"\n"
        let all = scanRepo(["scripts/triage.sh": script])
        #expect(all.contains { $0.ruleID == "agent-unrestricted-shell" && $0.location.startLine == 2 })
        #expect(all.contains { $0.ruleID == "agent-side-effect-auto-approved" && $0.message.contains("WebFetch") })
        let narrow = "#!/bin/sh\nclaude -p \"review\" --allowedTools \"Read,Bash(git diff:*)\"\n"
        #expect(scanRepo(["scripts/review.sh": narrow]).isEmpty)
    }

    @Test func disallowedToolsOnTheSameLineTakesPrecedence() {
        let script = "claude -p x --allowedTools \"Bash(git:*)\" --disallowedTools \"Bash(git push:*)\"\n"
        let f = scanRepo(["Makefile": "review:\n\t" + script])
        #expect(!f.contains { $0.message.contains("git push") })
        #expect(f.contains { $0.message.contains("git commit") })
    }

    @Test func githubWorkflowRunLineIsReadButActionInputsAreTheWorkflowsFamilys() {
        let wf = """
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: claude -p "fix the build" --allowedTools "Bash(xargs:*),Edit"
              - uses: anthropics/claude-code-action@v1
                with:
                  claude_args: --allowedTools "Bash"
                  allowed_tools: "Bash"
        """
        let f = findings([".github/workflows/fix.yml": wf], rule: "agent-unrestricted-shell")
        #expect(f.map(\.location.startLine) == [6])
    }

    // MARK: Run-anything grants

    @Test(arguments: ["Bash(find:*)", "Bash(find . -name:*)", "Bash(xargs:*)", "Bash(env:*)", "Bash(PYTHONPATH=. uv run:*)",
                      "Bash(uv run:*)", "Bash(timeout 60:*)", "Bash(FOO=1 python3:*)"])
    func runnerPrefixesRunAnything(_ rule: String) {
        let settings = "{\"permissions\": {\"allow\": [\"\(rule)\"]}}"
        #expect(findings([".claude/settings.json": settings], rule: "agent-unrestricted-shell").count == 1, "\(rule)")
    }

    @Test(arguments: ["Bash(uv run pytest:*)", "Bash(uv run ruff check:*)", "Bash(python3 scripts/check.py:*)", "Bash(envsubst:*)",
                      "Bash(find)", "Bash(git diff:*)"])
    func narrowPrefixesDoNot(_ rule: String) {
        let settings = "{\"permissions\": {\"allow\": [\"\(rule)\"]}}"
        #expect(findings([".claude/settings.json": settings], rule: "agent-unrestricted-shell").isEmpty, "\(rule)")
    }

    @Test func denyOfTheRunnerClearsIt() {
        // `ask` beats `allow` in Claude Code, whatever the order.
        let settings = #"{"permissions": {"allow": ["Bash(find:*)"], "ask": ["Bash(find:*)"]}}"#
        let f = findings([".claude/settings.json": settings], rule: "agent-unrestricted-shell")
        #expect(f.isEmpty)
    }

    // MARK: Approvals judged by what they let run

    @Test func readOnlyMCPToolApprovalIsLowAndWriteToolApprovalMedium() {
        let readOnly = #"{"mcpServers": {"docs": {"command": "/opt/docs-mcp", "autoApprove": ["search_docs", "list_pages", "get_page"]}}}"#
        let r = findings(["cline_mcp_settings.json": readOnly], rule: "agent-mcp-auto-approved")
        #expect(r.count == 1 && r.first?.severity == .low)
        let write = #"{"mcpServers": {"gh": {"command": "/opt/gh-mcp", "autoApprove": ["search_issues", "create_issue"]}}}"#
        let w = findings(["cline_mcp_settings.json": write], rule: "agent-mcp-auto-approved")
        #expect(w.count == 1 && w.first?.severity == .medium)
        let policy = "[[rule]]\nmcpName = \"jira\"\ntoolName = \"search\"\ndecision = \"allow\"\npriority = 200\n"
        #expect(findings([".gemini/policies/mcp.toml": policy], rule: "agent-mcp-auto-approved").first?.severity == .low)
        let server = "[[rule]]\nmcpName = \"jira\"\ndecision = \"allow\"\npriority = 200\n"
        #expect(findings([".gemini/policies/mcp.toml": server], rule: "agent-mcp-auto-approved").first?.severity == .medium)
    }

    @Test func geminiAutoAcceptIsNotABypass() {
        let settings = #"{"tools": {"autoAccept": true}}"#
        #expect(scanRepo([".gemini/settings.json": settings]).isEmpty)
    }

    @Test func readOnlyToolNames() {
        #expect(MCPToolNames.isReadOnly("search_issues"))
        #expect(MCPToolNames.isReadOnly("getFileContents"))
        #expect(MCPToolNames.isReadOnly("mcp__github__list_commits"))
        #expect(!MCPToolNames.isReadOnly("create_issue"))
        #expect(!MCPToolNames.isReadOnly("fetch"))
        #expect(!MCPToolNames.isReadOnly("push_files"))
        #expect(!MCPToolNames.isReadOnly("getaway_deploy"))
    }
}
