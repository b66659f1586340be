import BulwarkCore

/// Committed credentials.
public struct SecretsScanner: FamilyScanner {
    public init() {}
    public var family: String { "secrets" }
    public var title: String { "Committed credentials" }
    public var rules: [RuleDescription] { [] }
    public func wants(_ file: SourceFile) -> Bool { false }
    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] { [] }
}
