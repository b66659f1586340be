import BulwarkFormats
import Foundation

/// A version range as typed on the command line: comma-separated constraints that must all hold
/// (`>=5.5.1alpha-0.1,<=5.6.1-1`), alternatives separated by `||`. Operators: `>=`, `>`, `<=`, `<`,
/// `=`/`==`, `!=`; a bare version means `=`.
public struct VersionRange: Sendable, Equatable, CustomStringConvertible {
    public enum Op: String, Sendable { case ge = ">=", gt = ">", le = "<=", lt = "<", eq = "=", ne = "!=" }
    public struct Constraint: Sendable, Equatable {
        public var op: Op
        public var version: String
    }

    public var alternatives: [[Constraint]]
    public let text: String
    public var description: String { text }

    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    public init(parsing text: String) throws(ParseError) {
        self.text = text
        var alternatives: [[Constraint]] = []
        for alt in text.components(separatedBy: "||") {
            var group: [Constraint] = []
            for raw in alt.split(separator: ",") {
                var s = raw.trimmingCharacters(in: .whitespaces)
                guard !s.isEmpty else { continue }
                var op = Op.eq
                for candidate in [Op.ge, .le, .ne, .gt, .lt] where s.hasPrefix(candidate.rawValue) {
                    op = candidate
                    s.removeFirst(candidate.rawValue.count)
                    break
                }
                if op == .eq {
                    if s.hasPrefix("==") { s.removeFirst(2) } else if s.hasPrefix("=") { s.removeFirst() }
                }
                s = s.trimmingCharacters(in: .whitespaces)
                guard !s.isEmpty, !s.contains(" ") else { throw ParseError(message: "invalid version constraint `\(raw)` in range `\(text)`") }
                group.append(Constraint(op: op, version: s))
            }
            if !group.isEmpty { alternatives.append(group) }
        }
        guard !alternatives.isEmpty else { throw ParseError(message: "empty version range `\(text)`") }
        self.alternatives = alternatives
    }

    /// true/false when decided, nil when the ordering cannot compare the versions.
    public func contains(_ version: String, scheme: VersionScheme?) -> Bool? {
        var undecided = false
        for group in alternatives {
            var all = true
            var groupUndecided = false
            for c in group {
                let r: Int?
                if version == c.version { r = 0 } else if let scheme { r = scheme.compare(version, c.version) } else { r = nil }
                guard let r else {
                    // Without an ordering, only (in)equality can be decided.
                    if c.op == .eq { all = false } else if c.op == .ne { continue } else { groupUndecided = true }
                    continue
                }
                let ok: Bool
                switch c.op {
                case .ge: ok = r >= 0
                case .gt: ok = r > 0
                case .le: ok = r <= 0
                case .lt: ok = r < 0
                case .eq: ok = r == 0
                case .ne: ok = r != 0
                }
                if !ok { all = false }
            }
            if all && !groupUndecided { return true }
            if all && groupUndecided { undecided = true }
        }
        return undecided ? nil : false
    }
}
