import BulwarkCore
import Foundation

/// SARIF 2.1.0 as GitHub code scanning accepts it: every enabled rule in `tool.driver.rules` with
/// help text, `partialFingerprints`, `security-severity`, and regions where known.
public struct SARIFReporter: Reporter {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let informationURI = "https://github.com/bulwark-security/bulwark"

    public init() {}

    public static func level(_ s: Severity) -> String {
        switch s {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low, .info: "note"
        }
    }

    /// GitHub's `security-severity` score (0-10) for a severity.
    public static func securitySeverity(_ s: Severity) -> String {
        switch s {
        case .critical: "9.5"
        case .high: "8.0"
        case .medium: "5.5"
        case .low: "3.0"
        case .info: "1.0"
        }
    }

    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#[]@!$&'()*+,;=:")
        allowed.insert("/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    public func render(_ report: Report) -> String {
        var rules = report.rules
        // A finding of a rule missing from the list (e.g. a disabled family's leftover) still needs an entry.
        let known = Set(rules.map(\.id))
        for f in report.findings where !known.contains(f.ruleID) && !rules.contains(where: { $0.id == f.ruleID }) {
            rules.append(RuleDescription(id: f.ruleID, name: f.ruleID, family: f.family, summary: f.ruleID,
                                         rationale: "", defaultSeverity: f.severity))
        }
        rules.sort { $0.id < $1.id }
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })

        let driver: JSON = .object([
            ("name", .string("bulwark")),
            ("version", .string(report.toolVersion)),
            ("semanticVersion", .string(report.toolVersion)),
            ("informationUri", .string(Self.informationURI)),
            ("rules", .array(rules.map(Self.rule))),
        ])
        let results: [JSON] = report.findings.map { f in
            var o: [(String, JSON)] = [
                ("ruleId", .string(f.ruleID)),
                ("ruleIndex", .int(index[f.ruleID] ?? 0)),
                ("level", .string(Self.level(f.severity))),
                ("message", .object([("text", .string(Self.messageText(f)))])),
                ("locations", .array([Self.location(f.location)])),
            ]
            if !f.related.isEmpty {
                o.append(("relatedLocations", .array(f.related.enumerated().map { i, l in
                    Self.location(l, id: i + 1)
                })))
            }
            o.append(("partialFingerprints", .object([("bulwarkFingerprint/v1", .string(f.fingerprint))])))
            var props: [(String, JSON)] = [
                ("severity", .string(f.severity.rawValue)),
                ("confidence", .string(f.confidence.rawValue)),
                ("security-severity", .string(Self.securitySeverity(f.severity))),
            ]
            if let r = f.remediation { props.append(("remediation", .string(r))) }
            for (k, v) in f.properties.sorted(by: { $0.key < $1.key }) { props.append((k, .string(v))) }
            o.append(("properties", .object(props)))
            return .object(o)
        }
        let run: JSON = .object([
            ("tool", .object([("driver", driver)])),
            ("invocations", .array([.object([
                ("executionSuccessful", .bool(true)),
                // Folders the default excludes left out, so a reader knows what was not scanned.
                ("properties", .object([("skippedFolders", .array(report.skippedFolders.map(JSON.string)))])),
            ])])),
            ("originalUriBaseIds", .object(Self.baseIDs(report.roots))),
            ("results", .array(results)),
            ("columnKind", .string("unicodeCodePoints")),
        ])
        let doc: JSON = .object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return doc.render() + "\n"
    }

    /// `SRCROOT`, the folder every result's `uri` is relative to, as SARIF 2.1.0 (§3.14.14) wants it:
    /// an absolute `file://` URI ending in a slash. With several scanned folders each path is
    /// relative to its own folder, and SRCROOT names the first. Without a folder (the gate's report
    /// of a repository), SRCROOT is left to the consumer (GitHub resolves it to the checkout).
    static func baseIDs(_ roots: [String]) -> [(String, JSON)] {
        guard let root = roots.first, root.hasPrefix("/") else { return [] }
        let text = roots.count == 1 ? "The scanned folder."
            : "The first of \(roots.count) scanned folders; each result's path is relative to the folder it was found in."
        return [("SRCROOT", .object([
            ("uri", .string("file://" + uri(root.hasSuffix("/") ? root : root + "/"))),
            ("description", .object([("text", .string(text))])),
        ]))]
    }

    static func messageText(_ f: Finding) -> String {
        var t = f.message
        if let m = f.location.archiveMember { t += " (in archive member `\(m)`)" }
        return t
    }

    static func rule(_ r: RuleDescription) -> JSON {
        var help = "# \(r.name)\n\n\(r.summary)\n\n\(r.rationale)"
        if let fix = r.remediation { help += "\n\nQuick fix: \(fix)" }
        return .object([
            ("id", .string(r.id)),
            ("name", .string(pascal(r.id))),
            ("shortDescription", .object([("text", .string(r.summary))])),
            ("fullDescription", .object([("text", .string(r.name + ". " + r.summary))])),
            ("help", .object([("text", .string(help)), ("markdown", .string(help))])),
            ("helpUri", .string(informationURI + "/blob/main/docs/rules/\(r.id).md")),
            ("defaultConfiguration", .object([("level", .string(level(r.defaultSeverity)))])),
            ("properties", .object([
                ("tags", .array(["security", "supply-chain", r.family].map(JSON.string))),
                ("precision", .string(r.defaultConfidence == .high ? "high" : (r.defaultConfidence == .medium ? "medium" : "low"))),
                ("problem.severity", .string(r.defaultSeverity >= .high ? "error" : (r.defaultSeverity == .medium ? "warning" : "recommendation"))),
                ("security-severity", .string(securitySeverity(r.defaultSeverity))),
            ])),
        ])
    }

    static func pascal(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func location(_ l: Location, id: Int? = nil) -> JSON {
        var physical: [(String, JSON)] = [
            ("artifactLocation", .object([("uri", .string(uri(l.path))), ("uriBaseId", .string("SRCROOT"))])),
        ]
        var region: [(String, JSON)] = []
        if let line = l.startLine, line >= 1, l.archiveMember == nil {
            region.append(("startLine", .int(line)))
            if let c = l.startColumn, c >= 1 { region.append(("startColumn", .int(c))) }
            if let e = l.endLine, e >= line { region.append(("endLine", .int(e))) }
            if let e = l.endColumn, e >= 1, (l.endLine ?? line) > line || e > (l.startColumn ?? 0) {
                region.append(("endColumn", .int(e)))
            }
        } else if let o = l.byteOffset, o >= 0, l.archiveMember == nil {
            region.append(("byteOffset", .int(o)))
            if let n = l.byteLength, n >= 0 { region.append(("byteLength", .int(n))) }
        }
        if !region.isEmpty { physical.append(("region", .object(region))) }
        var o: [(String, JSON)] = []
        if let id { o.append(("id", .int(id))) }
        o.append(("physicalLocation", .object(physical)))
        var logical: [JSON] = []
        if let m = l.archiveMember {
            var member: [(String, JSON)] = [("name", .string(m)), ("kind", .string("member"))]
            if let off = l.byteOffset { member.append(("fullyQualifiedName", .string("\(l.path)!\(m)@\(off)"))) }
            logical.append(.object(member))
        }
        if let lp = l.logicalPath { logical.append(.object([("fullyQualifiedName", .string(lp)), ("kind", .string("element"))])) }
        if !logical.isEmpty { o.append(("logicalLocations", .array(logical))) }
        return .object(o)
    }
}
