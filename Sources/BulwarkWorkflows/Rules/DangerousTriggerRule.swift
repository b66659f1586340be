import BulwarkCore
import BulwarkFormats

/// `pull_request_target` / `workflow_run` present (informational: data flow is judged elsewhere).
struct DangerousTriggerRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-dangerous-trigger", name: "Privileged trigger for untrusted events", family: "workflows",
        summary: "The workflow runs on `pull_request_target` or `workflow_run`, which grant privileges to events from forks.",
        rationale: rationale(
            detects: """
            Workflows triggered by `pull_request_target` or `workflow_run`. On its own the trigger is not a \
            vulnerability, so this is informational; `workflow-untrusted-checkout`, `workflow-untrusted-artifact` \
            and `workflow-template-injection` report the data flows that make it exploitable.
            """,
            matters: """
            Both triggers run with the base repository's secrets and a token that may write, in response to \
            events that anyone who can fork the repository can cause. Every later change to the workflow must \
            keep untrusted code and text away from those privileges.
            """,
            fix: """
            Prefer `pull_request`. If the privileged trigger is needed, give the workflow `permissions: {}` at \
            the top, grant the minimum per job, and never check out or execute the PR head.
            """,
            references: ["[GitHub: pull_request_target](https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target)",
                         "[GitHub Security Lab: Preventing pwn requests](https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/)",
                         "zizmor audit `dangerous-triggers`"]),
        defaultSeverity: .info, defaultConfidence: .high,
        remediation: "Prefer `pull_request`; otherwise keep privileges minimal and never execute the PR head.",
        examples: [
            Example(.triggers, path: wf, """
            on: pull_request_target # <-
            permissions: {}
            jobs:
              label:
                runs-on: ubuntu-latest
                steps:
                  - run: echo labeling
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: pull_request
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - run: echo test
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        return w.triggers.filter { $0.name == "pull_request_target" || $0.name == "workflow_run" }.map { t in
            .workflow(Self.rule, "The workflow runs on `\(t.name)`, with the base repository's privileges for events that forks can cause (the checkout, artifact and injection rules report what its jobs do with them).",
                      context, line: t.key.line, column: t.key.column, anchor: t.name)
        }
    }
}
