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

    /// Splits a code block into its code with string literals blanked out, and the literals' contents.
    static func splitLiterals(_ code: String) -> (code: String, literals: [String], names: [String]) {
        var outside = ""
        var literals: [String] = []
        var quote: Character?
        var current = ""
        var escaped = false
        // Per literal: the code character before it and after it (spaces skipped).
        var before: [Character?] = []
        var after: [Character?] = []
        var lastCode: Character?
        var awaitingAfter = false
        for c in code {
            if let q = quote {
                if escaped { current.append(c); escaped = false; continue }
                if c == "\\" { current.append(c); escaped = true; continue }
                if c == q {
                    literals.append(current)
                    current = ""
                    quote = nil
                    outside.append("\"\"")
                    awaitingAfter = true
                    after.append(nil)
                    continue
                }
                current.append(c)
            } else if c == "'" || c == "\"" {
                if awaitingAfter { awaitingAfter = false }
                quote = c
                before.append(lastCode)
            } else {
                outside.append(c)
                if c != " " && c != "\t" && c != "\n" && c != "\r" {
                    if awaitingAfter, !after.isEmpty { after[after.count - 1] = c; awaitingAfter = false }
                    lastCode = c
                }
            }
        }
        if quote != nil { literals.append(current); after.append(nil) }
        // Names spelled as strings: runs of literals joined by `~` (or `+`), and subscript keys.
        var names: [String] = []
        var run = ""
        var inRun = false
        for (k, lit) in literals.enumerated() {
            let b = k < before.count ? before[k] : nil
            let a = k < after.count ? after[k] : nil
            let joinedBefore = b == "~" || b == "+"
            let joinedAfter = a == "~" || a == "+"
            // `"_" * 2` repeats underscores into a dunder.
            let piece = a == "*" && !lit.isEmpty && lit.allSatisfy({ $0 == "_" }) ? lit + lit : lit
            if joinedBefore && inRun { run += piece } else {
                if inRun { names.append(run) }
                run = piece
                inRun = true
            }
            if !joinedAfter {
                if b == "[" || joinedBefore || piece != lit { names.append(run) }
                run = ""
                inRun = false
            }
        }
        if inRun, !run.isEmpty { names.append(run) }
        return (outside, literals, names)
    }

    /// A string that can only be a name (`popen`, `__globals__`, `os`): prose and markup, which templates join
    /// all the time (`'[INST] ' + content`), are not.
    static func isNameLike(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { $0 == 0x5F || ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }
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
        guard let first = marker.unicodeScalars.first, first.properties.isAlphabetic else { return code.contains(marker) }
        var rest = code[...]
        while let r = rest.range(of: marker) {
            if r.lowerBound == code.startIndex { return true }
            let before = code.unicodeScalars[code.unicodeScalars.index(before: r.lowerBound)]
            if !(before.properties.isAlphabetic || before == "_" || ("0"..."9").contains(before)) { return true }
            rest = code[r.upperBound...]
        }
        return false
    }

    static func inspect(_ template: String, maxBytes: Int = maxTemplateBytes) -> [Hit] {
        let bytes = Array(template.utf8.prefix(maxBytes))
        var hits: [Hit] = []
        var seen = Set<String>()
        var i = 0
        // `.format(` escapes the sandbox only through a lookup field in some format string of the template.
        var lookupFields: Bool?
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
            let code = String(decoding: bytes[(i + 2)..<min(j, bytes.count)], as: UTF8.self)
            let split = splitLiterals(code)
            let outside = split.code.lowercased()
            let literals = split.literals.map { $0.lowercased() }
            func found(_ marker: String) -> Bool {
                let m = marker.lowercased()
                if containsToken(outside, m) {
                    guard marker == ".format(" || marker == "format_map" else { return true }
                    if lookupFields == nil { lookupFields = hasLookupField(template) }
                    return lookupFields == true
                }
                // Dunder markers count on literals and on `~`/`+`-joined runs (`'{0.' ~ '_' ~ '_class_' ~ '_}'`).
                if stringMarkers.contains(marker),
                   literals.contains(where: { containsToken($0, m) }) || split.names.contains(where: { containsToken($0.lowercased(), m) }) {
                    return true
                }
                // Literals used as names: subscript keys and joined pieces (`cycler["_"~"_"~"init"~"_"~"_"]`,
                // `obj["popen"]`) are attribute lookups spelled as strings; every marker counts on them.
                return split.names.contains { isNameLike($0) && (containsToken($0.lowercased(), m) || containsToken($0.lowercased() + "(", m)) }
            }
            // Escapes Jinja decodes into any character (`"\N{LOW LINE}"`, `"\U0000005f"`) hide names from every marker.
            if !seen.contains("escape"), split.literals.contains(where: { $0.contains("\\N{") || $0.contains("\\U000") }) {
                seen.insert("escape")
                hits.append(Hit(reason: "`\\N{...}`/`\\U...` escapes hide characters (such as underscores) from inspection",
                                snippet: String(code.trimmingCharacters(in: .whitespacesAndNewlines).prefix(160)), offset: i))
            }
            for (marker, reason) in codeMarkers where !seen.contains(marker) && found(marker) && seen.insert(marker).inserted {
                let snippet = code.trimmingCharacters(in: .whitespacesAndNewlines)
                hits.append(Hit(reason: "`\(marker)` \(reason)", snippet: String(snippet.prefix(160)), offset: i))
            }
            i = j + 2
        }
        return hits
    }
}
