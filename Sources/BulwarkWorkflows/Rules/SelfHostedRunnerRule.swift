import BulwarkCore
import BulwarkFormats

/// Self-hosted runners on triggers that outsiders can cause.
struct SelfHostedRunnerRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-self-hosted-runner", name: "Self-hosted runner reachable from forks", family: "workflows",
        summary: "A job runs on a self-hosted runner in a workflow that pull requests from forks or outside comments can trigger.",
        rationale: rationale(
            detects: "Jobs with `runs-on: self-hosted` (or a runner group) in workflows triggered by `pull_request`, `pull_request_target`, `issue_comment`, `issues`, `discussion` and similar events.",
            matters: "Self-hosted runners are usually persistent and sit inside the network: a fork's pull request can run code on them, leave a backdoor for later jobs, and reach internal services. This is how PyTorch's runners were compromised (2024) and how the Shai-Hulud worm installed its backdoor runner.",
            fix: "Use GitHub-hosted (or ephemeral, isolated) runners for untrusted events, and require approval for all outside contributors' workflow runs.",
            references: ["[GitHub: Hardening self-hosted runners](https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#hardening-for-self-hosted-runners)",
                         "[John Stawinski: Playing with fire, PyTorch self-hosted runners](https://johnstawinski.com/2024/01/11/playing-with-fire-how-we-executed-a-critical-supply-chain-attack-on-pytorch/)",
                         "zizmor audit `self-hosted-runner`"]),
        defaultSeverity: .high, defaultConfidence: .medium,
        remediation: "Run untrusted events on GitHub-hosted or ephemeral runners.",
        examples: [
            Example(.triggers, path: wf, """
            on: pull_request
            jobs:
              test:
                runs-on: [self-hosted, linux] # <-
                steps:
                  - run: make test
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on:
              push:
                branches: [main]
            jobs:
              deploy:
                runs-on: [self-hosted, linux]
                steps:
                  - run: make deploy
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow, w.isForkReachable else { return [] }
        let t = w.triggerNames.intersection(Triggers.forkReachable).sorted().joined(separator: ", ")
        return w.jobs.filter(\.isSelfHosted).map { j in
            .workflow(Self.rule, "Job `\(j.id.value)` runs on a self-hosted runner and the workflow is triggered by \(t): outside contributors can run code on it.",
                      context, line: j.runsOn?.line ?? j.line, anchor: j.id.value)
        }
    }
}
