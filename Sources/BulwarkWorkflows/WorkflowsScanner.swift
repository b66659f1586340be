import BulwarkCore

/// CI/CD: GitHub Actions and GitLab CI weaknesses.
public struct WorkflowsScanner: FamilyScanner {
    public init() {}
    public var family: String { "workflows" }
    public var title: String { "CI/CD: GitHub Actions and GitLab CI weaknesses" }
    public var rules: [RuleDescription] { [] }
    public func wants(_ file: SourceFile) -> Bool { false }
    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] { [] }
}
