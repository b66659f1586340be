/// A check over one family's parsed model. Rules are pure, synchronous values; parallelism lives
/// in the scanner. Each family refines this with its own `Model`; a family holds its rules as
/// `[any Rule<ItsModel>]`, so a rule listed under the wrong family does not compile.
public protocol Rule<Model>: Sendable {
    associatedtype Model
    var description: RuleDescription { get }
    func check(_ model: Model, context: RuleContext) -> [Finding]
}

/// What a rule may know besides the parsed model: its effective settings and the file.
public struct RuleContext: Sendable {
    public var file: SourceFile
    public var settings: RuleSettings
    public var configuration: Configuration

    public init(file: SourceFile, settings: RuleSettings, configuration: Configuration) {
        self.file = file
        self.settings = settings
        self.configuration = configuration
    }

    /// A location in the current file at a 1-based line (and optional column).
    public func location(line: Int?, column: Int? = nil, endLine: Int? = nil, endColumn: Int? = nil,
                         logicalPath: String? = nil) -> Location {
        Location(path: file.relativePath, startLine: line, startColumn: column,
                 endLine: endLine, endColumn: endColumn, logicalPath: logicalPath)
    }
}

/// Effective per-rule settings after `.bulwark.yml` is applied.
public struct RuleSettings: Sendable {
    public var enabled: Bool
    public var severity: Severity?
    public var options: [String: ConfigValue]

    public init(enabled: Bool = true, severity: Severity? = nil, options: [String: ConfigValue] = [:]) {
        self.enabled = enabled
        self.severity = severity
        self.options = options
    }

    public func string(_ key: String) -> String? { options[key]?.stringValue }
    public func strings(_ key: String) -> [String] { options[key]?.stringArray ?? [] }
    public func bool(_ key: String) -> Bool? { options[key]?.boolValue }
    public func int(_ key: String) -> Int? { options[key]?.intValue }
}
