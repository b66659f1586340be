/// A JSON value with the position of its first byte, from `JSONParser`.
///
/// Positions let rules point at the offending key in `.mcp.json` or a notebook instead of
/// line 1. Object members keep their document order (and duplicates, which can be a trick).
public indirect enum JSONValue: Sendable, Equatable {
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
public struct JSONNode: Sendable, Equatable {
    public var value: JSONValue
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(value: JSONValue, line: Int, column: Int, offset: Int) {
        self.value = value
        self.line = line
        self.column = column
        self.offset = offset
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
    public var keyLine: Int
    public var keyColumn: Int
    public var value: JSONNode

    public init(key: String, keyLine: Int, keyColumn: Int, value: JSONNode) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}
