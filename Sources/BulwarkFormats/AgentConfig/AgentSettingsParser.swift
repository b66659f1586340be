/// Reads the JSON configuration files of coding agents into `AgentSettings`.
///
/// Every file is parsed as JSONC (comments and trailing commas), as the agents themselves accept.
/// Unknown keys are ignored: agents add settings often, and a scanner must not fail on them.
public enum AgentSettingsParser {
    /// A file that is not valid JSON (or whose top level is not an object), with its position.
    public struct Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var line: Int
        public var column: Int
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// Limits for agent configuration files. They must not be stricter than the agents' own readers
    /// (Node's `JSON.parse` takes any depth and any count): a file Bulwark refuses is a file it did
    /// not check. Depth is bounded like Python's `json` (1,000 levels; the parser keeps its own stack,
    /// so no level costs call stack); the value count is bounded only by the input size (the scanner
    /// reads agent files up to 4 MiB); strings by 4 MiB.
    public static let limits = JSONParser.Limits(maxDepth: 1_000, maxValues: .max, maxStringBytes: 4 << 20,
                                                 allowComments: true)

    /// Parses a JSON agent configuration of a given format.
    public static func parse(_ bytes: [UInt8], product: AgentProduct, format: AgentConfigFormat) throws(Error) -> AgentSettings {
        // Continue's config.yaml, MCP blocks and permissions.yaml are YAML; its deprecated config.json is JSON.
        if format == .continueConfig || format == .continuePermissions,
           bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) != UInt8(ascii: "{") {
            return try ContinueConfigReader.parse(bytes, format: format)
        }
        if format == .aiderConfig { return try AiderConfigReader.parse(bytes) }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes, limits: limits)
        } catch {
            throw Error(message: error.message, line: error.line, column: error.column)
        }
        guard root.members != nil else {
            throw Error(message: "the top level is not a JSON object", line: root.line, column: root.column)
        }
        var s = AgentSettings(product: product, format: format)
        switch format {
        case .claudeSettings: claudeSettings(root, "", &s)
        case .claudeState: claudeState(root, &s)
        case .mcpJSON: s.mcpServers = servers(root["mcpServers"], "mcpServers", product: product)
        case .vscodeMCP:
            s.mcpServers = servers(root["servers"], "servers", product: product)
            if let inputs = root["inputs"]?.array {
                s.inputs = inputs.compactMap { $0["id"]?.string }
            }
        case .vscodeSettings: vscodeSettings(root, &s)
        case .vscodeTasks: vscodeTasks(root, &s)
        case .cursorCLI: cursorCLI(root, &s)
        case .cursorPermissions: cursorPermissions(root, &s)
        case .geminiSettings: geminiSettings(root, &s)
        case .zedSettings: zedSettings(root, &s)
        case .continueConfig: continueJSON(root, &s)
        case .continuePermissions, .aiderConfig: break // YAML only
        case .openCodeConfig: openCode(root, &s)
        case .codexConfig, .geminiPolicy, .cliArguments: break // TOML, see CodexConfigReader and GeminiPolicyReader
        }
        return s
    }

    // MARK: - Helpers

    static func mark(_ node: JSONNode, _ path: String) -> ConfigMark {
        ConfigMark(keyPath: path, line: node.line, column: node.column)
    }

    static func join(_ base: String, _ key: String) -> String {
        let simple = !key.isEmpty && key.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D
        }
        let part = simple ? key : "\"" + key.replacingQuotes() + "\""
        return base.isEmpty ? part : base + "." + part
    }

    /// String items of an array, each with its mark.
    static func strings(_ node: JSONNode?, _ path: String) -> [MarkedString] {
        guard let items = node?.array else {
            if let n = node, let s = n.string { return [MarkedString(s, mark: mark(n, path))] }
            return []
        }
        var out: [MarkedString] = []
        for (i, item) in items.enumerated() {
            if let s = item.string { out.append(MarkedString(s, mark: mark(item, "\(path)[\(i)]"))) }
        }
        return out
    }

    /// A scalar rendered as text (`true`, `"x"` -> `x`, `3`), or nil for containers.
    static func scalarText(_ node: JSONNode) -> String? {
        switch node.value {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .null: return "null"
        default: return nil
        }
    }

    static func addMode(_ node: JSONNode?, key: String, path: String, _ s: inout AgentSettings) {
        guard let node, let text = scalarText(node) else { return }
        s.modes.append(ModeSetting(key: key, value: text, mark: mark(node, path)))
    }

    static func addRules(_ node: JSONNode?, _ decision: PermissionDecision, _ syntax: PermissionSyntax,
                         _ path: String, _ s: inout AgentSettings) {
        for r in strings(node, path) {
            s.rules.append(PermissionRule(decision: decision, text: r.value, syntax: syntax, mark: r.mark))
        }
    }

    // MARK: - Claude Code

    static func claudeSettings(_ root: JSONNode, _ base: String, _ s: inout AgentSettings) {
        if let p = root["permissions"] {
            let pp = join(base, "permissions")
            addRules(p["allow"], .allow, .claudeCode, pp + ".allow", &s)
            addRules(p["ask"], .ask, .claudeCode, pp + ".ask", &s)
            addRules(p["deny"], .deny, .claudeCode, pp + ".deny", &s)
            addMode(p["defaultMode"], key: "permissions.defaultMode", path: pp + ".defaultMode", &s)
            addMode(p["disableBypassPermissionsMode"], key: "permissions.disableBypassPermissionsMode",
                    path: pp + ".disableBypassPermissionsMode", &s)
            s.additionalDirectories += strings(p["additionalDirectories"], pp + ".additionalDirectories")
        }
        // `allowedTools` in ~/.claude.json project entries and old settings files.
        addRules(root["allowedTools"], .allow, .claudeCode, join(base, "allowedTools"), &s)
        addMode(root["enableAllProjectMcpServers"], key: "enableAllProjectMcpServers",
                path: join(base, "enableAllProjectMcpServers"), &s)
        for e in strings(root["enabledMcpjsonServers"], join(base, "enabledMcpjsonServers")) {
            s.modes.append(ModeSetting(key: "enabledMcpjsonServers", value: e.value, mark: e.mark))
        }
        if let hooks = root["hooks"]?.members {
            let hp = join(base, "hooks")
            for ev in hooks {
                let ep = join(hp, ev.key)
                for (i, group) in (ev.value.array ?? []).enumerated() {
                    let gp = "\(ep)[\(i)]"
                    let matcher = group["matcher"]?.string
                    for (j, h) in (group["hooks"]?.array ?? []).enumerated() {
                        guard let cmd = h["command"] else { continue }
                        if let c = cmd.string {
                            s.hooks.append(HookCommand(event: ev.key, matcher: matcher, command: c,
                                                       mark: mark(cmd, "\(gp).hooks[\(j)].command")))
                        }
                    }
                }
            }
        }
        if root["mcpServers"] != nil {
            s.mcpServers += servers(root["mcpServers"], join(base, "mcpServers"), product: .claudeCode)
        }
        if let st = root["statusLine"]?["command"], let c = st.string {
            s.hooks.append(HookCommand(event: "statusLine", matcher: nil, command: c, mark: mark(st, join(base, "statusLine.command"))))
        }
        if let helper = root["apiKeyHelper"], let c = helper.string {
            s.hooks.append(HookCommand(event: "apiKeyHelper", matcher: nil, command: c, mark: mark(helper, join(base, "apiKeyHelper"))))
        }
    }

    static func claudeState(_ root: JSONNode, _ s: inout AgentSettings) {
        claudeSettings(root, "", &s)
        for p in root["projects"]?.members ?? [] {
            claudeSettings(p.value, join("projects", p.key), &s)
        }
    }

    // MARK: - MCP servers (shared by every client)

    static func servers(_ node: JSONNode?, _ path: String, product: AgentProduct) -> [MCPServerConfig] {
        guard let members = node?.members else { return [] }
        var out: [MCPServerConfig] = []
        for m in members {
            let sp = join(path, m.key)
            var srv = MCPServerConfig(name: m.key, mark: ConfigMark(keyPath: sp, line: m.keyLine, column: m.keyColumn))
            let v = m.value
            srv.transport = v["type"]?.string ?? v["transport"]?.string
            if let c = v["command"], let cs = c.string { srv.command = MarkedString(cs, mark: mark(c, sp + ".command")) }
            srv.args = strings(v["args"], sp + ".args")
            for key in ["url", "serverUrl", "httpUrl", "uri"] {
                if let u = v[key], let us = u.string { srv.url = MarkedString(us, mark: mark(u, sp + "." + key)); break }
            }
            for e in v["env"]?.members ?? [] {
                if let t = scalarText(e.value), e.value.members == nil {
                    srv.env.append((e.key, MarkedString(t, mark: mark(e.value, join(sp + ".env", e.key)))))
                }
            }
            for e in v["headers"]?.members ?? [] {
                if let t = scalarText(e.value) {
                    srv.headers.append((e.key, MarkedString(t, mark: mark(e.value, join(sp + ".headers", e.key)))))
                }
            }
            srv.autoApprove = strings(v["autoApprove"], sp + ".autoApprove") + strings(v["alwaysAllow"], sp + ".alwaysAllow")
            if let t = v["trust"], let text = scalarText(t) { srv.trust = MarkedString(text, mark: mark(t, sp + ".trust")) }
            srv.disabled = v["disabled"]?.bool == true || v["enabled"]?.bool == false
            out.append(srv)
        }
        return out
    }

    // MARK: - VS Code

    /// Tasks of `.vscode/tasks.json` that run when the folder opens (`runOptions.runOn: "folderOpen"`),
    /// as hooks: the command with its arguments, and each platform override (`windows`, `linux`, `osx`)
    /// as a command of its own, since attackers hide the payload in the platform they target.
    static func vscodeTasks(_ root: JSONNode, _ s: inout AgentSettings) {
        func words(_ node: JSONNode?) -> [String] {
            guard let node else { return [] }
            if let str = node.string { return [str] }
            // An argument may be `{"value": "...", "quoting": "strong"}`.
            return (node.array ?? []).prefix(256).compactMap { $0.string ?? $0["value"]?.string }
        }
        for (i, task) in (root["tasks"]?.array ?? []).prefix(4_096).enumerated() {
            guard task["runOptions"]?["runOn"]?.string == "folderOpen" else { continue }
            let label = task["label"]?.string ?? task["script"]?.string ?? "#\(i + 1)"
            let tp = "tasks[\(i)]"
            var variants: [(node: JSONNode, path: String)] = [(task, tp)]
            for os in ["windows", "linux", "osx"] {
                if let o = task[os], o.members != nil { variants.append((o, "\(tp).\(os)")) }
            }
            for v in variants {
                var parts = words(v.node["command"])
                if parts.isEmpty, v.path == tp, task["type"]?.string == "npm", let script = task["script"]?.string {
                    parts = ["npm run", script]
                }
                guard !parts.isEmpty else { continue }
                parts += words(v.node["args"] ?? (v.path == tp ? nil : task["args"]))
                let anchor = v.node["command"] ?? task
                s.hooks.append(HookCommand(event: "folderOpen task `\(label)`", matcher: nil,
                                           command: parts.joined(separator: " "),
                                           mark: mark(anchor, v.node["command"] == nil ? tp : "\(v.path).command")))
            }
        }
    }

    static func vscodeSettings(_ root: JSONNode, _ s: inout AgentSettings) {
        for m in root.members ?? [] {
            let path = join("", m.key)
            switch m.key {
            case "chat.tools.autoApprove", "chat.tools.global.autoApprove", "chat.tools.terminal.enableAutoApprove",
                 "chat.permissions.default", "chat.agent.sandbox.enabled", "chat.mcp.autostart", "chat.tools.edits.autoApprove":
                if m.value.members == nil { addMode(m.value, key: m.key, path: path, &s) }
                else if m.key == "chat.tools.edits.autoApprove" {
                    for e in m.value.members ?? [] where e.value.bool == true {
                        s.rules.append(PermissionRule(decision: .allow, text: "edit:" + e.key, syntax: .vscodeURL,
                                                      mark: ConfigMark(keyPath: join(path, e.key), line: e.keyLine, column: e.keyColumn)))
                    }
                }
            case "chat.tools.terminal.autoApprove":
                for e in m.value.members ?? [] {
                    let decision: PermissionDecision?
                    switch e.value.value {
                    case .bool(true): decision = .allow
                    case .bool(false): decision = .deny
                    case .object:
                        decision = e.value["approve"]?.bool == true ? .allow : (e.value["approve"]?.bool == false ? .deny : nil)
                    default: decision = nil
                    }
                    guard let d = decision else { continue }
                    s.rules.append(PermissionRule(decision: d, text: e.key, syntax: .vscodeTerminal,
                                                  mark: ConfigMark(keyPath: join(path, e.key), line: e.keyLine, column: e.keyColumn)))
                }
            case "chat.tools.urls.autoApprove":
                for e in m.value.members ?? [] {
                    let approve = e.value.bool ?? (e.value.members != nil)
                    guard approve else { continue }
                    s.rules.append(PermissionRule(decision: .allow, text: e.key, syntax: .vscodeURL,
                                                  mark: ConfigMark(keyPath: join(path, e.key), line: e.keyLine, column: e.keyColumn)))
                }
            case "chat.tools.eligibleForAutoApproval":
                for e in m.value.members ?? [] where e.value.bool == true {
                    s.rules.append(PermissionRule(decision: .allow, text: "tool:" + e.key, syntax: .vscodeURL,
                                                  mark: ConfigMark(keyPath: join(path, e.key), line: e.keyLine, column: e.keyColumn)))
                }
            case "mcp":
                s.mcpServers += servers(m.value["servers"], "mcp.servers", product: .vscode)
            default:
                // Roo Code / Kilo Code / Cline command allowlists (`roo-cline.allowedCommands`): prefixes, `*` for all.
                if m.key.hasSuffix(".allowedCommands") {
                    addRules(m.value, .allow, .cursorAllowlist, path, &s)
                } else if m.key.hasSuffix(".deniedCommands") {
                    addRules(m.value, .deny, .cursorAllowlist, path, &s)
                }
            }
        }
    }

    // MARK: - Cursor

    static func cursorCLI(_ root: JSONNode, _ s: inout AgentSettings) {
        guard let p = root["permissions"] else { return }
        addRules(p["allow"], .allow, .cursorCLI, "permissions.allow", &s)
        addRules(p["deny"], .deny, .cursorCLI, "permissions.deny", &s)
        addRules(p["ask"], .ask, .cursorCLI, "permissions.ask", &s)
    }

    static func cursorPermissions(_ root: JSONNode, _ s: inout AgentSettings) {
        addRules(root["terminalAllowlist"], .allow, .cursorAllowlist, "terminalAllowlist", &s)
        for r in strings(root["mcpAllowlist"], "mcpAllowlist") {
            s.rules.append(PermissionRule(decision: .allow, text: "mcp:" + r.value, syntax: .cursorAllowlist, mark: r.mark))
        }
    }

    // MARK: - Gemini CLI

    static func geminiSettings(_ root: JSONNode, _ s: inout AgentSettings) {
        let tools = root["tools"]
        addRules(tools?["allowed"], .allow, .geminiCLI, "tools.allowed", &s)
        addRules(tools?["exclude"], .deny, .geminiCLI, "tools.exclude", &s)
        addRules(root["allowedTools"], .allow, .geminiCLI, "allowedTools", &s)
        addRules(root["excludeTools"], .deny, .geminiCLI, "excludeTools", &s)
        addMode(tools?["autoAccept"], key: "tools.autoAccept", path: "tools.autoAccept", &s)
        addMode(root["autoAccept"], key: "autoAccept", path: "autoAccept", &s)
        addMode(root["general"]?["defaultApprovalMode"], key: "general.defaultApprovalMode",
                path: "general.defaultApprovalMode", &s)
        addMode(root["approvalMode"], key: "approvalMode", path: "approvalMode", &s)
        addMode(root["yolo"], key: "yolo", path: "yolo", &s)
        addMode(root["security"]?["disableYoloMode"], key: "security.disableYoloMode", path: "security.disableYoloMode", &s)
        addMode(tools?["sandbox"], key: "tools.sandbox", path: "tools.sandbox", &s)
        s.mcpServers = servers(root["mcpServers"], "mcpServers", product: .gemini)
        if let hooks = root["hooks"]?.members {
            for ev in hooks {
                for (i, group) in (ev.value.array ?? []).enumerated() {
                    for (j, h) in (group["hooks"]?.array ?? []).enumerated() {
                        if let cmd = h["command"], let c = cmd.string {
                            s.hooks.append(HookCommand(event: ev.key, matcher: group["matcher"]?.string, command: c,
                                                       mark: mark(cmd, "hooks.\(ev.key)[\(i)].hooks[\(j)].command")))
                        }
                    }
                }
            }
        }
    }
}

extension AgentSettingsParser {
    // MARK: - Zed

    /// Zed `settings.json`: `agent.always_allow_tool_actions` (before v0.224), `agent.tool_permissions`
    /// (`default`, and per tool `default`, `always_allow`, `always_deny`, `always_confirm` regex patterns;
    /// MCP tools are keyed `mcp:<server>:<tool>`), and `context_servers` (MCP servers: `command` as a
    /// string with `args`/`env`, or the older `{"path", "args", "env"}` object; `url`/`headers` for remote ones).
    static func zedSettings(_ root: JSONNode, _ s: inout AgentSettings) {
        for ak in ["agent", "assistant"] {
            guard let agent = root[ak] else { continue }
            addMode(agent["always_allow_tool_actions"], key: "agent.always_allow_tool_actions", path: ak + ".always_allow_tool_actions", &s)
            guard let tp = agent["tool_permissions"] else { continue }
            let tpp = ak + ".tool_permissions"
            if let d = tp["default"] ?? tp["default_mode"] { addMode(d, key: "agent.tool_permissions.default", path: tpp + ".default", &s) }
            for t in (tp["tools"]?.members ?? []).prefix(1_000) {
                let path = join(tpp + ".tools", t.key)
                let terminal = t.key == "terminal"
                func text(_ pattern: String?) -> String {
                    terminal ? (pattern ?? "*") : "tool:" + t.key + (pattern.map { "(" + $0 + ")" } ?? "")
                }
                if let d = t.value["default"] ?? t.value["default_mode"], let v = d.string?.lowercased() {
                    if terminal { s.modes.append(ModeSetting(key: "agent.tool_permissions.tools.terminal.default", value: v, mark: mark(d, path + ".default"))) }
                    // Only an `allow` default is a rule: `confirm`/`deny` are the fallback when no pattern matches,
                    // and Zed's always_* patterns take precedence over them.
                    if v == "allow" { s.rules.append(PermissionRule(decision: .allow, text: text(nil), syntax: .zedTerminal, mark: mark(d, path + ".default"))) }
                }
                for (key, decision) in [("always_allow", PermissionDecision.allow), ("always_deny", .deny), ("always_confirm", .ask)] {
                    for (i, item) in (t.value[key]?.array ?? []).prefix(1_000).enumerated() {
                        guard let pat = item["pattern"]?.string ?? item.string else { continue }
                        s.rules.append(PermissionRule(decision: decision, text: text(pat), syntax: .zedTerminal, mark: mark(item, "\(path).\(key)[\(i)]")))
                    }
                }
            }
        }
        s.mcpServers = servers(root["context_servers"], "context_servers", product: .zed)
        // The older form nests the launch: `"command": {"path": "npx", "args": [...], "env": {...}}`.
        for (i, m) in (root["context_servers"]?.members ?? []).enumerated() where i < s.mcpServers.count {
            guard let c = m.value["command"], c.members != nil else { continue }
            let sp = join("context_servers", m.key) + ".command"
            if let p = c["path"], let ps = p.string { s.mcpServers[i].command = MarkedString(ps, mark: mark(p, sp + ".path")) }
            if s.mcpServers[i].args.isEmpty { s.mcpServers[i].args = strings(c["args"], sp + ".args") }
            for e in c["env"]?.members ?? [] {
                if let t = scalarText(e.value), e.value.members == nil {
                    s.mcpServers[i].env.append((e.key, MarkedString(t, mark: mark(e.value, join(sp + ".env", e.key)))))
                }
            }
        }
    }

    // MARK: - OpenCode

    /// `permission`: `"allow"` for every tool, or per tool (`"*"`, `bash`, `edit`, `webfetch`...) an action or, for
    /// `bash`, an object of command patterns to actions where the last matching pattern wins; the same under
    /// `agent.<name>.permission`. `mcp`: `{"name": {"type": "local", "command": [...], "environment": {...}}}` or
    /// `{"type": "remote", "url": ..., "headers": {...}}`.
    static func openCode(_ root: JSONNode, _ s: inout AgentSettings) {
        openCodePermission(root["permission"], "permission", base: 0, &s)
        // An agent's own permissions override the global ones (its patterns rank above them).
        for (i, a) in (root["agent"]?.members ?? []).prefix(1_000).enumerated() {
            openCodePermission(a.value["permission"], join("agent", a.key) + ".permission", base: (i + 1) * 100_000, &s)
        }
        for m in (root["mcp"]?.members ?? []).prefix(1_000) where m.value.members != nil {
            let sp = join("mcp", m.key)
            var srv = MCPServerConfig(name: m.key, mark: mark(m.value, sp))
            srv.transport = m.value["type"]?.string
            let cmd = strings(m.value["command"], sp + ".command")
            if let first = cmd.first {
                srv.command = first
                srv.args = Array(cmd.dropFirst())
            }
            if let u = m.value["url"], let us = u.string { srv.url = MarkedString(us, mark: mark(u, sp + ".url")) }
            for (key, list) in [("environment", \MCPServerConfig.env), ("headers", \MCPServerConfig.headers)] {
                for e in (m.value[key]?.members ?? []).prefix(1_000) {
                    if let t = scalarText(e.value), e.value.members == nil {
                        srv[keyPath: list].append((e.key, MarkedString(t, mark: mark(e.value, join(sp + "." + key, e.key)))))
                    }
                }
            }
            srv.disabled = m.value["enabled"]?.value == .bool(false)
            s.mcpServers.append(srv)
        }
    }

    static func openCodePermission(_ node: JSONNode?, _ path: String, base: Int, _ s: inout AgentSettings) {
        guard let node else { return }
        func decision(_ v: String) -> PermissionDecision? {
            switch v.lowercased() { case "allow": .allow; case "ask": .ask; case "deny": .deny; default: nil }
        }
        // One action for every tool: `allow` is approvals off (a mode, as for other agents; no shell rule on top).
        if let v = node.string {
            s.modes.append(ModeSetting(key: "opencode.permission", value: v.lowercased(), mark: mark(node, path)))
            return
        }
        guard node.members != nil else { return }
        // The `*` fallback covers every tool without an entry of its own: with no `bash` entry, `allow` there is
        // approvals off for the shell too.
        if let all = node["*"], let v = all.string, node["bash"] == nil {
            s.modes.append(ModeSetting(key: "opencode.permission.*", value: v.lowercased(), mark: mark(all, path + ".*")))
        }
        if let bash = node["bash"] {
            let bp = path + ".bash"
            if let v = bash.string, let d = decision(v) {
                s.rules.append(PermissionRule(decision: d, text: "*", syntax: .openCode, mark: mark(bash, bp), priority: base + 1))
            }
            for (i, e) in (bash.members ?? []).prefix(10_000).enumerated() {
                guard let v = e.value.string, let d = decision(v) else { continue }
                s.rules.append(PermissionRule(decision: d, text: e.key, syntax: .openCode, mark: mark(e.value, join(bp, e.key)), priority: base + 1 + i))
            }
        }
        if let w = node["webfetch"], let v = w.string {
            s.modes.append(ModeSetting(key: "opencode.permission.webfetch", value: v.lowercased(), mark: mark(w, path + ".webfetch")))
        }
    }

    // MARK: - Continue (deprecated config.json)

    /// `experimental.modelContextProtocolServers: [{"transport": {"type", "command", "args", "env"}}]`, and a
    /// `mcpServers` list or map as config.yaml writes it.
    static func continueJSON(_ root: JSONNode, _ s: inout AgentSettings) {
        for (i, e) in (root["experimental"]?["modelContextProtocolServers"]?.array ?? []).prefix(1_000).enumerated() {
            guard let t = e["transport"] else { continue }
            let sp = "experimental.modelContextProtocolServers[\(i)].transport"
            var srv = MCPServerConfig(name: e["name"]?.string ?? "server \(i + 1)", mark: mark(e, "experimental.modelContextProtocolServers[\(i)]"))
            srv.transport = t["type"]?.string
            if let c = t["command"], let cs = c.string { srv.command = MarkedString(cs, mark: mark(c, sp + ".command")) }
            srv.args = strings(t["args"], sp + ".args")
            if let u = t["url"], let us = u.string { srv.url = MarkedString(us, mark: mark(u, sp + ".url")) }
            for v in t["env"]?.members ?? [] {
                if let text = scalarText(v.value), v.value.members == nil {
                    srv.env.append((v.key, MarkedString(text, mark: mark(v.value, join(sp + ".env", v.key)))))
                }
            }
            s.mcpServers.append(srv)
        }
        if let list = root["mcpServers"]?.array {
            for (i, e) in list.prefix(1_000).enumerated() {
                let name = e["name"]?.string ?? "server \(i + 1)"
                let wrapped = JSONNode(value: .object([JSONMember(key: name, keyLine: e.line, keyColumn: e.column, value: e)]), line: e.line, column: e.column, offset: e.offset)
                s.mcpServers += servers(wrapped, "mcpServers[\(i)]", product: .continueDev).map { var x = $0; x.mark.keyPath = "mcpServers[\(i)]"; return x }
            }
        } else if root["mcpServers"]?.members != nil {
            s.mcpServers += servers(root["mcpServers"], "mcpServers", product: .continueDev)
        }
    }
}

extension String {
    func replacingQuotes() -> String {
        var out = ""
        for c in self { if c == "\"" { out += "\\\"" } else { out.append(c) } }
        return out
    }
}
