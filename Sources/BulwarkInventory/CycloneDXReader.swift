import BulwarkFormats
import Foundation

/// Reads CycloneDX JSON (spec 1.2 to 1.7) from any generator into a `BOMDocument`.
///
/// The input is untrusted: it is size-limited, parsed by the bounded JSON parser, and anything that
/// is not a CycloneDX JSON BOM is refused with a one-line reason before anything is written.
public enum CycloneDXReader {
    public struct Limits: Sendable {
        public var maxBytes = 256 << 20
        public var maxComponents = 2_000_000
        public var maxNesting = 32
        /// JSON values in one BOM. Parsed values cost about 55 bytes each at peak (measured: 40 million
        /// `0` values in an 80 MB file took 2.2 GB), so this bounds `inventory add` near 630 MB (measured: 627 MB peak refusing a padded BOM). Real BOMs
        /// have 20 to 60 values per component: 10 million is room for 150,000 or more components.
        public var maxJSONValues = 10_000_000
        public init() {}
    }

    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
        init(_ message: String) { self.message = message }
    }

    public static func read(_ bytes: [UInt8], limits: Limits = Limits()) throws(Error) -> BOMDocument {
        guard bytes.count <= limits.maxBytes else { throw Error("larger than \(limits.maxBytes >> 20) MiB") }
        let firstByte = bytes.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        if firstByte == UInt8(ascii: "<") {
            throw Error("this is XML; Bulwark's inventory reads CycloneDX JSON (convert with `cyclonedx convert --output-format json`)")
        }
        guard firstByte == UInt8(ascii: "{") else { throw Error("not a CycloneDX JSON BOM (not a JSON object)") }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes, limits: .init(maxDepth: 128, maxValues: limits.maxJSONValues))
        } catch {
            if error.message.hasPrefix("more than") {
                throw Error("not read: \(error.message) (split the BOM, for example one per service)")
            }
            throw Error("invalid JSON at \(error)")
        }
        guard root["bomFormat"]?.string == "CycloneDX" else {
            if root["spdxVersion"] != nil || root["@context"] != nil {
                throw Error("this is an SPDX document; the inventory reads CycloneDX JSON BOMs")
            }
            throw Error("not a CycloneDX BOM (`bomFormat` is not \"CycloneDX\")")
        }
        let spec = root["specVersion"]?.string ?? ""
        let supported = ["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"]
        guard supported.contains(spec) else {
            throw Error("unsupported CycloneDX specVersion `\(spec)` (supported: 1.2 to 1.7)")
        }
        if let c = root["components"], c.array == nil { throw Error("`components` is not an array (line \(c.line))") }
        if let d = root["dependencies"], d.array == nil { throw Error("`dependencies` is not an array (line \(d.line))") }

        var builder = Builder(limits: limits)
        let metadata = root["metadata"]
        if let rootComponent = metadata?["component"], rootComponent.members != nil {
            try builder.add(rootComponent, depth: 0)
        }
        let rootCount = builder.components.count
        for c in root["components"]?.array ?? [] {
            try builder.add(c, depth: 0)
        }
        builder.resolveDatasets()

        var edges: [(Int, Int)] = []
        var dangling = 0
        for d in root["dependencies"]?.array ?? [] {
            guard let ref = d["ref"]?.string else { continue }
            guard let parent = builder.byRef[ref] else { dangling += 1; continue }
            for child in d["dependsOn"]?.array ?? [] {
                guard let cr = child.string else { continue }
                if let c = builder.byRef[cr] { edges.append((parent, c)) } else { dangling += 1 }
            }
        }
        if dangling > 0 { builder.warnings.append("\(dangling) dependency reference(s) name no component in the BOM") }
        builder.computePaths(rootCount: rootCount, edges: edges)

        return BOMDocument(
            specVersion: spec,
            serialNumber: root["serialNumber"]?.string,
            bomVersion: root["version"]?.value.numberValue.flatMap { $0.isFinite && abs($0) < 1e9 ? Int($0) : nil },
            timestamp: metadata?["timestamp"]?.string.flatMap(Timestamp.parse),
            generator: generator(metadata?["tools"]),
            repositoryHint: repositoryHint(metadata),
            components: builder.components,
            dependencies: edges,
            warnings: builder.warnings
        )
    }

    /// `metadata.tools`: an array of tools (1.2–1.4) or `{components, services}` (1.5+).
    static func generator(_ tools: JSONNode?) -> String? {
        guard let tools else { return nil }
        let list = tools.array ?? ((tools["components"]?.array ?? []) + (tools["services"]?.array ?? []))
        let names = list.compactMap { t -> String? in
            guard let name = t["name"]?.string else { return nil }
            return [name, t["version"]?.string].compactMap { $0 }.joined(separator: " ")
        }
        return names.isEmpty ? nil : String(names.joined(separator: ", ").prefix(200))
    }

    static func repositoryHint(_ metadata: JSONNode?) -> String? {
        guard let metadata else { return nil }
        for p in metadata["properties"]?.array ?? [] {
            if let n = p["name"]?.string, ["bulwark:repository", "cdx:repository", "repository"].contains(n),
               let v = p["value"]?.string, !v.isEmpty { return v }
        }
        let component = metadata["component"]
        for ref in component?["externalReferences"]?.array ?? [] where ref["type"]?.string == "vcs" {
            if let url = ref["url"]?.string, !url.isEmpty { return repositoryName(fromURL: url) }
        }
        if let name = component?["name"]?.string, !name.isEmpty {
            if let group = component?["group"]?.string, !group.isEmpty { return "\(group)/\(name)" }
            return name
        }
        return nil
    }

    /// `https://github.com/org/repo.git` → `org/repo`.
    static func repositoryName(fromURL url: String) -> String {
        var s = url
        for prefix in ["git+", "https://", "http://", "ssh://", "git://", "git@"] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        if s.hasSuffix(".git") { s.removeLast(4) }
        s = s.replacingOccurrences(of: ":", with: "/")
        let parts = s.split(separator: "/")
        if parts.count >= 3 { return parts[1...].joined(separator: "/") }
        return s
    }

    /// The package key of a component: from its purl, else for models and datasets from their hub id.
    static func key(kind: String, name: String, group: String?, purl: PackageURL?) -> String {
        if let purl { return purl.key }
        let id = [group, name].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "/")
        switch kind {
        case "machine-learning-model", "data", "dataset":
            if id.hasPrefix("hf:") { return "huggingface:" + id.dropFirst(3).lowercased() }
            if id.split(separator: "/").count == 2 { return "huggingface:" + id.lowercased() }
            return "\(kind == "dataset" ? "data" : kind):\(id.lowercased())"
        default:
            return ""
        }
    }

    struct Builder {
        var limits: Limits
        var components: [BOMDocument.Component] = []
        var byRef: [String: Int] = [:]
        var warnings: [String] = []
        /// Dataset references (`{"ref": ...}`) resolved once every component is known.
        var pendingDatasets: [(Int, String)] = []

        init(limits: Limits) { self.limits = limits }

        mutating func add(_ node: JSONNode, depth: Int) throws(Error) {
            guard depth < limits.maxNesting else { throw Error("components nested deeper than \(limits.maxNesting) levels (line \(node.line))") }
            guard node.members != nil else { throw Error("a component is not an object (line \(node.line))") }
            guard components.count < limits.maxComponents else { throw Error("more than \(limits.maxComponents) components") }
            let kind = (node["type"]?.string ?? "library").lowercased()
            let group = node["group"]?.string
            let rawName = node["name"]?.string ?? ""
            var purl: PackageURL?
            let purlText = node["purl"]?.string.flatMap { $0.isEmpty ? nil : $0 }
            if let purlText {
                do { purl = try PackageURL(parsing: purlText) } catch {
                    if warnings.count < 20 { warnings.append("line \(node.line): \(error.message)") }
                }
            }
            guard !rawName.isEmpty || purl != nil else { throw Error("a component has no name (line \(node.line))") }
            let displayName: String = {
                if let purl, purl.type != "huggingface", purl.type != "github" {
                    if purl.namespace.isEmpty || ["deb", "apk", "rpm", "oci", "docker"].contains(purl.type) { return purl.name }
                    return purl.type == "maven" ? "\(purl.namespace):\(purl.name)" : "\(purl.namespace)/\(purl.name)"
                }
                if let g = group, !g.isEmpty, !rawName.isEmpty, !rawName.contains("/") { return "\(g)/\(rawName)" }
                return rawName.isEmpty ? (purl?.name ?? "") : rawName
            }()
            let version = purl.map { $0.version.isEmpty ? (node["version"]?.string ?? "") : $0.version } ?? (node["version"]?.string ?? "")
            var hashes: [(String, String)] = []
            for h in node["hashes"]?.array ?? [] {
                guard let alg = h["alg"]?.string, let content = h["content"]?.string else { continue }
                let hex = content.lowercased()
                guard hex.count <= 256, hex.allSatisfy(\.isHexDigit) else { continue }
                hashes.append((alg.uppercased(), hex))
            }
            // Container images carry their digest as the version; index it as a hash too.
            if version.hasPrefix("sha256:") {
                let hex = String(version.dropFirst(7)).lowercased()
                if hex.count == 64, hex.allSatisfy(\.isHexDigit), !hashes.contains(where: { $0.1 == hex }) {
                    hashes.append(("SHA-256", hex))
                }
            }
            let index = components.count
            var lineage: [BOMDocument.LineageEdge] = []
            collectAncestors(node["pedigree"]?["ancestors"], into: &lineage, depth: 0)
            for d in node["modelCard"]?["modelParameters"]?["datasets"]?.array ?? [] {
                if let ref = d["ref"]?.string {
                    pendingDatasets.append((index, ref))
                } else if d["name"]?.string != nil {
                    let dk = dataKey(d)
                    lineage.append(.init(relation: .dataset, key: dk.key, name: dk.name, version: dk.version))
                }
            }
            components.append(.init(bomRef: node["bom-ref"]?.string, kind: kind, name: displayName, version: version,
                                    purl: purl?.description ?? purlText,
                                    key: CycloneDXReader.key(kind: kind, name: rawName.isEmpty ? (purl?.name ?? "") : rawName, group: group, purl: purl),
                                    hashes: hashes, lineage: lineage, path: ""))
            if let ref = node["bom-ref"]?.string, byRef[ref] == nil { byRef[ref] = index }
            for child in node["components"]?.array ?? [] {
                try add(child, depth: depth + 1)
            }
        }

        func dataKey(_ d: JSONNode) -> (key: String, name: String, version: String) {
            let name = d["name"]?.string ?? ""
            let purl = d["purl"]?.string.flatMap { try? PackageURL(parsing: $0) }
            let version = purl?.version ?? d["version"]?.string ?? ""
            return (CycloneDXReader.key(kind: "data", name: name, group: d["group"]?.string, purl: purl), name, version)
        }

        /// Pedigree ancestors, and their own ancestors (flattened), as lineage edges.
        mutating func collectAncestors(_ list: JSONNode?, into edges: inout [BOMDocument.LineageEdge], depth: Int) {
            guard depth < 8, let items = list?.array else { return }
            for a in items.prefix(1000) {
                let kind = (a["type"]?.string ?? "machine-learning-model").lowercased()
                let name = a["name"]?.string ?? ""
                let purl = a["purl"]?.string.flatMap { try? PackageURL(parsing: $0) }
                var key = CycloneDXReader.key(kind: kind, name: name, group: a["group"]?.string, purl: purl)
                if key.isEmpty, !name.isEmpty { key = "\(kind):\(name.lowercased())" }
                guard !key.isEmpty else { continue }
                let version = purl?.version ?? a["version"]?.string ?? ""
                edges.append(.init(relation: .ancestor, key: key, name: name.isEmpty ? (purl?.name ?? key) : name, version: version))
                collectAncestors(a["pedigree"]?["ancestors"], into: &edges, depth: depth + 1)
            }
        }

        mutating func resolveDatasets() {
            var dangling = 0
            for (index, ref) in pendingDatasets {
                guard let target = byRef[ref] else { dangling += 1; continue }
                let c = components[target]
                components[index].lineage.append(.init(relation: .dataset, key: c.key.isEmpty ? "data:\(c.name.lowercased())" : c.key,
                                                       name: c.name, version: c.version))
            }
            if dangling > 0 { warnings.append("\(dangling) dataset reference(s) name no component in the BOM") }
        }

        /// Shortest path from the root component(s) to every component, through `dependencies`.
        mutating func computePaths(rootCount: Int, edges: [(Int, Int)]) {
            guard !components.isEmpty else { return }
            func label(_ c: BOMDocument.Component) -> String {
                // Bounded: a hostile BOM with huge names must not make paths quadratic in size.
                let l = c.version.isEmpty || c.version.hasPrefix("sha256:") ? c.name : "\(c.name)@\(c.version)"
                return l.utf8.count <= 200 ? l : String(l.prefix(200)) + "…"
            }
            if edges.isEmpty {
                // No graph (typical of image scanners): the component is in the root, say so.
                if rootCount == 1 {
                    let root = label(components[0])
                    for i in 1..<components.count { components[i].path = root + " > " + label(components[i]) }
                }
                return
            }
            var children = [[Int]](repeating: [], count: components.count)
            var hasParent = [Bool](repeating: false, count: components.count)
            for (p, c) in edges where p != c {
                children[p].append(c)
                hasParent[c] = true
            }
            // Start from the declared root; without one, from every component nothing depends on.
            var starts = Array(0..<rootCount)
            if starts.isEmpty { starts = (0..<components.count).filter { !hasParent[$0] && !children[$0].isEmpty } }
            var parent = [Int](repeating: -1, count: components.count)
            var seen = [Bool](repeating: false, count: components.count)
            var queue: [Int] = []
            for s in starts { seen[s] = true; queue.append(s) }
            var head = 0
            while head < queue.count {
                let n = queue[head]; head += 1
                for c in children[n] where !seen[c] {
                    seen[c] = true
                    parent[c] = n
                    queue.append(c)
                }
            }
            for i in 0..<components.count where parent[i] >= 0 {
                var chain: [String] = []
                var n = i
                var steps = 0
                while n >= 0, steps < 64 {
                    chain.append(label(components[n]))
                    n = parent[n]
                    steps += 1
                }
                components[i].path = String(chain.reversed().joined(separator: " > ").prefix(2000))
            }
        }
    }
}
