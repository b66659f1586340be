import BulwarkCore
import BulwarkFormats

/// `write-all`, write scopes at workflow level, or no `permissions:` on privileged triggers.
struct ExcessivePermissionsRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-excessive-permissions", name: "Excessive GITHUB_TOKEN permissions", family: "workflows",
        summary: "The workflow grants `write-all`, write scopes to every job, or relies on default permissions under an untrusted trigger.",
        rationale: rationale(
            detects: """
            `permissions: write-all` (workflow or job), `read-all` (low), write scopes set at workflow level in a \
            workflow of several jobs when a job inherits them (they apply to every job that sets no permissions, \
            including ones that need none), jobs that call a reusable workflow with neither their own nor a \
            workflow-level `permissions:` (medium when the workflow lives in another owner's repository, low for the \
            repository's own owner), and workflows on triggers reachable by outsiders \
            (`pull_request_target`, `issue_comment`, `issues`, `workflow_run`, ...) with no `permissions:` block \
            at all, where the token gets the repository's default, which is often read-write.
            """,
            matters: """
            The `GITHUB_TOKEN` is the prize of most workflow attacks: with `contents: write` an injected command \
            pushes to branches and tags, with `packages: write` it poisons images, with `id-token: write` it \
            mints cloud credentials. Least privilege limits what a single bug can do.
            """,
            fix: """
            Put `permissions: {}` (or `contents: read`) at the top of the workflow and grant write scopes only in \
            the jobs that need them.
            """,
            references: ["[GitHub: Modifying the permissions for the GITHUB_TOKEN](https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#modifying-the-permissions-for-the-github_token)",
                         "CWE-250", "zizmor audit `excessive-permissions`"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Set `permissions: {}` at workflow level and grant the minimum scopes per job.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            permissions: write-all # <-
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: make
            """, commentPrefix: "#"),
            Example(.triggers, path: wf, """
            on: # <-
              issue_comment:
                types: [created]
            jobs:
              reply:
                runs-on: ubuntu-latest
                steps:
                  - run: echo hi
            """, commentPrefix: "#"),
            Example(.triggers, path: wf, """
            on: push
            permissions:
              contents: write # <-
            jobs:
              release:
                runs-on: ubuntu-latest
                steps:
                  - run: git push origin HEAD:refs/tags/nightly
              lint:
                runs-on: ubuntu-latest
                permissions:
                  contents: read
                steps:
                  - run: make lint
              docs:
                runs-on: ubuntu-latest
                steps:
                  - run: make docs
            """),
            Example(.triggers, path: wf, """
            on: workflow_dispatch
            jobs:
              deploy: # <-
                uses: acme/shared-workflows/.github/workflows/deploy.yml@0123456789abcdef0123456789abcdef01234567
            """),
            Example(.triggers, path: wf, """
            on: push
            permissions: read-all # <-
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: make
            """),
            Example(.clean, path: wf, """
            on: push
            permissions:
              contents: write
            jobs:
              tag:
                runs-on: ubuntu-latest
                steps:
                  - run: git push origin HEAD:refs/tags/nightly
            """),
            Example(.clean, path: wf, """
            on: workflow_dispatch
            permissions:
              contents: read
            jobs:
              deploy:
                uses: ./.github/workflows/deploy.yml
            """),
            Example(.clean, path: wf, """
            on:
              issue_comment:
                types: [created]
            permissions: {}
            jobs:
              reply:
                runs-on: ubuntu-latest
                permissions:
                  issues: write
                steps:
                  - run: echo hi
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        var out: [Finding] = []
        if let p = w.permissions {
            if p.isWriteAll {
                if w.jobs.contains(where: { $0.permissions == nil }) {
                    out.append(.workflow(Self.rule, "`permissions: write-all` gives every job a token that can write to every scope.",
                                         context, line: p.line, severity: .high, anchor: "workflow-write-all"))
                } else {
                    // Every job sets its own permissions: nothing inherits it today, but a job added
                    // later would.
                    out.append(.workflow(Self.rule, "`permissions: write-all` at workflow level is unused (every job sets its own permissions), but a job added later would inherit it.",
                                         context, line: p.line, severity: .low, anchor: "workflow-write-all"))
                }
            } else if case .scalar(let sc) = p, sc.value == "read-all" {
                out.append(.workflow(Self.rule, "`permissions: read-all` gives every job read access to every scope, including code-scanning and Dependabot alerts, Actions logs and private packages; list the scopes jobs need.",
                                     context, line: p.line, severity: .low, anchor: "workflow-read-all"))
            } else if w.jobs.count > 1, w.jobs.contains(where: { $0.permissions == nil }) {
                // A write scope set for the whole workflow reaches every job that does not set its
                // own, including jobs that need none; in a one-job workflow it is the job's grant.
                let inheriting = w.jobs.filter { $0.permissions == nil }.map { "`\($0.id.value)`" }
                let who = inheriting.count == 1 ? "job \(inheriting[0]) inherits it" : "jobs \(inheriting.prefix(3).joined(separator: ", ")) inherit it"
                // `id-token: write` that every inheriting job uses (OIDC logins, trusted
                // publishing, agent actions) is where it is needed.
                let allUseOIDC = w.jobs.filter { $0.permissions == nil && $0.uses == nil }.allSatisfy(UnusedIDTokenRule.usesIDToken)
                for e in p.writeScopes where !(e.key.value == "id-token" && allUseOIDC) {
                    out.append(.workflow(Self.rule, "`\(e.key.value): write` is granted at workflow level and \(who); grant it only in the job that needs it.",
                                         context, line: e.key.line, column: e.key.column, anchor: "workflow:\(e.key.value)"))
                }
            }
        }
        for j in w.jobs {
            if let p = j.permissions, p.isWriteAll {
                out.append(.workflow(Self.rule, "Job `\(j.id.value)` sets `permissions: write-all`.", context,
                                     line: p.line, severity: .high, anchor: "job-write-all:\(j.id.value)"))
            }
        }
        // A reusable workflow called without `permissions:` gets the caller's default token,
        // which the called workflow cannot lower for itself and may use for writes.
        if w.permissions == nil {
            for j in w.jobs where j.permissions == nil {
                guard let u = j.uses, let a = ActionRef(u.value) else { continue }
                let foreign = a.kind == .repository && !RepositoryOwner.owners(of: context.file).contains(a.owner)
                out.append(.workflow(Self.rule, "Job `\(j.id.value)` calls `\(u.value)` without `permissions:`, so \(foreign ? "a workflow kept in another owner's repository" : "the called workflow") runs with the repository's default token, often read-write.",
                                     context, line: j.line, severity: foreign ? .medium : .low, anchor: "reusable-default:\(j.id.value)"))
            }
        }
        if w.permissions == nil, w.hasPrivilegedUntrustedTrigger, w.jobs.contains(where: { $0.permissions == nil && $0.uses == nil }) {
            let t = w.triggerNames.intersection(Triggers.privilegedUntrusted).sorted().joined(separator: ", ")
            out.append(.workflow(Self.rule, "No `permissions:` block on a workflow triggered by \(t): jobs get the repository's default token, often read-write.",
                                 context, line: w.onLine, anchor: "default-permissions"))
        }
        return out
    }
}
