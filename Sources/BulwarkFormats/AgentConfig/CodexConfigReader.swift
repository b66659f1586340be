/// Reads Codex CLI `config.toml` (`~/.codex/config.toml`, `.codex/config.toml`) into `AgentSettings`.
///
/// Keys read: `approval_policy`, `sandbox_mode`, `[sandbox_workspace_write]` `network_access` and
/// `writable_roots`, and `[mcp_servers.<name>]` (`command`, `args`, `env`, `url`, `http_headers`,
/// `enabled`). Modes are recorded under their TOML key names.
public enum CodexConfigReader {
    /// No stricter than Codex's own reader in practice: unused padding (a deep inline table, a long
    /// array) must not turn the file into an unreadable one. The TOML parser recurses per inline
    /// level, so depth stays at 128 (well within a worker's 8 MiB stack); values are bounded only by
    /// the file size (the agents family reads up to 4 MiB).
    public static let limits = TOMLParser.Limits(maxDepth: 128, maxValues: .max, maxStringBytes: 4 << 20)

    public static func parse(_ bytes: [UInt8]) throws(AgentSettingsParser.Error) -> AgentSettings {
        let root: TOMLTable
        do { root = try TOMLParser.parse(bytes, limits: limits) } catch {
            throw AgentSettingsParser.Error(message: error.message, line: error.line, column: error.column)
        }
        var s = AgentSettings(product: .codex, format: .codexConfig)
        func mark(_ n: TOMLNode, _ path: String) -> ConfigMark { ConfigMark(keyPath: path, line: n.line, column: n.column) }
        func text(_ n: TOMLNode) -> String? {
            switch n.value {
            case .string(let v): v
            case .bool(let b): b ? "true" : "false"
            case .integer(let t, _), .float(let t), .datetime(let t): t
            default: nil
            }
        }
        for key in ["approval_policy", "sandbox_mode"] {
            if let n = root[key], let t = text(n) { s.modes.append(ModeSetting(key: key, value: t, mark: mark(n, key))) }
        }
        if let sw = root["sandbox_workspace_write"] {
            if let n = sw["network_access"], let t = text(n) {
                s.modes.append(ModeSetting(key: "sandbox_workspace_write.network_access", value: t,
                                           mark: mark(n, "sandbox_workspace_write.network_access")))
            }
            for (i, r) in (sw["writable_roots"]?.array ?? []).enumerated() {
                if let v = r.string {
                    s.additionalDirectories.append(MarkedString(v, mark: mark(r, "sandbox_workspace_write.writable_roots[\(i)]")))
                }
            }
        }
        for entry in root["mcp_servers"]?.table?.entries ?? [] {
            let sp = "mcp_servers." + entry.key
            var srv = MCPServerConfig(name: entry.key, mark: ConfigMark(keyPath: sp, line: entry.keyLine, column: 1))
            let v = entry.value
            if let c = v["command"], let cs = c.string { srv.command = MarkedString(cs, mark: mark(c, sp + ".command")) }
            for (i, a) in (v["args"]?.array ?? []).enumerated() {
                if let t = a.string { srv.args.append(MarkedString(t, mark: mark(a, "\(sp).args[\(i)]"))) }
            }
            if let u = v["url"], let us = u.string { srv.url = MarkedString(us, mark: mark(u, sp + ".url")) }
            for e in v["env"]?.table?.entries ?? [] {
                if let t = text(e.value) { srv.env.append((e.key, MarkedString(t, mark: mark(e.value, "\(sp).env.\(e.key)")))) }
            }
            for e in v["http_headers"]?.table?.entries ?? [] {
                if let t = text(e.value) { srv.headers.append((e.key, MarkedString(t, mark: mark(e.value, "\(sp).http_headers.\(e.key)")))) }
            }
            if let t = v["bearer_token"], let ts = t.string {
                srv.headers.append(("Authorization", MarkedString(ts, mark: mark(t, sp + ".bearer_token"))))
            }
            srv.disabled = v["enabled"]?.bool == false
            s.mcpServers.append(srv)
        }
        return s
    }
}
