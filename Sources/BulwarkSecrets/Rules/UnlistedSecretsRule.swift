import BulwarkCore

/// One finding for the secrets of a file past the first `SecretsModel.maxListed`: they are counted, not listed.
///
/// A file of crypto test vectors or a database dump can hold a hundred thousand key-shaped values; listing each
/// cost about 4 KB of memory and 1 KB of report per secret (a 50 MB file of test vectors needed 370 MiB), so the
/// memory of a scan grew with what an attacker chose to put in one file. The count and the highest severity stay
/// visible, so a real key hidden among decoys still raises the file to that severity.
public struct UnlistedSecretsRule: Rule {
    public typealias Model = SecretsModel
    public init() {}
    public var description: RuleDescription { Self.info }

    public static let info = RuleDescription(
        id: "secret-unlisted-in-file", name: "More secrets in one file than are listed", family: "secrets",
        summary: "A file holds more secrets than Bulwark lists one by one; the rest are counted in one finding",
        rationale: """
        ## What it detects
        A file in which Bulwark found more than \(SecretsModel.maxListed) secrets. The first \(SecretsModel.maxListed) \
        (in file order) are reported as usual; the others are counted per rule in this one finding, whose \
        severity is the highest among them. Disabled rules are not counted.

        ## Why it matters
        Hundreds of credentials in one file are a dump (an exported vault, a copied `.env` archive, a database \
        backup) or test data (crypto test vectors, a scanner's own fixtures). Either way the file needs a look: \
        a dump is a breach in itself, and a real key among test values is easy to miss. Listing every value \
        would make the scan's memory and report grow with whatever an attacker puts in a single file.

        ## How to fix
        If the file is a dump or holds real keys: remove it, purge it from history and rotate everything it \
        holds (the listed findings show the first ones; the rule ids in this finding's message say what kinds \
        of credentials the rest are). If it is test data: keep it out of scans with \
        `rules.secret-unlisted-in-file.options.ignore-paths` and the matching rules' `ignore-paths`, or an \
        `exclude:` glob in `.bulwark.yml`.

        ## References
        - CWE-798: Use of Hard-coded Credentials <https://cwe.mitre.org/data/definitions/798.html>
        """,
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Check the file: remove and rotate real keys; exclude test data with ignore-paths or exclude: in .bulwark.yml.",
        options: [.strings("ignore-paths", "globs of files where this rule does not report")],
        lazyExamples: [
            Example(.triggers, path: "testdata/vectors.txt", UnlistedSecretsRule.sampleFile(SecretsModel.maxListed + 3),
                    lines: [1]),
            Example(.clean, path: "testdata/vectors.txt", UnlistedSecretsRule.sampleFile(SecretsModel.maxListed)),
        ])

    /// `n` lines, each a different random token assigned to a secret-looking name (the generic rule's medium).
    static func sampleFile(_ n: Int) -> String {
        (0..<n).map { "SERVICE_TOKEN_\($0) = \"q8" + Make.s(UInt64(9_000 + $0), .base62, 30) + "\"" }.joined(separator: "\n") + "\n"
    }

    /// Rule descriptions by pattern id, to honour a disabled rule's settings.
    static let ruleByID: [String: RuleDescription] = Dictionary(
        SecretsScanner.allRules.map { ($0.pattern.id, $0.description) }, uniquingKeysWith: { a, _ in a })

    public func check(_ model: SecretsModel, context: RuleContext) -> [Finding] {
        guard !model.unlisted.isEmpty else { return [] }
        let ignored = context.settings.strings("ignore-paths").map(Glob.init)
        if ignored.contains(where: { $0.matches(context.file.relativePath) }) { return [] }
        var total = 0
        var top: Severity = .info
        var parts: [(id: String, count: Int, severity: Severity)] = []
        for (id, u) in model.unlisted {
            if let d = Self.ruleByID[id], !context.configuration.settings(for: d).enabled { continue }
            total += u.count
            top = max(top, u.severity)
            parts.append((id, u.count, u.severity))
        }
        guard total > 0 else { return [] }
        parts.sort { $0.severity != $1.severity ? $0.severity > $1.severity : ($0.count != $1.count ? $0.count > $1.count : $0.id < $1.id) }
        let listed = parts.prefix(6).map { "\($0.count) `\($0.id)` (\($0.severity))" }.joined(separator: ", ")
        let more = parts.count > 6 ? ", and \(parts.count - 6) more rules" : ""
        let message = "\(total) more secrets in this file are counted, not listed (Bulwark lists the first "
            + "\(SecretsModel.maxListed) of a file): \(listed)\(more). A file with this many is a dump or test data: "
            + "check it, then remove and rotate real keys, or exclude test data in .bulwark.yml"
        var props = ["unlisted.total": String(total), "category": "generic"]
        for p in parts { props["unlisted." + p.id] = String(p.count) }
        return [Finding(rule: Self.info, message: message, location: Location(path: context.file.relativePath, startLine: 1),
                        severity: top, confidence: .high, remediation: Self.info.remediation,
                        anchor: "secret-unlisted", properties: props)]
    }
}
