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
            `CARGO_REGISTRY_TOKEN`, and `gem push` with `GEM_HOST_API_KEY`. Also any publish command to a public \
            registry (`twine upload`, also as `python -m twine`, `npm`/`bun`/`pnpm`/`yarn publish`, `uv publish`, \
            `cargo publish`, `gem push`, `dotnet nuget push`) in a job whose explicit permissions lack \
            `id-token: write`: without it trusted publishing is impossible, so the command can only use a stored \
            credential. `--dry-run` and custom registries (`--registry`, `--repository-url`) are not reported.
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
            Example(.triggers, path: wf, """
            on: push
            jobs:
              release:
                runs-on: ubuntu-latest
                permissions:
                  contents: read
                steps:
                  - run: python -m twine upload dist/* # <-
                  - run: dotnet nuget push out/pkg.nupkg # <-
            """),
            Example(.clean, path: wf, """
            on: push
            jobs:
              release:
                runs-on: ubuntu-latest
                permissions:
                  contents: read
                steps:
                  - run: bun publish --dry-run
                  - run: npm publish --registry https://npm.internal.example
            """),
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

    /// Whether the job's token certainly lacks `id-token: write` (explicit permissions without it).
    /// Unknown (default) permissions are not judged.
    static func lacksIDToken(job: Job, workflow: Workflow?) -> Bool {
        guard let p = job.permissions ?? workflow?.permissions else { return false }
        return p.level("id-token") != "write"
    }

    /// The command behind `python -m`, `bundle exec`, `pipx run`, `bunx`, `npx`, `uvx`, `uv run`,
    /// with a pinned version (`twine==6.1.0`) reduced to the name.
    static func unwrapped(_ words: [String]) -> [String] {
        var w = words[...]
        for _ in 0..<4 {
            guard let f = w.first else { break }
            let name = f.split(separator: "/").last.map(String.init) ?? f
            if name.hasPrefix("python"), w.dropFirst().first == "-m" { w = w.dropFirst(2); continue }
            if name == "bundle", w.dropFirst().first == "exec" { w = w.dropFirst(2); continue }
            if name == "pipx" || name == "uv", w.dropFirst().first == "run" { w = w.dropFirst(2); continue }
            if ["bunx", "npx", "uvx"].contains(name) { w = w.dropFirst(); continue }
            break
        }
        var out = Array(w)
        // `twine==6.1.0`, `npm@10` (a leading `@` is a scope, not a version).
        if let f = out.first, f.count > 1 {
            let cut = f.range(of: "==")?.lowerBound ?? f.dropFirst().firstIndex(of: "@")
            if let cut { out[0] = String(f[..<cut]) }
        }
        return out
    }

    /// A registry other than the public one named on the command line (trusted publishing is the
    /// public registries' feature).
    static func customRegistry(_ w: [String]) -> Bool {
        for (i, x) in w.enumerated() {
            for flag in ["--registry", "--repository-url", "--repository", "--index", "--publish-url", "--source", "-r", "-s"] {
                let value: String?
                if x == flag { value = i + 1 < w.count ? w[i + 1] : nil }
                else if x.hasPrefix(flag + "=") { value = String(x.dropFirst(flag.count + 1)) }
                else { continue }
                guard let v = value?.lowercased() else { continue }
                let publicHosts = ["registry.npmjs.org", "pypi.org", "upload.pypi.org", "crates.io", "rubygems.org", "nuget.org", "api.nuget.org", "pypi"]
                if !publicHosts.contains(where: { v.contains($0) }) { return true }
            }
        }
        return false
    }

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
            let noOIDC = job.map { Self.lacksIDToken(job: $0, workflow: model.workflow) } ?? false
            for c in ShellTokenizer.commands(in: run.value) {
                let w = Self.unwrapped(c.effectiveWords)
                guard let first = w.first, w.count >= 2 else { continue }
                let p = String(first.split(separator: "/").last ?? Substring(first))
                let sub = w.count >= 3 && ["nuget"].contains(w[1]) ? w[2] : w[1]
                let publishes = (["npm", "pnpm", "yarn", "uv", "poetry", "bun"].contains(p) && w[1] == "publish")
                    || (p == "twine" && w[1] == "upload") || (p == "cargo" && w[1] == "publish") || (p == "gem" && w[1] == "push")
                    || ((p == "nuget" || p == "nuget.exe") && w[1] == "push") || (p == "dotnet" && w[1] == "nuget" && sub == "push")
                guard publishes, !w.contains("--dry-run"), !Self.customRegistry(w) else { continue }
                let vars = Self.tokenVars[p]?.split(separator: "|").map(String.init) ?? []
                let envs = (model.workflow?.env ?? []) + (job?.env ?? []) + step.env
                let tokenFromSecret = envs.contains { e in vars.contains(e.key.value) && (e.value.string ?? "").contains("secrets.") }
                    || w.contains { $0.contains("secrets.") || $0.hasPrefix("--token") || $0.hasPrefix("-p") && p == "twine" }
                let verb = p == "dotnet" ? "dotnet nuget push" : "\(p) \(w[1])"
                if tokenFromSecret {
                    out.append(.workflow(Self.rule, "`\(verb)` authenticates with a stored long-lived token; the registry supports trusted publishing (OIDC).",
                                         context, line: model.line(ofScriptLine: c.line, in: run), anchor: "\(p):\(step.index)"))
                } else if noOIDC {
                    // Trusted publishing needs `id-token: write`; without it the command can only
                    // authenticate with a stored credential set up elsewhere in the job.
                    out.append(.workflow(Self.rule, "`\(verb)` runs in a job without `id-token: write`, so it can only authenticate with a stored long-lived token; the registry supports trusted publishing (OIDC).",
                                         context, line: model.line(ofScriptLine: c.line, in: run), anchor: "\(p):\(step.index)"))
                }
            }
        }
        return out
    }
}
