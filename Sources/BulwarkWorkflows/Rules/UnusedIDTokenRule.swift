import BulwarkCore
import BulwarkFormats

/// `id-token: write` granted to a job in which nothing requests an OIDC token.
struct UnusedIDTokenRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-unused-id-token", name: "Unused OIDC token permission", family: "workflows",
        summary: "`id-token: write` is granted to a job in which no step requests an OIDC token.",
        rationale: rationale(
            detects: "Jobs that get `id-token: write` (from the job or the workflow level) without any step that uses OIDC: cloud login actions (AWS, Azure, GCP, Vault), trusted publishing (PyPI, npm, crates.io, RubyGems), attestations, Sigstore/cosign, Pages deployment, or scripts reading `ACTIONS_ID_TOKEN_REQUEST_*`. Jobs that call reusable workflows are skipped.",
            matters: "An OIDC token can be exchanged for cloud credentials or registry publish rights wherever a trust policy accepts this repository. Any compromised step in a job that holds the permission can mint one.",
            fix: "Remove `id-token: write` from jobs that do not need it; grant it only to the deploy or publish job.",
            references: ["[GitHub: OpenID Connect](https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect)", "CWE-250"]),
        defaultSeverity: .low, defaultConfidence: .medium,
        remediation: "Grant `id-token: write` only to the job that uses OIDC.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              test:
                runs-on: ubuntu-latest
                permissions:
                  contents: read
                  id-token: write # <-
                steps:
                  - run: pytest
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                permissions:
                  id-token: write
                steps:
                  - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2
                    with:
                      role-to-assume: arn:aws:iam::123456789012:role/deploy
                      aws-region: eu-west-1
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let oidcOwners: Set<String> = ["aws-actions", "azure", "google-github-actions", "hashicorp", "sigstore", "octo-sts", "jfrog", "rubygems"]
    static let oidcActions: Set<String> = [
        "pypa/gh-action-pypi-publish", "actions/attest-build-provenance", "actions/attest", "actions/attest-sbom",
        "actions/deploy-pages", "rust-lang/crates-io-auth-action", "codecov/codecov-action", "docker/login-action",
        "slsa-framework/slsa-github-generator", "cloudflare/wrangler-action", "firebaseextended/action-hosting-deploy",
        "digitalocean/action-doctl", "pulumi/auth-actions", "chainguard-dev/setup-chainctl", "anthropics/claude-code-action",
        "ossf/scorecard-action", "github/codeql-action/upload-sarif", "sigstore/gh-action-sigstore-python",
    ]
    static let oidcWords = ["ACTIONS_ID_TOKEN_REQUEST", "id-token", "--provenance", "npm publish", "pnpm publish", "yarn npm publish", "cosign",
                            "gh attestation", "uv publish", "trusted-publishing", "getIDToken", "twine upload", "gcloud", "az login", "aws sts"]

    /// Whether a step of the job mints or uses an OIDC token.
    static func usesIDToken(_ j: Job) -> Bool {
        j.steps.contains { s in
            if let a = s.action, a.kind == .repository, oidcOwners.contains(a.owner) || oidcActions.contains(a.slug) || oidcActions.contains(a.fullName) { return true }
            let text = (s.run?.value ?? "") + (s.input("script")?.value ?? "")
            return oidcWords.contains { text.contains($0) }
        }
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        var out: [Finding] = []
        for j in w.jobs where j.uses == nil {
            let perms = j.permissions ?? w.permissions
            guard let p = perms, p.level("id-token") == "write", !p.isWriteAll else { continue }
            guard !Self.usesIDToken(j) else { continue }
            let at: (Int, Int?)
            if case .map(let m)? = j.permissions, let e = m.entry("id-token") { at = (e.key.line, e.key.column) }
            else if case .map(let m)? = w.permissions, let e = m.entry("id-token") { at = (e.key.line, e.key.column) }
            else { at = (p.line, nil) }
            out.append(.workflow(Self.rule, "Job `\(j.id.value)` can mint OIDC tokens (`id-token: write`) but no step uses them.",
                                 context, line: at.0, column: at.1, anchor: j.id.value))
        }
        return out
    }
}
