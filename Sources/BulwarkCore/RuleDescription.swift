import Synchronization
/// Everything a user (and the docs generator) needs to know about one rule.
public struct RuleDescription: Sendable, Hashable {

    /// The fields live in one shared, immutable-unless-unique box: a description is copied into every
    /// rule run and finding, and copying eight strings and arrays cost more than the checks themselves.
    // Fields are written only through `unique()` (copy on write), so the runtime exclusivity checks
    // a class property pays on every read are switched off for them.
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var id: String
        @exclusivity(unchecked) var name: String
        @exclusivity(unchecked) var family: String
        @exclusivity(unchecked) var summary: String
        @exclusivity(unchecked) var rationale: String
        @exclusivity(unchecked) var defaultSeverity: Severity
        @exclusivity(unchecked) var defaultConfidence: Confidence
        @exclusivity(unchecked) var optIn: Bool
        @exclusivity(unchecked) var remediation: String?
        @exclusivity(unchecked) var aliases: [String]
        @exclusivity(unchecked) var examples: LazyExamples
        @exclusivity(unchecked) var options: [RuleOption] = []

        init(id: String, name: String, family: String, summary: String, rationale: String, defaultSeverity: Severity, defaultConfidence: Confidence, optIn: Bool, remediation: String?, aliases: [String], examples: LazyExamples) {
            self.id = id
            self.name = name
            self.family = family
            self.summary = summary
            self.rationale = rationale
            self.defaultSeverity = defaultSeverity
            self.defaultConfidence = defaultConfidence
            self.optIn = optIn
            self.remediation = remediation
            self.aliases = aliases
            self.examples = examples
        }

        func copy() -> Storage {
            let c = Storage(id: id, name: name, family: family, summary: summary, rationale: rationale, defaultSeverity: defaultSeverity, defaultConfidence: defaultConfidence, optIn: optIn, remediation: remediation, aliases: aliases, examples: examples)
            c.options = options
            return c
        }
    }

    private var storage: Storage

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// Kebab-case, globally unique, stable forever (`pickle-dangerous-global`).
    public var id: String {
        get { storage.id }
        _modify { unique(); yield &storage.id }
    }
    public var name: String {
        get { storage.name }
        _modify { unique(); yield &storage.name }
    }
    /// The owning family id (`models`, `workflows`, `secrets`, `dependencies`, `agents`, `saas`, `core`).
    public var family: String {
        get { storage.family }
        _modify { unique(); yield &storage.family }
    }
    /// One line; used as the SARIF short description.
    public var summary: String {
        get { storage.summary }
        _modify { unique(); yield &storage.summary }
    }
    /// Markdown with the sections *What it detects*, *Why it matters*, *How to fix*, *References*.
    public var rationale: String {
        get { storage.rationale }
        _modify { unique(); yield &storage.rationale }
    }
    public var defaultSeverity: Severity {
        get { storage.defaultSeverity }
        _modify { unique(); yield &storage.defaultSeverity }
    }
    public var defaultConfidence: Confidence {
        get { storage.defaultConfidence }
        _modify { unique(); yield &storage.defaultConfidence }
    }
    /// Noisy audits that run only when enabled in `.bulwark.yml`.
    public var optIn: Bool {
        get { storage.optIn }
        _modify { unique(); yield &storage.optIn }
    }
    /// A one-line fix hint copied into findings.
    public var remediation: String? {
        get { storage.remediation }
        _modify { unique(); yield &storage.remediation }
    }
    /// Former ids that still resolve to this rule in configuration and suppressions.
    public var aliases: [String] {
        get { storage.aliases }
        _modify { unique(); yield &storage.aliases }
    }
    /// Built when first read (tests, docs, `bulwark explain`) for descriptions made with `lazyExamples:`.
    public var examples: [Example] {
        get { storage.examples.value }
        set { unique(); storage.examples = LazyExamples(newValue) }
    }
    /// The options the rule reads from `.bulwark.yml`; the configuration loader refuses others.
    public var options: [RuleOption] {
        get { storage.options }
        _modify { unique(); yield &storage.options }
    }

    public init(id: String, name: String, family: String, summary: String, rationale: String,
                defaultSeverity: Severity, defaultConfidence: Confidence = .high, optIn: Bool = false,
                remediation: String? = nil, options: [RuleOption] = [], aliases: [String] = [], examples: [Example] = []) {
        storage = Storage(id: id, name: name, family: family, summary: summary, rationale: rationale, defaultSeverity: defaultSeverity, defaultConfidence: defaultConfidence, optIn: optIn, remediation: remediation, aliases: aliases, examples: LazyExamples(examples))
        storage.options = options
    }

    /// The same, with examples built when first read (`examples`) instead of now: a family whose examples
    /// are assembled files (pickles, zips, archives) passes them here, so that a scan, which reads every
    /// rule's description and never its examples, does not build them.
    public init(id: String, name: String, family: String, summary: String, rationale: String,
                defaultSeverity: Severity, defaultConfidence: Confidence = .high, optIn: Bool = false,
                remediation: String? = nil, options: [RuleOption] = [], aliases: [String] = [],
                lazyExamples: @autoclosure @escaping @Sendable () -> [Example]) {
        storage = Storage(id: id, name: name, family: family, summary: summary, rationale: rationale, defaultSeverity: defaultSeverity, defaultConfidence: defaultConfidence, optIn: optIn, remediation: remediation, aliases: aliases, examples: LazyExamples(build: lazyExamples))
        storage.options = options
    }

    public var triggeringExamples: [Example] { examples.filter { $0.expectation == .triggers } }
    public var nonTriggeringExamples: [Example] { examples.filter { $0.expectation == .clean } }

    public static func == (a: RuleDescription, b: RuleDescription) -> Bool { a.id == b.id }
    public func hash(into h: inout Hasher) { h.combine(id) }
}

/// A rule's examples, built on first use and kept (shared by copies of the description).
final class LazyExamples: Sendable {
    private let build: @Sendable () -> [Example]
    private let cache = Mutex<[Example]?>(nil)

    init(build: @escaping @Sendable () -> [Example]) { self.build = build }
    init(_ examples: [Example]) {
        self.build = { examples }
        self.cache.withLock { $0 = examples }
    }

    var value: [Example] {
        if let v = cache.withLock({ $0 }) { return v }
        let v = build()
        return cache.withLock { c in
            if let first = c { return first }
            c = v
            return v
        }
    }
}

/// A small input that a rule must (or must not) flag. Examples run as tests and appear in the docs.
public struct Example: Sendable, Hashable {
    public enum Expectation: String, Sendable, Hashable { case triggers, clean }

    /// A virtual repository-relative path; families select files by path, so it matters.
    public var path: String
    public var content: [UInt8]
    public var expectation: Expectation
    /// For triggering examples: 1-based lines where the finding must be reported (empty: anywhere).
    public var expectedLines: [Int]
    /// Comment prefix of the format (`#`, `//`), when inline suppression can be tested on it.
    public var commentPrefix: String?
    /// Extra files placed beside `path` (for rules that look at neighbours, such as a lockfile).
    public var siblings: [String: [UInt8]]
    /// Configuration options for the rule under test, as in `.bulwark.yml` `rules.<id>.options`.
    public var options: [String: ConfigValue]
    public var file: String
    public var line: Int

    /// A text example. Lines that end with the marker `# <-` or `// <-` after trimming are
    /// expected finding lines (the marker is removed); or pass `lines:` explicitly.
    public init(_ expectation: Expectation, path: String, _ text: String, lines: [Int] = [],
                commentPrefix: String? = nil, siblings: [String: String] = [:],
                options: [String: ConfigValue] = [:], file: String = #filePath, line: Int = #line) {
        var expected = lines
        var outLines: [Substring] = []
        for (i, l) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var s = l
            for marker in [" # <-", " // <-", " <!-- <- -->"] where s.hasSuffix(marker) {
                s = s.dropLast(marker.count)
                expected.append(i + 1)
            }
            outLines.append(s)
        }
        self.path = path
        self.content = Array(outLines.joined(separator: "\n").utf8)
        self.expectation = expectation
        self.expectedLines = expected
        self.commentPrefix = commentPrefix
        self.siblings = siblings.mapValues { Array($0.utf8) }
        self.options = options
        self.file = file
        self.line = line
    }

    /// A binary example, usually built with a small assembler (pickle, zip, GGUF...).
    public init(_ expectation: Expectation, path: String, bytes: [UInt8], options: [String: ConfigValue] = [:],
                file: String = #filePath, line: Int = #line) {
        self.path = path
        self.content = bytes
        self.expectation = expectation
        self.expectedLines = []
        self.commentPrefix = nil
        self.siblings = [:]
        self.options = options
        self.file = file
        self.line = line
    }

    /// The content as text when it is valid UTF-8.
    public var text: String? { String(validating: content, as: UTF8.self) }
}
