/// Agent launches in first-party JavaScript, TypeScript and Python source.
///
/// A flag name in a string is not a launch: security-review prompts, help texts, option aliases,
/// flag tables and test assertions all quote `--dangerously-skip-permissions` or `--yolo`. A flag
/// counts only when it sits in something that runs an agent CLI:
/// - an argument list whose earlier elements name the agent (`["claude", "-p", p, "--yolo"]`,
///   `spawn('claude', ['--dangerously-skip-permissions'])`, `{cmd: 'q', args: ['--trust-all-tools']}`),
///   where a dictionary key (`{"claude": ["--dangerously-skip-permissions"]}`) is a mapping, not a command; or
/// - a command string whose command word is the agent (`execSync("npx @google/gemini-cli --yolo -p x")`).
///
/// A lexical scan, bounded: strings (including Python triple quotes and template literals),
/// comments and brackets are tracked in one pass; nesting beyond 256 levels is not followed.
enum SourceLaunchScanner {
    struct Literal {
        var text: String
        var line: Int
        var column: Int
        var group: Int
        /// Agent commands named earlier in the same argument list or in the call around it.
        var argvAgents: [String]
    }

    struct Group {
        var parent: Int
        var agents: [String] = []
    }

    static let agentNames = ["claude", "gemini", "qwen", "codex", "cursor-agent", "q", "copilot", "amp", "aider", "opencode",
                             "@anthropic-ai/claude-code", "@google/gemini-cli", "@openai/codex", "@github/copilot",
                             "@qwen-code/qwen-code", "@sourcegraph/amp"]
    /// Agent names that may appear inside a variable name (`claude_bin`, `CODEX_PATH`).
    static let identifierAgents = ["claude", "gemini", "qwen", "codex", "copilot", "cursor_agent", "cursoragent", "aider", "opencode"]
    /// Words that may precede the command word of a command string.
    static let launchers: Set<String> = ["npx", "bunx", "pnpx", "pnpm", "yarn", "dlx", "exec", "env", "sudo", "nohup", "command",
                                         "timeout", "-y", "--yes", "time", "stdbuf", "-c", "sh", "bash", "zsh"]

    static func agentName(ofLiteral s: String) -> String? {
        guard s.utf8.count <= 200 else { return nil }
        let t = s.trimmingSpaces()
        return agentNames.first { AgentLaunchParser.isAgentToken(t, $0) }
    }

    /// Every string literal with the agents named around it. Comments are skipped.
    static func literals(_ bytes: [UInt8], python: Bool?) -> [Literal] {
        var out: [Literal] = []
        var groups = [Group(parent: -1)]
        var stack: [Int] = [0]
        var overflow = 0
        var line = 1
        var lineStart = 0
        var i = 0
        let n = bytes.count
        func isIdent(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x24 || c >= 0x80
        }
        /// The next byte after `j` that is not a space or tab.
        func nextSignificant(_ j: Int) -> UInt8? {
            var k = j
            while k < n, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
            return k < n ? bytes[k] : nil
        }
        func note(_ agent: String) {
            let g = stack.last!
            if groups[g].agents.count < 8 { groups[g].agents.append(agent) }
        }
        func resetStatement() {
            let g = stack.last!
            groups[g].agents.removeAll()
        }
        while i < n {
            let c = bytes[i]
            switch c {
            case 0x0A:
                line += 1
                lineStart = i + 1
                // A new line ends a statement at the top level (Python, and most JavaScript).
                if stack.count == 1 { resetStatement() }
                i += 1
            case 0x3B: // ;
                resetStatement()
                i += 1
            case 0x23 where python != false: // # comment (Python; a shebang line in JavaScript)
                let prev: UInt8 = i > 0 ? bytes[i - 1] : 0x0A
                if python == true || prev == 0x0A || prev == 0x20 || prev == 0x09 {
                    while i < n && bytes[i] != 0x0A { i += 1 }
                } else {
                    i += 1
                }
            case 0x2F where python != true && i + 1 < n && bytes[i + 1] == 0x2F: // // comment
                while i < n && bytes[i] != 0x0A { i += 1 }
            case 0x2F where python != true && i + 1 < n && bytes[i + 1] == 0x2A: // /* comment */
                i += 2
                while i + 1 < n && !(bytes[i] == 0x2A && bytes[i + 1] == 0x2F) {
                    if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
                    i += 1
                }
                i += 2
            case 0x28, 0x5B, 0x7B: // ( [ {
                if stack.count < 256 {
                    groups.append(Group(parent: stack.last!))
                    stack.append(groups.count - 1)
                } else {
                    overflow += 1
                }
                i += 1
            case 0x29, 0x5D, 0x7D: // ) ] }
                if overflow > 0 { overflow -= 1 } else if stack.count > 1 { stack.removeLast() }
                i += 1
            case 0x22, 0x27, 0x60: // " ' `
                let triple = python != false && c != 0x60 && i + 2 < n && bytes[i + 1] == c && bytes[i + 2] == c
                let startLine = line
                let startColumn = i - lineStart + 1
                var j = i + (triple ? 3 : 1)
                let contentStart = j
                var contentEnd = j
                var closed = false
                while j < n {
                    let d = bytes[j]
                    if d == 0x5C { // backslash escape
                        if j + 1 < n && bytes[j + 1] == 0x0A { line += 1; lineStart = j + 2 }
                        j += 2
                        continue
                    }
                    if d == 0x0A {
                        // Plain quotes end at the line end (unterminated); triple quotes and template literals go on.
                        if !triple && c != 0x60 { break }
                        line += 1
                        lineStart = j + 1
                    }
                    if d == c {
                        if !triple { contentEnd = j; j += 1; closed = true; break }
                        if j + 2 < n && bytes[j + 1] == c && bytes[j + 2] == c { contentEnd = j; j += 3; closed = true; break }
                    }
                    j += 1
                }
                if !closed { contentEnd = min(j, n) }
                let text = String(decoding: bytes[contentStart..<max(contentStart, contentEnd)], as: UTF8.self)
                let g = stack.last!
                let parent = groups[g].parent
                var argv = groups[g].agents
                if parent >= 0 { argv += groups[parent].agents }
                if out.count < 200_000 {
                    out.append(Literal(text: text, line: startLine, column: startColumn, group: g, argvAgents: argv))
                }
                // A literal followed by `:` is a key (`{"claude": [...]}`), not the command of an argument list.
                if let agent = agentName(ofLiteral: text), nextSignificant(j) != 0x3A { note(agent) }
                i = j
            default:
                if isIdent(c) && (i == 0 || !isIdent(bytes[i - 1])) {
                    var j = i
                    while j < n && (isIdent(bytes[j]) || bytes[j] == 0x2E) { j += 1 }
                    if j - i >= 4 && j - i <= 64 {
                        let word = String(decoding: bytes[i..<j], as: UTF8.self).lowercased()
                        // `claude_bin` names the agent; `CLAUDE_FLAG = ...` and `claude: ...` define things.
                        let next = nextSignificant(j)
                        let assigned = next == 0x3D && !nextEquals(bytes, from: j)
                        if next != 0x3A && !assigned && next != 0x28,
                           let agent = identifierAgents.first(where: { word.contains($0) }) {
                            note(agent)
                        }
                    }
                    i = j
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// Whether the `=` after position `j` is a comparison (`==`, `===`) rather than an assignment.
    static func nextEquals(_ bytes: [UInt8], from j: Int) -> Bool {
        var k = j
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        return k + 1 < bytes.count && bytes[k] == 0x3D && bytes[k + 1] == 0x3D
    }

    /// The agent that is the command word of the shell segment ending at `flagColumn`, if any.
    static func commandAgent(_ line: String, flagColumn: Int) -> String? {
        // The segment: from the last `&&`, `||`, `;`, `|`, `$(` before the flag.
        let chars = Array(line)
        var start = 0
        var k = 0
        let end = min(flagColumn - 1, chars.count)
        while k < end {
            let ch = chars[k]
            if ch == ";" || ch == "|" || ch == "&" || (ch == "(" && k > 0 && chars[k - 1] == "$") { start = k + 1 }
            k += 1
        }
        guard start < end else { return nil }
        let segment = String(chars[start..<end])
        for tok in AgentLaunchParser.tokenize(segment) {
            let t = tok.text
            if let a = agentNames.first(where: { AgentLaunchParser.isAgentToken(t, $0) }) { return a }
            if launchers.contains(t) || t.contains("=") || t.allSatisfy(\.isNumber) || t.hasPrefix("-") { continue }
            return nil
        }
        return nil
    }

    static func launches(_ bytes: [UInt8], python: Bool?) -> [AgentLaunch] {
        let lits = literals(bytes, python: python)
        guard !lits.isEmpty else { return [] }
        var lineCache: [Int: String] = [:]
        var sourceLines: [Substring]?
        func physicalLine(_ n: Int) -> String {
            if let l = lineCache[n] { return l }
            if sourceLines == nil {
                sourceLines = String(decoding: bytes, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            }
            let l = n - 1 < sourceLines!.count ? String(sourceLines![n - 1]) : ""
            lineCache[n] = l
            return l
        }
        var out: [AgentLaunch] = []
        var seen = Set<String>()
        for (li, lit) in lits.enumerated() {
            guard lit.text.contains("-") else { continue }
            let utf8 = Array(lit.text.utf8)
            // A lone option (`"--sandbox"`, `"-y"`) may take its value or meaning from the elements around it.
            let loneOption = utf8.count < 64 && utf8.first == UInt8(ascii: "-")
            guard loneOption || AgentLaunchParser.prefilter.contains(where: { AgentLaunchParser.contains(utf8, $0) }) else { continue }
            var lineOffset = 0
            for rawLine in lit.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                defer { lineOffset += 1 }
                if rawLine.utf8.count > 20_000 { continue }
                let text = String(rawLine)
                let tokens = AgentLaunchParser.tokenize(text)
                for (idx, tok) in tokens.enumerated() {
                    for spec in AgentLaunchParser.specs {
                        var flagPart = tok.text[...]
                        var inlineValue: Substring?
                        if let eq = tok.text.firstIndex(of: "=") {
                            flagPart = tok.text[..<eq]
                            inlineValue = tok.text[tok.text.index(after: eq)...]
                        }
                        guard flagPart == spec.needle else { continue }
                        if let want = spec.value {
                            var next = inlineValue ?? (idx + 1 < tokens.count ? tokens[idx + 1].text[...] : nil)
                            // `["codex", "--sandbox", "danger-full-access"]`: the value is the next element.
                            if next == nil, idx == tokens.count - 1, li + 1 < lits.count, lits[li + 1].group == lit.group {
                                next = AgentLaunchParser.tokenize(lits[li + 1].text).first.map { $0.text[...] }
                            }
                            guard let v = next, v.lowercased() == want.lowercased() else { continue }
                        }
                        // The agent: from the argument list around the literal, or the command word of the string.
                        var agents = lit.argvAgents
                        if let a = commandAgent(text, flagColumn: tok.column) { agents.append(a) }
                        guard !agents.isEmpty else { continue }
                        if !spec.distinctive {
                            guard agents.contains(where: { spec.agents.contains($0) }) else { continue }
                        }
                        let flagText = spec.value.map { "\(spec.needle) \($0)" } ?? spec.needle
                        let lineNo = lit.line + lineOffset
                        guard seen.insert("\(lineNo) \(flagText)").inserted else { continue }
                        let column = lineOffset == 0 ? lit.column + tok.column : tok.column
                        let physical = physicalLine(lineNo).trimmingSpaces()
                        let excerpt = physical.count > 200 ? String(physical.prefix(200)) + "..." : physical
                        var product = spec.product
                        if spec.needle == "--yolo" && agents.contains(where: { $0 == "codex" || $0 == "@openai/codex" }) { product = .codex }
                        out.append(AgentLaunch(product: product, flag: flagText, effect: spec.effect, line: lineNo, column: column,
                                               excerpt: excerpt))
                        if out.count >= 10_000 { return out }
                    }
                }
            }
        }
        return out
    }
}
