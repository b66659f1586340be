import BulwarkCore
import BulwarkFormats
import Synchronization

/// Model files: malicious pickles and unsafe formats, recognised by content, never by extension.
public struct ModelsScanner: FamilyScanner {
    public init() {}
    public var family: String { "models" }
    public var title: String { "Model files: malicious pickles and unsafe formats" }

    /// Every rule of the family, in documentation order: the rules that word the pickles' facts (`PickleFactRule`),
    /// the two that read the pickles themselves, then the rules that word one kind of `ModelIssue` each.
    static let ruleList: [any Rule<ModelFile>] = factRules + pickleRules + issueRules
    static let factRules: [any Rule<ModelFile>] = [
        PickleDangerousCallRule(), PickleDangerousGlobalRule(), PickleUnknownGlobalRule(), PickleComputedGlobalRule(),
    ]
    static let pickleRules: [any Rule<ModelFile>] = [PickleMalformedStreamRule(), PickleTensorSetItemRule()]
    static let issueRules: [any Rule<ModelFile>] = [
        PickleLocalModuleRule(), ModelScanIncompleteRule(),
        ArchiveZipTamperingRule(), ArchivePathTraversalRule(), ArchiveUnscannablePayloadRule(), NumpyObjectArrayRule(),
        SafetensorsInvalidHeaderRule(), GGUFInvalidHeaderRule(), GGUFChatTemplateInjectionRule(), KerasLambdaLayerRule(),
        KerasUnsafeModuleRule(), ONNXExternalDataEscapeRule(), ONNXCustomOpDomainRule(), SavedModelDangerousOpRule(),
    ]

    public var rules: [RuleDescription] { Self.ruleDescriptions }
    /// `wants` sniffs the content of every non-empty file.
    public var readsEveryFile: Bool { true }

    /// Each rule's description, read once: `rule.description` returns a copy of the rule's `info` (a dozen
    /// reference-counted fields), which `ScanContext.run` took for every rule of every model file.
    static let ruleDescriptions: [RuleDescription] = ruleList.map(\.description)

    /// Installed-package folders: their test pickles (old joblib formats, fixtures) are not the
    /// project's models and would only add noise. `vendor/` and `third_party/` are still scanned.
    static let installedPackageFolders: Set<String> = ["site-packages", "dist-packages", "node_modules", ".venv", "venv", ".tox", ".nox"]

    public func wants(_ file: SourceFile) -> Bool {
        guard file.size > 0 else { return false }
        if file.hasFolder(in: Self.installedPackageFolders) { return false }
        let head = file.peek(ModelSniffer.headLength)
        let last = file.size <= head.count ? head.last : (try? file.read(offset: file.size - 1, length: 1))?.first
        if let format = ModelSniffer.sniff(head: head, lastByte: last, size: file.size, fileName: file.fileName) {
            Self.rememberSniff(file, format)
            return true
        }
        if ModelSniffer.hdf5AfterUserBlock(fileName: file.fileName, size: file.size, read: { try? file.read(offset: $0, length: $1) }) {
            Self.rememberSniff(file, .hdf5)
            return true
        }
        if ModelInspector.isKerasFolderConfig(fileName: file.fileName, absolutePath: file.absolutePath) { return true }
        if Self.templateCarrier(file) != nil { return true }
        // The pickle reading past the head (PickleFallback): a long opening literal, imports far in.
        switch PickleFallback.probe(head: head, size: file.size, needsCall: PickleFallback.needsCall(fileName: file.fileName, lastByte: last),
                                    maxBytes: ModelLimits().initialPickleRead, read: { try? file.read(offset: $0, length: $1) }) {
        case .pickle: Self.rememberSniff(file, .pickle); return true
        case .undecided: return true
        case .notPickle: break
        }
        return ModelSniffer.modelExtensions.contains(file.fileExtension)
            && ModelSniffer.hasZipTail({ (try? file.read(offset: $0, length: $1)) ?? [] }, size: file.size)
    }

    /// The format `wants` sniffed for a file, handed to the inspection that follows on the same worker, so
    /// that the head is not sniffed twice (a text pickle's sniff runs the pickle machine on it). A few
    /// recent files only; the file object is held, so an entry can never match another file.
    static let sniffed = Mutex<[(SourceFile, ModelSniffer.Format)]>([])

    static func rememberSniff(_ file: SourceFile, _ format: ModelSniffer.Format) {
        sniffed.withLock { list in
            if list.count >= 64 { list.removeFirst(list.count - 63) }
            list.append((file, format))
        }
    }

    /// The remembered format of `file` (removed from the memo), nil when `wants` did not sniff it.
    static func takeSniff(_ file: SourceFile) -> ModelSniffer.Format? {
        sniffed.withLock { list in
            guard let i = list.lastIndex(where: { $0.0 === file }) else { return nil }
            return list.remove(at: i).1
        }
    }

    static func templateCarrier(_ file: SourceFile) -> ModelSniffer.TemplateCarrier? {
        ModelSniffer.templateCarrier(fileName: file.fileName, fileExtension: file.fileExtension, size: file.size,
                                     inGitHubFolder: file.hasFolder(in: [".github"]), bytes: { file.bytes })
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] {
        var model = ModelInspector(file: file, configuration: context.configuration).inspect()
        PickleLocalModuleRule.attach(&model, file: file, context: context)
        // Every rule of the family judges only the pickles and the issues (`SpeedPathTests` checks that a model
        // without either gives no finding): a file that has neither (safetensors, GGUF, plain arrays) skips
        // the rule runs, each of which cost a settings lookup and a rule context.
        if model.pickles.isEmpty, model.issues.isEmpty { return [] }
        // `ScanContext.run` with the descriptions read once (`ruleDescriptions`): same rules, order and settings.
        // A fact rule finds nothing without facts, an issue rule nothing without issues (each only words what it
        // owns of them): they are not run then. A malicious pickle has facts and no issue, and running the
        // fourteen issue rules on it (a settings lookup and a rule context each) was about 1% of a `--jobs 1`
        // scan of the benchmark's 640 files (session 15).
        let hasFacts = model.pickles.contains { !$0.facts.isEmpty }
        let firstIssueRule = Self.factRules.count + Self.pickleRules.count
        var out: [Finding] = []
        for i in Self.ruleList.indices {
            if i < Self.factRules.count ? !hasFacts : (i >= firstIssueRule && model.issues.isEmpty) { continue }
            let s = context.settings(for: Self.ruleDescriptions[i])
            guard s.enabled else { continue }
            let found = Self.ruleList[i].check(model, context: RuleContext(file: file, settings: s, configuration: context.configuration))
            if found.isEmpty { continue }
            if out.isEmpty { out = found } else { out += found }
        }
        return out
    }

    /// Modules imported by in-memory pickles and provided by other walked files (`PickleLocalModuleRule`).
    public func finish(files: [SourceFile], context: ScanContext) -> [Finding] {
        PickleLocalModuleRule.finish(files: files, context: context)
    }
}
