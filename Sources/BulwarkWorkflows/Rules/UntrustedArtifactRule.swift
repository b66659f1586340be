import BulwarkCore
import BulwarkFormats
import Foundation

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
            content to `$GITHUB_ENV`/`$GITHUB_OUTPUT`, or use a local action. An artifact unpacked into a folder of \
            its own and only handed to an upload tool fetched by name (`uvx smokeshow upload coverage-html`, \
            `aws s3 sync site s3://...`) is medium: nothing from it runs, but the job publishes the PR author's files.
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
              preview:
                runs-on: ubuntu-latest
                permissions:
                  statuses: write
                steps:
                  - uses: dawidd6/action-download-artifact@b6e2e70617bc3265edd6dab6c906732b2f1ae151 # v21 # <-
                    with:
                      run_id: ${{ github.event.workflow_run.id }}
                      name: site-preview
                      path: site-preview
                  - run: uvx smokeshow upload site-preview
                    env:
                      SMOKESHOW_AUTH_KEY: ${{ secrets.SMOKESHOW_AUTH_KEY }}
            """),
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
            if r.contains("GITHUB_ENV") || r.contains("GITHUB_OUTPUT") || r.contains("GITHUB_PATH"), !exportsOnlyValidated(r) { return true }
            let cmds = ShellTokenizer.commands(in: r)
            if cmds.contains(where: { ["unzip", "tar", "bash", "sh", "source", ".", "python", "python3", "node", "npm", "make", "chmod"].contains($0.program ?? "") }) {
                return true
            }
            return Execution.scriptExecutes(r)
        }
        if let a = step.action, a.kind == .local { return true }
        return false
    }

    /// Whether every write of a script to `$GITHUB_ENV`, `$GITHUB_OUTPUT` or `$GITHUB_PATH` carries only
    /// literals, fixed values and variables the script checked against a safe anchored pattern (exiting
    /// on a mismatch) after their last assignment: `if ! [[ "$PR" =~ ^[0-9]+$ ]]; then exit 1; fi`.
    static func exportsOnlyValidated(_ script: String) -> Bool {
        let validated = GitHubEnvWriteRule.validatedVariables(script)
        guard !validated.isEmpty else { return false }
        var env: [String: String] = [:]
        var assignedAt: [String: Int] = [:]
        func sink(_ w: String) -> Bool { w.contains("GITHUB_ENV") || w.contains("GITHUB_OUTPUT") || w.contains("GITHUB_PATH") }
        for c in ShellTokenizer.commands(in: script) {
            for (name, vline) in validated where vline < c.line && vline >= (assignedAt[name] ?? -1) { env[name] = "" }
            if c.effectiveWords.isEmpty, !c.isSubstitution {
                for a in c.words {
                    guard let eq = a.firstIndex(of: "="), eq != a.startIndex else { continue }
                    let name = String(a[..<eq])
                    env[name] = "$(unknown)"
                    assignedAt[name] = c.line
                }
            }
            guard c.words.contains(where: sink) else { continue }
            let payload = c.words.filter { !sink($0) && $0 != ">>" && $0 != ">" }.joined(separator: " ")
            if c.pipePosition > 0 || c.program == "tee" || !GitHubEnvWriteRule.isRunnerControlled(payload, env: env) { return false }
        }
        return true
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow, w.trigger("workflow_run") != nil || w.trigger("pull_request_target") != nil else { return [] }
        // A `workflow_run` workflow naming its upstream workflows is judged in the family's `finish`
        // with their triggers: a push-only upstream's artifact is the maintainers' own build.
        if w.triggerNames.intersection(Triggers.pwnRequest) == ["workflow_run"], UntrustedCheckoutRule.upstreamNames(w) != nil { return [] }
        return Self.findings(w, model: model).map { r in
            .workflow(Self.rule, r.message, context, line: r.line, severity: r.severity, anchor: r.anchor)
        }
    }

    /// `workflow_run` workflows whose upstream is not known to run only on trusted events (see
    /// `UntrustedCheckoutRule.crossWorkflowFindings`).
    static func crossWorkflowFindings(models: [(SourceFile, CIModel)], context: ScanContext) -> [Finding] {
        guard context.settings(for: rule).enabled else { return [] }
        var out: [Finding] = []
        for (f, m, w) in UntrustedCheckoutRule.untrustedWorkflowRuns(models) {
            let ctx = context.ruleContext(rule, file: f)
            for r in findings(w, model: m) {
                out.append(Finding.workflow(rule, r.message, ctx, line: r.line, severity: r.severity, anchor: r.anchor))
            }
        }
        return out
    }

    static func findings(_ w: Workflow, model: CIModel) -> [UntrustedCheckoutRule.Raw] {
        var out: [UntrustedCheckoutRule.Raw] = []
        for job in w.jobs where !Gates.neverRuns(job) {
            guard let idx = job.steps.firstIndex(where: Self.downloadsTriggeringArtifacts) else { continue }
            guard job.steps[(idx + 1)...].contains(where: Self.consumesDangerously) else { continue }
            let s = job.steps[idx]
            let privileged = Execution.isPrivileged(job: job, workflow: w, model: model)
            let line = s.uses?.line ?? s.run?.line ?? s.line
            // Unpacked into a folder of its own and only handed, as files, to a tool fetched by
            // name (`uvx smokeshow upload dir`, `aws s3 sync dir`): nothing from the artifact runs
            // and it cannot drop configuration where the tool looks for it.
            let consumers = job.steps[(idx + 1)...].filter(Self.consumesDangerously)
            if let dir = Self.extractionFolder(s), consumers.allSatisfy({ Self.onlyUploadsFiles($0, folder: dir) }) {
                out.append(.init(message: "Job `\(job.id.value)` downloads artifacts of the triggering run (built from a pull request) into `\(dir)/` and only uploads them as files with a tool it fetches by name; nothing from the artifact runs, but what it publishes is the PR author's content.",
                                 line: line, severity: .medium, anchor: "\(job.id.value):artifact"))
                continue
            }
            out.append(.init(message: message(job.id.value, privileged), line: line,
                             severity: privileged ? .critical : .high, anchor: "\(job.id.value):artifact"))
        }
        return out
    }

    /// The sub-folder an artifact download unpacks into, when it is not the workspace itself:
    /// `path: some-dir`, or `dawidd6/action-download-artifact` with `name_is_regexp` (one folder per
    /// artifact, named after it; the name pattern's leading literal is the folder's prefix).
    static func extractionFolder(_ step: Step) -> String? {
        guard let a = step.action, a.kind == .repository else { return nil }
        if let p = step.input("path")?.value.trimmingCharacters(in: CharacterSet(charactersIn: " ./")), !p.isEmpty,
           !p.contains("${{"), !p.contains("..") {
            return p
        }
        if a.slug == "dawidd6/action-download-artifact", step.input("name_is_regexp")?.value == "true",
           step.input("path") == nil, let name = step.input("name")?.value {
            let literal = name.drop { "(^".contains($0) }.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            // `(diff-)?coverage-html.*`: the folders start with `coverage-html` or `diff-coverage-html`.
            let tail = name.components(separatedBy: ")?").last.map { $0.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } }
            let folder = String(tail ?? literal)
            return folder.count >= 3 ? folder : nil
        }
        return nil
    }

    /// Whether a step only hands `folder` to a tool fetched by name that uploads files.
    static func onlyUploadsFiles(_ step: Step, folder: String) -> Bool {
        guard let r = step.run?.value, !r.contains("GITHUB_ENV"), !r.contains("GITHUB_OUTPUT"), !r.contains("GITHUB_PATH") else { return false }
        let cmds = ShellTokenizer.commands(in: r)
        guard !cmds.isEmpty else { return false }
        return cmds.allSatisfy { c in
            let w = c.effectiveWords
            guard let p = c.program else { return true }
            if Execution.inertPrograms.contains(p), !["bash", "sh", "source", "."].contains(p) { return true }
            // The tool comes from the registry, not from the artifact, and is told to upload.
            let tool: ArraySlice<String>
            switch p {
            case "uvx", "npx", "bunx": tool = w.dropFirst()
            case "pipx" where w.count > 2 && w[1] == "run": tool = w.dropFirst(2)
            case "aws", "gsutil", "rclone", "smokeshow", "netlify", "surge", "wrangler": tool = w[...]
            default: return false
            }
            let args = tool.dropFirst()
            let uploads = args.contains { ["upload", "sync", "cp", "deploy", "publish"].contains($0) }
            let namesFolder = args.contains { $0 == folder || $0.hasPrefix(folder + "/") || $0 == "./" + folder }
            return uploads && namesFolder
        }
    }

    static func message(_ job: String, _ privileged: Bool) -> String {
        "Job `\(job)` downloads artifacts of the triggering run (built from a pull request) and then executes or exports their content\(privileged ? " with secrets or a write token" : "")."
    }
}
