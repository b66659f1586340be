import BulwarkCore
import BulwarkFormats

/// A privileged `workflow_run` job that consumes artifacts of the triggering (untrusted) run.
struct UntrustedArtifactRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-untrusted-artifact", name: "Artifacts of an untrusted run consumed with privileges", family: "workflows",
        summary: "A `workflow_run` job downloads artifacts produced by a pull request run and then executes or exports their content.",
        rationale: rationale(
            detects: """
            Jobs triggered by `workflow_run` (or `pull_request_target`) that download artifacts of the \
            triggering run (`actions/download-artifact` with `run-id`, `dawidd6/action-download-artifact`, \
            `gh run download`, `github-script` calling `downloadArtifact`) and afterwards run code, write the \
            content to `$GITHUB_ENV`/`$GITHUB_OUTPUT`, or use a local action.
            """,
            matters: """
            The triggering run built a fork's pull request, so every artifact byte is attacker-controlled. The \
            `workflow_run` job holds secrets and a write token; unpacking an artifact over the workspace (or \
            reading a PR number from it into `$GITHUB_ENV`) lets the fork inject code or environment variables \
            into the privileged job.
            """,
            fix: """
            Treat artifacts as untrusted data: extract them into a dedicated directory, validate them (for \
            example a PR number must be digits), never execute them, and never write them to `$GITHUB_ENV`.
            """,
            references: ["[GitHub Security Lab: Preventing pwn requests (part 2, workflow_run)](https://securitylab.github.com/resources/github-actions-new-patterns-and-mitigations/)",
                         "CWE-829", "zizmor audit `dangerous-triggers`"]),
        defaultSeverity: .high, defaultConfidence: .medium,
        remediation: "Extract artifacts to a separate directory, validate them as data, and never execute them.",
        examples: [
            Example(.triggers, path: wf, """
            on:
              workflow_run:
                workflows: [CI]
                types: [completed]
            jobs:
              comment:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0 # <-
                    with:
                      run-id: ${{ github.event.workflow_run.id }}
                      github-token: ${{ secrets.GITHUB_TOKEN }}
                  - run: echo "PR=$(cat pr.txt)" >> "$GITHUB_ENV"
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on:
              workflow_run:
                workflows: [CI]
                types: [completed]
            jobs:
              comment:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0
                    with:
                      run-id: ${{ github.event.workflow_run.id }}
                      github-token: ${{ secrets.GITHUB_TOKEN }}
                      path: ${{ runner.temp }}/artifacts
                  - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1
                    with:
                      script: |
                        const fs = require('fs');
                        const n = Number(fs.readFileSync(process.env.RUNNER_TEMP + '/artifacts/pr.txt', 'utf8'));
                        if (!Number.isInteger(n)) throw new Error('bad PR number');
            """),
        ])
    var description: RuleDescription { Self.rule }

    static func downloadsTriggeringArtifacts(_ step: Step) -> Bool {
        if let a = step.action, a.kind == .repository {
            if a.slug == "dawidd6/action-download-artifact" { return true }
            if a.slug == "actions/download-artifact", step.input("run-id") != nil { return true }
            if a.slug == "actions/github-script", let s = step.input("script")?.value {
                return s.contains("downloadArtifact") || s.contains("listWorkflowRunArtifacts")
            }
        }
        if let r = step.run?.value {
            return ShellTokenizer.commands(in: r).contains { c in
                let w = c.effectiveWords
                return c.program == "gh" && w.count >= 3 && w[1] == "run" && w[2] == "download"
            }
        }
        return false
    }

    static func consumesDangerously(_ step: Step) -> Bool {
        if let r = step.run?.value {
            if r.contains("GITHUB_ENV") || r.contains("GITHUB_OUTPUT") || r.contains("GITHUB_PATH") { return true }
            let cmds = ShellTokenizer.commands(in: r)
            if cmds.contains(where: { ["unzip", "tar", "bash", "sh", "source", ".", "python", "python3", "node", "npm", "make", "chmod"].contains($0.program ?? "") }) {
                return true
            }
            return Execution.scriptExecutes(r)
        }
        if let a = step.action, a.kind == .local { return true }
        return false
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow, w.trigger("workflow_run") != nil || w.trigger("pull_request_target") != nil else { return [] }
        var out: [Finding] = []
        for job in w.jobs {
            guard let idx = job.steps.firstIndex(where: Self.downloadsTriggeringArtifacts) else { continue }
            guard job.steps[(idx + 1)...].contains(where: Self.consumesDangerously) else { continue }
            let s = job.steps[idx]
            let privileged = Execution.isPrivileged(job: job, workflow: w, model: model)
            out.append(.workflow(Self.rule, message(job.id.value, privileged), context,
                                 line: s.uses?.line ?? s.run?.line ?? s.line,
                                 severity: privileged ? .critical : .high, anchor: "\(job.id.value):artifact"))
        }
        return out
    }

    func message(_ job: String, _ privileged: Bool) -> String {
        "Job `\(job)` downloads artifacts of the triggering run (built from a pull request) and then executes or exports their content\(privileged ? " with secrets or a write token" : "")."
    }
}
