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

    /// The accepted syntax, for error messages.
    public static let syntax = "constraints joined by `,` (and) and `||` (or), each an operator (>=, >, <=, <, =, ==, !=) or none (=) followed by a version, e.g. \">=1.2.0,<2.0.0 || =2.1.1\""

    public init(parsing text: String) throws(ParseError) {
        self.text = text
        func invalid(_ what: String) -> ParseError {
            ParseError(message: "invalid version range `\(text)`: \(what); a range is \(Self.syntax)")
        }
        guard text.utf8.count <= 4096 else { throw invalid("longer than 4096 bytes") }
        var alternatives: [[Constraint]] = []
        for alt in text.components(separatedBy: "||") {
            var group: [Constraint] = []
            let pieces = alt.split(separator: ",", omittingEmptySubsequences: false)
            for raw in pieces {
                var s = raw.trimmingCharacters(in: .whitespaces)
                guard !s.isEmpty else {
                    throw invalid(pieces.count == 1 ? "an empty alternative around `||`" : "an empty constraint between commas")
                }
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
                guard !s.isEmpty else { throw invalid("`\(raw.trimmingCharacters(in: .whitespaces))` has no version") }
                // A version starts with a letter or digit and holds no operator or separator: `=>0.1`,
                // `>>0.1` and `>=0.1;<1` are typos, not versions to compare exactly.
                let forbidden: Set<Character> = ["<", ">", "=", "!", ";", "|", "&", "^", "*", " ", "\t", "(", ")", "[", "]", "\"", "'"]
                guard let first = s.first, first.isASCII, first.isLetter || first.isNumber else {
                    let written = raw.trimmingCharacters(in: .whitespaces)
                    for (typo, meant) in [("=>", ">="), ("=<", "<="), (">>", ">"), ("<<", "<"), ("=!", "!=")] where written.hasPrefix(typo) {
                        throw invalid("`\(typo)` is not an operator (did you mean `\(meant)`?)")
                    }
                    throw invalid("`\(raw.trimmingCharacters(in: .whitespaces))` does not start with an operator and a version")
                }
                if let bad = s.first(where: { forbidden.contains($0) || $0.isNewline || !($0.isASCII || $0.isLetter || $0.isNumber) }) {
                    throw invalid("`\(raw.trimmingCharacters(in: .whitespaces))` holds `\(bad)` inside the version")
                }
                group.append(Constraint(op: op, version: s))
            }
            alternatives.append(group)
        }
        guard !alternatives.isEmpty else { throw invalid("it is empty") }
        self.alternatives = alternatives
    }

    /// The first constraint version that `scheme` cannot order (nil when all parse), for refusing a
    /// range such as `garbage` that could only ever compare unequal.
    public func unorderableVersion(scheme: VersionScheme, key: String) -> String? {
        for group in alternatives {
            for c in group {
                let v = VersionSchemes.comparable(c.version, key: key)
                if !ParsedVersion(v, scheme: scheme).isValid(scheme) && !ParsedVersion(c.version, scheme: scheme).isValid(scheme) {
                    return c.version
                }
            }
        }
        return nil
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
