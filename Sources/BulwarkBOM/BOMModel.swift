import Foundation

/// The inventory a BOM is written from: format-neutral, so CycloneDX and SPDX writers share it.
public struct BOMComponent: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case application, library, container, operatingSystem = "operating-system", machineLearningModel = "machine-learning-model", data, file
    }

    public var ref: String
    public var kind: Kind
    public var name: String
    public var group: String?
    public var version: String?
    public var purl: String?
    public var description: String?
    /// CycloneDX scope: required, optional (dev/test), excluded.
    public var scope: String?
    /// (algorithm as CycloneDX names it: SHA-256, SHA-512, SHA-1, ...), hex.
    public var hashes: [(alg: String, hex: String)] = []
    public var licenses: [BOMLicense] = []
    public var properties: [(String, String)] = []
    /// Nested components (files of a model folder).
    public var children: [BOMComponent] = []
    /// Lineage: base models.
    public var ancestors: [BOMComponent] = []
    /// Where the component was found (code references, workflow lines).
    public var occurrences: [BOMOccurrence] = []
    public var externalReferences: [(type: String, url: String, comment: String?)] = []
    public var modelCard: ModelCard?
    /// For `data` components: dataset contents.
    public var dataset: DatasetInfo?

    public init(ref: String, kind: Kind, name: String, version: String? = nil, purl: String? = nil) {
        self.ref = ref
        self.kind = kind
        self.name = name
        self.version = version
        self.purl = purl
    }

    public func property(_ name: String) -> String? { properties.first { $0.0 == name }?.1 }
}

public struct BOMOccurrence: Sendable, Equatable {
    public var location: String
    public var line: Int?
    public var symbol: String?
    public init(location: String, line: Int? = nil, symbol: String? = nil) {
        self.location = location
        self.line = line
        self.symbol = symbol
    }
}

public enum BOMLicense: Sendable, Equatable {
    case id(String)
    case name(String)

    /// An SPDX id when `text` is one (case-insensitively), else a named license.
    public static func from(_ text: String) -> BOMLicense {
        if let id = SPDXLicenseIDs.canonical(text) { return .id(id) }
        return .name(text)
    }

    public var text: String {
        switch self {
        case .id(let s), .name(let s): return s
        }
    }
}

public struct ModelCard: Sendable {
    public var task: String?
    public var architectureFamily: String?
    public var modelArchitecture: String?
    /// bom-refs of `data` components.
    public var datasetRefs: [String] = []
    public var metrics: [Metric] = []
    public var approach: String?
    public var properties: [(String, String)] = []
    public struct Metric: Sendable {
        public var type: String
        public var value: String
        public var slice: String?
    }
    public init() {}
}

public struct DatasetInfo: Sendable {
    public var name: String
    public var url: String?
    public var description: String?
}

public struct BOMDependency: Sendable, Equatable {
    public var ref: String
    public var dependsOn: [String]
    public init(ref: String, dependsOn: [String]) {
        self.ref = ref
        self.dependsOn = dependsOn
    }
}

/// Everything `bulwark bom` found in a repository.
public struct BOMInventory: Sendable {
    public var root: BOMComponent
    public var components: [BOMComponent] = []
    public var dependencies: [BOMDependency] = []
    /// Things the user should know (unreadable files, skipped inputs), printed on stderr.
    public var notes: [String] = []

    public init(root: BOMComponent) { self.root = root }

    /// Adds a component unless one with the same ref exists (then merges occurrences and properties).
    public mutating func add(_ c: BOMComponent) {
        if let i = components.firstIndex(where: { $0.ref == c.ref }) {
            for o in c.occurrences where !components[i].occurrences.contains(o) { components[i].occurrences.append(o) }
            for p in c.properties where !components[i].properties.contains(where: { $0 == p }) { components[i].properties.append(p) }
            return
        }
        components.append(c)
    }

    public mutating func depend(_ ref: String, on other: [String]) {
        guard !other.isEmpty else { return }
        if let i = dependencies.firstIndex(where: { $0.ref == ref }) {
            for o in other where !dependencies[i].dependsOn.contains(o) { dependencies[i].dependsOn.append(o) }
        } else {
            dependencies.append(BOMDependency(ref: ref, dependsOn: other))
        }
    }

    /// Every bom-ref in the inventory (top level, nested files, ancestors).
    public var allRefs: Set<String> {
        var out: Set<String> = [root.ref]
        func visit(_ c: BOMComponent) {
            out.insert(c.ref)
            c.children.forEach(visit)
            c.ancestors.forEach(visit)
        }
        components.forEach(visit)
        return out
    }

    /// Stable order: by kind, then ref; dependency lists sorted; dangling refs dropped.
    public mutating func normalize() {
        let order = Dictionary(uniqueKeysWithValues: BOMComponent.Kind.allCases.enumerated().map { ($1, $0) })
        func sortTree(_ c: inout BOMComponent) {
            c.children.sort { $0.ref < $1.ref }
            for i in c.children.indices { sortTree(&c.children[i]) }
            c.occurrences.sort { ($0.location, $0.line ?? 0) < ($1.location, $1.line ?? 0) }
        }
        components.sort { (order[$0.kind] ?? 0, $0.ref) < (order[$1.kind] ?? 0, $1.ref) }
        for i in components.indices { sortTree(&components[i]) }
        let refs = allRefs
        dependencies = dependencies.filter { refs.contains($0.ref) }.map {
            BOMDependency(ref: $0.ref, dependsOn: Array(Set($0.dependsOn.filter { refs.contains($0) })).sorted())
        }
        // Every component gets a dependency entry (empty dependsOn = known to have none / unknown).
        var seen = Set(dependencies.map(\.ref))
        for r in [root.ref] + components.map(\.ref) where !seen.contains(r) {
            dependencies.append(BOMDependency(ref: r, dependsOn: []))
            seen.insert(r)
        }
        dependencies.sort { $0.ref < $1.ref }
    }
}

/// Package URL helpers (purl-spec percent-encoding of name segments).
public enum PURL {
    static let allowed: Set<Character> = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_~")

    public static func encode(_ s: String) -> String {
        var out = ""
        for ch in s {
            if allowed.contains(ch) { out.append(ch) } else {
                for b in String(ch).utf8 { out += String(format: "%%%02X", b) }
            }
        }
        return out
    }

    /// `pkg:type/namespace/name@version?qualifiers#subpath`
    public static func make(type: String, namespace: String? = nil, name: String, version: String? = nil,
                            qualifiers: [(String, String)] = [], subpath: String? = nil) -> String {
        var s = "pkg:\(type)/"
        if let ns = namespace, !ns.isEmpty { s += ns.split(separator: "/").map { encode(String($0)) }.joined(separator: "/") + "/" }
        s += encode(name)
        if let v = version, !v.isEmpty { s += "@" + encode(v) }
        let q = qualifiers.filter { !$0.1.isEmpty }.sorted { $0.0 < $1.0 }
        if !q.isEmpty { s += "?" + q.map { "\($0.0)=\(encode($0.1))" }.joined(separator: "&") }
        if let sp = subpath, !sp.isEmpty { s += "#" + sp.split(separator: "/").map { encode(String($0)) }.joined(separator: "/") }
        return s
    }

    /// `pkg:huggingface/org/name@revision` for a Hub model id.
    public static func huggingFace(_ id: String, revision: String? = nil) -> String {
        let parts = id.split(separator: "/").map(String.init)
        if parts.count >= 2 { return make(type: "huggingface", namespace: parts[0], name: parts[1...].joined(separator: "/"), version: revision) }
        return make(type: "huggingface", name: id, version: revision)
    }
}
