/// Where the prompt of an agent launched with a bypass flag comes from, which decides what an
/// attacker can do with the launch.
///
/// A bypass flag on a prompt built from outside text (issue and pull-request text, CI event data,
/// fetched pages, command output, files read at run time) hands that text a shell. On a literal
/// prompt that the script itself defines, nothing outside the script writes the agent's orders.
/// The judgement is lexical and bounded: for shell scripts the prompt argument is traced through
/// variable assignments and function parameters in the same file (six steps at most); in
/// JavaScript, TypeScript and Python, where arguments are not traced, the file as a whole must read
/// no outside text (no network client, no stdin, no file reads, no environment or CI event data).
public enum PromptOrigin: Sendable, Hashable {
    /// The prompt is literal text defined in the file (directly, or through variables and function
    /// arguments that are assigned only literals).
    case fixed(String)
    /// The prompt is built from, or the file reads, text from outside: the reason.
    case outside(String)
    /// The prompt comes from outside the file in a way the file does not show (environment, the
    /// script's arguments): the reason.
    case unknown(String)

    public var isFixed: Bool { if case .fixed = self { return true }; return false }

    /// Outside-text markers in shell scripts and Makefiles: CI event data, issue and PR text, fetches.
    static let shellMarkers = ["gh issue", "gh pr ", "gh api", "GITHUB_EVENT_PATH", "github.event", "${{", "CI_MERGE_REQUEST_",
                               "CI_COMMIT_MESSAGE", "CI_COMMIT_TITLE", "CI_COMMIT_DESCRIPTION", "SYSTEM_PULLREQUEST",
                               "BITBUCKET_PR_", "CHANGE_TITLE", "ISSUE_BODY", "ISSUE_TITLE", "PR_BODY", "PR_TITLE", "COMMENT_BODY",
                               "curl ", "wget ", "Invoke-WebRequest", "Invoke-RestMethod", "git fetch origin pull"]
    /// Outside-text markers in JS/TS/Python source, where the prompt argument is not traced.
    static let sourceMarkers = ["requests.", "urllib", "httpx", "aiohttp", "urlopen", "fetch(", "axios", "got(", "sys.stdin", "input(",
                                "process.stdin", "readline", "readFile", "read_text(", "read_bytes(", ".read()", "open(", "environ[",
                                "environ.get(", "getenv(", "process.env", "Deno.env", "GITHUB_EVENT_PATH", "github.event", "gh issue",
                                "gh pr ", "gh api", "octokit", "PyGithub", "from github import", "websocket", "socket."]

    /// Whether `marker` occurs in `text` not glued to a preceding identifier (`input(` is not `total_input(`).
    static func containsWord(_ text: String, _ marker: String) -> Bool {
        guard let first = marker.first, first.isLetter else { return text.contains(marker) }
        var rest = Substring(text)
        while let r = rest.firstRange(of: marker) {
            if r.lowerBound == text.startIndex { return true }
            let before = text[text.index(before: r.lowerBound)]
            if !(before.isLetter || before.isNumber || before == "_") { return true }
            rest = text[r.upperBound...]
        }
        return false
    }

    /// Judges every launch of one file (lines 1-based): the file-level checks run once, and at most
    /// 1,000 launches are traced (the others are `unknown`, so they stay high).
    public static func judge(_ text: String, lines launchLines: [Int], site: LaunchSite) -> [PromptOrigin] {
        switch site {
        case .ci, .sourceCode:
            let one = judge(text, line: launchLines.first ?? 1, site: site)
            return launchLines.map { _ in one }
        case .shell, .makefile, .packageJSON:
            if let m = shellMarkers.first(where: { text.contains($0) }) {
                return launchLines.map { _ in .outside("the script also reads outside text (`\(m.trimmingSpaces())`)") }
            }
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).prefix(200_000).map(String.init)
            var cache: [Int: PromptOrigin] = [:]
            var tracer = ShellTracer(lines: lines)
            return launchLines.enumerated().map { (i, line) in
                if let c = cache[line] { return c }
                guard i < 1_000, line >= 1, line <= lines.count else { return .unknown("not traced (too many launches in the file)") }
                tracer.steps = 0
                let r = tracer.launchPrompt(line: line - 1)
                cache[line] = r
                return r
            }
        }
    }

    /// Judges the launch at `line` (1-based) of a file of the given kind.
    public static func judge(_ text: String, line: Int, site: LaunchSite) -> PromptOrigin {
        switch site {
        case .ci:
            return .outside("a CI job runs the agent on the pipeline's checkout, which can be a merge request's code")
        case .sourceCode:
            if let m = sourceMarkers.first(where: { containsWord(text, $0) }) {
                return .outside("the file also reads outside text (`\(m)`)")
            }
            return .fixed("the file reads no outside text: its prompts are its own")
        case .shell, .makefile, .packageJSON:
            if let m = shellMarkers.first(where: { text.contains($0) }) {
                return .outside("the script also reads outside text (`\(m.trimmingSpaces())`)")
            }
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).prefix(200_000).map(String.init)
            guard line >= 1, line <= lines.count else { return .unknown("the launch line was not found") }
            var tracer = ShellTracer(lines: lines)
            return tracer.launchPrompt(line: line - 1)
        }
    }
}

/// A bounded, lexical tracer of where a shell word's value comes from.
struct ShellTracer {
    let lines: [String]
    var steps = 0
    /// Trimmed lines, computed once per file.
    let trimmed: [String]
    /// Variables already traced (their origin does not depend on where they are used).
    var memo: [String: PromptOrigin] = [:]
    static let maxSteps = 64
    static let harmless: Set<String> = ["HOME", "PWD", "USER", "TMPDIR", "RANDOM", "SECONDS", "LINENO", "PATH", "SHELL", "HOSTNAME", "BASH_SOURCE", "0", "#", "?", "$", "!"]

    init(lines: [String]) {
        self.lines = lines
        self.trimmed = lines.map { $0.trimmingSpaces() }
    }

    /// The prompt of the launch on line `index` (0-based): the last word of its command, or what a pipe feeds it.
    mutating func launchPrompt(line index: Int) -> PromptOrigin {
        // The logical line: continuation lines ending in `\` are joined.
        var start = index
        while start > 0, lines[start - 1].trimmingSpaces().hasSuffix("\\") { start -= 1 }
        var end = index
        while end < lines.count - 1, lines[end].trimmingSpaces().hasSuffix("\\"), end - index < 50 { end += 1 }
        let logical = lines[start...end].map { l -> String in
            let t = l.trimmingSpaces()
            return t.hasSuffix("\\") ? String(t.dropLast()) : t
        }.joined(separator: " ")
        let segments = Self.commands(logical)
        guard let at = segments.firstIndex(where: { seg in seg.words.contains { $0.hasPrefix("--dangerously") || $0.hasPrefix("--yolo") || $0.hasPrefix("--approval-mode") || $0.hasPrefix("--permission-mode") || $0 == "-y" || $0.hasPrefix("--sandbox") || $0.hasPrefix("--trust-all") || $0.hasPrefix("--allow-all") || $0 == "--force" || $0 == "-s" || $0.hasPrefix("--ask-for") || $0.hasPrefix("--yes-always") } })
        else { return .unknown("the launch command was not found") }
        let seg = segments[at]
        let args = seg.words.filter { !$0.isEmpty }
        if let last = args.last, !last.hasPrefix("-"), args.count > 1 {
            if last.hasPrefix("<<") { return .unknown("the prompt is a here-document") }
            return value(of: last, line: index, depth: 0)
        }
        if at > 0, segments[at - 1].pipeInto {
            // `echo "$TEXT" | claude -p --dangerously-skip-permissions`: the words piped in.
            return combine(segments[at - 1].words.dropFirst().map { value(of: $0, line: index, depth: 0) })
        }
        return .unknown("the prompt is not an argument of the launch (stdin or a file)")
    }

    struct Segment { var words: [String]; var pipeInto: Bool }

    /// Splits a command line into simple commands at unquoted `|`, `;`, `&&`, `||`, and each into
    /// words (quotes kept so literals can be told from expansions). Redirections are dropped.
    static func commands(_ s: String) -> [Segment] {
        var segs: [Segment] = []
        var words: [String] = []
        var cur = ""
        var quote: Character?
        var paren = 0
        var skipNext = false
        var chars = Array(s.prefix(20_000))
        chars.append(" ")
        var i = 0
        func endWord() {
            if !cur.isEmpty {
                if skipNext { skipNext = false }
                else if cur.hasPrefix(">") || cur.hasPrefix("<") && !cur.hasPrefix("<<") || cur.hasPrefix("2>") || cur.hasPrefix("&>") || cur == "1>" {
                    // A redirection: its target is the next word unless attached.
                    if cur == ">" || cur == ">>" || cur == "<" || cur == "2>" || cur == "2>>" || cur == "&>" || cur == "1>" { skipNext = true }
                } else { words.append(cur) }
            }
            cur = ""
        }
        func endSegment(pipe: Bool) {
            endWord()
            segs.append(Segment(words: words, pipeInto: pipe))
            words = []
        }
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                cur.append(c)
                if c == q && (q == "'" || i == 0 || chars[i - 1] != "\\") { quote = nil }
                i += 1; continue
            }
            switch c {
            case "'", "\"": quote = c; cur.append(c)
            case "$" where i + 1 < chars.count && chars[i + 1] == "(":
                paren += 1; cur.append(c)
            case "(" where paren > 0: paren += 1; cur.append(c)
            case ")" where paren > 0: paren -= 1; cur.append(c)
            case " ", "\t": if paren > 0 { cur.append(c) } else { endWord() }
            case "#" where cur.isEmpty && paren == 0:
                i = chars.count; continue
            case "|" where paren == 0:
                if i + 1 < chars.count && chars[i + 1] == "|" { endSegment(pipe: false); i += 1 } else { endSegment(pipe: true) }
            case ";" where paren == 0: endSegment(pipe: false)
            case "&" where paren == 0 && i + 1 < chars.count && chars[i + 1] == "&": endSegment(pipe: false); i += 1
            default: cur.append(c)
            }
            i += 1
        }
        endSegment(pipe: false)
        return segs.filter { !$0.words.isEmpty }
    }

    func combine(_ parts: [PromptOrigin]) -> PromptOrigin {
        if let o = parts.first(where: { if case .outside = $0 { return true }; return false }) { return o }
        if let u = parts.first(where: { if case .unknown = $0 { return true }; return false }) { return u }
        return parts.first ?? .unknown("no prompt")
    }

    /// Where a shell word's value comes from, as used at line `index`.
    mutating func value(of word: String, line index: Int, depth: Int) -> PromptOrigin {
        steps += 1
        if depth > 6 || steps > Self.maxSteps { return .unknown("the prompt's value could not be traced") }
        if word.hasPrefix("'") { return .fixed(word) }
        var parts: [PromptOrigin] = []
        let c = Array(word.prefix(4096))
        var i = 0
        while i < c.count {
            if c[i] == "`" || (c[i] == "$" && i + 1 < c.count && c[i + 1] == "(") {
                return .outside("the prompt includes command output (`\(String(c[i...].prefix(40)))`)")
            }
            if c[i] == "$", i + 1 < c.count {
                var j = i + 1
                var name = ""
                if c[j] == "{" {
                    j += 1
                    if j < c.count, c[j] == "!" || c[j] == "#" { j += 1 }
                    while j < c.count, c[j].isLetter || c[j].isNumber || c[j] == "_" { name.append(c[j]); j += 1 }
                    while j < c.count, c[j] != "}" { j += 1 }
                } else if c[j].isNumber || c[j] == "@" || c[j] == "*" {
                    name = String(c[j]); j += 1
                } else {
                    while j < c.count, c[j].isLetter || c[j].isNumber || c[j] == "_" { name.append(c[j]); j += 1 }
                }
                if !name.isEmpty { parts.append(variable(name, line: index, depth: depth + 1)) }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
        if parts.isEmpty { return .fixed(word) }
        let r = combine(parts)
        if case .fixed = r { return .fixed(word) }
        return r
    }

    /// The values a variable may hold at line `index`: its assignments in the file, or the arguments
    /// of the enclosing function's calls for `$1`...`$9` and `$@`.
    mutating func variable(_ name: String, line index: Int, depth: Int) -> PromptOrigin {
        if Self.harmless.contains(name) { return .fixed("$" + name) }
        if name.first!.isNumber || name == "@" || name == "*" {
            guard let (fn, defLine) = enclosingFunction(of: index) else {
                return .unknown("the prompt comes from the script's arguments (`$\(name)`)")
            }
            let calls = callSites(of: fn, excluding: defLine)
            guard !calls.isEmpty else { return .unknown("`\(fn)` is not called in the file") }
            var parts: [PromptOrigin] = []
            for (callLine, args) in calls.prefix(32) {
                if let n = Int(name) {
                    guard n - 1 < args.count else { parts.append(.unknown("a call of `\(fn)` passes no argument \(n)")); continue }
                    parts.append(value(of: args[n - 1], line: callLine, depth: depth))
                } else {
                    parts += args.map { value(of: $0, line: callLine, depth: depth) }
                }
            }
            return combine(parts)
        }
        if let m = memo[name] { return m }
        var parts: [PromptOrigin] = []
        let stepsBefore = steps
        for (li, l) in lines.enumerated() {
            if parts.count >= 32 { break }
            guard l.contains(name) else { continue }
            let t = trimmed[li]
            if t.hasPrefix("#") { continue }
            if t.hasPrefix("read ") || t.contains(" read ") || t.hasPrefix("mapfile") || t.hasPrefix("readarray") {
                let words = ShellTracer.commands(t).flatMap(\.words)
                if words.contains(name) { parts.append(.outside("`\(name)` is read at run time (`read`)")); continue }
            }
            if t.hasPrefix("for \(name) in ") {
                let list = String(t.dropFirst("for \(name) in ".count))
                parts += ShellTracer.commands(list).flatMap(\.words).filter { $0 != "do" }.map { value(of: $0, line: li, depth: depth) }
                continue
            }
            for v in assignments(of: name, in: l) { parts.append(value(of: v, line: li, depth: depth)) }
        }
        let r = parts.isEmpty ? .unknown("`$\(name)` is not set in the script (it comes from the environment)") : combine(parts)
        // Only complete traces are remembered (a trace cut by the step budget is not the variable's origin).
        if steps <= Self.maxSteps && depth <= 6 && steps - stepsBefore < Self.maxSteps { memo[name] = r }
        return r
    }

    /// The values assigned to `name` on a line (`name=v`, `local a=1 name="v"`, `export name=v`).
    func assignments(of name: String, in line: String) -> [String] {
        guard line.contains(name + "=") else { return [] }
        var out: [String] = []
        for seg in ShellTracer.commands(line) {
            for w in seg.words where w.hasPrefix(name + "=") || w.hasPrefix(name + "+=") {
                let v = w.drop { $0 != "=" }.dropFirst()
                out.append(v.isEmpty ? "''" : String(v))
            }
        }
        return out
    }

    /// The function whose body holds line `index`: the nearest definition above it (`name() {`, `function name`).
    func enclosingFunction(of index: Int) -> (String, Int)? {
        var i = index
        while i >= 0 {
            let t = lines[i].trimmingSpaces()
            if let r = t.firstRange(of: "()"), r.lowerBound > t.startIndex {
                var name = String(t[..<r.lowerBound])
                if name.hasPrefix("function ") { name = String(name.dropFirst(9)).trimmingSpaces() }
                if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ":" || $0 == "." }) {
                    return (name, i)
                }
            } else if t.hasPrefix("function ") {
                let name = t.dropFirst(9).prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                if !name.isEmpty { return (String(name), i) }
            }
            i -= 1
        }
        return nil
    }

    /// Lines that call `fn` and the words after it.
    func callSites(of fn: String, excluding defLine: Int) -> [(Int, [String])] {
        var out: [(Int, [String])] = []
        for (li, l) in lines.enumerated() where li != defLine && l.contains(fn) {
            for seg in ShellTracer.commands(l) {
                var w = seg.words[...]
                // `case` labels and keywords before the command word.
                while let f = w.first, f.hasSuffix(")") || ["then", "do", "else", "if", "!", "time"].contains(f) { w = w.dropFirst() }
                if w.first == fn { out.append((li, Array(w.dropFirst()))) }
            }
            if out.count >= 64 { break }
        }
        return out
    }
}
