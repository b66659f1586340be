/// A strict, bounded JSON parser (RFC 8259) that keeps positions.
///
/// Limits guard against hostile input: nesting depth, total values, and string length. Errors carry
/// the line and column of the offending byte. `allowComments` accepts `//` and `/* */` comments and
/// trailing commas, as VS Code's JSONC settings files do.
public struct JSONParser {
    public struct Limits: Sendable {
        public var maxDepth: Int
        public var maxValues: Int
        public var maxStringBytes: Int
        public var allowComments: Bool
        /// Accepts `NaN`, `Infinity` and `-Infinity` as numbers, as Python's `json.loads` does (Keras reads
        /// its configs with it, so a config holding them loads).
        public var allowNonFinite = false

        /// Depth 1,000 by default (Python's `json` default; the parser keeps its own stack, so depth
        /// costs memory, not call stack): padding a lockfile or manifest with an unused deep value
        /// must not make it unreadable when npm, pip or the agent reads it fine.
        ///
        /// Values 3 million by default (32 bytes each in memory, so about 100-200 MB at the limit):
        /// real lockfiles have one value per 45-60 bytes (a 40 MB package-lock.json about 900,000), so
        /// the 64 MiB a scan reads whole stays under half the limit, while 64 MiB of `0,` padding is
        /// 32 million values (10 million were allowed before: 15 million took 1.0-1.5 GB).
        public init(maxDepth: Int = 1_000, maxValues: Int = defaultMaxValues, maxStringBytes: Int = 64 << 20,
                    allowComments: Bool = false) {
            self.maxDepth = maxDepth
            self.maxValues = maxValues
            self.maxStringBytes = maxStringBytes
            self.allowComments = allowComments
        }

        public static let defaultMaxValues = 3_000_000
        public static let `default` = Limits()
        /// JSON with comments and trailing commas (VS Code, Claude and Cursor settings files).
        public static let jsonc = Limits(allowComments: true)
    }

    public struct Error: Swift.Error, CustomStringConvertible, Sendable, Equatable {
        public var message: String
        public var line: Int
        public var column: Int
        public var offset: Int
        public var description: String { "line \(line), column \(column): \(message)" }
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

    /// Parses a whole document; a UTF-8 BOM is skipped.
    public static func parse(_ bytes: [UInt8], limits: Limits = .default) throws(Error) -> JSONNode {
        var p = JSONParser(bytes, limits)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p.i = 3; p.lineStart = 3 }
        try p.skipSpace()
        let v = try p.value(depth: 0)
        try p.skipSpace()
        if p.i < bytes.count { throw p.error("unexpected data after the JSON value") }
        return v
    }

    public static func parse(_ text: String, limits: Limits = .default) throws(Error) -> JSONNode {
        try parse(Array(text.utf8), limits: limits)
    }

    private func error(_ m: String) -> Error {
        Error(message: m, line: line, column: i - lineStart + 1, offset: i)
    }

    private mutating func skipSpace() throws(Error) {
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0D { i += 1 }
            else if c == 0x0A { i += 1; line += 1; lineStart = i }
            else if limits.allowComments && c == 0x2F && i + 1 < b.count && b[i + 1] == 0x2F {
                while i < b.count && b[i] != 0x0A { i += 1 }
            } else if limits.allowComments && c == 0x2F && i + 1 < b.count && b[i + 1] == 0x2A {
                i += 2
                while i < b.count && !(b[i] == 0x2A && i + 1 < b.count && b[i + 1] == 0x2F) {
                    if b[i] == 0x0A { line += 1; lineStart = i + 1 }
                    i += 1
                }
                if i >= b.count { throw error("unterminated comment") }
                i += 2
            } else { break }
        }
    }

    /// A container being read: its members or items so far, and where it started.
    private struct Frame {
        var isObject: Bool
        var members: [JSONMember] = []
        var items: [JSONNode] = []
        var key = ""
        var keyLine = 0
        var keyColumn = 0
        var line: Int
        var column: Int
        var offset: Int
    }

    /// Reads one value. Containers are kept on an explicit stack rather than the call stack, so
    /// `maxDepth` is a memory bound (one small frame per level), never a stack overflow, whatever
    /// thread the parser runs on.
    private mutating func value(depth base: Int) throws(Error) -> JSONNode {
        var stack: [Frame] = []
        while true {
            // At the start of a value.
            guard base + stack.count <= limits.maxDepth else { throw error("nesting deeper than \(limits.maxDepth) levels") }
            values += 1
            guard values <= limits.maxValues else {
                throw error("more than \(limits.maxValues) values, the most Bulwark parses in one JSON document")
            }
            guard i < b.count else { throw error("unexpected end of input") }
            let (l, c, o) = (line, i - lineStart + 1, i)
            var v: JSONNode
            switch b[i] {
            case UInt8(ascii: "{"):
                i += 1
                try skipSpace()
                if i < b.count && b[i] == UInt8(ascii: "}") {
                    i += 1
                    v = JSONNode(value: .object([]), line: l, column: c, offset: o)
                } else {
                    var f = Frame(isObject: true, line: l, column: c, offset: o)
                    try readKey(&f)
                    stack.append(f)
                    continue
                }
            case UInt8(ascii: "["):
                i += 1
                try skipSpace()
                if i < b.count && b[i] == UInt8(ascii: "]") {
                    i += 1
                    v = JSONNode(value: .array([]), line: l, column: c, offset: o)
                } else {
                    stack.append(Frame(isObject: false, line: l, column: c, offset: o))
                    try skipSpace()
                    continue
                }
            case UInt8(ascii: "\""):
                v = JSONNode(value: .string(try string()), line: l, column: c, offset: o)
            case UInt8(ascii: "t"):
                try literal("true"); v = JSONNode(value: .bool(true), line: l, column: c, offset: o)
            case UInt8(ascii: "f"):
                try literal("false"); v = JSONNode(value: .bool(false), line: l, column: c, offset: o)
            case UInt8(ascii: "n"):
                try literal("null"); v = JSONNode(value: .null, line: l, column: c, offset: o)
            case UInt8(ascii: "N") where limits.allowNonFinite:
                try literal("NaN"); v = JSONNode(value: .number("NaN"), line: l, column: c, offset: o)
            case UInt8(ascii: "I") where limits.allowNonFinite:
                try literal("Infinity"); v = JSONNode(value: .number("Infinity"), line: l, column: c, offset: o)
            case UInt8(ascii: "-") where limits.allowNonFinite && i + 1 < b.count && b[i + 1] == UInt8(ascii: "I"):
                i += 1
                try literal("Infinity"); v = JSONNode(value: .number("-Infinity"), line: l, column: c, offset: o)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                v = JSONNode(value: .number(try number()), line: l, column: c, offset: o)
            default:
                throw error("unexpected character")
            }
            // A value is complete: attach it to its container, closing containers as they end.
            while true {
                guard var f = stack.popLast() else { return v }
                if f.isObject {
                    f.members.append(JSONMember(key: f.key, keyLine: f.keyLine, keyColumn: f.keyColumn, value: v))
                } else {
                    f.items.append(v)
                }
                try skipSpace()
                guard i < b.count else { throw error(f.isObject ? "unterminated object" : "unterminated array") }
                let close = f.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if b[i] == UInt8(ascii: ",") {
                    i += 1
                    try skipSpace()
                    if limits.allowComments, i < b.count, b[i] == close {
                        // Trailing comma (JSONC).
                        i += 1
                        v = Self.node(f)
                        continue
                    }
                    if f.isObject { try readKey(&f) }
                    stack.append(f)
                    break
                }
                if b[i] == close {
                    i += 1
                    v = Self.node(f)
                    continue
                }
                throw error(f.isObject ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array")
            }
        }
    }

    private static func node(_ f: Frame) -> JSONNode {
        JSONNode(value: f.isObject ? .object(f.members) : .array(f.items), line: f.line, column: f.column, offset: f.offset)
    }

    /// Reads `"key" :` and the space after it, leaving `i` at the member's value.
    private mutating func readKey(_ f: inout Frame) throws(Error) {
        try skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw error("expected a string key") }
        f.keyLine = line
        f.keyColumn = i - lineStart + 1
        f.key = try string()
        try skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
        i += 1
        try skipSpace()
    }

    private mutating func literal(_ word: StaticString) throws(Error) {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard i + w.count <= b.count, b[i..<(i + w.count)].elementsEqual(w) else { throw error("invalid literal") }
        i += w.count
    }

    private mutating func number() throws(Error) -> String {
        let start = i
        if b[i] == UInt8(ascii: "-") { i += 1 }
        func digits() -> Int { let s = i; while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }; return i - s }
        guard i < b.count else { throw error("invalid number") }
        if b[i] == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { throw error("invalid number") }
        if i < b.count, b[i] == UInt8(ascii: ".") { i += 1; if digits() == 0 { throw error("invalid number") } }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { throw error("invalid number") }
        }
        guard i - start <= 4096 else { throw error("number too long") }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    private mutating func string() throws(Error) -> String {
        i += 1 // opening quote
        var out: [UInt8] = []
        var runStart = i
        while true {
            guard i < b.count else { throw error("unterminated string") }
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                out.append(contentsOf: b[runStart..<i])
                i += 1
                break
            }
            if c < 0x20 { throw error("control character in a string") }
            if c == UInt8(ascii: "\\") {
                out.append(contentsOf: b[runStart..<i])
                i += 1
                guard i < b.count else { throw error("unterminated escape") }
                switch b[i] {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar), i + 2 < b.count, b[i + 1] == UInt8(ascii: "\\"), b[i + 2] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                            scalar = low
                        }
                    }
                    let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    throw error("invalid escape")
                }
                i += 1
                runStart = i
                guard out.count <= limits.maxStringBytes else { throw error("string longer than \(limits.maxStringBytes) bytes") }
                continue
            }
            i += 1
            if i - runStart > limits.maxStringBytes { throw error("string longer than \(limits.maxStringBytes) bytes") }
        }
        guard out.count <= limits.maxStringBytes else { throw error("string longer than \(limits.maxStringBytes) bytes") }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads the 4 hex digits after `\u`, leaving `i` on the last digit.
    private mutating func hex4() throws(Error) -> UInt32 {
        guard i + 4 < b.count else { throw error("truncated \\u escape") }
        var v: UInt32 = 0
        for k in 1...4 {
            let c = b[i + k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw error("invalid \\u escape")
            }
            v = v << 4 | d
        }
        i += 4
        return v
    }
}
