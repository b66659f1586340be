/// How bad a finding is if it is real. Ordered so that `critical > high > ... > info`.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case info, low, medium, high, critical

    private var rank: Int {
        switch self {
        case .info: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        case .critical: 4
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    public var description: String { rawValue }

    /// Parses a user-supplied severity name, case-insensitively.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }
}

/// How sure a rule is that a finding is a true positive.
public enum Confidence: String, Codable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case low, medium, high

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
    public var description: String { rawValue }
}
