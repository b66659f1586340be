import BulwarkCore
import BulwarkReporters

/// Turns a scan result into the report every reporter renders.
public enum ReportBuilder {
    public static func report(from result: ScanResult) -> Report {
        Report(findings: result.findings, rules: result.rules, filesScanned: result.filesScanned,
               roots: result.roots, suppressedInline: result.suppressedInline,
               suppressedByBaseline: result.suppressedByBaseline, durationSeconds: result.durationSeconds,
               toolVersion: BulwarkVersion.current,
               families: Families.all.map { ($0.family, $0.title) },
               notes: result.notes, skippedFolders: result.skippedFolders)
    }
}
