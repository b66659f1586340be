import BulwarkCore
import BulwarkFormats

/// Actions referenced by a mutable ref (tag or branch) or without a ref.
struct UnpinnedActionRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-unpinned-action", name: "Action not pinned to a commit", family: "workflows",
        summary: "A step or reusable workflow uses an action by tag, branch or no ref at all instead of a full commit SHA.",
        rationale: rationale(
            detects: """
            `uses: owner/repo@ref` where the ref is not a full 40-character commit SHA, according to a policy: \
            by default actions from `actions/`, `github/` and `dependabot/` may use a tag (`ref-pin`) and every \
            other action must be pinned by SHA (`hash-pin`). Also a missing ref, a short (abbreviated) SHA, and a \
            SHA pin whose version comment looks like a branch (`# main`), which makes updates and review misleading. \
            Options: `policy` (`hash-pin`, `ref-pin` or `any`) for third-party actions, `first-party-policy` \
            for `actions/*`, `github/*` and `dependabot/*`.
            """,
            matters: """
            Tags and branches can be moved by whoever controls the action's repository. When \
            `tj-actions/changed-files` was compromised in March 2025, every tag was repointed to malicious code \
            and thousands of workflows ran it; workflows pinned by SHA did not.
            """,
            fix: """
            Pin to the full commit SHA and keep the version in a comment for humans and Dependabot: \
            `uses: owner/action@<40-hex-sha> # v1.2.3`. Tools such as `pinact` or `ratchet` do this in bulk.
            """,
            references: ["[GitHub: Using third-party actions](https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions)",
                         "CVE-2025-30066 (tj-actions/changed-files)", "zizmor audit `unpinned-uses`"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Pin the action to a full commit SHA with a `# vX.Y.Z` comment.",
        options: [.oneOf("policy", ["hash-pin", "ref-pin", "any"], "pinning required of third-party actions"),
                  .oneOf("first-party-policy", ["hash-pin", "ref-pin", "any"], "pinning required of actions/*, github/*, dependabot/*")],
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: peaceiris/actions-gh-pages@v4 # <-
                  - uses: some-org/tool # <-
            """, commentPrefix: "#"),
            Example(.triggers, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4 # <-
            """, options: ["first-party-policy": .string("hash-pin")]),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - uses: peaceiris/actions-gh-pages@4f9cc6602d3f66b9c108549d475ec49e8ef4d45e # v4.0.0
                  - uses: ./.github/actions/local
                  - uses: docker://alpine@sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let firstPartyOwners: Set<String> = ["actions", "github", "dependabot"]

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        let policy = context.settings.string("policy") ?? "hash-pin"
        let firstPolicy = context.settings.string("first-party-policy") ?? "ref-pin"
        var refs: [(YScalar, ActionRef, String?)] = model.steps.compactMap { s in
            guard let u = s.step.uses, let a = s.step.action else { return nil }
            return (u, a, s.step.usesComment)
        }
        for j in model.workflow?.jobs ?? [] {
            if let u = j.uses, let a = ActionRef(u.value), a.kind == .repository { refs.append((u, a, nil)) }
        }
        var out: [Finding] = []
        for (u, a, comment) in refs where a.kind == .repository {
            let p = Self.firstPartyOwners.contains(a.owner) ? firstPolicy : policy
            guard let ref = a.ref, !ref.isEmpty else {
                out.append(.workflow(Self.rule, "`\(u.value)` has no ref: it runs whatever the default branch holds today.",
                                     context, line: u.line, column: u.column, severity: .high))
                continue
            }
            if a.isFullSHA {
                if let c = comment?.lowercased(), ["main", "master", "develop", "trunk", "head"].contains(c) {
                    out.append(.workflow(Self.rule, "`\(u.value)` is pinned by SHA but its comment says `\(c)`: the pin will drift from what reviewers and update tools assume.",
                                         context, line: u.line, column: u.column, severity: .low))
                }
                continue
            }
            if ref.count >= 7, ref.count < 40, ref.allSatisfy(\.isHexDigit), ref.contains(where: \.isLetter) {
                out.append(.workflow(Self.rule, "`\(u.value)` uses an abbreviated SHA, which can be ambiguous and is resolved like a mutable ref.",
                                     context, line: u.line, column: u.column))
                continue
            }
            guard p == "hash-pin" else { continue }
            out.append(.workflow(Self.rule, "`\(u.value)` is pinned to the mutable ref `\(ref)`; whoever controls `\(a.slug)` can change the code this job runs.",
                                 context, line: u.line, column: u.column, anchor: u.value))
        }
        return out
    }
}
