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
    /// Where the agent's prompt comes from (set by `PromptOrigin.judge`).
    public var prompt: PromptOrigin = .unknown("not traced")
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
        // OpenCode's auto mode approves every request that is not explicitly denied (`opencode run --auto "..."`).
        FlagSpec(needle: "--auto", product: .openCode, effect: .approvalsOff, distinctive: false, value: nil, agents: ["opencode", "opencode-ai"], afterAgentOnly: true),
    ]

    /// Cheap needles: a file without any of them has no launch to report.
    static let prefilter: [[UInt8]] = ["--dangerously-", "--trust-all-tools", "--allow-all", "--permission-mode",
                                       "--approval-mode", "--yolo", "danger-full-access", "--ask-for-approval",
                                       "cursor-agent", "--yes-always", "--allowedtools", "--allowedTools", "--allowed-tools",
                                       "allowed_tools", "gemini -", "qwen -", "opencode"].map { Array($0.utf8) }

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
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
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
        return out
    }

    /// A tool list passed to an agent CLI (`--allowedTools "Bash,WebFetch"`, `--disallowedTools`,
    /// `allowed_tools: ...` in a CI file): permission rules for one launch.
    public struct ToolList: Sendable, Hashable {
        /// The option as written: `--allowedTools`, `--allowed-tools`, `--disallowedTools`, `allowed_tools`.
        public var flag: String
        public var decision: PermissionDecision
        /// The tools, split at top-level commas and spaces, quotes removed.
        public var items: [String]
        public var line: Int
        public var column: Int
        public var excerpt: String
    }

    static let toolListFlags: [(String, PermissionDecision)] = [
        ("--allowedTools", .allow), ("--allowed-tools", .allow), ("--disallowedTools", .deny), ("--disallowed-tools", .deny),
        ("allowed_tools", .allow), ("disallowed_tools", .deny),
    ]

    /// Every tool list passed to Claude Code on a command line in a script, Makefile, package.json
    /// script or CI file. In GitHub workflows only command lines that name the agent count: the
    /// `allowed_tools` / `claude_args` inputs of agent actions are the workflows family's.
    public static func toolLists(_ bytes: [UInt8], githubWorkflow: Bool = false) -> [ToolList] {
        guard ["--allowedtools", "--allowedTools", "--allowed-tools", "allowed_tools", "--disallowed"].contains(where: { contains(bytes, Array($0.utf8)) })
        else { return [] }
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [ToolList] = []
        var continued = ""
        var lineNo = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNo += 1
            if lineNo > 200_000 || out.count >= 10_000 { break }
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            let trimmed = line.trimmingSpaces()
            let context = continued + " " + line
            if trimmed.hasSuffix("\\") || trimmed.hasSuffix("`") { continued = context } else { continued = "" }
            if trimmed.hasPrefix("#") || trimmed.hasPrefix("//") || line.utf8.count > 20_000 { continue }
            if githubWorkflow {
                let agents = ["claude", "@anthropic-ai/claude-code"]
                guard tokenize(context).contains(where: { t in agents.contains { isAgentToken(t.text, $0) } }) else { continue }
            }
            for (flag, decision) in toolListFlags {
                if githubWorkflow && !flag.hasPrefix("-") { continue }
                for (col, value) in optionValues(flag, in: line) {
                    let items = splitToolList(value)
                    guard !items.isEmpty else { continue }
                    let excerpt = trimmed.count > 200 ? String(trimmed.prefix(200)) + "..." : trimmed
                    out.append(ToolList(flag: flag, decision: decision, items: items, line: lineNo, column: col, excerpt: excerpt))
                }
            }
        }
        return out
    }

    /// Values after every occurrence of an option on a line (`--allowedTools "a,b"`, `--allowedTools=a`,
    /// `allowed_tools: "a,b"`), with the option's column. An option name inside a longer word does not count.
    static func optionValues(_ flag: String, in line: String) -> [(Int, String)] {
        var out: [(Int, String)] = []
        var rest = Substring(line)
        while let r = rest.firstRange(of: flag) {
            defer { rest = rest[r.upperBound...] }
            if r.lowerBound > line.startIndex {
                let before = line[line.index(before: r.lowerBound)]
                if before.isLetter || before.isNumber || before == "_" || (before == "-" && !flag.hasPrefix("-")) { continue }
            }
            var v = rest[r.upperBound...]
            guard let f = v.first, f == "=" || f == ":" || f == " " || f == "\t" else { continue }
            v = v.drop { $0 == "=" || $0 == ":" || $0 == " " || $0 == "\t" }
            var value = ""
            if let q = v.first, q == "\"" || q == "'" {
                value = String(v.dropFirst().prefix { $0 != q })
            } else {
                // Unquoted: up to the next space outside parentheses (`Bash(git diff:*)`).
                var depth = 0
                for ch in v {
                    if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
                    if depth == 0 && (ch == " " || ch == "\t" || ch == ";" || ch == "|" || ch == "&") { break }
                    value.append(ch)
                }
            }
            out.append((line.distance(from: line.startIndex, to: r.lowerBound) + 1, value))
            if out.count >= 16 { break }
        }
        return out
    }

    /// Splits `Bash(git diff:*),Read WebFetch` at top-level commas and spaces.
    public static func splitToolList(_ value: String) -> [String] {
        var items: [String] = []
        var cur = ""
        var depth = 0
        for ch in value {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
            if depth == 0 && (ch == "," || ch == " ") {
                let t = cur.trimmingSpaces().trimmingQuotes()
                if !t.isEmpty { items.append(t) }
                cur = ""
                continue
            }
            cur.append(ch)
            if items.count >= 256 { break }
        }
        let t = cur.trimmingSpaces().trimmingQuotes()
        if !t.isEmpty { items.append(t) }
        return items
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
    func trimmingQuotes() -> String {
        var sub = Substring(self)
        while let f = sub.first, f == "\"" || f == "'" { sub = sub.dropFirst() }
        while let l = sub.last, l == "\"" || l == "'" { sub = sub.dropLast() }
        return String(sub)
    }

    func trimmingSpaces() -> String {
        var sub = Substring(self)
        while let f = sub.first, f == " " || f == "\t" || f == "\r" { sub = sub.dropFirst() }
        while let l = sub.last, l == " " || l == "\t" || l == "\r" { sub = sub.dropLast() }
        return String(sub)
    }
}
