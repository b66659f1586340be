import BulwarkCore
import BulwarkFormats

/// What every workflow rule receives: the parsed CI document and the source lines.
public struct CIModel: Sendable {
    public var kind: CIFileKind
    public var document: CIDocument
    public var lines: [Substring]

    public var workflow: Workflow? { if case .workflow(let w) = document { w } else { nil } }
    /// The top mapping of a workflow or an action file (where `${{ }}` expressions are searched), else nil.
    public var workflowOrActionRoot: YNode? {
        switch document {
        case .workflow(let w): .mapping(w.root)
        case .action(let a): .mapping(a.root)
        default: nil
        }
    }
    public var action: ActionMetadata? { if case .action(let a) = document { a } else { nil } }
    public var gitlab: GitLabCI? { if case .gitlab(let g) = document { g } else { nil } }
    public var dependabot: DependabotConfig? { if case .dependabot(let d) = document { d } else { nil } }

    /// Every step with its job (nil for composite action steps).
    public var steps: [(job: Job?, step: Step)] {
        if let w = workflow { return w.jobs.flatMap { j in j.steps.map { (Optional(j), $0) } } }
        if let a = action { return a.steps.map { (nil, $0) } }
        return []
    }

    /// The 1-based line where `fragment` appears inside a scalar, searching the source from the
    /// scalar's first line (exact for literal blocks, robust for folded and quoted styles).
    public func line(of fragment: String, in scalar: YScalar, offset: Int) -> Int {
        if scalar.style == .literal || !scalar.value.contains("\n") && scalar.style != .folded {
            let guess = scalar.line(ofOffset: offset)
            if guess >= 1, guess <= lines.count, lines[guess - 1].contains(fragment) || scalar.style == .literal { return guess }
        }
        let start = max(1, scalar.line)
        let end = min(lines.count, start + 2_000)
        if start <= end {
            let probe = String(fragment.prefix(60))
            for l in start...end where lines[l - 1].contains(probe) { return l }
        }
        return scalar.line(ofOffset: offset)
    }
}

/// Trigger classes used by several rules.
public enum Triggers {
    /// Triggers that run with the base repository's secrets and a possibly write-scoped token while
    /// reacting to input from people without write access.
    public static let privilegedUntrusted: Set<String> = [
        "pull_request_target", "workflow_run", "issue_comment", "issues", "discussion", "discussion_comment",
        "pull_request_review_comment", "pull_request_review", "fork", "watch", "check_run", "check_suite",
    ]
    /// Triggers where the attacker's own code (or text) arrives from a fork or an outside account.
    public static let forkReachable: Set<String> = privilegedUntrusted.union(["pull_request"])
    /// Triggers that carry privileged context for third-party input (the pwn-request family).
    public static let pwnRequest: Set<String> = ["pull_request_target", "workflow_run", "issue_comment"]
}

extension Workflow {
    public var hasPrivilegedUntrustedTrigger: Bool { !triggerNames.isDisjoint(with: Triggers.privilegedUntrusted) }
    public var isForkReachable: Bool { !triggerNames.isDisjoint(with: Triggers.forkReachable) }
}

extension Job {
    /// Whether the job runs on a self-hosted runner (label or group).
    public var isSelfHosted: Bool {
        guard let r = runsOn else { return false }
        let labels = r.scalars(limit: 64).map { $0.value.lowercased() }
        if labels.contains("self-hosted") { return true }
        if r.mapping?["group"] != nil { return true }
        return false
    }
}

/// A script that a runner executes: a `run:`, an `actions/github-script` body, an input known to
/// execute, or a GitLab `script:` line.
public struct ScriptSite: Sendable {
    public enum Kind: Sendable, Equatable { case run, githubScript, executingInput(String), gitlab }
    public var scalar: YScalar
    public var kind: Kind
    public var job: Job?
    public var step: Step?

    /// Whether the text is a shell script (as opposed to JavaScript or another language).
    public var isShell: Bool {
        switch kind {
        case .run:
            let sh = step?.shell?.value.lowercased() ?? "bash"
            return !(sh.hasPrefix("python") || sh.hasPrefix("pwsh") || sh.hasPrefix("powershell") || sh.hasPrefix("node"))
        case .gitlab: return true
        case .githubScript: return false
        case .executingInput: return true
        }
    }
}

/// Inputs of popular actions that are evaluated as code.
enum ExecutingInputs {
    static let table: [String: [String]] = [
        "actions/github-script": ["script"],
        "azure/cli": ["inlinescript"],
        "azure/powershell": ["inlinescript"],
        "appleboy/ssh-action": ["script"],
        "cypress-io/github-action": ["build", "start", "command"],
        "jannekem/run-python-script-action": ["script"],
        "addnab/docker-run-action": ["run"],
        "nick-fields/retry": ["command"],
        "wandalen/wretry.action": ["command"],
        "mathiasvr/command-output": ["run"],
        "gabrielbb/xvfb-action": ["run"],
        "coactions/setup-xvfb": ["run"],
        "docker://alpine": ["args"],
        // PowerShell, yq expressions and lodash templates that the action evaluates.
        "amadevus/pwsh-script": ["script"],
        "mikefarah/yq": ["cmd"],
        "tibdex/backport": ["body_template", "title_template", "head_template", "label_pattern"],
        "azure/k8s-bake": ["arguments"],
        "sergeysova/jq-action": ["cmd"],
        "addnab/docker-run-action-v3": ["run"],
        "kohlerdominik/docker-run-action": ["run"],
    ]
}

extension CIModel {
    /// Every script the file executes.
    public var scripts: [ScriptSite] {
        var out: [ScriptSite] = []
        for (job, step) in steps {
            if let r = step.run { out.append(ScriptSite(scalar: r, kind: .run, job: job, step: step)) }
            if let a = step.action, a.kind == .repository {
                for input in ExecutingInputs.table[a.slug] ?? [] {
                    if let v = step.input(input) {
                        let kind: ScriptSite.Kind = a.slug == "actions/github-script" ? .githubScript : .executingInput(input)
                        out.append(ScriptSite(scalar: v, kind: kind, job: job, step: step))
                    }
                }
            }
        }
        if let g = gitlab {
            for j in g.jobs { for s in j.scripts { out.append(ScriptSite(scalar: s, kind: .gitlab, job: nil, step: nil)) } }
        }
        return out
    }

    /// Every `${{ }}` occurrence under a node, with its scalar.
    public static func expressions(in node: YNode, limit: Int = 4_000) -> [(YScalar, EmbeddedExpression)] {
        var out: [(YScalar, EmbeddedExpression)] = []
        for s in node.scalars(limit: limit) where s.value.contains("${{") {
            for e in ExpressionParser.embedded(in: s.value) { out.append((s, e)) }
        }
        return out
    }

    /// Names of secrets a job can read (`secrets.X` anywhere in the workflow-level env and the job).
    public func secretNames(job: Job?) -> [String] {
        var names: [String] = []
        var nodes: [YNode] = []
        if let w = workflow { nodes += w.env.map(\.value) }
        if let j = job { nodes.append(.mapping(j.node)) }
        for n in nodes {
            for (_, e) in Self.expressions(in: n) {
                guard let x = e.expr else { continue }
                for p in x.paths where p.root.lowercased() == "secrets" {
                    if case .name(let n)? = p.segments.first, !names.contains(n) { names.append(n) }
                }
            }
        }
        if !names.contains("GITHUB_TOKEN") { names.append("GITHUB_TOKEN") }
        return names
    }
}

extension Finding {
    /// The remediation hint of a rule, shared by every workflow finding.
    static func workflow(_ rule: RuleDescription, _ message: String, _ context: RuleContext, line: Int, column: Int? = nil,
                         severity: Severity? = nil, confidence: Confidence? = nil, anchor: String? = nil,
                         properties: [String: String] = [:]) -> Finding {
        Finding(rule: rule, message: message, location: context.location(line: line, column: column),
                severity: severity, confidence: confidence, anchor: anchor ?? message, properties: properties)
    }
}

extension CIModel {
    /// The source line of a 0-based line offset inside a script scalar.
    public func line(ofScriptLine offset: Int, in scalar: YScalar) -> Int {
        switch scalar.style {
        case .literal: return scalar.line + 1 + offset
        case .folded: return scalar.line + 1
        default: return scalar.line + (scalar.value.contains("\n") ? offset : 0)
        }
    }

    /// Shell commands of a script site (only shell scripts).
    public func commands(_ site: ScriptSite) -> [ShellCommand] {
        site.isShell ? ShellTokenizer.commands(in: site.scalar.value) : []
    }
}
