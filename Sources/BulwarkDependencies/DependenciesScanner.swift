import BulwarkCore

/// Dependencies: malicious, vulnerable, typosquatted packages and lockfile discipline.
public struct DependenciesScanner: FamilyScanner {
    public init() {}
    public var family: String { "dependencies" }
    public var title: String { "Dependencies: malicious, vulnerable, typosquatted packages and lockfile discipline" }
    public var rules: [RuleDescription] { [] }
    public func wants(_ file: SourceFile) -> Bool { false }
    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] { [] }
}
