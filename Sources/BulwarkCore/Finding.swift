/// One weakness found by one rule at one place.
public struct Finding: Codable, Hashable, Sendable {
    public var ruleID: String
    /// The family that owns the rule (`models`, `workflows`, `secrets`, ...), or `core`.
    public var family: String
    public var message: String
    public var severity: Severity
    public var confidence: Confidence
    public var location: Location
    public var related: [Location]
    public var remediation: String?
    /// A stable identity for baselines: rule + path + a stable anchor, never a bare line number.
    public var fingerprint: String
    /// Extra machine-readable facts (redacted secret preview, called global, advisory ids...).
    public var properties: [String: String]

    /// Creates a finding; `anchor` is something that survives unrelated edits (the offending text,
    /// a key path, an opcode's argument) and feeds the fingerprint.
    public init(ruleID: String, family: String, message: String, severity: Severity,
                confidence: Confidence = .high, location: Location, related: [Location] = [],
                remediation: String? = nil, anchor: String? = nil, properties: [String: String] = [:]) {
        self.ruleID = ruleID
        self.family = family
        self.message = message
        self.severity = severity
        self.confidence = confidence
        self.location = location
        self.related = related
        self.remediation = remediation
        self.properties = properties
        self.fingerprint = Fingerprint.make(ruleID: ruleID, location: location,
                                            anchor: anchor ?? message)
    }

    /// Creates a finding from a rule description, taking its id, family and default severity/confidence.
    public init(rule: RuleDescription, message: String, location: Location,
                severity: Severity? = nil, confidence: Confidence? = nil, related: [Location] = [],
                remediation: String? = nil, anchor: String? = nil, properties: [String: String] = [:]) {
        self.init(ruleID: rule.id, family: rule.family, message: message,
                  severity: severity ?? rule.defaultSeverity,
                  confidence: confidence ?? rule.defaultConfidence,
                  location: location, related: related,
                  remediation: remediation ?? rule.remediation, anchor: anchor, properties: properties)
    }

    /// Orders findings deterministically: path, archive member, line, byte offset, rule, message.
    public static func stableOrder(_ a: Finding, _ b: Finding) -> Bool {
        // Fields are read in place (a local copy of each Location retained all its strings per comparison).
        if a.location.path != b.location.path { return a.location.path < b.location.path }
        // A missing member, line, column or offset sorts as "" or 0, as it always has.
        let am = a.location.archiveMember ?? "", bm = b.location.archiveMember ?? ""
        if am != bm { return am < bm }
        let al = a.location.startLine ?? 0, bl = b.location.startLine ?? 0
        if al != bl { return al < bl }
        let ac = a.location.startColumn ?? 0, bc = b.location.startColumn ?? 0
        if ac != bc { return ac < bc }
        let ao = a.location.byteOffset ?? 0, bo = b.location.byteOffset ?? 0
        if ao != bo { return ao < bo }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.message < b.message
    }
}
