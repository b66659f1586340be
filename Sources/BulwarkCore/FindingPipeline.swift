/// The one post-processing path every finding takes after a family reported it, whatever asked for
/// it (`scan`, `gate`, `audit`, `bom`, `model admit`, a single in-memory file, the rule-example
/// verifier): inline suppression (per file) -> configuration (disabled rules, severity overrides)
/// -> path context -> deterministic order -> one finding per fingerprint and place -> baseline.
/// Families report raw findings and never filter or re-grade them here.
public struct FindingPipeline: Sendable {
    public var configuration: Configuration
    /// Every rule of the families that ran, by id (findings of unknown rules pass unchanged).
    public var rules: [String: RuleDescription]
    /// Lower findings in test, fixture, docs and example paths (`PathContext`).
    public var pathContext: Bool
    /// Fingerprints to leave out (`--baseline`).
    public var baseline: Set<String>

    public init(configuration: Configuration, rules: [RuleDescription], pathContext: Bool = true, baseline: Set<String> = []) {
        self.configuration = configuration
        self.rules = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.pathContext = pathContext && configuration.pathContext
        self.baseline = baseline
    }

    /// Step 1, per file, where the file's text is at hand: drops findings an inline marker
    /// (`bulwark: ignore[...]` or a foreign tool's marker the family honours) covers. Returns the
    /// kept findings and how many were suppressed.
    public static func suppress(_ findings: [Finding], in file: SourceFile?, with suppressions: InlineSuppressions) -> (kept: [Finding], suppressed: Int) {
        guard let file, !findings.isEmpty else { return (findings, 0) }
        let kept = findings.filter { !suppressions.isSuppressed($0, in: file) }
        return (kept, findings.count - kept.count)
    }

    /// Steps 2 to 6 over every finding of a run. Returns how many the baseline removed.
    @discardableResult
    public func finish(_ findings: inout [Finding]) -> Int {
        // In place: copying every finding through a map cost more than the checks.
        findings.removeAll { f in rules[f.ruleID].map { !configuration.settings(for: $0).enabled } ?? false }
        for i in findings.indices {
            guard let rule = rules[findings[i].ruleID], let sev = configuration.settings(for: rule).severity else { continue }
            findings[i].severity = sev
        }
        if pathContext { Self.applyPathContext(&findings) }
        findings.sort(by: Finding.stableOrder)
        // One finding per fingerprint and place: families may reach the same fact twice.
        // Keyed by fingerprint with the (line, offset) pairs seen for it: a set of a struct of the three cost a
        // run-time `Hashable` conformance lookup (a scan of every conformance record of the binary) in every process.
        var seen: [String: [Int]] = [:]
        findings = findings.filter {
            let line = $0.location.startLine ?? -1, offset = $0.location.byteOffset ?? -1
            if let pairs = seen[$0.fingerprint] {
                var i = 0
                while i + 1 < pairs.count {
                    if pairs[i] == line && pairs[i + 1] == offset { return false }
                    i += 2
                }
            }
            seen[$0.fingerprint, default: []] += [line, offset]
            return true
        }
        guard !baseline.isEmpty else { return 0 }
        let before = findings.count
        findings.removeAll { baseline.contains($0.fingerprint) }
        return before - findings.count
    }

    /// Marks findings in test, fixture, documentation and example paths with `context` and lowers
    /// them: to low, or to medium for model files (test suites load their fixtures, often in CI)
    /// and for tokens whose format checksum is valid in docs or examples (live-looking, but shown
    /// there as examples far more often than leaked). Kept at their severity: scan errors, gate
    /// violations, and secrets in recorded traffic (VCR cassettes, HAR files), which were captured
    /// from real sessions. The original severity stays in `severityBeforeContext`.
    public static func applyPathContext(_ findings: inout [Finding]) {
        // A file's findings come together: its path is classified once (`PathContext.of` was a quarter of
        // the pipeline on a folder of poisoned models).
        var lastPath: String?
        var lastContext: PathContext?
        for i in findings.indices {
            let f = findings[i]
            guard f.family != "core", f.family != "gate" else { continue }
            let path = f.location.path
            if path != lastPath {
                lastPath = path
                lastContext = PathContext.of(path)
            }
            guard let ctx = lastContext else { continue }
            findings[i].properties["context"] = ctx.rawValue
            if f.family == "secrets" && PathContext.isRecording(f.location.path) { continue }
            var floor: Severity = .low
            if f.family == "models" { floor = .medium }
            if f.family == "secrets", f.properties["checksum"] == "valid", ctx == .docs || ctx == .example { floor = .medium }
            if f.severity > floor {
                findings[i].properties["severityBeforeContext"] = f.severity.rawValue
                findings[i].severity = floor
            }
        }
    }
}
