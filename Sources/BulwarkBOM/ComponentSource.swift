import BulwarkFormats
import Foundation

/// What one lockfile (or other manifest) contributes to the BOM.
public struct ComponentSourceOutput: Sendable {
    public var components: [BOMComponent] = []
    /// Edges between the components of this source.
    public var dependencies: [BOMDependency] = []
    /// The components the project itself depends on directly.
    public var direct: [String] = []
    public var notes: [String] = []
    public init() {}
}

/// Turns one file into library components. `resolve` reads another repository file by its
/// relative path (a manifest beside a lockfile, a `-r` include), nil when it does not exist.
public protocol ComponentSource: Sendable {
    var name: String { get }
    /// Cheap path check (relative path, `/` separators).
    func wants(_ relativePath: String) -> Bool
    func components(file relativePath: String, bytes: [UInt8], resolve: @escaping @Sendable (String) -> [UInt8]?) -> ComponentSourceOutput
}

/// Every lockfile and manifest the dependency family parses (BulwarkFormats/Lockfiles), as BOM
/// libraries with purls, hashes, scope and the dependency graph. A manifest is skipped when a
/// lockfile of its ecosystem sits beside it: the lockfile has the resolved versions.
public struct LockfileComponentSource: ComponentSource {
    public init() {}
    public var name: String { "lockfiles" }

    /// Kinds whose packages are libraries of the project (OS layers and images come from InfraSources).
    static let kinds: Set<DependencyFileKind> = [
        .requirementsTxt, .pyproject, .poetryLock, .uvLock, .pipfileLock, .pipfile, .pdmLock, .pylock, .condaEnvironment,
        .packageLock, .npmShrinkwrap, .pnpmLock, .yarnLock, .bunLock, .packageJSON, .cargoLock, .cargoToml,
        .goMod, .goSum, .packageResolved, .gemfileLock, .composerLock, .composerJSON,
    ]
    /// Manifests and the lockfiles that supersede them in the same folder.
    static let supersededBy: [DependencyFileKind: [String]] = [
        .pyproject: ["poetry.lock", "uv.lock", "pdm.lock", "pylock.toml"],
        .pipfile: ["Pipfile.lock"],
        .packageJSON: ["package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock"],
        .cargoToml: ["Cargo.lock"],
        .goMod: ["go.sum"],
        .composerJSON: ["composer.lock"],
    ]

    public func wants(_ path: String) -> Bool {
        guard let k = DependencyFileKind.detect(path: path) else { return false }
        return Self.kinds.contains(k)
    }

    static func purlType(_ e: Ecosystem) -> String {
        switch e {
        case .pypi: "pypi"
        case .npm: "npm"
        case .crates: "cargo"
        case .go: "golang"
        case .swift: "swift"
        case .rubygems: "gem"
        case .conda: "conda"
        case .debian: "deb"
        case .alpine: "apk"
        case .docker: "docker"
        case .packagist: "composer"
        }
    }

    /// CycloneDX hash from a lockfile integrity string (`sha256:hex`, `sha512-base64`, bare hex).
    static func hash(_ s: String) -> (String, String)? {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        let algs = [("sha512", "SHA-512"), ("sha384", "SHA-384"), ("sha256", "SHA-256"), ("sha1", "SHA-1")]
        for (prefix, name) in algs {
            if s.hasPrefix(prefix + ":") {
                let v = s.dropFirst(prefix.count + 1).lowercased()
                return v.allSatisfy(\.isHexDigit) ? (name, v) : nil
            }
            if s.hasPrefix(prefix + "-"), let d = Data(base64Encoded: String(s.dropFirst(prefix.count + 1))) {
                return (name, hex(Array(d)))
            }
        }
        if s.count == 64, s.allSatisfy(\.isHexDigit) { return ("SHA-256", s.lowercased()) }
        return nil
    }

    /// `name@version` -> license from a package-lock.json `packages` map (the parsers keep no licenses).
    static func npmLicenses(_ bytes: [UInt8]) -> [String: String] {
        guard let doc = try? JSONParser.parse(bytes), let packages = doc["packages"]?.members else { return [:] }
        var out: [String: String] = [:]
        for m in packages {
            guard let range = m.key.range(of: "node_modules/", options: .backwards) else { continue }
            let name = String(m.key[range.upperBound...])
            if let v = m.value["version"]?.string, let l = m.value["license"]?.string { out[name + "@" + v] = l }
        }
        return out
    }

    public func components(file path: String, bytes: [UInt8], resolve: @escaping @Sendable (String) -> [UInt8]?) -> ComponentSourceOutput {
        var out = ComponentSourceOutput()
        guard let kind = DependencyFileKind.detect(path: path) else { return out }
        let dir = RepoPath.directory(of: path)
        if let locks = Self.supersededBy[kind], locks.contains(where: { resolve(RepoPath.join(dir, $0)) != nil }) { return out }
        let parsed: DependencyFile
        do {
            guard let p = try LockfileParser.parse(path: path, bytes: bytes, resolve: resolve) else { return out }
            parsed = p
        } catch {
            out.notes.append("\(path): \(error)")
            return out
        }
        var refByName: [String: String] = [:]
        var unpinned = 0
        let licenses = (kind == .packageLock || kind == .npmShrinkwrap) ? Self.npmLicenses(bytes) : [:]
        // requirements-dev.txt, requirements/test.txt...: tools, not the shipped product.
        let devFile = kind == .requirementsTxt && ["dev", "test", "lint", "doc"].contains { path.lowercased().split(separator: "/").last?.contains($0) ?? false }
        for p in parsed.packages {
            guard let version = p.version, !version.isEmpty else { unpinned += 1; continue }
            var namespace: String? = nil
            var name = p.normalizedName
            if p.ecosystem == .npm, name.hasPrefix("@"), let slash = name.firstIndex(of: "/") {
                namespace = String(name[..<slash]); name = String(name[name.index(after: slash)...])
            } else if p.ecosystem == .go || p.ecosystem == .packagist, let slash = name.lastIndex(of: "/") {
                namespace = String(name[..<slash]); name = String(name[name.index(after: slash)...])
            }
            let purl = PURL.make(type: Self.purlType(p.ecosystem), namespace: namespace, name: name, version: version)
            var c = BOMComponent(ref: purl, kind: .library, name: name, version: version, purl: purl)
            c.group = namespace
            c.scope = p.isDev || devFile ? "optional" : "required"
            c.hashes = p.hashes.compactMap(Self.hash)
            if let lic = licenses[p.name + "@" + version] { c.licenses = [BOMLicense.from(lic)] }
            c.occurrences = [BOMOccurrence(location: path, line: p.line)]
            c.properties.append(("bulwark:source", path))
            if p.sourceKind != .registry { c.properties.append(("bulwark:source-kind", p.sourceKind.rawValue)) }
            if let u = p.sourceURL { c.externalReferences.append((type: p.sourceKind == .registry ? "distribution" : "vcs", url: u, comment: nil)) }
            if p.hasInstallScript { c.properties.append(("bulwark:install-script", "true")) }
            out.components.append(c)
            if refByName[p.normalizedName] == nil { refByName[p.normalizedName] = purl }
            if p.isDirect || p.depth <= 1 { out.direct.append(purl) }
        }
        var edges: [String: [String]] = [:]
        for p in parsed.packages {
            guard let child = p.version.flatMap({ _ in refByName[p.normalizedName] }),
                  let parentName = p.parents.last, let parent = refByName[p.ecosystem.normalize(parentName)], parent != child else { continue }
            if !(edges[parent]?.contains(child) ?? false) { edges[parent, default: []].append(child) }
        }
        out.dependencies = edges.sorted { $0.key < $1.key }.map { BOMDependency(ref: $0.key, dependsOn: $0.value.sorted()) }
        if unpinned > 0 { out.notes.append("\(path): \(unpinned) package(s) without a resolved version are not in the BOM") }
        return out
    }
}

