import BulwarkCore
import BulwarkFormats

/// AI coding agents: permissions, MCP launch hygiene, hidden instructions.
///
/// Reads agent configuration (Claude Code, Cursor, VS Code/Copilot, Codex, Gemini CLI, Windsurf,
/// Cline, Roo), text agents read as guidance (rules and instruction files, READMEs, issue templates,
/// third-party READMEs and package metadata), scripts and CI files where agent CLIs are launched,
/// and MCP `tools/list` snapshots, which it compares with `bulwark.mcp.lock` after the walk.
public struct AgentsScanner: FamilyScanner {
    public init() {}
    public var family: String { "agents" }
    public var title: String { "AI coding agents: permissions, MCP launch hygiene, hidden instructions" }

    /// Rules that judge one file's `AgentDocument`.
    static let documentRules: [any Rule<AgentDocument>] = [
        PermissionBypassRule(), UnrestrictedShellRule(), SideEffectAutoApprovedRule(), HookCommandRule(),
        MCPAutoApprovedRule(), LaunchBypassFlagRule(), MCPUnpinnedServerRule(), MCPLaunchedPackageRule(), MCPPlainHTTPRule(), MCPContainerHostAccessRule(),
        MCPLiteralSecretRule(), UnicodeSmugglingRule(), UnicodeBidiRule(), UnicodeZeroWidthRule(),
        PromptInjectionRule(), MCPToolPoisoningRule(), AgentConfigInvalidRule(),
    ]
    /// Rules that judge snapshot/lock comparisons after the walk.
    static let repositoryRules: [any Rule<PinComparison>] = [MCPToolPinMismatchRule()]

    public var rules: [RuleDescription] { Self.documentRules.map(\.description) + Self.repositoryRules.map(\.description) }

    public func wants(_ file: SourceFile) -> Bool {
        let path = file.relativePath
        if AgentConfigLocator.instructionKind(path) != nil { return true }
        if MCPPinning.isSnapshotPath(path) { return true }
        if AgentDocument.isToolListCandidate(file) { return true }
        if !file.isVendored, AgentConfigLocator.classify(path) != nil { return true }
        if !file.isVendored, AgentDocument.isGeminiPolicyCandidate(file) { return true }
        if let site = AgentConfigLocator.isLaunchSite(path) {
            if site == .sourceCode {
                // Source files count only outside third-party code or at a package's root (install scripts).
                if file.size > 4 << 20 { return false }
                return !file.isVendored || AgentDocument.isPackageRootScript(path) || AgentDocument.isPackageBuildEntry(path)
            }
            return true
        }
        return false
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] {
        guard let doc = AgentDocument.build(file) else { return [] }
        return context.run(Self.documentRules, model: doc, file: file)
    }

    public func finish(files: [SourceFile], context: ScanContext) -> [Finding] {
        let snapshots = files.filter { MCPPinning.isSnapshotPath($0.relativePath) }
        guard !snapshots.isEmpty else { return [] }
        let locks = Dictionary(files.filter { $0.fileName == MCPLock.fileName }.map { ($0.relativePath, $0) },
                               uniquingKeysWith: { a, _ in a })
        guard !locks.isEmpty else { return [] }
        var out: [Finding] = []
        var lockCache: [String: MCPLock?] = [:]
        for snap in snapshots {
            guard let (lockPath, lockFile) = Self.nearestLock(for: snap.relativePath, locks: locks) else { continue }
            if lockCache[lockPath] == nil {
                lockCache[lockPath] = lockFile.bytes.flatMap { try? MCPLock.decode($0) }
            }
            guard let cached = lockCache[lockPath], let lock = cached,
                  let bytes = snap.bytes, let parsed = try? MCPToolSnapshot.parse(bytes) else { continue }
            let server = MCPPinning.serverName(path: snap.relativePath, snapshot: parsed)
            let changes = MCPPinning.compare(parsed, server: server, lock: lock)
            guard !changes.isEmpty else { continue }
            out += context.run(Self.repositoryRules, model: PinComparison(lockPath: lockPath, server: server, changes: changes), file: snap)
        }
        return out
    }

    /// The lock in the snapshot's folder or the closest parent folder.
    static func nearestLock(for path: String, locks: [String: SourceFile]) -> (String, SourceFile)? {
        var dir = path.split(separator: "/").dropLast().map(String.init)
        while true {
            let candidate = (dir + [MCPLock.fileName]).joined(separator: "/")
            if let f = locks[candidate] { return (candidate, f) }
            if dir.isEmpty { return nil }
            dir.removeLast()
        }
    }
}
