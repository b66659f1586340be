import BulwarkCore
import BulwarkFormats

/// `fromJSON(secrets.X).y`: derived values that log masking does not know.
struct UnredactedSecretsRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-unredacted-secrets", name: "Secret-derived value escapes log masking", family: "workflows",
        summary: "An expression extracts a field from a structured secret (`fromJSON(secrets.X).key`), which the runner does not mask in logs.",
        rationale: rationale(
            detects: "`fromJSON(secrets.*)` followed by property or index access.",
            matters: "GitHub masks the exact secret string in logs, not substrings or values derived from it: a field extracted from a JSON secret is printed in clear text whenever a tool echoes it.",
            fix: "Store each value as its own secret, or call `echo \"::add-mask::$VALUE\"` before using a derived value.",
            references: ["[GitHub: Using secrets, masking](https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions#using-secrets-in-a-workflow)",
                         "zizmor audit `unredacted-secrets`"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Split structured secrets into individual secrets, or mask derived values with `::add-mask::`.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: ./deploy.sh
                    env:
                      DB_PASSWORD: ${{ fromJSON(secrets.DB_CONFIG).password }} # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: ./deploy.sh
                    env:
                      DB_PASSWORD: ${{ secrets.DB_PASSWORD }}
                      CONFIG: ${{ fromJSON(vars.CONFIG).region }}
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let root = model.workflowOrActionRoot else { return [] }
        var out: [Finding] = []
        for (s, e) in CIModel.expressions(in: root) {
            guard let x = e.expr else { continue }
            var bad = false
            x.walk { n in
                guard case .access(let base, let segs) = n, !segs.isEmpty,
                      case .call(let name, let args) = base, name.lowercased() == "fromjson" else { return }
                if args.contains(where: { a in if case .path(let p) = a { p.root.lowercased() == "secrets" } else { false } }) { bad = true }
            }
            if bad {
                out.append(.workflow(Self.rule, "`\(e.raw)` derives a value from a secret; log masking does not cover it.",
                                     context, line: model.line(of: e.raw, in: s, offset: e.offset), anchor: e.raw))
            }
        }
        return out
    }
}
