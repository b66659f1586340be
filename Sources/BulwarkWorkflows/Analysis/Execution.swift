import BulwarkFormats

/// What steps do with the checked-out tree: whether they execute code from it.
enum Execution {
    /// Commands that read files without executing anything from them.
    static let inertPrograms: Set<String> = [
        "echo", "printf", "ls", "cat", "pwd", "true", "false", "exit", "mkdir", "cd", "test", "[", "[[", "]]",
        "git", "jq", "yq", "grep", "egrep", "head", "tail", "wc", "sort", "uniq", "diff", "sed", "awk", "cut",
        "tr", "tee", "find", "stat", "file", "sha256sum", "md5sum", "date", "sleep", "set", "export", "if", "then",
        "fi", "else", "for", "do", "done", "while", "rm", "cp", "mv", "touch", "basename", "dirname", "gh",
        "case", "esac", ";;", "base64", "elif", "read", "local", "return", "break", "continue", "shift", "unset",
    ]

    /// Package managers that install named system packages: nothing of the workspace runs unless a
    /// local package file is named.
    static let systemInstallers: Set<String> = ["apt-get", "apt", "yum", "dnf", "apk", "brew"]

    /// Whether a command installs named system packages (`sudo apt-get install -y bubblewrap`).
    static func installsSystemPackages(_ c: ShellCommand) -> Bool {
        let w = c.effectiveWords
        guard let p = c.program, systemInstallers.contains(p), w.count >= 2 else { return false }
        guard ["install", "update", "add", "upgrade"].contains(w[1]) else { return false }
        return !w.dropFirst(2).contains { $0.hasPrefix(".") || $0.hasPrefix("/") || $0.hasSuffix(".deb") || $0.hasSuffix(".rpm") || $0.hasSuffix(".apk") || $0.contains("$") }
    }

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
        !executingCommands(in: script).isEmpty
    }

    /// The commands of a script that run something beyond inert file inspection (`case` patterns
    /// such as `write | admin)` are labels, not commands).
    static func executingCommands(in script: String) -> [ShellCommand] {
        ShellTokenizer.commands(in: script).filter { c in
            guard !c.isCasePattern, let p = c.program else { return false }
            if p.hasPrefix("./") || p.hasPrefix("$") { return true }
            // `gh pr checkout` or `git submodule update` keep reading; `gh` api calls run nothing local.
            return !(inertPrograms.contains(p) || installsSystemPackages(c))
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
            // `git fetch` of a PR ref only adds objects: the working tree changes only when a later
            // command of the script checks out, resets to, merges or rebases onto what was fetched.
            var fetched = false
            for c in cmds {
                let w = c.effectiveWords
                guard let p = c.program else { continue }
                if p == "gh", w.count >= 3, w[1] == "pr", w[2] == "checkout" { return true }
                if p == "git", w.count >= 2 {
                    if fetched, ["checkout", "switch", "reset", "merge", "rebase", "pull", "worktree", "cherry-pick", "restore", "read-tree"].contains(w[1]) {
                        return true
                    }
                    guard ["fetch", "checkout", "clone", "pull", "switch"].contains(w[1]) else { continue }
                    let rest = w.dropFirst(2).joined(separator: " ")
                    let names = rest.contains("pull/") || rest.contains("refs/pull")
                        || (headMarkers.contains(where: { rest.contains($0) }) && rest.contains("${{"))
                    guard names else { continue }
                    if w[1] == "fetch" { fetched = true } else { return true }
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
