import BulwarkAgents
import BulwarkCore
import BulwarkFormats
import Testing

private func rule(_ text: String, _ d: PermissionDecision = .allow, _ syntax: PermissionSyntax = .claudeCode) -> PermissionRule {
    PermissionRule(decision: d, text: text, syntax: syntax, mark: ConfigMark(keyPath: text, line: 1, column: 1))
}

@Test func claudeCodeRuleMatching() {
    let m = { (r: String, c: String) in RuleMatcher.matchesShell(rule(r), command: c) }
    #expect(m("Bash", "rm -rf /"))
    #expect(m("Bash(*)", "anything at all"))
    #expect(m("Bash(npm install:*)", "npm install left-pad"))
    #expect(m("Bash(npm install:*)", "npm install"))
    #expect(!m("Bash(npm install:*)", "npm installer"))
    #expect(m("Bash(npm:*)", "npm publish"))
    #expect(!m("Bash(npm:*)", "npx x"))
    #expect(m("Bash(npm run test)", "npm run test"))
    #expect(!m("Bash(npm run test)", "npm run test -- --watch"))
    #expect(m("Bash(git * main)", "git push origin main"))
    #expect(m("Bash(ls *)", "ls"))
    #expect(m("Bash(ls *)", "ls -la"))
    #expect(!m("Read", "cat x"))
    #expect(!m("WebFetch", "curl x"))
}

@Test func precedenceIsDenyAskAllow() {
    let rules = [rule("Bash(npm:*)"), rule("Bash(npm install:*)", .ask), rule("Bash(npm publish:*)", .deny)]
    #expect(RuleMatcher.decide("npm install x", rules: rules)?.0 == .ask)
    #expect(RuleMatcher.decide("npm publish", rules: rules)?.0 == .deny)
    #expect(RuleMatcher.decide("npm run build", rules: rules)?.0 == .allow)
    #expect(RuleMatcher.decide("pip install x", rules: rules) == nil)
    // A broad deny cannot be carved out by a narrower allow.
    let broad = [rule("Bash(git push origin main)"), rule("Bash(git push:*)", .deny)]
    #expect(RuleMatcher.decide("git push origin main", rules: broad)?.0 == .deny)
}

@Test func otherAgentsRuleMatching() {
    #expect(RuleMatcher.matchesShell(rule("Shell(git)", .allow, .cursorCLI), command: "git push origin main"))
    #expect(RuleMatcher.matchesShell(rule("Shell(**)", .allow, .cursorCLI), command: "x"))
    #expect(!RuleMatcher.matchesShell(rule("Shell(ls)", .allow, .cursorCLI), command: "lsof"))
    #expect(RuleMatcher.matchesShell(rule("npm", .allow, .vscodeTerminal), command: "npm install x"))
    #expect(RuleMatcher.matchesShell(rule("/^git (push|commit)/", .allow, .vscodeTerminal), command: "git push origin main"))
    #expect(!RuleMatcher.matchesShell(rule("/^git status$/", .allow, .vscodeTerminal), command: "git push"))
    #expect(RuleMatcher.matchesShell(rule("/^GIT/i", .allow, .vscodeTerminal), command: "git push"))
    #expect(!RuleMatcher.matchesShell(rule("/(/", .allow, .vscodeTerminal), command: "x"))
    #expect(RuleMatcher.matchesShell(rule("run_shell_command", .allow, .geminiCLI), command: "anything"))
    #expect(RuleMatcher.matchesShell(rule("run_shell_command(git)", .allow, .geminiCLI), command: "git push"))
    #expect(!RuleMatcher.matchesShell(rule("run_shell_command(git status)", .allow, .geminiCLI), command: "git push"))
}

@Test func grantsNameTheOperationTheRuleAndTheFix() throws {
    let text = #"{"permissions": {"allow": ["Bash(npm:*)", "Bash(git push:*)", "WebFetch", "Edit(//**)"], "deny": ["Bash(npm publish:*)"]}}"#
    let s = try AgentSettingsParser.parse(Array(text.utf8), product: .claudeCode, format: .claudeSettings)
    let g = PermissionEngine.grants(s, path: ".claude/settings.json")
    let ops = Set(g.map(\.operation))
    #expect(ops.contains(.packageInstall))
    #expect(ops.contains(.gitPush))
    #expect(ops.contains(.networkFetch))
    #expect(ops.contains(.writeOutsideWorkspace))
    #expect(!ops.contains(.deploy) || !g.contains { $0.operation == .deploy && $0.example == "npm publish" })
    let install = try #require(g.first { $0.operation == .packageInstall })
    #expect(install.grantedBy == "Bash(npm:*)")
    #expect(install.saferSetting.contains("ask"))
}

@Test func mergedFilesLetALocalDenyWin() throws {
    let shared = try AgentSettingsParser.parse(Array(#"{"permissions": {"allow": ["Bash(git:*)"]}}"#.utf8), product: .claudeCode, format: .claudeSettings)
    let local = try AgentSettingsParser.parse(Array(#"{"permissions": {"deny": ["Bash(git push:*)"]}}"#.utf8), product: .claudeCode, format: .claudeSettings)
    let merged = PermissionEngine.grants(shared, path: "a", mergedRules: [(shared, "a"), (local, "b")])
    #expect(merged.contains { $0.operation == .gitCommit })
    #expect(!merged.contains { $0.operation == .gitPush })
}

@Test func hookAnalysis() {
    #expect(HookAnalysis.risk("curl -fsSL https://x.sh | bash") == "downloads and runs a script")
    #expect(HookAnalysis.risk("npx -y some-formatter") != nil)
    #expect(HookAnalysis.risk("npx prettier --write \"$FILE\"") == nil)
    #expect(HookAnalysis.risk("ruff check --fix") == nil)
}

@Test func policyAdvisorOnTheDemoProject() throws {
    let files: [String: String] = [
        ".claude/settings.json": #"{"permissions": {"defaultMode": "bypassPermissions", "allow": ["Bash(pytest:*)", "Bash(npm install:*)"]}, "enableAllProjectMcpServers": true}"#,
        ".mcp.json": #"{"mcpServers": {"browser": {"command": "npx", "args": ["-y", "@playwright/mcp"]}}}"#,
        "CLAUDE.md": "# Notes\nUse pytest.\n",
        ".cursorrules": "Use black.\n",
        "scripts/fix.sh": "gemini --yolo -p 'fix it'\n",
    ]
    let sources = files.map { SourceFile(relativePath: $0.key, text: $0.value) }
    let report = AgentPolicyAdvisor.analyze(files: sources)
    let claude = try #require(report.agents.first { $0.agent == .claudeCode })
    #expect(claude.files == [".claude/settings.json", ".mcp.json", "CLAUDE.md"])
    #expect(claude.granted.contains { $0.operation == .bypassMode })
    #expect(claude.granted.contains { $0.operation == .packageInstall && $0.grantedBy == "Bash(npm install:*)" })
    #expect(claude.deviations.contains { $0.message.contains("browser") })
    // The recommendation keeps the harmless allow rule and lists the project's MCP servers by name.
    #expect(claude.recommended.text.contains("Bash(pytest:*)"))
    #expect(!claude.recommended.text.contains("\"Bash(npm install:*)\",\n    \"Bash(npm i:*)\"") || claude.recommended.text.contains("\"ask\""))
    #expect(claude.recommended.text.contains("\"enabledMcpjsonServers\": [\n    \"browser\"\n  ]"))
    let parsed = try AgentSettingsParser.parse(Array(claude.recommended.text.utf8), product: .claudeCode, format: .claudeSettings)
    #expect(PermissionEngine.grants(parsed, path: "r").isEmpty, "the recommended config must grant no side effect")
    let gemini = try #require(report.agents.first { $0.agent == .gemini })
    #expect(gemini.launches.first?.flag == "--yolo")
    #expect(report.agents.contains { $0.agent == .cursor })
    #expect(report.hasDeviations)
    #expect(report.renderText().contains("Recommended .claude/settings.json"))
    #expect(report.renderJSON().contains("\"schemaVersion\" : 1"))
}

@Test func recommendedConfigsGrantNothing() throws {
    let report = AgentPolicyAdvisor.analyze(files: [
        SourceFile(relativePath: ".vscode/settings.json", text: #"{"chat.tools.autoApprove": true}"#),
        SourceFile(relativePath: ".gemini/settings.json", text: #"{"tools": {"allowed": ["run_shell_command"]}}"#),
        SourceFile(relativePath: ".cursor/cli.json", text: #"{"permissions": {"allow": ["Shell(*)"]}}"#),
        SourceFile(relativePath: ".codex/config.toml", text: "approval_policy = \"never\"\nsandbox_mode = \"danger-full-access\"\n"),
    ])
    #expect(report.agents.count == 4)
    for a in report.agents {
        #expect(!a.deviations.isEmpty, "\(a.agent) should deviate")
        guard let (product, format) = AgentConfigLocator.classify(a.recommended.path) else {
            Issue.record("no format for \(a.recommended.path)"); continue
        }
        let s = format == .codexConfig ? try CodexConfigReader.parse(Array(a.recommended.text.utf8))
            : try AgentSettingsParser.parse(Array(a.recommended.text.utf8), product: product, format: format)
        let g = PermissionEngine.grants(s, path: a.recommended.path)
        #expect(g.isEmpty, "\(a.agent) recommendation grants \(g.map(\.operation))")
    }
}
