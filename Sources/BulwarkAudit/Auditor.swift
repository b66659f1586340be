import BulwarkCore
import BulwarkKit
import Foundation

/// Builds a scorecard for a repository: one full scan (its findings and walked files), then every layer.
public enum Auditor {
    public static func audit(path: String, configuration: Configuration, now: Date = Date()) throws -> Scorecard {
        let (root, _) = try FileWalker.root(for: path)
        var options = ScanOptions(paths: [root.absolutePath], configuration: configuration)
        options.jobs = ProcessorCount.active
        let result = try Scanner().scan(options)
        // The scan's own walk: one walk, the same excludes, the CI files parsed by the workflows parsers.
        let facts = RepositoryFacts(root: root.absolutePath, files: result.files, findings: result.findings, now: now)
        return Scorecard(root: path, generatedAt: now, layers: Layers.evaluate(facts))
    }
}
