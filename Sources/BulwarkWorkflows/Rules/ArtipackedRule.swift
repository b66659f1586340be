import Foundation
import BulwarkCore
import BulwarkFormats

/// `actions/checkout` leaving the token in `.git/config` (and possibly in an uploaded artifact).
struct ArtipackedRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-artipacked", name: "Checkout persists the token", family: "workflows",
        summary: "`actions/checkout` without `persist-credentials: false` stores the token in `.git/config`, where later steps and artifacts can leak it.",
        rationale: rationale(
            detects: """
            `actions/checkout` steps that do not set `persist-credentials: false`, in jobs that do not need the \
            credential afterwards (no `git push`, no action that pushes). Severity is medium when the job later \
            uploads the workspace as an artifact (the "ArtiPACKED" leak), low otherwise.
            """,
            matters: """
            The checkout action writes the `GITHUB_TOKEN` into `.git/config`. Every later step, including \
            third-party actions and build scripts, can read it; uploading the checkout directory as an artifact \
            publishes it to anyone who can download artifacts (Unit 42 found such tokens in artifacts of major \
            open-source projects).
            """,
            fix: "Add `with: persist-credentials: false` to `actions/checkout` unless a later step really pushes with git.",
            references: ["[Unit 42: ArtiPACKED](https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/)",
                         "[actions/checkout: persist-credentials](https://github.com/actions/checkout#usage)",
                         "zizmor audit `artipacked`"]),
        defaultSeverity: .low, defaultConfidence: .medium,
        remediation: "Set `persist-credentials: false` on `actions/checkout`.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4 # <-
                  - run: make dist
                  - uses: actions/upload-artifact@v4
                    with:
                      path: .
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                    with:
                      persist-credentials: false
                  - run: make
              bump:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - run: |
                      git commit -am "bump" && git push
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let pushingActions: Set<String> = [
        "stefanzweifel/git-auto-commit-action", "peter-evans/create-pull-request", "endbug/add-and-commit",
        "ad-m/github-push-action", "changesets/action", "googleapis/release-please-action", "peaceiris/actions-gh-pages",
        "jamesives/github-pages-deploy-action", "actions/jekyll-build-pages",
    ]

    /// Whether an upload `path:` (one entry a line) names the workspace root through
    /// `${{ github.workspace }}` or `$GITHUB_WORKSPACE`, not a folder inside it
    /// (`${{ github.workspace }}/build/reports` holds no `.git/config`).
    static func namesWorkspaceRoot(_ path: String) -> Bool {
        for raw in path.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var l = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
            guard !l.hasPrefix("!") else { continue }
            l = l.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            for root in ["${{github.workspace}}", "$GITHUB_WORKSPACE", "${GITHUB_WORKSPACE}"] where l.hasPrefix(root) {
                if ["", "/", "/.", "/./", "/*", "/**"].contains(String(l.dropFirst(root.count))) { return true }
            }
        }
        return false
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        var jobs: [(String, [Step])] = model.workflow?.jobs.map { ($0.id.value, $0.steps) } ?? []
        if let a = model.action { jobs.append(("(action)", a.steps)) }
        for (jobID, steps) in jobs {
            let needsCredential = steps.contains { s in
                if let a = s.action, Self.pushingActions.contains(a.slug) { return true }
                guard let r = s.run?.value else { return false }
                return ShellTokenizer.commands(in: r).contains { c in
                    let w = c.effectiveWords
                    return (c.program == "git" && w.count >= 2 && ["push", "tag", "remote", "fetch", "pull"].contains(w[1]))
                        || (c.program == "gh" && w.count >= 2)
                }
            }
            guard !needsCredential else { continue }
            for (i, s) in steps.enumerated() {
                guard let a = s.action, a.slug == "actions/checkout", let u = s.uses else { continue }
                if s.input("persist-credentials")?.value.lowercased() == "false" { continue }
                let uploads = steps[(i + 1)...].contains { t in
                    guard let ta = t.action, ta.slug == "actions/upload-artifact" || ta.slug == "actions/upload-pages-artifact" else { return false }
                    let p = t.input("path")?.value.trimmingCharacters(in: .whitespacesAndNewlines) ?? "."
                    return p == "." || p == "./" || p == "*" || p == "**" || p.hasPrefix(".\n") || Self.namesWorkspaceRoot(p)
                }
                out.append(.workflow(Self.rule, uploads
                    ? "`actions/checkout` persists the token in `.git/config` and job `\(jobID)` uploads the workspace as an artifact: the token is published with it."
                    : "`actions/checkout` persists the token in `.git/config`, readable by every later step of job `\(jobID)`; nothing here pushes with git.",
                    context, line: u.line, column: u.column, severity: uploads ? .medium : .low, anchor: "\(jobID):\(i)"))
            }
        }
        return out
    }
}
