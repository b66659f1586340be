/// One option a rule reads from `.bulwark.yml` (`rules.<id>.options.<name>`), declared on the rule's
/// description so that the configuration loader can refuse unknown names and wrong values with the
/// file and line, instead of the rule silently falling back to its default.
public struct RuleOption: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// One of a fixed set of strings.
        case oneOf([String])
        /// A list of strings (a single string is accepted as a one-item list).
        case strings
        /// A whole number in a range.
        case integer(min: Int, max: Int)
        case boolean
    }

    public var name: String
    public var kind: Kind
    /// One line for error messages and docs.
    public var summary: String

    public init(_ name: String, _ kind: Kind, _ summary: String) {
        self.name = name
        self.kind = kind
        self.summary = summary
    }

    public static func oneOf(_ name: String, _ values: [String], _ summary: String) -> RuleOption {
        RuleOption(name, .oneOf(values), summary)
    }
    public static func strings(_ name: String, _ summary: String) -> RuleOption {
        RuleOption(name, .strings, summary)
    }
    public static func integer(_ name: String, min: Int, max: Int = Int.max, _ summary: String) -> RuleOption {
        RuleOption(name, .integer(min: min, max: max), summary)
    }
    public static func boolean(_ name: String, _ summary: String) -> RuleOption {
        RuleOption(name, .boolean, summary)
    }

    /// What a value must look like, for messages ("one of hash-pin, ref-pin, any").
    public var expected: String {
        switch kind {
        case .oneOf(let values): "one of \(values.joined(separator: ", "))"
        case .strings: "a list of strings"
        case .integer(let lo, let hi): hi == Int.max ? "a whole number of at least \(lo)" : "a whole number from \(lo) to \(hi)"
        case .boolean: "true or false"
        }
    }

    /// Nil when `value` is acceptable, else what was expected.
    public func problem(with value: ConfigValue) -> String? {
        switch (kind, value) {
        case (.oneOf(let values), .string(let s)) where values.contains(s): return nil
        case (.strings, .string): return nil
        case (.strings, .list(let items)):
            return items.allSatisfy({ if case .string = $0 { true } else { false } }) ? nil : expected
        case (.integer(let lo, let hi), .int(let i)) where i >= lo && i <= hi: return nil
        case (.boolean, .bool): return nil
        default: return expected
        }
    }
}
