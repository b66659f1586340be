import BulwarkCore
import Foundation

/// The four attack vectors of an AI product's supply chain, in report order.
public enum Vector: String, CaseIterable, Sendable, Codable {
    case models, dependencies, saasCICD = "saas-cicd", agents

    public var title: String {
        switch self {
        case .models: "Public models"
        case .dependencies: "Dependency packages"
        case .saasCICD: "SaaS, CI/CD and secrets"
        case .agents: "AI coding agents"
        }
    }
}

/// Whether a defensive layer is in place.
public enum LayerStatus: String, Sendable, Codable, Comparable {
    case missing, partial, present

    var points: Double {
        switch self {
        case .present: 1
        case .partial: 0.5
        case .missing: 0
        }
    }

    public static func < (a: LayerStatus, b: LayerStatus) -> Bool { a.points < b.points }
}

/// One assessed layer: its status, why, and what to do about it.
public struct LayerResult: Sendable {
    public var id: String
    public var vector: Vector
    public var name: String
    public var status: LayerStatus
    /// False when the repository has nothing this layer protects (no models, no agents...):
    /// such a layer is shown but not scored.
    public var applicable: Bool
    /// Files and settings that show the layer is (or is not) in place.
    public var evidence: [String]
    /// Findings behind a partial or missing status.
    public var findings: [Finding]
    /// What would move the layer to present.
    public var recommendation: String
    /// Relative importance within the overall score.
    public var weight: Double
}

/// The whole scorecard: layers, scores per vector and overall, and the top three changes.
public struct Scorecard: Sendable {
    public var root: String
    public var generatedAt: Date
    public var layers: [LayerResult]

    public init(root: String, generatedAt: Date, layers: [LayerResult]) {
        self.root = root
        self.generatedAt = generatedAt
        self.layers = layers
    }

    /// Score of a set of layers in percent (applicable layers only; nil when none applies).
    static func score(_ layers: [LayerResult]) -> Int? {
        let scored = layers.filter(\.applicable)
        guard !scored.isEmpty else { return nil }
        let total = scored.reduce(0) { $0 + $1.weight }
        let got = scored.reduce(0) { $0 + $1.weight * $1.status.points }
        return Int((100 * got / total).rounded())
    }

    public func score(for vector: Vector) -> Int? { Self.score(layers.filter { $0.vector == vector }) }
    public var overall: Int { Self.score(layers) ?? 100 }

    /// The three changes that would raise the overall score most.
    public var topChanges: [LayerResult] {
        layers.filter { $0.applicable && $0.status != .present }
            .sorted { ($0.weight * (1 - $0.status.points), $1.id) > ($1.weight * (1 - $1.status.points), $0.id) }
            .prefix(3).map { $0 }
    }
}
