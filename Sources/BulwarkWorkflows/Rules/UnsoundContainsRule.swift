import BulwarkCore
import BulwarkFormats

/// `contains('a b c', github.ref)`: substring test used as a membership test.
struct UnsoundContainsRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-unsound-contains", name: "Substring test used as an allowlist", family: "workflows",
        summary: "`contains()` with a string literal as haystack matches any substring, so `refs/heads/mai` passes `contains('refs/heads/main ...', github.ref)`.",
        rationale: rationale(
            detects: "`contains(<string literal>, <context value>)` in `if:` conditions, where the literal is a list of allowed values written as one string.",
            matters: "When the needle can be chosen by an attacker (a branch name, a PR head ref), any substring of the allowlist passes the check: a fork branch named `main` or `rel` reaches the privileged path.",
            fix: "Use an array: `contains(fromJSON('[\"refs/heads/main\", \"refs/heads/release\"]'), github.ref)`, or compare with `==`.",
            references: ["[GitHub: contains()](https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/evaluate-expressions-in-workflows-and-actions#contains)",
                         "zizmor audit `unsound-contains`"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Use `contains(fromJSON('[...]'), value)` or explicit `==` comparisons.",
        examples: [
            Example(.triggers, path: wf, """
            on: pull_request_target
            jobs:
              deploy:
                runs-on: ubuntu-latest
                if: contains('refs/heads/main refs/heads/release', github.head_ref) # <-
                steps:
                  - run: ./deploy.sh
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                if: contains(fromJSON('["refs/heads/main", "refs/heads/release"]'), github.ref) && contains(github.event.head_commit.message, '[deploy]')
                steps:
                  - run: ./deploy.sh
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var conds: [YScalar] = model.workflow?.jobs.compactMap(\.condition) ?? []
        conds += model.steps.compactMap(\.step.condition)
        var out: [Finding] = []
        for c in conds {
            guard let e = try? ExpressionParser.parseCondition(c.value) else { continue }
            var hit: String?
            e.walk { n in
                guard case .call(let name, let args) = n, name.lowercased() == "contains", args.count == 2,
                      case .string(let hay) = args[0], case .path(let p) = args[1] else { return }
                hit = "contains('\(hay)', \(p.normalized))"
                if Taint.isAttackerControlled(p.components) || p.normalized == "github.ref" || p.normalized == "github.head_ref" {
                    hit! += "!"
                }
            }
            guard let h = hit else { continue }
            let attacker = h.hasSuffix("!")
            out.append(.workflow(Self.rule, "`\(attacker ? String(h.dropLast()) : h)` is a substring test: any substring of the literal passes.",
                                 context, line: c.line, column: c.column, severity: attacker ? .high : .medium))
        }
        return out
    }
}
