import Foundation

/// Heuristics for Jinja chat templates (GGUF `tokenizer.chat_template`, `tokenizer_config.json`)
/// that try to escape the sandbox the loader renders them in.
enum ChatTemplateInspector {
    struct Hit {
        var reason: String
        var snippet: String
        /// Offset of the snippet in the template text (UTF-8 bytes).
        var offset: Int
    }

    /// Tokens in template code that no chat template needs and every SSTI payload uses.
    static let codeMarkers: [(String, String)] = [
        ("__globals__", "reaches a function's globals"), ("__subclasses__", "enumerates classes"),
        ("__builtins__", "reaches builtins"), ("__class__", "walks to the class"), ("__mro__", "walks the class hierarchy"),
        ("__base__", "walks the class hierarchy"), ("__bases__", "walks the class hierarchy"), ("__init__", "reaches a constructor"),
        ("__import__", "imports modules"), ("__getattribute__", "reads attributes by name"), ("__dict__", "reads object internals"),
        ("__code__", "reads code objects"), ("__reduce__", "reaches pickling hooks"),
        ("popen", "runs a shell command"), ("subprocess", "starts a process"), ("os.system", "runs a shell command"),
        ("eval(", "evaluates code"), ("exec(", "executes code"), ("import_module", "imports modules"),
        ("|attr", "reads attributes by computed name"), ("attr(", "reads attributes by computed name"),
        ("\\x5f", "hides underscores in an escape"), ("\\u005f", "hides underscores in an escape"), ("\\137", "hides underscores in an escape"),
        ("_TemplateReference__context", "reaches the template context"), ("self._", "reaches template internals"),
        ("lipsum.", "reaches Jinja globals"), ("cycler.", "reaches Jinja globals"), ("joiner.", "reaches Jinja globals"),
        ("namespace.__", "reaches Jinja globals"), ("request.", "reaches the web request"), ("config.", "reaches application config"),
        ("url_for", "reaches Flask globals"), ("get_flashed_messages", "reaches Flask globals"),
        ("mro()", "walks the class hierarchy"), ("|format(", "builds strings with format (used to forge names)"),
        ("%c", "forges characters by code"),
        (".format(", "formats with attribute lookups (sandbox escape via str.format)"), ("format_map", "formats with attribute lookups"),
        ("__", "names a dunder attribute (double underscore, possibly split across concatenated strings)"),
    ]

    /// Markers that also count inside string literals: payloads spell attribute names as strings
    /// (`attr('__class__')`, `'__cla' ~ 'ss__'`, `'\\x5f'`, `'%c'|format(95)`). Every other marker names code
    /// (`request.`, `eval(`, `.format(`) and counts only outside literals: a system prompt that says
    /// "the user's request." is text.
    static let stringMarkers: Set<String> = [
        "__globals__", "__subclasses__", "__builtins__", "__class__", "__mro__", "__base__", "__bases__", "__init__",
        "__import__", "__getattribute__", "__dict__", "__code__", "__reduce__", "\\x5f", "\\u005f", "\\137",
        "_TemplateReference__context", "%c", "__",
    ]

    /// One code block split into its code with string literals blanked out (as `""`), the literals' contents,
    /// and the names spelled as strings. Letters are ASCII-lowercased in `code`, `literalsJoined`, `namesJoined`
    /// and `nameLikeJoined` (markers are ASCII). Pieces are kept in flat buffers, each piece followed by a NUL
    /// byte (no marker holds one, so no match spans two pieces, and a piece starts a word as the original
    /// did): a block of millions of one-character literals (`'a'~'b'~...`) costs a few bytes per literal, not
    /// an array per literal (that took 1.4 GB for a 50 MB template).
    struct Split {
        var code: [UInt8] = []
        /// Every literal's contents, lowercased, each followed by NUL.
        var literalsJoined: [UInt8] = []
        var literalCount = 0
        /// Names spelled as strings (runs of literals joined by `~`/`+`, subscript keys), each followed by NUL.
        var namesJoined: [UInt8] = []
        var nameCount = 0
        /// The names that can only be names (`isNameLike`), each followed by `(` and NUL.
        var nameLikeJoined: [UInt8] = []
        /// Whether a literal holds a `\N{` or `\U000` escape (case as written).
        var hasEscape = false
        /// The literals (original case) and names as separate pieces, only when asked (`keepPieces`).
        var literals: [ArraySlice<UInt8>] = []
        var names: [[UInt8]] = []
    }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    static let escapeMarkers: [[UInt8]] = [Array("\\N{".utf8), Array("\\U000".utf8)]

    /// Splits a code block (bytes) in one pass: linear in its length whatever its shape, and its memory a
    /// small multiple of the block's length.
    static func split(_ code: ArraySlice<UInt8>, keepPieces: Bool = false) -> Split {
        var out = Split()
        out.code.reserveCapacity(code.count)
        var quote: UInt8 = 0
        var start = code.startIndex
        var escaped = false
        var lastCode: UInt8 = 0
        // The literal that closed last, waiting for the code byte after it (spaces skipped; 0 for none).
        var pending: (range: Range<Int>, before: UInt8)?
        var openBefore: UInt8 = 0
        // Names spelled as strings: runs of literals joined by `~` (or `+`), and subscript keys.
        var run: [UInt8] = []
        var inRun = false
        func emit(_ name: [UInt8]) {
            out.namesJoined += name
            out.namesJoined.append(0)
            out.nameCount += 1
            if isNameLike(name) { out.nameLikeJoined += name; out.nameLikeJoined += [0x28, 0] }
            if keepPieces { out.names.append(name) }
        }
        func finish(_ range: Range<Int>, before b: UInt8, after a: UInt8) {
            let raw = code[range]
            if !out.hasEscape, raw.contains(0x5C), escapeMarkers.contains(where: { memmemContains(raw, $0) }) { out.hasEscape = true }
            if keepPieces { out.literals.append(raw) }
            // A copy of its own: a slice of `literalsJoined` would share its buffer, and the next append would
            // copy the whole buffer once per literal.
            let lit = raw.map(lower)
            out.literalsJoined += lit
            out.literalsJoined.append(0)
            out.literalCount += 1
            let joinedBefore = b == 0x7E || b == 0x2B
            let joinedAfter = a == 0x7E || a == 0x2B
            // `"_" * 2` repeats underscores into a dunder.
            let doubled = a == 0x2A && !lit.isEmpty && lit.allSatisfy { $0 == 0x5F }
            if joinedBefore && inRun {
                run += lit
                if doubled { run += lit }
            } else {
                if inRun { emit(run) }
                run = lit
                if doubled { run += lit }
                inRun = true
            }
            if !joinedAfter {
                if b == 0x5B || joinedBefore || doubled { emit(run) }
                run = []
                inRun = false
            }
        }
        var i = code.startIndex
        while i < code.endIndex {
            let c = code[i]
            if quote != 0 {
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == quote {
                    pending = (start..<i, openBefore)
                    quote = 0
                    out.code.append(0x22); out.code.append(0x22)
                }
            } else if c == 0x27 || c == 0x22 {
                if let p = pending { finish(p.range, before: p.before, after: 0); pending = nil }
                quote = c
                start = i + 1
                openBefore = lastCode
            } else {
                out.code.append(lower(c))
                if !isSpace(c) {
                    if let p = pending { finish(p.range, before: p.before, after: c); pending = nil }
                    lastCode = c
                }
            }
            i += 1
        }
        if let p = pending { finish(p.range, before: p.before, after: 0) }
        if quote != 0 { finish(start..<code.endIndex, before: openBefore, after: 0) }
        if inRun, !run.isEmpty { emit(run) }
        return out
    }

    /// Splits a code block into its code with string literals blanked out, and the literals' contents
    /// (the string form of `split`, kept for callers and tests).
    static func splitLiterals(_ code: String) -> (code: String, literals: [String], names: [String]) {
        let bytes = Array(code.utf8)
        // The string form keeps the code's letter case.
        var outside: [UInt8] = []
        var quote: UInt8 = 0
        var escaped = false
        for c in bytes {
            if quote != 0 {
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == quote { quote = 0; outside += [0x22, 0x22] }
            } else if c == 0x27 || c == 0x22 { quote = c } else { outside.append(c) }
        }
        let s = split(bytes[...], keepPieces: true)
        return (String(decoding: outside, as: UTF8.self), s.literals.map { String(decoding: $0, as: UTF8.self) },
                s.names.map { String(decoding: $0, as: UTF8.self) })
    }

    /// A string that can only be a name (`popen`, `__globals__`, `os`): prose and markup, which templates join
    /// all the time (`'[INST] ' + content`), are not.
    static func isNameLike(_ s: String) -> Bool { isNameLike(Array(s.utf8)) }

    static func isNameLike(_ s: [UInt8]) -> Bool {
        !s.isEmpty && s.allSatisfy { $0 == 0x5F || ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }
    }

    /// A `str.format` replacement field that looks up an attribute or an item (`{0.__class__}`, `{x[0]}`):
    /// what makes `.format(` a sandbox escape. `'<eos{}>'.format(n)` and JSON text have none.
    static func hasLookupField(_ s: String) -> Bool {
        let b = Array(s.utf8)
        var i = 0
        while i < b.count {
            guard b[i] == 0x7B else { i += 1; continue }
            var j = i + 1
            while j < b.count, b[j] == 0x5F || (b[j] >= 0x30 && b[j] <= 0x39) || (b[j] | 0x20 >= 0x61 && b[j] | 0x20 <= 0x7A) { j += 1 }
            if j < b.count, b[j] == 0x5B || (b[j] == 0x2E && j + 1 < b.count && (b[j + 1] == 0x5F || (b[j + 1] | 0x20 >= 0x61 && b[j + 1] | 0x20 <= 0x7A))) {
                return true
            }
            i += 1
        }
        return false
    }

    /// Bytes of one template inspected (GGUF strings are capped at 16 MiB by the reader; longer templates
    /// are reported as incomplete by the caller).
    static let maxTemplateBytes = 64 << 20

    /// Whether `code` contains `marker`; a marker that starts with a letter must start a word there
    /// (`selectattr(` and `rejectattr(` are standard filters, not `attr(`; `pull_request.` is not `request.`).
    static func containsToken(_ code: String, _ marker: String) -> Bool {
        containsToken(Array(code.utf8)[...], Array(marker.utf8))
    }

    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        // Bytes of non-ASCII characters count as word characters (`épopen` is another identifier).
        c >= 0x80 || c == 0x5F || (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
    }

    /// Whether `hay` contains `marker` (a token when the marker starts with a letter). One left-to-right scan:
    /// the cost is at most the hay's length times the marker's (markers are under 30 bytes).
    static func containsToken(_ hay: ArraySlice<UInt8>, _ marker: [UInt8]) -> Bool {
        guard let first = marker.first, hay.count >= marker.count else { return false }
        let word = first | 0x20 >= 0x61 && first | 0x20 <= 0x7A
        return hay.withUnsafeBufferPointer { h in
            marker.withUnsafeBufferPointer { m in
                let n = h.count, k = m.count
                var at = 0
                while at + k <= n {
                    if h[at] == first {
                        var q = 1
                        while q < k, h[at + q] == m[q] { q += 1 }
                        if q == k, !word || at == 0 || !isWordByte(h[at - 1]) { return true }
                    }
                    at += 1
                }
                return false
            }
        }
    }

    /// Which of `markers` occur in `hay` (tokens for markers that start with a letter), among those `wanted`:
    /// one left-to-right pass, comparing at each byte only the markers that start with it.
    static func occurring(in hay: ArraySlice<UInt8>, _ markers: [[UInt8]], byFirst: [[Int]], wanted: [Bool]) -> [Bool] {
        var found = [Bool](repeating: false, count: markers.count)
        var left = wanted.reduce(0) { $0 + ($1 ? 1 : 0) }
        guard left > 0 else { return found }
        hay.withUnsafeBufferPointer { h in
            let n = h.count
            var at = 0
            while at < n {
                let cands = byFirst[Int(h[at])]
                if !cands.isEmpty {
                    for idx in cands where wanted[idx] && !found[idx] {
                        let m = markers[idx]
                        let k = m.count
                        guard at + k <= n else { continue }
                        var q = 1
                        while q < k, h[at + q] == m[q] { q += 1 }
                        guard q == k else { continue }
                        let first = m[0]
                        if first | 0x20 >= 0x61 && first | 0x20 <= 0x7A, at > 0, isWordByte(h[at - 1]) { continue }
                        found[idx] = true
                        left -= 1
                        if left == 0 { return }
                    }
                }
                at += 1
            }
        }
        return found
    }

    static func inspect(_ template: String, maxBytes: Int = maxTemplateBytes) -> [Hit] {
        let bytes = Array(template.utf8.prefix(maxBytes))
        var hits: [Hit] = []
        var seen = Set<String>()
        var i = 0
        // `.format(` escapes the sandbox only through a lookup field in some format string of the template.
        var lookupFields: Bool?
        // Markers a block's code or literals can hold must occur (lowercased) somewhere in the template: one
        // linear pass per marker here, so that a template of many blocks does not search every block for
        // every marker. Names joined from pieces are searched for every marker (they are not template text).
        let lowered = bytes.map(lower)
        let markerBytes = codeMarkers.map { Array($0.0.lowercased().utf8) }
        var byFirst = [[Int]](repeating: [], count: 256)
        for (idx, m) in markerBytes.enumerated() { byFirst[Int(m[0])].append(idx) }
        let all = [Bool](repeating: true, count: markerBytes.count)
        let inTemplate = occurring(in: lowered[...], markerBytes, byFirst: byFirst, wanted: all)
        let inString = codeMarkers.map { stringMarkers.contains($0.0) }
        let anyInTemplate = inTemplate.contains(true)
        // Which markers each search still wants (recomputed only after a hit).
        var open: [Bool] = [], openCode: [Bool] = [], openLiterals: [Bool] = [], openNames: [Bool] = []
        var openChanged = true
        let mayEscape = escapeMarkers.contains { memmemContains(bytes[...], $0) }
        // Only code blocks matter: `{{ ... }}` and `{% ... %}` (literal text is sent to the model, not run).
        while i + 1 < bytes.count {
            guard bytes[i] == 0x7B, bytes[i + 1] == 0x7B || bytes[i + 1] == 0x25 else { i += 1; continue }
            let close: UInt8 = bytes[i + 1] == 0x7B ? 0x7D : 0x25
            var j = i + 2
            // The block ends at the first `}}`/`%}` outside a string literal (`'}}' ~ payload` is one block).
            var quote: UInt8 = 0
            while j + 1 < bytes.count {
                let c = bytes[j]
                if quote != 0 {
                    if c == 0x5C { j += 2; continue }
                    if c == quote { quote = 0 }
                } else if c == 0x27 || c == 0x22 {
                    quote = c
                } else if c == close, bytes[j + 1] == 0x7D {
                    break
                }
                j += 1
            }
            j = min(j, bytes.count)
            let block = bytes[(i + 2)..<max(i + 2, j)]
            let s = split(block)
            func snippet() -> String {
                String(String(decoding: block, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).prefix(160))
            }
            // Escapes Jinja decodes into any character (`"\N{LOW LINE}"`, `"\U0000005f"`) hide names from every marker.
            if mayEscape, !seen.contains("escape"), s.hasEscape {
                seen.insert("escape")
                hits.append(Hit(reason: "`\\N{...}`/`\\U...` escapes hide characters (such as underscores) from inspection",
                                snippet: snippet(), offset: i))
            }
            if anyInTemplate || s.nameCount > 0 {
                if openChanged {
                    open = codeMarkers.map { !seen.contains($0.0) }
                    openCode = (0..<open.count).map { open[$0] && inTemplate[$0] }
                    openLiterals = (0..<open.count).map { openCode[$0] && inString[$0] }
                    openNames = (0..<open.count).map { open[$0] && inString[$0] }
                    openChanged = false
                }
                let none = [Bool](repeating: false, count: open.count)
                let inCode = anyInTemplate ? occurring(in: s.code[...], markerBytes, byFirst: byFirst, wanted: openCode) : none
                var inLiterals = none, inNames = none, inNameLike = none
                if s.literalCount > 0 {
                    // Literals and names are searched as one buffer each (pieces separated by NUL): one scan per
                    // marker and block, however many pieces the block has.
                    // Dunder markers count on literals and on `~`/`+`-joined runs (`'{0.' ~ '_' ~ '_class_' ~ '_}'`).
                    if anyInTemplate { inLiterals = occurring(in: s.literalsJoined[...], markerBytes, byFirst: byFirst, wanted: openLiterals) }
                    if s.nameCount > 0 {
                        inNames = occurring(in: s.namesJoined[...], markerBytes, byFirst: byFirst, wanted: openNames)
                        // Literals used as names: subscript keys and joined pieces (`cycler["_"~"_"~"init"~"_"~"_"]`,
                        // `obj["popen"]`) are attribute lookups spelled as strings; every marker counts on them, and a
                        // name used as a callee (`obj["eval"]`) counts for `eval(`.
                        if !s.nameLikeJoined.isEmpty { inNameLike = occurring(in: s.nameLikeJoined[...], markerBytes, byFirst: byFirst, wanted: open) }
                    }
                }
                for (idx, (marker, reason)) in codeMarkers.enumerated() where open[idx] {
                    var hit = false
                    if inCode[idx] {
                        if marker == ".format(" || marker == "format_map" {
                            if lookupFields == nil { lookupFields = hasLookupField(template) }
                            hit = lookupFields == true
                        } else {
                            hit = true
                        }
                    }
                    if !hit { hit = inLiterals[idx] || inNames[idx] || inNameLike[idx] }
                    if hit {
                        seen.insert(marker)
                        openChanged = true
                        hits.append(Hit(reason: "`\(marker)` \(reason)", snippet: snippet(), offset: i))
                    }
                }
            }
            i = j + 2
        }
        return hits
    }

    /// Whether `hay` contains `needle` anywhere (no token rule).
    static func memmemContains(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard hay.count >= needle.count else { return false }
        let k = needle.count
        var at = hay.startIndex
        while at + k <= hay.endIndex {
            if hay[at] == first {
                var q = 1
                while q < k, hay[at + q] == needle[q] { q += 1 }
                if q == k { return true }
            }
            at += 1
        }
        return false
    }
}
