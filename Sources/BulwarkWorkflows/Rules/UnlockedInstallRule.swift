import BulwarkCore
import BulwarkFormats

/// Dependency installs that ignore (or bypass) the lockfile.
struct UnlockedInstallRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-unlocked-install", name: "Install without lockfile discipline", family: "workflows",
        summary: "A CI script installs dependencies in a way that can resolve new, unreviewed versions (npm install, pip install pkg, go install @latest, ...).",
        rationale: rationale(
            detects: """
            Shell commands in `run:` (and GitLab `script:`), read with a small shell tokenizer: `npm install`/`npm i` \
            instead of `npm ci`, `yarn`/`yarn install` without `--frozen-lockfile`/`--immutable`, \
            `pnpm install --no-frozen-lockfile`, `yarn add`/`pnpm add`/`bundle add` of packages, `gem install` of \
            named gems (not Bundler itself), `pip install` of named packages or of requirements without \
            `--require-hashes`, `uv pip install` (prefer `uv sync --locked`), `cargo install` without `--locked`, \
            `go install ...@latest`, and `npx` of unversioned packages.
            """,
            matters: "An install that re-resolves versions picks up whatever was published minutes ago: the Shai-Hulud npm worm, the nx, chalk and debug compromises and typosquats all reached CI this way. A lockfile with hashes makes CI run only what was reviewed.",
            fix: "Use the lockfile-enforcing command (`npm ci`, `yarn install --immutable`, `pnpm install --frozen-lockfile`, `pip install --require-hashes -r requirements.txt`, `uv sync --locked`, `cargo install --locked`, `go install pkg@v1.2.3`).",
            references: ["[npm ci](https://docs.npmjs.com/cli/commands/npm-ci)", "[pip: secure installs with hashes](https://pip.pypa.io/en/stable/topics/secure-installs/)",
                         "[CISA: Shai-Hulud npm compromise](https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem)", "CWE-494"]),
        defaultSeverity: .medium, defaultConfidence: .medium,
        remediation: "Install from the lockfile with the frozen/locked variant of the command.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      npm install # <-
                      pip install requests torch # <-
                      go install golang.org/x/tools/cmd/goimports@latest # <-
            """, commentPrefix: "#"),
            Example(.triggers, path: ".gitlab-ci.yml", """
            test:
              image: node:22@sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c
              script:
                - yarn install # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      npm ci
                      pip install --require-hashes -r requirements.txt
                      pip install -e .
                      python -m pip install --upgrade pip
                      uv sync --locked
                      cargo install --locked cargo-deny
                      go install golang.org/x/tools/cmd/goimports@v0.24.0
                      yarn install --frozen-lockfile
            """),
        ])
    var description: RuleDescription { Self.rule }

    /// Words with each `${{ ... }}` expression, which the shell never sees split, joined into one word
    /// (`-r ${{ github.workspace }}/req.txt` is one path argument, not a package named
    /// `github.workspace`).
    static func joiningExpressions(_ words: [String]) -> [String] {
        var out: [String] = []
        var open: String?
        for w in words {
            if var cur = open {
                cur += w
                if w.contains("}}") { out.append(cur); open = nil } else { open = cur }
            } else if let r = w.range(of: "${{"), !w[r.upperBound...].contains("}}") {
                open = w
            } else {
                out.append(w)
            }
        }
        if let cur = open { out.append(cur) }
        return out
    }

    /// A problem description for one command, or nil.
    static func problem(_ c: ShellCommand) -> String? {
        var w = c.effectiveWords
        guard var p = c.program else { return nil }
        // `python -m pip ...` reads as `pip ...`.
        if p.hasPrefix("python"), w.count >= 3, w[1] == "-m" { p = w[2]; w = Array(w.dropFirst(2)) }
        let args = Self.joiningExpressions(Array(w.dropFirst()))
        let sub = args.first { !$0.hasPrefix("-") } ?? ""
        switch p {
        case "npm":
            if ["install", "i", "add", "isntall"].contains(sub) {
                let pkgs = args.drop { $0 != sub }.dropFirst().filter { !$0.hasPrefix("-") }
                if args.contains("-g") || args.contains("--global") {
                    return pkgs.allSatisfy({ $0.dropFirst().contains("@") }) ? nil : "`npm install -g` of an unversioned package"
                }
                return pkgs.isEmpty ? "`npm install` re-resolves dependencies; use `npm ci`" : "`npm install \(pkgs.joined(separator: " "))` adds packages outside the lockfile"
            }
        case "gem":
            // `gem install rake` resolves the gem and its dependencies outside `Gemfile.lock`; the
            // bootstrap of Bundler itself (which then installs from the lockfile) is not reported.
            if sub == "install" || sub == "i" {
                var named: [String] = [], skip = false
                for a in args.drop(while: { $0 != sub }).dropFirst() {
                    if skip { skip = false; continue }
                    if ["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--source", "-s", "--platform"].contains(a) { skip = true; continue }
                    if a.hasPrefix("-") || a.hasPrefix("$") || a.hasSuffix(".gem") { continue }
                    if ["bundler", "bundle"].contains(a.lowercased().split(separator: ":").first.map(String.init) ?? a) { continue }
                    named.append(a)
                }
                if !named.isEmpty { return "`gem install \(named.prefix(3).joined(separator: " "))` installs gems outside `Gemfile.lock`" }
            }
        case "bundle":
            if sub == "add" { return "`bundle add` changes the Gemfile and lockfile in CI instead of installing what was reviewed" }
        case "yarn":
            if sub == "add" {
                let pkgs = args.drop { $0 != "add" }.dropFirst().filter { !$0.hasPrefix("-") }
                if !pkgs.isEmpty, !args.contains("global") { return "`yarn add \(pkgs.prefix(3).joined(separator: " "))` adds packages outside the lockfile" }
            }
            if sub == "" || sub == "install" {
                if args.contains(where: { ["--frozen-lockfile", "--immutable", "--pure-lockfile"].contains($0) }) { return nil }
                return "`yarn install` without `--frozen-lockfile`/`--immutable` can rewrite the lockfile"
            }
        case "pnpm":
            if sub == "add" {
                let pkgs = args.drop { $0 != "add" }.dropFirst().filter { !$0.hasPrefix("-") }
                if !pkgs.isEmpty, !args.contains("-g"), !args.contains("--global") { return "`pnpm add \(pkgs.prefix(3).joined(separator: " "))` adds packages outside the lockfile" }
            }
            if sub == "install" || sub == "i", args.contains("--no-frozen-lockfile") { return "`pnpm install --no-frozen-lockfile` ignores the lockfile" }
        case "pip", "pip3":
            guard sub == "install" else { return nil }
            if args.contains("--require-hashes") { return nil }
            var reqs = false, named: [String] = []
            var skip = false
            for a in args.drop(while: { $0 != "install" }).dropFirst() {
                if skip { skip = false; continue }
                if a == "-r" || a == "--requirement" || a == "-c" || a == "--constraint" { reqs = true; skip = true; continue }
                if a == "-e" || a == "--editable" || a == "-t" || a == "--target" || a == "-i" || a == "--index-url" || a == "--extra-index-url" { skip = true; continue }
                if a.hasPrefix("-") { continue }
                if a == "." || a.hasPrefix("./") || a.hasPrefix(".[") || a.hasPrefix("/") || a.hasSuffix(".whl") || a.hasPrefix("$") || a.hasPrefix("dist/") { continue }
                if ["pip", "setuptools", "wheel", "build", "twine", "uv", "pipx", "virtualenv", "pip-tools", "hatch", "poetry", "nox", "tox", "pre-commit"].contains(a.lowercased().split(separator: "=").first.map(String.init) ?? a) { continue }
                named.append(a)
            }
            if !named.isEmpty {
                let pinned = named.allSatisfy { $0.contains("==") }
                return pinned ? nil : "`pip install \(named.prefix(3).joined(separator: " "))` installs packages without pinned versions or hashes"
            }
            if reqs { return "`pip install -r` without `--require-hashes` trusts whatever the index serves" }
        case "uv":
            if args.first == "pip", args.dropFirst().first == "install", !args.contains("--require-hashes") {
                return "`uv pip install` bypasses `uv.lock`; use `uv sync --locked`"
            }
        case "cargo":
            if sub == "install", !args.contains("--locked") { return "`cargo install` without `--locked` re-resolves the crate's dependencies" }
        case "go":
            if sub == "install", args.contains(where: { $0.hasSuffix("@latest") || $0.hasSuffix("@master") || $0.hasSuffix("@main") }) {
                return "`go install ...@latest` builds whatever was published last"
            }
        case "npx":
            if let pkg = args.first(where: { !$0.hasPrefix("-") }), !pkg.dropFirst().contains("@"), !args.contains("--no-install"), !args.contains("--offline") {
                return "`npx \(pkg)` downloads and runs the newest `\(pkg)` if it is not installed"
            }
        default: break
        }
        return nil
    }

    /// Whether a command installs a project's dependencies from its lockfile (`npm ci`,
    /// `yarn install --immutable`, `pnpm install --frozen-lockfile`, `bun install --frozen-lockfile`).
    static func lockedNodeInstall(_ c: ShellCommand) -> Bool {
        let w = c.effectiveWords
        guard let p = c.program, w.count >= 2 else { return false }
        switch p {
        case "npm": return w[1] == "ci" || w[1] == "clean-install"
        case "yarn": return w[1] == "install" && w.contains { ["--frozen-lockfile", "--immutable"].contains($0) }
        case "pnpm", "bun": return w[1] == "install" && w.contains("--frozen-lockfile")
        default: return false
        }
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for site in model.scripts where site.isShell {
            // After a locked install in the same job and folder, `npx tool` runs the locked local copy.
            var locked = false
            if let job = site.job, let step = site.step {
                let dir = step.node["working-directory"]?.string ?? ""
                locked = job.steps.prefix(while: { $0.index != step.index }).contains { s in
                    guard let r = s.run?.value, (s.node["working-directory"]?.string ?? "") == dir else { return false }
                    return ShellTokenizer.commands(in: r).contains(where: Self.lockedNodeInstall)
                }
            }
            for c in ShellTokenizer.commands(in: site.scalar.value) {
                if Self.lockedNodeInstall(c) { locked = true }
                if locked, c.program == "npx" { continue }
                guard let msg = Self.problem(c) else { continue }
                out.append(.workflow(Self.rule, msg + ".", context, line: model.line(ofScriptLine: c.line, in: site.scalar),
                                     anchor: c.words.joined(separator: " ")))
            }
        }
        return out
    }
}
