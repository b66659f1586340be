import BulwarkFormats

/// Computes which side effects an agent configuration lets run without approval.
public enum PermissionEngine {
    /// Every grant in one configuration (or in several files of one agent, merged by the caller).
    public static func grants(_ s: AgentSettings, path: String) -> [PermissionGrant] {
        grants(s, ownPath: path, rulesFrom: [(s, path)])
    }

    /// Grants of `s`, with permission rules taken from several files of the same agent, so a deny in
    /// one file beats an allow in another as the agent merges them.
    public static func grants(_ s: AgentSettings, path: String, mergedRules: [(AgentSettings, String)]) -> [PermissionGrant] {
        grants(s, ownPath: path, rulesFrom: mergedRules).filter { $0.path == path }
    }

    static func grants(_ s: AgentSettings, ownPath path: String, rulesFrom sources: [(AgentSettings, String)]) -> [PermissionGrant] {
        var out: [PermissionGrant] = []
        func grant(_ op: SideEffect, _ example: String?, _ by: String, _ mark: ConfigMark, _ p: String, safer: String) {
            out.append(PermissionGrant(product: s.product, operation: op, example: example, grantedBy: by, path: p,
                                       keyPath: mark.keyPath, line: mark.line, column: mark.column, saferSetting: safer))
        }
        var allRules: [PermissionRule] = []
        var rulePath: [ConfigMark: String] = [:]
        for (settings, p) in sources {
            for r in settings.rules { allRules.append(r); rulePath[r.mark] = p }
        }

        // 1. Bypass modes.
        for m in bypassModes(s) {
            var by = "\(m.key): \(m.value)"
            if m.key == "approval_policy" { by += " with sandbox_mode: \(s.mode("sandbox_mode")?.value ?? "default")" }
            grant(.bypassMode, nil, by, m.mark, path, safer: saferMode(s.product, m))
        }

        // Codex: no command rules; the approval policy and the sandbox decide.
        if s.product == .codex, let ap = s.mode("approval_policy") {
            let approval = ap.value.lowercased()
            let sandbox = s.mode("sandbox_mode")?.value.lowercased() ?? "read-only"
            let network = s.mode("sandbox_workspace_write.network_access")
            let unprompted = approval == "never" || approval == "on-failure"
            if unprompted && sandbox == "danger-full-access" && approval == "on-failure" {
                grant(.bypassMode, nil, "approval_policy: on-failure with sandbox_mode: danger-full-access", ap.mark, path,
                      safer: saferMode(.codex, ap))
            } else if unprompted && sandbox == "workspace-write" {
                grant(.gitCommit, "git commit -m update", "approval_policy: \(ap.value) (sandboxed)", ap.mark, path,
                      safer: "`approval_policy = \"on-request\"`")
                if let n = network, n.value == "true" {
                    for op in [SideEffect.packageInstall, .gitPush, .deploy, .networkFetch] {
                        grant(op, op.sampleCommands.first, "approval_policy: \(ap.value) with sandbox_workspace_write.network_access = true",
                              n.mark, path, safer: "`network_access = false` in `[sandbox_workspace_write]`, or `approval_policy = \"on-request\"`")
                    }
                }
            }
            if sandbox == "danger-full-access" && !unprompted, let sb = s.mode("sandbox_mode") {
                grant(.writeOutsideWorkspace, "any path", "sandbox_mode: danger-full-access", sb.mark, path,
                      safer: "`sandbox_mode = \"workspace-write\"` (network off)")
            }
        }

        // 2. Shell commands, evaluated per operation with the agent's own matching and precedence.
        let terminalRulesOff = s.product == .vscode && s.mode("chat.tools.terminal.enableAutoApprove")?.value == "false"
        if !terminalRulesOff {
            for op in SideEffect.shellOperations {
                var seenRules = Set<ConfigMark>()
                for cmd in op.sampleCommands {
                    guard let (d, r) = RuleMatcher.decide(cmd, rules: allRules), d == .allow, seenRules.insert(r.mark).inserted else { continue }
                    grant(op, cmd, r.text, r.mark, rulePath[r.mark] ?? path, safer: saferShellRule(s.product, op, r))
                }
            }
        }

        // 3. Tool rules: web fetch, writes outside the workspace, whole MCP servers.
        for r in allRules where r.decision == .allow {
            let p = rulePath[r.mark] ?? path
            switch r.syntax {
            case .claudeCode:
                let (tool, spec) = RuleMatcher.split(r.text)
                if tool == "WebFetch", spec == nil || spec == "*" || spec == "domain:*" {
                    guard !allRules.contains(where: { $0.decision != .allow && RuleMatcher.split($0.text).tool == "WebFetch" && RuleMatcher.split($0.text).spec == nil }) else { continue }
                    grant(.networkFetch, "WebFetch(https://any.example)", r.text, r.mark, p,
                          safer: "allow only the domains you need, e.g. `WebFetch(domain:docs.example.com)`, or move `WebFetch` to `ask`")
                }
                if ["Edit", "Write", "MultiEdit", "NotebookEdit"].contains(tool), let spec, isOutsideWorkspace(spec) {
                    grant(.writeOutsideWorkspace, "\(tool)(\(spec))", r.text, r.mark, p,
                          safer: "limit edits to the project, e.g. `Edit(./src/**)`, and remove `\(r.text)`")
                }
                if tool.hasPrefix("mcp__") {
                    let parts = tool.dropFirst(5).components(separatedBy: "__")
                    if parts.count == 1 || parts.last == "*" || parts.first == "*" {
                        grant(.mcpAutoApproved, tool, r.text, r.mark, p,
                              safer: "allow only the read-only tools of the server by name (`mcp__\(parts.first ?? "server")__<tool>`) and leave the others to `ask`")
                    }
                }
            case .cursorCLI:
                let (tool, spec) = RuleMatcher.split(r.text)
                if tool == "Write", let spec, isOutsideWorkspace(spec) {
                    grant(.writeOutsideWorkspace, r.text, r.text, r.mark, p, safer: "limit writes to the project, e.g. `Write(src/**)`")
                }
                if tool == "Mcp", let spec, spec.split(separator: ",").last.map({ $0.trimmingSpaces() == "*" }) ?? false {
                    grant(.mcpAutoApproved, r.text, r.text, r.mark, p, safer: "list the read-only MCP tools by name: `Mcp(server, tool)`")
                }
            case .cursorAllowlist:
                if r.text.hasPrefix("mcp:"), r.text.hasSuffix("*") {
                    grant(.mcpAutoApproved, String(r.text.dropFirst(4)), String(r.text.dropFirst(4)), r.mark, p,
                          safer: "list the read-only MCP tools by name in `mcpAllowlist`")
                }
            case .vscodeURL:
                if r.text == "*" || r.text == "https://*" || r.text == "http://*" || r.text == "**" {
                    grant(.networkFetch, "fetch https://any.example", r.text, r.mark, p,
                          safer: "approve only the domains the project needs in `chat.tools.urls.autoApprove`")
                }
            case .geminiCLI:
                let (tool, _) = RuleMatcher.split(r.text)
                if tool == "web_fetch" || tool == "WebFetchTool" {
                    grant(.networkFetch, "web_fetch", r.text, r.mark, p, safer: "remove `\(r.text)` from `tools.allowed` so fetches ask first")
                }
            default: break
            }
        }
        for d in s.additionalDirectories where isBroadDirectory(d.value) {
            grant(.writeOutsideWorkspace, d.value, "additionalDirectories: \(d.value)", d.mark, path,
                  safer: "list only the sibling folders the agent needs, never `/` or the home folder")
        }

        // 4. Hooks that fetch from the network or run downloaded code.
        for h in s.hooks {
            if let why = HookAnalysis.risk(h.command) {
                grant(.hookCommand, h.command, "\(h.event) hook (\(why))", h.mark, path,
                      safer: "keep hooks to local formatters and checks; fetch nothing and install nothing in a hook")
            }
        }

        // 5. MCP servers that start or run tools without approval.
        if let m = s.mode("enableAllProjectMcpServers"), m.value == "true" {
            grant(.mcpAutoApproved, "every server in .mcp.json", "enableAllProjectMcpServers: true", m.mark, path,
                  safer: "set `enableAllProjectMcpServers` to false and list reviewed servers in `enabledMcpjsonServers`")
        }
        for srv in s.mcpServers where !srv.disabled {
            if let t = srv.trust, t.value == "true" {
                grant(.mcpAutoApproved, "every tool of `\(srv.name)`", "mcpServers.\(srv.name).trust: true", t.mark, path,
                      safer: "remove `trust: true` so each tool call of `\(srv.name)` asks first, or use `includeTools` for read-only tools")
            }
            if !srv.autoApprove.isEmpty {
                let names = srv.autoApprove.map(\.value)
                let first = srv.autoApprove[0]
                grant(.mcpAutoApproved, names.prefix(5).joined(separator: ", "), "\(first.mark.keyPath.components(separatedBy: "[").first ?? "autoApprove"): [\(names.prefix(5).joined(separator: ", "))\(names.count > 5 ? ", ..." : "")]",
                      first.mark, path, safer: "empty the auto-approve list of `\(srv.name)` or keep only read-only tools in it")
            }
        }
        return out
    }

    /// Settings that switch approvals off altogether.
    public static func bypassModes(_ s: AgentSettings) -> [ModeSetting] {
        var out: [ModeSetting] = []
        for m in s.modes {
            let v = m.value.lowercased()
            switch m.key {
            case "permissions.defaultMode":
                if v == "bypasspermissions" { out.append(m) }
            case "chat.tools.autoApprove", "chat.tools.global.autoApprove":
                if v == "true" { out.append(m) }
            case "chat.permissions.default":
                if v.contains("bypass") || v.contains("autopilot") || v.contains("yolo") { out.append(m) }
            case "general.defaultApprovalMode", "approvalMode":
                if v == "yolo" { out.append(m) }
            case "yolo":
                if v == "true" { out.append(m) }
            case "approval_policy":
                // `never` with full access is a bypass; with the workspace sandbox (the default in a
                // trusted repository) every command still runs unreviewed inside it.
                let sandbox = s.mode("sandbox_mode")?.value.lowercased()
                if v == "never", sandbox != "read-only" { out.append(m) }
            case "tools.autoAccept", "autoAccept":
                if v == "true" { out.append(m) }
            default: break
            }
        }
        if s.product == .claudeCode, s.mode("permissions.disableBypassPermissionsMode")?.value == "disable" {
            out.removeAll { $0.key == "permissions.defaultMode" }
        }
        return out
    }

    static func saferMode(_ p: AgentProduct, _ m: ModeSetting) -> String {
        switch m.key {
        case "permissions.defaultMode": "`\"defaultMode\": \"default\"` (or `acceptEdits` for code edits only), plus `\"disableBypassPermissionsMode\": \"disable\"`"
        case "chat.tools.autoApprove", "chat.tools.global.autoApprove": "`\"\(m.key)\": false`, with reviewed `chat.tools.terminal.autoApprove` entries for read-only commands"
        case "chat.permissions.default": "`\"chat.permissions.default\": \"default\"`"
        case "approval_policy": "`approval_policy = \"on-request\"` with `sandbox_mode = \"workspace-write\"`"
        default: "the default approval mode (`\"general.defaultApprovalMode\": \"default\"`) and `\"security\": {\"disableYoloMode\": true}`"
        }
    }

    static func saferShellRule(_ p: AgentProduct, _ op: SideEffect, _ r: PermissionRule) -> String {
        let what: String
        switch op {
        case .arbitraryShell: what = "allow only the read-only and test commands you need by name"
        case .packageInstall: what = "move package additions to ask so that a person approves each new dependency"
        case .gitCommit: what = "move commits to ask"
        case .gitPush: what = "move pushes to ask (or deny)"
        case .deploy: what = "deny deployments and releases; run them from reviewed CI"
        case .networkFetch: what = "deny curl/wget, or allow only the hosts you need"
        default: what = "narrow the rule"
        }
        switch r.syntax {
        case .claudeCode: return "\(what): replace `\(r.text)` in `allow` with narrow rules such as `Bash(npm run test:*)`, and put e.g. `\(claudeAskExample(op))` in `ask`"
        case .vscodeTerminal: return "\(what): set `\"\(r.text)\": false` or narrow it to a read-only command"
        case .geminiCLI: return "\(what): remove `\(r.text)` from `tools.allowed` and add the risky commands to `tools.exclude`"
        case .cursorCLI, .cursorAllowlist: return "\(what): remove `\(r.text)` from the allowlist and add e.g. `Shell(curl)` to `deny`"
        default: return what
        }
    }

    static func claudeAskExample(_ op: SideEffect) -> String {
        switch op {
        case .packageInstall: "Bash(npm install:*)"
        case .gitCommit: "Bash(git commit:*)"
        case .gitPush: "Bash(git push:*)"
        case .deploy: "Bash(vercel:*)"
        case .networkFetch: "Bash(curl:*)"
        default: "Bash"
        }
    }

    /// Paths in Edit/Write rules that reach outside the project: absolute (`//`), home (`~`), parent (`..`).
    static func isOutsideWorkspace(_ spec: String) -> Bool {
        spec.hasPrefix("//") || spec.hasPrefix("~") || spec.hasPrefix("../") || spec == ".." || spec.hasPrefix("/**")
            || spec == "/" || spec.hasPrefix("$HOME")
    }

    static func isBroadDirectory(_ d: String) -> Bool {
        let t = d.hasSuffix("/") && d.count > 1 ? String(d.dropLast()) : d
        return ["/", "~", "$HOME", "//", "/home", "/Users", "C:\\", "C:/"].contains(t)
    }
}

/// What makes a hook command risky: fetching from the network or running downloaded code.
public enum HookAnalysis {
    /// A short reason, or nil for local commands (formatters, linters, tests).
    public static func risk(_ command: String) -> String? {
        let c = " " + command.lowercased() + " "
        let pipeToShell = (c.contains("curl ") || c.contains("wget ") || c.contains("iwr ") || c.contains("invoke-webrequest"))
            && (c.contains("| sh") || c.contains("| bash") || c.contains("|sh") || c.contains("|bash") || c.contains("| iex") || c.contains("| python"))
        if pipeToShell { return "downloads and runs a script" }
        for t in [" curl ", " wget ", " nc ", " ncat ", " invoke-webrequest", " iwr ", " scp ", " rsync ", "http://", "https://", " ssh "] where c.contains(t) {
            return "network access: `\(t.trimmingSpaces())`"
        }
        for t in ["npx -y", "npx --yes", "npm install", "npm i ", "pip install", "uvx ", "pipx run", "bunx ", "pnpm dlx"] where c.contains(t) {
            return "installs or runs a package: `\(t.trimmingSpaces())`"
        }
        for t in ["bash -c", "sh -c", "eval ", "base64 -d", "base64 --decode"] where c.contains(t) {
            return "runs constructed shell code: `\(t.trimmingSpaces())`"
        }
        return nil
    }
}
