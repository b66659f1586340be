import BulwarkCore
import BulwarkFormats

/// The parsed view of one model file that every models rule judges: the pickles found in it (at any
/// depth of containers) with their verdicts, and the facts other formats produced.
public struct ModelFile: Sendable {
    public var path: String
    /// What the content was recognised as (`pickle`, `torch-zip`, `safetensors`, ...).
    public var format: String
    public var pickles: [ScannedPickle] = []
    public var issues: [ModelIssue] = []

    public init(path: String, format: String) {
        self.path = path
        self.format = format
    }
}

/// One pickle stream inside the file, with where it sits and what the policy established about it.
public struct ScannedPickle: Sendable {
    /// Archive member path (`archive/data.pkl`), nil for the file itself.
    public var member: String?
    /// Offset of the stream's first byte within the member (or file).
    public var baseOffset: Int
    /// What carried it (`torch zip`, `legacy torch`, `joblib`, `numpy object array`...).
    public var carrier: String
    public var analysis: PickleAnalysis
    /// What the allowlist policy established (`PickleJudge`); the pickle rules word and grade them.
    public var facts: [PickleFact]
}

/// What the allowlist policy established about one import or call of a pickle. No wording and no
/// severity: each pickle rule picks the facts it owns and sets its own message and severity.
public struct PickleFact: Sendable {
    public enum Kind: Sendable {
        /// A call whose callable is itself computed (a call result, an attribute of one).
        case computedCall
        /// An import whose module or name is not a literal (`detail` says how it is computed).
        case computedImport
        /// A BUILD trick the machine noticed: a planted dunder, BUILD on an imported global (`detail`).
        case buildTrick
        /// A global outside the allowlist is called while loading (`rendered` set), or its `__new__`
        /// runs (a denylisted or non-class name instantiated; `rendered` nil).
        case call
        /// A class outside the allowlist is instantiated without running its constructor.
        case instantiation
        /// A global outside the allowlist is imported and never called by the stream itself.
        case reference
        /// `functools.partial` over a library function that may be referenced (not denylisted), with plain
        /// arguments: loading builds a callable and runs nothing; whoever later uses the object calls it.
        case deferredCall
    }
    public var kind: Kind
    public var offset: Int
    public var opcodeIndex: Int
    public var module: String = ""
    public var name: String = ""
    /// The name a chain of lookups really reaches (`builtins.getattr` chains), when it differs.
    public var reaches: String?
    /// What the policy's denylist says the global does; nil when it is merely not allowlisted.
    public var threat: String?
    /// The call as Python text (`os.system('id')`).
    public var rendered: String?
    /// The call text with results as variables (short; for fingerprints of computed calls).
    public var renderedShort: String?
    /// How the call happens (REDUCE, NEWOBJ, BUILD...).
    public var callKind: PickleCallKind?
    /// The machine's description for computed imports and BUILD tricks.
    public var detail: String = ""
    /// A class of a trusted package, not denylisted, called only with short literals, that is neither a
    /// known enum nor a listed value type: its constructor runs (graded high, not critical).
    public var trustedLiteralCall = false

    public var global: String { module + "." + name }
    /// The name fingerprints use: what the lookup chain reaches, else the global itself.
    public var resolved: String { reaches ?? global }
    /// A class of `__main__` (resolved by the loading script itself, nothing imported).
    public var inMain: Bool { module == "__main__" && !name.contains(".") }
}

/// A fact about a non-pickle part of the file (a zip anomaly, a Keras layer, a graph op...) that one
/// rule turns into a finding: the inspector says what it saw and how grave the fact is; the rule
/// (`ModelIssueRule`) sets the finding's message and severity.
public struct ModelIssue: Sendable {
    public enum Kind: String, Sendable {
        case scanIncomplete, unscannablePayload, zipTampering, pathTraversal, numpyObjectArray,
             safetensorsInvalid, ggufInvalid, chatTemplateInjection, kerasLambda, kerasUnsafeModule,
             onnxExternalData, onnxCustomOp, savedModelOp, localModule
    }

    /// What the fact establishes beyond its kind; rules map grades to severities.
    public enum Grade: Sendable {
        /// The fact as such.
        case plain
        /// Loading runs or fetches code the file chooses (a module outside the library, a URL to download).
        case runsCode
        /// Part of the file could not be read (corrupt, encrypted, unknown compression): nothing is proven either way.
        case unreadable
        /// Worth knowing but not a risk by itself (a known vendor extension, plain-data names, an unused import).
        case minor
    }

    public var kind: Kind
    public var member: String?
    public var offset: Int?
    /// What was seen, in words (`` `test.txt` is encrypted ``).
    public var fact: String
    public var grade: Grade
    /// The thing the fact is about, when a rule grades by it (a TensorFlow op name).
    public var subject: String?
    public var anchor: String

    public init(_ kind: Kind, member: String?, offset: Int? = nil, fact: String, grade: Grade = .plain, subject: String? = nil,
                anchor: String? = nil) {
        self.kind = kind
        self.member = member
        self.offset = offset
        self.fact = fact
        self.grade = grade
        self.subject = subject
        self.anchor = anchor ?? fact
    }
}

extension RuleContext {
    /// A location inside the current model file (and archive member).
    func modelLocation(member: String?, offset: Int?, opcodeIndex: Int? = nil) -> Location {
        Location(path: file.relativePath, archiveMember: member, byteOffset: offset, opcodeIndex: opcodeIndex)
    }
}

/// A non-pickle model rule: it owns one kind of `ModelIssue` and sets each finding's message and severity.
/// Adding one is a file with such a rule plus its entry in `ModelsScanner.issueRules` (and the inspector
/// stating the fact).
protocol ModelIssueRule: Rule where Model == ModelFile {
    static var issueKind: ModelIssue.Kind { get }
    /// The finding's message (by default the fact itself).
    func message(_ issue: ModelIssue) -> String
    /// The finding's severity (by default the rule's default severity).
    func severity(_ issue: ModelIssue) -> Severity
    /// Whether the configuration drops this issue (an allowlist option).
    func isAllowed(_ issue: ModelIssue, settings: RuleSettings) -> Bool
}

extension ModelIssueRule {
    func message(_ issue: ModelIssue) -> String { issue.fact }
    func severity(_ issue: ModelIssue) -> Severity { description.defaultSeverity }
    func isAllowed(_ issue: ModelIssue, settings: RuleSettings) -> Bool { false }

    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        model.issues.filter { $0.kind == Self.issueKind && !isAllowed($0, settings: context.settings) }.map { i in
            var loc = context.modelLocation(member: i.member, offset: i.offset)
            if model.format == "chat-template", let o = i.offset {
                let lc = context.file.lineColumn(ofByte: o)
                loc.startLine = lc.line
                loc.startColumn = lc.column
            }
            return Finding(rule: description, message: message(i), location: loc,
                           severity: context.settings.severity ?? severity(i), anchor: i.anchor)
        }
    }
}
