import BulwarkFormats

/// Least-privilege configurations per agent: code generation and read-only commands allowed;
/// package additions, commits and pushes under ask; deployments, publishing and network tools denied.
/// Existing allow rules that grant no side effect are kept, so the recommendation stays usable.
enum RecommendedPolicy {
    static func q(_ s: String) -> String { CanonicalJSON.quote(s) }

    static func jsonArray(_ items: [String], indent: String) -> String {
        guard !items.isEmpty else { return "[]" }
        return "[\n" + items.map { indent + "  " + q($0) }.joined(separator: ",\n") + "\n" + indent + "]"
    }

    /// Allow rules of the existing files that no grant names (they only cover safe operations).
    /// A rule is kept only when, on its own, it grants nothing: a rule that another file's deny
    /// happened to cover is not kept (the recommendation stands alone), and a rule the recommendation
    /// puts under ask or deny is never also in allow.
    static func keptAllows(_ existing: [(AgentSettings, String)], grants: [PermissionGrant], syntax: PermissionSyntax) -> [String] {
        let risky = Set(grants.map(\.grantedBy))
        let reserved = Set(claudeAsk + claudeDeny)
        var out: [String] = []
        for (s, _) in existing {
            for r in s.rules where r.decision == .allow && r.syntax == syntax && !risky.contains(r.text) && !out.contains(r.text)
                && !reserved.contains(r.text) {
                var alone = AgentSettings(product: s.product, format: s.format)
                alone.rules = [r]
                guard PermissionEngine.grants(alone, path: "-").isEmpty else { continue }
                out.append(r.text)
            }
        }
        return out
    }

    static let claudeAsk = ["Bash(npm install:*)", "Bash(npm i:*)", "Bash(npm add:*)", "Bash(pnpm add:*)", "Bash(yarn add:*)",
                            "Bash(bun add:*)", "Bash(pip install:*)", "Bash(uv add:*)", "Bash(uv pip install:*)", "Bash(poetry add:*)",
                            "Bash(cargo add:*)", "Bash(cargo install:*)", "Bash(go get:*)", "Bash(go install:*)", "Bash(gem install:*)",
                            "Bash(npx:*)", "Bash(git commit:*)", "Bash(git push:*)", "WebFetch"]
    static let claudeDeny = ["Bash(vercel:*)", "Bash(fly:*)", "Bash(flyctl:*)", "Bash(kubectl apply:*)", "Bash(terraform apply:*)",
                             "Bash(gh release:*)", "Bash(npm publish:*)", "Bash(docker push:*)", "Bash(curl:*)", "Bash(wget:*)",
                             "Read(./.env)", "Read(./.env.*)", "Read(~/.ssh/**)", "Read(~/.aws/**)", "Edit(//**)", "Edit(~/**)"]

    static func render(_ p: AgentProduct, existing: [(AgentSettings, String)], grants: [PermissionGrant]) -> RecommendedConfig {
        switch p {
        case .claudeCode:
            let defaults = ["Read", "Edit", "Glob", "Grep", "Bash(git status)", "Bash(git diff:*)", "Bash(git log:*)",
                            "Bash(npm run test:*)", "Bash(npm run lint:*)"]
            var allow = defaults
            for r in keptAllows(existing, grants: grants, syntax: .claudeCode) where !allow.contains(r) && r != "Bash" && r != "Bash(*)" { allow.append(r) }
            let servers = existing.flatMap { $0.0.mcpServers.filter { !$0.disabled }.map(\.name) }
            var text = "{\n  \"permissions\": {\n    \"defaultMode\": \"default\",\n    \"disableBypassPermissionsMode\": \"disable\",\n"
            text += "    \"allow\": \(jsonArray(allow, indent: "    ")),\n"
            text += "    \"ask\": \(jsonArray(claudeAsk, indent: "    ")),\n"
            text += "    \"deny\": \(jsonArray(claudeDeny, indent: "    "))\n  },\n"
            text += "  \"enableAllProjectMcpServers\": false,\n"
            text += "  \"enabledMcpjsonServers\": \(jsonArray(Array(Set(servers)).sorted(), indent: "  "))\n}\n"
            return RecommendedConfig(path: ".claude/settings.json", format: "json", text: text)
        case .cursor:
            var allow = ["Read(**)", "Write(**)", "Shell(ls)", "Shell(cat)", "Shell(grep)", "Shell(rg)"]
            for r in keptAllows(existing, grants: grants, syntax: .cursorCLI) where !allow.contains(r) && r != "Shell(*)" && r != "Shell(**)" { allow.append(r) }
            let deny = ["Shell(curl)", "Shell(wget)", "Shell(vercel)", "Shell(fly)", "Shell(flyctl)", "Shell(kubectl)",
                        "Shell(terraform)", "Read(.env*)", "Write(~/**)", "Write(/**)"]
            let text = "{\n  \"permissions\": {\n    \"allow\": \(jsonArray(allow, indent: "    ")),\n    \"deny\": \(jsonArray(deny, indent: "    "))\n  }\n}\n"
            return RecommendedConfig(path: ".cursor/cli.json", format: "json", text: text)
        case .vscode:
            var entries: [(String, Bool)] = [("git status", true), ("git diff", true), ("git log", true), ("npm run test", true), ("npm run lint", true)]
            for r in keptAllows(existing, grants: grants, syntax: .vscodeTerminal) where !entries.contains(where: { $0.0 == r }) { entries.append((r, true)) }
            for k in ["npm install", "npm i", "npm add", "/^(pnpm|yarn|bun) add\\b/", "pip install", "uv add", "poetry add", "cargo add",
                      "go get", "gem install", "npx", "git commit", "git push", "vercel", "fly", "flyctl", "kubectl", "terraform",
                      "gh release", "npm publish", "docker push", "curl", "wget"] {
                entries.append((k, false))
            }
            var text = "{\n  \"chat.tools.global.autoApprove\": false,\n  \"chat.tools.terminal.enableAutoApprove\": true,\n"
            text += "  \"chat.tools.terminal.autoApprove\": {\n"
            text += entries.map { "    \(q($0.0)): \($0.1)" }.joined(separator: ",\n")
            text += "\n  }\n}\n"
            return RecommendedConfig(path: ".vscode/settings.json", format: "json", text: text)
        case .gemini:
            var allowed = ["run_shell_command(git status)", "run_shell_command(git diff)", "run_shell_command(git log)",
                           "run_shell_command(npm run test)", "run_shell_command(npm run lint)"]
            for r in keptAllows(existing, grants: grants, syntax: .geminiCLI) where !allowed.contains(r) && r != "run_shell_command" { allowed.append(r) }
            let exclude = ["run_shell_command(git push)", "run_shell_command(curl)", "run_shell_command(wget)",
                           "run_shell_command(vercel)", "run_shell_command(kubectl)", "run_shell_command(terraform apply)",
                           "run_shell_command(npm publish)", "web_fetch"]
            let text = "{\n  \"general\": { \"defaultApprovalMode\": \"default\" },\n  \"security\": { \"disableYoloMode\": true },\n  \"tools\": {\n    \"allowed\": \(jsonArray(allowed, indent: "    ")),\n    \"exclude\": \(jsonArray(exclude, indent: "    "))\n  }\n}\n"
            return RecommendedConfig(path: ".gemini/settings.json", format: "json", text: text)
        case .codex:
            let text = """
            # Codex asks before leaving the sandbox; the sandbox writes only the workspace, offline.
            approval_policy = "on-request"
            sandbox_mode = "workspace-write"

            [sandbox_workspace_write]
            network_access = false

            """
            return RecommendedConfig(path: ".codex/config.toml", format: "toml", text: text)
        case .cline, .roo, .windsurf, .genericMCP:
            let servers = existing.flatMap { $0.0.mcpServers }
            var text = "{\n  \"mcpServers\": {\n"
            let key = p == .roo ? "alwaysAllow" : "autoApprove"
            text += servers.map { s in
                "    \(q(s.name)): { \"command\": \(q(s.command?.value ?? "<pinned command>")), \"args\": \(jsonArray(s.args.map(\.value), indent: "      ")), \"\(key)\": [] }"
            }.joined(separator: ",\n")
            text += (servers.isEmpty ? "" : "\n") + "  }\n}\n"
            let path = existing.first?.1 ?? (p == .roo ? ".roo/mcp.json" : (p == .windsurf ? "mcp_config.json" : "cline_mcp_settings.json"))
            return RecommendedConfig(path: path, format: "json", text: text)
        case .zed:
            // Zed v0.224+: confirm by default; read-only and test commands approved by pattern; the rest asks.
            var patterns = ["^git\\s+(status|diff|log)\\b", "^npm\\s+run\\s+(test|lint)\\b"]
            for r in keptAllows(existing, grants: grants, syntax: .zedTerminal) where !patterns.contains(r) && r != "*" && !r.hasPrefix("tool:") { patterns.append(r) }
            let deny = ["^git\\s+push\\b", "^(curl|wget)\\b", "^npm\\s+publish\\b", "^(vercel|kubectl|terraform)\\b"]
            var text = "{\n  \"agent\": {\n    \"always_allow_tool_actions\": false,\n    \"tool_permissions\": {\n      \"default\": \"confirm\",\n"
            text += "      \"tools\": {\n        \"terminal\": {\n          \"default\": \"confirm\",\n"
            text += "          \"always_allow\": [" + patterns.map { "{ \"pattern\": \(q($0)) }" }.joined(separator: ", ") + "],\n"
            text += "          \"always_deny\": [" + deny.map { "{ \"pattern\": \(q($0)) }" }.joined(separator: ", ") + "]\n"
            text += "        }\n      }\n    }\n  }\n}\n"
            return RecommendedConfig(path: ".zed/settings.json", format: "json", text: text)
        case .continueDev:
            let text = """
            # ~/.continue/permissions.yaml (Continue CLI): read-only tools run, edits and shell ask, risky commands are hidden.
            allow:
              - Read
              - List
              - Search
              - Diff
            ask:
              - Write
              - Edit
              - Bash
            exclude:
              - Bash(git push*)
              - Bash(npm publish*)
              - Bash(curl*)
              - Bash(wget*)

            """
            return RecommendedConfig(path: ".continue/permissions.yaml", format: "yaml", text: text)
        case .openCode:
            // opencode.json: everything asks unless named; read-only and test commands allowed; pushes, publishes and
            // network tools denied after them (the last matching pattern wins).
            var allow = ["git status", "git diff*", "git log*", "npm run test*", "npm run lint*"]
            for r in keptAllows(existing, grants: grants, syntax: .openCode) where !allow.contains(r) && r != "*" { allow.append(r) }
            let deny = ["git push*", "npm publish*", "curl *", "wget *"]
            var text = "{\n  \"$schema\": \"https://opencode.ai/config.json\",\n  \"permission\": {\n    \"*\": \"ask\",\n    \"bash\": {\n      \"*\": \"ask\",\n"
            text += (allow.map { "      \(q($0)): \"allow\"" } + deny.map { "      \(q($0)): \"deny\"" }).joined(separator: ",\n")
            text += "\n    },\n    \"webfetch\": \"ask\"\n  }\n}\n"
            return RecommendedConfig(path: "opencode.json", format: "json", text: text)
        case .copilotCLI, .amazonQ, .amp, .aider:
            let flagText: String
            switch p {
            case .copilotCLI: flagText = "copilot --allow-tool 'shell(git status)' --allow-tool 'shell(npm run test)' --deny-tool 'shell(git push)' --deny-tool 'shell(npm publish)'"
            case .amazonQ: flagText = "q chat --trust-tools=fs_read"
            case .amp: flagText = "amp  # without --dangerously-allow-all; approve commands as they come"
            default: flagText = "aider  # without --yes-always; confirm each command and file creation"
            }
            return RecommendedConfig(path: "(command line)", format: "shell", text: flagText + "\n")
        }
    }
}
