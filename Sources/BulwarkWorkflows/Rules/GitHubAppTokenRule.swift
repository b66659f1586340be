import BulwarkCore
import BulwarkFormats

/// GitHub App installation tokens minted broader or longer-lived than the job needs.
struct GitHubAppTokenRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-github-app-token-unscoped", name: "GitHub App token not scoped", family: "workflows",
        summary: "`actions/create-github-app-token` mints a token with every permission of the App, for every repository of an owner, or keeps it alive after the job.",
        rationale: rationale(
            detects: """
            Steps using `actions/create-github-app-token` that: set `owner:` without `repositories:` while asking for \
            repository permissions (the token reaches every repository the App is installed on; high); set no \
            `permission-<name>` input (the token carries all the installation's permissions; medium); or set \
            `skip-token-revoke: true` (the token stays valid until it expires, up to an hour after the job; medium, \
            low when the value is an expression). Tokens limited to organization- or user-level permissions \
            (`permission-members`, `permission-organization-*`, ...) need no `repositories:`. Steps with a literal \
            `if: false` are skipped.
            """,
            matters: """
            An App token is usually far more powerful than `GITHUB_TOKEN`: Apps are installed with broad write \
            permissions, often on many repositories, and their tokens are not bound to the workflow run. Whatever \
            reads the token later in the job (a compromised action, an injected script, a log line) can push to \
            every repository the App can reach and use every permission it holds, for as long as the token lives.
            """,
            fix: "List the permissions the job needs as `permission-<name>:` inputs, name the repositories with `repositories:` when you set `owner:`, and keep token revocation on.",
            references: ["[actions/create-github-app-token: inputs](https://github.com/actions/create-github-app-token#inputs)",
                         "[GitHub: Making authenticated API requests with a GitHub App in a workflow](https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/making-authenticated-api-requests-with-a-github-app-in-a-github-actions-workflow)",
                         "zizmor audit `github-app`"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Scope the App token with `permission-<name>` inputs and `repositories:`, and do not skip its revocation.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              sync:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/create-github-app-token@v2 # <-
                    id: app
                    with:
                      app-id: ${{ vars.APP_ID }}
                      private-key: ${{ secrets.APP_KEY }}
                  - uses: actions/create-github-app-token@v2
                    with:
                      app-id: ${{ vars.APP_ID }}
                      private-key: ${{ secrets.APP_KEY }}
                      owner: my-org # <-
                      permission-contents: write
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              sync:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/create-github-app-token@v2
                    with:
                      app-id: ${{ vars.APP_ID }}
                      private-key: ${{ secrets.APP_KEY }}
                      owner: my-org
                      repositories: docs,website
                      permission-contents: write
                  - uses: actions/create-github-app-token@v2
                    with:
                      app-id: ${{ vars.APP_ID }}
                      private-key: ${{ secrets.APP_KEY }}
                      owner: my-org
                      permission-members: read
            """),
        ])
    var description: RuleDescription { Self.rule }

    /// `permission-*` scopes that grant nothing on repositories (organization or user resources).
    static func isNonRepositoryPermission(_ name: String) -> Bool {
        let n = name.lowercased()
        if n.hasPrefix("organization-") { return true }
        return ["members", "team-discussions", "email-addresses", "followers", "git-ssh-keys", "gpg-keys",
                "profile", "starring", "codespaces-user-secrets", "interaction-limits"].contains(n)
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for (job, step) in model.steps {
            let at = "\(job?.id.value ?? "-"):\(step.index):"
            guard let a = step.action, a.kind == .repository, a.fullName == "actions/create-github-app-token",
                  let u = step.uses else { continue }
            // `with: ${{ fromJSON(...) }}` hides the inputs; nothing to judge.
            if step.node["with"]?.scalar != nil { continue }
            if let c = step.condition, c.bool == false || c.value.replacingOccurrences(of: " ", with: "") == "${{false}}" { continue }
            let perms = step.with.compactMap { e -> String? in
                let k = e.key.value.lowercased()
                return k.hasPrefix("permission-") ? String(k.dropFirst("permission-".count)) : nil
            }
            if let skip = step.input("skip-token-revoke") {
                if skip.bool == true {
                    out.append(.workflow(Self.rule, "`skip-token-revoke: true` keeps the App token valid after the job ends (up to an hour): anything that copied it can keep using it.",
                                         context, line: skip.line, column: skip.column, anchor: at + "skip-token-revoke"))
                } else if skip.value.contains("${{") {
                    out.append(.workflow(Self.rule, "`skip-token-revoke` is computed (`\(skip.value)`): in the runs where it is true the App token outlives the job.",
                                         context, line: skip.line, column: skip.column, severity: .low, confidence: .low, anchor: at + "skip-token-revoke-expr"))
                }
            }
            if let owner = step.input("owner"), !owner.value.isEmpty, step.input("repositories") == nil,
               perms.isEmpty || perms.contains(where: { !Self.isNonRepositoryPermission($0) }) {
                out.append(.workflow(Self.rule, "`owner: \(owner.value)` without `repositories:` gives the App token access to every repository the App is installed on for that owner.",
                                     context, line: owner.line, column: owner.column, severity: .high, anchor: at + "owner-wide"))
            }
            if perms.isEmpty {
                out.append(.workflow(Self.rule, "No `permission-<name>` input: the token carries every permission the App was installed with, not only what this job needs.",
                                     context, line: u.line, column: u.column, anchor: at + "all-permissions"))
            }
        }
        return out
    }
}
