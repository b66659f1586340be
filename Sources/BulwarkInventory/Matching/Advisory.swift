import BulwarkFormats
import Foundation

/// An OSV advisory (https://ossf.github.io/osv-schema/) with each affected package keyed like the
/// inventory's components (from `package.purl`, else from ecosystem and name).
public struct Advisory: Sendable {
    public struct Affected: Sendable {
        /// Package key (`deb:debian/xz-utils`, `pypi:torch`, ...).
        public var key: String
        /// Ecosystem, name, ranges and listed versions, in the dependency family's model.
        public var osv: OSVAffected
    }

    public var id: String
    public var aliases: [String]
    public var summary: String
    public var severity: AdvisorySeverity
    public var affected: [Affected]
    public var source: String?

    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// The largest OSV record read.
    public static let maxBytes = 32 << 20

    public static func read(_ bytes: [UInt8], source: String? = nil) throws(Error) -> Advisory {
        guard bytes.count <= maxBytes else { throw Error(message: "OSV record larger than \(maxBytes >> 20) MiB") }
        let root: JSONNode
        do { root = try JSONParser.parse(bytes, limits: .init(maxDepth: 64, maxValues: 5_000_000)) } catch {
            throw Error(message: "invalid JSON at \(error)")
        }
        guard let id = root["id"]?.string, !id.isEmpty, let affectedList = root["affected"]?.array else {
            throw Error(message: "not an OSV record (needs `id` and `affected`)")
        }
        if let withdrawn = root["withdrawn"]?.string, !withdrawn.isEmpty {
            throw Error(message: "\(id) was withdrawn on \(withdrawn)")
        }
        var affected: [Affected] = []
        var severityHints: [AdvisorySeverity] = []
        for a in affectedList {
            let pkg = a["package"]
            let ecosystem = pkg?["ecosystem"]?.string ?? ""
            let name = pkg?["name"]?.string ?? ""
            var key = ""
            if let purlText = pkg?["purl"]?.string, let purl = try? PackageURL(parsing: purlText) {
                key = purl.key
            } else if let k = Self.key(ecosystem: ecosystem, name: name) {
                key = k
            }
            guard !key.isEmpty else { continue }
            var osv = OSVAffected(ecosystem: ecosystem, name: name)
            osv.versions = (a["versions"]?.array ?? []).compactMap(\.string)
            for r in a["ranges"]?.array ?? [] where r["type"]?.string != "GIT" {
                var range = OSVRange(type: r["type"]?.string ?? "ECOSYSTEM", events: [])
                for e in r["events"]?.array ?? [] {
                    for m in e.members ?? [] {
                        if let v = m.value.string, let kind = OSVEvent.Kind(rawValue: m.key) { range.events.append(OSVEvent(kind, v)) }
                    }
                }
                if !range.events.isEmpty { osv.ranges.append(range) }
            }
            if let s = a["ecosystem_specific"]?["severity"]?.string ?? a["database_specific"]?["severity"]?.string {
                severityHints.append(AdvisorySeverity(label: s))
            }
            affected.append(Affected(key: key, osv: osv))
        }
        var severity = AdvisorySeverity.unknown
        if let label = root["database_specific"]?["severity"]?.string { severity = AdvisorySeverity(label: label) }
        for s in root["severity"]?.array ?? [] {
            if let score = s["score"]?.string, let fromVector = AdvisorySeverity(cvssVector: score), fromVector.rank > severity.rank {
                severity = fromVector
            }
        }
        for hint in severityHints where hint.rank > severity.rank { severity = hint }
        return Advisory(id: id, aliases: (root["aliases"]?.array ?? []).compactMap(\.string),
                         summary: root["summary"]?.string ?? root["details"]?.string.map { String($0.prefix(120)) } ?? "",
                         severity: severity, affected: affected, source: source)
    }

    /// OSV ecosystem + name → package key, for records without a purl.
    public static func key(ecosystem: String, name: String) -> String? {
        guard !name.isEmpty else { return nil }
        let base = ecosystem.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ecosystem
        func purl(_ type: String, _ ns: String, _ n: String) -> String { PackageURL(type: type, namespace: ns, name: n).key }
        func split(_ full: String) -> (String, String) {
            guard let slash = full.lastIndex(of: "/") else { return ("", full) }
            return (String(full[..<slash]), String(full[full.index(after: slash)...]))
        }
        switch base.lowercased() {
        case "pypi": return purl("pypi", "", name)
        case "npm":
            let (ns, n) = split(name)
            return purl("npm", ns, n)
        case "debian": return purl("deb", "debian", name)
        case "ubuntu": return purl("deb", "ubuntu", name)
        case "alpine": return purl("apk", "alpine", name)
        case "go":
            let (ns, n) = split(name)
            return purl("golang", ns, n)
        case "crates.io": return purl("cargo", "", name)
        case "rubygems": return purl("gem", "", name)
        case "nuget": return purl("nuget", "", name)
        case "maven":
            let parts = name.split(separator: ":", maxSplits: 1).map(String.init)
            return parts.count == 2 ? purl("maven", parts[0], parts[1]) : purl("maven", "", name)
        case "packagist":
            let (ns, n) = split(name)
            return purl("composer", ns, n)
        case "github actions", "githubactions":
            let (ns, n) = split(name)
            return purl("github", ns, n)
        case "hugging face", "huggingface", "hf":
            let (ns, n) = split(name)
            return purl("huggingface", ns, n)
        case "hex": return purl("hex", "", name)
        case "pub": return purl("pub", "", name)
        default: return nil
        }
    }

    /// Decides whether `version` is affected, with the dependency family's OSV evaluation, and the
    /// lowest fixed version above it. `nil` when the ecosystem has no ordering and the version is
    /// neither listed nor a range boundary.
    public static func evaluate(_ a: Affected, version: String, scheme: VersionScheme?) -> (affected: Bool, fixed: String?)? {
        guard let scheme else {
            if a.osv.versions.contains(version) { return (true, nil) }
            for r in a.osv.ranges {
                if r.events.contains(where: { ($0.kind == .introduced || $0.kind == .lastAffected) && $0.version == version }) {
                    return (true, r.events.first { $0.kind == .fixed }?.version)
                }
                if r.events.contains(where: { $0.kind == .fixed && $0.version == version }) { return (false, nil) }
            }
            return a.osv.ranges.isEmpty ? (false, nil) : nil
        }
        guard a.osv.affects(version, scheme: scheme) else { return (false, nil) }
        return (true, a.osv.fixedVersion(above: version, scheme: scheme))
    }
}

/// Severity of an advisory, for sorting bulk answers (critical first).
public struct AdvisorySeverity: Sendable, Equatable, Comparable {
    public var label: String
    public var score: Double?

    public static let unknown = AdvisorySeverity(label: "unknown", score: nil)

    public init(label: String, score: Double? = nil) {
        switch label.lowercased() {
        case "critical": self.label = "critical"
        case "high", "important": self.label = "high"
        case "moderate", "medium": self.label = "medium"
        case "low", "negligible", "unimportant": self.label = "low"
        default: self.label = "unknown"
        }
        self.score = score
    }

    /// A CVSS v3.x base vector (`CVSS:3.1/AV:N/AC:L/...`) scored with the FIRST formula.
    public init?(cvssVector: String) {
        guard cvssVector.hasPrefix("CVSS:3") else { return nil }
        var m: [String: String] = [:]
        for part in cvssVector.split(separator: "/").dropFirst() {
            let kv = part.split(separator: ":", maxSplits: 1)
            if kv.count == 2 { m[String(kv[0])] = String(kv[1]) }
        }
        let changed = m["S"] == "C"
        guard let av = ["N": 0.85, "A": 0.62, "L": 0.55, "P": 0.2][m["AV"] ?? ""],
              let ac = ["L": 0.77, "H": 0.44][m["AC"] ?? ""],
              let pr = (changed ? ["N": 0.85, "L": 0.68, "H": 0.5] : ["N": 0.85, "L": 0.62, "H": 0.27])[m["PR"] ?? ""],
              let ui = ["N": 0.85, "R": 0.62][m["UI"] ?? ""],
              let c = ["H": 0.56, "L": 0.22, "N": 0.0][m["C"] ?? ""],
              let i = ["H": 0.56, "L": 0.22, "N": 0.0][m["I"] ?? ""],
              let a = ["H": 0.56, "L": 0.22, "N": 0.0][m["A"] ?? ""] else { return nil }
        let iss = 1 - (1 - c) * (1 - i) * (1 - a)
        let impact = changed ? 7.52 * (iss - 0.029) - 3.25 * pow(iss - 0.02, 15) : 6.42 * iss
        let exploitability = 8.22 * av * ac * pr * ui
        var score = 0.0
        if impact > 0 {
            score = changed ? min(1.08 * (impact + exploitability), 10) : min(impact + exploitability, 10)
            // CVSS 3.1 Roundup: avoids 9.8 becoming 9.9 through floating-point noise.
            let scaled = Int((score * 100_000).rounded())
            score = scaled % 10_000 == 0 ? Double(scaled) / 100_000 : Double(scaled / 10_000 + 1) / 10
        }
        let label = score >= 9 ? "critical" : score >= 7 ? "high" : score >= 4 ? "medium" : score > 0 ? "low" : "unknown"
        self.init(label: label, score: score)
    }

    public var rank: Int {
        switch label {
        case "critical": return 4
        case "high": return 3
        case "medium": return 2
        case "low": return 1
        default: return 0
        }
    }

    public static func < (a: AdvisorySeverity, b: AdvisorySeverity) -> Bool {
        a.rank != b.rank ? a.rank < b.rank : (a.score ?? 0) < (b.score ?? 0)
    }
}

extension Advisory {
    /// An advisory already in the dependency family's model (the bundled incidents).
    public init(osv: OSVAdvisory, source: String? = nil) {
        self.init(id: osv.id, aliases: osv.aliases, summary: osv.summary,
                  severity: osv.severity.map { AdvisorySeverity(label: $0) } ?? .unknown,
                  affected: osv.affected.compactMap { a in Self.key(ecosystem: a.ecosystem, name: a.name).map { Affected(key: $0, osv: a) } },
                  source: source)
    }
}
