import Foundation

/// Text, JSON and CSV forms of an `AffectedReport`.
public enum AffectedRenderer {
    public enum Format: String, CaseIterable, Sendable { case text, json, csv }

    /// BOMs older than this many days are called stale in the text answer.
    public static let defaultStaleDays = 30.0

    public static func render(_ report: AffectedReport, format: Format, staleDays: Double = defaultStaleDays) -> String {
        switch format {
        case .text: return text(report, staleDays: staleDays)
        case .json: return json(report)
        case .csv: return csv(report)
        }
    }

    static func age(_ days: Double) -> String {
        if days < 1 { return "\(Int((days * 24).rounded())) h" }
        return days < 10 ? String(format: "%.1f days", days) : "\(Int(days)) days"
    }

    /// Control characters from a BOM (ANSI escapes that could repaint the terminal, newlines that
    /// could forge lines) are shown as `\u{..}` in text output.
    public static func printable(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) || $0.value == 0x2028 || $0.value == 0x2029 }) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 0x20 || (u.value >= 0x7F && u.value < 0xA0) || u.value == 0x2028 || u.value == 0x2029 {
                out += "\\u{" + String(u.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    public static func text(_ report: AffectedReport, staleDays: Double = defaultStaleDays) -> String {
        let report = sanitized(report)
        var out = ""
        let byRepo = Dictionary(uniqueKeysWithValues: report.freshness.map { ($0.repository, $0) })
        let repos = Set(report.matches.map(\.repository))
        let boms = report.freshness.reduce(0) { $0 + $1.boms }
        if report.matches.isEmpty && !report.undecided.isEmpty {
            out += "UNDECIDED: no component is known to match \(report.query), but \(report.undecided.count) could not be compared; check them by hand (listed below).\n"
        } else if report.matches.isEmpty {
            out += "NOT AFFECTED: no component in \(boms) BOM(s) of \(report.freshness.count) repositor\(report.freshness.count == 1 ? "y" : "ies") matches \(report.query).\n"
        } else {
            out += "AFFECTED: \(report.matches.count) component(s) in \(repos.count) repositor\(repos.count == 1 ? "y" : "ies") match \(report.query).\n"
        }
        var lastGroup = ""
        for m in report.matches {
            let group = [m.advisory ?? "", m.repository, m.service, m.environment].joined(separator: "\u{1F}")
            if group != lastGroup {
                lastGroup = group
                out += "\n"
                if let adv = m.advisory { out += "[\(m.severity ?? "unknown")] \(adv)  " }
                out += m.repository
                if !m.service.isEmpty { out += "  service \(m.service)" }
                if !m.environment.isEmpty { out += "  env \(m.environment)" }
                if let f = byRepo[m.repository] {
                    out += "  (newest BOM \(age(f.newestAgeDays)) old, oldest \(age(f.oldestAgeDays)))"
                }
                out += "\n"
            }
            out += "  \(m.component) \(m.version.isEmpty ? "(no version)" : m.version)  [\(m.kind)]  \(m.reason)\n"
            if !m.lineage.isEmpty { out += "    lineage: \(m.lineage.joined(separator: " → "))\n" }
            if !m.path.isEmpty { out += "    path: \(m.path)\n" }
            if let fixed = m.fixedVersion { out += "    fixed in: \(fixed)\n" }
        }
        if !report.undecided.isEmpty {
            out += "\nUNDECIDED: \(report.undecided.count) component(s) whose versions could not be compared; check by hand:\n"
            for m in report.undecided.prefix(50) {
                out += "  \(m.repository)\(m.service.isEmpty ? "" : "/\(m.service)")  \(m.component) \(m.version)  \(m.reason)\n"
            }
            if report.undecided.count > 50 { out += "  ... and \(report.undecided.count - 50) more (use --format json)\n" }
        }
        for note in report.notes { out += "\nnote: \(note)\n" }
        out += "\n" + freshnessSummary(report.freshness, staleDays: staleDays)
        return out
    }

    static func sanitized(_ r: AffectedReport) -> AffectedReport {
        var r = r
        func clean(_ m: AffectedMatch) -> AffectedMatch {
            var m = m
            m.repository = printable(m.repository); m.service = printable(m.service); m.environment = printable(m.environment)
            m.component = printable(m.component); m.kind = printable(m.kind); m.version = printable(m.version)
            m.path = printable(m.path); m.lineage = m.lineage.map(printable); m.fixedVersion = m.fixedVersion.map(printable)
            m.advisory = m.advisory.map(printable); m.reason = printable(m.reason); m.purl = m.purl.map(printable)
            return m
        }
        r.query = printable(r.query)
        r.matches = r.matches.map(clean)
        r.undecided = r.undecided.map(clean)
        r.freshness = r.freshness.map { var f = $0; f.repository = printable(f.repository); return f }
        return r
    }

    /// "Inventory: 12 repositories, 14 BOMs; newest 2 h old, oldest 45 days; 2 stale (> 30 days): ..."
    public static func freshnessSummary(_ freshness: [RepositoryFreshness], staleDays: Double) -> String {
        guard !freshness.isEmpty else {
            return "Freshness: the inventory is EMPTY, so this answer says nothing; load BOMs with `bulwark inventory add`.\n"
        }
        let boms = freshness.reduce(0) { $0 + $1.boms }
        let newest = freshness.map(\.newestAgeDays).min() ?? 0
        let oldest = freshness.map(\.oldestAgeDays).max() ?? 0
        var out = "Freshness: \(freshness.count) repositor\(freshness.count == 1 ? "y" : "ies"), \(boms) BOM(s); newest BOM \(age(newest)) old, oldest \(age(oldest)) old.\n"
        if freshness.count <= 20 {
            for f in freshness {
                out += "  \(f.repository): \(f.boms) BOM(s), newest \(age(f.newestAgeDays)), oldest \(age(f.oldestAgeDays))\(f.oldestAgeDays > staleDays ? "  STALE" : "")\n"
            }
        }
        let stale = freshness.filter { $0.oldestAgeDays > staleDays }
        if !stale.isEmpty {
            out += "WARNING: \(stale.count) repositor\(stale.count == 1 ? "y has" : "ies have") a BOM older than \(Int(staleDays)) days; the answer for \(stale.count == 1 ? "it" : "them") may be out of date"
            out += freshness.count > 20 ? ": " + stale.prefix(10).map(\.repository).joined(separator: ", ") + (stale.count > 10 ? ", ..." : "") + "\n" : ".\n"
        }
        return out
    }

    public static func json(_ report: AffectedReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report), let s = String(data: data, encoding: .utf8) else { return "{}\n" }
        return s + "\n"
    }

    public static let csvColumns = ["status", "repository", "service", "environment", "component", "kind", "version", "purl", "path",
                                    "lineage", "fixed_version", "advisory", "severity", "reason", "bom_generated_at",
                                    "repo_newest_bom_age_days", "repo_oldest_bom_age_days"]

    public static func csv(_ report: AffectedReport) -> String {
        var all = ""
        csv(report) { all += $0 }
        return all
    }

    /// The CSV form in pieces of about a megabyte, so a bulk answer with millions of rows is written
    /// as it is produced instead of being held twice (as text and as bytes) in memory.
    public static func csv(_ report: AffectedReport, write: (String) -> Void) {
        var ages: [String: (String, String)] = [:]
        for f in report.freshness { ages[f.repository] = (String(f.newestAgeDays), String(f.oldestAgeDays)) }
        var out = csvColumns.joined(separator: ",") + "\n"
        out.reserveCapacity(1 << 20)
        func flushIfLarge() {
            if out.utf8.count >= 1 << 20 {
                write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        func row(_ status: String, _ m: AffectedMatch) {
            let age = ages[m.repository] ?? ("", "")
            // Cell by cell, without an array per row: a bulk answer has millions of rows.
            func cell(_ field: String) {
                out += ","
                out += escape(field)
            }
            out += status
            cell(m.repository); cell(m.service); cell(m.environment); cell(m.component); cell(m.kind); cell(m.version)
            cell(m.purl ?? ""); cell(m.path); cell(m.lineage.isEmpty ? "" : m.lineage.joined(separator: " > "))
            cell(m.fixedVersion ?? ""); cell(m.advisory ?? ""); cell(m.severity ?? ""); cell(m.reason)
            cell(m.bomGeneratedAt); cell(age.0); cell(age.1)
            out += "\n"
            flushIfLarge()
        }
        for m in report.matches { row("affected", m) }
        for m in report.undecided { row("undecided", m) }
        if !out.isEmpty { write(out) }
    }

    /// RFC 4180 quoting; a leading `=`, `+`, `-`, `@` is prefixed with `'` so a spreadsheet does not
    /// run attacker-chosen component names as formulas.
    public static func escape(_ s: String) -> String {
        // Fast path: nothing to quote or neutralise (almost every cell).
        if s.isEmpty { return s }
        if let first = s.utf8.first, first != 0x3D, first != 0x2B, first != 0x2D, first != 0x40, first != 0x09, first != 0x0D,
           !s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            return s
        }
        var v = s
        if let first = v.first, "=+-@\t\r".contains(first) { v = "'" + v }
        if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}
