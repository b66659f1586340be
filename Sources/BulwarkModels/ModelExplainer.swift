import BulwarkCore
import BulwarkFormats

/// The `bulwark explain-model FILE` view: every pickle in a model file decompiled to the Python the
/// loader would effectively run, with the policy's verdicts as comments. Nothing is executed.
public enum ModelExplainer {
    /// The decompiled text and the findings `bulwark scan --only models` reports for the same file
    /// (one inspection serves both), so the command can exit 1 on a dangerous payload.
    public struct Explanation: Sendable {
        public var text: String
        public var findings: [Finding]

        /// The most severe finding, or nil when there is none.
        public var worstSeverity: Severity? { findings.map(\.severity).max() }
    }

    /// Renders the decompiled call sequence of every pickle found in `file` (at any archive depth),
    /// followed by the non-pickle facts and the findings. `maxLines` bounds the output of huge
    /// checkpoints.
    public static func explanation(_ file: SourceFile, configuration: Configuration = Configuration(),
                                   maxLines: Int = 2_000) -> Explanation {
        let model = ModelInspector(file: file, configuration: configuration).inspect()
        let findings = ScanContext(configuration: configuration, root: "/")
            .run(ModelsScanner.ruleList, model: model, file: file)
            .sorted { ($0.severity, $1.ruleID) > ($1.severity, $0.ruleID) }
        var out: [String] = ["# \(file.relativePath): \(model.format)"]
        if model.pickles.isEmpty { out.append("# no pickle stream found") }
        for p in model.pickles {
            out.append("")
            out += explain(p, maxLines: maxLines)
        }
        if !model.issues.isEmpty {
            out.append("")
            out.append("# other findings")
            for i in model.issues { out.append("# [\(i.kind.rawValue)] \(i.member.map { $0 + ": " } ?? "")\(i.fact)") }
        }
        out.append("")
        if let worst = findings.first {
            var counts: [(Severity, Int)] = []
            for s in Severity.allCases.sorted(by: >) {
                let n = findings.filter { $0.severity == s }.count
                if n > 0 { counts.append((s, n)) }
            }
            out.append("# verdict: \(counts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")); worst: \(worst.ruleID)")
        } else {
            out.append("# verdict: no findings")
        }
        return Explanation(text: out.map(printable).joined(separator: "\n") + "\n", findings: findings)
    }

    /// The text only (see `explanation`).
    public static func explain(_ file: SourceFile, configuration: Configuration = Configuration(), maxLines: Int = 2_000) -> String {
        explanation(file, configuration: configuration, maxLines: maxLines).text
    }

    /// One pickle as Python-like statements (`_var0 = os.system('true')`). Imports are written as
    /// `import MODULE`, the way the calls below name them (`os.system(...)`).
    public static func explain(_ p: ScannedPickle, maxLines: Int = 2_000) -> [String] {
        let a = p.analysis
        var out: [String] = []
        let title = p.member.map { "\($0) (\(p.carrier))" } ?? p.carrier
        out.append("# ---- \(title): protocol \(a.protocolVersion), \(a.opcodeCount) opcodes, layout \(a.layout.rawValue) ----")
        var verdictsByOffset: [Int: [PickleJudgement]] = [:]
        for f in p.facts { if let j = PickleFactRules.judge(f) { verdictsByOffset[f.offset, default: []].append(j) } }

        // One `import m` per module, in order of first use, naming what it is used for.
        var modules: [(module: String, names: [String], verdicts: [PickleJudgement])] = []
        var moduleIndex: [String: Int] = [:]
        var seen = Set<String>()
        for imp in a.imports {
            if imp.computed != nil {
                out.append("_g = <computed import>  # \(imp.computed ?? "")" + comment(verdictsByOffset[imp.offset]))
                if out.count > maxLines { out.append("# … output truncated"); return out }
                continue
            }
            guard seen.insert(imp.qualifiedName).inserted else { continue }
            let k: Int
            if let known = moduleIndex[imp.module] { k = known } else {
                k = modules.count
                moduleIndex[imp.module] = k
                modules.append((imp.module, [], []))
            }
            modules[k].names.append(imp.name)
            modules[k].verdicts += verdictsByOffset[imp.offset] ?? []
        }
        for m in modules {
            let uses = m.names.prefix(8).joined(separator: ", ") + (m.names.count > 8 ? ", …" : "")
            out.append("import \(m.module)  # \(uses)" + comment(m.verdicts))
            if out.count > maxLines { out.append("# … output truncated"); return out }
        }

        // Calls in stream order, then what fills their results (SETITEMS: a state dict's keys) and
        // the states BUILD restores on them: both may refer to objects created after the call, so
        // they come once every object exists.
        var after: [String] = []
        var afterBudget = maxLines
        for (i, c) in a.calls.enumerated() {
            let rhs = a.renderCall(i, style: .variables, maxLength: 400)
            out.append("_var\(i) = \(rhs)" + comment(verdictsByOffset[c.offset]))
            for f in c.fills where afterBudget > 0 {
                afterBudget -= 1
                let value = a.render(f.value, style: .variables, maxLength: 300)
                switch f.kind {
                case .setItem: after.append("_var\(i)[\(a.render(f.key, style: .variables, maxLength: 200))] = \(value)")
                case .append: after.append("_var\(i).append(\(value))")
                case .add: after.append("_var\(i).add(\(value))")
                }
            }
            if c.fillsDropped > 0 { after.append("# … \(c.fillsDropped) more items put into _var\(i) (not kept)") }
            for b in c.builds where afterBudget > 0 {
                afterBudget -= 1
                after.append("_var\(i).__setstate__(\(a.render(b, style: .variables, maxLength: 400)))")
            }
            if out.count > maxLines { out.append("# … output truncated"); return out }
        }
        let room = max(0, maxLines - out.count)
        out += after.prefix(room)
        if after.count > room { out.append("# … \(after.count - room) more lines truncated") }
        for (k, r) in a.results.enumerated() {
            let name = a.results.count > 1 ? "result\(k)" : "result"
            out.append("\(name) = \(a.render(r, style: .variables, maxLength: 600))")
        }
        for an in a.anomalies { out.append("# ! \(an.kind.rawValue) at byte \(p.baseOffset + an.offset): \(an.message)") }
        if let l = a.limitHit { out.append("# ! analysis stopped at the limit on \(l)") }
        return out
    }

    static func comment(_ vs: [PickleJudgement]?) -> String {
        guard let vs, !vs.isEmpty else { return "" }
        return "  # " + vs.map { "\($0.severity.rawValue.uppercased()): \($0.message)" }.joined(separator: " | ")
    }

    /// Names and strings come from the file: control characters, line separators and bidi
    /// controls are shown as `<U+XXXX>`, so a crafted name cannot forge or hide a line.
    static func printable(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: isHidden) else { return line }
        var out = ""
        for u in line.unicodeScalars {
            if isHidden(u) {
                let hex = String(u.value, radix: 16, uppercase: true)
                out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    static func isHidden(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
