import BulwarkCore
import BulwarkFormats
import Foundation

/// A recommended least-privilege configuration, in the agent's own file format.
public struct RecommendedConfig: Sendable, Codable, Hashable {
    /// Where the file goes, repository-relative (`.claude/settings.json`).
    public var path: String
    /// `json` or `toml`.
    public var format: String
    public var text: String
}

/// One way an existing configuration falls short of the recommended one.
public struct PolicyDeviation: Sendable, Codable, Hashable {
    public var operation: SideEffect?
    public var path: String
    public var line: Int?
    public var message: String
    /// What the recommended configuration does instead.
    public var recommendation: String
}

/// An agent CLI launch with a bypass flag, for the policy report.
public struct LaunchRecord: Sendable, Codable, Hashable {
    public var path: String
    public var line: Int
    public var flag: String
    public var excerpt: String
}

/// The policy of one agent found in a repository.
public struct AgentPolicyEntry: Sendable, Codable {
    public var agent: AgentProduct
    /// The project folder (repository-relative, `.` for the root): a folder with its own agent
    /// configuration. Each project gets its own policy; projects are never merged.
    public var project: String = "."

    /// Configuration and instruction files that belong to the agent.
    public var files: [String]
    /// Side effects that run without approval today.
    public var granted: [PermissionGrant]
    public var launches: [LaunchRecord]
    public var recommended: RecommendedConfig
    public var deviations: [PolicyDeviation]
}

/// The result of `bulwark agents policy [PATH]`.
public struct AgentPolicyReport: Sendable, Codable {
    public var schemaVersion = 1
    public var root: String
    public var agents: [AgentPolicyEntry]

    /// Whether any agent's configuration falls short of its recommendation.
    public var hasDeviations: Bool { agents.contains { !$0.deviations.isEmpty } }

    /// Plain text for a terminal: per agent, what runs unasked, the deviations, and the recommended file.
    public func renderText() -> String {
        var out = ""
        if agents.isEmpty {
            return "No coding agent configuration found under \(root).\n"
        }
        for a in agents {
            out += a.project == "." ? "== \(a.agent.displayName) ==\n" : "== \(a.agent.displayName) (project \(a.project)) ==\n"
            out += "Files: \(a.files.isEmpty ? "(none; recommendation only)" : a.files.joined(separator: ", "))\n"
            if a.granted.isEmpty && a.launches.isEmpty {
                out += "Runs without approval: nothing beyond the agent's defaults.\n"
            } else {
                out += "Runs without approval:\n"
                for g in a.granted {
                    let ex = g.example.map { " e.g. `\($0)`" } ?? ""
                    out += "  - \(g.operation.title)\(ex), granted by `\(g.grantedBy)` (\(g.path):\(g.line))\n"
                }
                for l in a.launches {
                    out += "  - every tool call, launched with `\(l.flag)` (\(l.path):\(l.line))\n"
                }
            }
            if a.deviations.isEmpty {
                out += "Check: the configuration matches the least-privilege recommendation.\n"
            } else {
                out += "Check: \(a.deviations.count) deviation\(a.deviations.count == 1 ? "" : "s") from least privilege:\n"
                for d in a.deviations {
                    let at = d.line.map { "\(d.path):\($0)" } ?? d.path
                    out += "  - \(at): \(d.message)\n    -> \(d.recommendation)\n"
                }
            }
            out += "Recommended \(a.recommended.path):\n"
            for line in a.recommended.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
                out += "    " + line + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// JSON for machines (`--format json`).
    public func renderJSON() -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Computes, per agent found in a repository, the side effects granted today, a recommended
/// least-privilege configuration in the agent's own format, and a check of the existing one.
///
/// The lead wires it as `bulwark agents policy [PATH]`:
/// ```swift
/// let report = try AgentPolicyAdvisor.analyze(path: path ?? ".", configuration: config)
/// print(report.renderText())            // or report.renderJSON()
/// throw ExitCode(report.hasDeviations ? 1 : 0)
/// ```
public enum AgentPolicyAdvisor {
    /// Walks `path` (a folder) and analyzes every agent configuration under it.
    public static func analyze(path: String, configuration: Configuration = Configuration()) throws -> AgentPolicyReport {
        let (root, onlyFile) = try FileWalker.root(for: path)
        let walked = FileWalker(configuration: configuration).walk(root, onlyFile: onlyFile)
        return analyze(files: walked.files, root: root.displayPath)
    }

    /// Analyzes already-walked files (tests, embedding).
    ///
    /// A project is a folder with its own agent configuration (`.claude/`, `.cursor/`, `.gemini/`,
    /// `.vscode/`, `.codex/`, `.roo/` or a root-level MCP file). Each project's files are judged and
    /// recommended on their own: one app's `deny` never hides another app's `allow`. Instruction files
    /// and launches belong to the nearest project above them (the repository root otherwise).
    public static func analyze(files: [SourceFile], root: String = ".") -> AgentPolicyReport {
        struct Key: Hashable { var project: String; var product: AgentProduct }
        var settingsBy: [Key: [(AgentSettings, String)]] = [:]
        var filesBy: [Key: [String]] = [:]
        var launchesBy: [Key: [LaunchRecord]] = [:]
        var pendingInstructions: [(String, AgentProduct)] = []
        var pendingLaunches: [(String, AgentProduct, LaunchRecord)] = []
        for f in files {
            let path = f.relativePath
            if !f.isVendored, let (product, format) = configFormat(f), let bytes = f.bytes {
                let parsed: AgentSettings?
                switch format {
                case .codexConfig: parsed = try? CodexConfigReader.parse(bytes)
                case .geminiPolicy: parsed = try? GeminiPolicyReader.parse(bytes)
                default: parsed = try? AgentSettingsParser.parse(bytes, product: product, format: format)
                }
                // A file named like a Codex config that sets nothing Codex reads (a documentation sample) is not one.
                if format == .codexConfig, let s = parsed, s.modes.isEmpty, s.mcpServers.isEmpty, s.additionalDirectories.isEmpty {
                    f.releaseCache(); continue
                }
                let key = Key(project: projectRoot(of: path), product: product)
                filesBy[key, default: []].append(path)
                if let s = parsed { settingsBy[key, default: []].append((s, path)) }
            } else if !f.isVendored, AgentConfigLocator.instructionKind(path) == .agentInstructions, let p = productOfInstructions(path) {
                pendingInstructions.append((path, p))
            }
            if !f.isVendored, let site = AgentConfigLocator.isLaunchSite(path), let bytes = f.bytes {
                for l in AgentLaunchParser.parse(bytes, site: site == .packageJSON ? .shell : site, path: path) {
                    pendingLaunches.append((path, l.product, LaunchRecord(path: path, line: l.line, flag: l.flag, excerpt: l.excerpt)))
                }
            }
            f.releaseCache()
        }
        let projects = Set(filesBy.keys.map(\.project))
        for (path, p) in pendingInstructions {
            filesBy[Key(project: nearestProject(path, projects), product: p), default: []].append(path)
        }
        for (path, p, l) in pendingLaunches {
            launchesBy[Key(project: nearestProject(path, projects), product: p), default: []].append(l)
        }
        var keys = Set(filesBy.keys).union(launchesBy.keys)
        // MCP-only files of unknown clients are reported under the client whose file it is.
        keys = keys.filter { $0.product != .genericMCP }
        var entries: [AgentPolicyEntry] = []
        for key in keys.sorted(by: { ($0.project, $0.product.rawValue) < ($1.project, $1.product.rawValue) }) {
            let p = key.product
            let sources = settingsBy[key] ?? []
            var grants: [PermissionGrant] = []
            var seen = Set<String>()
            for (s, path) in sources {
                for g in PermissionEngine.grants(s, path: path, mergedRules: sources) {
                    let k = "\(g.operation.rawValue)|\(g.path)|\(g.keyPath)|\(g.grantedBy)"
                    if seen.insert(k).inserted { grants.append(g) }
                }
            }
            let launches = launchesBy[key] ?? []
            var recommended = RecommendedPolicy.render(p, existing: sources, grants: grants)
            if key.project != ".", !recommended.path.hasPrefix("(") {
                let own = sources.first?.1.hasPrefix(key.project + "/") == true && recommended.path.hasPrefix(key.project + "/")
                if !own { recommended.path = key.project + "/" + recommended.path }
            }
            let deviations = check(p, sources: sources, grants: grants, launches: launches)
            var entry = AgentPolicyEntry(agent: p, files: (filesBy[key] ?? []).sorted(), granted: grants,
                                         launches: launches, recommended: recommended, deviations: deviations)
            entry.project = key.project
            entries.append(entry)
        }
        return AgentPolicyReport(root: root, agents: entries)
    }

    /// The agent and format of a configuration file: by path, or by content for Gemini CLI policy TOML.
    static func configFormat(_ f: SourceFile) -> (AgentProduct, AgentConfigFormat)? {
        if let c = AgentConfigLocator.classify(f.relativePath) { return c }
        if AgentDocument.isGeminiPolicyCandidate(f) { return (.gemini, .geminiPolicy) }
        return nil
    }

    static let configFolders: Set<String> = [".claude", ".cursor", ".gemini", ".vscode", ".codex", ".roo", ".windsurf", ".kiro", ".continue", ".amazonq", ".zed"]

    /// The project a configuration file belongs to: the folder holding its agent folder, or its own folder.
    static func projectRoot(of path: String) -> String {
        let comps = path.split(separator: "/").map(String.init)
        var dir = Array(comps.dropLast())
        if let i = dir.lastIndex(where: { configFolders.contains($0) }) { dir = Array(dir[..<i]) }
        else if dir.last == "policies", dir.count >= 2, configFolders.contains(dir[dir.count - 2]) { dir = Array(dir.dropLast(2)) }
        return dir.isEmpty ? "." : dir.joined(separator: "/")
    }

    /// The closest project folder above a path, or the root.
    static func nearestProject(_ path: String, _ projects: Set<String>) -> String {
        var dir = path.split(separator: "/").dropLast().map(String.init)
        while !dir.isEmpty {
            if projects.contains(dir.joined(separator: "/")) { return dir.joined(separator: "/") }
            dir.removeLast()
        }
        return "."
    }

    static func productOfInstructions(_ path: String) -> AgentProduct? {
        let low = path.lowercased()
        let name = low.split(separator: "/").last.map(String.init) ?? low
        if name == "claude.md" || name == "claude.local.md" || low.contains(".claude/") { return .claudeCode }
        if name == ".cursorrules" || low.contains(".cursor/rules") { return .cursor }
        if name == "copilot-instructions.md" || name.hasSuffix(".instructions.md") || name.hasSuffix(".prompt.md") { return .vscode }
        if name == "gemini.md" || low.contains(".gemini/") { return .gemini }
        // Codex reads `AGENTS.md` by that exact name; a lower-case `agents.md` page (documentation) is not one.
        let exact = path.split(separator: "/").last.map(String.init) ?? path
        if exact == "AGENTS.md" || exact == "AGENTS.override.md" || low.contains(".codex/") { return .codex }
        if name == ".windsurfrules" || low.contains(".windsurf/") { return .windsurf }
        if name == ".clinerules" || low.contains(".clinerules/") { return .cline }
        if name == ".roorules" || low.contains(".roo/") { return .roo }
        if low.contains(".continue/") { return .continueDev }
        return nil
    }

    /// Deviations of an existing configuration from least privilege.
    public static func check(_ p: AgentProduct, sources: [(AgentSettings, String)], grants: [PermissionGrant],
                             launches: [LaunchRecord]) -> [PolicyDeviation] {
        var out: [PolicyDeviation] = []
        for g in grants {
            let ex = g.example.map { " (`\($0)`)" } ?? ""
            out.append(PolicyDeviation(operation: g.operation, path: g.path, line: g.line > 0 ? g.line : nil,
                                       message: "\(g.operation.title)\(ex) runs without approval, granted by `\(g.grantedBy)`",
                                       recommendation: g.saferSetting))
        }
        for l in launches {
            out.append(PolicyDeviation(operation: .bypassMode, path: l.path, line: l.line,
                                       message: "launched with `\(l.flag)`: every tool call runs without approval",
                                       recommendation: "drop the flag and pass an explicit tool allowlist"))
        }
        for (s, path) in sources {
            for srv in s.mcpServers where !srv.disabled {
                if let u = MCPLaunchAnalysis.unpinned(srv) {
                    out.append(PolicyDeviation(operation: nil, path: path, line: u.mark.line > 0 ? u.mark.line : nil,
                                               message: "MCP server `\(srv.name)` runs `\(u.launcher) \(u.package)` unpinned (\(u.reason))",
                                               recommendation: "pin an exact version or image digest"))
                }
                for sec in MCPLaunchAnalysis.literalSecrets(srv) {
                    out.append(PolicyDeviation(operation: nil, path: path, line: sec.mark.line > 0 ? sec.mark.line : nil,
                                               message: "MCP server `\(srv.name)` holds a literal secret in \(sec.where_) `\(sec.key)` (\(sec.redacted))",
                                               recommendation: "revoke it and reference it from the environment or an input"))
                }
            }
        }
        if p == .claudeCode {
            let settings = sources.filter { $0.0.format == .claudeSettings }
            if !settings.isEmpty {
                if !settings.contains(where: { $0.0.mode("permissions.disableBypassPermissionsMode")?.value == "disable" }) {
                    out.append(PolicyDeviation(operation: .bypassMode, path: settings[0].1, line: nil,
                                               message: "bypass mode can still be switched on (`disableBypassPermissionsMode` is not set)",
                                               recommendation: "add `\"disableBypassPermissionsMode\": \"disable\"` to `permissions`"))
                }
                let denies = settings.flatMap { $0.0.rules }.filter { $0.decision == .deny }.map(\.text)
                if !denies.contains(where: { $0.hasPrefix("Read(") && $0.contains(".env") }) {
                    out.append(PolicyDeviation(operation: nil, path: settings[0].1, line: nil,
                                               message: "nothing stops the agent from reading `.env` files",
                                               recommendation: "deny `Read(./.env)` and `Read(./.env.*)`"))
                }
            }
        }
        return out
    }
}
