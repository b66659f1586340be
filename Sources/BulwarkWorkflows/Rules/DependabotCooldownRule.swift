import BulwarkCore
import BulwarkFormats

/// Dependabot updates without a `cooldown:` (fresh releases are proposed immediately).
struct DependabotCooldownRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-dependabot-cooldown", name: "Dependabot without a cooldown", family: "workflows",
        summary: "A Dependabot update has no `cooldown:`, so brand-new (possibly malicious) releases are proposed the day they appear.",
        rationale: rationale(
            detects: "Entries of `updates:` in `.github/dependabot.yml` without `cooldown:`, or with a `default-days` below `min-days` (3 by default).",
            matters: "Most malicious package releases (the Shai-Hulud npm worm, the nx and chalk/debug compromises of 2025) are detected and pulled within days. A cooldown of a few days keeps automated updates from merging them first.",
            fix: "Add `cooldown: { default-days: 7 }` (and optionally per-semver settings) to each update entry.",
            references: ["[GitHub: Dependabot cooldown](https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference#cooldown-)",
                         "zizmor audit `dependabot-cooldown`"]),
        defaultSeverity: .low, defaultConfidence: .high,
        remediation: "Add a `cooldown:` with `default-days` of at least 3 to every update entry.",
        options: [.integer("min-days", min: 0, max: 3_650, "the cooldown in days below which an update entry is reported")],
        examples: [
            Example(.triggers, path: ".github/dependabot.yml", """
            version: 2
            updates:
              - package-ecosystem: npm # <-
                directory: /
                schedule:
                  interval: daily
            """, commentPrefix: "#"),
            Example(.triggers, path: ".github/dependabot.yml", """
            version: 2
            updates:
              - package-ecosystem: pip # <-
                directory: /
                schedule:
                  interval: daily
                cooldown:
                  default-days: 1
            """),
            Example(.clean, path: ".github/dependabot.yml", """
            version: 2
            updates:
              - package-ecosystem: npm
                directory: /
                schedule:
                  interval: daily
                cooldown:
                  default-days: 5
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        let minDays = context.settings.int("min-days") ?? 3
        return (model.dependabot?.updates ?? []).compactMap { u in
            var days: Int?
            if let c = u.cooldown {
                let d = Int(c["default-days"]?.string ?? "") ?? (c.mapping?.entries.isEmpty == false ? minDays : 0)
                if d >= minDays { return nil }
                days = d
            }
            let at = u.ecosystem ?? YScalar("", line: u.line, column: 1)
            let what = u.ecosystem?.value ?? "update"
            if let d = days, d > 0 {
                return .workflow(Self.rule, "Dependabot `\(what)` waits only \(d) day\(d == 1 ? "" : "s") before proposing a new release; compromised releases are often pulled only after that.",
                                 context, line: at.line, column: at.column, anchor: u.ecosystem?.value)
            }
            return .workflow(Self.rule, "Dependabot `\(what)` has no cooldown: new releases are proposed as soon as they are published.",
                             context, line: at.line, column: at.column, anchor: u.ecosystem?.value)
        }
    }
}
