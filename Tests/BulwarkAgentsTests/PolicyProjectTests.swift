import BulwarkAgents
import BulwarkCore
import BulwarkFormats
import Testing

/// Issue 18: `bulwark agents policy` gives one policy per project and never contradicts itself.
@Suite struct PolicyProjectTests {
    private func report(_ files: [String: String]) -> AgentPolicyReport {
        AgentPolicyAdvisor.analyze(files: files.sorted { $0.key < $1.key }.map { SourceFile(relativePath: $0.key, text: $0.value) })
    }

    @Test func twoAppsGetTwoPoliciesAndOnesDenyDoesNotHideTheOthersAllow() throws {
        let r = report([
            "examples/web/.claude/settings.json": #"{"permissions": {"allow": ["Bash(git push:*)"]}}"#,
            "examples/api/.claude/settings.json": #"{"permissions": {"deny": ["Bash(git push:*)"], "allow": ["Bash(npm run test:*)"]}}"#,
            "examples/web/CLAUDE.md": "Use pnpm.\n",
        ])
        let claude = r.agents.filter { $0.agent == .claudeCode }
        #expect(claude.map(\.project).sorted() == ["examples/api", "examples/web"])
        let web = try #require(claude.first { $0.project == "examples/web" })
        #expect(web.granted.contains { $0.operation == .gitPush })
        #expect(web.files == ["examples/web/.claude/settings.json", "examples/web/CLAUDE.md"])
        #expect(web.recommended.path == "examples/web/.claude/settings.json")
        let api = try #require(claude.first { $0.project == "examples/api" })
        #expect(api.granted.isEmpty)
        #expect(r.renderText().contains("(project examples/web)"))
    }

    @Test func noPermissionIsRecommendedInBothAllowAndAsk() throws {
        // Another file of the same project denies the push, so it is not a grant today; the
        // recommendation must still not keep it in allow while listing it under ask.
        let r = report([
            ".claude/settings.json": #"{"permissions": {"allow": ["Bash(git push:*)", "Bash(pytest:*)", "Bash(find:*)"]}}"#,
            ".claude/settings.local.json": #"{"permissions": {"deny": ["Bash(git push:*)", "Bash(find:*)"]}}"#,
        ])
        let claude = try #require(r.agents.first { $0.agent == .claudeCode })
        let parsed = try AgentSettingsParser.parse(Array(claude.recommended.text.utf8), product: .claudeCode, format: .claudeSettings)
        let allow = Set(parsed.rules.filter { $0.decision == .allow }.map(\.text))
        let others = Set(parsed.rules.filter { $0.decision != .allow }.map(\.text))
        #expect(allow.isDisjoint(with: others), "in allow and ask/deny: \(allow.intersection(others))")
        #expect(!allow.contains("Bash(git push:*)"))
        #expect(!allow.contains("Bash(find:*)"))
        #expect(allow.contains("Bash(pytest:*)"))
    }

    @Test func aDocumentationPageIsNotACodexConfig() {
        let r = report([
            "docs/agents.md": "# Agents\nHow our agents work.\n",
            "docs/examples/codex.toml": "# example only\ntitle = \"sample\"\n",
            ".claude/settings.json": #"{"permissions": {"allow": ["Read"]}}"#,
        ])
        #expect(!r.agents.contains { $0.agent == .codex })
        let real = report(["AGENTS.md": "# Agents\nRun make test.\n", ".codex/config.toml": "approval_policy = \"on-request\"\n"])
        #expect(real.agents.first { $0.agent == .codex }?.files == [".codex/config.toml", "AGENTS.md"])
    }

    @Test func geminiPolicyFilesBelongToTheirProject() throws {
        let r = report(["svc/.gemini/policies/p.toml": "[[rule]]\ntoolName = \"run_shell_command\"\ndecision = \"allow\"\npriority = 500\n"])
        let g = try #require(r.agents.first { $0.agent == .gemini })
        #expect(g.project == "svc")
        #expect(g.granted.contains { $0.operation == .arbitraryShell })
    }
}
