import BulwarkCore
import BulwarkFormats

/// MCP tool descriptions outside `.bulwark/mcp-snapshots/`: JSON documents that are plainly a
/// `tools/list` result, and the descriptions an MCP server's source registers with the SDKs
/// (Python `@mcp.tool()` docstrings and `description=`, TypeScript/JavaScript
/// `server.tool(name, description, ...)` and `registerTool(name, {description})`).
enum MCPToolSources {
    /// A tool found in server source: its name, description and the line the description starts on.
    struct SourceTool {
        var name: String
        var description: String
        var line: Int
    }

    // MARK: - tools/list JSON by content

    static let jsonNeedles: [[UInt8]] = [Array("\"tools\"".utf8)]
    static let schemaNeedles: [[UInt8]] = [Array("\"inputSchema\"".utf8), Array("\"input_schema\"".utf8)]

    /// Whether a JSON file's bytes may hold a `tools/list` result (cheap byte test).
    static func mayBeToolList(_ bytes: [UInt8]) -> Bool {
        jsonNeedles.contains { AgentLaunchParser.contains(bytes, $0) }
            && schemaNeedles.contains { AgentLaunchParser.contains(bytes, $0) }
            && AgentLaunchParser.contains(bytes, Array("\"description\"".utf8))
    }

    /// The snapshot when the JSON is a `tools/list` result: a `tools` array (top level or under
    /// `result`) whose entries have a name and an input schema.
    static func toolList(_ bytes: [UInt8]) -> MCPToolSnapshot? {
        guard mayBeToolList(bytes), let snap = try? MCPToolSnapshot.parse(bytes), !snap.tools.isEmpty,
              snap.tools.contains(where: { $0.inputSchema != nil }) else { return nil }
        return snap
    }

    // MARK: - Server source

    static let sourceMarkers = ["@mcp.tool", "@server.tool", ".tool(", "registerTool(", "@app.tool", ".add_tool("]

    static func mayRegisterTools(_ text: String) -> Bool {
        sourceMarkers.contains { text.contains($0) }
    }

    /// Tool descriptions registered in Python or TypeScript/JavaScript MCP server source.
    static func sourceTools(_ bytes: [UInt8], python: Bool) -> [SourceTool] {
        let text = String(decoding: bytes, as: UTF8.self)
        guard mayRegisterTools(text) else { return [] }
        let chars = Array(text.utf8)
        return python ? pythonTools(chars) : scriptTools(chars)
    }

    /// Reads a string literal at `i` (Python triple quotes, `'`, `"`, `` ` ``); returns its text and the index after it.
    static func literal(_ b: [UInt8], at i: Int) -> (String, Int)? {
        guard i < b.count else { return nil }
        var k = i
        // Python prefixes r, f, b, u.
        while k < b.count, k - i < 2, [UInt8(ascii: "r"), UInt8(ascii: "f"), UInt8(ascii: "b"), UInt8(ascii: "u"),
                                         UInt8(ascii: "R"), UInt8(ascii: "F")].contains(b[k]) { k += 1 }
        guard k < b.count else { return nil }
        let q = b[k]
        guard q == 0x22 || q == 0x27 || q == 0x60 else { return nil }
        let triple = q != 0x60 && k + 2 < b.count && b[k + 1] == q && b[k + 2] == q
        var j = k + (triple ? 3 : 1)
        let start = j
        while j < b.count && j - start < 256 << 10 {
            if b[j] == 0x5C { j += 2; continue }
            if b[j] == q {
                if !triple { return (String(decoding: b[start..<j], as: UTF8.self), j + 1) }
                if j + 2 < b.count && b[j + 1] == q && b[j + 2] == q { return (String(decoding: b[start..<j], as: UTF8.self), j + 3) }
            }
            if b[j] == 0x0A && !triple && q != 0x60 { return nil }
            j += 1
        }
        return nil
    }

    static func skipSpace(_ b: [UInt8], _ i: Int) -> Int {
        var k = i
        while k < b.count, b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0A || b[k] == 0x0D { k += 1 }
        return k
    }

    /// Adjacent or `+`-joined literals starting at `i` (`"a" + "b"`, Python implicit concatenation in parentheses).
    static func joinedLiteral(_ b: [UInt8], at i: Int) -> (String, Int)? {
        var k = skipSpace(b, i)
        var parens = 0
        while k < b.count, b[k] == 0x28 { parens += 1; k = skipSpace(b, k + 1) }
        guard var (text, next) = literal(b, at: k) else { return nil }
        var parts = 1
        while parts < 64 {
            var m = skipSpace(b, next)
            if m < b.count, b[m] == 0x2B { m = skipSpace(b, m + 1) }
            guard let (more, after) = literal(b, at: m) else { break }
            text += more
            next = after
            parts += 1
        }
        _ = parens
        return (text, next)
    }

    static func lineOf(_ b: [UInt8], _ offset: Int, cache: inout [Int]) -> Int {
        if cache.isEmpty {
            cache = [0]
            for (i, c) in b.enumerated() where c == 0x0A { cache.append(i + 1) }
        }
        var lo = 0, hi = cache.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if cache[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    static func find(_ b: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, b.count >= needle.count else { return nil }
        var i = from
        while i <= b.count - needle.count {
            if b[i] == needle[0] {
                var k = 1
                while k < needle.count && b[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// `@mcp.tool()` / `@server.tool(description="...")` followed by `def name(...):` and a docstring.
    static func pythonTools(_ b: [UInt8]) -> [SourceTool] {
        var out: [SourceTool] = []
        var lines: [Int] = []
        var i = 0
        var visits = 0
        while out.count < 1_000, visits < 5_000, let at = find(b, Array(".tool(".utf8), from: i) ?? find(b, Array(".add_tool(".utf8), from: i) {
            i = at + 6
            visits += 1
            // A decorator: `@` starts the line's expression (looked for within 200 bytes).
            var s = at
            while s > 0 && at - s < 200 && b[s - 1] != 0x0A { s -= 1 }
            let head = skipSpace(b, s)
            guard head < b.count, b[head] == 0x40 else { continue }
            // description= inside the decorator's parentheses.
            var end = at + 6
            var depth = 1
            while end < b.count && depth > 0 && end - at < 20_000 {
                if b[end] == 0x28 { depth += 1 } else if b[end] == 0x29 { depth -= 1 }
                end += 1
            }
            if let d = find(Array(b[at..<end]), Array("description".utf8), from: 0) {
                var k = skipSpace(b, at + d + "description".utf8.count)
                if k < b.count, b[k] == 0x3D {
                    k += 1
                    if let (text, _) = joinedLiteral(b, at: k) {
                        out.append(SourceTool(name: "?", description: text, line: lineOf(b, k, cache: &lines)))
                    }
                }
            }
            // def name(...): then the docstring.
            guard let def = find(b, Array("def ".utf8), from: end), def - end < 2_000 else { continue }
            var n = def + 4
            var name = ""
            while n < b.count, b[n] == 0x5F || (b[n] >= 0x30 && b[n] <= 0x39) || (b[n] | 0x20 >= 0x61 && b[n] | 0x20 <= 0x7A) {
                name.append(Character(Unicode.Scalar(b[n]))); n += 1
            }
            if let last = out.last, last.name == "?" { out[out.count - 1].name = name }
            // The header ends at the `:` after the closing parenthesis (and an optional return annotation).
            var p = n
            var pd = 0
            while p < b.count && p - n < 20_000 {
                if b[p] == 0x28 { pd += 1 } else if b[p] == 0x29 { pd -= 1 } else if b[p] == 0x3A && pd == 0 { break }
                p += 1
            }
            let bodyStart = skipSpace(b, p + 1)
            if let (doc, _) = literal(b, at: bodyStart) {
                out.append(SourceTool(name: name, description: doc, line: lineOf(b, bodyStart, cache: &lines)))
            }
            i = max(i, bodyStart)
        }
        return out
    }

    /// `server.tool("name", "description", ...)` and `registerTool("name", { description: "..." })`.
    static func scriptTools(_ b: [UInt8]) -> [SourceTool] {
        var out: [SourceTool] = []
        var lines: [Int] = []
        for needle in [".tool(", "registerTool("] {
            let nb = Array(needle.utf8)
            var i = 0
            var visits = 0
            while out.count < 1_000, visits < 5_000, let at = find(b, nb, from: i) {
                i = at + nb.count
                visits += 1
                guard let (name, afterName) = literal(b, at: skipSpace(b, i)) else { continue }
                var k = skipSpace(b, afterName)
                guard k < b.count, b[k] == 0x2C else { continue }
                k = skipSpace(b, k + 1)
                if k < b.count, b[k] == 0x7B {
                    // registerTool(name, { title, description: "...", inputSchema })
                    let window = Array(b[k..<min(b.count, k + 4_000)])
                    guard let d = find(window, Array("description".utf8), from: 0) else { continue }
                    var m = skipSpace(b, k + d + "description".utf8.count)
                    guard m < b.count, b[m] == 0x3A else { continue }
                    m += 1
                    if let (text, _) = joinedLiteral(b, at: m) {
                        out.append(SourceTool(name: name, description: text, line: lineOf(b, skipSpace(b, m), cache: &lines)))
                    }
                } else if let (text, _) = joinedLiteral(b, at: k) {
                    out.append(SourceTool(name: name, description: text, line: lineOf(b, k, cache: &lines)))
                }
            }
        }
        return out
    }

    /// Poisoning checks on descriptions found in server source.
    static func issues(_ tools: [SourceTool]) -> [ToolIssue] {
        var out: [ToolIssue] = []
        for t in tools {
            for run in HiddenUnicodeScanner.scan(Array(t.description.utf8), maxRuns: 5) {
                out.append(ToolIssue(tool: t.name, line: t.line, field: "description", injection: nil, hidden: run))
            }
            if let m = InjectionDetector.scan(t.description, kind: .toolDescription, maxMatches: 1).first {
                var m = m
                m.line = t.line + max(0, m.line - 1)
                out.append(ToolIssue(tool: t.name, line: m.line, field: "description", injection: m, hidden: nil))
            }
        }
        return out
    }
}
