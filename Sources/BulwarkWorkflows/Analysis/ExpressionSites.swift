import BulwarkFormats

/// Every `${{ }}` in a workflow or action file, with the key its value sits under.
struct ExpressionSite {
    var scalar: YScalar
    /// The mapping key the scalar is the value of (`run`, `if`, an input name, ...), lowercased; "" in sequences.
    var key: String
    var expression: EmbeddedExpression
}

enum ExpressionSites {
    /// Bounded walk (values only, never keys) of the file's root mapping.
    static func all(in model: CIModel, limit: Int = 20_000) -> [ExpressionSite] {
        let root: YMapping? = model.workflow?.root ?? model.action?.root
        guard let root else { return [] }
        var out: [ExpressionSite] = []
        var stack: [(YNode, String)] = [(.mapping(root), "")]
        var visited = 0
        while let (node, key) = stack.popLast(), visited < limit {
            visited += 1
            switch node {
            case .scalar(let s):
                guard s.value.contains("${{") else { continue }
                for e in ExpressionParser.embedded(in: s.value) { out.append(ExpressionSite(scalar: s, key: key, expression: e)) }
            case .sequence(let q):
                for item in q.items.reversed() { stack.append((item, key)) }
            case .mapping(let m):
                for e in m.entries.reversed() { stack.append((e.value, e.key.value.lowercased())) }
            }
        }
        return out
    }
}

extension Expr {
    /// Pure functions whose result depends only on their arguments.
    static let pureFunctions: Set<String> = ["format", "startswith", "endswith", "contains", "tojson", "fromjson", "join", "case"]

    /// Whether the value is fixed by the text alone (no context, no status or file function).
    var isConstant: Bool {
        switch self {
        case .string, .number, .bool, .null: return true
        case .path: return false
        case .access(let base, let segs):
            return base.isConstant && segs.allSatisfy { if case .expr(let x) = $0 { x.isConstant } else { true } }
        case .call(let name, let args): return Self.pureFunctions.contains(name.lowercased()) && args.allSatisfy(\.isConstant)
        case .not(let x): return x.isConstant
        case .binary(_, let l, let r): return l.isConstant && r.isConstant
        }
    }

    var isLiteral: Bool {
        switch self {
        case .string, .number, .bool, .null: return true
        default: return false
        }
    }

    /// GitHub's falsiness of a literal: `''`, `0`, `false`, `null`.
    var isFalsyLiteral: Bool {
        switch self {
        case .string(let s): return s.isEmpty
        case .number(let n): return n == 0
        case .bool(let b): return !b
        case .null: return true
        default: return false
        }
    }
}
