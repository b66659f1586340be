import BulwarkCore
import BulwarkFormats

/// Renovate manages GitHub Actions but keeps them on tags instead of commit digests.
struct RenovateUnpinnedActionsRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-renovate-unpinned-actions", name: "Renovate updates actions without digest pinning", family: "workflows",
        summary: "Renovate is configured for GitHub Actions but does not pin them to commit SHAs, or explicitly turns digest pinning off.",
        rationale: rationale(
            detects: """
            Only where the configuration is explicit: `"pinDigests": false` at the top level, in a \
            `github-actions` block or in a package rule for the `github-actions` manager; or the \
            `github-actions` manager named explicitly (`enabledManagers`, a `github-actions` block, \
            `matchManagers`) while neither `helpers:pinGitHubActionDigests` (or `...ToSemver`), \
            `config:best-practices` nor `"pinDigests": true` is present. Configs that extend shared presets are \
            not judged for the second case.
            """,
            matters: """
            Renovate then proposes `uses: owner/action@v4.2.0`: a mutable tag that whoever controls the action \
            can move (tj-actions/changed-files, March 2025). With digest pinning Renovate writes the full SHA plus \
            a version comment and keeps both current, which removes the usual argument against pinning.
            """,
            fix: "Extend `helpers:pinGitHubActionDigestsToSemver` (or `config:best-practices`), and remove `\"pinDigests\": false`.",
            references: ["[Renovate: helpers:pinGitHubActionDigests](https://docs.renovatebot.com/presets-helpers/#helperspingithubactiondigests)",
                         "[Renovate: pinDigests](https://docs.renovatebot.com/configuration-options/#pindigests)",
                         "CVE-2025-30066 (tj-actions/changed-files)"]),
        defaultSeverity: .low, defaultConfidence: .medium,
        remediation: "Extend `helpers:pinGitHubActionDigestsToSemver` so Renovate pins actions to commit SHAs.",
        examples: [
            Example(.triggers, path: "renovate.json", """
            {
              "extends": ["config:recommended"],
              "enabledManagers": ["github-actions", "npm"], // <-
              "packageRules": [{ "matchManagers": ["github-actions"], "groupName": "actions" }]
            }
            """),
            Example(.triggers, path: "renovate.json", """
            {
              "extends": ["config:recommended", "helpers:pinGitHubActionDigests"],
              "github-actions": { "pinDigests": false } // <-
            }
            """),
            Example(.clean, path: "renovate.json", """
            {
              "extends": ["config:recommended", "helpers:pinGitHubActionDigestsToSemver"],
              "enabledManagers": ["github-actions", "npm"]
            }
            """),
            Example(.clean, path: "renovate.json", """
            {
              "extends": ["config:recommended"],
              "packageRules": [{ "matchManagers": ["npm"], "pinDigests": false }]
            }
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard case .renovate(let root) = model.document else { return [] }
        let view = RenovateView(root)
        // `enabledManagers` without github-actions turns that manager off altogether.
        if let managers = root["enabledManagers"]?.sequence?.items.compactMap(\.string), !managers.contains("github-actions") { return [] }
        if root["github-actions"]?["enabled"]?.scalar?.value == "false" { return [] }
        var out: [Finding] = []
        for (scope, entry) in view.entries("pinDigests") where entry.value.scalar?.value == "false" && view.appliesToActions(scope) {
            out.append(.workflow(Self.rule, "`pinDigests: false` keeps GitHub Actions on mutable tags: Renovate will not pin them to commit SHAs.",
                                 context, line: entry.key.line, column: entry.key.column, confidence: .high, anchor: "pinDigests:\(scope.path.joined(separator: "."))"))
        }
        guard out.isEmpty, !view.usesSharedPresets else { return out }
        let pinned = view.presetNames.contains { $0.hasPrefix("helpers:pinGitHubActionDigests") || $0 == "config:best-practices" }
            || view.entries("pinDigests").contains { $0.1.value.isTrue && view.appliesToActions($0.0) }
        guard !pinned else { return [] }
        var mention: YScalar?
        for (_, e) in view.entries("enabledManagers") {
            if let s = e.value.sequence?.items.compactMap(\.scalar).first(where: { $0.value == "github-actions" }) { mention = s; break }
        }
        if mention == nil { mention = view.scopes.first { $0.map.entry("github-actions") != nil }?.map.entry("github-actions")?.key }
        if mention == nil {
            for (scope, e) in view.entries("matchManagers") where scope.map["enabled"]?.scalar?.value != "false" {
                if let s = e.value.sequence?.items.compactMap(\.scalar).first(where: { $0.value == "github-actions" }) { mention = s; break }
            }
        }
        guard let m = mention else { return [] }
        return [.workflow(Self.rule, "Renovate manages GitHub Actions here without digest pinning: updates will keep actions on mutable tags.",
                          context, line: m.line, column: m.column, anchor: "actions-unpinned")]
    }
}
