/// What a launch flag switches off.
public enum LaunchEffect: String, Sendable, Hashable {
    /// Every tool call runs without approval (`--dangerously-skip-permissions`, `--yolo`).
    case approvalsOff
    /// Approvals and the sandbox are both off (`--dangerously-bypass-approvals-and-sandbox`).
    case approvalsAndSandboxOff
    /// The sandbox is off (`--sandbox danger-full-access`).
    case sandboxOff
    /// Every tool is trusted (`--trust-all-tools`, `--allow-all-tools`).
    case allToolsTrusted
}

/// An agent CLI started with a flag that removes its approval prompts or sandbox.
public struct AgentLaunch: Sendable, Hashable {
    public var product: AgentProduct
    /// The flag as written, e.g. `--dangerously-skip-permissions` or `--approval-mode yolo`.
    public var flag: String
    public var effect: LaunchEffect
    public var line: Int
    public var column: Int
    /// The physical line, trimmed and cut to 200 characters, for messages.
    public var excerpt: String
}

/// Finds agent CLI launches with permission-bypass flags in scripts, build files, CI and code.
///
/// A lexical scan, not a shell parser: it looks for the flags (a byte prefilter first, so clean
/// files cost one pass) and, for flags that other tools also use, for an agent command on the same
/// logical line. Comment lines are skipped. In source code only flags inside string literals count,
/// and only when the file also spawns processes (how the nx "s1ngularity" payload drove agents).
public enum AgentLaunchParser {
    struct FlagSpec {
        var needle: String
        var product: AgentProduct
        var effect: LaunchEffect
        /// The flag is unique to agent CLIs, so no agent command is needed on the line.
        var distinctive: Bool
        /// A value that must follow (`yolo`, `bypassPermissions`, `never`, `danger-full-access`).
        var value: String?
        /// Agent command names that make a non-distinctive flag count.
        var agents: [String]
        /// A short flag shared with the launcher (`npx -y`): counts only after the agent's own command word.
        var afterAgentOnly = false
    }

    static let specs: [FlagSpec] = [
        FlagSpec(needle: "--dangerously-skip-permissions", product: .claudeCode, effect: .approvalsOff, distinctive: true, value: nil, agents: []),
        FlagSpec(needle: "--dangerously-bypass-approvals-and-sandbox", product: .codex, effect: .approvalsAndSandboxOff, distinctive: true, value: nil, agents: []),
        FlagSpec(needle: "--trust-all-tools", product: .amazonQ, effect: .allToolsTrusted, distinctive: true, value: nil, agents: []),
        FlagSpec(needle: "--allow-all-tools", product: .copilotCLI, effect: .allToolsTrusted, distinctive: true, value: nil, agents: []),
        FlagSpec(needle: "--permission-mode", product: .claudeCode, effect: .approvalsOff, distinctive: true, value: "bypassPermissions", agents: []),
        FlagSpec(needle: "--approval-mode", product: .gemini, effect: .approvalsOff, distinctive: false, value: "yolo", agents: ["gemini", "qwen", "@google/gemini-cli"]),
        FlagSpec(needle: "--yolo", product: .gemini, effect: .approvalsOff, distinctive: false, value: nil, agents: ["gemini", "qwen", "codex", "cursor-agent", "@google/gemini-cli", "@openai/codex"]),
        FlagSpec(needle: "--sandbox", product: .codex, effect: .sandboxOff, distinctive: true, value: "danger-full-access", agents: []),
        FlagSpec(needle: "-s", product: .codex, effect: .sandboxOff, distinctive: false, value: "danger-full-access", agents: ["codex", "@openai/codex"]),
        FlagSpec(needle: "--ask-for-approval", product: .codex, effect: .approvalsOff, distinctive: false, value: "never", agents: ["codex", "@openai/codex"]),
        FlagSpec(needle: "--allow-all", product: .copilotCLI, effect: .allToolsTrusted, distinctive: false, value: nil, agents: ["copilot", "@github/copilot"]),
        FlagSpec(needle: "--force", product: .cursor, effect: .approvalsOff, distinctive: false, value: nil, agents: ["cursor-agent"]),
        FlagSpec(needle: "--dangerously-allow-all", product: .amp, effect: .approvalsOff, distinctive: true, value: nil, agents: []),
        FlagSpec(needle: "--yes-always", product: .aider, effect: .approvalsOff, distinctive: false, value: nil, agents: ["aider"]),
        FlagSpec(needle: "-y", product: .gemini, effect: .approvalsOff, distinctive: false, value: nil, agents: ["gemini", "qwen"], afterAgentOnly: true),
    ]

    /// Cheap needles: a file without any of them has no launch to report.
    static let prefilter: [[UInt8]] = ["--dangerously-", "--trust-all-tools", "--allow-all", "--permission-mode",
                                       "--approval-mode", "--yolo", "danger-full-access", "--ask-for-approval",
                                       "cursor-agent", "--yes-always", "--allowedtools", "--allowedTools", "--allowed-tools",
                                       "allowed_tools", "gemini -", "qwen -"].map { Array($0.utf8) }

    static let spawnMarkers = ["spawn", "exec(", "execSync", "execFile", "execa", "Popen", "subprocess", "os.system",
                               "child_process", "Bun.spawn", "Deno.Command", "shell=True"]

    /// Whether `haystack` contains `needle` (a simple byte search).
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        let last = haystack.count - needle.count
        var i = 0
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// Every launch with a bypass flag in a file of the given kind.
    ///
    /// In first-party source code (`thirdParty` false) a flag counts only inside an argument list or
    /// command string that names the agent (see `SourceLaunchScanner`); `path` tells Python from
    /// JavaScript comments. In a third-party package's install script any quoted flag counts.
    public static func parse(_ bytes: [UInt8], site: LaunchSite, path: String? = nil, thirdParty: Bool = false) -> [AgentLaunch] {
        guard prefilter.contains(where: { contains(bytes, $0) }) else { return [] }
        let text = String(decoding: bytes, as: UTF8.self)
        if site == .sourceCode {
            guard spawnMarkers.contains(where: { text.contains($0) }) else { return [] }
            if !thirdParty {
                let python = path.map { $0.lowercased().hasSuffix(".py") }
                return SourceLaunchScanner.launches(bytes, python: python)
            }
        }
        var out: [AgentLaunch] = []
        var continued = ""
        var lineNo = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            if lineNo > 200_000 { break }
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let isComment = trimmed.hasPrefix("#") || trimmed.hasPrefix("//") || trimmed.hasPrefix("REM ") || trimmed.hasPrefix("::")
            let context = continued + " " + line
            if trimmed.hasSuffix("\\") || trimmed.hasSuffix("`") { continued = context } else { continued = "" }
            if isComment || line.utf8.count > 20_000 { continue }
            out += launches(in: String(line), context: context, line: lineNo, site: site)
        }
        return out
    }

    static func launches(in line: String, context: String, line lineNo: Int, site: LaunchSite) -> [AgentLaunch] {
        let tokens = tokenize(line)
        let contextTokens = tokenize(context)
        var out: [AgentLaunch] = []
        var seen = Set<String>()
        for (idx, tok) in tokens.enumerated() {
            for spec in specs {
                let flagPart: Substring
                var inlineValue: Substring?
                if let eq = tok.text.firstIndex(of: "=") {
                    flagPart = tok.text[..<eq]
                    inlineValue = tok.text[tok.text.index(after: eq)...]
                } else {
                    flagPart = tok.text[...]
                }
                guard flagPart == spec.needle else { continue }
                if let want = spec.value {
                    let next = inlineValue ?? (idx + 1 < tokens.count ? tokens[idx + 1].text[...] : nil)
                    guard let v = next, v.lowercased() == want.lowercased() else { continue }
                }
                if site == .sourceCode && !tok.quoted { continue }
                if !spec.distinctive {
                    guard contextTokens.contains(where: { t in spec.agents.contains { isAgentToken(t.text, $0) } }) else { continue }
                }
                if spec.afterAgentOnly {
                    guard tokens[..<idx].contains(where: { t in spec.agents.contains { isAgentToken(t.text, $0) } }) else { continue }
                }
                let flagText = spec.value.map { "\(spec.needle) \($0)" } ?? spec.needle
                guard seen.insert(flagText).inserted else { continue }
                let trimmed = line.trimmingSpaces()
                let excerpt = trimmed.count > 200 ? String(trimmed.prefix(200)) + "..." : trimmed
                out.append(AgentLaunch(product: productFor(spec, context: contextTokens), flag: flagText, effect: spec.effect,
                                       line: lineNo, column: tok.column, excerpt: excerpt))
            }
        }
        // Claude Code `--allowedTools "Bash"` (or `Bash(*)`): every shell command pre-approved.
        if let (col, value) = allowedToolsValue(line), allowsAnyShell(value), seen.insert("--allowedTools").inserted {
            let trimmed = line.trimmingSpaces()
            out.append(AgentLaunch(product: .claudeCode, flag: "--allowedTools Bash", effect: .allToolsTrusted, line: lineNo,
                                   column: col, excerpt: trimmed.count > 200 ? String(trimmed.prefix(200)) + "..." : trimmed))
        }
        return out
    }

    /// The value after `--allowedTools`, `--allowed-tools` or `allowed_tools:` on a line, and its column.
    static func allowedToolsValue(_ line: String) -> (Int, String)? {
        for needle in ["--allowedTools", "--allowed-tools", "allowed_tools"] {
            guard let lower = find(needle, in: line) else { continue }
            let upper = line.index(lower, offsetBy: needle.count)
            var rest = line[upper...]
            guard let f = rest.first, f == "=" || f == ":" || f == " " || f == "\t" else { continue }
            rest = rest.drop { (c: Character) -> Bool in c == "=" || c == ":" || c == " " || c == "\t" }
            var value = ""
            if let q = rest.first, q == "\"" || q == "'" {
                value = String(rest.dropFirst().prefix { $0 != q })
            } else {
                value = String(rest.prefix { $0 != " " && $0 != "\t" })
            }
            let col = line.distance(from: line.startIndex, to: lower) + 1
            return (col, value)
        }
        return nil
    }

    static func find(_ needle: String, in s: String) -> String.Index? {
        var i = s.startIndex
        while i < s.endIndex {
            if s[i...].hasPrefix(needle) { return i }
            i = s.index(after: i)
        }
        return nil
    }

    /// Whether a comma/space separated tool list contains `Bash`, `Bash(*)` or `*` at top level.
    static func allowsAnyShell(_ value: String) -> Bool {
        var items: [String] = []
        var cur = ""
        var depth = 0
        for ch in value {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
            if depth == 0 && (ch == "," || ch == " ") { items.append(cur); cur = ""; continue }
            cur.append(ch)
        }
        items.append(cur)
        return items.contains { ["Bash", "Bash(*)", "Bash(:*)", "*"].contains($0.trimmingSpaces()) }
    }

    static func productFor(_ spec: FlagSpec, context: [Token]) -> AgentProduct {
        if spec.needle == "--yolo" && context.contains(where: { isAgentToken($0.text, "codex") || isAgentToken($0.text, "@openai/codex") }) {
            return .codex
        }
        return spec.product
    }

    /// Whether a token names an agent command (`claude`, `./node_modules/.bin/claude`, `@openai/codex@0.1`).
    static func isAgentToken(_ token: String, _ name: String) -> Bool {
        var t = Substring(token)
        if name.hasPrefix("@") {
            guard t.hasPrefix(name) else { return false }
            let rest = t.dropFirst(name.count)
            return rest.isEmpty || rest.hasPrefix("@")
        }
        if let slash = t.lastIndex(of: "/") { t = t[t.index(after: slash)...] }
        if t.hasSuffix(".exe") || t.hasSuffix(".cmd") { t = t.dropLast(4) }
        return t == name
    }

    struct Token {
        var text: String
        var column: Int
        var quoted: Bool
    }

    /// Splits on whitespace and shell/JS punctuation, remembering whether a token sat in quotes.
    static func tokenize(_ s: String) -> [Token] {
        var out: [Token] = []
        var cur = ""
        var start = 0
        var quoted = false
        var quote: Character?
        var col = 0
        func flush() {
            if !cur.isEmpty { out.append(Token(text: cur, column: start + 1, quoted: quoted)) }
            cur = ""
            quoted = false
        }
        for ch in s {
            col += 1
            if out.count > 4096 { break }
            switch ch {
            case "\"", "'", "`":
                if quote == ch { flush(); quote = nil } else if quote == nil { flush(); quote = ch }
                else { if cur.isEmpty { start = col - 1; quoted = true }; cur.append(ch) }
            case " ", "\t", ",", "[", "]", "(", ")", ";", "{", "}", "|", "&", ":":
                flush()
            default:
                if cur.isEmpty { start = col - 1; quoted = quote != nil }
                cur.append(ch)
            }
        }
        flush()
        return out
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var sub = Substring(self)
        while let f = sub.first, f == " " || f == "\t" || f == "\r" { sub = sub.dropFirst() }
        while let l = sub.last, l == " " || l == "\t" || l == "\r" { sub = sub.dropLast() }
        return String(sub)
    }
}
