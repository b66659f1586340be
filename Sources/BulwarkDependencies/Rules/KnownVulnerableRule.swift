import BulwarkCore
import BulwarkFormats

/// Packages at versions with a published vulnerability advisory.
struct KnownVulnerableRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-known-vulnerable", name: "Known-vulnerable package version", family: "dependencies",
        summary: "A dependency resolves to a version affected by a published vulnerability advisory.",
        rationale: rationale(
            detects: "Packages whose exact version falls in an affected range of an OSV advisory, evaluated offline with the ecosystem's own version ordering (PEP 440, SemVer, dpkg, apk, Go, RubyGems): `introduced`/`fixed`/`last_affected`/`limit` events and explicit `versions` lists; withdrawn advisories are ignored. Data comes from `bulwark db update` (OSV exports, downloaded) or `bulwark db import` (files you have) plus a few bundled landmark vulnerabilities; every report says how old it is and warns when it is older than `max-db-age-days` (7 by default). The severity is the advisory's.",
            matters: "AI applications sit on deep trees (torch, transformers, web frameworks, vector-database clients) and on an OS layer in their images; a known vulnerability in any of them is the cheapest way in. `torch.load` before 2.6.0, for example, could execute code even with `weights_only=True` (CVE-2025-32434).",
            fix: "Upgrade to the fixed version named in the finding (or later) and regenerate the lockfile; when no fix exists, remove the package or mitigate and record the decision with an inline ignore.",
            references: ["[OSV schema: affected ranges](https://ossf.github.io/osv-schema/#affectedranges-field)",
                         "[CVE-2025-32434 (torch.load)](https://nvd.nist.gov/vuln/detail/CVE-2025-32434)"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Upgrade to the fixed version and regenerate the lockfile.",
        options: [.integer("max-db-age-days", min: 1, "warn in the report when the imported advisory data is older than this many days (default 7)")],
        examples: [
            Example(.triggers, path: "requirements.txt", """
            torch==2.5.1 # <-
            """, commentPrefix: "#"),
            Example(.clean, path: "requirements.txt", "torch==2.6.0\n"),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for (i, p) in model.packages.enumerated() {
            guard i < model.advisories.count, case .some(let line) = model.reportLine(p) else { continue }
            for m in model.advisories[i] where !m.malicious {
                let via = p.parents.isEmpty ? (p.isDirect ? "direct dependency" : "listed here") : "via \(p.pathDisplay)"
                let fix = m.fixedVersion.map { "; fixed in \($0)" } ?? "; no fixed version known"
                out.append(Finding(rule: Self.rule,
                                   message: "`\(p.display)` (\(p.ecosystem.rawValue)) is affected by \(m.ids.joined(separator: ", ")): \(m.summary) (\(via)\(fix)).",
                                   location: context.location(line: line, logicalPath: p.name),
                                   severity: Severity(advisory: m.severity),
                                   anchor: "\(p.ecosystem.rawValue):\(p.name)@\(p.version ?? ""):\(m.advisoryID)",
                                   properties: properties(p, m)))
            }
        }
        return out
    }
}
