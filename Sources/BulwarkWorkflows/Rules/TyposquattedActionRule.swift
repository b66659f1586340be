import BulwarkCore
import BulwarkFormats

/// `uses:` of an action whose name is one edit away from a popular action.
struct TyposquattedActionRule: Rule {
    typealias Model = CIModel
    static let popular: [String] = [
        "actions/checkout", "actions/setup-node", "actions/setup-python", "actions/setup-go", "actions/setup-java",
        "actions/setup-dotnet", "actions/cache", "actions/upload-artifact", "actions/download-artifact",
        "actions/github-script", "actions/create-release", "actions/stale", "actions/labeler",
        "actions/upload-pages-artifact", "actions/deploy-pages", "actions/configure-pages", "actions/attest-build-provenance",
        "docker/login-action", "docker/build-push-action", "docker/setup-buildx-action", "docker/setup-qemu-action",
        "docker/metadata-action", "github/codeql-action", "aws-actions/configure-aws-credentials",
        "azure/login", "google-github-actions/auth", "google-github-actions/setup-gcloud", "hashicorp/setup-terraform",
        "pypa/gh-action-pypi-publish", "softprops/action-gh-release", "peter-evans/create-pull-request",
        "codecov/codecov-action", "astral-sh/setup-uv", "pnpm/action-setup", "dtolnay/rust-toolchain",
        "swatinem/rust-cache", "golangci/golangci-lint-action", "goreleaser/goreleaser-action",
        "ruby/setup-ruby", "shivammathur/setup-php", "actions-rs/toolchain", "anthropics/claude-code-action",
        "tj-actions/changed-files", "dorny/paths-filter", "step-security/harden-runner", "sigstore/cosign-installer",
    ]
    static let popularOwners: Set<String> = Set(popular.map { String($0.split(separator: "/")[0]) })

    static let rule = RuleDescription(
        id: "workflow-typosquatted-action", name: "Typosquatted action name", family: "workflows",
        summary: "A step uses an action whose owner or name is one or two typos away from a popular action.",
        rationale: rationale(
            detects: """
            `uses:` whose `owner/repo` is not a known popular action but is within a small edit distance of one \
            (`actons/checkout`, `actions/checkuot`, `docker/build-push-actions`), or whose owner imitates a \
            popular owner (`action/checkout`, `actions-checkout/checkout`).
            """,
            matters: """
            Typosquatted actions are registered on purpose: a single missed letter runs an attacker's code with \
            the job's token and secrets. Researchers have found live typosquats of `actions/checkout` and \
            other top actions harvesting secrets.
            """,
            fix: "Fix the name to the intended action and pin it by SHA.",
            references: ["[Orca: typosquatting in GitHub Actions](https://orca.security/resources/blog/typosquatting-in-github-actions/)",
                         "CWE-1357"]),
        defaultSeverity: .high, defaultConfidence: .medium,
        remediation: "Correct the action name to the intended publisher and repository.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actons/checkout@v4 # <-
                  - uses: actions/setup-pyhton@v5 # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: actions/setup-node@v4
                  - uses: my-org/checkout-helper@0123456789abcdef0123456789abcdef01234567
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        let known = Set(Self.popular)
        for (_, step) in model.steps {
            guard let a = step.action, a.kind == .repository, let u = step.uses else { continue }
            let slug = a.slug
            if known.contains(slug) || Self.popularOwners.contains(a.owner) && !known.contains(where: { $0.hasPrefix(a.owner + "/") && editDistance($0, slug) <= 2 && $0 != slug }) { continue }
            guard let target = Self.popular.first(where: { p in
                let d = editDistance(p, slug)
                return d > 0 && d <= (p.count >= 14 ? 2 : 1)
            }) else { continue }
            out.append(.workflow(Self.rule, "`\(a.slug)` looks like a typo of the popular action `\(target)`; a typosquatted action runs with this job's token and secrets.",
                                 context, line: u.line, column: u.column, anchor: a.slug))
        }
        return out
    }
}
