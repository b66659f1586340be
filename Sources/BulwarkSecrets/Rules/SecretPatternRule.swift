import BulwarkCore

/// One rule per catalog record: reports the record's validated matches in a file.
public struct SecretPatternRule: Rule {
    public typealias Model = SecretsModel
    public let pattern: SecretPattern
    public let description: RuleDescription

    public init(pattern: SecretPattern) {
        self.pattern = pattern
        self.description = SecretRuleDocs.description(for: pattern)
    }

    public func check(_ model: SecretsModel, context: RuleContext) -> [Finding] {
        guard let hits = model.byPattern[pattern.id], !hits.isEmpty else { return [] }
        let ignored = context.settings.strings("ignore-paths").map(Glob.init)
        if ignored.contains(where: { $0.matches(context.file.relativePath) }) { return [] }
        return hits.map { SecretFindings.make(pattern, rule: description, located: $0, path: context.file.relativePath) }
    }
}
