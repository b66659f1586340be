import BulwarkCore
import BulwarkFormats

/// Secrets readable by a third-party action that is not pinned to a commit.
struct SecretsToUnpinnedActionRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-secrets-to-unpinned-action", name: "Secret handed to an unpinned third-party action", family: "workflows",
        summary: "A third-party action pinned only by tag or branch receives a secret through `with:` or `env:`.",
        rationale: rationale(
            detects: """
            Steps that use a third-party action (not `actions/*`, `github/*`) at a mutable ref and pass a secret \
            other than `GITHUB_TOKEN` in `with:` or in step or job `env:`. An action of the repository's own \
            owner (`anthropics/claude-code-action@v1` in an `anthropics/*` repository) is medium: no third party \
            can retag it, but anyone with write access to that other repository of the organisation (or a token \
            leaked from its CI) changes what receives the secret, so a SHA pin still separates the two. The owner \
            is what the repository says it is: the `origin` remote of a git checkout, the repository or homepage \
            URL of a root `pyproject.toml`, `package.json`, `Cargo.toml` or `setup.cfg`, the `git clone` line of \
            `CONTRIBUTING.md`, and the `trusted-owners` option.
            """,
            matters: "The action's maintainers (or whoever compromises them) decide what code receives the secret on the next run. In the tj-actions and reviewdog incidents, secrets passed to the retagged actions were dumped to logs.",
            fix: "Pin the action to a full commit SHA, or keep the secret away from it.",
            references: ["CVE-2025-30066", "CVE-2025-30154",
                         "[GitHub: Using third-party actions](https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions)"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Pin the action by full SHA before giving it secrets.",
        options: [.strings("trusted-owners", "GitHub owners whose actions count as the repository's own (in addition to what the repository says)")],
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
            Example(.triggers, path: wf, """
            on: push
            jobs:
              review:
                runs-on: ubuntu-latest
                steps:
                  - uses: acme-labs/review-action@v1 # <-
                    with:
                      api-key: ${{ secrets.REVIEW_KEY }}
            """, options: ["trusted-owners": .list([.string("acme-labs")])]),
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
        var own: Set<String>?
        func owners() -> Set<String> {
            if let own { return own }
            let o = RepositoryOwner.owners(of: context.file).union(context.settings.strings("trusted-owners").map { $0.lowercased() })
            own = o
            return o
        }
        for (job, step) in model.steps {
            guard let a = step.action, a.kind == .repository, let u = step.uses, !a.isFullSHA,
                  !UnpinnedActionRule.firstPartyOwners.contains(a.owner) else { continue }
            let names = NSOrderedSetLike(Self.secrets(in: step.with) + Self.secrets(in: step.env) + Self.secrets(in: job?.env ?? []))
            guard !names.isEmpty else { continue }
            if owners().contains(a.owner) {
                out.append(.workflow(Self.rule, "`\(u.value)` is the repository owner's own action but not pinned to a commit: whoever can write to `\(a.slug)` changes what reads \(names.prefix(4).joined(separator: ", ")).",
                                     context, line: u.line, column: u.column, severity: .medium, anchor: u.value))
                continue
            }
            out.append(.workflow(Self.rule, "`\(u.value)` is not pinned to a commit and can read \(names.prefix(4).joined(separator: ", ")).",
                                 context, line: u.line, column: u.column, anchor: u.value))
        }
        return out
    }
}
