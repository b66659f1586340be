import Foundation

/// A CycloneDX BOM reduced to what the inventory stores.
public struct BOMDocument: Sendable {
    public struct Component: Sendable, Equatable {
        public var bomRef: String?
        /// CycloneDX component type: library, application, container, machine-learning-model, data, ...
        public var kind: String
        public var name: String
        public var version: String
        public var purl: String?
        /// The package key (`type:namespace/name`), or "" when the component has no identity to match on.
        public var key: String
        /// (algorithm, lower-case hex) pairs.
        public var hashes: [(String, String)]
        /// Lineage: base models (pedigree ancestors) and datasets the component was built from.
        public var lineage: [LineageEdge]
        /// How the component came in: `root > parent@1 > this@2`, or "" when the BOM has no graph to it.
        public var path: String

        public static func == (a: Component, b: Component) -> Bool {
            a.bomRef == b.bomRef && a.kind == b.kind && a.name == b.name && a.version == b.version && a.purl == b.purl
                && a.key == b.key && a.hashes.map { $0.0 + $0.1 } == b.hashes.map { $0.0 + $0.1 } && a.lineage == b.lineage && a.path == b.path
        }
    }

    public struct LineageEdge: Sendable, Equatable {
        public enum Relation: String, Sendable { case ancestor, dataset }
        public var relation: Relation
        public var key: String
        public var name: String
        public var version: String
    }

    public var specVersion: String
    public var serialNumber: String?
    public var bomVersion: Int?
    /// `metadata.timestamp`, when present and valid.
    public var timestamp: Date?
    public var generator: String?
    /// Repository name suggested by the BOM itself (a VCS reference or the root component's name).
    public var repositoryHint: String?
    public var components: [Component]
    /// Dependency edges as (parent index, child index) into `components`.
    public var dependencies: [(Int, Int)]
    /// Things worth telling the user (dangling references, purls that did not parse).
    public var warnings: [String]
}
