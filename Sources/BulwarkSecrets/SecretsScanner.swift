import BulwarkCore

/// Committed credentials: one rule per credential type of the catalog, plus a quiet generic rule.
public struct SecretsScanner: FamilyScanner {
    public init() {}
    public var family: String { "secrets" }
    public var title: String { "Committed credentials" }

    /// Every rule, built once from the catalog.
    public static let allRules: [SecretPatternRule] = SecretCatalog.patterns.map(SecretPatternRule.init)

    /// The catalog's rules and the key store rule, as one list for `ScanContext.run`.
    static let runRules: [any Rule<SecretsModel>] = allRules.map { $0 as any Rule<SecretsModel> } + [KeyStoreRule(), UnlistedSecretsRule()]

    public var rules: [RuleDescription] { Self.allRules.map(\.description) + [KeyStoreRule.info, UnlistedSecretsRule.info] }

    public func wants(_ file: SourceFile) -> Bool { SecretViews.wants(file) }

    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] {
        let model = SecretsModel(file: file, isEnabled: { context.settings(for: Self.allRules[$0].description).enabled })
        if model.byPattern.isEmpty, model.keyStore == nil, model.unlisted.isEmpty { return [] }
        return context.run(Self.runRules, model: model, file: file)
    }
}
