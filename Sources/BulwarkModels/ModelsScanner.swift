import BulwarkCore

/// Model files: malicious pickles and unsafe formats.
public struct ModelsScanner: FamilyScanner {
    public init() {}
    public var family: String { "models" }
    public var title: String { "Model files: malicious pickles and unsafe formats" }
    public var rules: [RuleDescription] { [] }
    public func wants(_ file: SourceFile) -> Bool { false }
    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] { [] }
}
