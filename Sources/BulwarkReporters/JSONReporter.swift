import BulwarkCore
import Foundation
import Synchronization

/// The versioned JSON report documented in `docs/json-output.md` (`schemaVersion: 1`).
public struct JSONReporter: Reporter {
    public static let schemaVersion = 1

    public init() {}

    public func render(_ report: Report) -> String {
        String(decoding: renderBytes(report), as: UTF8.self)
    }

    /// The report as UTF-8 bytes (what `render` decodes): the CLI writes these straight out, since
    /// turning a report of hundreds of findings into a String validated and copied every byte again.
    public func renderBytes(_ report: Report) -> [UInt8] {
        var counts: [(String, JSON)] = []
        for sev in Severity.allCases.reversed() {
            counts.append((sev.rawValue, .int(report.findings.filter { $0.severity == sev }.count)))
        }
        // The document is written with an empty placeholder for `findings` (its last key), which ends it with
        // `"findings": ` and the closing `\n}`; the findings array is then written in place into the same buffer
        // (building it apart and copying it in faulted in a second buffer of the report's size).
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
            ("findings", .rawBytes([])),
        ])
        let parts = Self.findings(report.findings)
        let estimate = parts.map { $0.reduce(0) { $0 + $1.count + 8 } } ?? report.findings.count * 768
        var bytes = doc.renderBytes(capacity: estimate + 4096)
        // Drop the closing "\n}" after the placeholder, write the array, close the document.
        bytes.removeLast(2)
        Self.writeFindingsArray(report.findings, parts: parts, into: &bytes)
        bytes.append(contentsOf: [0x0A, 0x7D, 0x0A])
        return bytes
    }

    /// The `findings` array as it appears in the document (`JSON.array` of the findings at level 1 with
    /// two-space indentation), written in one pass: one intermediate array and String per finding cost more
    /// than the writing. `parts` are the findings already rendered in parallel, if they were.
    static func writeFindingsArray(_ all: [Finding], parts: [[UInt8]]?, into out: inout [UInt8]) {
        guard !all.isEmpty else {
            out.append(contentsOf: [0x5B, 0x5D])
            return
        }
        out.append(0x5B)
        if let parts {
            for (i, p) in parts.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSON.newline(indent: 2, level: 2, into: &out)
                out.append(contentsOf: p)
            }
        } else {
            for (i, f) in all.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSON.newline(indent: 2, level: 2, into: &out)
                write(f, into: &out, level: 2)
            }
        }
        JSON.newline(indent: 2, level: 1, into: &out)
        out.append(0x5D)
    }

    /// Findings as JSON text fragments, rendered in parallel chunks when the list is long (a 50,000-package
    /// lockfile can have tens of thousands of findings), byte-identical to the serial form; nil when the list
    /// is short enough that starting threads costs more than writing them in one pass.
    static func findings(_ all: [Finding]) -> [[UInt8]]? {
        @Sendable func rendered(_ f: Finding) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(1024)
            write(f, into: &out, level: 2)
            return out
        }
        guard all.count >= 2_000, ProcessorCount.active > 1 else { return nil }
        let workers = max(1, min(ProcessorCount.active, 8))
        let chunk = (all.count + workers - 1) / workers
        let parts = Mutex<[Int: [[UInt8]]]>([:])
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
