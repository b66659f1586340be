import BulwarkCore
import BulwarkFormats

/// `toJSON(secrets)` or dynamic `secrets[...]` indexing.
struct OverprovisionedSecretsRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-overprovisioned-secrets", name: "Whole secrets context exposed", family: "workflows",
        summary: "An expression serializes the whole `secrets` context (`toJSON(secrets)`) or indexes it dynamically.",
        rationale: rationale(
            detects: "`${{ toJSON(secrets) }}`, `${{ secrets }}` and `secrets[<expression>]` anywhere in a workflow or action.",
            matters: "The runner receives every secret of the repository and organization instead of the few the step needs; any log leak, injected step or malicious dependency gets them all.",
            fix: "Reference each needed secret by name: `${{ secrets.DEPLOY_KEY }}`.",
            references: ["[GitHub: Using secrets](https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions)",
                         "zizmor audit `overprovisioned-secrets`"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Reference only the secrets the step needs, by name.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: ./deploy.sh
                    env:
                      ALL_SECRETS: ${{ toJSON(secrets) }} # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: ./deploy.sh
                    env:
                      KEY: ${{ secrets.DEPLOY_KEY }}
                      MATRIX: ${{ toJSON(matrix) }}
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
                if case .path(let p) = n, p.root.lowercased() == "secrets" {
                    if p.segments.isEmpty { bad = true }
                    if case .expr? = p.segments.first { bad = true }
                }
            }
            if bad {
                out.append(.workflow(Self.rule, "`\(e.raw)` exposes the whole secrets context to this step.",
                                     context, line: model.line(of: e.raw, in: s, offset: e.offset), anchor: e.raw))
            }
        }
        return out
    }
}
