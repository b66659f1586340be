import BulwarkCore
import BulwarkFormats

/// Renovate automerges updates without waiting for a minimum release age.
struct RenovateAutomergeWithoutAgeRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-renovate-automerge-without-age", name: "Renovate automerge without a minimum release age", family: "workflows",
        summary: "Renovate merges dependency updates automatically without `minimumReleaseAge`, so a malicious release can land the day it is published.",
        rationale: rationale(
            detects: """
            Renovate configurations (`renovate.json`, `renovate.json5`, `.renovaterc*`, `.github/renovate.json*`, \
            the `renovate` key of the root `package.json`) that turn on automerge (`"automerge": true` anywhere, or \
            an automerge preset such as `:automergeMinor` or `:automergeAll`) while no `minimumReleaseAge` (or the \
            legacy `stabilityDays`) is set anywhere and no preset that sets one is used (`npm:unpublishSafe`, \
            `security:minimumReleaseAgeNpm`, `config:best-practices`). Configs that extend shared presets \
            (`github>org/renovate-config`, `local>...`) are not judged, since the preset may set the age. Automerge \
            inside `vulnerabilityAlerts` is not counted: security fixes should land quickly.
            """,
            matters: """
            Malicious releases (the Shai-Hulud npm worm, the nx, chalk and debug compromises of 2025, `ultralytics` \
            8.3.41 on PyPI) are usually detected and pulled within hours or days. Automerge without an age gate \
            merges them into the default branch, and often straight into a release, before anyone looks. This is \
            the Renovate counterpart of Dependabot's missing `cooldown`.
            """,
            fix: "Add `\"minimumReleaseAge\": \"3 days\"` (or more) at the top level or in the package rules that automerge, or extend `npm:unpublishSafe` for npm.",
            references: ["[Renovate: minimumReleaseAge](https://docs.renovatebot.com/configuration-options/#minimumreleaseage)",
                         "[Renovate: automerge](https://docs.renovatebot.com/key-concepts/automerge/)",
                         "[CISA: Shai-Hulud npm compromise](https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem)"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Set `minimumReleaseAge` (for example `3 days`) wherever Renovate automerges.",
        examples: [
            Example(.triggers, path: "renovate.json", """
            {
              "extends": ["config:recommended"],
              "packageRules": [
                {
                  "matchUpdateTypes": ["minor", "patch"],
                  "automerge": true // <-
                }
              ]
            }
            """),
            Example(.triggers, path: ".github/renovate.json5", """
            {
              extends: ['config:recommended', ':automergeMinor'], // <-
            }
            """, commentPrefix: "//"),
            Example(.clean, path: "renovate.json", """
            {
              "extends": ["config:recommended"],
              "minimumReleaseAge": "3 days",
              "packageRules": [
                { "matchUpdateTypes": ["minor", "patch"], "automerge": true }
              ]
            }
            """),
            Example(.clean, path: "renovate.json", """
            {
              "extends": ["github>acme/renovate-config"],
              "automerge": true
            }
            """),
            Example(.clean, path: "package.json", """
            {
              "name": "web",
              "renovate": { "extends": ["config:recommended"], "vulnerabilityAlerts": { "automerge": true } }
            }
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let nonMergingAutomergePresets: Set<String> = [
        ":automergeDisabled", ":automergeBranch", ":automergePr", ":automergeRequireAllStatusChecks",
        ":automergeBranchPush", ":automergeBranchMergeCommit",
    ]

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard case .renovate(let root) = model.document else { return [] }
        let view = RenovateView(root)
        guard !view.usesSharedPresets else { return [] }
        let ageKeys = ["minimumReleaseAge", "stabilityDays"]
        let hasAge = view.scopes.contains { s in
            ageKeys.contains { k in
                guard let v = s.map[k]?.string else { return false }
                let t = v.trimmingCharacters(in: .whitespaces)
                return !t.isEmpty && t != "null" && !t.hasPrefix("0")
            }
        }
        let agePreset = view.presetNames.contains { $0.contains("unpublishSafe") || $0.contains("minimumReleaseAge") || $0 == "config:best-practices" }
        guard !hasAge, !agePreset else { return [] }

        var sites: [YScalar] = []
        for (scope, entry) in view.entries("automerge") where entry.value.isTrue && !scope.path.contains("vulnerabilityAlerts") {
            sites.append(entry.key)
        }
        for (p, s) in zip(view.presetNames, view.extends) where p.hasPrefix(":automerge") && !Self.nonMergingAutomergePresets.contains(p) {
            sites.append(s)
        }
        guard let first = sites.min(by: { ($0.line, $0.column) < ($1.line, $1.column) }) else { return [] }
        let more = sites.count > 1 ? " (and \(sites.count - 1) more automerge setting\(sites.count > 2 ? "s" : ""))" : ""
        return [.workflow(Self.rule, "Renovate automerges updates\(more) but no `minimumReleaseAge` is set: a malicious release would be merged as soon as it is published.",
                          context, line: first.line, column: first.column, anchor: "renovate-automerge")]
    }
}
