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

/// Turns one file into library components. The dependency family's lockfile parsers
/// (Sources/BulwarkFormats/Lockfiles/) plug in here; the two adapters below are minimal stand-ins
/// for requirements.txt and package-lock.json until they are connected.
public protocol ComponentSource: Sendable {
    var name: String { get }
    /// Cheap path check (relative path, `/` separators).
    func wants(_ relativePath: String) -> Bool
    func components(file relativePath: String, bytes: [UInt8]) -> ComponentSourceOutput
}

/// `requirements*.txt` pinned with `==` (and `--hash=` options, as pip-compile writes them).
public struct RequirementsTxtSource: ComponentSource {
    public init() {}
    public var name: String { "requirements.txt" }

    public func wants(_ path: String) -> Bool {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasPrefix("requirements") && file.hasSuffix(".txt") && !path.contains("node_modules/") && !path.contains("site-packages/")
    }

    /// PEP 503 normalized name.
    public static func normalize(_ name: String) -> String {
        var out = ""
        var lastSep = false
        for ch in name.lowercased() {
            if ch == "-" || ch == "_" || ch == "." {
                if !lastSep { out.append("-") }
                lastSep = true
            } else {
                out.append(ch)
                lastSep = false
            }
        }
        return out
    }

    public func components(file path: String, bytes: [UInt8]) -> ComponentSourceOutput {
        var out = ComponentSourceOutput()
        let text = String(decoding: bytes.prefix(16 << 20), as: UTF8.self)
        let lower = path.lowercased()
        let isDev = ["dev", "test", "lint", "doc"].contains { lower.split(separator: "/").last?.contains($0) ?? false }
        // Join backslash continuations, remembering the first line of each logical line.
        var logical: [(Int, String)] = []
        var current = ""
        var startLine = 1
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            if current.isEmpty { startLine = i + 1 }
            if line.hasSuffix("\\") {
                current += line.dropLast() + " "
                continue
            }
            current += line
            logical.append((startLine, current))
            current = ""
        }
        if !current.isEmpty { logical.append((startLine, current)) }

        for (lineNo, var line) in logical {
            var hashes: [String] = []
            // Options first: --hash=sha256:...
            for token in line.split(separator: " ") where token.hasPrefix("--hash=") {
                let v = token.dropFirst(7)
                if v.hasPrefix("sha256:") { hashes.append(String(v.dropFirst(7)).lowercased()) }
            }
            if let hashIdx = line.range(of: " --hash") { line = String(line[..<hashIdx.lowerBound]) }
            if let c = line.range(of: " #") { line = String(line[..<c.lowerBound]) }
            if let semi = line.firstIndex(of: ";") { line = String(line[..<semi]) }
            line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("-") { continue }
            guard let eq = line.range(of: "==") else {
                if line.first?.isLetter == true {
                    out.notes.append("\(path):\(lineNo): `\(line)` is not pinned with == (no version in the BOM)")
                }
                continue
            }
            var name = line[..<eq.lowerBound].trimmingCharacters(in: .whitespaces)
            if let bracket = name.firstIndex(of: "[") { name = String(name[..<bracket]) }  // extras
            let version = line[eq.upperBound...].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !version.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else { continue }
            let norm = Self.normalize(name)
            let purl = PURL.make(type: "pypi", name: norm, version: version)
            var c = BOMComponent(ref: purl, kind: .library, name: norm, version: version, purl: purl)
            c.scope = isDev ? "optional" : "required"
            c.hashes = hashes.filter { $0.count == 64 }.map { ("SHA-256", $0) }
            c.occurrences = [BOMOccurrence(location: path, line: lineNo)]
            c.properties.append(("bulwark:source", path))
            out.components.append(c)
            out.direct.append(purl)
        }
        return out
    }
}

/// npm `package-lock.json` (lockfileVersion 2 and 3: the `packages` map).
public struct PackageLockSource: ComponentSource {
    public init() {}
    public var name: String { "package-lock.json" }

    public func wants(_ path: String) -> Bool {
        (path == "package-lock.json" || path.hasSuffix("/package-lock.json")) && !path.contains("node_modules/")
    }

    static func integrityHash(_ s: String) -> (String, String)? {
        let parts = s.split(separator: " ").first?.split(separator: "-", maxSplits: 1) ?? []
        guard parts.count == 2, let d = Data(base64Encoded: String(parts[1])) else { return nil }
        let hex = d.map { String(format: "%02x", $0) }.joined()
        switch parts[0] {
        case "sha512": return ("SHA-512", hex)
        case "sha384": return ("SHA-384", hex)
        case "sha256": return ("SHA-256", hex)
        case "sha1": return ("SHA-1", hex)
        default: return nil
        }
    }

    public func components(file path: String, bytes: [UInt8]) -> ComponentSourceOutput {
        var out = ComponentSourceOutput()
        guard let root = try? JSONParser.parse(bytes), let packages = root["packages"]?.members else {
            out.notes.append("\(path): not a package-lock.json v2/v3 (no `packages` map); skipped")
            return out
        }
        var refByPath: [String: String] = [:]
        var entries: [(String, JSONNode)] = []
        for m in packages where !m.key.isEmpty {
            guard let range = m.key.range(of: "node_modules/", options: .backwards) else { continue }
            let name = String(m.key[range.upperBound...])
            guard let version = m.value["version"]?.string, !name.isEmpty else { continue }
            var ns: String?
            var short = name
            if name.hasPrefix("@"), let slash = name.firstIndex(of: "/") {
                ns = String(name[..<slash])
                short = String(name[name.index(after: slash)...])
            }
            let purl = PURL.make(type: "npm", namespace: ns, name: short, version: version)
            refByPath[m.key] = purl
            entries.append((m.key, m.value))
            if out.components.contains(where: { $0.ref == purl }) { continue }
            var c = BOMComponent(ref: purl, kind: .library, name: short, version: version, purl: purl)
            c.group = ns
            let dev = m.value["dev"]?.bool == true || m.value["devOptional"]?.bool == true
            c.scope = dev ? "optional" : "required"
            if let integ = m.value["integrity"]?.string, let h = Self.integrityHash(integ) { c.hashes = [h] }
            if let lic = m.value["license"]?.string { c.licenses = [BOMLicense.from(lic)] }
            if let resolved = m.value["resolved"]?.string { c.externalReferences.append(("distribution", resolved, nil)) }
            c.properties.append(("bulwark:source", path))
            out.components.append(c)
        }
        // Node's resolution: look in nested node_modules first, then each parent.
        func resolve(_ dep: String, from pkgPath: String) -> String? {
            var base = pkgPath
            while true {
                let candidate = (base.isEmpty ? "" : base + "/") + "node_modules/" + dep
                if let r = refByPath[candidate] { return r }
                if base.isEmpty { return nil }
                if let r = base.range(of: "/node_modules/", options: .backwards) {
                    base = String(base[..<r.lowerBound])
                } else {
                    base = ""
                }
            }
        }
        func deps(_ node: JSONNode, dev: Bool) -> [String] {
            var names = (node["dependencies"]?.members ?? []).map(\.key)
            names += (node["optionalDependencies"]?.members ?? []).map(\.key)
            names += (node["peerDependencies"]?.members ?? []).map(\.key)
            if dev { names += (node["devDependencies"]?.members ?? []).map(\.key) }
            return names
        }
        for (p, node) in entries {
            guard let ref = refByPath[p] else { continue }
            let targets = deps(node, dev: false).compactMap { resolve($0, from: p) }
            if !targets.isEmpty { out.dependencies.append(BOMDependency(ref: ref, dependsOn: targets)) }
        }
        if let top = packages.first(where: { $0.key.isEmpty })?.value {
            out.direct = deps(top, dev: true).compactMap { resolve($0, from: "") }
        }
        return out
    }
}
