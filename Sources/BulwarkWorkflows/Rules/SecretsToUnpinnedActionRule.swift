import BulwarkCore
import BulwarkFormats

/// Secrets readable by a third-party action that is not pinned to a commit.
struct SecretsToUnpinnedActionRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-secrets-to-unpinned-action", name: "Secret handed to an unpinned third-party action", family: "workflows",
        summary: "A third-party action pinned only by tag or branch receives a secret through `with:` or `env:`.",
        rationale: rationale(
            detects: "Steps that use a third-party action (not `actions/*`, `github/*`) at a mutable ref and pass a secret other than `GITHUB_TOKEN` in `with:` or in step or job `env:`.",
            matters: "The action's maintainers (or whoever compromises them) decide what code receives the secret on the next run. In the tj-actions and reviewdog incidents, secrets passed to the retagged actions were dumped to logs.",
            fix: "Pin the action to a full commit SHA, or keep the secret away from it.",
            references: ["CVE-2025-30066", "CVE-2025-30154",
                         "[GitHub: Using third-party actions](https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions)"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Pin the action by full SHA before giving it secrets.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - uses: appleboy/ssh-action@v1 # <-
                    with:
                      key: ${{ secrets.SSH_KEY }}
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - uses: appleboy/ssh-action@2ead5e36573f08b82fbfce1504f1a4b05a647c6f # v1.2.2
                    with:
                      key: ${{ secrets.SSH_KEY }}
                  - uses: actions/setup-node@v4
                    with:
                      token: ${{ secrets.NODE_TOKEN }}
            """),
        ])
    var description: RuleDescription { Self.rule }

    static func secrets(in entries: [YMapping.Entry]) -> [String] {
        entries.flatMap { e -> [String] in
            guard let v = e.value.string else { return [] }
            return ExpressionParser.embedded(in: v).compactMap(\.expr).flatMap(\.paths)
                .filter { $0.root.lowercased() == "secrets" && $0.normalized != "secrets.github_token" }.map(\.normalized)
        }
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for (job, step) in model.steps {
            guard let a = step.action, a.kind == .repository, let u = step.uses, !a.isFullSHA,
                  !UnpinnedActionRule.firstPartyOwners.contains(a.owner) else { continue }
            let names = NSOrderedSetLike(Self.secrets(in: step.with) + Self.secrets(in: step.env) + Self.secrets(in: job?.env ?? []))
            guard !names.isEmpty else { continue }
            out.append(.workflow(Self.rule, "`\(u.value)` is not pinned to a commit and can read \(names.prefix(4).joined(separator: ", ")).",
                                 context, line: u.line, column: u.column, anchor: u.value))
        }
        return out
    }
}
