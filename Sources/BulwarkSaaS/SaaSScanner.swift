import BulwarkCore

/// SaaS exposure: unsafe storage and blast radius of keys.
public struct SaaSScanner: FamilyScanner {
    public init() {}
    public var family: String { "saas" }
    public var title: String { "SaaS exposure: unsafe storage and blast radius of keys" }
    public var rules: [RuleDescription] { [] }
    public func wants(_ file: SourceFile) -> Bool { false }
    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] { [] }
}
