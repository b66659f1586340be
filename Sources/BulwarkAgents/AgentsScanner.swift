import BulwarkCore

/// AI coding agents: permissions, MCP launch hygiene, hidden instructions.
public struct AgentsScanner: FamilyScanner {
    public init() {}
    public var family: String { "agents" }
    public var title: String { "AI coding agents: permissions, MCP launch hygiene, hidden instructions" }
    public var rules: [RuleDescription] { [] }
    public func wants(_ file: SourceFile) -> Bool { false }
    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] { [] }
}
