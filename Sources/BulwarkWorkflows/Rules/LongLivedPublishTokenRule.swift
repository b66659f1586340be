import BulwarkCore
import BulwarkFormats

/// Long-lived registry tokens where OIDC trusted publishing exists (PyPI, npm, crates.io, RubyGems).
struct LongLivedPublishTokenRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-long-lived-publish-token", name: "Long-lived publish token instead of trusted publishing", family: "workflows",
        summary: "A package is published with a stored API token although the registry supports OIDC trusted publishing.",
        rationale: rationale(
            detects: """
            `pypa/gh-action-pypi-publish` with a `password:` input, `twine upload` / `uv publish` with a token \
            from secrets, `npm publish` with `NODE_AUTH_TOKEN`/`NPM_TOKEN` from secrets, `cargo publish` with \
            `CARGO_REGISTRY_TOKEN`, and `gem push` with `GEM_HOST_API_KEY`.
            """,
            matters: "A stored token is valid everywhere and for a long time: once leaked (a compromised action, a memory dump like tj-actions) it publishes malware until someone notices. Trusted publishing mints a short-lived token bound to this repository and workflow.",
            fix: "Configure trusted publishing on the registry, grant `id-token: write` to the publishing job, drop the token, and delete the secret.",
            references: ["[PyPI: Trusted publishers](https://docs.pypi.org/trusted-publishers/)",
                         "[npm: Trusted publishing](https://docs.npmjs.com/trusted-publishers)",
                         "[crates.io: Trusted publishing](https://crates.io/docs/trusted-publishing)",
                         "zizmor audit `use-trusted-publishing`"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Switch to OIDC trusted publishing and delete the stored token.",
        examples: [
            Example(.triggers, path: wf, """
            on:
              release:
                types: [published]
            jobs:
              publish:
                runs-on: ubuntu-latest
                steps:
                  - uses: pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc # v1.12.4
                    with:
                      password: ${{ secrets.PYPI_TOKEN }} # <-
                  - run: npm publish # <-
                    env:
                      NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on:
              release:
                types: [published]
            jobs:
              publish:
                runs-on: ubuntu-latest
                permissions:
                  id-token: write
                steps:
                  - uses: pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc # v1.12.4
                  - run: npm publish --provenance
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let tokenVars: [String: String] = [
        "npm": "NODE_AUTH_TOKEN|NPM_TOKEN", "pnpm": "NODE_AUTH_TOKEN|NPM_TOKEN", "yarn": "NODE_AUTH_TOKEN|NPM_TOKEN|YARN_NPM_AUTH_TOKEN",
        "twine": "TWINE_PASSWORD", "uv": "UV_PUBLISH_TOKEN", "cargo": "CARGO_REGISTRY_TOKEN", "gem": "GEM_HOST_API_KEY",
        "poetry": "POETRY_PYPI_TOKEN_PYPI",
    ]

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for (job, step) in model.steps {
            if let a = step.action, a.slug == "pypa/gh-action-pypi-publish", let pw = step.input("password"),
               pw.value.contains("secrets.") {
                let url = step.input("repository-url")?.value ?? ""
                if url.isEmpty || url.contains("pypi.org") {
                    out.append(.workflow(Self.rule, "PyPI publishing uses a stored token (`password:`); PyPI supports trusted publishing.",
                                         context, line: pw.line, column: pw.column, anchor: "pypi:\(step.index)"))
                }
            }
            guard let run = step.run else { continue }
            for c in ShellTokenizer.commands(in: run.value) {
                let w = c.effectiveWords
                guard let p = c.program, w.count >= 2 else { continue }
                let publishes = (["npm", "pnpm", "yarn", "uv", "poetry"].contains(p) && w[1] == "publish")
                    || (p == "twine" && w[1] == "upload") || (p == "cargo" && w[1] == "publish") || (p == "gem" && w[1] == "push")
                guard publishes, let vars = Self.tokenVars[p]?.split(separator: "|").map(String.init) else { continue }
                let envs = (model.workflow?.env ?? []) + (job?.env ?? []) + step.env
                let tokenFromSecret = envs.contains { e in vars.contains(e.key.value) && (e.value.string ?? "").contains("secrets.") }
                    || w.contains { $0.contains("secrets.") || $0.hasPrefix("--token") || $0.hasPrefix("-p") && p == "twine" }
                guard tokenFromSecret else { continue }
                out.append(.workflow(Self.rule, "`\(p) \(w[1])` authenticates with a stored long-lived token; the registry supports trusted publishing (OIDC).",
                                     context, line: model.line(ofScriptLine: c.line, in: run), anchor: "\(p):\(step.index)"))
            }
        }
        return out
    }
}
