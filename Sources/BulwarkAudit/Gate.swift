import BulwarkAgents
import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import BulwarkKit
import Foundation

/// The pull-request gate: what a change adds compared with its base, and whether it may land.
///
/// The base tree is written from git's objects with `cat-file` (nothing in the repository is touched,
/// and no filter or driver the repository configures runs); the head side is the files git tracks
/// plus new files that are not ignored. Both trees are scanned with the base's `.bulwark.yml`, so a
/// change cannot relax the rules that judge it, and the base's audit log anchors the branch's.
public struct Gate {
    public struct Options: Sendable {
        public var repository: String
        public var base: String
        public var failOn: Severity = .high
        public init(repository: String, base: String) {
            self.repository = repository
            self.base = base
        }
    }

    /// A package added or changed by the change.
    public struct DependencyChange: Sendable {
        public var file: String
        public var ecosystem: String
        public var name: String
        public var oldVersion: String?
        public var newVersion: String?
        public var source: String?
        public var direct: Bool
        public var approved: Bool
        /// The dependency family's verdict: `none`, or the worst of malicious, advisory, typosquat.
        public var verdict: String
    }

    public struct Result: Sendable {
        public var newFindings: [Finding]
        public var dependencyChanges: [DependencyChange]
        public var violations: [Finding]
        public var baseDescription: String
        public var failOn: Severity

        /// Findings that block the change: new findings at or above the threshold, and violations.
        /// What blocks the change, most severe first.
        public var blocking: [Finding] {
            (newFindings.filter { $0.severity >= failOn } + violations).sorted {
                $0.severity != $1.severity ? $0.severity > $1.severity : Finding.stableOrder($0, $1)
            }
        }
        public var passed: Bool { blocking.isEmpty }
    }

    public struct GateError: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    // MARK: Rules of the gate itself

    public static let unapprovedDependency = RuleDescription(
        id: "gate-unapproved-dependency", name: "Dependency added or changed without approval", family: "gate",
        summary: "A change adds or changes a direct dependency that no approval record covers.",
        rationale: """
        ## What it detects
        A pull request that adds a direct dependency, or changes its version or source, without a matching entry in `.bulwark/approvals.yml`.

        ## Why it matters
        Typosquats, takeovers and hallucinated package names enter through exactly this step, more and more often proposed by coding agents. A dependency should be proposed, then approved by a person.

        ## How to fix
        Review the package (`bulwark deps diff --base REF` shows its source, install scripts and verdicts), then add it to `.bulwark/approvals.yml` (owned by CODEOWNERS) in the same pull request.

        ## References
        - CWE-1357: Reliance on Insufficiently Trustworthy Component
        """, defaultSeverity: .high, remediation: "Record a reviewed approval in .bulwark/approvals.yml.")

    public static let unapprovedModel = RuleDescription(
        id: "gate-unapproved-model", name: "Model file added that the admission policy refuses", family: "gate",
        summary: "A change adds or replaces a pickle-capable model file without an approval pinned by hash.",
        rationale: """
        ## What it detects
        A pull request that adds or replaces a model file in a pickle-capable format (.pt, .bin, .pkl, .ckpt, joblib, .npy/.npz, .h5/.keras) that `.bulwark/approvals.yml` does not approve by path and SHA-256.

        ## Why it matters
        Pickle-based weights run code when loaded; a model swapped in a pull request is a code change that no reviewer can read.

        ## How to fix
        Convert the weights to safetensors, or scan them (`bulwark scan --only models`) and approve the exact file by SHA-256.

        ## References
        - CWE-502: Deserialization of Untrusted Data
        """, defaultSeverity: .high, remediation: "Use safetensors, or approve the exact file by sha256 in .bulwark/approvals.yml.")

    public static let newMCPServer = RuleDescription(
        id: "gate-new-mcp-server", name: "MCP server added without approval", family: "gate",
        summary: "A change adds an MCP server to an agent's configuration without approval.",
        rationale: """
        ## What it detects
        A pull request that adds a server to `.mcp.json`, `.cursor/mcp.json`, `.vscode/mcp.json` or similar, whose name `.bulwark/approvals.yml` does not list under `mcp-servers`.

        ## Why it matters
        An MCP server's tool descriptions steer the agent and its code runs with the developer's rights; adding one is a privilege change.

        ## How to fix
        Review the server (pinned version, no literal secrets), lock its tool descriptions with `bulwark mcp pin`, and approve it by name.

        ## References
        - OWASP LLM Top 10: LLM06 Excessive Agency
        """, defaultSeverity: .high, remediation: "Approve the server by name in .bulwark/approvals.yml after review.")

    public static let auditLogRewritten = RuleDescription(
        id: "gate-audit-log-rewritten", name: "Audit log does not extend the base branch's log", family: "gate",
        summary: "A change edits, removes or reorders entries of the hash-chained audit log instead of appending to it.",
        rationale: """
        ## What it detects
        A pull request whose `.bulwark/audit-log.jsonl` is not the base branch's log with entries appended: an entry was changed, removed (including truncation at the end) or reordered, or either log fails to verify.

        ## Why it matters
        The audit log's hash chain shows tampering inside the file, but deleting its last entries leaves a shorter chain that still verifies. The base branch's log is the anchor: a branch may only append to it.

        ## How to fix
        Restore the base branch's entries unchanged and append new ones with `bulwark audit-log append`.

        ## References
        - CWE-117: Improper Output Neutralization for Logs
        - CWE-354: Improper Validation of Integrity Check Value
        """, defaultSeverity: .high, remediation: "Keep the base branch's audit-log entries byte for byte; only append.")

    public static var rules: [RuleDescription] { [unapprovedDependency, unapprovedModel, newMCPServer, auditLogRewritten] }

    /// Where the audit log lives in a repository.
    public static let auditLogPath = ".bulwark/audit-log.jsonl"

    /// The base branch's audit log is the anchor: the head's log must extend it entry for entry.
    static func auditLogViolations(baseRoot: String, headRoot: String, headPaths: Set<String>) -> [Finding] {
        let base = try? SafeRead.file(auditLogPath, under: baseRoot, maxBytes: 256 << 20)
        let head = headPaths.contains(auditLogPath) ? try? SafeRead.file(auditLogPath, under: headRoot, maxBytes: 256 << 20) : nil
        guard base != nil || head != nil else { return [] }
        if base != nil && head == nil {
            return [Finding(rule: auditLogRewritten, message: "the change deletes \(auditLogPath), which the base branch has",
                            location: Location(path: auditLogPath), anchor: "deleted")]
        }
        do {
            _ = try AuditLog.checkExtends(base: base ?? [], head: head ?? [])
            return []
        } catch {
            return [Finding(rule: auditLogRewritten, message: "\(auditLogPath) does not extend the base branch's log: \(error.message)",
                            location: Location(path: auditLogPath), anchor: "rewritten")]
        }
    }

    // MARK: Running

    public static func run(_ options: Options) throws -> Result {
        let repo = options.repository
        let root: String, baseSHA: String
        do {
            root = try GitRepository.topLevel(repo)
            baseSHA = try GitRepository.commit(root, options.base)
        } catch { throw GateError(description: "\(error)") }

        // The base tree is read blob by blob from git's objects (no checkout, archive or filters, so
        // nothing the repository configures runs), and the head side is what git tracks plus new
        // files that are not ignored: build output and caches in ignored folders are not the change.
        let tmp = NSTemporaryDirectory() + "bulwark-gate-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        let headPaths: Set<String>
        do {
            try GitRepository.extract(root, commit: baseSHA, into: tmp)
            headPaths = try GitRepository.workingTreeFiles(root)
        } catch { throw GateError(description: "cannot read the base tree: \(error)") }

        // The base's configuration judges both trees.
        let baseConfigPath = tmp + "/" + Configuration.fileName
        let config = FileManager.default.fileExists(atPath: baseConfigPath) ? try ConfigLoader.load(explicit: baseConfigPath, scanPaths: [tmp]) : Configuration()
        let scanner = Scanner()
        let baseScan = try scanner.scan(ScanOptions(paths: [tmp], configuration: config))
        var headOptions = ScanOptions(paths: [root], configuration: config)
        headOptions.onlyPaths = headPaths
        let headScan = try scanner.scan(headOptions)
        let baseFingerprints = Set(baseScan.findings.map(\.fingerprint))
        let newFindings = headScan.findings.filter { !baseFingerprints.contains($0.fingerprint) }

        let approvals = try Approvals.load(root: root)
        // The scans' own walks (same excludes, same tracked-file filter): no second walk.
        let baseFiles = baseScan.sourceFiles
        let headFiles = headScan.sourceFiles

        var violations: [Finding] = []
        let deps = try dependencyChanges(root: root, base: baseSHA, approvals: approvals)
        for d in deps where d.direct && !d.approved {
            let what = d.oldVersion == nil ? "adds" : "changes"
            let version = d.newVersion.map { " \($0)" } ?? ""
            let from = d.oldVersion.map { " (was \($0))" } ?? ""
            violations.append(Finding(rule: unapprovedDependency,
                                      message: "\(what) \(d.ecosystem) package `\(d.name)`\(version)\(from) without an approval in \(Approvals.path)",
                                      location: Location(path: d.file), anchor: "\(d.ecosystem)/\(d.name)@\(d.newVersion ?? "")"))
        }
        violations += modelViolations(base: baseFiles, head: headFiles, approvals: approvals)
        violations += mcpViolations(base: baseFiles, head: headFiles, approvals: approvals)
        violations += auditLogViolations(baseRoot: tmp, headRoot: root, headPaths: headPaths)

        return Result(newFindings: newFindings, dependencyChanges: deps, violations: violations.sorted(by: Finding.stableOrder),
                      baseDescription: "\(options.base) (\(baseSHA.prefix(12)))", failOn: options.failOn)
    }

    // MARK: Dependencies

    /// Added and changed packages, from the dependency family's `deps diff` (so the gate and the
    /// review list agree), marked approved when `.bulwark/approvals.yml` covers them.
    static func dependencyChanges(root: String, base: String, approvals: Approvals) throws -> [DependencyChange] {
        let diff: DependencyDiff
        do { diff = try DependencyDiff.compare(root: root, base: base) } catch {
            throw GateError(description: "cannot compare dependencies with \(base): \(error)")
        }
        return diff.changes.filter { $0.kind == .added || $0.kind == .changed }.map { c in
            let eco = Ecosystem(osv: c.ecosystem)
            let normalized = eco?.normalize(c.name) ?? c.name.lowercased()
            let approved = approvals.approves(ecosystem: c.ecosystem, normalizedName: normalized, version: c.newVersion,
                                              normalize: { eco?.normalize($0) ?? $0.lowercased() })
            return DependencyChange(file: c.file, ecosystem: c.ecosystem, name: c.name, oldVersion: c.oldVersion,
                                    newVersion: c.newVersion, source: c.sourceURL, direct: c.direct, approved: approved,
                                    verdict: c.verdict)
        }
    }

    // MARK: Models

    static let pickleExtensions: Set<String> = ["pt", "pth", "bin", "pkl", "pickle", "ckpt", "joblib", "npy", "npz", "h5", "keras", "sav", "model"]

    static func modelViolations(base: [SourceFile], head: [SourceFile], approvals: Approvals) -> [Finding] {
        var baseHashes: [String: String] = [:]
        for f in base where pickleExtensions.contains(f.fileExtension) && !f.isVendored { baseHashes[f.relativePath] = digest(f) }
        var out: [Finding] = []
        for f in head where pickleExtensions.contains(f.fileExtension) && !f.isVendored {
            // `.bin` files are models only in model folders; skip other binaries.
            if f.fileExtension == "bin" && !f.relativePath.lowercased().contains("model") { continue }
            let h = digest(f)
            if baseHashes[f.relativePath] == h { continue }
            if approvals.approves(modelPath: f.relativePath, sha256: h) { continue }
            let verb = baseHashes[f.relativePath] == nil ? "adds" : "replaces"
            out.append(Finding(rule: unapprovedModel,
                               message: "\(verb) pickle-capable model file `\(f.relativePath)` (sha256 \(h.prefix(16))…) without an approval pinned by hash",
                               location: Location(path: f.relativePath), anchor: h))
        }
        return out
    }

    /// SHA-256 of a file, streamed in 4 MiB reads.
    static func digest(_ f: SourceFile) -> String {
        var h = SHA256()
        var offset = 0
        while offset < f.size {
            guard let chunk = try? f.read(offset: offset, length: 4 << 20), !chunk.isEmpty else { break }
            h.update(chunk)
            offset += chunk.count
        }
        return h.finalize().hexString
    }

    // MARK: MCP servers

    static func isMCPConfig(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return [".mcp.json", "mcp.json", "mcp_config.json", "cline_mcp_settings.json"].contains(name)
            || path.hasSuffix(".gemini/settings.json") || path.hasSuffix(".claude/settings.json")
    }

    static func mcpServers(_ files: [SourceFile]) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for f in files where isMCPConfig(f.relativePath) && !f.isVendored {
            guard let b = f.bytes, let doc = try? JSONParser.parse(b, limits: .jsonc) else { continue }
            var names = Set<String>()
            for key in ["mcpServers", "servers"] { for m in doc[key]?.members ?? [] { names.insert(m.key) } }
            out[f.relativePath] = names
        }
        return out
    }

    static func mcpViolations(base: [SourceFile], head: [SourceFile], approvals: Approvals) -> [Finding] {
        let before = mcpServers(base)
        var out: [Finding] = []
        for (path, names) in mcpServers(head).sorted(by: { $0.key < $1.key }) {
            for n in names.subtracting(before[path] ?? []).sorted() where !approvals.mcpServers.contains(n) {
                out.append(Finding(rule: newMCPServer, message: "adds MCP server `\(n)` without an approval in \(Approvals.path)",
                                   location: Location(path: path, logicalPath: "mcpServers.\(n)"), anchor: n))
            }
        }
        return out
    }
}
