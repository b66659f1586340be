import Foundation

/// A bounded, line-based reader for the block-YAML subset that lockfiles use.
///
/// pnpm-lock.yaml, yarn berry's yarn.lock and conda environment files use only block mappings,
/// block sequences, plain and quoted scalars, single-line flow collections and literal blocks.
/// A general YAML parser is several times slower on 50,000-package lockfiles and resolves anchors
/// and tags, which lockfiles never need; this reader keeps the line of every key and stays linear.
/// Anchors, aliases and tags are read as plain text; a flow collection spread over lines is read when it is a
/// block value of its own (up to 1 MiB once joined).
public enum LiteYAML {
    /// Not `indirect`: maps and lists keep their children in array buffers, so a scalar lives inline
    /// in its node instead of in a heap box of its own (one allocation per value before).
    public enum Value: Sendable, Equatable {
        case scalar(String)
        case map([Entry])
        case list([Node])
        case null
    }

    public struct Node: Sendable, Equatable {
        public var value: Value
        private var line32: UInt32
        /// 1-based; stored in 32 bits (a document has far fewer lines).
        public var line: Int { get { Int(line32) } set { line32 = UInt32(clamping: newValue) } }

        public init(value: Value, line: Int) {
            self.value = value
            self.line32 = UInt32(clamping: line)
        }

        public subscript(key: String) -> Node? {
            guard case .map(let entries) = value else { return nil }
            return entries.first { $0.key == key }?.value
        }

        public var string: String? { if case .scalar(let s) = value { return s }; return nil }
        public var entries: [Entry] { if case .map(let e) = value { return e }; return [] }
        public var items: [Node] { if case .list(let l) = value { return l }; return [] }
    }

    public struct Entry: Sendable, Equatable {
        public var key: String
        public var line: Int
        public var value: Node
    }

    public struct Error: Swift.Error, CustomStringConvertible, Sendable, Equatable {
        public var message: String
        public var line: Int
        public var description: String { "line \(line): \(message)" }
    }

    public struct Limits: Sendable {
        /// Block nesting (recursive: a few small frames per level, well within a worker's 8 MiB
        /// stack). Lockfiles nest about ten deep; 256 leaves room for unused padding, which must
        /// not turn a lockfile into an unparseable one.
        public var maxDepth: Int = 256
        /// Non-blank lines (16 bytes each while parsing). The largest real lockfiles have well under
        /// a million (a 50,000-package pnpm-lock.yaml about 600,000).
        public var maxLines: Int = 4_000_000
        /// Keys, items and scalars built (about 32 bytes each, more for keys). A 64 MiB file of
        /// one-line `[0,0,...]` holds 32 million; real lockfiles a few million at most.
        public var maxValues: Int = 3_000_000
        public init() {}
    }

    /// One non-blank line; offsets in 32 bits (16 bytes a line instead of 32).
    struct Line {
        private var indent32: UInt32
        private var start32: UInt32
        private var end32: UInt32
        private var number32: UInt32
        var indent: Int { Int(indent32) }
        /// Byte offset of the content.
        var start: Int { Int(start32) }
        /// Byte offset after the content (comments stripped, trailing spaces trimmed).
        var end: Int { Int(end32) }
        var number: Int { Int(number32) }

        init(indent: Int, start: Int, end: Int, number: Int) {
            indent32 = UInt32(clamping: indent)
            start32 = UInt32(clamping: start)
            end32 = UInt32(clamping: end)
            number32 = UInt32(clamping: number)
        }
    }

    /// Parses a document; an empty document is `.null`.
    public static func parse(_ bytes: [UInt8], limits: Limits = Limits()) throws(Error) -> Node {
        // Offsets are kept in 32 bits.
        guard bytes.count < Int(UInt32.max) else { throw Error(message: "file larger than 4 GiB", line: 1) }
        var lines: [Line] = []
        var i = 0, n = 1
        let count = bytes.count
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < count {
            var e = i
            while e < count, bytes[e] != 0x0A { e += 1 }
            var s = i
            while s < e, bytes[s] == 0x20 { s += 1 }
            let indent = s - i
            var end = contentEnd(bytes, s, e)
            while end > s, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
            if end > s, !(end - s == 3 && bytes[s] == 0x2D && bytes[s + 1] == 0x2D && bytes[s + 2] == 0x2D)
                && bytes[s] != UInt8(ascii: "%") {
                lines.append(Line(indent: indent, start: s, end: end, number: n))
                if lines.count > limits.maxLines {
                    throw Error(message: "more than \(limits.maxLines) lines, the most Bulwark reads in one YAML lockfile", line: n)
                }
            }
            i = e + 1
            n += 1
        }
        var r = Reader(b: bytes, lines: lines, limits: limits)
        if lines.isEmpty { return Node(value: .null, line: 1) }
        return try r.block(indent: lines[0].indent, depth: 0)
    }

    /// End of the content before a ` #` comment (outside quotes).
    static func contentEnd(_ b: [UInt8], _ s: Int, _ e: Int) -> Int {
        var k = s
        var quote: UInt8 = 0
        while k < e {
            let c = b[k]
            if quote != 0 {
                if c == quote { quote = 0 } else if c == 0x5C, quote == 0x22 { k += 1 }
            } else if c == 0x22 || c == 0x27 {
                if k == s || b[k - 1] == 0x20 || b[k - 1] == 0x3A || b[k - 1] == 0x5B || b[k - 1] == 0x7B || b[k - 1] == 0x2C || b[k - 1] == 0x2D {
                    quote = c
                }
            } else if c == 0x23, k == s || b[k - 1] == 0x20 || b[k - 1] == 0x09 {
                return k
            }
            k += 1
        }
        return e
    }

    struct Reader {
        /// The longest multi-line flow collection read as one (joined lines); longer ones stay text.
        static let maxJoinedFlowBytes = 1 << 20
        let b: [UInt8]
        var lines: [Line]
        let limits: Limits
        var p = 0
        var values = 0

        /// Counts one value built; past `maxValues` the document is refused.
        mutating func count(_ line: Int) throws(Error) {
            values += 1
            if values > limits.maxValues {
                throw Error(message: "more than \(limits.maxValues) values, the most Bulwark reads in one YAML lockfile", line: line)
            }
        }

        func text(_ s: Int, _ e: Int) -> String { String(decoding: b[s..<e], as: UTF8.self) }

        func isSeqItem(_ l: Line) -> Bool {
            b[l.start] == 0x2D && (l.end == l.start + 1 || b[l.start + 1] == 0x20)
        }

        mutating func block(indent: Int, depth: Int) throws(Error) -> Node {
            guard p < lines.count else { return Node(value: .null, line: lines.last?.number ?? 1) }
            if depth > limits.maxDepth { throw Error(message: "nesting deeper than \(limits.maxDepth)", line: lines[p].number) }
            let l = lines[p]
            if isSeqItem(l) { return try sequence(indent: l.indent, depth: depth) }
            if findColon(l) == nil {
                // A lone scalar (possibly a multi-line plain scalar): join the lines at this indent.
                p += 1
                var s = scalarText(l.start, l.end)
                while p < lines.count, lines[p].indent > indent || (lines[p].indent == indent && findColon(lines[p]) == nil && !isSeqItem(lines[p])) {
                    s += " " + text(lines[p].start, lines[p].end)
                    p += 1
                }
                // A flow collection spread over lines, as prettier writes pnpm lockfiles
                // (`resolution:` / `{` / `integrity: sha512-...,` / `}`): parsed from the joined lines.
                if b[l.start] == 0x7B || b[l.start] == 0x5B, s.utf8.count <= Self.maxJoinedFlowBytes {
                    let joined = Array(s.utf8)
                    var sub = Reader(b: joined, lines: [], limits: limits)
                    sub.values = values
                    var k = 0
                    if let v = try sub.flow(&k, joined.count, depth: depth + 1, line: l.number) {
                        while k < joined.count, joined[k] == 0x20 { k += 1 }
                        if k == joined.count {
                            values = sub.values
                            return Node(value: v, line: l.number)
                        }
                    }
                }
                return Node(value: .scalar(s), line: l.number)
            }
            return try mapping(indent: l.indent, depth: depth)
        }

        /// The offset of the `:` that separates key and value, or nil.
        func findColon(_ l: Line) -> Int? {
            var k = l.start
            let c0 = b[k]
            if c0 == 0x22 || c0 == 0x27 {
                k += 1
                while k < l.end {
                    if b[k] == 0x5C, c0 == 0x22 { k += 2; continue }
                    if b[k] == c0 {
                        if c0 == 0x27, k + 1 < l.end, b[k + 1] == 0x27 { k += 2; continue }
                        break
                    }
                    k += 1
                }
                k += 1
                while k < l.end, b[k] == 0x20 { k += 1 }
                return k < l.end && b[k] == 0x3A ? k : nil
            }
            if c0 == 0x5B || c0 == 0x7B { return nil }
            while k < l.end {
                if b[k] == 0x3A, k + 1 == l.end || b[k + 1] == 0x20 || b[k + 1] == 0x09 { return k }
                k += 1
            }
            return nil
        }

        mutating func mapping(indent: Int, depth: Int) throws(Error) -> Node {
            var entries: [Entry] = []
            let first = lines[p].number
            while p < lines.count {
                let l = lines[p]
                if l.indent < indent { break }
                if l.indent > indent { throw Error(message: "unexpected indentation", line: l.number) }
                if isSeqItem(l) { break }
                guard let colon = findColon(l) else { throw Error(message: "expected `key: value`", line: l.number) }
                var ke = colon
                while ke > l.start, b[ke - 1] == 0x20 { ke -= 1 }
                var ks = l.start
                if b[ks] == 0x3F, ks + 1 < ke, b[ks + 1] == 0x20 { ks += 2 } // `? key`
                let key = scalarText(ks, ke)
                var vs = colon + 1
                while vs < l.end, b[vs] == 0x20 || b[vs] == 0x09 { vs += 1 }
                p += 1
                let value: Node
                if vs >= l.end {
                    if p < lines.count, lines[p].indent > indent {
                        value = try block(indent: lines[p].indent, depth: depth + 1)
                    } else if p < lines.count, lines[p].indent == indent, isSeqItem(lines[p]) {
                        value = try sequence(indent: indent, depth: depth + 1)
                    } else {
                        value = Node(value: .null, line: l.number)
                    }
                } else {
                    value = try inlineValue(vs, l.end, line: l.number, parentIndent: indent, depth: depth)
                }
                try count(l.number)
                entries.append(Entry(key: key, line: l.number, value: value))
            }
            return Node(value: .map(entries), line: first)
        }

        mutating func sequence(indent: Int, depth: Int) throws(Error) -> Node {
            var items: [Node] = []
            let first = lines[p].number
            while p < lines.count {
                let l = lines[p]
                if l.indent != indent || !isSeqItem(l) { break }
                try count(l.number)
                var cs = l.start + 1
                while cs < l.end, b[cs] == 0x20 { cs += 1 }
                if cs >= l.end {
                    p += 1
                    if p < lines.count, lines[p].indent > indent {
                        items.append(try block(indent: lines[p].indent, depth: depth + 1))
                    } else {
                        items.append(Node(value: .null, line: l.number))
                    }
                    continue
                }
                // `- key: value` opens a mapping whose indent is the content's column.
                lines[p] = Line(indent: cs - l.start + l.indent, start: cs, end: l.end, number: l.number)
                if isSeqItem(lines[p]) || findColon(lines[p]) != nil {
                    items.append(try block(indent: lines[p].indent, depth: depth + 1))
                } else {
                    p += 1
                    items.append(try inlineValue(cs, l.end, line: l.number, parentIndent: indent, depth: depth))
                }
            }
            return Node(value: .list(items), line: first)
        }

        mutating func inlineValue(_ s: Int, _ e: Int, line: Int, parentIndent: Int, depth: Int) throws(Error) -> Node {
            var vs = s
            // Skip anchors and tags (`&a`, `!!str`).
            while vs < e, b[vs] == 0x26 || b[vs] == 0x21 {
                while vs < e, b[vs] != 0x20 { vs += 1 }
                while vs < e, b[vs] == 0x20 { vs += 1 }
            }
            guard vs < e else { return Node(value: .null, line: line) }
            let c = b[vs]
            if c == 0x7C || c == 0x3E { // | or > block scalar
                var parts: [String] = []
                let folded = c == 0x3E
                while p < lines.count, lines[p].indent > parentIndent {
                    parts.append(rawLine(lines[p], base: parentIndent))
                    p += 1
                }
                return Node(value: .scalar(parts.joined(separator: folded ? " " : "\n")), line: line)
            }
            if c == 0x5B || c == 0x7B {
                var k = vs
                if let v = try flow(&k, e, depth: depth + 1, line: line) { return Node(value: v, line: line) }
            }
            var s = scalarText(vs, e)
            // Plain multi-line scalars continue on deeper-indented lines.
            if c != 0x22, c != 0x27 {
                while p < lines.count, lines[p].indent > parentIndent, findColon(lines[p]) == nil, !isSeqItem(lines[p]) {
                    s += " " + text(lines[p].start, lines[p].end)
                    p += 1
                }
            }
            return Node(value: .scalar(s), line: line)
        }

        func rawLine(_ l: Line, base: Int) -> String { text(l.start, l.end) }

        /// A scalar: quoted (with escapes) or plain.
        func scalarText(_ s: Int, _ e: Int) -> String {
            guard s < e else { return "" }
            let q = b[s]
            if (q == 0x22 || q == 0x27), e - s >= 2, b[e - 1] == q {
                if q == 0x27 {
                    return text(s + 1, e - 1).replacingOccurrences(of: "''", with: "'")
                }
                var out: [UInt8] = []
                var k = s + 1
                while k < e - 1 {
                    if b[k] == 0x5C, k + 1 < e - 1 {
                        let x = b[k + 1]
                        switch x {
                        case 0x6E: out.append(0x0A)
                        case 0x74: out.append(0x09)
                        case 0x72: out.append(0x0D)
                        case 0x30: out.append(0)
                        default: out.append(x)
                        }
                        k += 2
                    } else {
                        out.append(b[k]); k += 1
                    }
                }
                return String(decoding: out, as: UTF8.self)
            }
            return text(s, e)
        }

        /// A single-line flow collection; nil when it does not close on this line.
        mutating func flow(_ k: inout Int, _ e: Int, depth: Int, line sourceLine: Int) throws(Error) -> Value? {
            if depth > limits.maxDepth { return nil }
            let open = b[k]
            let close: UInt8 = open == 0x5B ? 0x5D : 0x7D
            k += 1
            var items: [Node] = []
            var entries: [Entry] = []
            let line = 0
            while true {
                while k < e, b[k] == 0x20 { k += 1 }
                guard k < e else { return nil }
                if b[k] == close { k += 1; break }
                // key (for maps) or item
                var itemValue: Value
                var key: String? = nil
                if b[k] == 0x5B || b[k] == 0x7B {
                    guard let v = try flow(&k, e, depth: depth + 1, line: sourceLine) else { return nil }
                    itemValue = v
                } else {
                    let s = k
                    if b[k] == 0x22 || b[k] == 0x27 {
                        let q = b[k]; k += 1
                        while k < e, b[k] != q { if b[k] == 0x5C, q == 0x22 { k += 1 }; k += 1 }
                        guard k < e else { return nil }
                        k += 1
                    } else {
                        while k < e, b[k] != 0x2C, b[k] != close, !(b[k] == 0x3A && (k + 1 == e || b[k + 1] == 0x20)) { k += 1 }
                    }
                    var te = k
                    while te > s, b[te - 1] == 0x20 { te -= 1 }
                    itemValue = .scalar(scalarText(s, te))
                }
                while k < e, b[k] == 0x20 { k += 1 }
                if open == 0x7B, k < e, b[k] == 0x3A {
                    if case .scalar(let ks) = itemValue { key = ks }
                    k += 1
                    while k < e, b[k] == 0x20 { k += 1 }
                    guard k < e else { return nil }
                    if b[k] == 0x5B || b[k] == 0x7B {
                        guard let v = try flow(&k, e, depth: depth + 1, line: sourceLine) else { return nil }
                        itemValue = v
                    } else {
                        let s = k
                        if b[k] == 0x22 || b[k] == 0x27 {
                            let q = b[k]; k += 1
                            while k < e, b[k] != q { if b[k] == 0x5C, q == 0x22 { k += 1 }; k += 1 }
                            guard k < e else { return nil }
                            k += 1
                        } else {
                            while k < e, b[k] != 0x2C, b[k] != close { k += 1 }
                        }
                        var te = k
                        while te > s, b[te - 1] == 0x20 { te -= 1 }
                        itemValue = .scalar(scalarText(s, te))
                    }
                    while k < e, b[k] == 0x20 { k += 1 }
                }
                try count(sourceLine)
                if open == 0x7B {
                    entries.append(Entry(key: key ?? "", line: line, value: Node(value: key == nil ? .null : itemValue, line: line)))
                    if key == nil, case .scalar(let ks) = itemValue { entries[entries.count - 1].key = ks }
                } else {
                    items.append(Node(value: itemValue, line: line))
                }
                guard k < e else { return nil }
                if b[k] == 0x2C { k += 1; continue }
                if b[k] == close { k += 1; break }
                return nil
            }
            return open == 0x5B ? .list(items) : .map(entries)
        }
    }
}

