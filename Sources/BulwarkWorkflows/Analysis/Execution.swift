import BulwarkFormats

/// What steps do with the checked-out tree: whether they execute code from it.
enum Execution {
    /// Commands that read files without executing anything from them.
    static let inertPrograms: Set<String> = [
        "echo", "printf", "ls", "cat", "pwd", "true", "false", "exit", "mkdir", "cd", "test", "[", "[[", "]]",
        "git", "jq", "yq", "grep", "egrep", "head", "tail", "wc", "sort", "uniq", "diff", "sed", "awk", "cut",
        "tr", "tee", "find", "stat", "file", "sha256sum", "md5sum", "date", "sleep", "set", "export", "if", "then",
        "fi", "else", "for", "do", "done", "while", "rm", "cp", "mv", "touch", "basename", "dirname", "gh",
    ]

    /// Actions that build, test or otherwise run code from the workspace.
    static let executingActions: Set<String> = [
        "docker/build-push-action", "github/codeql-action/autobuild", "pre-commit/action", "gradle/gradle-build-action",
        "gradle/actions/setup-gradle", "cypress-io/github-action", "nrwl/nx-set-shas", "borales/actions-yarn",
        "bahmutov/npm-install", "pnpm/action-setup", "actions/jekyll-build-pages", "golangci/golangci-lint-action",
        "super-linter/super-linter", "github/super-linter", "pypa/cibuildwheel", "pypa/gh-action-pypi-publish",
        "jakebailey/pyright-action", "treosh/lighthouse-ci-action", "sonarsource/sonarcloud-github-action",
        "actions/setup-node", "ruby/setup-ruby",
    ]

    /// Whether a script runs anything beyond inert file inspection.
    static func scriptExecutes(_ script: String) -> Bool {
        let cmds = ShellTokenizer.commands(in: script)
        return cmds.contains { c in
            guard let p = c.program else { return false }
            if p.hasPrefix("./") || p.hasPrefix("$") { return true }
            if inertPrograms.contains(p) {
                // `gh pr checkout` or `git submodule update` keep reading; `gh` api calls run nothing local.
                return false
            }
            return true
        }
    }

    /// Whether a step executes code from the workspace.
    static func stepExecutes(_ step: Step) -> Bool {
        if let r = step.run { return scriptExecutes(r.value) }
        guard let a = step.action else { return false }
        switch a.kind {
        case .local: return true
        case .docker: return true
        case .repository:
            if a.slug == "actions/setup-node" { return false }
            if a.slug == "ruby/setup-ruby" { return step.input("bundler-cache")?.value == "true" }
            return executingActions.contains(a.fullName) || executingActions.contains(a.slug)
        }
    }

    /// Path fragments of expressions that name the pull request's head (or merge) commit or branch.
    static let headMarkers = ["head.sha", "head.ref", "head_ref", "head_sha", "head_branch", "merge_commit_sha",
                              "pull_requests.*.head", "head.repo.full_name", "head_repository.full_name",
                              "head.repo.clone_url", "issue.number", "event.number", "pull_request.number"]

    /// Whether a checkout step (or a `run:` doing the same) fetches the untrusted head of a PR.
    static func checksOutUntrusted(_ step: Step) -> Bool {
        if let a = step.action, a.kind == .repository, a.slug == "actions/checkout" {
            for input in ["ref", "repository"] {
                guard let v = step.input(input)?.value else { continue }
                if v.contains("refs/pull/") { return true }
                for e in ExpressionParser.embedded(in: v) {
                    let paths = e.expr?.paths.map(\.normalized) ?? []
                    if paths.contains(where: { p in headMarkers.contains { p.hasSuffix($0) || p.contains($0 + ".") } }) {
                        return true
                    }
                }
            }
            return false
        }
        if let r = step.run?.value {
            let cmds = ShellTokenizer.commands(in: r)
            for c in cmds {
                let w = c.effectiveWords
                guard let p = c.program else { continue }
                if p == "gh", w.count >= 3, w[1] == "pr", w[2] == "checkout" { return true }
                if p == "git", w.count >= 2, ["fetch", "checkout", "clone", "pull", "switch"].contains(w[1]) {
                    let rest = w.dropFirst(2).joined(separator: " ")
                    if rest.contains("pull/") || rest.contains("refs/pull") { return true }
                    if headMarkers.contains(where: { rest.contains($0) }) && rest.contains("${{") { return true }
                }
            }
        }
        return false
    }

    /// Whether the job holds more than a read-only token: secrets or write permissions.
    static func isPrivileged(job: Job, workflow: Workflow, model: CIModel) -> Bool {
        if model.secretNames(job: job).contains(where: { $0 != "GITHUB_TOKEN" }) { return true }
        let perms = job.permissions ?? workflow.permissions
        guard let p = perms else { return true } // default token may be write-all
        return p.isWriteAll || !p.writeScopes.isEmpty
    }
}
