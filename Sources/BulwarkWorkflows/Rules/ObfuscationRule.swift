import BulwarkCore
import BulwarkFormats

/// Needlessly indirect `uses:` paths and expressions that hide what a workflow does.
struct ObfuscationRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-obfuscation", name: "Obfuscated action reference or expression", family: "workflows",
        summary: "A `uses:` path with empty, `.` or `..` components, or a `${{ }}` expression that reduces to a constant, disguises what the workflow runs.",
        rationale: rationale(
            detects: """
            `uses:` references whose path has empty components (`actions/checkout//@...`, a trailing `/`), `.` or \
            `..` components (`actions/cache/save/../save`); `${{ }}` expressions built only from literals and \
            pure functions (`format('{0}', 'abc')`, `1 != 2`, `true || false`, `startsWith('abc', 'a')`), and \
            constant parts of larger expressions (`format('{0}', github.event.number, format('{0}', 'x'))`); a \
            bare literal (`${{ 'a' }}`) inside a `run:` script. `if:` values are left to the condition rules. A \
            `with:` given as one expression (`with: ${{ fromJSON(...) }}`) is reported as information: its \
            inputs cannot be checked.
            """,
            matters: """
            Reviewers, policy engines (allow-lists of actions, "pin everything" rules) and scanners match the \
            text: `actions/checkout/.@sha` or `owner/repo/x/../y` is the same action under another spelling, and \
            an expression that builds a constant at run time hides the value it produces. Legitimate workflows \
            have no reason to write either; in an attacker's pull request they are a way to slip past checks.
            """,
            fix: "Write the plain reference (`actions/checkout@<sha>`) and the constant itself instead of the expression.",
            references: ["[GitHub: Expressions](https://docs.github.com/en/actions/reference/workflows-and-actions/expressions)",
                         "zizmor audit `obfuscation`"]),
        defaultSeverity: .low, defaultConfidence: .high,
        remediation: "Simplify the reference or expression to its plain form.",
        examples: [
            Example(.triggers, path: wf, """
            on: pull_request
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout/.@08eba0b27e820071cde6df949e0beb9ba4906955 # <-
                  - uses: actions/cache/save/../save@0057852bfaa89a56745cba8c7296529d2fc39830 # <-
                  - run: echo ${{ format('{0}/{1}', 'octo', 'cat') }} # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: pull_request
            jobs:
              build:
                runs-on: ubuntu-latest
                if: ${{ false }}
                steps:
                  - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955
                  - uses: github/codeql-action/init@v3
                  - run: echo "${{ format('{0}-{1}', github.ref_name, github.sha) }}"
                    env:
                      MODE: ${{ github.event_name == 'push' && 'full' || 'quick' }}
            """),
        ])
    var description: RuleDescription { Self.rule }

    /// What is wrong with the path part of a `uses:` reference, or nil.
    static func pathProblem(_ raw: String) -> String? {
        let t = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.hasPrefix("./"), !t.hasPrefix("$/"), !t.lowercased().hasPrefix("docker://") else { return nil }
        let path = t.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? t
        let comps = path.split(separator: "/", omittingEmptySubsequences: false)
        if comps.contains(where: { $0 == ".." }) { return "contains a `..` component" }
        if comps.contains(where: { $0 == "." }) { return "contains a `.` component" }
        if comps.contains(where: \.isEmpty) { return "contains an empty component (`//` or a trailing `/`)" }
        return nil
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        var uses: [YScalar] = model.steps.compactMap(\.step.uses)
        uses += model.workflow?.jobs.compactMap(\.uses) ?? []
        for u in uses {
            guard let p = Self.pathProblem(u.value) else { continue }
            out.append(.workflow(Self.rule, "`uses: \(u.value)` \(p): it names the same action as the plain path while disguising it from reviewers and policies.",
                                 context, line: u.line, column: u.column, anchor: u.value))
        }
        for (_, step) in model.steps {
            if let w = step.node["with"]?.scalar, w.value.contains("${{") {
                out.append(.workflow(Self.rule, "`with: \(w.value)` builds every input at run time, so none of them can be checked.",
                                     context, line: w.line, column: w.column, severity: .info, anchor: "with:" + w.value))
            }
        }
        for site in ExpressionSites.all(in: model) where site.key != "if" {
            guard let x = site.expression.expr else { continue }
            let line = model.line(of: site.expression.raw, in: site.scalar, offset: site.expression.offset)
            if x.isConstant {
                if x.isLiteral && site.key != "run" { continue }
                // `fromJSON('[...]')` is how a JSON value is written where YAML cannot give one (matrices, numbers).
                if case .call(let n, let args) = x, n.lowercased() == "fromjson", args.count == 1, args[0].isLiteral { continue }
                out.append(.workflow(Self.rule, "`\(site.expression.raw)` is a constant written as an expression; write its value instead.",
                                     context, line: line, anchor: site.expression.raw))
                continue
            }
            // A constant part inside a larger expression (one finding per expression).
            var reducible: Expr?
            x.walk { e in
                guard reducible == nil, !e.isLiteral, e.isConstant else { return }
                if case .call(let n, let args) = e, n.lowercased() == "fromjson", args.count == 1, args[0].isLiteral { return }
                reducible = e
            }
            if x.functionNames.contains("fromjson"), Self.hasRoundTrip(x) {
                out.append(.workflow(Self.rule, "`\(site.expression.raw)` wraps a value in `fromJSON(toJSON(...))`, which changes nothing but hides the value from readers.",
                                     context, line: line, anchor: site.expression.raw))
            } else if reducible != nil {
                out.append(.workflow(Self.rule, "`\(site.expression.raw)` contains a part that reduces to a constant; write its value instead.",
                                     context, line: line, anchor: site.expression.raw))
            }
        }
        return out
    }

    static func hasRoundTrip(_ x: Expr) -> Bool {
        var found = false
        x.walk { e in
            if case .call(let n, let args) = e, n.lowercased() == "fromjson", args.count == 1,
               case .call(let m, _) = args[0], m.lowercased() == "tojson" { found = true }
        }
        return found
    }
}
