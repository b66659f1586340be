import BulwarkYAML

/// Reads Continue's YAML configuration into `AgentSettings`.
///
/// - `.continue/config.yaml` and the MCP blocks in `.continue/mcpServers/*.yaml`: a `mcpServers:` list of
///   `{name, command, args, env, type, url, requestOptions.headers}` (a map keyed by name is accepted too);
/// - `~/.continue/permissions.yaml` (Continue CLI): `allow`, `ask` and `exclude` lists of tool patterns
///   (`Bash`, `Bash(npm install*)`, `Write(**/*.ts)`, `*`). `exclude` hides the tool: a deny.
/// Through the bounded YAML reader; a file that is not YAML is an error with its position.
public enum ContinueConfigReader {
    public static let limits: YAMLLimits = {
        var l = YAMLLimits()
        l.maxNodes = 200_000
        return l
    }()

    public static func parse(_ bytes: [UInt8], format: AgentConfigFormat) throws(AgentSettingsParser.Error) -> AgentSettings {
        let root: YNode?
        do { root = try YAMLTree.parse(String(decoding: bytes, as: UTF8.self), limits: limits) } catch {
            throw AgentSettingsParser.Error(message: error.message, line: error.line ?? 1, column: error.column ?? 1)
        }
        var s = AgentSettings(product: .continueDev, format: format)
        guard let root else { return s }
        guard root.mapping != nil else {
            if root.scalar?.isNull == true { return s }
            throw AgentSettingsParser.Error(message: "the top level is not a YAML mapping", line: root.line, column: root.column)
        }
        if format == .continuePermissions {
            for (key, decision) in [("allow", PermissionDecision.allow), ("ask", .ask), ("exclude", .deny), ("deny", .deny)] {
                for (i, item) in (root[key]?.sequence?.items ?? []).prefix(10_000).enumerated() {
                    guard let sc = item.scalar, !sc.value.isEmpty else { continue }
                    let mark = ConfigMark(keyPath: "\(key)[\(i)]", line: sc.line, column: sc.column)
                    s.rules.append(PermissionRule(decision: decision, text: sc.value, syntax: .continueCLI, mark: mark))
                    if decision == .allow, sc.value.trimmingSpaces() == "*" {
                        s.modes.append(ModeSetting(key: "continue.permissions.allow", value: "*", mark: mark))
                    }
                }
            }
            return s
        }
        s.mcpServers = servers(root["mcpServers"])
        return s
    }

    static func servers(_ node: YNode?) -> [MCPServerConfig] {
        var entries: [(String, YNode, String, Int, Int)] = []
        if let seq = node?.sequence {
            for (i, item) in seq.items.prefix(1_000).enumerated() {
                let name = item["name"]?.string ?? "server \(i + 1)"
                entries.append((name, item, "mcpServers[\(i)]", item.line, item.column))
            }
        } else if let map = node?.mapping {
            for e in map.entries.prefix(1_000) {
                entries.append((e.key.value, e.value, "mcpServers." + e.key.value, e.key.line, e.key.column))
            }
        }
        var out: [MCPServerConfig] = []
        for (name, v, sp, line, column) in entries where v.mapping != nil {
            var srv = MCPServerConfig(name: name, mark: ConfigMark(keyPath: sp, line: line, column: column))
            srv.transport = v["type"]?.string ?? v["transport"]?.string
            if let c = v["command"]?.scalar { srv.command = marked(c, sp + ".command") }
            for (i, a) in (v["args"]?.sequence?.items ?? []).prefix(1_000).enumerated() {
                if let sc = a.scalar { srv.args.append(marked(sc, "\(sp).args[\(i)]")) }
            }
            if let u = v["url"]?.scalar ?? v["serverUrl"]?.scalar { srv.url = marked(u, sp + ".url") }
            for e in (v["env"]?.mapping?.entries ?? []).prefix(1_000) {
                if let sc = e.value.scalar { srv.env.append((e.key.value, marked(sc, sp + ".env." + e.key.value))) }
            }
            let headers = v["requestOptions"]?["headers"]?.mapping ?? v["headers"]?.mapping
            for e in (headers?.entries ?? []).prefix(1_000) {
                if let sc = e.value.scalar { srv.headers.append((e.key.value, marked(sc, sp + ".headers." + e.key.value))) }
            }
            srv.disabled = v["disabled"]?.scalar?.bool == true || v["enabled"]?.scalar?.bool == false
            out.append(srv)
        }
        return out
    }

    static func marked(_ s: YScalar, _ path: String) -> MarkedString {
        MarkedString(s.value, mark: ConfigMark(keyPath: path, line: s.line, column: s.column))
    }
}
