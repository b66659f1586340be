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

/// One pickle stream inside the file, with where it sits and what the policy made of it.
public struct ScannedPickle: Sendable {
    /// Archive member path (`archive/data.pkl`), nil for the file itself.
    public var member: String?
    /// Offset of the stream's first byte within the member (or file).
    public var baseOffset: Int
    /// What carried it (`torch zip`, `legacy torch`, `joblib`, `numpy object array`...).
    public var carrier: String
    public var analysis: PickleAnalysis
    public var verdicts: [PickleVerdict]
}

/// The policy's judgement of one import or call.
public struct PickleVerdict: Sendable {
    public enum Kind: Sendable { case dangerousCall, dangerousGlobal, unknownGlobal, computed }
    public var kind: Kind
    public var severity: Severity
    public var offset: Int
    public var opcodeIndex: Int
    public var message: String
    /// The global (`os.system`) or rendered call, for fingerprints and properties.
    public var anchor: String
}

/// A fact about a non-pickle part of the file that one rule turns into a finding.
public struct ModelIssue: Sendable {
    public enum Kind: String, Sendable {
        case scanIncomplete, unscannablePayload, zipTampering, pathTraversal, numpyObjectArray,
             safetensorsInvalid, ggufInvalid, chatTemplateInjection, kerasLambda, kerasUnsafeModule,
             onnxExternalData, onnxCustomOp, savedModelOp
    }
    public var kind: Kind
    public var member: String?
    public var offset: Int?
    public var message: String
    public var severity: Severity?
    public var anchor: String

    public init(_ kind: Kind, member: String?, offset: Int? = nil, message: String, severity: Severity? = nil,
                anchor: String? = nil) {
        self.kind = kind
        self.member = member
        self.offset = offset
        self.message = message
        self.severity = severity
        self.anchor = anchor ?? message
    }
}

extension RuleContext {
    /// A location inside the current model file (and archive member).
    func modelLocation(member: String?, offset: Int?, opcodeIndex: Int? = nil) -> Location {
        Location(path: file.relativePath, archiveMember: member, byteOffset: offset, opcodeIndex: opcodeIndex)
    }
}

/// Findings for every issue of one kind, the body of most non-pickle rules.
func issueFindings(_ model: ModelFile, kind: ModelIssue.Kind, rule: RuleDescription, context: RuleContext) -> [Finding] {
    model.issues.filter { $0.kind == kind }.map { i in
        var loc = context.modelLocation(member: i.member, offset: i.offset)
        if model.format == "chat-template", let o = i.offset {
            let lc = context.file.lineColumn(ofByte: o)
            loc.startLine = lc.line
            loc.startColumn = lc.column
        }
        return Finding(rule: rule, message: i.message, location: loc,
                severity: context.settings.severity ?? i.severity, anchor: i.anchor)
    }
}
