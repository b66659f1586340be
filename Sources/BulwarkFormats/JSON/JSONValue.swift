/// A JSON value with the position of its first byte, from `JSONParser`.
///
/// Positions let rules point at the offending key in `.mcp.json` or a notebook instead of
/// line 1. Object members keep their document order (and duplicates, which can be a trick).
///
/// Not `indirect`: containers already hold their children in arrays (one buffer each), so a scalar
/// lives inline in its node instead of in a heap box of its own. With 32-bit positions a node is
/// 32 bytes and a number or a short string allocates nothing (66 bytes and one allocation per
/// value before: 15 million padding values took 1 GB).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var numberValue: Double? { if case .number(let n) = self { return Double(n) }; return nil }
    public var arrayValue: [JSONNode]? { if case .array(let a) = self { return a }; return nil }
    public var objectValue: [JSONMember]? { if case .object(let o) = self { return o }; return nil }
}

/// A JSON value and where it starts (1-based line and column, 0-based byte offset).
///
/// Positions are stored in 32 bits (parsed documents are far below 4 GiB; larger values are clamped).
public struct JSONNode: Sendable, Equatable {
    public var value: JSONValue
    private var line32: UInt32
    private var column32: UInt32
    private var offset32: UInt32

    public var line: Int { get { Int(line32) } set { line32 = UInt32(clamping: newValue) } }
    public var column: Int { get { Int(column32) } set { column32 = UInt32(clamping: newValue) } }
    public var offset: Int { get { Int(offset32) } set { offset32 = UInt32(clamping: newValue) } }

    public init(value: JSONValue, line: Int, column: Int, offset: Int) {
        self.value = value
        self.line32 = UInt32(clamping: line)
        self.column32 = UInt32(clamping: column)
        self.offset32 = UInt32(clamping: offset)
    }

    /// The member value for a key (the last one when a key repeats, as most parsers do).
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.last { $0.key == key }?.value
    }

    public subscript(index: Int) -> JSONNode? {
        guard case .array(let items) = value, index >= 0, index < items.count else { return nil }
        return items[index]
    }

    public var string: String? { value.stringValue }
    public var bool: Bool? { value.boolValue }
    public var array: [JSONNode]? { value.arrayValue }
    public var members: [JSONMember]? { value.objectValue }

    /// Converts to Foundation-style plain values (`[String: Any]`-free: strings, numbers as Double, ...).
    public var isNull: Bool { value == .null }
}

/// One `"key": value` pair, with the key's own position.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    private var keyLine32: UInt32
    private var keyColumn32: UInt32
    public var value: JSONNode

    public var keyLine: Int { get { Int(keyLine32) } set { keyLine32 = UInt32(clamping: newValue) } }
    public var keyColumn: Int { get { Int(keyColumn32) } set { keyColumn32 = UInt32(clamping: newValue) } }

    public init(key: String, keyLine: Int, keyColumn: Int, value: JSONNode) {
        self.key = key
        self.keyLine32 = UInt32(clamping: keyLine)
        self.keyColumn32 = UInt32(clamping: keyColumn)
        self.value = value
    }
}
