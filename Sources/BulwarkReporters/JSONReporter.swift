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
        let rendered = Self.findings(report.findings)
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
                ("skippedFolders", .array(report.skippedFolders.map(JSON.string))),
            ])),
            ("notes", .array(report.notes.map(JSON.string))),
            ("findings", .array(rendered)),
        ])
        var bytes = doc.renderBytes(capacity: rendered.reduce(4096) { n, f in if case .raw(let r) = f { n + r.utf8.count + 8 } else { n } })
        bytes.append(0x0A)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Findings as JSON text fragments; a long list is rendered in parallel chunks (a 50,000-package
    /// lockfile can have tens of thousands of findings), byte-identical to the serial form.
    static func findings(_ all: [Finding]) -> [JSON] {
        @Sendable func rendered(_ f: Finding) -> JSON {
            var out: [UInt8] = []
            out.reserveCapacity(1024)
            write(f, into: &out, level: 2)
            return .raw(String(decoding: out, as: UTF8.self))
        }
        // Below a few thousand findings, starting threads costs more than writing them.
        guard all.count >= 2_000, ProcessInfo.processInfo.activeProcessorCount > 1 else { return all.map(rendered) }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let chunk = (all.count + workers - 1) / workers
        let parts = Mutex<[Int: [JSON]]>([:])
        Parallel.run(workers) { w in
            let lo = w * chunk, hi = min(all.count, lo + chunk)
            guard lo < hi else { return }
            let part = all[lo..<hi].map(rendered)
            parts.withLock { $0[w] = part }
        }
        return parts.withLock { p in (0..<workers).flatMap { p[$0] ?? [] } }
    }

    /// Writes one finding as `finding(f)` renders it, without building the value tree first (a folder
    /// of poisoned models has hundreds of findings; the tree cost more than the text).
    static func write(_ f: Finding, into out: inout [UInt8], level: Int) {
        var first = true
        func key(_ k: String) {
            if !first { out.append(0x2C) }
            first = false
            JSON.newline(indent: 2, level: level + 1, into: &out)
            JSON.escape(k, into: &out)
            out.append(0x3A)
            out.append(0x20)
        }
        func string(_ k: String, _ v: String) { key(k); JSON.escape(v, into: &out) }
        func int(_ k: String, _ v: Int) { key(k); JSON.append(String(v), to: &out) }
        out.append(0x7B)
        string("rule", f.ruleID)
        string("family", f.family)
        string("severity", f.severity.rawValue)
        string("confidence", f.confidence.rawValue)
        string("message", f.message)
        let l = f.location
        string("path", l.path)
        if let m = l.archiveMember { string("archiveMember", m) }
        if let v = l.startLine { int("line", v) }
        if let v = l.startColumn { int("column", v) }
        if let v = l.endLine { int("endLine", v) }
        if let v = l.endColumn { int("endColumn", v) }
        if let v = l.byteOffset { int("byteOffset", v) }
        if let v = l.byteLength { int("byteLength", v) }
        if let v = l.opcodeIndex { int("opcodeIndex", v) }
        if let v = l.logicalPath { string("logicalPath", v) }
        if let r = f.remediation { string("remediation", r) }
        if !f.related.isEmpty {
            key("related")
            JSON.array(f.related.map { .object(location($0)) }).write(into: &out, level: level + 1, indent: 2)
        }
        string("fingerprint", f.fingerprint)
        if !f.properties.isEmpty {
            key("properties")
            JSON.object(f.properties.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
                .write(into: &out, level: level + 1, indent: 2)
        }
        JSON.newline(indent: 2, level: level, into: &out)
        out.append(0x7D)
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
