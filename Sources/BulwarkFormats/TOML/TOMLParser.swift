/// A bounded TOML 1.0 parser that keeps the line of every key and value.
///
/// It reads `pyproject.toml`, `poetry.lock`, `uv.lock`, `Cargo.lock`, `pylock.toml` and Codex
/// `config.toml`: tables, arrays of tables, inline tables, dotted keys, the four string kinds,
/// integers, floats, booleans and dates (kept as text). Invalid documents (duplicate keys, a table
/// defined twice, bad escapes) are errors with a line and column; limits bound nesting depth, the
/// number of values and string length, so hostile input cannot exhaust memory or the stack.
public struct TOMLParser {
    public struct Limits: Sendable {
        /// Maximum nesting of tables and arrays, counting dotted key components.
        public var maxDepth: Int
        /// Maximum number of values (keys, array items) in the document.
        public var maxValues: Int
        /// Maximum length in bytes of one string.
        public var maxStringBytes: Int

        /// Values 2 million by default (about 40 bytes each as nodes, more for tables): real lockfiles
        /// have one value per 40-60 bytes (a 1.6 MB uv.lock about 30,000), so a 64 MiB one stays
        /// under 1.7 million, while 64 MiB of `0,` padding is 32 million (5 million were allowed).
        public init(maxDepth: Int = 64, maxValues: Int = 2_000_000, maxStringBytes: Int = 16 << 20) {
            self.maxDepth = maxDepth
            self.maxValues = maxValues
            self.maxStringBytes = maxStringBytes
        }

        public static let `default` = Limits()
    }

    public struct Error: Swift.Error, CustomStringConvertible, Sendable, Equatable {
        public var message: String
        public var line: Int
        public var column: Int
        public var description: String { "line \(line), column \(column): \(message)" }

        public init(message: String, line: Int, column: Int) {
            self.message = message
            self.line = line
            self.column = column
        }
    }

    // MARK: - Builder (reference types while parsing, frozen into values at the end)

    private final class TableBox {
        var slots = Slots()
        let line: Int
        let depth: Int
        /// Defined by a `[header]`.
        var headerDefined = false
        /// Created by a dotted key (`a.b = 1` creates `a`).
        var dottedDefined = false
        /// An inline table: closed to any later addition.
        var frozen = false
        init(line: Int, depth: Int) { self.line = line; self.depth = depth }
    }

    private final class ArrayBox {
        var items: [TableBox] = []
        let line: Int
        init(line: Int) { self.line = line }
    }

    private enum Slot {
        case value(TOMLNode, keyLine: Int)
        case table(TableBox, keyLine: Int)
        case tableArray(ArrayBox, keyLine: Int)
    }

    /// A table's keys in definition order with their slots. Small tables (a lockfile's packages have
    /// two to five keys) are searched linearly; a hash index is built only past 8 keys. A dictionary
    /// and an order array per table made a 390,000-package Cargo.lock take 340 MB.
    private struct Slots {
        private(set) var keys: [String] = []
        private(set) var values: [Slot] = []
        private var index: [String: Int]?

        private func find(_ k: String) -> Int? {
            if let index { return index[k] }
            return keys.firstIndex(of: k)
        }

        /// Setting a new key appends it; setting an existing one replaces its slot in place.
        subscript(k: String) -> Slot? {
            get { find(k).map { values[$0] } }
            set {
                guard let v = newValue else { return }
                if let at = find(k) { values[at] = v; return }
                keys.append(k)
                values.append(v)
                if index != nil {
                    index?[k] = keys.count - 1
                } else if keys.count > 8 {
                    var ix: [String: Int] = [:]
                    for (n, key) in keys.enumerated() { ix[key] = n }
                    index = ix
                }
            }
        }
    }

    private let b: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var values = 0
    private let limits: Limits

    private init(_ bytes: [UInt8], _ limits: Limits) {
        self.b = bytes
        self.limits = limits
    }

    /// Parses a whole document into its root table; a UTF-8 BOM is skipped.
    public static func parse(_ bytes: [UInt8], limits: Limits = .default) throws(Error) -> TOMLTable {
        var p = TOMLParser(bytes, limits)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p.i = 3; p.lineStart = 3 }
        let root = TableBox(line: 1, depth: 0)
        try p.document(root)
        return freeze(root)
    }

    public static func parse(_ text: String, limits: Limits = .default) throws(Error) -> TOMLTable {
        try parse(Array(text.utf8), limits: limits)
    }

    private static func freeze(_ t: TableBox) -> TOMLTable {
        var entries: [TOMLEntry] = []
        entries.reserveCapacity(t.slots.keys.count)
        for (k, slot) in zip(t.slots.keys, t.slots.values) {
            switch slot {
            case .value(let n, let kl):
                entries.append(TOMLEntry(key: k, keyLine: kl, value: n))
            case .table(let sub, let kl):
                entries.append(TOMLEntry(key: k, keyLine: kl,
                                         value: TOMLNode(value: .table(freeze(sub)), line: sub.line, column: 1)))
            case .tableArray(let arr, let kl):
                let items = arr.items.map { TOMLNode(value: .table(freeze($0)), line: $0.line, column: 1) }
                entries.append(TOMLEntry(key: k, keyLine: kl, value: TOMLNode(value: .array(items), line: arr.line, column: 1)))
            }
        }
        return TOMLTable(entries: entries, line: t.line)
    }

    // MARK: - Errors and low-level scanning

    private func error(_ m: String) -> Error {
        Error(message: m, line: line, column: i - lineStart + 1)
    }

    private var atEnd: Bool { i >= b.count }
    private func peek(_ k: Int = 0) -> UInt8? { i + k < b.count ? b[i + k] : nil }

    private mutating func countValue() throws(Error) {
        values += 1
        if values > limits.maxValues { throw error("more than \(limits.maxValues) values, the most Bulwark parses in one TOML document") }
    }

    private mutating func skipSpaces() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
    }

    /// Skips a comment up to (not including) the newline; control characters are invalid in comments.
    private mutating func skipComment() throws(Error) {
        guard peek() == UInt8(ascii: "#") else { return }
        while i < b.count, b[i] != 0x0A {
            let c = b[i]
            if c == 0x0D, peek(1) == 0x0A { break }
            if (c < 0x20 && c != 0x09) || c == 0x7F { throw error("control character in a comment") }
            i += 1
        }
    }

    /// Consumes a newline (LF or CRLF) if present.
    private mutating func newline() -> Bool {
        if peek() == 0x0A { i += 1; line += 1; lineStart = i; return true }
        if peek() == 0x0D, peek(1) == 0x0A { i += 2; line += 1; lineStart = i; return true }
        return false
    }

    /// Skips whitespace, comments and newlines.
    private mutating func skipBlank() throws(Error) {
        while true {
            skipSpaces()
            try skipComment()
            if !newline() { return }
        }
    }

    /// Requires the rest of the line to be blank or a comment.
    private mutating func endOfLine() throws(Error) {
        skipSpaces()
        try skipComment()
        if atEnd { return }
        if !newline() { throw error("expected a newline after the value") }
    }

    // MARK: - Document structure

    private mutating func document(_ root: TableBox) throws(Error) {
        var current = root
        try skipBlank()
        while !atEnd {
            if b[i] == UInt8(ascii: "[") {
                let headerLine = line
                let isArray = peek(1) == UInt8(ascii: "[")
                i += isArray ? 2 : 1
                skipSpaces()
                let keys = try key()
                skipSpaces()
                if isArray {
                    guard peek() == UInt8(ascii: "]"), peek(1) == UInt8(ascii: "]") else { throw error("expected `]]`") }
                    i += 2
                    current = try arrayTable(root, keys, headerLine)
                } else {
                    guard peek() == UInt8(ascii: "]") else { throw error("expected `]`") }
                    i += 1
                    current = try table(root, keys, headerLine)
                }
                try endOfLine()
            } else {
                try keyValue(into: current)
                try endOfLine()
            }
            try skipBlank()
        }
    }

    private func child(depth: Int, line: Int) throws(Error) -> TableBox {
        if depth > limits.maxDepth { throw error("nesting deeper than \(limits.maxDepth)") }
        return TableBox(line: line, depth: depth)
    }

    /// Walks the intermediate keys of a header, creating implicit tables.
    private func walkHeader(_ root: TableBox, _ keys: [(String, Int)]) throws(Error) -> TableBox {
        var t = root
        for (k, kl) in keys.dropLast() {
            switch t.slots[k] {
            case nil:
                let n = try child(depth: t.depth + 1, line: kl)
                t.slots[k] = .table(n, keyLine: kl)
                t = n
            case .table(let n, _):
                if n.frozen { throw error("cannot extend inline table `\(k)`") }
                t = n
            case .tableArray(let arr, _):
                guard let last = arr.items.last else { throw error("empty array of tables `\(k)`") }
                t = last
            case .value:
                throw error("key `\(k)` is already a value, not a table")
            }
        }
        return t
    }

    private mutating func table(_ root: TableBox, _ keys: [(String, Int)], _ headerLine: Int) throws(Error) -> TableBox {
        let parent = try walkHeader(root, keys)
        guard let (k, kl) = keys.last else { throw error("empty table name") }
        switch parent.slots[k] {
        case nil:
            let n = try child(depth: parent.depth + 1, line: headerLine)
            n.headerDefined = true
            parent.slots[k] = .table(n, keyLine: kl)
            try countValue()
            return n
        case .table(let n, _):
            if n.headerDefined || n.dottedDefined || n.frozen { throw error("table `\(k)` is defined twice") }
            n.headerDefined = true
            return n
        case .tableArray:
            throw error("`\(k)` is an array of tables, not a table")
        case .value:
            throw error("key `\(k)` is already a value")
        }
    }

    private mutating func arrayTable(_ root: TableBox, _ keys: [(String, Int)], _ headerLine: Int) throws(Error) -> TableBox {
        let parent = try walkHeader(root, keys)
        guard let (k, kl) = keys.last else { throw error("empty table name") }
        let n = try child(depth: parent.depth + 1, line: headerLine)
        n.headerDefined = true
        try countValue()
        switch parent.slots[k] {
        case nil:
            let arr = ArrayBox(line: headerLine)
            arr.items.append(n)
            parent.slots[k] = .tableArray(arr, keyLine: kl)
        case .tableArray(let arr, _):
            arr.items.append(n)
        case .table:
            throw error("`\(k)` is a table, not an array of tables")
        case .value:
            throw error("key `\(k)` is already a value (static arrays cannot be extended)")
        }
        return n
    }

    /// Parses `a.b.c = value` and stores it in `t`.
    private mutating func keyValue(into t: TableBox) throws(Error) {
        let keys = try key()
        skipSpaces()
        guard peek() == UInt8(ascii: "=") else { throw error("expected `=` after a key") }
        i += 1
        skipSpaces()
        var target = t
        for (k, kl) in keys.dropLast() {
            switch target.slots[k] {
            case nil:
                let n = try child(depth: target.depth + 1, line: kl)
                n.dottedDefined = true
                target.slots[k] = .table(n, keyLine: kl)
                target = n
            case .table(let n, _):
                if n.frozen { throw error("cannot extend inline table `\(k)`") }
                // A dotted key may not reopen a table that a `[header]` defined.
                if n.headerDefined && !n.dottedDefined { throw error("cannot add to table `\(k)` with a dotted key") }
                target = n
            default:
                throw error("key `\(k)` is already defined")
            }
        }
        guard let (k, kl) = keys.last else { throw error("empty key") }
        if target.slots[k] != nil { throw error("duplicate key `\(k)`") }
        let v = try value(depth: target.depth + 1)
        try countValue()
        target.slots[k] = .value(v, keyLine: kl)
    }

    // MARK: - Keys

    /// A dotted key: simple keys separated by `.` (whitespace allowed around dots).
    private mutating func key() throws(Error) -> [(String, Int)] {
        var out: [(String, Int)] = []
        while true {
            let kl = line
            out.append((try simpleKey(), kl))
            if out.count > limits.maxDepth { throw error("key with more than \(limits.maxDepth) parts") }
            skipSpaces()
            if peek() == UInt8(ascii: ".") {
                i += 1
                skipSpaces()
                continue
            }
            return out
        }
    }

    private static func isBare(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F
    }

    private mutating func simpleKey() throws(Error) -> String {
        guard let c = peek() else { throw error("expected a key") }
        if c == UInt8(ascii: "\"") {
            if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") { throw error("multi-line string as a key") }
            return try basicString()
        }
        if c == UInt8(ascii: "'") {
            if peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") { throw error("multi-line string as a key") }
            return try literalString()
        }
        let s = i
        while i < b.count, Self.isBare(b[i]) { i += 1 }
        if s == i { throw error("expected a key") }
        return String(decoding: b[s..<i], as: UTF8.self)
    }

    // MARK: - Values

    private mutating func value(depth: Int) throws(Error) -> TOMLNode {
        if depth > limits.maxDepth { throw error("nesting deeper than \(limits.maxDepth)") }
        let vl = line, vc = i - lineStart + 1
        guard let c = peek() else { throw error("expected a value") }
        let v: TOMLValue
        switch c {
        case UInt8(ascii: "\""):
            if peek(1) == c, peek(2) == c { v = .string(try multilineBasicString()) } else { v = .string(try basicString()) }
        case UInt8(ascii: "'"):
            if peek(1) == c, peek(2) == c { v = .string(try multilineLiteralString()) } else { v = .string(try literalString()) }
        case UInt8(ascii: "["):
            v = .array(try array(depth: depth))
        case UInt8(ascii: "{"):
            v = .table(TOMLParser.freeze(try inlineTable(depth: depth, line: vl)))
        default:
            v = try scalar()
        }
        return TOMLNode(value: v, line: vl, column: vc)
    }

    private mutating func array(depth: Int) throws(Error) -> [TOMLNode] {
        i += 1
        var items: [TOMLNode] = []
        while true {
            try skipBlank()
            guard let c = peek() else { throw error("unterminated array") }
            if c == UInt8(ascii: "]") { i += 1; return items }
            items.append(try value(depth: depth + 1))
            try countValue()
            try skipBlank()
            guard let d = peek() else { throw error("unterminated array") }
            if d == UInt8(ascii: ",") { i += 1; continue }
            if d == UInt8(ascii: "]") { i += 1; return items }
            throw error("expected `,` or `]` in an array")
        }
    }

    private mutating func inlineTable(depth: Int, line tl: Int) throws(Error) -> TableBox {
        i += 1
        let t = TableBox(line: tl, depth: depth)
        skipSpaces()
        if peek() == UInt8(ascii: "}") { i += 1; t.frozen = true; return t }
        while true {
            skipSpaces()
            try keyValue(into: t)
            skipSpaces()
            guard let c = peek() else { throw error("unterminated inline table") }
            if c == UInt8(ascii: ",") { i += 1; continue }
            if c == UInt8(ascii: "}") { i += 1; break }
            throw error("expected `,` or `}` in an inline table (inline tables are on one line)")
        }
        freezeAll(t)
        return t
    }

    private func freezeAll(_ t: TableBox) {
        var stack = [t]
        while let x = stack.popLast() {
            x.frozen = true
            for s in x.slots.values { if case .table(let n, _) = s { stack.append(n) } }
        }
    }

    private static func isTokenEnd(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: ",") || c == UInt8(ascii: "]")
            || c == UInt8(ascii: "}") || c == UInt8(ascii: "#")
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Booleans, numbers and dates: a bare token, validated by shape.
    private mutating func scalar() throws(Error) -> TOMLValue {
        let s = i
        while i < b.count, !Self.isTokenEnd(b[i]) { i += 1 }
        // `1979-05-27 07:32:00`: a date followed by a space and a time is one value.
        if i - s == 10, i + 3 < b.count, b[i] == 0x20, Self.isDigit(b[i + 1]), Self.isDigit(b[i + 2]),
           b[i + 3] == UInt8(ascii: ":"), b[s + 4] == UInt8(ascii: "-") {
            i += 1
            while i < b.count, !Self.isTokenEnd(b[i]) { i += 1 }
        }
        if s == i { throw error("expected a value") }
        let tok = Array(b[s..<i])
        let text = String(decoding: tok, as: UTF8.self)
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let v = Self.integer(tok) { return .integer(text.replacingUnderscores(), v.value) }
        if Self.isFloat(tok) { return .float(text) }
        if Self.isDateTime(tok) { return .datetime(text) }
        i = s
        throw error("invalid value `\(text.prefix(40))`")
    }

    /// An integer: decimal with optional sign and single underscores between digits, or 0x/0o/0b.
    private static func integer(_ t: [UInt8]) -> (value: Int64?, ok: Bool)? {
        var k = 0
        var negative = false
        if k < t.count, t[k] == UInt8(ascii: "+") || t[k] == UInt8(ascii: "-") { negative = t[k] == UInt8(ascii: "-"); k += 1 }
        guard k < t.count else { return nil }
        var radix: Int64 = 10
        if t.count - k > 2, t[k] == UInt8(ascii: "0"), k == 0 {
            switch t[k + 1] {
            case UInt8(ascii: "x"): radix = 16; k += 2
            case UInt8(ascii: "o"): radix = 8; k += 2
            case UInt8(ascii: "b"): radix = 2; k += 2
            default: break
            }
        }
        if radix == 10, t[k] == UInt8(ascii: "0"), t.count - k > 1 { return nil } // no leading zeros
        var value: Int64? = 0
        var prevDigit = false
        for j in k..<t.count {
            let c = t[j]
            if c == UInt8(ascii: "_") {
                if !prevDigit { return nil }
                prevDigit = false
                continue
            }
            let d: Int64
            switch c {
            case 0x30...0x39: d = Int64(c - 0x30)
            case 0x61...0x66 where radix == 16: d = Int64(c - 0x61 + 10)
            case 0x41...0x46 where radix == 16: d = Int64(c - 0x41 + 10)
            default: return nil
            }
            if d >= radix { return nil }
            prevDigit = true
            if let v = value {
                let (m, o1) = v.multipliedReportingOverflow(by: radix)
                let (a, o2) = m.addingReportingOverflow(negative ? -d : d)
                value = (o1 || o2) ? nil : a
            }
        }
        if !prevDigit { return nil }
        return (value, true)
    }

    private static func isFloat(_ t: [UInt8]) -> Bool {
        var k = 0
        if k < t.count, t[k] == UInt8(ascii: "+") || t[k] == UInt8(ascii: "-") { k += 1 }
        let rest = Array(t[k...])
        if rest == Array("inf".utf8) || rest == Array("nan".utf8) { return true }
        // digits [. digits] [e [+-] digits], underscores between digits.
        var sawDigit = false, sawDotOrExp = false, prevDigit = false, state = 0 // 0 int, 1 frac, 2 exp
        var j = k
        if j < t.count, t[j] == UInt8(ascii: "0"), j + 1 < t.count, isDigit(t[j + 1]) { return false }
        while j < t.count {
            let c = t[j]
            if isDigit(c) { sawDigit = true; prevDigit = true }
            else if c == UInt8(ascii: "_") { if !prevDigit { return false }; prevDigit = false; if j + 1 >= t.count || !isDigit(t[j + 1]) { return false } }
            else if c == UInt8(ascii: "."), state == 0 {
                if !prevDigit || j + 1 >= t.count || !isDigit(t[j + 1]) { return false }
                state = 1; sawDotOrExp = true; prevDigit = false
            } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E"), state < 2 {
                if !prevDigit { return false }
                state = 2; sawDotOrExp = true; prevDigit = false
                if j + 1 < t.count, t[j + 1] == UInt8(ascii: "+") || t[j + 1] == UInt8(ascii: "-") { j += 1 }
                if j + 1 >= t.count || !isDigit(t[j + 1]) { return false }
            } else { return false }
            j += 1
        }
        return sawDigit && sawDotOrExp && prevDigit
    }

    /// Dates `1979-05-27`, times `07:32:00(.999)`, date-times with `T`/space and `Z`/offset.
    private static func isDateTime(_ t: [UInt8]) -> Bool {
        func digits(_ from: Int, _ n: Int) -> Bool {
            guard from + n <= t.count else { return false }
            return t[from..<(from + n)].allSatisfy(isDigit)
        }
        func time(_ k: Int) -> Int? {
            guard digits(k, 2), k + 2 < t.count, t[k + 2] == UInt8(ascii: ":"), digits(k + 3, 2) else { return nil }
            var j = k + 5
            if j < t.count, t[j] == UInt8(ascii: ":") {
                guard digits(j + 1, 2) else { return nil }
                j += 3
                if j < t.count, t[j] == UInt8(ascii: ".") {
                    j += 1
                    let s = j
                    while j < t.count, isDigit(t[j]) { j += 1 }
                    if j == s { return nil }
                }
            }
            return j
        }
        if digits(0, 4), t.count >= 10, t[4] == UInt8(ascii: "-"), digits(5, 2), t[7] == UInt8(ascii: "-"), digits(8, 2) {
            if t.count == 10 { return true }
            guard t[10] == UInt8(ascii: "T") || t[10] == UInt8(ascii: "t") || t[10] == 0x20, var j = time(11) else { return false }
            if j == t.count { return true }
            if t[j] == UInt8(ascii: "Z") || t[j] == UInt8(ascii: "z") { return j + 1 == t.count }
            guard t[j] == UInt8(ascii: "+") || t[j] == UInt8(ascii: "-") else { return false }
            j += 1
            return digits(j, 2) && j + 5 == t.count && t[j + 2] == UInt8(ascii: ":") && digits(j + 3, 2)
        }
        if let j = time(0) { return j == t.count }
        return false
    }

    // MARK: - Strings

    private mutating func appendChecked(_ out: inout [UInt8], _ c: UInt8) throws(Error) {
        out.append(c)
        if out.count > limits.maxStringBytes { throw error("string longer than \(limits.maxStringBytes) bytes") }
    }

    private mutating func basicString() throws(Error) -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard let c = peek() else { throw error("unterminated string") }
            if c == UInt8(ascii: "\"") { i += 1; break }
            if c == 0x0A || c == 0x0D { throw error("newline in a single-line string") }
            if c == UInt8(ascii: "\\") { try escape(&out); continue }
            if (c < 0x20 && c != 0x09) || c == 0x7F { throw error("control character in a string") }
            try appendChecked(&out, c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func escape(_ out: inout [UInt8]) throws(Error) {
        i += 1
        guard let e = peek() else { throw error("unterminated escape") }
        i += 1
        switch e {
        case UInt8(ascii: "b"): try appendChecked(&out, 0x08)
        case UInt8(ascii: "t"): try appendChecked(&out, 0x09)
        case UInt8(ascii: "n"): try appendChecked(&out, 0x0A)
        case UInt8(ascii: "f"): try appendChecked(&out, 0x0C)
        case UInt8(ascii: "r"): try appendChecked(&out, 0x0D)
        case UInt8(ascii: "e"): try appendChecked(&out, 0x1B)
        case UInt8(ascii: "\""): try appendChecked(&out, 0x22)
        case UInt8(ascii: "\\"): try appendChecked(&out, 0x5C)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = e == UInt8(ascii: "u") ? 4 : 8
            guard i + n <= b.count else { throw error("truncated unicode escape") }
            var v: UInt32 = 0
            for k in 0..<n {
                let c = b[i + k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                default: throw error("invalid unicode escape")
                }
                v = v &* 16 &+ d
            }
            i += n
            guard let scalar = Unicode.Scalar(v) else { throw error("unicode escape is not a scalar value") }
            for u in String(Character(scalar)).utf8 { try appendChecked(&out, u) }
        default:
            i -= 1
            throw error("invalid escape `\\\(Character(Unicode.Scalar(e)))`")
        }
    }

    private mutating func multilineBasicString() throws(Error) -> String {
        i += 3
        _ = newline()
        var out: [UInt8] = []
        while true {
            guard let c = peek() else { throw error("unterminated multi-line string") }
            if c == UInt8(ascii: "\""), peek(1) == c, peek(2) == c {
                // Up to two extra quotes belong to the content.
                var extra = 0
                while extra < 2, peek(3 + extra) == c { extra += 1 }
                for _ in 0..<extra { try appendChecked(&out, c) }
                i += 3 + extra
                break
            }
            if c == UInt8(ascii: "\\") {
                // Line-ending backslash: trims whitespace and newlines up to the next content.
                var j = i + 1
                while j < b.count, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
                if j < b.count, b[j] == 0x0A || (b[j] == 0x0D && j + 1 < b.count && b[j + 1] == 0x0A) {
                    i = j
                    while true {
                        skipSpaces()
                        if !newline() { break }
                    }
                    continue
                }
                try escape(&out)
                continue
            }
            if newline() { try appendChecked(&out, 0x0A); continue }
            if (c < 0x20 && c != 0x09) || c == 0x7F { throw error("control character in a string") }
            try appendChecked(&out, c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func literalString() throws(Error) -> String {
        i += 1
        let s = i
        while true {
            guard let c = peek() else { throw error("unterminated string") }
            if c == UInt8(ascii: "'") { break }
            if c == 0x0A || c == 0x0D { throw error("newline in a single-line string") }
            if (c < 0x20 && c != 0x09) || c == 0x7F { throw error("control character in a string") }
            i += 1
            if i - s > limits.maxStringBytes { throw error("string longer than \(limits.maxStringBytes) bytes") }
        }
        let text = String(decoding: b[s..<i], as: UTF8.self)
        i += 1
        return text
    }

    private mutating func multilineLiteralString() throws(Error) -> String {
        i += 3
        _ = newline()
        var out: [UInt8] = []
        while true {
            guard let c = peek() else { throw error("unterminated multi-line string") }
            if c == UInt8(ascii: "'"), peek(1) == c, peek(2) == c {
                var extra = 0
                while extra < 2, peek(3 + extra) == c { extra += 1 }
                for _ in 0..<extra { try appendChecked(&out, c) }
                i += 3 + extra
                break
            }
            if newline() { try appendChecked(&out, 0x0A); continue }
            if (c < 0x20 && c != 0x09) || c == 0x7F { throw error("control character in a string") }
            try appendChecked(&out, c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

private extension String {
    func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
