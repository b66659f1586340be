import BulwarkCore
import BulwarkFormats

/// "Pwn request": a privileged trigger checks out the pull request's code and then runs it.
struct UntrustedCheckoutRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-untrusted-checkout", name: "Untrusted code executed with privileges (pwn request)", family: "workflows",
        summary: "A `pull_request_target`, `workflow_run` or `issue_comment` job checks out the PR head and then executes it.",
        rationale: rationale(
            detects: """
            Jobs triggered by `pull_request_target`, `workflow_run` or `issue_comment` that check out the pull \
            request's head, merge ref or head repository (`actions/checkout` with such a `ref:`/`repository:`, \
            `gh pr checkout`, `git fetch origin pull/N/head`) and afterwards execute anything from it: a `run:` \
            beyond inert commands (`npm install` runs the fork's lifecycle scripts, `make`, `pytest`, `pip install .`), \
            a local action, or an action that builds the workspace. The trigger alone is not reported here.
            """,
            matters: """
            These triggers run in the base repository's context with its secrets and a token that can usually \
            write, while the checked-out code is chosen by whoever opened the pull request. Running it hands \
            them the secrets and the token: the "pwn request" pattern behind the Nx \"s1ngularity\" compromise \
            (August 2025) and many GitHub Security Lab reports.
            """,
            fix: """
            Use `pull_request` for building untrusted code. If you need privileges, split the workflow: an \
            unprivileged `pull_request` job builds and uploads results; a privileged `workflow_run` job only \
            consumes them as data. Never run code from the PR head in a privileged job.
            """,
            references: ["[GitHub Security Lab: Preventing pwn requests](https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/)",
                         "[Nx s1ngularity post-mortem](https://github.com/nrwl/nx/security/advisories/GHSA-cxm3-wv7p-598c)",
                         "CWE-829", "zizmor audit `dangerous-triggers`"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Build untrusted code under `pull_request`; keep privileged jobs from executing the PR head.",
        examples: [
            Example(.triggers, path: wf, """
            on: pull_request_target
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2 # <-
                    with:
                      ref: ${{ github.event.pull_request.head.sha }}
                      persist-credentials: false
                  - run: npm install && npm test
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: pull_request_target
            permissions:
              pull-requests: write
            jobs:
              label:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                    with:
                      persist-credentials: false
                  - run: npm ci && npm run label
            """),
            Example(.clean, path: wf, """
            on: pull_request_target
            jobs:
              diff:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                    with:
                      ref: ${{ github.event.pull_request.head.sha }}
                      persist-credentials: false
                  - run: git diff --stat HEAD~1
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        let triggers = w.triggerNames.intersection(Triggers.pwnRequest)
        guard !triggers.isEmpty else { return [] }
        var out: [Finding] = []
        for job in w.jobs {
            guard let idx = job.steps.firstIndex(where: Execution.checksOutUntrusted) else { continue }
            let checkout = job.steps[idx]
            guard let exec = job.steps[(idx + 1)...].first(where: Execution.stepExecutes)
                    ?? (checkout.run.map { Execution.scriptExecutes($0.value) && !$0.value.isEmpty } == true ? checkout : nil)
            else { continue }
            let privileged = Execution.isPrivileged(job: job, workflow: w, model: model)
            let what = exec.run.map { _ in "runs a script (line \(exec.line))" } ?? "runs `\(exec.uses?.value ?? "an action")`"
            let trig = triggers.sorted().joined(separator: ", ")
            out.append(.workflow(Self.rule, message(job.id.value, trig, what, privileged), context,
                                 line: checkout.uses?.line ?? checkout.run?.line ?? checkout.line,
                                 severity: privileged ? .critical : .high, anchor: "\(job.id.value):checkout"))
        }
        return out
    }

    func message(_ job: String, _ trig: String, _ what: String, _ privileged: Bool) -> String {
        let priv = privileged ? " while holding secrets or a write token" : ""
        return "Job `\(job)` (\(trig)) checks out the pull request's code and then \(what)\(priv): the PR author's code runs with the base repository's privileges."
    }
}
