/// One weakness found by one rule at one place.
public struct Finding: Codable, Hashable, Sendable {
    /// The fields live in one shared box, copied only when a shared finding is changed (copy on write): a
    /// finding is copied from a rule's result to the file's, the scan's, the pipeline's and the report's
    /// lists, and copying ten reference-counted fields each time (and destroying them) was 3% of the CPU
    /// of a scan of a folder of poisoned models (perf, session 13).
    @usableFromInline final class Storage: @unchecked Sendable {
        @usableFromInline @exclusivity(unchecked) var ruleID: String
        @usableFromInline @exclusivity(unchecked) var family: String
        @usableFromInline @exclusivity(unchecked) var message: String
        @usableFromInline @exclusivity(unchecked) var severity: Severity
        @usableFromInline @exclusivity(unchecked) var confidence: Confidence
        @usableFromInline @exclusivity(unchecked) var location: Location
        @usableFromInline @exclusivity(unchecked) var related: [Location]
        @usableFromInline @exclusivity(unchecked) var remediation: String?
        @usableFromInline @exclusivity(unchecked) var fingerprint: String
        @usableFromInline @exclusivity(unchecked) var properties: [String: String]

        init(ruleID: String, family: String, message: String, severity: Severity, confidence: Confidence,
             location: Location, related: [Location], remediation: String?, fingerprint: String,
             properties: [String: String]) {
            self.ruleID = ruleID
            self.family = family
            self.message = message
            self.severity = severity
            self.confidence = confidence
            self.location = location
            self.related = related
            self.remediation = remediation
            self.fingerprint = fingerprint
            self.properties = properties
        }

        func copy() -> Storage {
            Storage(ruleID: ruleID, family: family, message: message, severity: severity, confidence: confidence,
                    location: location, related: related, remediation: remediation, fingerprint: fingerprint,
                    properties: properties)
        }
    }

    @usableFromInline var storage: Storage

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    public var ruleID: String {
        @inlinable get { storage.ruleID }
        _modify { unique(); yield &storage.ruleID }
    }
    /// The family that owns the rule (`models`, `workflows`, `secrets`, ...), or `core`.
    public var family: String {
        @inlinable get { storage.family }
        _modify { unique(); yield &storage.family }
    }
    public var message: String {
        @inlinable get { storage.message }
        _modify { unique(); yield &storage.message }
    }
    public var severity: Severity {
        @inlinable get { storage.severity }
        _modify { unique(); yield &storage.severity }
    }
    public var confidence: Confidence {
        @inlinable get { storage.confidence }
        _modify { unique(); yield &storage.confidence }
    }
    public var location: Location {
        @inlinable get { storage.location }
        _modify { unique(); yield &storage.location }
    }
    public var related: [Location] {
        @inlinable get { storage.related }
        _modify { unique(); yield &storage.related }
    }
    public var remediation: String? {
        @inlinable get { storage.remediation }
        _modify { unique(); yield &storage.remediation }
    }
    /// A stable identity for baselines: rule + path + a stable anchor, never a bare line number.
    public var fingerprint: String {
        @inlinable get { storage.fingerprint }
        _modify { unique(); yield &storage.fingerprint }
    }
    /// Extra machine-readable facts (redacted secret preview, called global, advisory ids...).
    public var properties: [String: String] {
        @inlinable get { storage.properties }
        _modify { unique(); yield &storage.properties }
    }

    // Codable and Hashable as the compiler derived them for the former stored fields: the same keys in the
    // same order, `remediation` only when present, equality and hashing over every field.
    private enum CodingKeys: String, CodingKey {
        case ruleID, family, message, severity, confidence, location, related, remediation, fingerprint, properties
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        storage = Storage(ruleID: try c.decode(String.self, forKey: .ruleID),
                          family: try c.decode(String.self, forKey: .family),
                          message: try c.decode(String.self, forKey: .message),
                          severity: try c.decode(Severity.self, forKey: .severity),
                          confidence: try c.decode(Confidence.self, forKey: .confidence),
                          location: try c.decode(Location.self, forKey: .location),
                          related: try c.decode([Location].self, forKey: .related),
                          remediation: try c.decodeIfPresent(String.self, forKey: .remediation),
                          fingerprint: try c.decode(String.self, forKey: .fingerprint),
                          properties: try c.decode([String: String].self, forKey: .properties))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ruleID, forKey: .ruleID)
        try c.encode(family, forKey: .family)
        try c.encode(message, forKey: .message)
        try c.encode(severity, forKey: .severity)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(location, forKey: .location)
        try c.encode(related, forKey: .related)
        try c.encodeIfPresent(remediation, forKey: .remediation)
        try c.encode(fingerprint, forKey: .fingerprint)
        try c.encode(properties, forKey: .properties)
    }

    public static func == (a: Finding, b: Finding) -> Bool {
        if a.storage === b.storage { return true }
        return a.ruleID == b.ruleID && a.family == b.family && a.message == b.message && a.severity == b.severity
            && a.confidence == b.confidence && a.location == b.location && a.related == b.related
            && a.remediation == b.remediation && a.fingerprint == b.fingerprint && a.properties == b.properties
    }

    public func hash(into h: inout Hasher) {
        h.combine(ruleID)
        h.combine(family)
        h.combine(message)
        h.combine(severity)
        h.combine(confidence)
        h.combine(location)
        h.combine(related)
        h.combine(remediation)
        h.combine(fingerprint)
        h.combine(properties)
    }

    /// Creates a finding; `anchor` is something that survives unrelated edits (the offending text,
    /// a key path, an opcode's argument) and feeds the fingerprint.
    public init(ruleID: String, family: String, message: String, severity: Severity,
                confidence: Confidence = .high, location: Location, related: [Location] = [],
                remediation: String? = nil, anchor: String? = nil, properties: [String: String] = [:]) {
        storage = Storage(ruleID: ruleID, family: family, message: message, severity: severity, confidence: confidence,
                          location: location, related: related, remediation: remediation,
                          fingerprint: Fingerprint.make(ruleID: ruleID, location: location, anchor: anchor ?? message),
                          properties: properties)
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
