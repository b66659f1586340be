import BulwarkCore
import Foundation
import Synchronization

/// The versioned JSON report documented in `docs/json-output.md` (`schemaVersion: 1`).
public struct JSONReporter: Reporter {
    public static let schemaVersion = 1

    public init() {}

    public func render(_ report: Report) -> String {
        var counts: [(String, JSON)] = []
        for sev in Severity.allCases.reversed() {
            counts.append((sev.rawValue, .int(report.findings.filter { $0.severity == sev }.count)))
        }
        let doc: JSON = .object([
            ("schemaVersion", .int(Self.schemaVersion)),
            ("tool", .object([("name", .string("bulwark")), ("version", .string(report.toolVersion))])),
            ("roots", .array(report.roots.map(JSON.string))),
            ("summary", .object([
                ("filesScanned", .int(report.filesScanned)),
                ("findings", .int(report.findings.count)),
                ("bySeverity", .object(counts)),
                ("suppressedInline", .int(report.suppressedInline)),
                ("suppressedByBaseline", .int(report.suppressedByBaseline)),
            ])),
            ("notes", .array(report.notes.map(JSON.string))),
            ("findings", .array(Self.findings(report.findings))),
        ])
        return doc.render() + "\n"
    }

    /// Findings as JSON values; a list of a few hundred or more is rendered in parallel chunks (a
    /// 50,000-package lockfile can have tens of thousands of findings, a folder of poisoned models
    /// hundreds) and inserted as text, byte-identical to the serial form.
    static func findings(_ all: [Finding]) -> [JSON] {
        guard all.count >= 256, ProcessInfo.processInfo.activeProcessorCount > 1 else { return all.map(Self.finding) }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let chunk = (all.count + workers - 1) / workers
        let parts = Mutex<[Int: [JSON]]>([:])
        Parallel.run(workers) { w in
            let lo = w * chunk, hi = min(all.count, lo + chunk)
            guard lo < hi else { return }
            let rendered = all[lo..<hi].map { JSON.raw(Self.finding($0).render(level: 2)) }
            parts.withLock { $0[w] = rendered }
        }
        return parts.withLock { p in (0..<workers).flatMap { p[$0] ?? [] } }
    }

    static func location(_ l: Location) -> [(String, JSON)] {
        var o: [(String, JSON)] = [("path", .string(l.path))]
        if let m = l.archiveMember { o.append(("archiveMember", .string(m))) }
        if let v = l.startLine { o.append(("line", .int(v))) }
        if let v = l.startColumn { o.append(("column", .int(v))) }
        if let v = l.endLine { o.append(("endLine", .int(v))) }
        if let v = l.endColumn { o.append(("endColumn", .int(v))) }
        if let v = l.byteOffset { o.append(("byteOffset", .int(v))) }
        if let v = l.byteLength { o.append(("byteLength", .int(v))) }
        if let v = l.opcodeIndex { o.append(("opcodeIndex", .int(v))) }
        if let v = l.logicalPath { o.append(("logicalPath", .string(v))) }
        return o
    }

    static func finding(_ f: Finding) -> JSON {
        var o: [(String, JSON)] = [
            ("rule", .string(f.ruleID)),
            ("family", .string(f.family)),
            ("severity", .string(f.severity.rawValue)),
            ("confidence", .string(f.confidence.rawValue)),
            ("message", .string(f.message)),
        ]
        o += location(f.location)
        if let r = f.remediation { o.append(("remediation", .string(r))) }
        if !f.related.isEmpty { o.append(("related", .array(f.related.map { .object(location($0)) }))) }
        o.append(("fingerprint", .string(f.fingerprint)))
        if !f.properties.isEmpty {
            o.append(("properties", .object(f.properties.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
        }
        return .object(o)
    }
}
