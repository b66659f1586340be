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
            let derived = derivedShellSamples(allRules)
            for op in SideEffect.shellOperations {
                var seenRules = Set<ConfigMark>()
                for cmd in op.sampleCommands + (op == .arbitraryShell ? derived : []) {
                    guard let (d, r) = RuleMatcher.decide(cmd, rules: allRules), d == .allow, seenRules.insert(r.mark).inserted else { continue }
                    // A Gemini policy `*` allow approves every tool: reported once, as a bypass.
                    if r.syntax == .geminiPolicy && RuleMatcher.split(r.text).tool == "*" && RuleMatcher.split(r.text).spec == nil { continue }
                    // So does a Continue CLI `allow: ["*"]`.
                    if r.syntax == .continueCLI && r.text.trimmingSpaces() == "*" { continue }
                    grant(op, cmd, r.text, r.mark, rulePath[r.mark] ?? path, safer: saferShellRule(s.product, op, r))
                }
            }
        }

        // 3. Tool rules: web fetch, writes outside the workspace, whole MCP servers.
        // Gemini policies: the highest priority of an unconditional deny or ask rule per tool name.
        var geminiBlocks: [String: Int] = [:]
        for o in allRules where o.syntax == .geminiPolicy && o.decision != .allow {
            let (tool, spec) = RuleMatcher.split(o.text)
            if spec == nil { geminiBlocks[tool] = max(geminiBlocks[tool] ?? Int.min, o.priority ?? 0) }
        }
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
            case .zedTerminal:
                // Non-terminal Zed tools: `tool:fetch` (any URL) and `tool:mcp:<server>:<tool>` approved by default.
                guard r.text.hasPrefix("tool:"), !r.text.hasSuffix(")") else { break }
                let name = String(r.text.dropFirst(5))
                let overruled = allRules.contains { $0.syntax == .zedTerminal && $0.decision != .allow && $0.text.hasPrefix(r.text + "(") && ($0.text.hasSuffix("(.*)") || $0.text.hasSuffix("(^)")) }
                if overruled { break }
                if name == "fetch" {
                    grant(.networkFetch, "fetch https://any.example", "\(r.mark.keyPath): allow", r.mark, p,
                          safer: "set the `fetch` tool's `default` to `confirm` and add `always_allow` patterns for the hosts you need")
                } else if name.hasPrefix("mcp:") {
                    let parts = name.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                    let server = parts.count > 1 ? parts[1] : "?"
                    let toolName = parts.count > 2 ? parts[2...].joined(separator: ":") : "*"
                    let wholeServer = toolName == "*" || toolName.isEmpty
                    var g = PermissionGrant(product: s.product, operation: .mcpAutoApproved,
                                            example: wholeServer ? "every tool of `\(server)`" : "`\(toolName)`",
                                            grantedBy: "\(r.mark.keyPath): allow", path: p, keyPath: r.mark.keyPath, line: r.mark.line, column: r.mark.column,
                                            saferSetting: "keep `default: confirm` for MCP tools that change anything; allow only read-only tools by name")
                    g.readOnlyTools = !wholeServer && MCPToolNames.isReadOnly(toolName)
                    out.append(g)
                }
            case .geminiCLI:
                let (tool, _) = RuleMatcher.split(r.text)
                if tool == "web_fetch" || tool == "WebFetchTool" {
                    grant(.networkFetch, "web_fetch", r.text, r.mark, p, safer: "remove `\(r.text)` from `tools.allowed` so fetches ask first")
                }
            case .geminiPolicy:
                let (tool, spec) = RuleMatcher.split(r.text)
                // Overruled when a deny or ask rule for the same tool has an equal or higher priority.
                let top = max(geminiBlocks[tool] ?? Int.min, geminiBlocks["*"] ?? Int.min)
                if top >= (r.priority ?? 0) { break }
                if tool == "*" && spec == nil && r.server == nil {
                    grant(.bypassMode, nil, "toolName = \"*\", decision = \"allow\", priority = \(r.priority ?? 0)", r.mark, p,
                          safer: "allow only named read-only tools and shell prefixes; leave `run_shell_command`, `write_file` and MCP tools to `ask_user`")
                }
                if tool == "web_fetch" && spec == nil {
                    grant(.networkFetch, "web_fetch", r.text, r.mark, p, safer: "set `decision = \"ask_user\"` for `web_fetch`, or limit it with `argsPattern` to the domains you need")
                }
                if tool.hasPrefix("mcp_") {
                    let wholeServer = tool == "mcp_*" || tool.hasSuffix("_*") || tool == "mcp_\(r.server ?? "")_*"
                    let toolName = r.server.map { srv in String(tool.dropFirst(("mcp_" + srv + "_").count)) } ?? tool
                    let readOnly = !wholeServer && MCPToolNames.isReadOnly(toolName)
                    var g = PermissionGrant(product: s.product, operation: .mcpAutoApproved,
                                            example: wholeServer ? "every tool of `\(r.server ?? tool)`" : "`\(toolName)`",
                                            grantedBy: r.text, path: p, keyPath: r.mark.keyPath, line: r.mark.line, column: r.mark.column,
                                            saferSetting: wholeServer ? "name the read-only tools of the server with `mcpName` + `toolName` and leave the others to `ask_user`"
                                                : "keep `decision = \"ask_user\"` for tools that change anything")
                    g.readOnlyTools = readOnly
                    out.append(g)
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
                let readOnly = srv.url == nil && names.allSatisfy { $0 != "*" && MCPToolNames.isReadOnly($0) }
                defer { out[out.count - 1].readOnlyTools = readOnly }
                grant(.mcpAutoApproved, names.prefix(5).joined(separator: ", "), "\(first.mark.keyPath.components(separatedBy: "[").first ?? "autoApprove"): [\(names.prefix(5).joined(separator: ", "))\(names.count > 5 ? ", ..." : "")]",
                      first.mark, path, safer: "empty the auto-approve list of `\(srv.name)` or keep only read-only tools in it")
            }
        }
        return out
    }

    /// Commands that run whatever follows them. Allowing such a prefix allows every command:
    /// `Bash(find:*)` (`find . -exec sh -c ...`), `Bash(xargs:*)`, `Bash(env:*)`, `Bash(FOO=1 uv run:*)`.
    /// Returns one sample per allow rule whose literal prefix is such a runner, built so that the
    /// rule matches it (deny and ask rules still take precedence when the samples are decided).
    static func derivedShellSamples(_ rules: [PermissionRule]) -> [String] {
        var out: [String] = []
        for r in rules where r.decision == .allow {
            guard let p = literalPrefix(r), let sample = runnerSample(p) else { continue }
            if !out.contains(sample) { out.append(sample) }
            if out.count >= 64 { break }
        }
        return out
    }

    /// The command prefix a rule allows, when it is a plain prefix.
    static func literalPrefix(_ r: PermissionRule) -> String? {
        let (tool, spec) = RuleMatcher.split(r.text)
        switch r.syntax {
        case .claudeCode:
            guard tool == "Bash", var sp = spec else { return nil }
            if sp.hasSuffix(":*") { sp = String(sp.dropLast(2)) }
            else if sp.hasSuffix(" *") { sp = String(sp.dropLast(2)) }
            else if sp.hasSuffix("*") { sp = String(sp.dropLast()) }
            else { return nil }
            return sp.contains("*") || sp.isEmpty ? nil : sp
        case .cursorCLI:
            guard tool == "Shell", let sp = spec, !sp.contains("*") else { return nil }
            return sp.replacingColons()
        case .cursorAllowlist, .vscodeTerminal:
            guard !r.text.hasPrefix("mcp:"), !r.text.hasPrefix("/"), !r.text.contains("*") else { return nil }
            return r.text
        case .geminiCLI, .geminiPolicy:
            guard tool == "run_shell_command" || tool == "ShellTool", let sp = spec, !sp.hasPrefix("re:"), !sp.hasPrefix("args:") else { return nil }
            return sp
        case .continueCLI:
            guard tool == "Bash", var sp = spec, sp.hasSuffix("*") else { return nil }
            sp = String(sp.dropLast()).trimmingSpaces()
            return sp.contains("*") || sp.isEmpty ? nil : sp
        case .zedTerminal:
            return regexLiteralPrefix(r.text)
        case .openCode:
            guard r.text.hasSuffix("*") else { return nil }
            let sp = String(r.text.dropLast()).trimmingSpaces()
            return sp.contains("*") || sp.contains("?") || sp.isEmpty ? nil : sp
        default:
            return nil
        }
    }

    /// The literal command prefix of an anchored Zed pattern (`^find\s` is `find`, `^npm\s+(install|test)` is
    /// `npm`), nil when the pattern is not anchored or starts with a construct.
    public static func regexLiteralPrefix(_ pattern: String) -> String? {
        guard pattern.hasPrefix("^"), !pattern.hasPrefix("tool:") else { return nil }
        var out = ""
        var chars = Array(pattern.dropFirst().prefix(256))[...]
        while let c = chars.first {
            if c == "\\" {
                guard chars.count >= 2 else { break }
                let n = chars[chars.startIndex + 1]
                if n == "s" || n == " " {
                    out.append(" ")
                    chars = chars.dropFirst(2)
                    if let q = chars.first, q == "+" || q == "*" { chars = chars.dropFirst() }
                    continue
                }
                if n == "b" { break }
                if ".-/_".contains(n) { out.append(n); chars = chars.dropFirst(2); continue }
                break
            }
            if c.isLetter || c.isNumber || c == "-" || c == "_" || c == "/" || c == " " || c == "=" {
                out.append(c); chars = chars.dropFirst(); continue
            }
            break
        }
        // A quantifier after the last literal applies to it alone: drop that character.
        if let q = chars.first, q == "?" || q == "*" || q == "{" { out = String(out.dropLast()) }
        let t = out.trimmingSpaces()
        return t.isEmpty ? nil : t
    }

    static let passThrough: Set<String> = ["xargs", "env", "nohup", "timeout", "time", "nice", "sudo", "doas", "watch", "exec",
                                           "command", "builtin", "stdbuf", "strace", "ltrace", "flock", "unbuffer", "parallel", "setsid"]
    static let runners: Set<String> = ["uv run", "poetry run", "pipenv run", "pdm run", "hatch run", "rye run", "pixi run", "conda run",
                                       "npm exec", "pnpm exec", "yarn exec", "bun x", "nix-shell --run", "mise exec", "asdf exec", "direnv exec"]
    static let interpreters: [String: String] = ["bash": "-c id", "sh": "-c id", "zsh": "-c id", "dash": "-c id", "ksh": "-c id",
                                                 "fish": "-c id", "python": "-c x", "python3": "-c x", "node": "-e x", "deno": "eval x",
                                                 "bun": "-e x", "perl": "-e x", "ruby": "-e x", "php": "-r x", "pwsh": "-Command x",
                                                 "powershell": "-Command x", "osascript": "-e x", "lua": "-e x"]

    /// A command that starts with `prefix` and runs arbitrary code, or nil when the prefix is narrow.
    static func runnerSample(_ prefix: String) -> String? {
        var words = prefix.split(separator: " ").map(String.init)
        // Leading environment assignments (`PYTHONPATH=. uv run`) change nothing about what runs.
        while let w = words.first, let eq = w.firstIndex(of: "="), eq != w.startIndex,
              w[..<eq].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            words.removeFirst()
        }
        guard let first = words.first else { return nil }
        let base = first.split(separator: "/").last.map(String.init) ?? first
        // `find` runs any program through -exec / -execdir / -ok, whatever comes before.
        if base == "find" || base == "fd" { return prefix + (base == "fd" ? " -x sh -c id" : " -exec sh -c id ;") }
        if passThrough.contains(base) { return prefix + " sh -c id" }
        // Options only after the runner or interpreter: `uv run --with x`, `python3 -u`.
        let rest = words.dropFirst()
        if let flag = interpreters[base], rest.allSatisfy({ $0.hasPrefix("-") && $0 != "-m" }) { return prefix + " " + flag }
        if words.count >= 2, runners.contains(base + " " + words[1]), words.dropFirst(2).allSatisfy({ $0.hasPrefix("-") }) {
            return prefix + " bash -c id"
        }
        return nil
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
                // Gemini CLI accepts only the tool calls it deems read-only: not a bypass of approvals.
                break
            case "agent.always_allow_tool_actions":
                if v == "true" { out.append(m) }
            case "agent.tool_permissions.default":
                // Every tool without its own default is approved, the terminal included unless it confirms.
                let terminal = s.mode("agent.tool_permissions.tools.terminal.default")?.value.lowercased()
                if v == "allow", terminal == nil || terminal == "allow" { out.append(m) }
            case "continue.permissions.allow":
                if v == "*" { out.append(m) }
            case "aider.yes-always":
                if v == "true" { out.append(m) }
            case "opencode.permission":
                if v == "allow" { out.append(m) }
            case "opencode.permission.*":
                // Recorded only when `bash` has no entry of its own: every tool, the shell included, is approved.
                if v == "allow" { out.append(m) }
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
        case "agent.always_allow_tool_actions": "`\"always_allow_tool_actions\": false` (Zed before v0.224), or `agent.tool_permissions` with `\"default\": \"confirm\"` and `always_allow` patterns for read-only commands"
        case "agent.tool_permissions.default": "`\"tool_permissions\": {\"default\": \"confirm\"}` with `always_allow` patterns for read-only commands and `always_deny` for pushes, publishes and network tools"
        case "continue.permissions.allow": "remove `*` from `allow` in permissions.yaml; allow the read-only tools by name and leave `Bash`, `Write` and `Edit` in `ask`"
        case "opencode.permission", "opencode.permission.*": "`\"permission\": {\"*\": \"ask\"}` in opencode.json, with `allow` only for read-only tools and named read-only commands under `bash`"
        case "aider.yes-always": "`yes-always: false` in .aider.conf.yml (or no `yes-always` at all): Aider then asks before it runs a shell command or adds a file"
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
        case .geminiPolicy: return "\(what): give `\(r.text)` `decision = \"ask_user\"` (or narrow it with `commandPrefix`) and deny the risky commands at a higher `priority`"
        case .cursorCLI, .cursorAllowlist: return "\(what): remove `\(r.text)` from the allowlist and add e.g. `Shell(curl)` to `deny`"
        case .zedTerminal: return r.text == "*" ? "\(what): set the terminal tool's `default` to `confirm` and add `always_allow` patterns for read-only commands"
            : "\(what): remove the pattern `\(r.text)` from `always_allow`, or add an `always_confirm` / `always_deny` pattern for the risky command"
        case .continueCLI: return "\(what): move `\(r.text)` from `allow` to `ask` in permissions.yaml and add e.g. `Bash(git push*)` to `exclude`"
        case .openCode: return r.text == "*" ? "\(what): set `\"bash\": {\"*\": \"ask\"}` in opencode.json's `permission` and allow named read-only commands after it"
            : "\(what): set `\"\(r.text)\": \"ask\"` under `permission.bash`, or add an `ask`/`deny` pattern for the risky command after it (the last match wins)"
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
        if let file = disguisedScript(command) { return "runs a file disguised as data: `\(file)`" }
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

    static let interpreters: Set<String> = ["node", "nodejs", "python", "python3", "bash", "sh", "zsh", "pwsh", "powershell",
                                            "deno", "bun", "ruby", "perl", "php", "osascript", "wscript", "cscript", "mshta"]
    /// Extensions of files that are data, never code: fonts, images, media, text and logs.
    static let dataExtensions: Set<String> = ["woff", "woff2", "ttf", "otf", "eot", "png", "jpg", "jpeg", "gif", "svg", "ico",
                                              "bmp", "webp", "mp3", "mp4", "wav", "pdf", "txt", "log", "dat", "csv", "lock", "map"]

    /// `node public/fonts/fa-brands.woff2`: an interpreter handed a file named as data, the way malicious
    /// repositories hide a loader from a reviewer who reads only the task list.
    public static func disguisedScript(_ command: String) -> String? {
        let words = command.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).prefix(64).map(String.init)
        for (i, w) in words.enumerated() {
            let base = w.split(separator: "/").last.map(String.init)?.split(separator: "\\").last.map(String.init) ?? w
            guard interpreters.contains(base.lowercased()) else { continue }
            // The first operand that is not an option.
            for arg in words.dropFirst(i + 1).prefix(4) {
                var q = Substring(arg)
                while let f = q.first, f == "\"" || f == "'" { q = q.dropFirst() }
                while let l = q.last, l == "\"" || l == "'" || l == ";" { q = q.dropLast() }
                let a = String(q)
                if a.hasPrefix("-") { continue }
                guard let dot = a.lastIndex(of: "."), !a.hasPrefix("http") else { break }
                let ext = a[a.index(after: dot)...].lowercased()
                if dataExtensions.contains(ext) { return "\(base) \(a)" }
                break
            }
        }
        return nil
    }
}
