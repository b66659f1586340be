/// Whether a captured value looks like a value: a quoted literal, or the right-hand side of an
/// assignment, never an identifier, a dotted path, an import, a call, or a string that holds the
/// rule's own keyword (`from roboflow import RoboflowProviderSpec`, `qdrant_client.models.VectorParams`,
/// `api_key=token_provider_1`).
public enum ValueShape {
    /// Files whose bare words are code (identifiers), not literals, on the right of an `=`.
    static let codeExtensions: Set<String> = [
        "py", "pyi", "pyx", "ipynb", "js", "mjs", "cjs", "jsx", "ts", "tsx", "mts", "cts", "go", "rb", "java", "kt", "kts",
        "scala", "swift", "rs", "php", "cs", "c", "h", "cc", "cpp", "cxx", "hpp", "m", "mm", "dart", "lua", "r", "jl",
        "ex", "exs", "clj", "groovy", "gradle", "vue", "svelte", "fs", "vb", "pl", "pm", "zig", "nim", "cr", "hs", "ml",
    ]

    static func isCode(path: String) -> Bool {
        guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let ext = String(path[path.utf8.index(after: dot)...]).lowercased()
        return !ext.utf8.contains(UInt8(ascii: "/")) && codeExtensions.contains(ext)
    }

    /// The keyed rules' test: `range` is the value, the keyword sits at `keywordAt`.
    static func isValue(_ b: [UInt8], _ range: Range<Int>, keywordAt: Int, keywordLength: Int, path: String) -> Bool {
        let keyword = b[keywordAt..<min(b.count, keywordAt + keywordLength)].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        if containsCI(b, range, lowered: keyword) { return false }
        return isValue(b, range, path: path)
    }

    /// The shape test shared by every keyword-anchored rule.
    static func isValue(_ b: [UInt8], _ range: Range<Int>, path: String) -> Bool {
        let next: UInt8 = range.upperBound < b.count ? b[range.upperBound] : 0x20
        if next == UInt8(ascii: "(") { return false } // a call
        let prev: UInt8 = range.lowerBound > 0 ? b[range.lowerBound - 1] : 0x20
        let v = b[range]
        // In Markdown (and template strings) backticks mark code: `WebStandardStreamableHTTPServerTransport`
        // next to the word "Cloudflare" is a class name. A random key of this length without a single
        // digit is rare (under 0.1% at 40 base62 characters); an identifier without one is the rule.
        if prev == UInt8(ascii: "`"), isIdentifier(v), !v.contains(where: { $0 >= 48 && $0 <= 57 }) { return false }
        if prev == UInt8(ascii: "\"") || prev == UInt8(ascii: "'") || prev == UInt8(ascii: "`") { return true } // a literal
        if isDottedPath(v) { return false }
        if isIdentifier(v) { return isAssignmentRHS(b, range.lowerBound) && !isCode(path: path) }
        return true
    }

    /// `token_provider_1`, `RoboflowProviderSpec`, `s3_bucket`: segments of letters, each with at
    /// most trailing digits (or digits alone), joined by `_` or `-`. Random keys mix digits inside.
    static func isIdentifier<C: Collection>(_ v: C) -> Bool where C.Element == UInt8 {
        guard let f = v.first, isLetter(f) || f == UInt8(ascii: "_") || f == UInt8(ascii: "$") else { return false }
        var sawDigit = false
        for c in v {
            if c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: "$") { sawDigit = false; continue }
            if c >= 48, c <= 57 { sawDigit = true; continue }
            if isLetter(c) { if sawDigit { return false }; continue }
            return false
        }
        return true
    }

    /// `qdrant_client.models.VectorParams`: identifiers joined by dots.
    static func isDottedPath<C: Collection>(_ v: C) -> Bool where C.Element == UInt8 {
        guard v.contains(UInt8(ascii: ".")) else { return false }
        var part: [UInt8] = []
        for c in v {
            if c == UInt8(ascii: ".") {
                if part.isEmpty || !isIdentifier(part) { return false }
                part.removeAll(keepingCapacity: true)
            } else {
                part.append(c)
            }
        }
        return !part.isEmpty && isIdentifier(part)
    }

    /// Whether an assignment operator (`=`, `:`, `:=`, `=>`) precedes `i`, across spaces and a quote.
    static func isAssignmentRHS(_ b: [UInt8], _ i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= 0, b[k] == 0x20 || b[k] == 0x09, steps < 16 { k -= 1; steps += 1 }
        guard k >= 0 else { return false }
        if b[k] == UInt8(ascii: ">") { return k > 0 && b[k - 1] == UInt8(ascii: "=") }
        return b[k] == UInt8(ascii: "=") || b[k] == UInt8(ascii: ":")
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }

    /// ASCII case-insensitive test: `needle` (lower case) occurs in `b[range]`; allocates nothing.
    static func containsCI(_ b: [UInt8], _ range: Range<Int>, lowered needle: [UInt8]) -> Bool {
        let n = needle.count
        guard n > 0, n <= range.count, let first = needle.first else { return false }
        let firstUpper: UInt8 = first >= 97 && first <= 122 ? first - 32 : first
        var i = range.lowerBound
        let last = range.upperBound - n
        outer: while i <= last {
            let c = b[i]
            if c == first || c == firstUpper {
                var j = 1
                while j < n {
                    var d = b[i + j]
                    if d >= 65, d <= 90 { d += 32 }
                    if d != needle[j] { i += 1; continue outer }
                    j += 1
                }
                return true
            }
            i += 1
        }
        return false
    }

    /// ASCII case-insensitive substring test.
    static func containsCI<H: Collection, N: Collection>(_ hay: H, _ needle: N) -> Bool where H.Element == UInt8, N.Element == UInt8 {
        let h = Array(hay), n = Array(needle).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        guard !n.isEmpty, n.count <= h.count else { return false }
        var i = 0
        outer: while i + n.count <= h.count {
            for j in 0..<n.count {
                var c = h[i + j]
                if c >= 65, c <= 90 { c += 32 }
                if c != n[j] { i += 1; continue outer }
            }
            return true
        }
        return false
    }
}
