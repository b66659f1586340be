import Foundation

/// A version parsed once for a scheme, so that bulk matching (every stored version against every
/// advisory, every locked package against its advisories) does not re-parse both strings on every
/// comparison.
public struct ParsedVersion: Sendable {
    public let raw: String
    let pep: PEP440Version?
    let sem: SemanticVersion?

    public init(_ raw: String, scheme: VersionScheme) {
        self.raw = raw
        switch scheme {
        case .pep440: pep = PEP440Version(raw); sem = nil
        case .semver: pep = nil; sem = SemanticVersion(raw, lenient: true)
        case .go: pep = nil; sem = SemanticVersion(raw, lenient: false, allowV: true)
        default: pep = nil; sem = nil
        }
    }

    /// Whether the scheme can place this version at all.
    public func isValid(_ scheme: VersionScheme) -> Bool {
        switch scheme {
        case .pep440: return pep != nil
        case .semver, .go: return sem != nil
        default: return scheme.compare(raw, raw) != nil
        }
    }

    /// The same result as `scheme.compare(a.raw, b.raw)` from BulwarkFormats/Versions.
    public static func compare(_ a: ParsedVersion, _ b: ParsedVersion, _ scheme: VersionScheme) -> Int? {
        switch scheme {
        case .pep440:
            guard let x = a.pep, let y = b.pep else { return nil }
            return x < y ? -1 : (y < x ? 1 : 0)
        case .semver, .go:
            guard let x = a.sem, let y = b.sem else { return nil }
            return x < y ? -1 : (y < x ? 1 : 0)
        default:
            return scheme.compare(a.raw, b.raw)
        }
    }
}

/// One affected package of an advisory, with its range events parsed and sorted once.
///
/// Evaluates the OSV rules (the explicit `versions` list, then each SEMVER/ECOSYSTEM range swept in
/// version order: `introduced` opens, `fixed` and `limit` close at the version, `last_affected`
/// closes after it) exactly as `OSVAffected.affects` does (a test checks they agree), but without
/// re-parsing and re-sorting for each stored version.
public struct FastRangeEvaluator: Sendable {
    struct Range: Sendable {
        let scheme: VersionScheme
        /// Sorted events; `nil` version means `introduced: 0`.
        let events: [(kind: OSVEvent.Kind, version: ParsedVersion?)]
    }

    public let scheme: VersionScheme
    let ranges: [Range]
    let listed: Set<String>
    let listedParsed: [ParsedVersion]
    let fixes: [ParsedVersion]

    public init(_ a: OSVAffected, scheme: VersionScheme) {
        self.scheme = scheme
        listed = Set(a.versions)
        listedParsed = a.versions.map { ParsedVersion($0, scheme: scheme) }.filter { $0.isValid(scheme) }
        var ranges: [Range] = []
        for r in a.ranges where r.type != "GIT" {
            let s: VersionScheme = r.type == "SEMVER" ? (scheme == .go ? .go : .semver) : scheme
            var events: [(kind: OSVEvent.Kind, version: ParsedVersion?)] = []
            for e in r.events {
                if e.version == "0" { events.append((e.kind, nil)); continue }
                let p = ParsedVersion(e.version, scheme: s)
                if p.isValid(s) { events.append((e.kind, p)) }
            }
            func cmp(_ x: ParsedVersion?, _ y: ParsedVersion?) -> Int {
                switch (x, y) {
                case (nil, nil): return 0
                case (nil, _): return -1
                case (_, nil): return 1
                case let (a?, b?): return ParsedVersion.compare(a, b, s) ?? 0
                }
            }
            let sorted = events.enumerated().sorted { l, r in
                let c = cmp(l.element.version, r.element.version)
                if c != 0 { return c < 0 }
                let li = l.element.kind == .introduced, ri = r.element.kind == .introduced
                if li != ri { return li }
                return l.offset < r.offset
            }.map(\.element)
            ranges.append(Range(scheme: s, events: sorted))
        }
        self.ranges = ranges
        fixes = a.ranges.flatMap(\.events).filter { $0.kind == .fixed }.map { ParsedVersion($0.version, scheme: scheme) }
    }

    /// true/false, or nil when `version` is not a version of the scheme (reported as undecided).
    public func affects(_ version: String, parsed: (VersionScheme) -> ParsedVersion) -> Bool? {
        if listed.contains(version) { return true }
        let own = parsed(scheme)
        if !listedParsed.isEmpty, own.isValid(scheme), listedParsed.contains(where: { ParsedVersion.compare($0, own, scheme) == 0 }) {
            return true
        }
        var undecided = false
        for r in ranges {
            let v = r.scheme == scheme ? own : parsed(r.scheme)
            guard v.isValid(r.scheme) else { undecided = true; continue }
            var affected = false
            sweep: for e in r.events {
                let c = e.version.map { ParsedVersion.compare($0, v, r.scheme) ?? 0 } ?? -1
                switch e.kind {
                case .introduced: if c <= 0 { affected = true }
                case .fixed: if c <= 0 { affected = false }
                case .lastAffected: if c < 0 { affected = false }
                case .limit: if c <= 0 { affected = false; break sweep }
                }
            }
            if affected { return true }
        }
        return undecided && !ranges.isEmpty ? nil : false
    }

    /// The lowest `fixed` version above `version` (as `OSVAffected.fixedVersion(above:scheme:)`).
    public func fixedVersion(above version: String, parsed: (VersionScheme) -> ParsedVersion) -> String? {
        let v = parsed(scheme)
        let above = fixes.filter { (ParsedVersion.compare($0, v, scheme) ?? 1) > 0 }
        return above.min { (ParsedVersion.compare($0, $1, scheme) ?? 0) < 0 }?.raw
    }
}
