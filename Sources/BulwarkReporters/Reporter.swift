import BulwarkCore

/// What every reporter gets: finished findings plus the facts a report states.
public struct Report: Sendable {
    public var findings: [Finding]
    /// Every enabled rule, for SARIF `tool.driver.rules` and summaries.
    public var rules: [RuleDescription]
    public var filesScanned: Int
    public var roots: [String]
    public var suppressedInline: Int
    public var suppressedByBaseline: Int
    public var durationSeconds: Double
    public var toolVersion: String
    /// Family id -> title, in report order.
    public var families: [(id: String, title: String)]
    /// Extra facts stated in every report (e.g. "advisory database: 3 days old").
    public var notes: [String]
    /// Folders the default excludes left out (build output, tool caches).
    public var skippedFolders: [String]

    public init(findings: [Finding], rules: [RuleDescription], filesScanned: Int, roots: [String],
                suppressedInline: Int = 0, suppressedByBaseline: Int = 0, durationSeconds: Double = 0,
                toolVersion: String, families: [(id: String, title: String)], notes: [String] = [],
                skippedFolders: [String] = []) {
        self.findings = findings
        self.rules = rules
        self.filesScanned = filesScanned
        self.roots = roots
        self.suppressedInline = suppressedInline
        self.suppressedByBaseline = suppressedByBaseline
        self.durationSeconds = durationSeconds
        self.toolVersion = toolVersion
        self.families = families
        self.notes = notes
        self.skippedFolders = skippedFolders
    }

    /// The one-line statement of the default excludes, or nil when nothing was skipped.
    public var skippedSummary: String? {
        guard !skippedFolders.isEmpty else { return nil }
        let names = skippedFolders.prefix(5).map { "`\($0)`" }.joined(separator: ", ") + (skippedFolders.count > 5 ? ", ..." : "")
        return "skipped \(skippedFolders.count) build or cache folder\(skippedFolders.count == 1 ? "" : "s") (\(names)); `--no-default-excludes` scans them"
    }
}

/// Turns a report into bytes. Reporters never see raw file content: secrets are redacted by the
/// rules that found them, and `Redaction` is applied again to messages as a safety net.
public protocol Reporter {
    func render(_ report: Report) -> String
    /// The rendered report as UTF-8 bytes (what is written out).
    func renderBytes(_ report: Report) -> [UInt8]
}

extension Reporter {
    public func renderBytes(_ report: Report) -> [UInt8] { Array(render(report).utf8) }
}

public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, sarif

    public func reporter(color: Bool) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        }
    }
}
