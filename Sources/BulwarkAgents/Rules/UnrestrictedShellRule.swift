import BulwarkCore
import BulwarkFormats

/// An allow rule that lets an agent run any shell command without asking.
struct UnrestrictedShellRule: Rule {
    var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
            id: "agent-unrestricted-shell",
            name: "Agent may run any shell command unasked",
            family: AgentRuleSupport.family,
            summary: "An allow rule matches every shell command (Bash, Bash(*), Shell(*), an interpreter with -c), so any command runs without approval.",
            rationale: """
            ## What it detects
            Allow rules that match arbitrary commands, evaluated with each agent's own matching: Claude \
            Code `Bash`, `Bash(*)` or `Bash(python:*)` (an interpreter runs any code), prefixes of commands \
            that run whatever follows them (`Bash(find:*)` through `find -exec`, `Bash(xargs:*)`, \
            `Bash(env:*)`, `Bash(timeout:*)`, `Bash(uv run:*)`, also after environment assignments such as \
            `Bash(PYTHONPATH=. uv run:*)`), Cursor CLI `Shell(*)`, Gemini CLI `run_shell_command` without a \
            command in `tools.allowed` or in a policy rule (`.gemini/policies/*.toml` and policy TOML kept \
            elsewhere, decided by the highest `priority` as Gemini CLI decides), `--allowedTools "Bash"` \
            on an agent command line in a script, Makefile, package.json script or CI file, a VS Code \
            `chat.tools.terminal.autoApprove` key such as `/.*/` or `bash`, and `allowed-tools: Bash` or \
            `Bash(*)` in the front matter of Claude Code slash commands (`.claude/commands/*.md`) and skills \
            (`.claude/skills/**/SKILL.md`), which run without asking while the command or skill is active, \
            Zed's terminal tool with `"default": "allow"` or an `always_allow` pattern that matches anything \
            (`.*`, `^find\\s`) in `agent.tool_permissions` (`.zed/settings.json`, `~/.config/zed/settings.json`), \
            `Bash` or `Bash(*)` in `allow` of the Continue CLI's `permissions.yaml`, and OpenCode's \
            `permission.bash` set to `allow` or a pattern that matches anything (`*`, `find *`), globally or for \
            one agent (`agent.<name>.permission`) in `opencode.json`, where the last matching pattern wins. \
            A matching deny or ask rule takes precedence and clears the finding, as in the agent.

            ## Why it matters
            An unrestricted shell includes package installs, `git push`, deployments, `curl` to any host \
            and reading credential files. Prompt injection through anything the agent reads then becomes \
            code execution with the developer's credentials.

            ## How to fix
            Allow named read-only and test commands (`Bash(npm run test:*)`, `Bash(git diff:*)`), keep \
            installs, commits and pushes under `ask`, and deny deployments and network tools.

            ## References
            - Claude Code permission rule syntax: https://code.claude.com/docs/en/permissions
            - Cursor CLI permissions: https://cursor.com/docs/cli/reference/permissions
            - CWE-78: OS Command Injection
            """,
            defaultSeverity: .high,
            remediation: "Replace the catch-all rule with named read-only commands; keep side effects under ask.",
            examples: [
                Example(.triggers, path: "opencode.json", """
                {
                  "$schema": "https://opencode.ai/config.json",
                  "permission": {
                    "bash": "allow" // <-
                  }
                }
                """, commentPrefix: "//"),
                // The catch-all asks, and comes last: the read-only command allowed before it is overruled too.
                Example(.clean, path: "opencode.json", """
                {"permission": {"bash": {"git status": "allow", "*": "ask"}}}
                """),
                Example(.triggers, path: ".zed/settings.json", """
                {"agent": {"tool_permissions": {"tools": {"terminal": {
                  "default": "allow" // <-
                }}}}}
                """, commentPrefix: "//"),
                Example(.clean, path: ".zed/settings.json", """
                {"agent": {"tool_permissions": {"tools": {"terminal": {
                  "default": "confirm",
                  "always_allow": [{"pattern": "^git\\\\s+(status|diff|log)\\\\b"}]
                }}}}}
                """),
                Example(.triggers, path: ".claude/settings.json", """
                {
                  "permissions": {
                    "allow": [
                      "Read",
                      "Bash(*)" // <-
                    ]
                  }
                }
                """, commentPrefix: "//"),
                Example(.triggers, path: ".claude/commands/fix-build.md", """
                ---
                allowed-tools: Read, Bash(*) # <-
                description: Fix the build
                ---
                Fix the failing build.
                """),
                Example(.clean, path: ".claude/commands/commit.md", """
                ---
                allowed-tools: Bash(git add:*), Bash(git status:*), Bash(git commit:*)
                description: Create a git commit
                ---
                Create a single commit.
                """),
                Example(.triggers, path: ".cursor/cli.json", """
                {
                  "permissions": { "allow": ["Shell(**)"], "deny": [] } // <-
                }
                """),
                Example(.triggers, path: ".claude/settings.local.json", """
                {"permissions": {"allow": ["Bash(python3:*)"]}} // <-
                """),
                Example(.clean, path: ".claude/settings.json", """
                {
                  "permissions": {
                    "allow": ["Bash(npm run test:*)", "Bash(git diff:*)"],
                    "deny": ["Bash(curl:*)"]
                  }
                }
                """),
                Example(.clean, path: ".claude/settings.json", """
                {"permissions": {"allow": ["Bash"], "deny": ["Bash"]}}
                """),
                Example(.triggers, path: ".claude/settings.json", """
                {"permissions": {"allow": ["Bash(PYTHONPATH=. uv run:*)", "Bash(find:*)"]}} // <-
                """),
                Example(.clean, path: ".claude/settings.json", """
                {"permissions": {"allow": ["Bash(uv run pytest:*)", "Bash(find)"]}}
                """),
                Example(.triggers, path: ".gemini/policies/dev.toml", """
                [[rule]]
                toolName = ["run_shell_command", "write_file", "replace"] # <-
                decision = "allow"
                priority = 900
                """, commentPrefix: "#"),
                Example(.clean, path: ".gemini/policies/dev.toml", """
                [[rule]]
                toolName = "run_shell_command"
                commandPrefix = ["git status", "npm run test"]
                decision = "allow"
                priority = 100
                """),
                Example(.triggers, path: "scripts/triage.sh", """
                #!/bin/sh
                claude -p "triage the failures" --allowedTools "Bash,WebFetch" # <-
                """, commentPrefix: "#"),
                Example(.clean, path: "scripts/review.sh", """
                #!/bin/sh
                claude -p "review the diff" --allowedTools "Read,Bash(git diff:*)"
                """),
            ])

    func check(_ doc: AgentDocument, context: RuleContext) -> [Finding] {
        var seen = Set<String>()
        return doc.grants.filter { $0.operation == .arbitraryShell && seen.insert("\($0.keyPath):\($0.line)").inserted }.map { g in
            Finding(rule: description, message: Self.message(g), location: AgentRuleSupport.location(context, g),
                    remediation: g.saferSetting, anchor: g.keyPath + g.grantedBy,
                    properties: ["agent": g.product.rawValue, "operation": g.operation.rawValue, "grantedBy": g.grantedBy])
        }
    }
}

extension UnrestrictedShellRule {
    static func message(_ g: PermissionGrant) -> String {
        "`\(g.grantedBy)` lets \(g.product.displayName) run any shell command without approval (it matches `\(g.example ?? "any command")`), including installs, pushes, deployments and curl"
    }
}
