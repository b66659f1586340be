import Foundation

/// A Python literal as `ast.literal_eval` builds it: what a `.npy` header is (numpy reads the header with
/// `ast.literal_eval`, so any spelling Python accepts is a header numpy accepts).
public indirect enum PythonLiteral: Sendable, Equatable {
    case str(String)
    case bytes([UInt8])
    /// An int, float or complex number (or a sum of them), as written.
    case number(String)
    case bool(Bool)
    case none
    case tuple([PythonLiteral])
    case list([PythonLiteral])
    case set([PythonLiteral])
    /// Key-value pairs in source order, duplicates kept: `value(forKey:)` returns the last, as a Python dict does.
    case dict([Pair])

    public struct Pair: Sendable, Equatable {
        public var key: PythonLiteral
        public var value: PythonLiteral
    }

    /// The value of the last pair whose key is the string `key` (Python keeps the last duplicate).
    public func value(forKey key: String) -> PythonLiteral? {
        guard case .dict(let pairs) = self else { return nil }
        return pairs.last { $0.key == .str(key) }?.value
    }

    /// A short Python-style rendering (`'|O'`, `[('a', '<f4')]`), cut at about `limit` characters.
    public func rendered(limit: Int = 200) -> String {
        var out = ""
        render(into: &out, limit: limit)
        return out.count > limit ? String(out.prefix(limit)) + "..." : out
    }

    private func render(into out: inout String, limit: Int) {
        guard out.count <= limit else { return }
        func seq(_ items: [PythonLiteral], _ open: String, _ close: String, oneTuple: Bool = false) {
            out += open
            for (n, v) in items.enumerated() {
                if n > 0 { out += ", " }
                v.render(into: &out, limit: limit)
                if out.count > limit { return }
            }
            if oneTuple, items.count == 1 { out += "," }
            out += close
        }
        switch self {
        case .str(let s):
            out += "'"
            for u in s.unicodeScalars {
                switch u {
                case "\\": out += "\\\\"
                case "'": out += "\\'"
                case " "..."~": out.unicodeScalars.append(u)
                default: out += u.value < 0x100 ? String(format: "\\x%02x", u.value) : String(format: "\\u%04x", u.value)
                }
            }
            out += "'"
        case .bytes(let b): out += "b'" + b.map { (0x20...0x7E).contains($0) && $0 != 0x27 && $0 != 0x5C ? String(UnicodeScalar($0)) : String(format: "\\x%02x", $0) }.joined() + "'"
        case .number(let n): out += n
        case .bool(let b): out += b ? "True" : "False"
        case .none: out += "None"
        case .tuple(let a): seq(a, "(", ")", oneTuple: true)
        case .list(let a): seq(a, "[", "]")
        case .set(let a): seq(a, "{", "}")
        case .dict(let pairs):
            out += "{"
            for (n, p) in pairs.enumerated() {
                if n > 0 { out += ", " }
                p.key.render(into: &out, limit: limit)
                out += ": "
                p.value.render(into: &out, limit: limit)
                if out.count > limit { return }
            }
            out += "}"
        }
    }
}

/// A bounded reader of Python literal syntax (the subset `ast.literal_eval` evaluates): dicts, lists, tuples,
/// sets, strings and bytes with every prefix, quote form, escape and implicit concatenation, numbers (with
/// signs, `1+2j`, and the Python 2 `L` suffix numpy filters out of old headers), `True`/`False`/`None`,
/// `set()`, comments and line continuations. Nesting is capped; time is linear in the text.
public struct PythonLiteralParser {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var offset: Int
        public var description: String { "\(message) at character \(offset)" }
    }

    /// The parsed value and, when something could only be approximated (a `\N{...}` name this reader does
    /// not know, a lone surrogate), why the value may differ from Python's.
    public struct Result: Sendable {
        public var value: PythonLiteral
        public var inexact: String?
    }

    public static let maxDepth = 100

    let s: [Unicode.Scalar]
    let allowLongSuffix: Bool
    var i = 0
    var depth = 0
    var inexact: String?

    /// Parses `text` as one Python literal expression.
    public static func parse(_ text: [Unicode.Scalar], allowLongSuffix: Bool = false) throws -> Result {
        var p = PythonLiteralParser(s: text, allowLongSuffix: allowLongSuffix)
        let v = try p.expression()
        p.skipSpace()
        guard p.i == p.s.count else { throw p.fail("unexpected text after the literal") }
        return Result(value: v, inexact: p.inexact)
    }

    public static func parse(_ text: String, allowLongSuffix: Bool = false) throws -> Result {
        try parse(Array(text.unicodeScalars), allowLongSuffix: allowLongSuffix)
    }

    func fail(_ message: String) -> Failure { Failure(message: message, offset: i) }

    func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

    mutating func skipSpace() {
        while i < s.count {
            switch s[i] {
            case " ", "\t", "\n", "\r", "\u{0C}": i += 1
            case "#": while i < s.count, s[i] != "\n", s[i] != "\r" { i += 1 }
            case "\\":
                // A line continuation.
                if peek(1) == "\n" { i += 2 } else if peek(1) == "\r" { i += peek(2) == "\n" ? 3 : 2 } else { return }
            default: return
            }
        }
    }

    /// A value, with the sums and differences of numbers `literal_eval` folds (`1+2j`, `-1-2j`).
    /// The folded text grows in place: a header of a million `+1` terms rebuilt the whole text per term
    /// (quadratic: 2.6 MB ran for minutes).
    mutating func expression() throws -> PythonLiteral {
        let v = try unary()
        guard case .number(var text) = v else { return v }
        while true {
            let save = i
            skipSpace()
            guard let op = peek(), op == "+" || op == "-" else { i = save; return .number(text) }
            i += 1
            guard case .number(let b) = try unary() else { throw fail("`\(op)` applied to a non-number") }
            text.unicodeScalars.append(op)
            text += b
        }
    }

    /// Signs are read in a loop, not by recursion: a run of a million `-` overflowed the stack.
    mutating func unary() throws -> PythonLiteral {
        skipSpace()
        var signs = String.UnicodeScalarView()
        while let c = peek(), c == "+" || c == "-" {
            signs.append(c)
            i += 1
            skipSpace()
        }
        guard let last = signs.last else { return try primary() }
        guard case .number(let n) = try primary() else { throw fail("unary `\(last)` applied to a non-number") }
        return .number(String(signs) + n)
    }

    mutating func primary() throws -> PythonLiteral {
        skipSpace()
        guard let c = peek() else { throw fail("unexpected end of the literal") }
        switch c {
        case "{": return try nested { try $0.braces() }
        case "[": return try nested { .list(try $0.items(close: "]")) }
        case "(": return try nested { try $0.parens() }
        case "'", "\"": return try strings()
        case "0"..."9", ".": return try number()
        default:
            guard c.properties.isAlphabetic || c == "_" else { throw fail("unexpected character `\(c)`") }
            if try stringPrefix() != nil { return try strings() }
            let start = i
            while let d = peek(), d.isASCII, d.properties.isAlphabetic || d == "_" || ("0"..."9").contains(d) { i += 1 }
            let name = String(String.UnicodeScalarView(s[start..<i]))
            switch name {
            case "True": return .bool(true)
            case "False": return .bool(false)
            case "None": return .none
            case "set":
                skipSpace()
                guard peek() == "(" else { throw fail("a name is not a literal") }
                i += 1
                skipSpace()
                guard peek() == ")" else { throw fail("set() with arguments is not a literal") }
                i += 1
                return .set([])
            default: throw fail("the name `\(name)` is not a literal")
            }
        }
    }

    mutating func nested(_ body: (inout PythonLiteralParser) throws -> PythonLiteral) throws -> PythonLiteral {
        depth += 1
        guard depth <= Self.maxDepth else { throw fail("nesting deeper than \(Self.maxDepth)") }
        defer { depth -= 1 }
        i += 1
        return try body(&self)
    }

    /// Comma-separated values up to `close` (the opening bracket already consumed); a trailing comma is allowed.
    mutating func items(close: Unicode.Scalar, first: PythonLiteral? = nil) throws -> [PythonLiteral] {
        var out: [PythonLiteral] = []
        if let first {
            out.append(first)
            skipSpace()
            if peek() == close { i += 1; return out }
            guard peek() == "," else { throw fail("expected `,` or `\(close)`") }
            i += 1
        }
        while true {
            skipSpace()
            if peek() == close { i += 1; return out }
            out.append(try expression())
            skipSpace()
            if peek() == "," { i += 1; continue }
            if peek() == close { i += 1; return out }
            throw fail("expected `,` or `\(close)`")
        }
    }

    mutating func parens() throws -> PythonLiteral {
        skipSpace()
        if peek() == ")" { i += 1; return .tuple([]) }
        let v = try expression()
        skipSpace()
        if peek() == ")" { i += 1; return v }
        return .tuple(try items(close: ")", first: v))
    }

    mutating func braces() throws -> PythonLiteral {
        skipSpace()
        if peek() == "}" { i += 1; return .dict([]) }
        let first = try expression()
        skipSpace()
        guard peek() == ":" else { return .set(try items(close: "}", first: first)) }
        var pairs: [PythonLiteral.Pair] = []
        var key = first
        while true {
            skipSpace()
            guard peek() == ":" else { throw fail("expected `:` in a dict") }
            i += 1
            pairs.append(.init(key: key, value: try expression()))
            skipSpace()
            if peek() == "}" { i += 1; return .dict(pairs) }
            guard peek() == "," else { throw fail("expected `,` or `}` in a dict") }
            i += 1
            skipSpace()
            if peek() == "}" { i += 1; return .dict(pairs) }
            key = try expression()
        }
    }

    mutating func number() throws -> PythonLiteral {
        let start = i
        while let c = peek(), c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "." {
            let hex = s[start...].count > 1 && (s[start + 1] == "x" || s[start + 1] == "X")
            i += 1
            // An exponent sign: `1e-3` (not in hex, where `e` is a digit).
            if !hex, c == "e" || c == "E", let sign = peek(), sign == "+" || sign == "-", let d = peek(1), ("0"..."9").contains(d) { i += 1 }
        }
        var text = String(String.UnicodeScalarView(s[start..<i]))
        if allowLongSuffix, let last = text.unicodeScalars.last, last == "L" || last == "l" { text.removeLast() }
        guard !text.isEmpty, text != "." else { throw fail("malformed number") }
        for u in text.unicodeScalars where !(u.isASCII && (("0"..."9").contains(u) || "._xXoObBeEjJabcdefABCDEF".unicodeScalars.contains(u))) {
            throw fail("malformed number `\(text)`")
        }
        return .number(text)
    }

    /// The prefix of a string literal at the cursor (`r`, `b`, `rb`, `u`, `f`...) if a quote follows it.
    func stringPrefix() throws -> String? {
        var k = 0
        var p = ""
        while k < 2, let c = peek(k), "rRbBuUfF".unicodeScalars.contains(c) { p.unicodeScalars.append(c); k += 1 }
        guard let q = peek(k), q == "'" || q == "\"" else { return nil }
        let l = p.lowercased()
        guard ["", "r", "b", "u", "f", "br", "rb", "fr", "rf"].contains(l) else { return nil }
        return l
    }

    /// One or more adjacent string literals, concatenated (mixing bytes and text is an error, as in Python).
    mutating func strings() throws -> PythonLiteral {
        var text: String?
        var bytes: [UInt8]?
        while true {
            skipSpace()
            guard let prefix = try stringPrefix() else { break }
            i += prefix.count
            if prefix.contains("f") { throw fail("an f-string is not a literal") }
            let isBytes = prefix.contains("b")
            let piece = try stringBody(raw: prefix.contains("r"), bytes: isBytes)
            if isBytes {
                guard text == nil else { throw fail("bytes and text concatenated") }
                var b = bytes ?? []
                for u in piece.unicodeScalars { b.append(UInt8(truncatingIfNeeded: u.value)) }
                bytes = b
            } else {
                guard bytes == nil else { throw fail("bytes and text concatenated") }
                text = (text ?? "") + piece
            }
        }
        if let bytes { return .bytes(bytes) }
        return .str(text ?? "")
    }

    mutating func stringBody(raw: Bool, bytes: Bool) throws -> String {
        guard let q = peek() else { throw fail("unterminated string") }
        let triple = peek(1) == q && peek(2) == q
        i += triple ? 3 : 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { throw fail("unterminated string") }
            if c == q {
                if !triple { i += 1; return String(out) }
                if peek(1) == q, peek(2) == q { i += 3; return String(out) }
            }
            if !triple, c == "\n" || c == "\r" { throw fail("end of line inside a string") }
            if bytes, !c.isASCII { throw fail("non-ASCII character in a bytes literal") }
            guard c == "\\", let e = peek(1) else { out.append(c); i += 1; continue }
            if raw {
                // A raw string keeps the backslash; it only stops the next quote from ending the string.
                out.append(c)
                out.append(e)
                i += 2
                continue
            }
            i += 2
            switch e {
            case "\n": break
            case "\r": if peek() == "\n" { i += 1 }
            case "\\", "'", "\"": out.append(e)
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var v = e.value - 0x30
                var n = 1
                while n < 3, let d = peek(), ("0"..."7").contains(d) { v = v * 8 + d.value - 0x30; i += 1; n += 1 }
                append(bytes ? v & 0xFF : v, to: &out)
            case "x": append(try hex(2), to: &out)
            case "u" where !bytes: append(try hex(4), to: &out)
            case "U" where !bytes:
                let v = try hex(8)
                guard v <= 0x10FFFF else { throw fail("\\U escape out of range") }
                append(v, to: &out)
            case "N" where !bytes:
                guard peek() == "{", let close = s[i...].prefix(128).firstIndex(of: "}") else { throw fail("malformed \\N escape") }
                let name = String(String.UnicodeScalarView(s[(i + 1)..<close])).uppercased()
                i = close + 1
                if let u = Self.characterNamed(name) {
                    out.append(u)
                } else {
                    out.append("\u{FFFD}")
                    inexact = inexact ?? "the escape \\N{\(name)} names a character this reader does not know"
                }
            default:
                // Python keeps an unknown escape as written (backslash included).
                out.append(c)
                out.append(e)
            }
        }
    }

    mutating func hex(_ count: Int) throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<count {
            guard let d = peek(), d.isASCII, let x = UInt32(String(d), radix: 16) else { throw fail("truncated hex escape") }
            v = v << 4 | x
            i += 1
        }
        return v
    }

    mutating func append(_ v: UInt32, to out: inout String.UnicodeScalarView) {
        if let u = Unicode.Scalar(v) {
            out.append(u)
        } else {
            // A lone surrogate: Python keeps it in the string; Swift cannot.
            out.append("\u{FFFD}")
            inexact = inexact ?? "a string holds a lone surrogate (\\u\(String(v, radix: 16)))"
        }
    }

    /// The characters a dtype string can be made of, by their Unicode names (Python looks `\N{...}` up
    /// case-insensitively); other names leave the value inexact.
    static func characterNamed(_ name: String) -> Unicode.Scalar? {
        for (p, base) in [("LATIN CAPITAL LETTER ", 0x41), ("LATIN SMALL LETTER ", 0x61)] where name.hasPrefix(p) {
            let rest = name.dropFirst(p.count)
            guard rest.count == 1, let c = rest.unicodeScalars.first, ("A"..."Z").contains(c) else { return nil }
            return Unicode.Scalar(UInt32(base) + c.value - 0x41)
        }
        let digits = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]
        if name.hasPrefix("DIGIT "), let n = digits.firstIndex(of: String(name.dropFirst(6))) { return Unicode.Scalar(UInt32(0x30 + n)) }
        let named: [String: Unicode.Scalar] = [
            "SPACE": " ", "COMMA": ",", "FULL STOP": ".", "LEFT PARENTHESIS": "(", "RIGHT PARENTHESIS": ")",
            "LEFT SQUARE BRACKET": "[", "RIGHT SQUARE BRACKET": "]", "LESS-THAN SIGN": "<", "GREATER-THAN SIGN": ">",
            "EQUALS SIGN": "=", "VERTICAL LINE": "|", "QUESTION MARK": "?", "LOW LINE": "_", "APOSTROPHE": "'",
            "QUOTATION MARK": "\"", "COLON": ":", "REVERSE SOLIDUS": "\\", "NULL": "\u{0}",
        ]
        return named[name]
    }
}
