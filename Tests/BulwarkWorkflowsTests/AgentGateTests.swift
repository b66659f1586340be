import BulwarkCore
import BulwarkFormats
@testable import BulwarkWorkflows
import Testing

/// The first step of a one-job workflow made of `yaml` (a step's keys, unindented).
func parseStep(_ yaml: String) -> Step {
    let body = yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        .map { $0.offset == 0 ? "      - " + $0.element : "        " + $0.element }.joined(separator: "\n")
    let text = "on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n" + body + "\n"
    guard case .workflow(let w)? = try? CIParser.parse(text, kind: .workflow), let s = w.jobs.first?.steps.first else {
        Issue.record("step did not parse")
        return parseStep("run: echo")
    }
    return s
}

// Issue 17: AI agent actions are judged by their documented gates and by what they grant.

private func agentFindings(_ text: String) -> [Finding] {
    scanRepo([".github/workflows/agent.yml": text]).filter { $0.ruleID == "workflow-ai-agent-untrusted-trigger" }
}

private func claudeWorkflow(extra: String, permissions: String = "contents: write") -> String {
    """
    on:
      issue_comment:
        types: [created]
      issues:
        types: [opened]
    jobs:
      claude:
        if: contains(github.event.comment.body, '@claude')
        runs-on: ubuntu-latest
        permissions:
          \(permissions)
          issues: write
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
          - uses: anthropics/claude-code-action@v1
            with:
              anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}
    \(extra)
    """
}

@Test func claudeCodeActionRefusesNonWritersUnlessAllowedNonWriteUsersIsSet() {
    // No `allowed_non_write_users`: the action itself refuses actors without write access, so an
    // outsider's comment cannot prompt it even though it may push (a real pattern: "@claude" bots).
    let gated = claudeWorkflow(extra: """
              allowed_tools: "Bash(git commit:*),Bash(git push:*),Bash(gh pr:*)"
              allowed_bots: "stainless-app"
    """)
    #expect(agentFindings(gated).isEmpty)
    // The same agent opened to everyone, with push tools and a contents: write token: high.
    let open = claudeWorkflow(extra: """
              allowed_tools: "Bash(git commit:*),Bash(git push:*),Bash(gh pr:*)"
              allowed_non_write_users: "*"
    """)
    let found = agentFindings(open)
    #expect(found.count == 1)
    #expect(found.first?.severity == .high)
    #expect(found.first?.message.contains("allowed_non_write_users") == true)
}

@Test func openTriageBotWithNarrowToolsIsMediumAndFreeAPICallsAreHigh() {
    func triage(_ tools: String) -> String {
        claudeWorkflow(extra: """
                  allowed_non_write_users: "*"
                  prompt: Triage the issue and add labels.
                  claude_args: |
                    --model claude-opus-4-6 --allowedTools \(tools)
        """, permissions: "contents: read")
    }
    let narrow = agentFindings(triage("Bash(gh issue view:*),Bash(gh label list),mcp__github__update_issue"))
    #expect(narrow.map(\.severity) == [.medium])
    let api = agentFindings(triage("Bash(gh issue view:*),Bash(gh api:*)"))
    #expect(api.map(\.severity) == [.high])
    #expect(api.first?.message.contains("gh api") == true)
    let shell = agentFindings(triage("\"Bash\""))
    #expect(shell.map(\.severity) == [.high])
    // Push tools with a read-only token cannot push: narrow.
    #expect(agentFindings(triage("Bash(git push:*)")).map(\.severity) == [.medium])
    // Tag mode (no prompt) with a contents: write token commits and pushes by itself.
    let tag = claudeWorkflow(extra: """
              allowed_non_write_users: "*"
    """)
    #expect(agentFindings(tag).map(\.severity) == [.high])
}

@Test func agentJobBehindAGatedJobIsGated() {
    func workflow(_ cond: String) -> String {
        """
        on:
          issue_comment:
            types: [created]
        jobs:
          check:
            if: contains(fromJSON('["OWNER","MEMBER","COLLABORATOR"]'), github.event.comment.author_association)
            runs-on: ubuntu-latest
            outputs:
              ok: ${{ steps.c.outputs.ok }}
            steps:
              - id: c
                run: echo "ok=true" >> "$GITHUB_OUTPUT"
          agent:
            needs: check
            if: \(cond)
            runs-on: ubuntu-latest
            steps:
              - run: gemini --prompt "review"
                env:
                  GEMINI_API_KEY: ${{ secrets.GEMINI_API_KEY }}
        """
    }
    #expect(agentFindings(workflow("needs.check.outputs.ok == 'true'")).isEmpty)
    // `always()` runs the job even when the gated job was skipped.
    #expect(agentFindings(workflow("always()")).map(\.severity) == [.high])
}

@Test func claudeToolListsAreReadFromClaudeArgsAndAllowedTools() {
    let step = parseStep("""
    uses: anthropics/claude-code-action@v1
    with:
      allowed_tools: "Read,Bash(git log:*)"
      claude_args: |
        --model x --allowedTools "Bash(gh pr view:*),Bash(make:*)" --max-turns 3
        --allowed-tools=Edit
    """)
    #expect(AgentGrant.claudeTools(step) == ["Read", "Bash(git log:*)", "Bash(gh pr view:*)", "Bash(make:*)", "Edit"])
    #expect(AgentGrant.broadTool("Bash(make:*)", contentsWrite: false) == "`Bash(make:*)`")
    #expect(AgentGrant.broadTool("Bash(gh pr view:*)", contentsWrite: true) == nil)
    #expect(AgentGrant.broadTool("Bash(*)", contentsWrite: false) == "unrestricted `Bash`")
}

@Test func denseNeedsGraphIsJudgedInBoundedTime() {
    // Every job needs every earlier one: without memoising, walking the gates is exponential.
    var text = "on:\n  issue_comment:\n    types: [created]\njobs:\n"
    let n = 150
    for i in 0..<n {
        text += "  j\(i):\n    runs-on: ubuntu-latest\n"
        if i > 0 { text += "    needs: [" + (0..<i).map { "j\($0)" }.joined(separator: ", ") + "]\n" }
        text += "    steps:\n      - run: gemini --prompt \"hi\"\n"
    }
    let start = ContinuousClock.now
    let found = agentFindings(text)
    #expect(found.count == n)
    #expect(ContinuousClock.now - start < .seconds(20))
}
