import BulwarkCore
import BulwarkFormats
import Foundation

/// `.bulwark/approvals.yml`: the record of dependencies, models and MCP servers a person approved.
/// It is meant to be owned by CODEOWNERS, so an approval is a reviewed change like any other.
///
/// ```yaml
/// version: 1
/// dependencies:
///   - package: pypi/httpx          # ecosystem/name (pypi, npm, crates, go, rubygems, ...)
///     version: 0.27.2              # optional: omitted approves any version
///     approved-by: alice
///     reason: async HTTP client for the webhook worker
/// models:
///   - path: models/classifier.safetensors
///     sha256: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b
///     approved-by: bob
/// mcp-servers:
///   - name: github
///     approved-by: carol
/// ```
public struct Approvals: Sendable {
    public struct Dependency: Sendable { public var ecosystem: String; public var name: String; public var version: String? }
    public struct Model: Sendable { public var path: String; public var sha256: String? }

    public var dependencies: [Dependency] = []
    public var models: [Model] = []
    public var mcpServers: Set<String> = []

    public init() {}

    public static let path = ".bulwark/approvals.yml"

    public static func load(root: String) throws -> Approvals {
        let file = root + "/" + path
        // Only a regular file of sane size is read (a FIFO would block, a huge file is not approvals).
        var st = stat()
        guard lstat(file, &st) == 0 else { return Approvals() }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw Configuration.Error(file: path, line: nil, message: "the approvals file is not a regular file (symbolic links are not followed)")
        }
        guard st.st_size <= 4 << 20 else {
            throw Configuration.Error(file: path, line: nil, message: "the approvals file is larger than 4 MiB")
        }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return Approvals() }
        return try parse(text, source: path)
    }

    public static func parse(_ text: String, source: String) throws -> Approvals {
        var a = Approvals()
        // The file is part of the reviewed change, but a pull request can still edit it: the
        // bounded reader refuses alias bombs and deep nesting with a line instead of hanging.
        var limits = YAMLLimits()
        limits.maxBytes = 4 << 20
        limits.maxNodes = 500_000
        limits.maxDepth = 64
        let node: YNode?
        do { node = try YAMLTree.parse(text, limits: limits) } catch {
            throw Configuration.Error(file: source, line: error.line, message: "invalid YAML: \(error.message)")
        }
        guard let node else { return a }
        guard case .mapping(let top) = node else {
            throw Configuration.Error(file: source, line: node.line, message: "approvals must be a mapping with dependencies, models, mcp-servers")
        }
        func entries(_ key: String) throws -> [(YMapping, Int?)] {
            guard let v = top[key] else { return [] }
            guard case .sequence(let seq) = v else {
                throw Configuration.Error(file: source, line: v.line, message: "`\(key)` must be a list")
            }
            return try seq.items.map { n in
                guard case .mapping(let m) = n else {
                    throw Configuration.Error(file: source, line: n.line, message: "each `\(key)` entry must be a mapping")
                }
                return (m, n.line)
            }
        }
        for k in top.entries.map(\.key) {
            guard ["version", "dependencies", "models", "mcp-servers"].contains(k.value) else {
                throw Configuration.Error(file: source, line: k.line, message: "unknown key `\(k.value)` (expected version, dependencies, models, mcp-servers)")
            }
        }
        for (m, line) in try entries("dependencies") {
            guard let pkg = m["package"]?.string, let slash = pkg.firstIndex(of: "/") else {
                throw Configuration.Error(file: source, line: line, message: "a dependency approval needs `package: ecosystem/name` (e.g. pypi/requests)")
            }
            a.dependencies.append(Dependency(ecosystem: String(pkg[..<slash]).lowercased(), name: String(pkg[pkg.index(after: slash)...]),
                                             version: m["version"]?.string))
        }
        for (m, line) in try entries("models") {
            guard let p = m["path"]?.string else {
                throw Configuration.Error(file: source, line: line, message: "a model approval needs `path:` (and should pin `sha256:`)")
            }
            a.models.append(Model(path: p, sha256: m["sha256"]?.string?.lowercased()))
        }
        for (m, line) in try entries("mcp-servers") {
            guard let n = m["name"]?.string else {
                throw Configuration.Error(file: source, line: line, message: "an MCP server approval needs `name:`")
            }
            a.mcpServers.insert(n)
        }
        return a
    }

    /// Whether a package (ecosystem as OSV names it, e.g. `PyPI`) at a version is approved.
    public func approves(ecosystem: String, normalizedName: String, version: String?, normalize: (String) -> String) -> Bool {
        let eco = Self.shortEcosystem(ecosystem)
        return dependencies.contains { d in
            Self.shortEcosystem(d.ecosystem) == eco && normalize(d.name) == normalizedName && (d.version == nil || d.version == version)
        }
    }

    public func approves(modelPath: String, sha256: String) -> Bool {
        models.contains { $0.path == modelPath && ($0.sha256 == nil || $0.sha256 == sha256) }
    }

    static func shortEcosystem(_ e: String) -> String {
        switch e.lowercased() {
        case "pypi", "pip", "python": "pypi"
        case "npm", "node": "npm"
        case "crates.io", "crates", "cargo": "crates"
        case "go", "golang": "go"
        case "rubygems", "gem": "rubygems"
        default: e.lowercased()
        }
    }
}
