import BulwarkCore
import BulwarkFormats

/// Model files: malicious pickles and unsafe formats, recognised by content, never by extension.
public struct ModelsScanner: FamilyScanner {
    public init() {}
    public var family: String { "models" }
    public var title: String { "Model files: malicious pickles and unsafe formats" }

    /// Every rule of the family, in documentation order.
    static let ruleList: [any Rule<ModelFile>] = [
        PickleDangerousCallRule(), PickleDangerousGlobalRule(), PickleUnknownGlobalRule(),
        PickleComputedGlobalRule(), PickleMalformedStreamRule(), PickleTensorSetItemRule(), ModelScanIncompleteRule(),
        ArchiveZipTamperingRule(), ArchivePathTraversalRule(), ArchiveUnscannablePayloadRule(), NumpyObjectArrayRule(),
        SafetensorsInvalidHeaderRule(), GGUFInvalidHeaderRule(), GGUFChatTemplateInjectionRule(), KerasLambdaLayerRule(),
        KerasUnsafeModuleRule(), ONNXExternalDataEscapeRule(), ONNXCustomOpDomainRule(), SavedModelDangerousOpRule(),
    ]

    public var rules: [RuleDescription] { Self.ruleList.map(\.description) }

    /// Installed-package folders: their test pickles (old joblib formats, fixtures) are not the
    /// project's models and would only add noise. `vendor/` and `third_party/` are still scanned.
    static let installedPackageFolders: Set<String> = ["site-packages", "dist-packages", "node_modules", ".venv", "venv", ".tox", ".nox"]

    public func wants(_ file: SourceFile) -> Bool {
        guard file.size > 0 else { return false }
        if file.hasFolder(in: Self.installedPackageFolders) { return false }
        let head = file.peek(ModelSniffer.headLength)
        let last = file.size <= head.count ? head.last : (try? file.read(offset: file.size - 1, length: 1))?.first
        if ModelSniffer.sniff(head: head, lastByte: last, size: file.size, fileName: file.fileName) != nil { return true }
        if Self.templateCarrier(file) != nil { return true }
        return ModelSniffer.modelExtensions.contains(file.fileExtension)
            && ModelSniffer.hasZipTail({ (try? file.read(offset: $0, length: $1)) ?? [] }, size: file.size)
    }

    static func templateCarrier(_ file: SourceFile) -> ModelSniffer.TemplateCarrier? {
        ModelSniffer.templateCarrier(fileName: file.fileName, fileExtension: file.fileExtension, size: file.size,
                                     inGitHubFolder: file.hasFolder(in: [".github"]), bytes: { file.bytes })
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] {
        let model = ModelInspector(file: file, configuration: context.configuration).inspect()
        return context.run(Self.ruleList, model: model, file: file)
    }
}
