/// A TOML value with the line where it starts, from `TOMLParser`.
///
/// Dates and times are kept as their source text (rules compare them as strings, if at all);
/// integers keep their source text beside the parsed value so nothing is lost to overflow.
///
/// Not `indirect`: arrays and tables hold their children in array buffers already, so scalars live
/// inline in their node rather than in a heap box each (a padded `unused = [0, 0, ...]` of 15
/// million values took 840 MB with boxes).
public enum TOMLValue: Sendable, Equatable {
    case string(String)
    /// Source text (underscores removed) and its value when it fits in 64 bits.
    case integer(String, Int64?)
    case float(String)
    case bool(Bool)
    /// Offset date-time, local date-time, local date or local time, as written.
    case datetime(String)
    /// A static array or an array of tables (`[[x]]`), whose items are `.table`.
    case array([TOMLNode])
    case table(TOMLTable)

    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var intValue: Int64? { if case .integer(_, let v) = self { return v }; return nil }
    public var arrayValue: [TOMLNode]? { if case .array(let a) = self { return a }; return nil }
    public var tableValue: TOMLTable? { if case .table(let t) = self { return t }; return nil }

    /// A short name of the kind (`string`, `table`...), for messages.
    public var kindName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .bool: "boolean"
        case .datetime: "datetime"
        case .array: "array"
        case .table: "table"
        }
    }
}

/// A value and where it starts (1-based line and column in bytes).
public struct TOMLNode: Sendable, Equatable {
    public var value: TOMLValue
    private var line32: UInt32
    private var column32: UInt32

    /// Stored in 32 bits (documents are far below 4 GiB; larger values are clamped).
    public var line: Int { get { Int(line32) } set { line32 = UInt32(clamping: newValue) } }
    public var column: Int { get { Int(column32) } set { column32 = UInt32(clamping: newValue) } }

    public init(value: TOMLValue, line: Int, column: Int) {
        self.value = value
        self.line32 = UInt32(clamping: line)
        self.column32 = UInt32(clamping: column)
    }

    public var string: String? { value.stringValue }
    public var bool: Bool? { value.boolValue }
    public var array: [TOMLNode]? { value.arrayValue }
    public var table: TOMLTable? { value.tableValue }

    /// The member of a table value, or nil.
    public subscript(key: String) -> TOMLNode? { table?[key] }

    /// Array items that are tables (the usual shape of `[[package]]`).
    public var tables: [TOMLTable] { array?.compactMap(\.table) ?? [] }

    /// Strings of an array of strings (non-strings skipped).
    public var strings: [String] { array?.compactMap(\.string) ?? [] }
}

/// One `key = value` (or sub-table) of a table, in document order, with the key's line.
public struct TOMLEntry: Sendable, Equatable {
    public var key: String
    public var keyLine: Int
    public var value: TOMLNode

    public init(key: String, keyLine: Int, value: TOMLNode) {
        self.key = key
        self.keyLine = keyLine
        self.value = value
    }
}

/// A table: keys in document order (of first definition) with their lines.
public struct TOMLTable: Sendable, Equatable {
    public var entries: [TOMLEntry]
    /// Line of the header, first dotted key, or `{` that defined the table (1 for the root).
    public var line: Int

    public init(entries: [TOMLEntry] = [], line: Int = 1) {
        self.entries = entries
        self.line = line
    }

    public subscript(key: String) -> TOMLNode? {
        entries.first { $0.key == key }?.value
    }

    public var keys: [String] { entries.map(\.key) }

    /// The line of a key, or nil.
    public func line(of key: String) -> Int? { entries.first { $0.key == key }?.keyLine }

    /// The node at a key path such as `["tool", "poetry", "dependencies"]`.
    public func node(at path: [String]) -> TOMLNode? {
        guard let first = path.first else { return TOMLNode(value: .table(self), line: line, column: 1) }
        var cur = self[first]
        for k in path.dropFirst() { cur = cur?[k] }
        return cur
    }

    /// The table at a key path, or nil.
    public func table(at path: [String]) -> TOMLTable? {
        path.isEmpty ? self : node(at: path)?.table
    }

    public func string(_ key: String) -> String? { self[key]?.string }
}
