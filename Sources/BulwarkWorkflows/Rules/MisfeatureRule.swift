import BulwarkCore
import BulwarkFormats

/// Features that make a workflow hard to audit or install packages outside any lockfile.
struct MisfeatureRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-misfeature", name: "Workflow misfeature (cmd shell, setup-python pip-install)", family: "workflows",
        summary: "The workflow uses the Windows `cmd` shell, or `actions/setup-python`'s `pip-install` input that installs packages into the global interpreter outside any lockfile.",
        rationale: rationale(
            detects: """
            `shell: cmd` (or `cmd.exe`, or a custom `cmd /c ...` template) on a step, in a job's or the workflow's \
            `defaults.run.shell`, or in a composite action step; and the `pip-install` input of \
            `actions/setup-python`.
            """,
            matters: """
            `cmd` has no formal grammar: its quoting, `%VAR%` and delayed expansion rules make it nearly \
            impossible to tell whether an interpolated value can break out of a command, so injection checks \
            (human or automated) cannot vouch for it; it has not been the Windows default since 2019. \
            `pip-install` runs `pip install` with whatever arguments it is given into the runner's global \
            environment, resolving fresh versions without a lockfile or hashes, in a place that a reader of \
            the workflow does not recognise as an install step.
            """,
            fix: "Use `shell: pwsh` (or `bash`) on Windows. Replace `pip-install:` with an explicit `run:` step that installs from a lockfile (`pip install --require-hashes -r requirements.txt`, `uv sync --locked`) into a virtual environment.",
            references: ["[GitHub: defaults.run.shell](https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#defaultsrunshell)",
                         "[actions/setup-python: pip-install](https://github.com/actions/setup-python/blob/main/docs/advanced-usage.md)",
                         "zizmor audit `misfeature`"]),
        defaultSeverity: .low, defaultConfidence: .high,
        remediation: "Use `pwsh` or `bash` instead of `cmd`; install Python packages in a `run:` step from a lockfile.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              build:
                runs-on: windows-latest
                defaults:
                  run:
                    shell: cmd # <-
                steps:
                  - uses: actions/setup-python@v5
                    with:
                      python-version: "3.12"
                      pip-install: -r requirements.txt # <-
                  - run: echo hi
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: windows-latest
                defaults:
                  run:
                    shell: pwsh
                steps:
                  - uses: actions/setup-python@v5
                    with:
                      python-version: "3.12"
                  - run: pip install --require-hashes -r requirements.txt
            """),
        ])
    var description: RuleDescription { Self.rule }

    static func isCmd(_ shell: String) -> Bool {
        let first = shell.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map { $0.lowercased() } ?? ""
        return first == "cmd" || first == "cmd.exe"
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        func defaultsShell(_ m: YMapping?) -> YScalar? { m?["defaults"]?["run"]?["shell"]?.scalar }
        if let w = model.workflow {
            if let s = defaultsShell(w.root), Self.isCmd(s.value) {
                out.append(.workflow(Self.rule, "The workflow's default shell is `cmd`, whose quoting and expansion rules defeat injection review.",
                                     context, line: s.line, column: s.column, anchor: "defaults:cmd"))
            }
            for j in w.jobs {
                if let s = defaultsShell(j.node), Self.isCmd(s.value) {
                    out.append(.workflow(Self.rule, "Job `\(j.id.value)` defaults to the `cmd` shell, whose quoting and expansion rules defeat injection review.",
                                         context, line: s.line, column: s.column, anchor: "\(j.id.value):defaults:cmd"))
                }
            }
        }
        for (job, step) in model.steps {
            let at = "\(job?.id.value ?? "-"):\(step.index):"
            if let s = step.shell, Self.isCmd(s.value) {
                out.append(.workflow(Self.rule, "This step runs in the `cmd` shell, whose quoting and expansion rules defeat injection review.",
                                     context, line: s.line, column: s.column, anchor: at + "cmd"))
            }
            if let a = step.action, a.kind == .repository, a.fullName == "actions/setup-python",
               let p = step.input("pip-install"), !p.value.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(.workflow(Self.rule, "`pip-install: \(p.value)` installs packages into the global interpreter without a lockfile or hashes.",
                                     context, line: p.line, column: p.column, anchor: at + "pip-install"))
            }
        }
        return out
    }
}
