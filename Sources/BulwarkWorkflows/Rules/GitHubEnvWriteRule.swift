import BulwarkCore
import BulwarkFormats

/// Writes of non-constant data to `$GITHUB_ENV` / `$GITHUB_PATH` under untrusted triggers.
struct GitHubEnvWriteRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-github-env-write", name: "GITHUB_ENV or GITHUB_PATH written under an untrusted trigger", family: "workflows",
        summary: "A privileged workflow for untrusted events writes variable data to `$GITHUB_ENV` or `$GITHUB_PATH`.",
        rationale: rationale(
            detects: """
            Shell commands in workflows triggered by `pull_request_target`, `workflow_run`, `issue_comment` and \
            similar events that append non-constant data (variables, command output, expressions) to \
            `$GITHUB_ENV` or `$GITHUB_PATH` (`echo "X=$Y" >> $GITHUB_ENV`, `tee -a "$GITHUB_PATH"`). Values the \
            runner or GitHub fixes are not findings: literals, PR and issue numbers, commit SHAs, run ids, step \
            outcomes, runner paths such as `$HOME` or `$RUNNER_TEMP`, and `env:` variables bound to those.
            """,
            matters: """
            A value with a newline can define any environment variable for the following steps, such as \
            `LD_PRELOAD`, `NODE_OPTIONS` or `BASH_ENV`, and a `$GITHUB_PATH` entry can shadow any program: \
            arbitrary code execution in the privileged job. Artifact contents and PR metadata are typical sources.
            """,
            fix: "Pass data between steps with `$GITHUB_OUTPUT` and step outputs, or validate the value strictly (digits only, no newline) before writing it.",
            references: ["[GitHub Security Lab: GITHUB_ENV injection](https://securitylab.github.com/resources/github-actions-new-patterns-and-mitigations/)",
                         "CWE-454", "zizmor audit `github-env`"]),
        defaultSeverity: .high, defaultConfidence: .medium,
        remediation: "Use step outputs instead of `$GITHUB_ENV`, or validate the value first.",
        examples: [
            Example(.triggers, path: wf, """
            on:
              workflow_run:
                workflows: [CI]
                types: [completed]
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      unzip pr.zip
                      echo "PR_NUMBER=$(cat NR)" >> "$GITHUB_ENV" # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "VERSION=$(cat VERSION)" >> "$GITHUB_ENV"
              other:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "MODE=release" >> "$GITHUB_ENV"
            """),
            Example(.clean, path: wf, """
            on: pull_request_target
            permissions: {}
            jobs:
              label:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      echo "PR_NUMBER=${{ github.event.pull_request.number }}" >> "$GITHUB_ENV"
                      echo "BASE=$BASE_SHA" >> "$GITHUB_ENV"
                      echo "$HOME/.local/bin" >> "$GITHUB_PATH"
                    env:
                      BASE_SHA: ${{ github.event.pull_request.base.sha }}
            """),
        ])
    var description: RuleDescription { Self.rule }


    /// Paths whose values the runner or GitHub fixes (numbers, commit SHAs, ids, the repository's own
    /// names): writing them to `$GITHUB_ENV` cannot smuggle a newline or a second variable.
    static let fixedPaths: Set<String> = [
        "github.event.pull_request.number", "github.event.number", "github.event.issue.number",
        "github.event.pull_request.head.sha", "github.event.pull_request.base.sha", "github.event.pull_request.base.ref",
        "github.event.pull_request.id", "github.event.comment.id", "github.event.workflow_run.id",
        "github.event.workflow_run.head_sha", "github.event.workflow_run.run_number", "github.event.workflow_run.conclusion",
        "github.event.before", "github.event.after", "github.sha", "github.run_id", "github.run_number", "github.run_attempt",
        "github.repository", "github.repository_owner", "github.repository_id", "github.workspace", "github.action_path",
        "github.server_url", "github.api_url", "github.event_name", "github.job", "github.ref_name", "github.base_ref",
        "runner.os", "runner.arch", "runner.temp", "runner.tool_cache", "job.status",
    ]
    /// Environment variables the runner sets to paths, ids and names the workflow author controls.
    static let runnerVariables: Set<String> = [
        "HOME", "PWD", "RUNNER_TEMP", "RUNNER_TOOL_CACHE", "RUNNER_OS", "RUNNER_ARCH", "RUNNER_WORKSPACE",
        "GITHUB_WORKSPACE", "GITHUB_ACTION_PATH", "GITHUB_SHA", "GITHUB_RUN_ID", "GITHUB_RUN_NUMBER", "GITHUB_RUN_ATTEMPT",
        "GITHUB_REPOSITORY", "GITHUB_REPOSITORY_OWNER", "GITHUB_SERVER_URL", "GITHUB_API_URL", "GITHUB_EVENT_NAME", "GITHUB_JOB",
        "GITHUB_BASE_REF", "GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_STATE",
    ]

    /// Whether every `${{ }}` in `text` is a literal or a fixed path (steps' outcomes included).
    static func expressionsFixed(_ text: String) -> Bool {
        ExpressionParser.embedded(in: text).allSatisfy { e in
            guard let expr = e.expr else { return false }
            return expr.paths.allSatisfy { p in
                let n = p.normalized.lowercased()
                if fixedPaths.contains(n) { return true }
                let c = p.components
                return c.count == 3 && c[0] == "steps" && (c[2] == "outcome" || c[2] == "conclusion")
            }
        }
    }

    /// `env:` bindings visible to the step (workflow, then job, then step).
    static func envBindings(model: CIModel, site: ScriptSite) -> [String: String] {
        var out: [String: String] = [:]
        for layer in [model.workflow?.env ?? model.action?.env ?? [], site.job?.env ?? [], site.step?.env ?? []] {
            for e in layer { out[e.key.value] = e.value.string ?? "" }
        }
        return out
    }

    /// Whether a payload only carries literals, fixed expressions, runner variables, or `env:` variables
    /// bound to those. Command substitutions and other variables count as variable data.
    static func isRunnerControlled(_ payload: String, env: [String: String]) -> Bool {
        guard expressionsFixed(payload) else { return false }
        var text = payload
        for e in ExpressionParser.embedded(in: payload).reversed() {
            if let r = text.range(of: e.raw) { text.replaceSubrange(r, with: "") }
        }
        let b = Array(text.utf8)
        var i = 0
        while i < b.count {
            guard b[i] == 0x24 else { i += 1; continue }
            var j = i + 1
            let braced = j < b.count && b[j] == 0x7B
            if braced { j += 1 }
            let start = j
            while j < b.count, b[j] == 0x5F || (b[j] >= 0x30 && b[j] <= 0x39) || (b[j] | 0x20 >= 0x61 && b[j] | 0x20 <= 0x7A) { j += 1 }
            guard j > start else { return false }  // `$(`, `$1`, `$@`, ...
            if braced, !(j < b.count && b[j] == 0x7D) { return false }  // `${X:-...}` and other expansions
            let name = String(decoding: b[start..<j], as: UTF8.self)
            if !runnerVariables.contains(name) {
                guard let bound = env[name], !bound.contains("$") || (expressionsFixed(bound) && !bound.replacingOccurrences(of: "${{", with: "").contains("$")) else { return false }
            }
            i = j
        }
        return true
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow, w.hasPrivilegedUntrustedTrigger else { return [] }
        var out: [Finding] = []
        for site in model.scripts where site.kind == .run && site.isShell {
            for c in ShellTokenizer.commands(in: site.scalar.value) {
                let words = c.words
                var target: String?
                for (i, wd) in words.enumerated() {
                    if (wd == ">>" || wd == ">"), i + 1 < words.count, words[i + 1].contains("GITHUB_ENV") || words[i + 1].contains("GITHUB_PATH") {
                        target = words[i + 1]
                    }
                }
                if c.program == "tee", let t = words.first(where: { $0.contains("GITHUB_ENV") || $0.contains("GITHUB_PATH") }) { target = t }
                guard let t = target else { continue }
                let payload = words.filter { $0 != t && $0 != ">>" && $0 != ">" }.joined(separator: " ")
                let piped = c.pipePosition > 0
                guard piped || !Self.isRunnerControlled(payload, env: Self.envBindings(model: model, site: site)) else { continue }
                let name = t.contains("GITHUB_PATH") ? "$GITHUB_PATH" : "$GITHUB_ENV"
                let line = model.line(ofScriptLine: c.line, in: site.scalar)
                out.append(.workflow(Self.rule, "A step writes variable data to \(name) in a workflow triggered by \(w.triggerNames.intersection(Triggers.privilegedUntrusted).sorted().joined(separator: ", ")); a crafted value can set any environment variable or PATH entry for later steps.",
                                     context, line: line, anchor: "\(site.step?.index ?? 0):\(c.line)"))
            }
        }
        return out
    }
}
