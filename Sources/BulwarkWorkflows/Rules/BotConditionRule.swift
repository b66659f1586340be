import Foundation
import BulwarkCore
import BulwarkFormats

/// `if: github.actor == 'dependabot[bot]'` and similar spoofable bot checks.
struct BotConditionRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-bot-condition", name: "Spoofable bot-actor condition", family: "workflows",
        summary: "An `if:` trusts `github.actor` (or `triggering_actor`) being a bot, which does not prove who authored the change.",
        rationale: rationale(
            detects: """
            `if:` conditions that compare `github.actor`, `github.triggering_actor` or `github.event.sender.login` \
            with a `...[bot]` account, or test them with `contains`/`startsWith`, in workflows reachable from pull \
            requests. Only conditions that let a bot in count: `github.actor != 'dependabot[bot]'` (or a negated \
            equality) excludes bots, so a spoofed actor can only skip the job, and is not a finding.
            """,
            matters: """
            `github.actor` is the account behind the latest event, not the author of the code: an attacker can \
            get Dependabot to update a branch in their fork, or trigger a re-run, so that a privileged job \
            (auto-merge, auto-approve, secrets for "trusted" bots) runs on their commits.
            """,
            fix: "Check the pull request author instead (`github.event.pull_request.user.login == 'dependabot[bot]'`) and verify the head repository is the base repository.",
            references: ["[Synacktiv: GitHub Actions exploitation, Dependabot](https://www.synacktiv.com/publications/github-actions-exploitation-dependabot)",
                         "zizmor audit `bot-conditions`"]),
        defaultSeverity: .high, defaultConfidence: .medium,
        remediation: "Compare `github.event.pull_request.user.login`, not `github.actor`.",
        examples: [
            Example(.triggers, path: wf, """
            on: pull_request_target
            jobs:
              automerge:
                runs-on: ubuntu-latest
                if: github.actor == 'dependabot[bot]' # <-
                steps:
                  - run: gh pr merge --auto "$PR"
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: pull_request_target
            jobs:
              automerge:
                runs-on: ubuntu-latest
                if: github.event.pull_request.user.login == 'dependabot[bot]' && github.repository == github.event.pull_request.head.repo.full_name
                steps:
                  - run: gh pr merge --auto "$PR"
            """),
            Example(.clean, path: wf, """
            on: pull_request_target
            permissions: {}
            jobs:
              changelog:
                runs-on: ubuntu-latest
                if: github.actor != 'dependabot[bot]' && !(github.triggering_actor == 'renovate[bot]')
                steps:
                  - run: ./scripts/check-changelog.sh
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let actorPaths: Set<String> = ["github.actor", "github.triggering_actor", "github.event.sender.login"]

    /// Whether the condition lets a bot actor in: `actor == 'x[bot]'` or `contains(actor, 'bot')` with
    /// even negation, `actor != 'x[bot]'` under odd negation. A check that excludes bots
    /// (`github.actor != 'dependabot[bot]'`) only lets a spoofed bot skip the job and is not a finding.
    static func isActorBotCheck(_ e: Expr) -> Bool { admitsBot(e, negated: false, depth: 0) }

    static func admitsBot(_ e: Expr, negated: Bool, depth: Int) -> Bool {
        guard depth < 64 else { return false }
        switch e {
        case .not(let x):
            return admitsBot(x, negated: !negated, depth: depth + 1)
        case .access(let base, _):
            return admitsBot(base, negated: negated, depth: depth + 1)
        case .binary(let op, let l, let r):
            if op == .eq || op == .ne {
                for (a, b) in [(l, r), (r, l)] {
                    if case .path(let p) = a, actorPaths.contains(p.normalized), case .string(let s) = b, s.lowercased().hasSuffix("[bot]") {
                        return (op == .eq) != negated
                    }
                }
            }
            return admitsBot(l, negated: negated, depth: depth + 1) || admitsBot(r, negated: negated, depth: depth + 1)
        case .call(let name, let args):
            if ["contains", "startswith", "endswith"].contains(name.lowercased()) {
                let hasActor = args.contains { if case .path(let p) = $0 { actorPaths.contains(p.normalized) } else { false } }
                let hasBot = args.contains { if case .string(let s) = $0 { s.lowercased().contains("bot") } else { false } }
                if hasActor && hasBot { return !negated }
            }
            return args.contains { admitsBot($0, negated: negated, depth: depth + 1) }
        default:
            return false
        }
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow, w.isForkReachable else { return [] }
        var conds: [YScalar] = w.jobs.compactMap(\.condition)
        conds += w.jobs.flatMap { $0.steps.compactMap(\.condition) }
        let privileged = w.hasPrivilegedUntrustedTrigger
        return conds.compactMap { c in
            guard let e = try? ExpressionParser.parseCondition(c.value), Self.isActorBotCheck(e) else { return nil }
            return .workflow(Self.rule, "`if: \(c.value.trimmingCharacters(in: .whitespacesAndNewlines))` trusts the event's actor being a bot; an attacker can make a bot the actor of an event on their own code.",
                             context, line: c.line, column: c.column, severity: privileged ? .high : .medium)
        }
    }
}
