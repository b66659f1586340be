import BulwarkCore
@testable import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// A one-worker scan on the main thread scans each file as the walk finds it, on that thread; it must report
/// exactly what the same scan on a worker thread reports (every family, the examples' projects, a scan error).
@Test func aScanOnTheCallingThreadReportsWhatAWorkerThreadReports() throws {
    var roots: [String] = []
    var here = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { here.deleteLastPathComponent() }
    let examples = here.appendingPathComponent("examples").path
    if FileManager.default.fileExists(atPath: examples) { roots.append(examples) }
    let d = TemporaryDirectory()
    d.write("models/evil.pkl", "cos\nsystem\n(S'true'\ntR.")
    d.write("models/ok.pkl", "(dp0\nS'a'\np1\nI1\ns.")
    d.write(".github/workflows/ci.yml", "on: pull_request_target\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: make\n")
    d.write("empty.bin", "")
    #expect(mkfifo(d.path + "/pipe.pkl", 0o644) == 0)
    roots.append(d.path)
    for root in roots {
        var calling = ScanOptions(paths: [root], configuration: Configuration())
        calling.jobs = 1
        calling.scansOnCallingThread = true
        var worker = calling
        worker.scansOnCallingThread = false
        let a = try Scanner().scan(calling)
        let b = try Scanner().scan(worker)
        #expect(a.filesScanned == b.filesScanned, "\(root)")
        #expect(a.files == b.files, "\(root)")
        #expect(a.findings.map { "\($0.fingerprint) \($0.ruleID) \($0.severity) \($0.location.path) \($0.message)" }
                == b.findings.map { "\($0.fingerprint) \($0.ruleID) \($0.severity) \($0.location.path) \($0.message)" }, "\(root)")
        #expect(a.suppressedInline == b.suppressedInline, "\(root)")
        #expect(!a.findings.isEmpty, "\(root)")
    }
}

/// Progress counts every file once, in walk order, on the calling thread too.
@Test func aScanOnTheCallingThreadReportsProgressForEveryFile() throws {
    let d = TemporaryDirectory()
    for i in 0..<12 { d.write("f\(i).txt", "x") }
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.jobs = 1
    o.scansOnCallingThread = true
    let seen = ProgressLog()
    let r = try Scanner().scan(o) { n, total in seen.add(n, total) }
    #expect(r.filesScanned == 12)
    #expect(seen.values.map(\.0) == Array(1...12))
    #expect(seen.values.allSatisfy { $0.0 <= $0.1 })
}

private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [(Int, Int)] = []
    func add(_ n: Int, _ total: Int) { lock.lock(); list.append((n, total)); lock.unlock() }
    var values: [(Int, Int)] { lock.lock(); defer { lock.unlock() }; return list }
}
