import BulwarkCore
import BulwarkFormats

/// The `bulwark explain-model FILE` view: every pickle in a model file decompiled to the Python the
/// loader would effectively run, with the policy's verdicts as comments. Nothing is executed.
public enum ModelExplainer {
    /// Renders the decompiled call sequence of every pickle found in `file` (at any archive depth),
    /// followed by the non-pickle facts. `maxLines` bounds the output of huge checkpoints.
    public static func explain(_ file: SourceFile, configuration: Configuration = Configuration(), maxLines: Int = 2_000) -> String {
        let model = ModelInspector(file: file, configuration: configuration).inspect()
        var out: [String] = ["# \(file.relativePath): \(model.format)"]
        if model.pickles.isEmpty { out.append("# no pickle stream found") }
        for p in model.pickles {
            out.append("")
            out += explain(p, maxLines: maxLines)
        }
        if !model.issues.isEmpty {
            out.append("")
            out.append("# other findings")
            for i in model.issues { out.append("# [\(i.kind.rawValue)] \(i.member.map { $0 + ": " } ?? "")\(i.message)") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One pickle as Python-like statements (`_var0 = os.system('true')`).
    public static func explain(_ p: ScannedPickle, maxLines: Int = 2_000) -> [String] {
        let a = p.analysis
        var out: [String] = []
        let title = p.member.map { "\($0) (\(p.carrier))" } ?? p.carrier
        out.append("# ---- \(title): protocol \(a.protocolVersion), \(a.opcodeCount) opcodes, layout \(a.layout.rawValue) ----")
        var verdictsByOffset: [Int: [PickleVerdict]] = [:]
        for v in p.verdicts { verdictsByOffset[v.offset, default: []].append(v) }
        var imported = Set<String>()
        for imp in a.imports {
            let line: String
            if imp.computed != nil {
                line = "_g = <computed import>  # \(imp.computed ?? "")"
            } else {
                let (m, n) = (imp.module, imp.name)
                guard imported.insert(m + "." + n).inserted else { continue }
                line = n.contains(".") ? "import \(m)  # uses \(m).\(n)" : "from \(m) import \(n)"
            }
            out.append(line + comment(verdictsByOffset[imp.offset]))
            if out.count > maxLines { out.append("# … output truncated"); return out }
        }
        // Calls in stream order, then the states BUILD restores on their results (a BUILD state may
        // refer to objects created after the call, so states come once every object exists).
        var states: [String] = []
        for (i, c) in a.calls.enumerated() {
            let rhs = a.renderCall(i, style: .variables, maxLength: 400)
            out.append("_var\(i) = \(rhs)" + comment(verdictsByOffset[c.offset]))
            for b in c.builds {
                states.append("_var\(i).__setstate__(\(a.render(b, style: .variables, maxLength: 400)))")
            }
            if out.count > maxLines { out.append("# … output truncated"); return out }
        }
        out += states.prefix(max(0, maxLines - out.count))
        for (k, r) in a.results.enumerated() {
            let name = a.results.count > 1 ? "result\(k)" : "result"
            out.append("\(name) = \(a.render(r, style: .variables, maxLength: 600))")
        }
        for an in a.anomalies { out.append("# ! \(an.kind.rawValue) at byte \(p.baseOffset + an.offset): \(an.message)") }
        if let l = a.limitHit { out.append("# ! analysis stopped at the limit on \(l)") }
        return out
    }

    static func comment(_ vs: [PickleVerdict]?) -> String {
        guard let vs, !vs.isEmpty else { return "" }
        return "  # " + vs.map { "\($0.severity.rawValue.uppercased()): \($0.message)" }.joined(separator: " | ")
    }
}
