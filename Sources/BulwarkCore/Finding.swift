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
        let la = a.location, lb = b.location
        if la.path != lb.path { return la.path < lb.path }
        if (la.archiveMember ?? "") != (lb.archiveMember ?? "") { return (la.archiveMember ?? "") < (lb.archiveMember ?? "") }
        if (la.startLine ?? 0) != (lb.startLine ?? 0) { return (la.startLine ?? 0) < (lb.startLine ?? 0) }
        if (la.startColumn ?? 0) != (lb.startColumn ?? 0) { return (la.startColumn ?? 0) < (lb.startColumn ?? 0) }
        if (la.byteOffset ?? 0) != (lb.byteOffset ?? 0) { return (la.byteOffset ?? 0) < (lb.byteOffset ?? 0) }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.message < b.message
    }
}
