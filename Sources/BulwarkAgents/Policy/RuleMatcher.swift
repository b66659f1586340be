import BulwarkFormats

/// How each agent matches its permission rules against a shell command or a tool.
///
/// Claude Code: `Bash` and `Bash(*)` match every command; `Bash(prefix:*)` matches the prefix on a
/// word boundary; `*` elsewhere matches any characters (a single trailing ` *` is optional); a
/// plain specifier matches the exact command. Evaluation is deny, then ask, then allow; the first
/// match wins, whatever the specificity. Cursor CLI: `Shell(base)` matches the command's first word
/// (glob allowed). VS Code: keys of `chat.tools.terminal.autoApprove` are prefixes or `/regex/`;
/// `false` beats `true`. Gemini CLI: `run_shell_command(prefix)` matches a prefix; the bare tool name
/// matches every command; `tools.exclude` beats `tools.allowed`.
public enum RuleMatcher {
    /// Splits `Tool(spec)` into the tool name and the specifier.
    public static func split(_ rule: String) -> (tool: String, spec: String?) {
        let t = rule.trimmingSpaces()
        guard let open = t.firstIndex(of: "("), t.hasSuffix(")") else { return (t, nil) }
        let tool = String(t[..<open]).trimmingSpaces()
        let spec = String(t[t.index(after: open)..<t.index(before: t.endIndex)]).trimmingSpaces()
        return (tool, spec)
    }

    /// Whether a rule matches a shell command under its agent's semantics.
    public static func matchesShell(_ rule: PermissionRule, command: String) -> Bool {
        switch rule.syntax {
        case .claudeCode:
            let (tool, spec) = split(rule.text)
            guard tool == "Bash" else { return false }
            guard let spec, !spec.isEmpty, spec != "*", spec != ":*" else { return true }
            return claudeSpec(spec, matches: command)
        case .cursorCLI:
            let (tool, spec) = split(rule.text)
            guard tool == "Shell" else { return false }
            guard let spec, !spec.isEmpty, spec != "*", spec != "**" else { return true }
            if spec.contains(" ") || spec.contains(":") {
                return prefix(spec.replacingColons(), matches: command)
            }
            let base = command.split(separator: " ").first.map(String.init) ?? command
            return wildcard(spec, matches: base)
        case .cursorAllowlist:
            guard !rule.text.hasPrefix("mcp:") else { return false }
            if rule.text == "*" || rule.text == "**" { return true }
            if rule.text.contains("*") { return wildcard(rule.text, matches: command) }
            return prefix(rule.text, matches: command)
        case .vscodeTerminal:
            let key = rule.text
            if key.hasPrefix("/"), let close = key.lastIndex(of: "/"), close != key.startIndex {
                let body = String(key[key.index(after: key.startIndex)..<close])
                let flags = key[key.index(after: close)...]
                return regex(body, caseInsensitive: flags.contains("i"), matches: command)
            }
            return prefix(key, matches: command)
        case .geminiCLI:
            let (tool, spec) = split(rule.text)
            guard tool == "run_shell_command" || tool == "ShellTool" || tool == "shell" else { return false }
            guard let spec, !spec.isEmpty, spec != "*" else { return true }
            return prefix(spec, matches: command)
        case .geminiPolicy:
            let (tool, spec) = split(rule.text)
            guard tool == "run_shell_command" || tool == "*" || tool == "ShellTool" else { return false }
            guard let spec, !spec.isEmpty else { return true }
            if spec.hasPrefix("re:") {
                // `commandRegex` is tested against `"command":"<command>` from its start.
                return regex("^(?:" + spec.dropFirst(3) + ")", caseInsensitive: false, matches: command)
            }
            if spec.hasPrefix("args:") {
                return regex(String(spec.dropFirst(5)), caseInsensitive: false, matches: "{\"command\":\"" + command + "\"}")
            }
            return prefix(spec, matches: command)
        case .zedTerminal:
            // Zed searches each pattern (Rust regex) in the command; `*` stands for the tool's `default`.
            if rule.text == "*" { return true }
            guard !rule.text.hasPrefix("tool:") else { return false }
            return regex(rule.text, caseInsensitive: false, matches: command)
        case .continueCLI:
            let (tool, spec) = split(rule.text)
            if tool == "*" && spec == nil { return true }
            guard tool == "Bash" || tool == "Terminal" || tool == "run_terminal_command" else { return false }
            guard let spec, !spec.isEmpty, spec != "*", spec != "**" else { return true }
            return wildcard(spec, matches: command)
        case .openCode:
            // Glob over the whole command: `*` any characters, `?` exactly one.
            if rule.text == "*" { return true }
            return glob(rule.text, matches: command)
        case .vscodeURL, .mcpToolList:
            return false
        }
    }

    /// `prefix:*`, wildcards, or an exact command (Claude Code).
    static func claudeSpec(_ spec: String, matches command: String) -> Bool {
        if spec.hasSuffix(":*") {
            let p = String(spec.dropLast(2))
            return p.contains("*") ? wildcard(p + "*", matches: command) : prefix(p, matches: command)
        }
        if spec.contains("*") {
            if wildcard(spec, matches: command) { return true }
            // A single trailing ` *` also matches the bare command (`ls *` matches `ls`).
            if spec.hasSuffix(" *"), spec.filter({ $0 == "*" }).count == 1 {
                return command == String(spec.dropLast(2))
            }
            return false
        }
        return command == spec
    }

    /// Prefix match on a word boundary.
    public static func prefix(_ p: String, matches command: String) -> Bool {
        let p = p.trimmingSpaces()
        guard !p.isEmpty else { return false }
        guard command.hasPrefix(p) else { return false }
        if command.count == p.count { return true }
        let next = command[command.index(command.startIndex, offsetBy: p.count)]
        return next == " " || p.hasSuffix(" ")
    }

    /// `*` matches any run of characters (including none); everything else is literal.
    public static func wildcard(_ pattern: String, matches text: String) -> Bool {
        let p = Array(pattern.prefix(512)), t = Array(text.prefix(4096))
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && p[pi] != "*" && p[pi] == t[ti] { pi += 1; ti += 1 }
            else if pi < p.count && p[pi] == "*" { star = pi; mark = ti; pi += 1 }
            else if star >= 0 { pi = star + 1; mark += 1; ti = mark }
            else { return false }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }

    /// `*` matches any run of characters, `?` exactly one; everything else is literal (OpenCode's patterns).
    public static func glob(_ pattern: String, matches text: String) -> Bool {
        let p = Array(pattern.prefix(512)), t = Array(text.prefix(4096))
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && p[pi] != "*" && (p[pi] == "?" || p[pi] == t[ti]) { pi += 1; ti += 1 }
            else if pi < p.count && p[pi] == "*" { star = pi; mark = ti; pi += 1 }
            else if star >= 0 { pi = star + 1; mark += 1; ti = mark }
            else { return false }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }

    static func regex(_ body: String, caseInsensitive: Bool, matches command: String) -> Bool {
        guard body.utf8.count <= 512, var re = try? Regex(body) else { return false }
        if caseInsensitive { re = re.ignoresCase() }
        return (try? re.firstMatch(in: command)) != nil
    }

    /// The winning decision for a shell command: deny, then ask, then allow (first match wins). Rules
    /// with a priority (Gemini CLI policies) are decided by the highest priority first; at equal
    /// priority deny beats ask beats allow.
    public static func decide(_ command: String, rules: [PermissionRule]) -> (PermissionDecision, PermissionRule)? {
        if rules.contains(where: { $0.priority != nil }) {
            func rank(_ d: PermissionDecision) -> Int { d == .deny ? 2 : (d == .ask ? 1 : 0) }
            var best: PermissionRule?
            for r in rules where matchesShell(r, command: command) {
                guard let b = best else { best = r; continue }
                let (p, q) = (r.priority ?? 0, b.priority ?? 0)
                if p > q || (p == q && rank(r.decision) > rank(b.decision)) { best = r }
            }
            return best.map { ($0.decision, $0) }
        }
        for d in [PermissionDecision.deny, .ask, .allow] {
            if let r = rules.first(where: { $0.decision == d && matchesShell($0, command: command) }) { return (d, r) }
        }
        return nil
    }
}

extension String {
    func replacingColons() -> String { String(map { $0 == ":" ? " " : $0 }) }
}
