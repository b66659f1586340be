import BulwarkCore
import BulwarkFormats

/// Allow rules that let an agent install packages, commit, push, deploy, fetch or write outside the project.
struct SideEffectAutoApprovedRule: Rule {
    var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
            id: "agent-side-effect-auto-approved",
            name: "Agent side effects approved in advance",
            family: AgentRuleSupport.family,
            summary: "A permission rule lets an agent install packages, commit, push, deploy, fetch from the network or write outside the workspace without approval.",
            rationale: """
            ## What it detects
            Allow rules and settings that, evaluated as the agent evaluates them (deny, then ask, then \
            allow; Claude Code `Bash(prefix:*)` prefix matching; VS Code `false` entries winning), let one \
            of these run unasked: package installation or addition (npm, pnpm, yarn, bun, pip, uv, poetry, \
            cargo, go, gem), `git commit`, `git push`, deployment and publishing (vercel, fly, kubectl, \
            terraform apply, gh release, npm publish, docker push), network fetches (curl, wget, \
            WebFetch for any domain), writes outside the workspace (`Edit(//**)`, `Edit(~/**)`, home or \
            root in `additionalDirectories`), and Codex running unprompted with sandbox network on; in Zed, \
            terminal `always_allow` patterns (regexes searched in the command, `always_deny` and \
            `always_confirm` winning) and the `fetch` tool approved by default; in the Continue CLI's \
            `permissions.yaml`, `allow` entries such as `Bash(git push*)`. \
            Rules that match every command are reported by `agent-unrestricted-shell` instead.

            ## Why it matters
            Code generation is reviewable in a diff; side effects are not. A new dependency, a push or a \
            deployment triggered by injected text reaches users before anyone reads it. Keeping these \
            behind a prompt separates what the agent writes from what it does.

            ## How to fix
            Move installs and commits to `ask`, pushes to `ask` or `deny`, and deny deployments and \
            network tools (or allow only the domains you need). Each finding names the rule that granted \
            the operation and the setting to use instead.

            ## References
            - Claude Code permissions: https://code.claude.com/docs/en/permissions
            - VS Code terminal auto-approve: https://code.visualstudio.com/docs/agents/approvals
            - Gemini CLI configuration: https://geminicli.com/docs/reference/configuration
            - CWE-250: Execution with Unnecessary Privileges
            """,
            defaultSeverity: .medium,
            remediation: "Keep installs, commits, pushes and deployments under ask or deny.",
            examples: [
                Example(.triggers, path: ".claude/settings.json", """
                {
                  "permissions": {
                    "allow": [
                      "Bash(npm run test:*)",
                      "Bash(npm install:*)", // <-
                      "Bash(git push:*)" // <-
                    ]
                  }
                }
                """, commentPrefix: "//"),
                Example(.triggers, path: ".vscode/settings.json", """
                {
                  "chat.tools.terminal.autoApprove": {
                    "git status": true,
                    "/^(vercel|fly) deploy/": true // <-
                  }
                }
                """, commentPrefix: "//"),
                Example(.triggers, path: ".gemini/settings.json", """
                {"tools": {"allowed": ["run_shell_command(pip install)"]}} // <-
                """),
                Example(.clean, path: ".claude/settings.json", """
                {
                  "permissions": {
                    "allow": ["Bash(npm:*)"],
                    "ask": ["Bash(npm install:*)", "Bash(npm i:*)", "Bash(npm add:*)"],
                    "deny": ["Bash(npm publish:*)"]
                  }
                }
                """),
                Example(.clean, path: ".vscode/settings.json", """
                {
                  "chat.tools.terminal.autoApprove": { "npm run test": true, "npm install": false }
                }
                """),
            ])

    static let operations: Set<SideEffect> = [.packageInstall, .gitCommit, .gitPush, .deploy, .networkFetch, .writeOutsideWorkspace]

    func check(_ doc: AgentDocument, context: RuleContext) -> [Finding] {
        // Rules that grant every command belong to agent-unrestricted-shell.
        let catchAll = Set(doc.grants.filter { $0.operation == .arbitraryShell }.map { "\($0.keyPath):\($0.line)" })
        var byRule: [String: [PermissionGrant]] = [:]
        var order: [String] = []
        for g in doc.grants where Self.operations.contains(g.operation) && !catchAll.contains("\(g.keyPath):\(g.line)") {
            let key = g.keyPath + "\u{0}" + g.grantedBy + "\u{0}\(g.line)"
            if byRule[key] == nil { order.append(key) }
            byRule[key, default: []].append(g)
        }
        return order.compactMap { key in
            guard let grants = byRule[key], let g = grants.first else { return nil }
            var ops: [SideEffect] = []
            var examples: [String] = []
            for x in grants where !ops.contains(x.operation) {
                ops.append(x.operation)
                examples.append("\(x.operation.title) (`\(x.example ?? x.grantedBy)`)")
            }
            let severity: Severity = ops.contains(.gitPush) || ops.contains(.deploy) ? .high
                : (ops == [.gitCommit] ? .low : .medium)
            return Finding(rule: description, message: Self.message(g, examples), location: AgentRuleSupport.location(context, g),
                           severity: severity, remediation: g.saferSetting, anchor: g.keyPath + g.grantedBy,
                           properties: ["agent": g.product.rawValue, "operations": ops.map(\.rawValue).joined(separator: ","),
                                        "grantedBy": g.grantedBy])
        }
    }
}

extension SideEffectAutoApprovedRule {
    static func message(_ g: PermissionGrant, _ examples: [String]) -> String {
        "`\(g.grantedBy)` lets \(g.product.displayName) run \(AgentRuleSupport.list(examples)) without approval"
    }
}
