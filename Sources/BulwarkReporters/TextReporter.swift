import BulwarkCore

/// Human output: findings grouped by file, colour only on a terminal, and a closing summary of
/// counts by family and severity.
public struct TextReporter: Reporter {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    private func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }

    private func badge(_ s: Severity) -> String {
        let label = s.rawValue.uppercased()
        switch s {
        case .critical: return paint(label, "1;97;41")
        case .high: return paint(label, "1;31")
        case .medium: return paint(label, "33")
        case .low: return paint(label, "36")
        case .info: return paint(label, "2")
        }
    }

    public func render(_ report: Report) -> String {
        var out = ""
        var byPath: [(String, [Finding])] = []
        for f in report.findings {
            if byPath.last?.0 == f.location.path { byPath[byPath.count - 1].1.append(f) } else { byPath.append((f.location.path, [f])) }
        }
        for (path, findings) in byPath {
            out += paint(TerminalText.escape(path), "1;4") + "\n"
            for f in findings {
                var loc = ""
                if let m = f.location.archiveMember { loc += m }
                if let l = f.location.startLine { loc += (loc.isEmpty ? "" : ":") + "\(l)" + (f.location.startColumn.map { ":\($0)" } ?? "") }
                else if let o = f.location.byteOffset { loc += (loc.isEmpty ? "" : " ") + "@\(o)" }
                if let lp = f.location.logicalPath, f.location.startLine == nil { loc += (loc.isEmpty ? "" : " ") + lp }
                loc = TerminalText.escape(loc)
                if let ctx = f.properties["context"] {
                    loc += (loc.isEmpty ? "" : "  ") + "[\(ctx)" + (f.properties["severityBeforeContext"].map { ", was \($0)" } ?? "") + "]"
                }
                out += "  \(badge(f.severity)) \(paint(f.ruleID, "1"))\(loc.isEmpty ? "" : "  " + paint(loc, "2"))\n"
                out += "    \(Self.sanitize(f.message))\n"
                if let r = f.remediation { out += "    " + paint("fix: ", "32") + Self.sanitize(r) + "\n" }
            }
            out += "\n"
        }
        out += summary(report)
        return out
    }

    /// Makes invisible and control characters visible so a message cannot hide text on a terminal.
    /// Newlines too: messages quote scanned names (a tar member, a key path), and a name with a newline
    /// must not start a line of its own that reads as another finding or a `fix:`.
    static func sanitize(_ s: String) -> String {
        TerminalText.escape(s)
    }

    func summary(_ report: Report) -> String {
        let sevs = Severity.allCases.reversed()
        var s = ""
        if report.findings.isEmpty {
            s += paint("No findings", "1;32") + " in \(report.filesScanned) file\(report.filesScanned == 1 ? "" : "s").\n"
        } else {
            let famIDs = report.families.map(\.id).filter { id in report.findings.contains { $0.family == id } }
            let header = ["family"] + sevs.map(\.rawValue) + ["total"]
            var rows: [[String]] = []
            for fam in famIDs {
                let fs = report.findings.filter { $0.family == fam }
                rows.append([fam] + sevs.map { sev in String(fs.filter { $0.severity == sev }.count) } + [String(fs.count)])
            }
            let others = report.findings.filter { f in !famIDs.contains(f.family) }
            if !others.isEmpty {
                rows.append(["other"] + sevs.map { sev in String(others.filter { $0.severity == sev }.count) } + [String(others.count)])
            }
            rows.append(["total"] + sevs.map { sev in String(report.findings.filter { $0.severity == sev }.count) } + [String(report.findings.count)])
            let widths = header.indices.map { c in max(header[c].count, rows.map { $0[c].count }.max() ?? 0) }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { i, c in
                    i == 0 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                        : String(repeating: " ", count: widths[i] - c.count) + c
                }.joined(separator: "  ")
            }
            s += paint(line(header), "1") + "\n"
            for (i, r) in rows.enumerated() {
                if i == rows.count - 1 { s += String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)) + "\n" }
                s += line(r) + "\n"
            }
            s += "\n\(report.findings.count) finding\(report.findings.count == 1 ? "" : "s") in \(report.filesScanned) file\(report.filesScanned == 1 ? "" : "s") scanned"
            s += ".\n"
        }
        var extras: [String] = []
        if report.suppressedInline > 0 { extras.append("\(report.suppressedInline) suppressed inline") }
        if report.suppressedByBaseline > 0 { extras.append("\(report.suppressedByBaseline) in the baseline") }
        if !extras.isEmpty { s += "Not shown: " + extras.joined(separator: ", ") + ".\n" }
        if let skipped = report.skippedSummary { s += "Scope: \(TerminalText.escape(skipped)).\n" }
        for n in report.notes { s += "Note: \(TerminalText.escape(n))\n" }
        return s
    }
}

import Foundation
