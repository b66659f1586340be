import BulwarkCore
import BulwarkFormats

/// `cond && <falsy> || fallback`: a pseudo-ternary that always yields the fallback.
struct UnsoundTernaryRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-unsound-ternary", name: "Pseudo-ternary with a falsy true branch", family: "workflows",
        summary: "`${{ cond && '' || 'x' }}` never yields `''`: when the middle value is falsy, `&&`/`||` always falls through to the fallback.",
        rationale: rationale(
            detects: """
            Expressions of the form `a && b || c` anywhere in a workflow or action where `b` is a falsy literal \
            (`''`, `0`, `false`, `null`). GitHub's `&&` returns `b` when `a` is truthy, and `||` then replaces \
            the falsy `b` with `c`, so the value is `c` whatever `a` is.
            """,
            matters: """
            The author meant a ternary, and the workflow silently does the other branch: a flag meant to turn \
            a dry run or a check off for one case (`github.ref == 'refs/heads/main' && '' || '--dry-run'`) is \
            always on, or a guard meant to be empty for trusted events always holds the untrusted value.
            """,
            fix: "Use `case(cond, value, fallback)`, or invert the test so the middle value is truthy (`!cond && 'x' || ''`).",
            references: ["[GitHub: Expressions, operators](https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#operators)",
                         "zizmor audit `unsound-ternary`"]),
        defaultSeverity: .low, defaultConfidence: .high,
        remediation: "Rewrite the pseudo-ternary with `case(...)` or a truthy middle value.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              publish:
                runs-on: ubuntu-latest
                steps:
                  - run: ./publish.sh ${{ github.ref == 'refs/heads/main' && '' || '--dry-run' }} # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              publish:
                runs-on: ubuntu-latest
                steps:
                  - run: ./publish.sh ${{ github.ref != 'refs/heads/main' && '--dry-run' || '' }}
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for site in ExpressionSites.all(in: model) {
            guard let x = site.expression.expr else { continue }
            var hit: Expr?
            x.walk { e in
                guard hit == nil, case .binary(.or, let l, _) = e, case .binary(.and, _, let mid) = l, mid.isFalsyLiteral else { return }
                hit = mid
            }
            guard hit != nil else { continue }
            let line = model.line(of: site.expression.raw, in: site.scalar, offset: site.expression.offset)
            out.append(.workflow(Self.rule, "`\(site.expression.raw)` is a pseudo-ternary whose true branch is falsy, so it always yields the fallback.",
                                 context, line: line, anchor: site.expression.raw))
        }
        return out
    }
}
