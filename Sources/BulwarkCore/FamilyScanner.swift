import Synchronization

/// One scanner family: it selects files by path (and, cheaply, by content), parses each selected
/// file once, and hands the parsed model to every enabled rule of the family.
public protocol FamilyScanner: Sendable {
    /// Family id used by `--only`/`--skip` and in reports (`models`, `workflows`, ...).
    var family: String { get }
    /// One line for `bulwark rules` and the README table.
    var title: String { get }
    /// Every rule the family can emit, including data-driven ones.
    var rules: [RuleDescription] { get }
    /// Whether this family reads the file at all. Called for every walked file; must be cheap.
    /// `file.peek(n)` reads at most the first `n` bytes when a content sniff is needed.
    func wants(_ file: SourceFile) -> Bool
    /// Parses the file once and returns every enabled rule's findings (unsuppressed, unsorted).
    func scan(_ file: SourceFile, context: ScanContext) -> [Finding]
    /// Repository-level checks after every file was scanned (a manifest without a lockfile,
    /// a credential shared across services...). `files` lists every walked file.
    func finish(files: [SourceFile], context: ScanContext) -> [Finding]
    /// Facts every report must state for this family (e.g. "advisory database: 3 days old").
    func reportNotes(context: ScanContext) -> [String]
    /// Other tools' inline ignore markers this family honours: marker prefix (`zizmor: ignore`) ->
    /// foreign id -> bulwark rule ids. A requirement rather than a protocol to cast to: a failed
    /// `as?` cast searches every conformance record of the binary, on every scan.
    var foreignSuppressions: [String: [String: [String]]] { get }
    /// Whether `wants` reads (nearly) every file: then the walk opens each file as it finds it, which saves a
    /// system call per file (`FileWalker.opensFiles`); a family that selects files by name leaves it false, since
    /// opening a file nobody reads costs more than the `fstatat` it replaces.
    var readsEveryFile: Bool { get }
}

extension FamilyScanner {
    public func finish(files: [SourceFile], context: ScanContext) -> [Finding] { [] }
    public func reportNotes(context: ScanContext) -> [String] { [] }
    public var foreignSuppressions: [String: [String: [String]]] { [:] }
    public var readsEveryFile: Bool { false }
}

/// Shared, read-only state of one scan, handed to every family.
public struct ScanContext: Sendable {
    public var configuration: Configuration
    /// Absolute path of the scan root.
    public var root: String
    /// A number no other context of this process has: caches that must not outlive one scan (a folder's
    /// listing, checked once per scan instead of once per file) key on it.
    public let run: Int

    public init(configuration: Configuration, root: String) {
        self.configuration = configuration
        self.root = root
        self.run = Self.runs.add(1, ordering: .relaxed).newValue
    }

    private static let runs = Atomic<Int>(0)

    /// Effective settings of a rule (enabled flag takes opt-in into account).
    public func settings(for rule: RuleDescription) -> RuleSettings {
        configuration.settings(for: rule)
    }

    /// A rule context for one file.
    public func ruleContext(_ rule: RuleDescription, file: SourceFile) -> RuleContext {
        RuleContext(file: file, settings: settings(for: rule), configuration: configuration)
    }

    /// Runs each enabled rule over a parsed model, the common body of a family's `scan`.
    /// Inlinable so that each family gets a copy specialised to its model: the generic copy looked up the
    /// `any Rule<M>` existential's metadata at run time for every rule of every file.
    @inlinable
    public func run<M>(_ rules: [any Rule<M>], model: M, file: SourceFile) -> [Finding] {
        var out: [Finding] = []
        for rule in rules {
            let d = rule.description
            let s = settings(for: d)
            guard s.enabled else { continue }
            let found = rule.check(model, context: RuleContext(file: file, settings: s, configuration: configuration))
            // Most rules find nothing in most files: appending an empty array still cost a generic call.
            if found.isEmpty { continue }
            if out.isEmpty { out = found } else { out += found }
        }
        return out
    }
}
