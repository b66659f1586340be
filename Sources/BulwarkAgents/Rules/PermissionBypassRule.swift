import BulwarkCore
import BulwarkFormats

/// An agent configured to approve every tool call by itself.
struct PermissionBypassRule: Rule {
    var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
            id: "agent-permission-bypass",
            name: "Agent approvals switched off",
            family: AgentRuleSupport.family,
            summary: "An agent configuration approves every tool call: shell, installs, pushes and deployments run unasked.",
            rationale: """
            ## What it detects
            Settings that switch a coding agent's approval prompts off for every tool: Claude Code \
            `permissions.defaultMode: "bypassPermissions"`, VS Code `chat.tools.autoApprove: true` \
            (or `chat.tools.global.autoApprove`), a Gemini CLI approval mode of `yolo`, and Codex \
            `approval_policy = "never"` with `sandbox_mode = "danger-full-access"`, and a Gemini CLI policy \
            rule (`.gemini/policies/*.toml`, or any TOML of `[[rule]]` tables) that allows `toolName = "*"`, \
            Zed `agent.always_allow_tool_actions: true` (before v0.224) or `agent.tool_permissions.default: \
            "allow"` while the terminal tool does not confirm (`.zed/settings.json`, \
            `~/.config/zed/settings.json`), `*` in `allow` of the Continue CLI's `permissions.yaml`, and \
            Aider's `yes-always: true` (`.aider.conf.yml`: every confirmation answered yes, shell commands included), \
            and OpenCode's `"permission": "allow"` or `"*": "allow"` without a `bash` entry of its own \
            (`opencode.json`). \
            Codex `never` inside the workspace sandbox is reported at medium. Gemini `tools.autoAccept: true` \
            is not reported: it accepts only the tool calls Gemini CLI deems read-only, so it is not a \
            bypass of approvals.

            ## Why it matters
            With approvals off, text the agent reads (a README in `node_modules`, an issue, an MCP tool \
            description) can make it install packages, push commits, deploy or send secrets away, and no \
            person sees the command first. A committed project setting applies to everyone who opens the \
            repository. The nx "s1ngularity" malware (August 2025) relied on exactly this mode.

            ## How to fix
            Use the default mode (or `acceptEdits` for Claude Code, which auto-approves file edits only), \
            add `"disableBypassPermissionsMode": "disable"`, and allow only the read-only and test commands \
            you need. `bulwark agents policy` prints a least-privilege configuration for each agent found.

            ## References
            - Claude Code permissions: https://code.claude.com/docs/en/permissions
            - VS Code agent approvals: https://code.visualstudio.com/docs/agents/approvals
            - Codex CLI configuration: https://github.com/openai/codex/blob/main/docs/config.md
            - nx s1ngularity incident: https://github.com/nrwl/nx/security/advisories/GHSA-cxm3-wv7p-598c
            - CWE-250: Execution with Unnecessary Privileges
            """,
            defaultSeverity: .high,
            remediation: "Use the default approval mode and allow only named read-only commands.",
            examples: [
                Example(.triggers, path: "opencode.json", """
                {
                  "permission": "allow" // <-
                }
                """, commentPrefix: "//"),
                Example(.clean, path: "opencode.json", """
                {"permission": {"*": "allow", "bash": {"*": "ask", "npm test": "allow"}}}
                """),
                Example(.triggers, path: ".aider.conf.yml", """
                model: sonnet
                yes-always: true # <-
                """, commentPrefix: "#"),
                Example(.clean, path: ".aider.conf.yml", """
                yes-always: false
                auto-commits: true
                """),
                Example(.triggers, path: ".claude/settings.json", """
                {
                  "permissions": {
                    "defaultMode": "bypassPermissions" // <-
                  }
                }
                """, commentPrefix: "//"),
                Example(.triggers, path: ".vscode/settings.json", """
                {
                  "editor.tabSize": 2,
                  "chat.tools.autoApprove": true // <-
                }
                """, commentPrefix: "//"),
                Example(.triggers, path: ".codex/config.toml", """
                model = "o4-mini"
                approval_policy = "never" # <-
                sandbox_mode = "danger-full-access"
                """, commentPrefix: "#"),
                Example(.clean, path: ".claude/settings.json", """
                {
                  "permissions": {
                    "defaultMode": "acceptEdits",
                    "allow": ["Bash(npm run test:*)"]
                  }
                }
                """),
                Example(.clean, path: ".codex/config.toml", """
                approval_policy = "on-request"
                sandbox_mode = "workspace-write"
                """),
                Example(.triggers, path: ".gemini/policies/team.toml", """
                [[rule]]
                toolName = "*" # <-
                decision = "allow"
                priority = 999
                """, commentPrefix: "#"),
                Example(.clean, path: ".gemini/settings.json", """
                {"tools": {"autoAccept": true}}
                """),
                Example(.triggers, path: ".zed/settings.json", """
                {
                  "agent": {
                    "always_allow_tool_actions": true // <-
                  }
                }
                """, commentPrefix: "//"),
                // Everything else allowed, but the terminal confirms: not a bypass of the shell.
                Example(.clean, path: ".zed/settings.json", """
                {"agent": {"tool_permissions": {"default": "allow", "tools": {"terminal": {"default": "confirm"}}}}}
                """),
                Example(.triggers, path: ".continue/permissions.yaml", """
                allow:
                  - "*" # <-
                """, commentPrefix: "#"),
                Example(.clean, path: ".continue/permissions.yaml", """
                allow:
                  - Read
                ask:
                  - Bash
                """),
            ])

    func check(_ doc: AgentDocument, context: RuleContext) -> [Finding] {
        doc.grants.filter { $0.operation == .bypassMode }.map { g in
            Finding(rule: description, message: Self.message(g), location: AgentRuleSupport.location(context, g),
                    severity: Self.severity(g), remediation: "Use \(g.saferSetting).", anchor: g.keyPath,
                    properties: ["agent": g.product.rawValue, "operation": g.operation.rawValue, "grantedBy": g.grantedBy])
        }
    }
}

extension PermissionBypassRule {
    /// Gemini `autoAccept` covers tools it deems read-only (low); Codex `never` inside the workspace
    /// sandbox is medium; everything else switches every approval off (high).
    static func severity(_ g: PermissionGrant) -> Severity? {
        if g.keyPath.hasSuffix("autoAccept") { return .low }
        if g.keyPath == "approval_policy" && !g.grantedBy.contains("danger-full-access") { return .medium }
        return nil
    }

    static func message(_ g: PermissionGrant) -> String {
        if g.keyPath.hasSuffix("autoAccept") {
            return "\(g.product.displayName) runs the tool calls it considers safe without confirmation (`\(g.grantedBy)`); its judgement replaces yours"
        }
        if g.keyPath == "approval_policy" && !g.grantedBy.contains("danger-full-access") {
            return "\(g.product.displayName) never asks (`\(g.grantedBy)`): every command the model chooses runs unreviewed inside the sandbox"
        }
        return "\(g.product.displayName) approves every tool call by itself (`\(g.grantedBy)`): shell commands, package installs, pushes and deployments run without a person's approval"
    }
}
