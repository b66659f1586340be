import BulwarkCore
import BulwarkModels
import BulwarkWorkflows
import BulwarkSecrets
import BulwarkSaaS
import BulwarkDependencies
import BulwarkAgents

/// Every scanner family Bulwark ships, in report order. A family joins by adding its scanner here.
public enum Families {
    public static let all: [any FamilyScanner] = [
        CoreFamily(),
        ModelsScanner(),
        WorkflowsScanner(),
        SecretsScanner(),
        SaaSScanner(),
        DependenciesScanner(),
        AgentsScanner(),
    ]

    /// Every rule of every family.
    public static var allRules: [RuleDescription] { all.flatMap(\.rules) }

    /// Finds a rule by id or alias.
    public static func rule(_ id: String) -> RuleDescription? {
        allRules.first { $0.id == id || $0.aliases.contains(id) }
    }

    public static var familyIDs: [String] { all.map(\.family) }

    /// Foreign suppression markers honoured inline (tool marker -> foreign id -> bulwark ids).
    /// Families that migrate users from another tool register its ids here.
    public static var foreignSuppressions: [String: [String: [String]]] { foreignSuppressions(of: all) }

    /// The foreign markers of some families (a scan's selected ones: the others' rules cannot have findings).
    public static func foreignSuppressions(of families: [any FamilyScanner]) -> [String: [String: [String]]] {
        var out: [String: [String: [String]]] = [:]
        for f in families {
            for (marker, table) in f.foreignSuppressions {
                out[marker, default: [:]].merge(table) { $0 + $1 }
            }
        }
        return out
    }
}


/// The walker's own findings (`scan-error`, `scan-skipped-symlink`) as a family, so they are
/// listed, documented and configurable like any rule.
struct CoreFamily: FamilyScanner {
    var family: String { "core" }
    var title: String { "Scan health: unreadable files and links out of the scan root" }
    var rules: [RuleDescription] { [FileWalker.scanErrorRule, FileWalker.skippedSymlinkRule] }
    func wants(_ file: SourceFile) -> Bool { false }
    func scan(_ file: SourceFile, context: ScanContext) -> [Finding] { [] }
}

