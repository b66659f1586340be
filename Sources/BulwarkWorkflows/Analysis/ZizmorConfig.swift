import BulwarkCore
import BulwarkFormats

/// The `rules.<audit>.disable` and `rules.<audit>.ignore` settings of a repository's zizmor
/// configuration (`.github/zizmor.yml`, `.github/zizmor.yaml`, `zizmor.yml`, `zizmor.yaml` at the
/// scan root, first found wins, as zizmor's own discovery orders them). Audit-specific `config:`
/// blocks are not read.
struct ZizmorConfig: Sendable {
    /// Where it was read from (repository-relative).
    var path: String
    /// Disabled audits.
    var disabled: Set<String> = []
    /// audit -> (workflow base file name, line?, column?).
    var ignores: [String: [(file: String, line: Int?, column: Int?)]] = [:]

    static let candidates = [".github/zizmor.yml", ".github/zizmor.yaml", "zizmor.yml", "zizmor.yaml"]
    static let maxBytes = 256 << 10

    /// Parses the text of a zizmor configuration; nil when it holds nothing Bulwark applies (or is not
    /// YAML, or exceeds the bounds: zizmor would refuse it too, and nothing is suppressed then).
    static func parse(_ text: String, path: String) -> ZizmorConfig? {
        var limits = YAMLLimits()
        limits.maxBytes = maxBytes
        limits.maxNodes = 20_000
        limits.maxDepth = 32
        limits.maxAliases = 200
        guard let root = try? YAMLTree.parse(text, limits: limits), let rules = root["rules"]?.mapping else { return nil }
        var c = ZizmorConfig(path: path)
        for e in rules.entries {
            let audit = e.key.value.lowercased()
            if e.value["disable"]?.scalar?.bool == true { c.disabled.insert(audit) }
            for item in e.value["ignore"]?.sequence?.items.prefix(1_000) ?? [] {
                guard let s = item.scalar?.value, !s.isEmpty else { continue }
                let parts = s.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                let line = parts.count > 1 ? Int(parts[1]) : nil
                let column = parts.count > 2 ? Int(parts[2]) : nil
                if parts.count > 1, line == nil { continue }  // malformed: zizmor rejects it
                c.ignores[audit, default: []].append((parts[0], line, column))
            }
        }
        return c.disabled.isEmpty && c.ignores.isEmpty ? nil : c
    }

    /// Bulwark rules a zizmor audit stands for. Disabling an audit wholesale is narrower than an
    /// inline ignore: `dangerous-triggers` (zizmor's "this trigger is risky" notice) silences only
    /// `workflow-dangerous-trigger`, never the checkout and artifact findings that show the trigger
    /// being exploited.
    static func rules(forAudit audit: String) -> Set<String> {
        if audit == "dangerous-triggers" { return ["workflow-dangerous-trigger"] }
        return Set(WorkflowsScanner.zizmorAudits[audit] ?? [])
    }

    var disabledRules: Set<String> { Set(disabled.flatMap { Self.rules(forAudit: $0) }) }

    /// Whether a finding is switched off by this configuration.
    func suppresses(_ f: Finding) -> Bool {
        if disabledRules.contains(f.ruleID) { return true }
        let path = f.location.path
        // zizmor applies ignore rules to workflows only (not composite actions).
        guard CIFileKind.of(path: path) == .workflow else { return false }
        let base = path.split(separator: "/").last.map(String.init) ?? path
        for (audit, entries) in ignores where Self.rules(forAudit: audit).contains(f.ruleID) {
            for e in entries where e.file == base {
                if let l = e.line, l != f.location.startLine { continue }
                if let c = e.column, let fc = f.location.startColumn, c != fc { continue }
                return true
            }
        }
        return false
    }

    /// The configuration under a scan root (no link is followed; a few small reads, so it is read
    /// again for each CI file rather than cached across scans).
    static func load(root: String) -> ZizmorConfig? {
        for p in candidates {
            guard let bytes = try? SafeRead.file(p, under: root, maxBytes: maxBytes) else { continue }
            return parse(String(decoding: bytes, as: UTF8.self), path: p)
        }
        return nil
    }
}
