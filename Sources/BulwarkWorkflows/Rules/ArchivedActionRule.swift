import BulwarkCore
import BulwarkFormats

/// Actions and reusable workflows from repositories that their owners archived.
struct ArchivedActionRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-archived-action", name: "Action from an archived repository", family: "workflows",
        summary: "A step or job uses an action or reusable workflow whose repository is archived (read-only, unmaintained).",
        rationale: rationale(
            detects: """
            `uses:` of steps, composite action steps and reusable-workflow jobs whose `owner/repo` is in a small \
            offline list of archived action repositories (compared case-insensitively): `actions/setup-ruby`, \
            `actions/create-release`, `actions/upload-release-asset`, `actions/setup-elixir`, \
            `actions/setup-haskell`, the `actions-rs/*` actions, `crazy-max/ghaction-docker-buildx`, \
            `azure/k8s-actions`, `azure/container-scan`, `repo-sync/pull-request`. The list only holds \
            repositories whose archival was confirmed from two sources; an action missing from it is not known \
            to be maintained.
            """,
            matters: """
            An archived repository receives no fixes: vulnerabilities in the action or in the dependencies it \
            bundles (JavaScript actions ship their `node_modules`) stay, and it keeps running on whatever runtime \
            it was built for. The action still runs with the job's token and secrets.
            """,
            fix: "Replace it with the maintained successor (`ruby/setup-ruby`, `erlef/setup-beam`, `haskell-actions/setup`, `dtolnay/rust-toolchain` or plain `cargo`, `softprops/action-gh-release` or `gh release`, `docker/setup-buildx-action`) or with a `run:` step.",
            references: ["[GitHub: Archiving repositories](https://docs.github.com/en/repositories/archiving-a-github-repository/archiving-repositories)",
                         "zizmor audit `archived-uses`"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Move to a maintained action or a plain `run:` step.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions-rs/toolchain@16499b5e05bf2e26879000db0c1d13f7e13fa3af # v1.0.7 # <-
                  - uses: actions/create-release@0cb9c9b65d5d1901c1f53e5e66eaf4afd303e70e # v1.1.4 # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: dtolnay/rust-toolchain@stable
                  - uses: ruby/setup-ruby@v1
                  - uses: actions/setup-python@v5
            """),
        ])
    var description: RuleDescription { Self.rule }

    /// Archived action repositories (owner/repo, lowercased) and the suggested successor.
    static let archived: [String: String] = [
        "actions/setup-ruby": "ruby/setup-ruby",
        "actions/create-release": "softprops/action-gh-release or `gh release create`",
        "actions/upload-release-asset": "softprops/action-gh-release or `gh release upload`",
        "actions/setup-elixir": "erlef/setup-beam",
        "actions/setup-haskell": "haskell-actions/setup",
        "actions-rs/toolchain": "dtolnay/rust-toolchain or `rustup`",
        "actions-rs/cargo": "a `run: cargo ...` step",
        "actions-rs/clippy-check": "a `run: cargo clippy` step",
        "actions-rs/audit-check": "rustsec/audit-check",
        "actions-rs/tarpaulin": "a `run: cargo tarpaulin` step",
        "actions-rs/install": "taiki-e/install-action or `cargo install --locked`",
        "actions-rs/grcov": "a `run: grcov ...` step",
        "crazy-max/ghaction-docker-buildx": "docker/setup-buildx-action",
        "azure/k8s-actions": "the separate azure/k8s-* actions",
        "azure/container-scan": "a maintained image scanner",
        "repo-sync/pull-request": "`gh pr create`",
        // pre-commit hook repositories (`repos:` of `.pre-commit-config.yaml`).
        "pre-commit/mirrors-prettier": "`rbubley/mirrors-prettier` (the maintained mirror) or a `local` hook that runs a pinned prettier",
    ]

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        if case .preCommit(let root) = model.document {
            return PreCommitRepos.of(root).compactMap { r in
                guard let slug = r.githubSlug, let successor = Self.archived[slug] else { return nil }
                return .workflow(Self.rule, "pre-commit hook repository `\(slug)` is archived: its hooks get no fixes, yet run on every commit and in CI. Replace it with \(successor).",
                                 context, line: r.url.line, column: r.url.column, anchor: slug)
            }
        }
        var refs: [(YScalar, ActionRef)] = model.steps.compactMap { s in
            guard let u = s.step.uses, let a = s.step.action, a.kind == .repository else { return nil }
            return (u, a)
        }
        for j in model.workflow?.jobs ?? [] {
            if let u = j.uses, let a = ActionRef(u.value), a.kind == .repository { refs.append((u, a)) }
        }
        return refs.compactMap { u, a in
            guard let successor = Self.archived[a.slug] else { return nil }
            return .workflow(Self.rule, "`\(a.slug)` is archived: it gets no security fixes, yet runs with this job's token and secrets. Replace it with \(successor).",
                             context, line: u.line, column: u.column, anchor: a.slug)
        }
    }
}
