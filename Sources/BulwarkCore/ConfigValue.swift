/// A configuration value from `.bulwark.yml` (rule options, allowlists).
public enum ConfigValue: Sendable, Hashable, Codable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([ConfigValue])
    case map([String: ConfigValue])
    case null

    public var stringValue: String? {
        switch self {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .bool(let b): String(b)
        default: nil
        }
    }
    public var intValue: Int? {
        switch self {
        case .int(let i): i
        case .string(let s): Int(s)
        case .double(let d): Int(exactly: d)
        default: nil
        }
    }
    public var boolValue: Bool? {
        switch self {
        case .bool(let b): b
        case .string(let s): ["true", "yes", "on"].contains(s.lowercased()) ? true : (["false", "no", "off"].contains(s.lowercased()) ? false : nil)
        default: nil
        }
    }
    public var stringArray: [String]? {
        switch self {
        case .list(let l): l.compactMap(\.stringValue)
        case .string(let s): [s]
        default: nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let l = try? c.decode([ConfigValue].self) { self = .list(l) }
        else { self = .map(try c.decode([String: ConfigValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .int(let i): try c.encode(i)
        case .double(let d): try c.encode(d)
        case .bool(let b): try c.encode(b)
        case .list(let l): try c.encode(l)
        case .map(let m): try c.encode(m)
        case .null: try c.encodeNil()
        }
    }
}
