import Yams

/// A YAML scalar with its position (1-based line and column of its first character or of the
/// block indicator `|`/`>`).
public struct YScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable { case plain, singleQuoted, doubleQuoted, literal, folded }
    public var value: String
    public var line: Int
    public var column: Int
    public var style: Style

    public init(_ value: String, line: Int, column: Int, style: Style = .plain) {
        self.value = value
        self.line = line
        self.column = column
        self.style = style
    }

    /// Whether the scalar is a YAML null (`~`, `null`, empty plain).
    public var isNull: Bool {
        style == .plain && ["", "~", "null", "Null", "NULL"].contains(value)
    }

    /// YAML 1.1/1.2 boolean reading of a plain scalar.
    public var bool: Bool? {
        guard style == .plain else { return nil }
        switch value.lowercased() {
        case "true", "yes", "on", "y": return true
        case "false", "no", "off", "n": return false
        default: return nil
        }
    }

    /// The 1-based source line of a byte offset inside `value`, exact for literal block scalars and
    /// single-line scalars; for other multi-line styles the caller may search the source text.
    public func line(ofOffset offset: Int) -> Int {
        let utf8 = Array(value.utf8)
        let end = max(0, min(offset, utf8.count))
        var newlines = 0
        for i in 0..<end where utf8[i] == 0x0A { newlines += 1 }
        switch style {
        case .literal: return line + 1 + newlines
        case .folded: return line + 1 + newlines
        default: return line + newlines
        }
    }
}

/// A bounded, position-keeping YAML tree (aliases already expanded within a node budget).
public indirect enum YNode: Sendable, Hashable {
    case scalar(YScalar)
    case sequence(YSequence)
    case mapping(YMapping)

    public var line: Int {
        switch self {
        case .scalar(let s): s.line
        case .sequence(let s): s.line
        case .mapping(let m): m.line
        }
    }
    public var column: Int {
        switch self {
        case .scalar(let s): s.column
        case .sequence(let s): s.column
        case .mapping(let m): m.column
        }
    }
    public var scalar: YScalar? { if case .scalar(let s) = self { s } else { nil } }
    public var mapping: YMapping? { if case .mapping(let m) = self { m } else { nil } }
    public var sequence: YSequence? { if case .sequence(let s) = self { s } else { nil } }
    /// The string of a scalar, nil otherwise.
    public var string: String? { scalar?.value }
    /// Subscript for mappings; nil for other kinds.
    public subscript(key: String) -> YNode? { mapping?[key] }

    /// Every scalar in this subtree, depth-first, bounded by `limit`.
    public func scalars(limit: Int = 100_000) -> [YScalar] {
        var out: [YScalar] = []
        var stack: [YNode] = [self]
        while let n = stack.popLast(), out.count < limit {
            switch n {
            case .scalar(let s): out.append(s)
            case .sequence(let s): stack.append(contentsOf: s.items.reversed())
            case .mapping(let m):
                for e in m.entries.reversed() {
                    stack.append(e.value)
                    stack.append(.scalar(e.key))
                }
            }
        }
        return out
    }
}

public struct YSequence: Sendable, Hashable {
    public var items: [YNode]
    public var line: Int
    public var column: Int
}

public struct YMapping: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var key: YScalar
        public var value: YNode
    }
    public var entries: [Entry]
    public var line: Int
    public var column: Int

    public subscript(key: String) -> YNode? {
        entries.first { $0.key.value == key }?.value
    }
    public func entry(_ key: String) -> Entry? { entries.first { $0.key.value == key } }
    public var keys: [String] { entries.map(\.key.value) }
}

/// Limits for turning YAML text into a `YNode` tree. Every bound turns into a `YAMLError`.
public struct YAMLLimits: Sendable {
    /// Bytes of YAML text accepted at all.
    public var maxBytes: Int = 4 << 20
    /// Nodes in the expanded tree (aliases count every time they are expanded).
    public var maxNodes: Int = 200_000
    /// Nesting depth of the expanded tree.
    public var maxDepth: Int = 96
    /// Anchors plus aliases in the text.
    public var maxAliases: Int = 2_000
    /// Leading spaces of any line (a cheap bound on block nesting before libyaml recurses).
    public var maxIndent: Int = 400
    /// Net depth of `[`/`{` flow collections.
    public var maxFlowDepth: Int = 64

    public init() {}
}

/// Why a YAML document could not be read, with the position when known.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var line: Int?
    public var column: Int?
    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }
    public var description: String {
        if let line { return "line \(line): \(message)" }
        return message
    }
}

/// Reads YAML through Yams, then copies it into a bounded `YNode` tree.
///
/// Yams expands an alias by sharing the anchored node, so an alias bomb costs nothing until
/// someone walks it; the copy below counts every expanded node and stops at `maxNodes`. Before
/// Yams sees the text, a lexical pre-check refuses very deep nesting (Yams recurses once per level)
/// and aliases used as mapping keys (Yams hashes keys to find duplicates, which walks the aliased
/// subtree and would be exponential on a bomb).
public enum YAMLTree {
    public static func parse(_ text: String, limits: YAMLLimits = YAMLLimits()) throws(YAMLError) -> YNode? {
        guard text.utf8.count <= limits.maxBytes else {
            throw YAMLError("the YAML file is larger than \(limits.maxBytes) bytes")
        }
        try precheck(text, limits: limits)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let e as YamlError {
            switch e {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                 .composer(_, let problem, let mark, _):
                throw YAMLError(problem, line: mark.line, column: mark.column)
            case .duplicatedKeysInMapping(let dups, let ctx):
                throw YAMLError("duplicate keys in a mapping: \(dups.prefix(3).joined(separator: ", "))",
                                line: ctx.mark.line, column: ctx.mark.column)
            default:
                throw YAMLError("\(e)".split(separator: "\n").first.map(String.init) ?? "invalid YAML")
            }
        } catch {
            throw YAMLError("invalid YAML")
        }
        guard let node else { return nil }
        var budget = limits.maxNodes
        return try convert(node, depth: 0, limits: limits, budget: &budget)
    }

    static func convert(_ node: Node, depth: Int, limits: YAMLLimits, budget: inout Int) throws(YAMLError) -> YNode {
        budget -= 1
        let mark = node.mark
        let line = mark?.line ?? 0, col = mark?.column ?? 0
        guard budget >= 0 else {
            throw YAMLError("the YAML document expands to more than \(limits.maxNodes) nodes (alias bomb?)", line: line)
        }
        guard depth <= limits.maxDepth else {
            throw YAMLError("the YAML document nests deeper than \(limits.maxDepth) levels", line: line)
        }
        switch node {
        case .scalar(let s):
            return .scalar(YScalar(s.string, line: line, column: col, style: style(s.style)))
        case .alias:
            // Unresolved alias nodes do not occur in composed trees; treat as null.
            return .scalar(YScalar("", line: line, column: col))
        case .sequence(let seq):
            var items: [YNode] = []
            items.reserveCapacity(min(seq.count, 4096))
            for n in seq { items.append(try convert(n, depth: depth + 1, limits: limits, budget: &budget)) }
            return .sequence(YSequence(items: items, line: line, column: col))
        case .mapping(let map):
            var entries: [YMapping.Entry] = []
            for (k, v) in map {
                let key: YScalar
                if case .scalar(let ks) = k {
                    key = YScalar(ks.string, line: ks.mark?.line ?? line, column: ks.mark?.column ?? col,
                                  style: style(ks.style))
                    budget -= 1
                } else {
                    // Complex keys never matter to CI files; keep the position, drop the content.
                    key = YScalar("", line: k.mark?.line ?? line, column: k.mark?.column ?? col)
                }
                let value = try convert(v, depth: depth + 1, limits: limits, budget: &budget)
                if key.value == "<<", key.style == .plain {
                    // Merge key: copy the merged mapping's entries that are not already set.
                    let merged: [YMapping] = value.mapping.map { [$0] } ?? value.sequence?.items.compactMap(\.mapping) ?? []
                    for m in merged {
                        for e in m.entries where !entries.contains(where: { $0.key.value == e.key.value })
                            && map[e.key.value] == nil {
                            entries.append(e)
                        }
                    }
                    continue
                }
                entries.append(.init(key: key, value: value))
            }
            return .mapping(YMapping(entries: entries, line: line, column: col))
        }
    }

    static func style(_ s: Node.Scalar.Style) -> YScalar.Style {
        switch s {
        case .singleQuoted: .singleQuoted
        case .doubleQuoted: .doubleQuoted
        case .literal: .literal
        case .folded: .folded
        default: .plain
        }
    }

    /// Cheap lexical bounds checked before libyaml and Yams run.
    static func precheck(_ text: String, limits: YAMLLimits) throws(YAMLError) {
        var line = 1
        var indent = 0
        var atLineStart = true
        var flow = 0
        var anchorsAndAliases = 0
        var prev: UInt8 = 0x0A
        var inSingle = false, inDouble = false, inComment = false
        var hasAnchor = false
        var aliasKeyLine: Int?
        var lineHasAliasStart = false
        for b in text.utf8 {
            if b == 0x0A {
                line += 1
                indent = 0
                atLineStart = true
                inComment = false
                inSingle = false
                lineHasAliasStart = false
                prev = b
                continue
            }
            if atLineStart {
                if b == 0x20 {
                    indent += 1
                    if indent > limits.maxIndent {
                        throw YAMLError("a line is indented more than \(limits.maxIndent) spaces", line: line)
                    }
                    prev = b
                    continue
                }
                atLineStart = false
            }
            if inComment { prev = b; continue }
            if b == 0x23, prev == 0x20 || prev == 0x09 || prev == 0x0A, !inSingle, !inDouble { inComment = true; prev = b; continue }
            if b == 0x27, !inDouble { inSingle.toggle() }
            else if b == 0x22, !inSingle, prev != 0x5C { inDouble.toggle() }
            if !inSingle, !inDouble {
                let boundary = prev == 0x20 || prev == 0x0A || prev == 0x5B || prev == 0x7B || prev == 0x2C || prev == 0x2D || prev == 0x3A || prev == 0x3F
                if (b == 0x26 || b == 0x2A), boundary {
                    anchorsAndAliases += 1
                    if b == 0x26 { hasAnchor = true }
                    if b == 0x2A { lineHasAliasStart = true }
                    if anchorsAndAliases > limits.maxAliases {
                        throw YAMLError("more than \(limits.maxAliases) YAML anchors and aliases", line: line)
                    }
                }
                if b == 0x3A, lineHasAliasStart, aliasKeyLine == nil { aliasKeyLine = line }
                if b == 0x3F, prev == 0x20 || prev == 0x0A || prev == 0x2D, aliasKeyLine == nil, hasAnchor {
                    // Explicit complex key `? ...` next to anchors.
                    aliasKeyLine = line
                }
                if b == 0x5B || b == 0x7B {
                    flow += 1
                    if flow > limits.maxFlowDepth {
                        throw YAMLError("flow collections nest deeper than \(limits.maxFlowDepth) levels", line: line)
                    }
                } else if b == 0x5D || b == 0x7D {
                    flow = max(0, flow - 1)
                }
            }
            prev = b
        }
        if hasAnchor, let l = aliasKeyLine, isAliasKey(text, line: l) {
            throw YAMLError("YAML aliases used as mapping keys are not supported", line: l)
        }
    }

    /// Whether a line really has an alias (`*name`) as a mapping key (`*a :`, `? *a`, `{*a : 1}`).
    static func isAliasKey(_ text: String, line: Int) -> Bool {
        var n = 1
        for l in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { n += 1 }
            guard n == line else { continue }
            var t = l.drop { $0 == " " || $0 == "-" || $0 == "?" || $0 == "{" || $0 == "[" || $0 == "," }
            t = t.drop { $0 == " " }
            if l.trimmingPrefix(while: { $0 == " " }).hasPrefix("?") { return true }
            guard t.hasPrefix("*") else { return l.contains("{*") || l.contains(", *") && l.contains(" :") }
            let name = t.dropFirst().prefix { $0 != " " && $0 != ":" && $0 != "," && $0 != "}" }
            let rest = t.dropFirst(1 + name.count).drop { $0 == " " }
            return rest.hasPrefix(":")
        }
        return false
    }
}

extension Substring {
    func trimmingPrefix(while p: (Character) -> Bool) -> Substring { drop(while: p) }
}
