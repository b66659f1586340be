import BulwarkCore
import BulwarkFormats

/// The hook repositories of a `.pre-commit-config.yaml`.
enum PreCommitRepos {
    struct Repo {
        var url: YScalar
        var rev: YScalar?
        /// `owner/repo` lowercased for `https://github.com/owner/repo(.git)`.
        var githubSlug: String? {
            var u = url.value.lowercased()
            for p in ["https://github.com/", "http://github.com/", "git://github.com/", "ssh://git@github.com/", "git@github.com:"] where u.hasPrefix(p) {
                u.removeFirst(p.count)
                if u.hasSuffix(".git") { u.removeLast(4) }
                let parts = u.split(separator: "/")
                return parts.count >= 2 ? parts[0] + "/" + parts[1] : nil
            }
            return nil
        }
    }

    /// `repos:` entries with a `repo:` URL (the `local` and `meta` pseudo-repositories are skipped).
    static func of(_ root: YMapping) -> [Repo] {
        guard let repos = root["repos"]?.sequence else { return [] }
        return repos.items.prefix(10_000).compactMap { item in
            guard let m = item.mapping, let url = m["repo"]?.scalar, url.value != "local", url.value != "meta" else { return nil }
            return Repo(url: url, rev: m["rev"]?.scalar)
        }
    }
}

/// A pre-commit hook repository fetched over a scheme without transport security.
struct PreCommitInsecureRepoRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-precommit-insecure-repo", name: "pre-commit hooks fetched without TLS", family: "workflows",
        summary: "A `.pre-commit-config.yaml` repository URL uses `http://` or `git://`, so anyone on the network path can swap the hook code that runs on every commit.",
        rationale: rationale(
            detects: "`repo:` URLs in `.pre-commit-config.yaml` (or `.yml`) that start with `http://` or `git://`.",
            matters: "pre-commit clones each hook repository and runs its code on every developer's commit and in CI, with their credentials. Over plain HTTP or the unauthenticated git protocol, a network attacker (public Wi-Fi, a compromised proxy) serves any code they like for the tag `rev:` names.",
            fix: "Use the `https://` URL of the same repository, and pin `rev:` to a full commit SHA (`pre-commit autoupdate --freeze`).",
            references: ["[pre-commit: plugins](https://pre-commit.com/#plugins)",
                         "CWE-319: Cleartext Transmission of Sensitive Information",
                         "zizmor audit `insecure-url-scheme`"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Use the https:// URL of the hook repository and pin rev to a commit SHA.",
        examples: [
            Example(.triggers, path: ".pre-commit-config.yaml", """
            repos:
              - repo: http://github.com/pre-commit/pre-commit-hooks # <-
                rev: v4.6.0
                hooks:
                  - id: check-yaml
            """, commentPrefix: "#"),
            Example(.clean, path: ".pre-commit-config.yaml", """
            repos:
              - repo: https://github.com/pre-commit/pre-commit-hooks
                rev: 2c9f875913ee60ca25ce70243dc24d5b6415598c # frozen: v4.6.0
                hooks:
                  - id: check-yaml
              - repo: local
                hooks:
                  - id: tests
                    name: tests
                    entry: make test
                    language: system
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard case .preCommit(let root) = model.document else { return [] }
        return PreCommitRepos.of(root).compactMap { r in
            let lower = r.url.value.lowercased()
            guard let scheme = ["http://", "git://"].first(where: { lower.hasPrefix($0) }) else { return nil }
            return .workflow(Self.rule, "pre-commit fetches hooks from `\(r.url.value)` over `\(scheme.dropLast(3))`: a network attacker can replace the code that runs on every commit; use https://.",
                             context, line: r.url.line, column: r.url.column, anchor: r.url.value)
        }
    }
}
