import BulwarkFormats

/// One paragraph that reads as instructions aimed at a coding agent rather than at a person.
public struct InjectionMatch: Sendable, Hashable {
    public enum Signal: String, Sendable, Hashable, CaseIterable {
        case override = "tells the agent to ignore its previous instructions"
        case concealment = "tells the agent to hide what it does from the user"
        case secretAccess = "points the agent at credential files"
        case exfiltration = "asks for data to be sent to a remote address"
        case packageRun = "tells the agent to install or run a package"
        case importantTag = "wraps orders in an <IMPORTANT>/<SYSTEM> block"
        case shadowing = "tells the agent to change what other tools do (recipients, destinations)"
        case unreviewedInstall = "tells the agent to install a named package before its work"
        case skipConfirmation = "tells the agent not to ask for confirmation"
        case pushWithoutReview = "tells the agent to push or deploy without review"
        case encodedCommand = "tells the agent to decode and run an encoded command"
        case leakChannel = "tells the agent to put credentials into a commit, comment or URL that leaves the machine"
        case hiddenRemoteCode = "tells the agent to add remote code to what it writes and keep quiet about it"
        case downloadEveryTask = "tells the agent to pipe a download into a shell before every task"
    }
    /// 1-based line of the strongest signal.
    public var line: Int
    public var signals: [Signal]
    /// The offending text, trimmed to 160 characters.
    public var excerpt: String
    /// Whether the text sat in an HTML comment, invisible when the Markdown is rendered.
    public var inHTMLComment: Bool
}

/// Heuristics for injected instructions in text that agents read.
///
/// Judged per paragraph, on lowercased text. A single phrase decides only when it has no innocent
/// reading (ignore previous instructions); otherwise two signals must agree (credential files and an
/// upload address, an address to agents and an order to run a package). Documents that discuss
/// prompt injection (a SECURITY.md, a page that names the attack) are judged without their quoted
/// text, code spans and fenced blocks, and without paragraphs that talk about attacks.
///
/// Fast by construction: a keyword prefilter over the raw bytes runs first, and most files stop there.
public enum InjectionDetector {
    static let prefilterNeedles: [String] = [
        "instruction", "prompt", "directive", "guideline", "guardrail", "safety rule", "system message", "tell the user", "inform the user", "notify the user", "mention this",
        "mention it", "from the user", "reveal this", "user know", "<important", "<system", "~/.ssh", "id_rsa", "id_ed25519",
        ".aws/credentials", "exfiltrat", "if you are an ai", "ai assistant", "ai agent", "language model", "llm",
        "attention ai", "note to ai", "note for ai", "dear ai", "as an ai", "you are an ai", "ai model",
        "tell the human", "user see", ".npmrc", ".netrc", ".pypirc", "git-credentials", "wallet",
        "no need to mention", "without mentioning", "disclose", "never reveal", "keep it hidden", "keep this hidden",
        "ai agents:", "ai assistants:", "attention llm", "attention agent", "to any agent", "if you're an llm",
        "if you are claude", "if you are copilot", "if you are cursor", "if you are gemini", "if you are codex",
        "agent instructions", "instructions for", "change the recipient", "printenv", "process.env", "os.environ",
        "confirmation", "push to", "push directly", "push the", "without asking", "without review", "deploy to", "merge to", "merge into",
        "publish to", "without approval", "pnpm add", "npm install", "npm i ", "yarn add", "bun add",
        "pip install", "pip3 install", "uv add", "cargo install", "go install", "gem install",
        "contents of", "content of", "value of", "base64", "| sh", "| bash", "|sh", "|bash", "| iex", "push straight", "<script",
    ] + vocatives

    /// Needles grouped by their first byte, and a 256-entry table of the first bytes that start one.
    static let needleBytes: [[UInt8]] = prefilterNeedles.map { Array($0.utf8) }.sorted { $0[0] < $1[0] }
    /// `bucket[c] ..< bucket[c + 1]` are the indexes in `needleBytes` of needles starting with byte `c`.
    static let bucket: [Int] = {
        var t = [Int](repeating: 0, count: 257)
        for n in needleBytes { t[Int(n[0]) + 1] += 1 }
        for c in 0..<256 { t[c + 1] += t[c] }
        return t
    }()
    static let lowerTable: [UInt8] = (0...255).map { c in (c >= 0x41 && c <= 0x5A) ? UInt8(c) | 0x20 : UInt8(c) }

    /// Whether the bytes contain any keyword (ASCII case-insensitive). One pass with a lookup table;
    /// needles are compared only where a byte can start one.
    public static func prefilter(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            bucket.withUnsafeBufferPointer { bucket in
                lowerTable.withUnsafeBufferPointer { lower in
                    let n = b.count
                    var i = 0
                    while i < n {
                        let c = Int(lower[Int(b[i])])
                        var j = bucket[c]
                        let end = bucket[c + 1]
                        while j < end {
                            let needle = needleBytes[j]
                            if i + needle.count <= n, lower[Int(b[i + 1 < n ? i + 1 : i])] == needle[1] {
                                var k = 1
                                while k < needle.count && lower[Int(b[i + k])] == needle[k] { k += 1 }
                                if k == needle.count { return true }
                            }
                            j += 1
                        }
                        i += 1
                    }
                    return false
                }
            }
        }
    }

    /// Injected instructions in a text of the given kind.
    public static func scan(_ text: String, kind: InstructionKind, path: String = "", maxMatches: Int = 20) -> [InjectionMatch] {
        let bytes = Array(text.utf8)
        if kind == .toolDescription, let m = shadowing(text) { return [m] }
        guard prefilter(bytes) else { return [] }
        let lowerPath = path.lowercased()
        let discusses = lowerPath.hasSuffix("security.md") || lowerPath.contains("prompt-injection")
            || lowerPath.contains("prompt_injection") || discussesInjection(text.lowercased())
        var out: [InjectionMatch] = []
        for para in paragraphs(text, stripQuoted: discusses) {
            if out.count >= maxMatches { break }
            guard prefilter(Array(para.text.utf8)) else { continue }
            let low = para.text.lowercased()
            if discusses && discussionWords.contains(where: { low.contains($0) }) { continue }
            if let m = judge(low, original: para, kind: kind) { out.append(m) }
        }
        return out
    }

    static let discussionWords = ["attack", "attacker", "malicious", "injection", "example", "e.g.", "such as",
                                  "for instance", "detect", "phrase", "payload", "adversar", "jailbreak", "poison"]

    static func discussesInjection(_ low: String) -> Bool {
        low.contains("prompt injection") || low.contains("prompt-injection") || low.contains("jailbreak")
            || low.contains("tool poisoning") || low.contains("injection attack")
    }

    /// Whether a (trimmed) line opens a Markdown list item: `- `, `* `, `+ `, `1. `, `1) `.
    static func startsListItem(_ line: String) -> Bool {
        let u = Array(line.utf8)
        guard let f = u.first else { return false }
        if (f == 0x2D || f == 0x2A || f == 0x2B) { return u.count > 1 && u[1] == 0x20 }
        var i = 0
        while i < u.count, i < 4, u[i] >= 0x30, u[i] <= 0x39 { i += 1 }
        return i > 0 && i + 1 < u.count && (u[i] == 0x2E || u[i] == 0x29) && u[i + 1] == 0x20
    }

    struct Paragraph {
        var text: String
        var firstLine: Int
        var lines: [(Int, String)]
        var inComment: Bool
        /// The Markdown heading the paragraph sits under (its own first line when it opens with one).
        var heading: String = ""
    }

    /// Splits text into paragraphs; fenced code blocks are dropped, HTML comments kept (flagged).
    /// With `stripQuoted`, inline code and quoted strings are removed as well.
    static func paragraphs(_ text: String, stripQuoted: Bool) -> [Paragraph] {
        var out: [Paragraph] = []
        var cur: [(Int, String)] = []
        var inFence = false
        var inComment = false
        var curComment = false
        var heading = ""
        func flush() {
            if !cur.isEmpty {
                // A Markdown list item starts a new sentence: items of a style list rarely end with a
                // period, and words of one item ("silently") must not pair with another's ("the user").
                var joined = cur[0].1
                for (_, l) in cur.dropFirst() { joined += (startsListItem(l) ? "\n" : " ") + l }
                out.append(Paragraph(text: joined, firstLine: cur[0].0, lines: cur, inComment: curComment,
                                     heading: heading))
            }
            cur.removeAll()
            curComment = false
        }
        var lineNo = 0
        for raw in lines(text) {
            lineNo += 1
            if lineNo > 100_000 { break }
            let line = raw.trimmingSpaces()
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle(); flush(); continue }
            if inFence { continue }
            if line.isEmpty || line.hasPrefix("#") && !inComment { flush(); if line.isEmpty { continue } }
            if line.hasPrefix("#") && !inComment { heading = String(line.prefix(200)) }
            var l = line
            if l.contains("<!--") { inComment = true; curComment = true }
            if inComment { curComment = true }
            if l.contains("-->") { inComment = false }
            if stripQuoted { l = stripQuotes(l) }
            if l.utf8.count > 4000 { l = String(l.prefix(4000)) }
            cur.append((lineNo, l))
            if cur.count >= 12 { flush() }
        }
        flush()
        return out
    }

    /// The lines of a text with `\n` or `\r\n` endings. A Swift `String` holds CR LF as one
    /// `Character`, so splitting on `"\n"` alone leaves a Windows-edited file as a single line, and
    /// every signal of the file then lands in one paragraph (a "Tip for AI agents" note and a heading
    /// about environment variables 40 lines later read as one order).
    public static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    static func stripQuotes(_ s: String) -> String {
        var out = ""
        var quote: Character?
        for ch in s {
            if let q = quote {
                if ch == q || (q == "\u{201C}" && ch == "\u{201D}") { quote = nil }
                continue
            }
            if ch == "`" || ch == "\"" || ch == "\u{201C}" { quote = ch; continue }
            out.append(ch)
        }
        return out
    }

    // MARK: - Signals

    static let overrideVerbs = ["ignore", "disregard", "forget", "override", "bypass"]
    static let overrideNouns = ["instruction", "prompt", "directive", "guideline", "system message", "guardrail", "safety rule"]
    static let overrideScope = ["previous", "prior", "above", "earlier", "all ", "any ", "your ", "preceding", "former", "other ", "the system", "original"]

    static let concealment = [
        "do not tell the user", "don't tell the user", "do not inform the user", "don't inform the user",
        "do not mention this", "don't mention this", "do not mention it", "don't mention it", "never mention this",
        "without telling the user", "without informing the user", "without notifying the user", "without the user knowing",
        "hide this from the user", "hide it from the user", "keep this from the user", "keep this secret",
        "the user must not know", "the user should not know", "do not reveal this", "don't reveal this",
        "do not notify the user", "never tell the user", "do not let the user know", "don't let the user know",
        "do not show this to the user", "the user must not see", "the user should not see", "not visible to the user",
        "no need to mention", "without mentioning", "do not disclose", "don't disclose", "never disclose", "never reveal",
        "keep it hidden", "keep this hidden", "do not inform them", "without alerting",
        "do not tell the human", "don't tell the human", "do not alert the user", "silently", "user will not notice", "user won't notice",
    ]

    static let strongConcealment = concealment.filter { $0.contains("user") || $0.contains("human") }
    static let weakConcealment = concealment.filter { !($0.contains("user") || $0.contains("human")) }

    static let secretPaths = ["~/.ssh", "id_rsa", "id_ed25519", ".aws/credentials", "~/.aws", ".npmrc", ".netrc", ".pypirc",
                              ".git-credentials", "credentials.json", "/etc/passwd", "/etc/shadow", "~/.config/gh",
                              "mcp.json", "private key", "wallet", "keychain", ".env file", "the .env", " .env ", "`.env`",
                              "api keys", "secrets", "seed phrase", "~/.kube/config", "~/.docker/config.json",
                              "environment variables", "printenv", "process.env", "os.environ"]
    static let readVerbs = ["read", "cat ", "open", "collect", "gather", "copy", "contents of", "content of", "include",
                            "print", "output", "list", "find", "search", "grab", "retrieve", "extract", "pass"]
    static let exfilPhrases = ["exfiltrat", "send it to", "send them to", "send the contents", "send the content", "send all",
                               "post it to", "post them to", "post the contents", "upload it", "upload them", "upload the",
                               "curl -d", "curl --data", "curl -x post", "webhook", "?data=", "&data=", "transmit", "forward it to",
                               "forward them to", "as a parameter", "in the url", "to the url", "base64", "sidenote", "side note"]
    static let vocatives = ["if you are an ai", "if you're an ai", "attention ai", "note to ai", "note for ai", "dear ai",
                            "to any ai", "hey gemini", "hey codex", "ai assistants reading", "ai assistant reading", "ai agents reading", "ai agent reading",
                            "llms reading", "llm reading", "you are an ai", "for ai assistants",
                            "for ai agents", "instructions for ai", "ai model reading", "language models reading", "hey claude",
                            "hey copilot", "hey cursor", "[system]", "### system", "ai agents:", "ai assistants:",
                            "attention llm", "attention agent", "to ai agents", "to any agent", "if you are an llm",
                            "if you're an llm", "if you are a language model", "if you are claude", "if you are copilot",
                            "if you are cursor", "if you are gemini", "if you are codex", "agent instructions:",
                            "instructions for the agent", "instructions for agents", "llm instructions"]
    static let packageOrders = ["npm install", "npm i ", "npx ", "pnpm add", "pnpm dlx", "yarn add", "bun add", "bunx ",
                                "pip install", "pip3 install", "uv add", "uvx ", "pipx run", "go install", "cargo install",
                                "gem install", "curl ", "wget ", "| sh", "| bash", "iex", "run the following", "execute the following",
                                "run this command", "execute this command", "run the command", "powershell"]
    static let imperative = ["must", "should", "always", "first", "please", "need to", "before", "immediately", "required to",
                             "make sure", "be sure", "you will", "do not skip"]

    static let shadowCues = ["bcc", "other tool", "all emails", "change the recipient", "every email", "any email",
                             "every message", "all messages"]
    static let shadowTriggers = ["tool is called", "tool is used", "tool is invoked", "whenever you use", "before using any", "when calling the"]
    static let shadowActions = ["send", "forward", "copy", "also", "cc ", "instead"]

    /// Tool shadowing: a description that rewires other tools' recipients or destinations.
    static func shadowing(_ text: String) -> InjectionMatch? {
        let low = text.lowercased()
        let cue = containsAny(low, shadowCues) != nil
            || (containsAny(low, shadowTriggers) != nil && containsAny(low, shadowActions) != nil)
        guard cue else { return nil }
        let hasTarget = low.contains("http://") || low.contains("https://") || low.split(separator: " ").contains { w in
            let at = w.firstIndex(of: "@")
            return at != nil && w.contains(".") && w.first != "@"
        }
        let hasPhone = low.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).contains { w in
            w.hasPrefix("+") && w.dropFirst().filter(\.isNumber).count >= 8
        }
        guard hasTarget || hasPhone else { return nil }
        let excerpt = text.count > 160 ? String(text.prefix(160)) + "..." : text
        return InjectionMatch(line: 1, signals: [.shadowing], excerpt: excerpt, inHTMLComment: false)
    }

    static func containsAny(_ s: String, _ list: [String]) -> String? { list.first { s.contains($0) } }

    /// Sentences of a lower-cased paragraph (split on sentence ends, semicolons and line breaks).
    static func sentences(_ low: String) -> [Substring] {
        var out: [Substring] = []
        var start = low.startIndex
        var i = low.startIndex
        while i < low.endIndex {
            let c = low[i]
            let next = low.index(after: i)
            let end = c == "\n" || c == ";" || ((c == "." || c == "!" || c == "?") && (next == low.endIndex || low[next] == " " || low[next] == "\n"))
            if end { out.append(low[start..<i]); start = next }
            i = next
        }
        if start < low.endIndex { out.append(low[start...]) }
        return out
    }

    static let prohibitions = ["do not ", "don't ", "never ", "must not ", "should not ", "avoid ", "no "]

    /// Credential files together with a read verb in one sentence that is not a prohibition: "read
    /// ~/.ssh/id_rsa" counts, "do not commit `.env` files or print secrets" is ordinary hygiene.
    static func pointsAtSecrets(_ low: String) -> Bool {
        guard containsAny(low, secretPaths) != nil, containsAny(low, readVerbs) != nil else { return false }
        return sentences(low).contains { s in
            let padded = " " + s + " "
            guard containsAny(padded, secretPaths) != nil, containsAny(padded, readVerbs) != nil else { return false }
            // A prohibition counts only when it opens the sentence (after list markers).
            let body = padded.drop { " -*\t>".contains($0) }
            return !prohibitions.contains { body.hasPrefix($0) }
        }
    }

    /// Conditions that make "don't tell the user ..." honest reporting, not hiding ("don't tell the
    /// user a task is done until tests pass").
    static let reportingConditions = [" until ", " unless ", " without verifying", " without checking", " if you have not", " if you haven't"]

    static let secretNouns = ["api key", "secret", "password", "token", "credential", "private key"]

    /// "Never tell the user the values of API keys": keeping secret values out of answers, not hiding
    /// an action. The secret must be the object (within the next six words), with no clause about what
    /// the agent did ("that you read their credentials" stays concealment).
    static func isRedaction(_ after: String) -> Bool {
        let head = after.split(separator: " ").prefix(6).joined(separator: " ")
        return containsAny(head, secretNouns) != nil && !after.contains(" that ") && !after.contains(" you ")
    }

    /// A strong concealment phrase whose sentence is not a reporting discipline.
    static func hidesFromUser(_ low: String) -> Bool {
        guard containsAny(low, strongConcealment) != nil else { return false }
        return sentences(low).contains { s in
            guard let phrase = containsAny(String(s), strongConcealment), let r = s.range(of: phrase) else { return false }
            let after = " " + s[r.upperBound...] + " "
            return containsAny(after, reportingConditions) == nil && !isRedaction(after)
        }
    }

    /// "prompt" in its shell and UI senses ("override `cd` or hack your shell prompt").
    static let nonModelPrompts = ["shell prompt", "command prompt", "bash prompt", "zsh prompt", "terminal prompt",
                                  "password prompt", "login prompt", "sudo prompt", "prompt string", "ps1 prompt", "git prompt",
                                  "prompt_command", "confirmation prompt", "install prompt", "the prompt character"]

    static func hasOverride(_ s: String) -> Bool {
        for verb in overrideVerbs {
            var search = s[...]
            while let r = search.range(of: verb) {
                // Whole words only: "Claude ignored my instructions" and "overrides the prompt" report or
                // describe; the order is the bare verb.
                let before = r.lowerBound == s.startIndex ? nil : s[s.index(before: r.lowerBound)]
                let after = r.upperBound == s.endIndex ? nil : s[r.upperBound]
                if before.map({ $0.isLetter }) == true || after.map({ $0.isLetter }) == true {
                    search = s[r.upperBound...]
                    continue
                }
                var window = String(search[r.upperBound...].prefix(70))
                for other in nonModelPrompts { window = window.replacingOccurrences(of: other, with: " ") }
                if overrideNouns.contains(where: { window.contains($0) }) && overrideScope.contains(where: { window.contains($0) }) {
                    // "ignore case", "ignore files" etc. never get here; "ignore the prompt" needs a scope word.
                    return true
                }
                search = search[r.upperBound...]
            }
        }
        // "New instructions:" alone is common prose ("two new instructions:" in a bytecode README).
        let announces = s.contains("new instructions:") || s.contains("updated instructions:")
        return announces && (s.contains("ignore") || s.contains("disregard") || s.contains("from now on") || s.contains("you must"))
    }

    /// A line that documents a command-line option (`| `-s, --system <prompt>` | Override the system
    /// prompt |`, `- `--system <prompt>`: override the system prompt`): it describes a flag, not an order.
    static func isOptionDoc(_ line: String) -> Bool {
        var t = line.trimmingSpaces()[...]
        while let f = t.first, f == "|" || f == "-" && t.dropFirst().first == " " || f == "*" || f == " " { t = t.dropFirst() }
        guard t.hasPrefix("`") else { return false }
        t = t.dropFirst()
        guard t.first == "-", let second = t.dropFirst().first, second == "-" || second.isLetter else { return false }
        return true
    }

    /// A paragraph under a heading that forbids what its list names ("## What NEVER to Store").
    static func underProhibitionHeading(_ original: Paragraph) -> Bool {
        guard !original.heading.isEmpty else { return false }
        let low = " " + original.heading.lowercased() + " "
        return [" never ", " do not ", " don't ", " must not ", " avoid ", " forbidden", " prohibited", " not allowed"].contains { low.contains($0) }
    }

    // MARK: - Orders that make the agent install, skip confirmation or push

    static let installCommands = ["pnpm add ", "pnpm install ", "pnpm i ", "npm install ", "npm i ", "yarn add ", "bun add ",
                                  "pip install ", "pip3 install ", "uv add ", "uv pip install ", "pipx install ", "cargo install ",
                                  "go install ", "gem install "]
    static let notPackages: Set<String> = ["the", "it", "them", "a", "an", "dependencies", "deps", "all", "packages", "everything",
                                           "to", "and", "with", "from", "in", "first", "locally", "globally", "or", "if", "then",
                                           "your", "any", "this", "that", "which", "for", "on", "is", "as", "."]

    /// The first package an install command in the text names (`pnpm add -D @acme/lint-booster@latest`),
    /// or nil for bare `npm install`, `pip install -e .`, `pip install -r requirements.txt`.
    static func namedInstall(_ low: String) -> String? {
        for cmd in installCommands {
            var search = low[...]
            while let r = search.range(of: cmd) {
                search = low[r.upperBound...]
                // A command word, not part of another word ("unpip install").
                if r.lowerBound > low.startIndex, low[low.index(before: r.lowerBound)].isLetter { continue }
                for word in low[r.upperBound...].prefix(160).split(separator: " ").prefix(8) {
                    var w = word[...]
                    if w.hasPrefix("`") || w.hasPrefix("\"") || w.hasPrefix("'") { break }
                    while let l = w.last, "`'\",.;:)".contains(l) { w = w.dropLast() }
                    if w.hasPrefix("-") {
                        if w == "-r" || w == "-e" || w == "--requirement" || w == "--editable" { break }
                        continue
                    }
                    if w.isEmpty || w.hasPrefix(".") || w.hasPrefix("/") || w.hasPrefix("<") || w.hasPrefix("$")
                        || w.hasPrefix("{") || notPackages.contains(String(w)) || w.hasSuffix(".txt") || w.hasSuffix(".toml") { break }
                    guard let f = w.first, f.isLetter || f.isNumber || f == "@" else { break }
                    return String(w)
                }
            }
        }
        return nil
    }

    static let askPhrases = ["ask for confirmation", "ask for permission", "ask for approval", "ask the user for", "ask the user before",
                             "ask before", "wait for confirmation", "wait for approval", "wait for the user", "confirm with the user",
                             "asking for confirmation", "asking for permission", "asking for approval", "asking the user for", "request confirmation",
                             "seek confirmation", "prompt the user", "prompt for confirmation"]
    static let askNegations = ["never ", "do not ", "don't ", "without ", "no need to ", "skip ", "must not ", "should not "]

    /// "Never ask for confirmation", "don't ask the user before committing", "without asking for approval".
    static func skipsConfirmation(_ low: String) -> Bool {
        for phrase in askPhrases {
            var search = low[...]
            while let r = search.range(of: phrase) {
                let before = String(low[..<r.lowerBound].suffix(24))
                if askNegations.contains(where: { before.contains($0) }) { return true }
                search = low[r.upperBound...]
            }
        }
        return false
    }

    static let pushVerbs = ["push", "merge", "deploy", "publish", "release"]
    static let protectedTargets = ["main", "master", "production", "prod ", "npm", "pypi", "the default branch", "origin"]
    static let unreviewed = ["without asking", "without review", "without a review", "without a pull request", "without opening a pull request",
                             "without approval", "without confirmation", "without waiting", "without a pr", "without opening a pr",
                             "skip review", "skip the review", "bypass review", "skipping review", "skipping code review", "skip code review",
                             "bypassing review", "bypassing code review", "without code review", "without any review", "--no-verify", "no pull request", "without checking with"]

    /// "Commit and push to main without asking": a push, merge or deploy to a protected target with an
    /// order to skip review, in one sentence that does not forbid it ("never push directly to main").
    static func pushesWithoutReview(_ low: String, confirmationSkipped: Bool) -> Bool {
        sentences(low).contains { sentence in
            let s = String(sentence)
            guard let verbRange = pushVerbs.compactMap({ s.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return false }
            let head = " " + s[..<verbRange.lowerBound]
            if prohibitions.contains(where: { head.contains(" " + $0) }) { return false }
            let tail = s[verbRange.lowerBound...]
            guard protectedTargets.contains(where: { tail.contains($0) }) else { return false }
            if containsAny(String(tail), unreviewed) != nil { return true }
            return confirmationSkipped && (tail.contains("directly") || tail.contains("straight to"))
        }
    }

    static let everyTask = ["before any task", "before every task", "before each task", "before starting any task", "before starting each task",
                            "before doing anything else", "before doing any", "before any other", "at the start of every", "at the start of each",
                            "before every session", "before any work", "before any change", "before making any change",
                            "before you answer", "before answering", "before you respond", "before responding", "before any request",
                            "before every request", "before each request", "at the start of every conversation",
                            "at the beginning of every", "before every response", "before each response"]

    static func judge(_ low: String, original: Paragraph, kind: InstructionKind) -> InjectionMatch? {
        var signals: [InjectionMatch.Signal] = []
        let overrideText = original.lines.contains { isOptionDoc($0.1) }
            ? original.lines.filter { !isOptionDoc($0.1) }.map(\.1).joined(separator: " ").lowercased() : low
        let override = hasOverride(overrideText)
        if override { signals.append(.override) }
        // Strong phrases name the user; weak ones ("do not mention it", "silently") need the user nearby.
        var conceal = hidesFromUser(low)
        if !conceal, containsAny(low, weakConcealment) != nil {
            // The weak phrase, the user and the negation in one sentence: "silently ignore unsupported
            // settings" is a coding rule even when another sentence of the list mentions the user.
            // "Do not silently upgrade unless the user asked" forbids the silence.
            conceal = sentences(low).contains { s in
                guard let phrase = containsAny(String(s), weakConcealment), let r = s.range(of: phrase) else { return false }
                let before = String(s[..<r.lowerBound].suffix(12))
                if ["not ", "never ", "don't ", "n't "].contains(where: { before.hasSuffix($0) }) { return false }
                return (s.contains("the user") || s.contains("the human")) &&
                    (s.contains("do not") || s.contains("don't") || s.contains("never") || s.contains("without")
                        || s.contains("no need"))
            }
        }
        if conceal { signals.append(.concealment) }
        let secret = pointsAtSecrets(low) && !underProhibitionHeading(original)
        if secret { signals.append(.secretAccess) }
        // "webhook" alone names a thing ("webhook URLs with tokens"); sending to one needs a verb.
        let sends = [" send ", " send it", " send the", " send all", " sends ", " post it", " post the", " post them", "upload",
                     " forward it", " forward the", " forward them", "transmit"].contains { (" " + low).contains($0) }
        let exfilPhrase = exfilPhrases.contains { $0 != "webhook" && low.contains($0) } || (low.contains("webhook") && sends)
        let exfil = exfilPhrase && (low.contains("http") || low.contains("exfiltrat") || (low.contains("webhook") && sends) || low.contains("parameter"))
        if exfil { signals.append(.exfiltration) }
        let tag = low.contains("<important>") || low.contains("<system>") || low.contains("</important>")
            || low.contains("<system_prompt>") || low.contains("<instructions>")
        if tag { signals.append(.importantTag) }
        let vocative = containsAny(low, vocatives) != nil
        let order = containsAny(low, packageOrders) != nil && containsAny(low, imperative) != nil
        if vocative && order { signals.append(.packageRun) }

        let agentFile = kind == .agentInstructions || kind == .toolDescription
        var decided = false
        // Orders to install a named package before work, to skip confirmation and to push unreviewed: wherever
        // an agent reads them, except a project's own README unless it addresses agents.
        if kind != .readme || vocative {
            let skips = skipsConfirmation(low)
            let pushes = pushesWithoutReview(low, confirmationSkipped: skips)
            let install = namedInstall(low) != nil
            let everyTime = containsAny(low, everyTask) != nil
            if install && (skips || pushes || everyTime) {
                signals.append(.unreviewedInstall)
                decided = true
            }
            if pushes {
                signals.append(.pushWithoutReview)
                decided = true
            }
            if skips && decided { signals.append(.skipConfirmation) }
        }
        if override { decided = true }
        if let extra = Self.channelSignals(low, original: original.text, kind: kind, everyTime: containsAny(low, everyTask) != nil) {
            signals.append(contentsOf: extra)
            decided = true
            if extra.contains(.hiddenRemoteCode) && !signals.contains(.concealment) { conceal = true }
        }
        if conceal && (agentFile || secret || exfil || tag || vocative || order || original.inComment) { decided = true }
        if secret && (exfil || vocative || tag || conceal) { decided = true }
        if secret && agentFile && (low.contains("http") || containsAny(low, imperative) != nil) && kind == .toolDescription { decided = true }
        if exfil && (vocative || tag || conceal) && (low.contains("http") || low.contains("exfiltrat")) { decided = true }
        if vocative && order && kind != .agentInstructions { decided = true }
        if tag && kind == .toolDescription { decided = true }
        if tag && (secret || exfil || conceal || order) { decided = true }
        guard decided else { return nil }
        // Point at the line that carries the first signal.
        var line = original.firstLine
        let needles = [overrideVerbs, concealment, secretPaths, exfilPhrases, ["<important", "<system"], vocatives,
                       installCommands, askPhrases, ["push to", "push directly", "deploy to", "base64", "![", "<script", "| sh", "| bash"]].joined()
        for (n, l) in original.lines {
            let ll = l.lowercased()
            if needles.contains(where: { ll.contains($0) }) { line = n; break }
        }
        let excerptSource = original.lines.first { $0.0 == line }?.1 ?? original.text
        let excerpt = excerptSource.count > 160 ? String(excerptSource.prefix(160)) + "..." : excerptSource
        return InjectionMatch(line: line, signals: signals, excerpt: excerpt, inHTMLComment: original.inComment)
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
