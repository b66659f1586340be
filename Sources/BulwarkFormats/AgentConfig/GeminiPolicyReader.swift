/// Reads Gemini CLI policy files (`.gemini/policies/*.toml`, and policy TOML kept elsewhere and
/// named in `policyPaths`) into `AgentSettings` permission rules.
///
/// Each `[[rule]]` table has `toolName` (a name, `*`, `mcp_SERVER_*`, or an array), optional
/// `mcpName`, `commandPrefix` (a string or an array), `commandRegex`, `argsPattern`, `decision`
/// (`allow`, `ask_user`, `deny`), `priority` (0–999, the highest matching rule wins) and `modes`.
/// A rule limited to modes other than `default` (`yolo`, `plan`, `autoEdit`) is not active in a
/// normal session and is skipped. Rules become `PermissionRule`s with `.geminiPolicy` syntax:
/// `run_shell_command`, `run_shell_command(git status)` (prefix), `run_shell_command(re:REGEX)`
/// (`commandRegex`), `run_shell_command(args:REGEX)` (`argsPattern`), `write_file`, `*`,
/// `mcp_SERVER_TOOL` or `mcp_SERVER_*`.
public enum GeminiPolicyReader {
    public static let limits = TOMLParser.Limits(maxDepth: 64, maxValues: .max, maxStringBytes: 1 << 20)
    /// Rules per file read; a policy file with more is cut (the rest is not judged).
    public static let maxRules = 10_000

    /// Whether bytes look like a Gemini CLI policy: a `[[rule]]` table with a decision and a tool condition.
    public static func looksLikePolicy(_ bytes: [UInt8]) -> Bool {
        func has(_ s: String) -> Bool { AgentLaunchParser.contains(bytes, Array(s.utf8)) }
        return has("[[rule]]") && has("decision") && (has("toolName") || has("commandPrefix") || has("mcpName") || has("commandRegex"))
    }

    public static func parse(_ bytes: [UInt8]) throws(AgentSettingsParser.Error) -> AgentSettings {
        let root: TOMLTable
        do { root = try TOMLParser.parse(bytes, limits: limits) } catch {
            throw AgentSettingsParser.Error(message: error.message, line: error.line, column: error.column)
        }
        var s = AgentSettings(product: .gemini, format: .geminiPolicy)
        let tables = root["rule"]?.array ?? []
        for (i, node) in tables.prefix(maxRules).enumerated() {
            guard let t = node.table else { continue }
            let path = "rule[\(i)]"
            guard let d = t["decision"]?.string?.lowercased() else { continue }
            let decision: PermissionDecision
            switch d {
            case "allow": decision = .allow
            case "deny": decision = .deny
            case "ask_user", "ask": decision = .ask
            default: continue
            }
            let modes = t["modes"]?.strings ?? []
            if !modes.isEmpty && !modes.contains(where: { $0.lowercased() == "default" }) { continue }
            var priority = 0
            if case .integer(_, let v?)? = t["priority"]?.value { priority = Int(clamping: v) }
            else if case .float(let f)? = t["priority"]?.value, let v = Double(f) { priority = Int(v) }
            let toolNode = t["toolName"]
            var tools: [String] = toolNode?.string.map { [$0] } ?? toolNode?.strings ?? []
            let mcp = t["mcpName"]?.string
            let prefixes: [String] = t["commandPrefix"]?.string.map { [$0] } ?? t["commandPrefix"]?.strings ?? []
            let regex = t["commandRegex"]?.string
            let args = t["argsPattern"]?.string
            if tools.isEmpty {
                if mcp != nil { tools = ["*"] }
                else if !prefixes.isEmpty || regex != nil { tools = ["run_shell_command"] }
                else if args != nil { tools = ["*"] }
                else { continue }
            }
            let anchor = toolNode ?? t["mcpName"] ?? t["commandPrefix"] ?? t["commandRegex"] ?? t["decision"]
            let mark = ConfigMark(keyPath: path + (toolNode != nil ? ".toolName" : ""), line: anchor?.line ?? t.line,
                                  column: anchor?.column ?? 1)
            for tool in tools.prefix(256) {
                var name = tool
                if let server = mcp {
                    // `mcpName` + `toolName`: the tool's simple name on that server (`*` for all of its tools).
                    name = server == "*" ? "mcp_*" : "mcp_\(server)_\(tool)"
                }
                var specs: [String?] = []
                if !prefixes.isEmpty { specs = prefixes.prefix(256).map { $0 } }
                else if let r = regex { specs = ["re:" + r] }
                else if let a = args { specs = ["args:" + a] }
                else { specs = [nil] }
                for spec in specs {
                    let text = spec.map { "\(name)(\($0))" } ?? name
                    s.rules.append(PermissionRule(decision: decision, text: text, syntax: .geminiPolicy, mark: mark,
                                                  server: mcp, priority: priority))
                }
            }
        }
        return s
    }
}
