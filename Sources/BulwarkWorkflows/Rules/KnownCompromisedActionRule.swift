import BulwarkCore
import BulwarkFormats

/// `uses:` of an action in the offline database of compromised actions.
struct KnownCompromisedActionRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-known-compromised-action", name: "Known compromised action", family: "workflows",
        summary: "A step uses an action version that is known to have leaked secrets (offline advisory database).",
        rationale: rationale(
            detects: """
            `uses:` references matched against Bulwark's offline database of compromised actions: a pin to a \
            known malicious commit (critical), a tag that was repointed during the incident or an action that \
            embeds a compromised action at a mutable ref, used by a moving tag or branch (high). An embedding \
            action pinned to a commit or an exact release is medium: releases made after the incident embed a \
            fixed commit, so the name alone does not decide it; check the release date. The message names the secrets the job could \
            read, which must be rotated if the workflow ran inside the exposure window.
            """,
            matters: """
            In March 2025 every tag of `tj-actions/changed-files` was repointed to a commit that printed the \
            runner's memory, including all secrets, into public build logs (CVE-2025-30066). The attacker got \
            in through `reviewdog/action-setup@v1` (CVE-2025-30154), which other reviewdog actions and \
            `tj-actions/eslint-changed-files` ran at the mutable `v1` tag, so even SHA-pinned users of those \
            actions executed the payload. Online tools that resolve tags today see the fixed commits and miss it.
            """,
            fix: """
            Upgrade to a fixed release (`tj-actions/changed-files` 46.0.1 or later, pinned by full SHA), or \
            replace the action. Check your run logs for the exposure window and rotate every secret the job \
            could read (listed in the finding) if it ran then.
            """,
            references: ["CVE-2025-30066 / GHSA-mrrh-fwg8-r2c3 (tj-actions/changed-files)",
                         "CVE-2025-30154 / GHSA-qmg3-hpqr-gqvc (reviewdog/action-setup)",
                         "[Wiz: tj-actions supply chain attack](https://www.wiz.io/blog/github-action-tj-actions-changed-files-supply-chain-attack-cve-2025-30066)",
                         "[Unit 42: reviewdog to tj-actions](https://unit42.paloaltonetworks.com/github-actions-supply-chain-attack/)"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Move to a fixed release pinned by full SHA and rotate the secrets the job could read.",
        examples: [
            Example(.triggers, path: wf, """
            on: pull_request
            jobs:
              lint:
                runs-on: ubuntu-latest
                steps:
                  - uses: tj-actions/changed-files@v44 # <-
                    env:
                      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
            """, commentPrefix: "#"),
            Example(.triggers, path: wf, """
            on: push
            jobs:
              lint:
                runs-on: ubuntu-latest
                steps:
                  - uses: tj-actions/changed-files@0e58ed8671d6b60d0890c21b07f8835ace038e67 # <-
            """, commentPrefix: "#"),
            Example(.triggers, path: wf, """
            on: push
            jobs:
              lint:
                runs-on: ubuntu-latest
                steps:
                  - uses: reviewdog/action-shellcheck@v1 # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              lint:
                runs-on: ubuntu-latest
                steps:
                  - uses: tj-actions/changed-files@ed68ef82c095e0d48ec87eccea555d944a631a4c # v46.0.5
                  - uses: tj-actions/changed-files@v46.0.1
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        let db = KnownBadActionsDatabase.shared
        var out: [Finding] = []
        for (job, step) in model.steps {
            guard let a = step.action, a.kind == .repository, let uses = step.uses else { continue }
            let candidates = db.entries(for: a.fullName) + (a.path.isEmpty ? [] : db.entries(for: a.slug))
            for entry in candidates {
                let ref = a.ref ?? ""
                let secrets = model.secretNames(job: job).joined(separator: ", ")
                let window = "\(entry.windowUTC.start) to \(entry.windowUTC.end) UTC"
                let ids = entry.advisories.joined(separator: ", ")
                if entry.maliciousCommits.contains(ref.lowercased()) {
                    out.append(.workflow(Self.rule, msgMalicious(a.fullName, ref, entry.summary, ids, secrets), context,
                                         line: uses.line, column: uses.column, severity: .critical,
                                         properties: ["advisories": ids]))
                } else if entry.embeds != nil {
                    // The exposure came from the embedded mutable ref during the window. A moving
                    // ref (major tag, branch, none) resolved then to a release that embedded it; a
                    // commit or exact release may be one published after the fix, which embeds a
                    // fixed SHA: the name alone does not decide it.
                    let exact = a.isFullSHA || Self.isExactVersion(ref)
                    out.append(.workflow(Self.rule, exact ? msgEmbedsPinned(a.fullName, ref, entry, ids, window)
                                                          : msgEmbeds(a.fullName, entry.summary, ids, window, secrets), context,
                                         line: uses.line, column: uses.column, severity: exact ? .medium : .high,
                                         properties: ["advisories": ids]))
                } else if !a.isFullSHA, KnownBadActionsDatabase.tagAffected(ref, entry) {
                    out.append(.workflow(Self.rule, msgTag(a.fullName, ref, entry, ids, window, secrets), context,
                                         line: uses.line, column: uses.column, severity: .high,
                                         properties: ["advisories": ids]))
                }
            }
        }
        return out
    }

    func msgMalicious(_ name: String, _ ref: String, _ what: String, _ ids: String, _ secrets: String) -> String {
        "`\(name)` is pinned to the known malicious commit \(ref) (\(ids)): \(what). Treat these secrets as leaked and rotate them: \(secrets)."
    }
    func msgTag(_ name: String, _ ref: String, _ e: KnownBadAction, _ ids: String, _ window: String, _ secrets: String) -> String {
        let fixed = e.fixedIn.map { "; fixed in \($0)" } ?? ""
        return "`\(name)@\(ref)` was an affected tag (\(ids)): \(e.summary)\(fixed). If this workflow ran between \(window), rotate: \(secrets)."
    }
    /// `v1.2.3` or `1.2.3`: one release, not a moving tag.
    static func isExactVersion(_ ref: String) -> Bool {
        let v = ref.hasPrefix("v") || ref.hasPrefix("V") ? ref.dropFirst() : Substring(ref)
        let parts = v.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    func msgEmbedsPinned(_ name: String, _ ref: String, _ e: KnownBadAction, _ ids: String, _ window: String) -> String {
        "`\(name)@\(ref)` is one fixed release; releases made before the incident run `\(e.embeds ?? "a compromised action")` by a mutable tag (\(ids)), later ones embed a fixed commit. Check that this release postdates \(window); otherwise, if it ran in that window, rotate the job's secrets."
    }
    func msgEmbeds(_ name: String, _ what: String, _ ids: String, _ window: String, _ secrets: String) -> String {
        "`\(name)` \(what) (\(ids)); a SHA pin of this action does not protect the embedded mutable ref. If it ran between \(window), rotate: \(secrets)."
    }
}
