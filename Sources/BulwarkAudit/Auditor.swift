import BulwarkCore
import BulwarkKit
import Foundation

/// Builds a scorecard for a repository: one full scan, a look at the files, then every layer.
public enum Auditor {
    public static func audit(path: String, configuration: Configuration, now: Date = Date()) throws -> Scorecard {
        let (root, _) = try FileWalker.root(for: path)
        var options = ScanOptions(paths: [root.absolutePath], configuration: configuration)
        options.jobs = ProcessInfo.processInfo.activeProcessorCount
        let result = try Scanner().scan(options)
        let walked = FileWalker(configuration: configuration).walk(root)
        let files = walked.files.map(\.relativePath)
        var ci = ""
        for p in files where (p.hasPrefix(".github/workflows/") || p == ".gitlab-ci.yml" || p.hasPrefix(".github/actions/")) {
            if let t = try? String(contentsOfFile: root.absolutePath + "/" + p, encoding: .utf8) { ci += t + "\n" }
        }
        let facts = RepositoryFacts(root: root.absolutePath, files: files, findings: result.findings, ciText: ci, now: now)
        return Scorecard(root: path, generatedAt: now, layers: Layers.evaluate(facts))
    }
}
