import BulwarkCore
import BulwarkKit
import BulwarkReporters

/// The gate's outputs: a Markdown summary fit for a pull-request comment, and SARIF.
public enum GateReport {
    public static func markdown(_ r: Gate.Result) -> String {
        var s = r.passed ? "## ✅ Bulwark gate passed\n\n" : "## ❌ Bulwark gate failed\n\n"
        s += "Compared with `\(r.baseDescription)`. Threshold for new findings: **\(r.failOn.rawValue)**.\n\n"
        let blockingNew = r.newFindings.filter { $0.severity >= r.failOn }
        s += "| Check | Result |\n|---|---|\n"
        s += "| New findings at or above \(r.failOn.rawValue) | \(blockingNew.isEmpty ? "none" : "**\(blockingNew.count)**") |\n"
        let unapproved = r.violations.filter { $0.ruleID == Gate.unapprovedDependency.id }
        s += "| Dependencies added or changed | \(r.dependencyChanges.count) (\(unapproved.isEmpty ? "all direct ones approved" : "**\(unapproved.count) unapproved**")) |\n"
        let models = r.violations.filter { $0.ruleID == Gate.unapprovedModel.id }
        s += "| Model files refused | \(models.isEmpty ? "none" : "**\(models.count)**") |\n"
        let mcp = r.violations.filter { $0.ruleID == Gate.newMCPServer.id }
        s += "| MCP servers added without approval | \(mcp.isEmpty ? "none" : "**\(mcp.count)**") |\n\n"
        if !r.blocking.isEmpty {
            s += "### What blocks this change\n\n"
            for f in r.blocking.prefix(50) {
                s += "- **\(f.severity.rawValue)** `\(f.ruleID)` `\(escape(f.location.display))`: \(escape(f.message))\n"
            }
            if r.blocking.count > 50 { s += "- … and \(r.blocking.count - 50) more (see the SARIF report)\n" }
            s += "\n"
        }
        if !r.dependencyChanges.isEmpty {
            s += "<details><summary>Dependency changes (\(r.dependencyChanges.count))</summary>\n\n| Package | Change | Direct | Approved | Verdict | File |\n|---|---|---|---|---|---|\n"
            for d in r.dependencyChanges.prefix(200) {
                let change = d.oldVersion.map { "\($0) → \(d.newVersion ?? "?")" } ?? "added \(d.newVersion ?? "")"
                s += "| `\(d.ecosystem)/\(d.name)` | \(change) | \(d.direct ? "yes" : "no") | \(d.approved ? "✅" : (d.direct ? "❌" : "—")) | \(d.verdict) | `\(d.file)` |\n"
            }
            s += "\n</details>\n\n"
        }
        let nonBlocking = r.newFindings.filter { $0.severity < r.failOn }
        if !nonBlocking.isEmpty {
            s += "<details><summary>New findings below the threshold (\(nonBlocking.count))</summary>\n\n"
            for f in nonBlocking.prefix(50) { s += "- \(f.severity.rawValue) `\(f.ruleID)` `\(escape(f.location.display))`: \(escape(f.message))\n" }
            s += "\n</details>\n\n"
        }
        if !r.passed {
            s += "To approve a reviewed dependency, model or MCP server, add it to `\(Approvals.path)` (owned by CODEOWNERS). To accept a finding, fix it or add `bulwark: ignore[rule-id] reason` on its line.\n"
        }
        return s
    }

    static func escape(_ s: String) -> String {
        TerminalText.escape(s.replacingOccurrences(of: "\n", with: " ")).replacingOccurrences(of: "|", with: "\\|")
    }

    /// The gate's decision as JSON (`schemaVersion` 1): what blocks, every new finding, every
    /// violation and every dependency change.
    public static func json(_ r: Gate.Result) -> String {
        func finding(_ f: Finding) -> JSON {
            var o: [(String, JSON)] = [("ruleId", .string(f.ruleID)), ("family", .string(f.family)),
                                       ("severity", .string(f.severity.rawValue)), ("message", .string(f.message)),
                                       ("path", .string(f.location.path))]
            if let l = f.location.startLine { o.append(("line", .int(l))) }
            o.append(("fingerprint", .string(f.fingerprint)))
            return .object(o)
        }
        func opt(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }
        let changes: [JSON] = r.dependencyChanges.map { d in
            .object([("file", .string(d.file)), ("ecosystem", .string(d.ecosystem)), ("name", .string(d.name)),
                     ("oldVersion", opt(d.oldVersion)), ("newVersion", opt(d.newVersion)), ("source", opt(d.source)),
                     ("direct", .bool(d.direct)), ("approved", .bool(d.approved)), ("verdict", .string(d.verdict))])
        }
        let doc: JSON = .object([
            ("schemaVersion", .int(1)), ("tool", .object([("name", .string("bulwark")), ("version", .string(BulwarkVersion.current))])),
            ("base", .string(r.baseDescription)), ("failOn", .string(r.failOn.rawValue)), ("passed", .bool(r.passed)),
            ("blocking", .array(r.blocking.map(finding))), ("newFindings", .array(r.newFindings.map(finding))),
            ("violations", .array(r.violations.map(finding))), ("dependencyChanges", .array(changes)),
        ])
        return doc.render() + "\n"
    }

    public static func sarif(_ r: Gate.Result) -> String {
        let findings = (r.newFindings + r.violations).sorted(by: Finding.stableOrder)
        let rules = Families.allRules + Gate.rules
        let used = Set(findings.map(\.ruleID))
        let report = Report(findings: findings, rules: rules.filter { used.contains($0.id) } + Gate.rules.filter { !used.contains($0.id) },
                            filesScanned: 0, roots: [], toolVersion: BulwarkVersion.current,
                            families: Families.all.map { ($0.family, $0.title) })
        return SARIFReporter().render(report)
    }
}
