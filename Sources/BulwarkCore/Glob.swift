/// gitignore-flavoured path globs: `*` within a component, `**` across components, `?` one char.
/// A pattern without `/` matches any path component (`node_modules`, `*.min.js`); a pattern with
/// `/` is anchored at the scan root; a trailing `/` (or `/**`) matches everything below a folder.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let parts: [String]
    private let anchored: Bool

    public init(_ pattern: String) {
        var p = pattern.trimmingWhitespace()
        if p.hasPrefix("./") { p.removeFirst(2) }
        var anchored = p.contains("/") && !(p.hasSuffix("/") && p.dropLast().contains("/") == false)
        if p.hasPrefix("/") { p.removeFirst(); anchored = true }
        if p.hasSuffix("/") { p += "**" }
        self.pattern = pattern
        self.anchored = anchored
        self.parts = p.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Whether a repository-relative path (or any of its parent folders) matches.
    public func matches(_ path: String) -> Bool {
        let comps = path.split(separator: "/").map(String.init)
        if !anchored && parts.count == 1 {
            return comps.contains { Glob.matchComponent(parts[0], $0) }
        }
        if anchored {
            return Glob.matchParts(parts[...], comps[...], prefixOK: true)
        }
        // Unanchored multi-part pattern (e.g. `foo/**` given without leading slash but as a folder).
        for start in comps.indices where Glob.matchParts(parts[...], comps[start...], prefixOK: true) { return true }
        return false
    }

    private static func matchParts(_ p: ArraySlice<String>, _ c: ArraySlice<String>, prefixOK: Bool) -> Bool {
        guard let first = p.first else { return prefixOK || c.isEmpty }
        if first == "**" {
            let rest = p.dropFirst()
            if rest.isEmpty { return true }
            var i = c.startIndex
            while i <= c.endIndex {
                if matchParts(rest, c[i...], prefixOK: prefixOK) { return true }
                i += 1
            }
            return false
        }
        guard let head = c.first, matchComponent(first, head) else { return false }
        return matchParts(p.dropFirst(), c.dropFirst(), prefixOK: prefixOK)
    }

    /// Matches one path component against a pattern with `*` and `?` (iterative, no backtracking blow-up).
    static func matchComponent(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern.unicodeScalars), t = Array(text.unicodeScalars)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count && (p[pi] == "?" || p[pi] == t[ti]) {
                pi += 1; ti += 1
            } else if pi < p.count && p[pi] == "*" {
                star = pi; mark = ti; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count && p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
