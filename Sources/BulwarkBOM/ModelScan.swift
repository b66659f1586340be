import BulwarkCore
import BulwarkKit

/// The one models-family run behind `bom` (per-model verdicts) and `model admit` (the scan check):
/// one walk with the caller's configuration, whose files the BOM and the admission then read.
public enum ModelScan {
    /// Scans `path` with the models family only. Nil when the path cannot be scanned.
    public static func run(path: String, configuration: Configuration) -> ScanResult? {
        guard Families.all.contains(where: { $0.family == "models" && !$0.rules.isEmpty }) else { return nil }
        var options = ScanOptions(paths: [path], configuration: configuration)
        options.only = ["models"]
        return try? Scanner().scan(options)
    }

    /// The admission's view of a scan (unavailable when there was none).
    public static func admission(_ result: ScanResult?) -> AdmissionScan {
        guard let result else { return AdmissionScan(available: false, findings: []) }
        return AdmissionScan(available: true, findings: result.findings.filter { $0.family == "models" }.map {
            (severity: $0.severity.rawValue, rule: $0.ruleID, path: $0.location.path)
        }, files: result.sourceFiles)
    }

    /// Per-model verdicts for the BOM from a scan's findings.
    public static func verdicts(_ result: ScanResult) -> ModelVerdictProvider {
        let findings = result.findings.filter { $0.family == "models" }
        return { _, files in
            let mine = findings.filter { f in files.contains { f.location.path == $0 || f.location.path.hasSuffix("/" + $0) } }
            guard let worst = mine.map(\.severity).max() else { return ModelVerdict(verdict: "clean") }
            return ModelVerdict(verdict: "findings", maxSeverity: worst.rawValue, findingCount: mine.count,
                                rules: Array(Set(mine.map(\.ruleID))).sorted())
        }
    }
}
