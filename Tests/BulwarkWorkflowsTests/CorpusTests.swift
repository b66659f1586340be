import BulwarkCore
import BulwarkFormats
import BulwarkKit
import BulwarkWorkflows
import Foundation
import Testing

/// One annotated corpus file: where it would live in a repository and what it should raise.
struct CorpusFile {
    var name: String
    var virtualPath: String
    var text: String
    var expected: Set<String>
    var clean: Bool
}

enum Corpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func load() -> [CorpusFile] {
        var out: [CorpusFile] = []
        for kind in ["weak", "clean"] {
            let dir = root.appendingPathComponent(kind)
            guard let e = FileManager.default.enumerator(atPath: dir.path) else { continue }
            for case let rel as String in e {
                let url = dir.appendingPathComponent(rel)
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue,
                      let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                let comps = rel.split(separator: "/")
                let virtual = comps.count == 1 ? ".github/workflows/" + rel : comps.dropFirst().joined(separator: "/")
                var expected = Set<String>()
                for line in text.split(separator: "\n") where line.hasPrefix("# bulwark-expect:") {
                    expected.insert(line.dropFirst("# bulwark-expect:".count).trimmingCharacters(in: .whitespaces))
                }
                out.append(CorpusFile(name: kind + "/" + rel, virtualPath: virtual, text: text, expected: expected, clean: kind == "clean"))
            }
        }
        return out.sorted { $0.name < $1.name }
    }

    static func findings(_ f: CorpusFile) -> [Finding] {
        let file = SourceFile(relativePath: f.virtualPath, text: f.text)
        let scanner = WorkflowsScanner()
        guard scanner.wants(file) else { return [] }
        let context = ScanContext(configuration: Configuration(), root: "/")
        // Repository-level checks (workflow_run upstreams, cache scopes) see this one file.
        return scanner.scan(file, context: context) + scanner.finish(files: [file], context: context)
    }
}

@Test func corpusPrecisionAndRecall() {
    let files = Corpus.load()
    #expect(files.filter(\.clean).count >= 30)
    #expect(files.filter { !$0.clean }.count >= 40)
    let infoRules = Set(WorkflowsScanner().rules.filter { $0.defaultSeverity == .info }.map(\.id))
    var tp = 0, fp = 0, fn = 0
    var cleanFlaggedMedium = 0
    var report: [String] = []
    for f in files {
        let found = Corpus.findings(f).filter { $0.severity > .info }
        let kinds = Set(found.map(\.ruleID))
        let expected = f.expected.subtracting(infoRules)
        tp += kinds.intersection(expected).count
        let extra = kinds.subtracting(expected), missing = expected.subtracting(kinds)
        fp += extra.count
        fn += missing.count
        if f.clean, found.contains(where: { $0.severity >= .medium }) { cleanFlaggedMedium += 1 }
        if !extra.isEmpty || !missing.isEmpty {
            report.append("\(f.name): extra \(extra.sorted()) missing \(missing.sorted())")
        }
    }
    let precision = Double(tp) / Double(max(1, tp + fp))
    let recall = Double(tp) / Double(max(1, tp + fn))
    print("corpus: \(files.count) files, precision \(precision), recall \(recall), clean flagged >= medium: \(cleanFlaggedMedium)")
    for r in report { print("  " + r) }
    #expect(precision >= 0.95, "precision \(precision): \(report)")
    #expect(recall >= 0.90, "recall \(recall): \(report)")
    #expect(cleanFlaggedMedium <= 2)
}

@Test func zizmorIgnoreCommentsMapToBulwarkRules() throws {
    let text = """
    on:
      issues:
        types: [opened]
    permissions: {}
    jobs:
      a:
        runs-on: ubuntu-latest
        steps:
          - run: echo "${{ github.event.issue.title }}" # zizmor: ignore[template-injection]
          - run: echo done
          - run: echo "${{ github.event.issue.body }}"
    """
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-zizmor-\(UUID().uuidString)")
    let wfDir = dir.appendingPathComponent(".github/workflows")
    try FileManager.default.createDirectory(at: wfDir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try text.write(to: wfDir.appendingPathComponent("a.yml"), atomically: true, encoding: .utf8)
    var options = ScanOptions(paths: [dir.path], configuration: Configuration())
    options.only = ["workflows"]
    let result = try Scanner().scan(options)
    let injections = result.findings.filter { $0.ruleID == "workflow-template-injection" }
    #expect(injections.count == 1)
    #expect(injections.first?.location.startLine == 11)
    #expect(result.suppressedInline == 1)
    #expect(Families.foreignSuppressions["zizmor: ignore"]?["template-injection"] == ["workflow-template-injection"])
}

/// Mutated workflows through the whole family (parser plus every rule): no crash, bounded time.
@Test func scannerSurvivesMutatedCorpus() {
    let files = Corpus.load()
    var rng = SplitMix(seed: 42)
    let start = Date()
    var total = 0
    for i in 0..<1_500 {
        let f = files[i % files.count]
        var bytes = Array(f.text.utf8)
        for _ in 0..<(1 + Int(rng.next() % 5)) {
            guard !bytes.isEmpty else { break }
            let pos = Int(rng.next() % UInt64(bytes.count))
            switch rng.next() % 3 {
            case 0: bytes[pos] = Array("${}[]:-|>&*\n #'\"".utf8)[Int(rng.next() % 16)]
            case 1: bytes.remove(at: pos)
            default: bytes.insert(contentsOf: bytes[pos..<min(bytes.count, pos + Int(rng.next() % 30))], at: pos)
            }
        }
        var g = f
        g.text = String(decoding: bytes, as: UTF8.self)
        total += Corpus.findings(g).count
    }
    #expect(total > 0)
    #expect(Date().timeIntervalSince(start) < 120)
}
