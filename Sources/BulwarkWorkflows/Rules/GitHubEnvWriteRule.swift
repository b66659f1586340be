import BulwarkCore
import BulwarkFormats
import Foundation

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
            outcomes, runner paths such as `$HOME` or `$RUNNER_TEMP`, `env:` variables and shell variables of the \
            same script bound to those (`${GITHUB_SERVER_URL#https://}` included), and, in jobs that check out \
            no pull request code, the output of local queries such as `$(uv pip list --format json | jq ...)`. \
            Composite actions (`action.yml`) run under their callers' triggers: a write of their inputs is medium, \
            of other variable data low.
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
            Example(.triggers, path: "action.yml", """
            name: set-version
            description: exports a version
            inputs:
              version:
                description: version to export
            runs:
              using: composite
              steps:
                - run: echo "APP_VERSION=${{ inputs.version }}" >> "$GITHUB_ENV" # <-
                  shell: bash
            """),
            Example(.clean, path: "action.yml", """
            name: set-mode
            description: exports a fixed mode
            runs:
              using: composite
              steps:
                - run: echo "APP_MODE=release" >> "$GITHUB_ENV"
                  shell: bash
            """),
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
        "github.event.review.id", "github.event.issue.id", "github.event.discussion.number", "github.token",
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
    static func expressionsFixed(_ text: String, fixedInputs: Set<String> = []) -> Bool {
        ExpressionParser.embedded(in: text).allSatisfy { e in
            guard let expr = e.expr else { return false }
            return expr.paths.allSatisfy { p in
                let n = p.normalized.lowercased()
                if fixedPaths.contains(n) { return true }
                // The maintainers' own values: a secret written to $GITHUB_ENV is no injection.
                if p.root.lowercased() == "secrets" { return true }
                if p.root.lowercased() == "inputs", case .name(let i)? = p.segments.first, fixedInputs.contains(i) { return true }
                let c = p.components
                return c.count == 3 && c[0] == "steps" && (c[2] == "outcome" || c[2] == "conclusion")
            }
        }
    }

    /// The `inputs` a workflow declares under `workflow_call` and `workflow_dispatch`: typed ones
    /// (boolean, number, choice, environment) and string ones.
    static func declaredInputs(_ w: Workflow) -> (typed: Set<String>, strings: Set<String>) {
        var typed = Set<String>(), strings = Set<String>()
        for t in ["workflow_call", "workflow_dispatch"] {
            guard let m = w.trigger(t)?.config?["inputs"]?.mapping else { continue }
            for e in m.entries {
                let type = e.value["type"]?.string ?? "string"
                if ["boolean", "number", "choice", "environment"].contains(type) { typed.insert(e.key.value) } else { strings.insert(e.key.value) }
            }
        }
        return (typed, strings.subtracting(typed))
    }

    /// Shell variables a script checks against an anchored pattern of safe characters and leaves on a
    /// mismatch, by 0-based script line of the check: `if ! [[ "$PR" =~ ^[0-9]+$ ]]; then ... exit 1`
    /// or `[[ $PR =~ ^[0-9]+$ ]] || exit 1`. Bash's `^`/`$` anchor the whole string, so a value that
    /// passes holds no newline and no `=`.
    static func validatedVariables(_ script: String) -> [String: Int] {
        guard script.contains("=~") else { return [:] }
        let lines = script.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        var out: [String: Int] = [:]
        for (i, line) in lines.enumerated() {
            guard let op = line.range(of: "=~"), let open = line.range(of: "[["), open.upperBound <= op.lowerBound,
                  let close = line.range(of: " ]]", range: op.upperBound..<line.endIndex) else { continue }  // bash needs the space
            var lhs = line[open.upperBound..<op.lowerBound].trimmingCharacters(in: .whitespaces)
            lhs = lhs.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            guard lhs.hasPrefix("$") else { continue }
            let name = lhs.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: "{}"))
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
            let pattern = line[op.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            guard safePattern(pattern) else { continue }
            let negated = line[..<open.lowerBound].contains("!")
            let rest = line[close.upperBound...]
            let exitsInline = rest.contains("|| exit") || rest.contains("||exit")
            var exitsInBlock = false
            if negated {
                // The `then` branch, up to its `fi` (on the same line for `if ...; then exit 1; fi`).
                for (k, l) in lines[i...].prefix(8).enumerated() {
                    let body = k == 0 ? String(l[close.upperBound...]) : l
                    let end = k == 0 ? body.range(of: "; fi") ?? body.range(of: ";fi") : nil
                    if (end.map { String(body[..<$0.lowerBound]) } ?? body).contains("exit") { exitsInBlock = true; break }
                    if end != nil || (k > 0 && l.trimmingCharacters(in: .whitespaces).hasPrefix("fi")) { break }
                }
            }
            if exitsInline || (negated && exitsInBlock) { out[String(name)] = i }
        }
        return out
    }

    /// `^[0-9]+$`-style patterns: one bracket class of digits, letters, `_`, `.` or `-`, anchored at both
    /// ends, repeated with `+`, `*` or `{m,n}`.
    static func safePattern(_ p: String) -> Bool {
        guard p.hasPrefix("^["), p.hasSuffix("$") else { return false }
        var body = Substring(p.dropFirst(2).dropLast())
        for cls in ["[:digit:]", "[:alnum:]", "[:alpha:]", "[:lower:]", "[:upper:]"] { body = Substring(body.replacingOccurrences(of: cls, with: "0")) }
        guard let end = body.firstIndex(of: "]") else { return false }
        let inside = body[..<end], quant = body[body.index(after: end)...]
        guard !inside.isEmpty, inside.first != "^", inside.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }) else { return false }
        return quant == "+" || quant == "*" || (quant.hasPrefix("{") && quant.hasSuffix("}") && quant.dropFirst().dropLast().allSatisfy { $0.isNumber || $0 == "," })
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
    static func isRunnerControlled(_ payload: String, env: [String: String], queries: Bool = false,
                                   fixedInputs: Set<String> = []) -> Bool {
        guard expressionsFixed(payload, fixedInputs: fixedInputs) else { return false }
        var text = payload
        for e in ExpressionParser.embedded(in: payload).reversed() {
            if let r = text.range(of: e.raw) { text.replaceSubrange(r, with: "") }
        }
        let b = Array(text.utf8)
        var i = 0
        while i < b.count {
            guard b[i] == 0x24 else { i += 1; continue }
            var j = i + 1
            if queries, j < b.count, b[j] == 0x28, !(j + 1 < b.count && b[j + 1] == 0x28) {
                // `$( ... )`: fixed when it only queries local, trusted state.
                var level = 1, k = j + 1
                while k < b.count, level > 0 { if b[k] == 0x28 { level += 1 } else if b[k] == 0x29 { level -= 1 }; k += 1 }
                guard level == 0, localQuery(String(decoding: b[(j + 1)..<(k - 1)], as: UTF8.self)) else { return false }
                i = k
                continue
            }
            let braced = j < b.count && b[j] == 0x7B
            if braced { j += 1 }
            let start = j
            while j < b.count, b[j] == 0x5F || (b[j] >= 0x30 && b[j] <= 0x39) || (b[j] | 0x20 >= 0x61 && b[j] | 0x20 <= 0x7A) { j += 1 }
            guard j > start else { return false }  // `$(`, `$1`, `$@`, ...
            if braced, !(j < b.count && b[j] == 0x7D) {
                // `${X#prefix}`, `${X%suffix}` (and `##`, `%%`) with a literal pattern only trim X.
                guard j < b.count, b[j] == 0x23 || b[j] == 0x25 else { return false }
                var k = j
                while k < b.count, b[k] != 0x7D { if b[k] == 0x24 || b[k] == 0x60 { return false }; k += 1 }
                guard k < b.count else { return false }
                let name = String(decoding: b[start..<j], as: UTF8.self)
                if !runnerVariables.contains(name) {
                    guard let bound = env[name], !bound.contains("$") || (expressionsFixed(bound, fixedInputs: fixedInputs) && !bound.replacingOccurrences(of: "${{", with: "").contains("$")) else { return false }
                }
                i = k + 1
                continue
            }
            let name = String(decoding: b[start..<j], as: UTF8.self)
            if !runnerVariables.contains(name) {
                guard let bound = env[name], !bound.contains("$") || (expressionsFixed(bound, fixedInputs: fixedInputs) && !bound.replacingOccurrences(of: "${{", with: "").contains("$")) else { return false }
            }
            i = j
        }
        return true
    }

    /// Programs whose output, with no variable input, reflects the runner's or the base branch's own
    /// installed state (versions, package lists) rather than text an outsider wrote.
    static func localQuery(_ script: String) -> Bool {
        guard !script.contains("$"), !script.contains("`") else { return false }
        let cmds = ShellTokenizer.commands(in: script)
        return !cmds.isEmpty && cmds.allSatisfy { c in
            let w = c.effectiveWords
            guard let p = c.program else { return false }
            if ["jq", "cut", "tr", "head", "tail", "sed", "awk", "grep", "sort", "uniq", "date", "wc", "basename", "dirname", "uname", "nproc"].contains(p) { return true }
            let rest = Array(w.dropFirst())
            if ["uv", "pip", "pip3"].contains(p) {
                let sub = p == "uv" ? Array(rest.drop { $0 == "pip" }) : rest
                return (p != "uv" || rest.first == "pip") && ["list", "show", "freeze"].contains(sub.first ?? "")
            }
            if ["python", "python3", "node", "npm", "go", "rustc", "cargo", "java", "ruby", "uv", "pnpm", "yarn", "bun", "deno"].contains(p) {
                return rest == ["--version"] || rest == ["-V"] || rest == ["version"]
            }
            if p == "git", let sub = rest.first { return ["rev-parse", "describe"].contains(sub) }
            return false
        }
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        // A composite action runs under whatever trigger its callers have: what it writes from its
        // inputs (or other variable data) is the caller's data.
        let composite = model.action?.using?.value.lowercased() == "composite"
        let w = model.workflow
        guard composite || (w?.hasPrivilegedUntrustedTrigger ?? false) else { return [] }
        var out: [Finding] = []
        // Inputs exist only when a caller or a person with write access starts the workflow; under the
        // untrusted triggers they are empty. Typed ones (number, boolean, choice) cannot carry a newline.
        let (typedInputs, stringInputs) = w.map(Self.declaredInputs) ?? ([], [])
        for site in model.scripts where site.kind == .run && site.isShell {
            // Command output counts as fixed only where no pull request code was checked out.
            let queries = !(site.job?.steps.contains(where: Execution.checksOutUntrusted) ?? true)
            var env = Self.envBindings(model: model, site: site)
            let validated = Self.validatedVariables(site.scalar.value)
            var assignedAt: [String: Int] = [:]
            for c in ShellTokenizer.commands(in: site.scalar.value) {
                // A variable checked against a digits-only (or similar) pattern, with an exit on mismatch,
                // after its last assignment: what follows the check can only see the safe value.
                for (name, vline) in validated where vline < c.line && vline >= (assignedAt[name] ?? -1) { env[name] = "" }
                let words = c.words
                // Shell variables of the script: `GH_HOST="${GITHUB_SERVER_URL#https://}"` is as fixed
                // as what it is built from; any other assignment shadows an `env:` binding.
                let assigning = c.effectiveWords.isEmpty ? words : (c.program == "export" ? Array(c.effectiveWords.dropFirst()) : [])
                for a in assigning where !c.isSubstitution {
                    guard let eq = a.firstIndex(of: "="), eq != a.startIndex else { continue }
                    let name = String(a[..<eq])
                    guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
                    env[name] = Self.isRunnerControlled(String(a[a.index(after: eq)...]), env: env, queries: queries,
                                                        fixedInputs: typedInputs) ? "" : "$(unknown)"
                    assignedAt[name] = c.line
                }
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
                guard piped || !Self.isRunnerControlled(payload, env: env, queries: queries, fixedInputs: typedInputs) else { continue }
                let name = t.contains("GITHUB_PATH") ? "$GITHUB_PATH" : "$GITHUB_ENV"
                let line = model.line(ofScriptLine: c.line, in: site.scalar)
                guard let w else {
                    let fromInputs = payload.contains("inputs.") || payload.contains("INPUT_")
                        || env.contains { payload.contains("$" + $0.key) && $0.value.contains("inputs.") }
                    out.append(.workflow(Self.rule, fromInputs
                        ? "The composite action writes its inputs to \(name); a caller that passes pull request or issue text lets its author set any environment variable or PATH entry for later steps."
                        : "The composite action writes variable data to \(name); under a caller's untrusted trigger a crafted value could set any environment variable or PATH entry for later steps.",
                        context, line: line, severity: fromInputs ? .medium : .low, anchor: "\(site.step?.index ?? 0):\(c.line)"))
                    continue
                }
                if !piped, !stringInputs.isEmpty,
                   Self.isRunnerControlled(payload, env: env, queries: queries, fixedInputs: typedInputs.union(stringInputs)) {
                    out.append(.workflow(Self.rule, "A step writes the workflow's string `inputs` to \(name); they are set by whoever calls or dispatches the workflow (empty under its issue or pull request triggers), so a caller that passes untrusted text could set any environment variable for later steps.",
                                         context, line: line, severity: .medium, anchor: "\(site.step?.index ?? 0):\(c.line)"))
                    continue
                }
                out.append(.workflow(Self.rule, "A step writes variable data to \(name) in a workflow triggered by \(w.triggerNames.intersection(Triggers.privilegedUntrusted).sorted().joined(separator: ", ")); a crafted value can set any environment variable or PATH entry for later steps.",
                                     context, line: line, anchor: "\(site.step?.index ?? 0):\(c.line)"))
            }
        }
        return out
    }
}
