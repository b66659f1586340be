import BulwarkCore
import Foundation

/// What the auditor knows about a repository: its files, the text of small ones, and the findings
/// of a full scan. Layers are judged from these facts only.
public struct RepositoryFacts: Sendable {
    public var root: String
    /// Repository-relative paths of every walked file.
    public var files: [String]
    public var findings: [Finding]
    /// What CI runs (commands and actions of GitHub workflows, local actions and GitLab CI), read
    /// with the workflows family's parsers, for "does CI run X" checks.
    public var ci: CIFacts
    public var now: Date

    /// Facts of a scanned repository: `files` are the scan's walked files (root-relative); CI files
    /// among them are parsed here.
    public init(root: String, files: [String], findings: [Finding], now: Date = Date()) {
        self.init(root: root, files: files, findings: findings, ci: CIFacts.read(root: root, files: files), now: now)
    }

    public init(root: String, files: [String], findings: [Finding], ci: CIFacts, now: Date = Date()) {
        self.root = root
        self.files = files
        self.findings = findings
        self.ci = ci
        self.now = now
    }

    /// Reads a small repository file as text (nil when missing, unreadable or over 4 MiB).
    public func text(_ relative: String) -> String? {
        let path = root + "/" + relative
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attrs[.size] as? Int, size <= 4 << 20 else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }

    public func files(where predicate: (String) -> Bool) -> [String] { files.filter(predicate) }

    public static func name(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    public static let modelExtensions: Set<String> = ["pt", "pth", "bin", "pkl", "pickle", "ckpt", "joblib", "safetensors",
                                                      "gguf", "onnx", "h5", "hdf5", "keras", "npy", "npz", "pb", "tflite", "mlmodel"]
    public static let pickleExtensions: Set<String> = ["pt", "pth", "bin", "pkl", "pickle", "ckpt", "joblib", "npy", "npz", "h5", "keras"]

    static func ext(_ path: String) -> String {
        let n = name(path)
        guard let dot = n.lastIndex(of: "."), dot != n.startIndex else { return "" }
        return n[n.index(after: dot)...].lowercased()
    }

    /// Model files by extension, outside vendored folders. (`.bin` counts only next to a config.json
    /// or in a `models` folder: many `.bin` files are not models.)
    public var modelFiles: [String] {
        files.filter { p in
            let e = Self.ext(p)
            guard Self.modelExtensions.contains(e), !isVendored(p) else { return false }
            if e == "bin" {
                let dir = p.split(separator: "/").dropLast().joined(separator: "/")
                return p.lowercased().contains("model") || files.contains(dir.isEmpty ? "config.json" : dir + "/config.json")
            }
            return true
        }
    }

    public var pickleModelFiles: [String] { modelFiles.filter { Self.pickleExtensions.contains(Self.ext($0)) } }

    public func isVendored(_ p: String) -> Bool {
        p.split(separator: "/").dropLast().contains { SourceFile.vendorDirectories.contains(String($0)) }
    }

    public static let manifestNames: Set<String> = ["requirements.txt", "pyproject.toml", "Pipfile", "setup.py", "package.json",
                                                    "Cargo.toml", "go.mod", "Gemfile", "Package.swift", "environment.yml"]
    public static let lockfileNames: Set<String> = ["poetry.lock", "uv.lock", "Pipfile.lock", "pdm.lock", "pylock.toml",
                                                    "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock",
                                                    "bun.lock", "bun.lockb", "Cargo.lock", "go.sum", "Gemfile.lock", "Package.resolved"]

    public var manifests: [String] { files.filter { Self.manifestNames.contains(Self.name($0)) && !isVendored($0) } }
    public var lockfiles: [String] { files.filter { Self.lockfileNames.contains(Self.name($0)) && !isVendored($0) } }
    /// requirements files pinned with hashes count as lockfiles.
    public var hashedRequirements: [String] {
        files.filter { Self.name($0).hasPrefix("requirements") && Self.name($0).hasSuffix(".txt") && !isVendored($0) }
            .filter { text($0)?.contains("--hash=sha256:") == true }
    }

    public var workflowFiles: [String] {
        files.filter { ($0.hasPrefix(".github/workflows/") && ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml"))) || $0 == ".gitlab-ci.yml" }
    }

    public static let agentConfigMarkers = [".claude/", ".cursor/", ".vscode/mcp.json", ".gemini/", ".codex/", ".mcp.json",
                                            ".windsurfrules", ".cursorrules", "CLAUDE.md", "AGENTS.md", "GEMINI.md", "mcp_config.json",
                                            ".github/copilot-instructions.md"]
    public var agentConfigs: [String] {
        files.filter { p in !isVendored(p) && Self.agentConfigMarkers.contains { p == $0 || p.hasPrefix($0) || p.hasSuffix("/" + $0) } }
    }
    public var mcpConfigs: [String] {
        files.filter { p in !isVendored(p) && (p.hasSuffix(".mcp.json") || p.hasSuffix("mcp.json") || p.hasSuffix("mcp_config.json")) }
    }

    /// Findings of a family, optionally only those whose rule id contains one of the keywords.
    public func findings(family: String, keywords: [String] = [], atLeast: Severity = .low) -> [Finding] {
        findings.filter { f in
            f.family == family && f.severity >= atLeast && (keywords.isEmpty || keywords.contains { f.ruleID.contains($0) })
        }
    }
}
