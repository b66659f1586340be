internal import CYaml

/// A YAML scalar with its position (1-based line and column of its first character or of the
/// block indicator `|`/`>`).
public struct YScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable { case plain, singleQuoted, doubleQuoted, literal, folded }
    public var value: String
    public var line: Int
    public var column: Int
    public var style: Style
    /// An explicit tag (`!!str`, `!custom`) when the text gave one.
    public var tag: String?

    public init(_ value: String, line: Int, column: Int, style: Style = .plain, tag: String? = nil) {
        self.value = value
        self.line = line
        self.column = column
        self.style = style
        self.tag = tag
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
        // No copy of the text: rules call this once per finding on scripts that can be megabytes.
        var newlines = 0
        var k = 0
        for c in value.utf8 {
            if k >= offset { break }
            if c == 0x0A { newlines += 1 }
            k += 1
        }
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
    public init(items: [YNode], line: Int, column: Int) {
        self.items = items
        self.line = line
        self.column = column
    }
}

public struct YMapping: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var key: YScalar
        public var value: YNode
        public init(key: YScalar, value: YNode) {
            self.key = key
            self.value = value
        }
    }
    public var entries: [Entry]
    public var line: Int
    public var column: Int
    public init(entries: [Entry], line: Int, column: Int) {
        self.entries = entries
        self.line = line
        self.column = column
    }

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
    /// Nodes in the expanded tree: every node written in the text plus, for each alias, every node
    /// of the subtree it repeats (this is what stops "billion laughs" documents).
    public var maxNodes: Int = 1_000_000
    /// Bytes of scalar text (values and keys) in the expanded tree: an alias of a long scalar
    /// repeats its text for every consumer that reads it, so a few thousand aliases of a 1 MB string
    /// are a bomb even though they are few nodes.
    public var maxExpandedBytes: Int = 8 << 20
    /// Nesting depth of the expanded tree. libyaml itself stops at 1,000 nested collections, and the
    /// reader below keeps its own stack, so no level costs call-stack space.
    public var maxDepth: Int = 1_000
    /// Anchors plus aliases in the document (counted on parser events, so `*` in scripts and
    /// comments does not count).
    public var maxAliases: Int = 100_000
    /// Unused: kept so that code setting it still compiles. Indentation is no longer bounded; what
    /// costs is real nesting, which `maxDepth` bounds.
    public var maxIndent: Int = .max
    /// Unused, as `maxIndent`: flow nesting is part of `maxDepth`.
    public var maxFlowDepth: Int = .max

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
    /// Whether the document was refused because it exceeds one of `YAMLLimits` (size, nodes,
    /// depth, aliases) rather than because it is not YAML.
    public var isLimit: Bool {
        message.hasPrefix("the YAML") || message.hasPrefix("more than") || message.hasPrefix("Maximum nesting")
            || message.contains("aliases used as mapping keys")
    }
}

/// Reads YAML into a bounded, position-keeping `YNode` tree.
///
/// The reader drives libyaml's event parser itself (the C library Yams wraps) and builds the tree
/// with its own stack, so:
/// - nesting costs heap, not call stack (libyaml refuses more than 1,000 nested collections);
/// - an alias is charged the full size of the subtree it repeats against `maxNodes`, and the tree
///   shares that subtree instead of copying it, so an alias bomb is refused after a bounded amount
///   of work and memory;
/// - mapping keys are compared as strings only (Yams hashes whole key subtrees to find duplicates,
///   which is exponential when a key is an alias of a bomb); an alias used as a key must name a
///   scalar.
/// Every YAML read in Bulwark (scanned files, `.bulwark.yml`, approvals, front matter) goes through it.
public enum YAMLTree {
    public static func parse(_ text: String, limits: YAMLLimits = YAMLLimits()) throws(YAMLError) -> YNode? {
        var bytes = Array(text.utf8)
        guard bytes.count <= limits.maxBytes else {
            throw YAMLError("the YAML file is larger than \(limits.maxBytes) bytes")
        }
        if bytes.isEmpty { bytes = [0x0A] }
        var result: Result<YNode?, YAMLError> = .success(nil)
        bytes.withUnsafeBufferPointer { buf in
            var composer = Composer(limits: limits)
            do throws(YAMLError) { result = .success(try composer.run(buf)) } catch { result = .failure(error) }
        }
        return try result.get()
    }

    private struct Anchored {
        var node: YNode
        var size: Int
        var height: Int
        var bytes: Int
    }

    private struct Frame {
        var isMapping: Bool
        var line: Int
        var column: Int
        var anchor: String?
        var items: [YNode] = []
        var keys: [YNode] = []
        var values: [YNode] = []
        var pendingKey: YNode?
        var size = 1
        var height = 1
        var bytes = 0
    }

    private struct Composer {
        let limits: YAMLLimits
        var stack: [Frame] = []
        var anchors: [String: Anchored] = [:]
        var nodes = 0
        var expandedBytes = 0
        var aliases = 0
        var root: YNode?
        var documents = 0

        init(limits: YAMLLimits) { self.limits = limits }

        mutating func run(_ buf: UnsafeBufferPointer<UInt8>) throws(YAMLError) -> YNode? {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { throw YAMLError("cannot start the YAML parser") }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buf.baseAddress, buf.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw Self.error(from: parser)
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT, YAML_NO_EVENT:
                    return root
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        throw YAMLError("expected a single document in the stream, but found another document", line: line, column: column)
                    }
                case YAML_SCALAR_EVENT:
                    let s = event.data.scalar
                    let value = Self.string(s.value, count: s.length)
                    let style: YScalar.Style
                    switch s.style {
                    case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
                    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
                    case YAML_LITERAL_SCALAR_STYLE: style = .literal
                    case YAML_FOLDED_SCALAR_STYLE: style = .folded
                    default: style = .plain
                    }
                    let node = YNode.scalar(YScalar(value, line: line, column: column, style: style, tag: Self.cString(s.tag)))
                    try count(1, line: line)
                    try countBytes(s.length, line: line)
                    try register(anchor: Self.cString(s.anchor), node: node, size: 1, height: 0, bytes: s.length)
                    try add(node, size: 1, height: 0, bytes: s.length, line: line, column: column, fromAlias: false)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let isMapping = event.type == YAML_MAPPING_START_EVENT
                    try count(1, line: line)
                    guard stack.count < limits.maxDepth else {
                        throw YAMLError("the YAML document nests deeper than \(limits.maxDepth) levels", line: line, column: column)
                    }
                    let anchor = isMapping ? Self.cString(event.data.mapping_start.anchor) : Self.cString(event.data.sequence_start.anchor)
                    stack.append(Frame(isMapping: isMapping, line: line, column: column, anchor: anchor))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let f = stack.popLast() else { throw YAMLError("unbalanced YAML events", line: line) }
                    let node = try Self.build(f)
                    try register(anchor: f.anchor, node: node, size: f.size, height: f.height, bytes: f.bytes)
                    try add(node, size: f.size, height: f.height, bytes: f.bytes, line: f.line, column: f.column, fromAlias: false)
                case YAML_ALIAS_EVENT:
                    let name = Self.cString(event.data.alias.anchor) ?? ""
                    aliases += 1
                    guard aliases + anchors.count <= limits.maxAliases else {
                        throw YAMLError("more than \(limits.maxAliases) YAML anchors and aliases", line: line, column: column)
                    }
                    guard let a = anchors[name] else {
                        throw YAMLError("found undefined alias `\(name)`", line: line, column: column)
                    }
                    guard nodes <= limits.maxNodes - a.size else {
                        throw YAMLError("the YAML document expands to more than \(limits.maxNodes) nodes (alias bomb?)", line: line, column: column)
                    }
                    nodes += a.size
                    try countBytes(a.bytes, line: line)
                    try add(a.node, size: a.size, height: a.height, bytes: a.bytes, line: line, column: column, fromAlias: true)
                default:
                    break
                }
            }
        }

        mutating func count(_ n: Int, line: Int) throws(YAMLError) {
            nodes += n
            guard nodes <= limits.maxNodes else {
                throw YAMLError("the YAML document expands to more than \(limits.maxNodes) nodes (alias bomb?)", line: line)
            }
        }

        mutating func countBytes(_ n: Int, line: Int) throws(YAMLError) {
            guard expandedBytes <= limits.maxExpandedBytes - n else {
                throw YAMLError("the YAML document expands to more than \(limits.maxExpandedBytes) bytes of text (alias bomb?)", line: line)
            }
            expandedBytes += n
        }

        mutating func register(anchor: String?, node: YNode, size: Int, height: Int, bytes: Int) throws(YAMLError) {
            guard let anchor else { return }
            guard aliases + anchors.count < limits.maxAliases else {
                throw YAMLError("more than \(limits.maxAliases) YAML anchors and aliases", line: node.line)
            }
            anchors[anchor] = Anchored(node: node, size: size, height: height, bytes: bytes)
        }

        /// Attaches a finished node to the collection being built (or makes it the root).
        mutating func add(_ node: YNode, size: Int, height: Int, bytes: Int, line: Int, column: Int, fromAlias: Bool) throws(YAMLError) {
            guard !stack.isEmpty else { root = node; return }
            // The expanded depth of this node's deepest leaf.
            guard stack.count + height <= limits.maxDepth else {
                throw YAMLError("the YAML document nests deeper than \(limits.maxDepth) levels", line: line, column: column)
            }
            let i = stack.count - 1
            stack[i].size += size
            stack[i].bytes += bytes
            stack[i].height = max(stack[i].height, height + 1)
            if stack[i].isMapping {
                if let key = stack[i].pendingKey {
                    stack[i].keys.append(key)
                    stack[i].values.append(node)
                    stack[i].pendingKey = nil
                } else {
                    if fromAlias, node.scalar == nil {
                        throw YAMLError("YAML aliases used as mapping keys are not supported", line: line, column: column)
                    }
                    stack[i].pendingKey = node
                }
            } else {
                stack[i].items.append(node)
            }
        }

        /// Turns a finished frame into a node: merge keys (`<<`) applied, duplicate keys refused.
        static func build(_ f: Frame) throws(YAMLError) -> YNode {
            guard f.isMapping else { return .sequence(YSequence(items: f.items, line: f.line, column: f.column)) }
            var explicit = Set<String>()
            for k in f.keys {
                guard let s = k.scalar else { continue }
                if s.value == "<<", s.style == .plain { continue }
                if !explicit.insert(s.value).inserted {
                    throw YAMLError("duplicate keys in a mapping: \(s.value)", line: s.line, column: s.column)
                }
            }
            var entries: [YMapping.Entry] = []
            entries.reserveCapacity(f.keys.count)
            var present = Set<String>()
            for (k, v) in zip(f.keys, f.values) {
                let key: YScalar
                if let s = k.scalar {
                    key = s
                } else {
                    // Complex keys never matter to the files Bulwark reads; keep the position only.
                    key = YScalar("", line: k.line, column: k.column)
                }
                if key.value == "<<", key.style == .plain, k.scalar != nil {
                    // Merge key: the merged mappings' entries that are not set explicitly.
                    let merged: [YMapping] = v.mapping.map { [$0] } ?? v.sequence?.items.compactMap(\.mapping) ?? []
                    for m in merged {
                        for e in m.entries where !explicit.contains(e.key.value) && present.insert(e.key.value).inserted {
                            entries.append(e)
                        }
                    }
                    continue
                }
                present.insert(key.value)
                entries.append(.init(key: key, value: v))
            }
            return .mapping(YMapping(entries: entries, line: f.line, column: f.column))
        }

        static func string(_ p: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> String {
            guard let p, count > 0 else { return "" }
            return String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
        }

        static func cString(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let p else { return nil }
            return String(cString: p)
        }

        static func error(from parser: yaml_parser_t) -> YAMLError {
            let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
            let mark = parser.problem_mark
            if parser.error == YAML_MEMORY_ERROR { return YAMLError("the YAML parser ran out of memory") }
            if problem.hasPrefix("Maximum nesting level") {
                return YAMLError("the YAML document nests deeper than libyaml's 1000 levels",
                                 line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            }
            return YAMLError(problem, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
    }
}
