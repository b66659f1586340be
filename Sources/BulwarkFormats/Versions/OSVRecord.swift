import Foundation

/// One OSV range event (`introduced`, `fixed`, `last_affected`, `limit`).
public struct OSVEvent: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case introduced, fixed, lastAffected = "last_affected", limit }
    public var kind: Kind
    public var version: String

    public init(_ kind: Kind, _ version: String) {
        self.kind = kind
        self.version = version
    }
}

/// An OSV range: `SEMVER`, `ECOSYSTEM` or `GIT` with its events.
public struct OSVRange: Sendable, Hashable, Codable {
    public var type: String
    public var events: [OSVEvent]

    public init(type: String, events: [OSVEvent]) {
        self.type = type
        self.events = events
    }
}

/// The affected versions of one package in an advisory.
public struct OSVAffected: Sendable, Hashable, Codable {
    public var ecosystem: String
    public var name: String
    public var ranges: [OSVRange]
    /// Explicitly enumerated affected versions.
    public var versions: [String]

    public init(ecosystem: String, name: String, ranges: [OSVRange] = [], versions: [String] = []) {
        self.ecosystem = ecosystem
        self.name = name
        self.ranges = ranges
        self.versions = versions
    }

    /// Whether `version` is affected, following the OSV specification's evaluation: the explicit
    /// `versions` list, then each `SEMVER`/`ECOSYSTEM` range with its events sorted in the ecosystem's order.
    public func affects(_ version: String, scheme: VersionScheme) -> Bool {
        if versions.contains(where: { $0 == version }) { return true }
        if versions.contains(where: { scheme.equal($0, version) }) { return true }
        for r in ranges where r.type != "GIT" {
            let s: VersionScheme = r.type == "SEMVER" ? (scheme == .go ? .go : .semver) : scheme
            if Self.inRange(version, r.events, scheme: s) { return true }
        }
        return false
    }

    static func inRange(_ v: String, _ events: [OSVEvent], scheme: VersionScheme) -> Bool {
        // Sort events by version; `introduced: 0` is below everything.
        func cmp(_ a: String, _ b: String) -> Int? {
            if a == "0" { return b == "0" ? 0 : -1 }
            if b == "0" { return 1 }
            return scheme.compare(a, b)
        }
        guard cmp("1", v) != nil || v == "0" || scheme.compare(v, v) != nil else { return false }
        let valid = events.filter { $0.version == "0" || scheme.compare($0.version, $0.version) != nil }
        let sorted = valid.sorted { a, b in
            let c = cmp(a.version, b.version) ?? 0
            if c != 0 { return c < 0 }
            return a.kind == .introduced && b.kind != .introduced
        }
        var affected = false
        for e in sorted {
            guard let c = cmp(e.version, v) else { continue }
            switch e.kind {
            case .introduced: if c <= 0 { affected = true }
            case .fixed: if c <= 0 { affected = false }
            case .lastAffected: if c < 0 { affected = false }
            case .limit: if c <= 0 { return false }
            }
        }
        return affected
    }

    /// The lowest `fixed` version above `version`, for remediation.
    public func fixedVersion(above version: String, scheme: VersionScheme) -> String? {
        let fixes = ranges.flatMap(\.events).filter { $0.kind == .fixed }.map(\.version)
        let above = fixes.filter { (scheme.compare($0, version) ?? 1) > 0 }
        return above.min { (scheme.compare($0, $1) ?? 0) < 0 }
    }
}

/// The parts of an OSV record that a scan needs.
public struct OSVAdvisory: Sendable, Hashable, Codable {
    public var id: String
    public var aliases: [String]
    public var summary: String
    /// `critical`, `high`, `medium`, `low`, or nil when the record states none.
    public var severity: String?
    /// A malicious-package report (OpenSSF `MAL-*`, or a "Malicious code in" record).
    public var malicious: Bool
    /// Set when the advisory was withdrawn; such records never match.
    public var withdrawn: String?
    public var modified: String?
    public var affected: [OSVAffected]

    public init(id: String, aliases: [String] = [], summary: String = "", severity: String? = nil, malicious: Bool = false,
                withdrawn: String? = nil, modified: String? = nil, affected: [OSVAffected]) {
        self.id = id
        self.aliases = aliases
        self.summary = summary
        self.severity = severity
        self.malicious = malicious
        self.withdrawn = withdrawn
        self.modified = modified
        self.affected = affected
    }

    /// Parses one OSV JSON document.
    public static func parse(_ bytes: [UInt8]) throws(LockfileError) -> OSVAdvisory {
        let doc = try parseJSON(bytes)
        guard let id = doc["id"]?.string, !id.isEmpty else { throw LockfileError("OSV record without an id", line: doc.line) }
        var adv = OSVAdvisory(id: id, aliases: (doc["aliases"]?.array ?? []).compactMap(\.string),
                              summary: doc["summary"]?.string ?? String((doc["details"]?.string ?? "").prefix(200)),
                              withdrawn: doc["withdrawn"]?.string, modified: doc["modified"]?.string, affected: [])
        adv.malicious = id.hasPrefix("MAL-") || adv.summary.hasPrefix("Malicious code in")
        for a in doc["affected"]?.array ?? [] {
            guard let pkg = a["package"], let eco = pkg["ecosystem"]?.string, let name = pkg["name"]?.string else { continue }
            var aff = OSVAffected(ecosystem: eco, name: name)
            aff.versions = (a["versions"]?.array ?? []).compactMap(\.string)
            for r in a["ranges"]?.array ?? [] {
                var range = OSVRange(type: r["type"]?.string ?? "ECOSYSTEM", events: [])
                for e in r["events"]?.array ?? [] {
                    for m in e.members ?? [] {
                        guard let v = m.value.string, let k = OSVEvent.Kind(rawValue: m.key) else { continue }
                        range.events.append(OSVEvent(k, v))
                    }
                }
                aff.ranges.append(range)
            }
            adv.affected.append(aff)
            if adv.severity == nil, let s = a["ecosystem_specific"]?["severity"]?.string ?? a["database_specific"]?["severity"]?.string {
                adv.severity = normalizeSeverity(s)
            }
        }
        if let s = doc["database_specific"]?["severity"]?.string { adv.severity = normalizeSeverity(s) }
        if adv.severity == nil {
            for s in doc["severity"]?.array ?? [] {
                if let score = s["score"]?.string, let base = CVSS3.baseScore(score) {
                    adv.severity = CVSS3.rating(base)
                    break
                }
            }
        }
        return adv
    }

    static func normalizeSeverity(_ s: String) -> String? {
        switch s.lowercased() {
        case "critical": "critical"
        case "high", "important": "high"
        case "moderate", "medium": "medium"
        case "low", "negligible", "unimportant": "low"
        default: nil
        }
    }
}

/// CVSS v3.x base score from a vector (`CVSS:3.1/AV:N/AC:L/...`).
public enum CVSS3 {
    public static func baseScore(_ vector: String) -> Double? {
        guard vector.hasPrefix("CVSS:3") else { return nil }
        var m: [String: String] = [:]
        for p in vector.split(separator: "/").dropFirst() {
            let kv = p.split(separator: ":", maxSplits: 1)
            if kv.count == 2 { m[String(kv[0])] = String(kv[1]) }
        }
        guard let av = ["N": 0.85, "A": 0.62, "L": 0.55, "P": 0.2][m["AV"] ?? ""],
              let ac = ["L": 0.77, "H": 0.44][m["AC"] ?? ""],
              let ui = ["N": 0.85, "R": 0.62][m["UI"] ?? ""],
              let s = m["S"], s == "U" || s == "C",
              let c = ["H": 0.56, "L": 0.22, "N": 0.0][m["C"] ?? ""],
              let i = ["H": 0.56, "L": 0.22, "N": 0.0][m["I"] ?? ""],
              let a = ["H": 0.56, "L": 0.22, "N": 0.0][m["A"] ?? ""] else { return nil }
        let changed = s == "C"
        guard let pr = (changed ? ["N": 0.85, "L": 0.68, "H": 0.5] : ["N": 0.85, "L": 0.62, "H": 0.27])[m["PR"] ?? ""] else { return nil }
        let iss = 1 - (1 - c) * (1 - i) * (1 - a)
        let impact = changed ? 7.52 * (iss - 0.029) - 3.25 * pow(iss - 0.02, 15) : 6.42 * iss
        if impact <= 0 { return 0 }
        let expl = 8.22 * av * ac * pr * ui
        let raw = changed ? min(1.08 * (impact + expl), 10) : min(impact + expl, 10)
        return (raw * 10).rounded(.up) / 10
    }

    public static func rating(_ score: Double) -> String {
        score >= 9 ? "critical" : score >= 7 ? "high" : score >= 4 ? "medium" : "low"
    }
}
