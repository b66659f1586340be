import BulwarkCore
import BulwarkFormats

/// Renovate `postUpgradeTasks` commands: arbitrary commands run by the bot after each update.
struct RenovatePostUpgradeTasksRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-renovate-post-upgrade-tasks", name: "Renovate runs commands after upgrades", family: "workflows",
        summary: "`postUpgradeTasks` makes the Renovate bot run shell commands in a checkout that already contains the new, unreviewed dependency versions.",
        rationale: rationale(
            detects: """
            `postUpgradeTasks.commands` in a Renovate configuration (top level or in a package rule). High when \
            nothing in the file restricts commands; low when the file also carries an `allowedCommands` / \
            `allowedPostUpgradeCommands` allowlist without a catch-all pattern (`^.*$`). Commands that interpolate \
            templates (`{{{depName}}}`, `{{{newVersion}}}`) are called out: those values come from the package \
            registry.
            """,
            matters: """
            The commands run on the bot (self-hosted Renovate, often with a token that can push to every \
            repository it manages) after the dependency was updated: `npm ci && npm run build` executes the \
            install scripts and build plugins of the brand-new release before any human reviews it. It is the \
            Renovate counterpart of Dependabot's `insecure-external-code-execution: allow`.
            """,
            fix: """
            Drop the task, or run it in CI on the pull request (without secrets) instead of on the bot. On \
            self-hosted Renovate keep `allowedCommands` to exact, anchored patterns and never interpolate \
            package metadata into commands.
            """,
            references: ["[Renovate: postUpgradeTasks](https://docs.renovatebot.com/configuration-options/#postupgradetasks)",
                         "[Renovate: allowedCommands](https://docs.renovatebot.com/self-hosted-configuration/#allowedcommands)",
                         "CWE-94"]),
        defaultSeverity: .high, defaultConfidence: .medium,
        remediation: "Remove `postUpgradeTasks` or restrict the bot with an anchored `allowedCommands` allowlist.",
        examples: [
            Example(.triggers, path: "renovate.json", """
            {
              "extends": ["config:recommended"],
              "postUpgradeTasks": {
                "commands": ["npm ci --ignore-scripts=false", "npm run build"], // <-
                "fileFilters": ["dist/**"]
              }
            }
            """),
            Example(.triggers, path: ".renovaterc.json", """
            {
              "packageRules": [
                {
                  "matchManagers": ["gomod"],
                  "postUpgradeTasks": { "commands": ["go run ./tools/regen {{{depName}}}"] } // <-
                }
              ]
            }
            """),
            Example(.clean, path: "renovate.json", """
            {
              "extends": ["config:recommended"],
              "postUpdateOptions": ["gomodTidy", "npmDedupe"]
            }
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let catchAll: Set<String> = ["^.*$", ".*", ".+", "^.+$", "^.*", "/.*/", "*"]

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard case .renovate(let root) = model.document else { return [] }
        let view = RenovateView(root)
        let allow = view.entries("allowedCommands") + view.entries("allowedPostUpgradeCommands")
        let patterns = allow.flatMap { $0.1.value.sequence?.items.compactMap(\.string) ?? [] }
        let restricted = !patterns.isEmpty && !patterns.contains { Self.catchAll.contains($0.trimmingCharacters(in: .whitespaces)) }
        var out: [Finding] = []
        for (_, entry) in view.entries("postUpgradeTasks") {
            guard let cmds = entry.value["commands"], let list = cmds.sequence?.items.compactMap(\.scalar), !list.isEmpty else { continue }
            let templated = list.contains { $0.value.contains("{{") }
            let at = entry.value.mapping?.entry("commands")?.key ?? entry.key
            let shown = list.prefix(2).map { "`\($0.value.prefix(60))`" }.joined(separator: ", ")
            var message = "Renovate runs \(list.count) command\(list.count == 1 ? "" : "s") after each upgrade (\(shown)) in a checkout holding the new, unreviewed dependency versions"
            if templated { message += "; package metadata (`{{...}}` templates) is interpolated into the command line" }
            message += restricted ? ", limited by an `allowedCommands` allowlist." : ", and nothing in this file restricts which commands may run."
            out.append(.workflow(Self.rule, message, context, line: at.line, column: at.column,
                                 severity: restricted ? .low : .high, anchor: "postUpgradeTasks:\(list.map(\.value).joined(separator: ";"))"))
        }
        return out
    }
}
