import BulwarkFormats

/// Step and job outputs that carry outsider data, followed through `$GITHUB_OUTPUT` writes:
/// `echo "v=${{ github.event.issue.title }}" >> "$GITHUB_OUTPUT"`, `echo "v=$TITLE"` with a tainted
/// `env:`, and, in workflows with a privileged trigger, `echo "v=$(cat VERSION)"` after a step that
/// checked out the pull request's head or downloaded the triggering run's artifact (the file is the
/// outsider's). Job `outputs:` pass them on to `needs.<job>.outputs.<name>`.
struct OutputTaint {
    let workflow: Workflow?
    let model: CIModel
    /// job id -> step id -> output -> sources (each job computed once).
    private var stepCache: [String: [String: [String: [String]]]] = [:]

    /// Whether a checkout of the triggering head or an artifact of the triggering run counts as
    /// outsider data. Per-file rules pass false for a `workflow_run` workflow that names its upstream
    /// workflows: whether those run on fork events is known only across the repository, where the
    /// checkout and artifact rules judge it (a tag-push upstream's head is a maintainer's commit).
    let workspaceHostile: Bool

    init(model: CIModel, workspaceHostile: Bool = true) {
        self.model = model
        self.workflow = model.workflow
        self.workspaceHostile = workspaceHostile
    }

    /// Sources for `steps.<id>.outputs.<name>` seen from `step` of `job` (earlier steps only) or for
    /// `needs.<job>.outputs.<name>`; nil when the path is neither.
    mutating func sources(_ p: ContextPath, job: Job?, step: Step?) -> [String]? {
        let root = p.root.lowercased()
        guard root == "steps" || root == "needs", p.segments.count >= 3,
              case .name(let owner)? = p.segments.first, case .name(let kw) = p.segments[1], kw.lowercased() == "outputs",
              case .name(let out) = p.segments[2] else { return nil }
        if root == "steps" {
            guard let job else { return model.action.map { stepOutputs(steps: $0.steps, before: step?.index)[owner]?[out] ?? [] } ?? nil }
            return stepOutputs(job: job, before: step?.index)[owner]?[out] ?? []
        }
        guard let w = workflow, let j = w.jobs.first(where: { $0.id.value == owner }) else { return [] }
        return jobOutput(j, name: out, depth: 0)
    }

    private mutating func jobOutput(_ job: Job, name: String, depth: Int) -> [String] {
        guard depth < 8, let v = job.node["outputs"]?[name]?.string else { return [] }
        var out: [String] = []
        for e in ExpressionParser.embedded(in: v) {
            guard let x = e.expr else { continue }
            for p in x.paths {
                let root = p.root.lowercased()
                if root == "steps", let s = sources(p, job: job, step: nil) { out += s }
                else if root == "needs", case .name(let o)? = p.segments.first, p.segments.count >= 3,
                        case .name(let n) = p.segments[2], let up = workflow?.jobs.first(where: { $0.id.value == o }) {
                    out += jobOutput(up, name: n, depth: depth + 1)
                } else if Taint.isAttackerControlled(p.components) { out.append(p.normalized) }
            }
        }
        return out
    }

    private mutating func stepOutputs(job: Job, before index: Int?) -> [String: [String: [String]]] {
        let all: [String: [String: [String]]]
        if let hit = stepCache[job.id.value] { all = hit } else {
            all = stepOutputs(steps: job.steps, before: nil, job: job)
            stepCache[job.id.value] = all
        }
        guard let index else { return all }
        let earlier = Set(job.steps.filter { $0.index < index }.compactMap { $0.id?.value })
        return all.filter { earlier.contains($0.key) }
    }

    private func stepOutputs(steps: [Step], before index: Int?, job: Job? = nil) -> [String: [String: [String]]] {
        let privileged = workflow?.hasPrivilegedUntrustedTrigger ?? false
        var hostile: String?
        var out: [String: [String: [String]]] = [:]
        for s in steps {
            if let index, s.index >= index { break }
            if let id = s.id?.value, let r = s.run?.value, r.contains("GITHUB_OUTPUT") {
                let env = Self.envSources(model: model, job: job, step: s)
                for (name, value) in Self.outputWrites(r) {
                    let src = Self.valueSources(value.text, assignments: value.assignments, env: env, hostile: hostile)
                    if !src.isEmpty { out[id, default: [:]][name, default: []] += src }
                }
            }
            if privileged, workspaceHostile, hostile == nil {
                if Execution.checksOutUntrusted(s) { hostile = "a file of the pull request's head" }
                else if UntrustedArtifactRule.downloadsTriggeringArtifacts(s) { hostile = "the triggering run's artifact" }
            }
        }
        return out
    }

    /// `env.X` names whose values carry outsider data (workflow, job and step `env:`).
    static func envSources(model: CIModel, job: Job?, step: Step?) -> [String: [String]] {
        var out: [String: [String]] = [:]
        let layers: [[YMapping.Entry]] = [model.workflow?.env ?? model.action?.env ?? [], job?.env ?? [], step?.env ?? []]
        for layer in layers {
            for e in layer {
                guard let v = e.value.string else { continue }
                out[e.key.value] = ExpressionParser.embedded(in: v).compactMap(\.expr).flatMap { Taint.sources($0) }
            }
        }
        return out.filter { !$0.value.isEmpty }
    }

    struct Written { var text: String; var assignments: [String: String] }

    /// `name -> value text` of every `$GITHUB_OUTPUT` write of a script (`echo "n=v" >> $GITHUB_OUTPUT`,
    /// `| tee -a`, `{ ...; } >> $GITHUB_OUTPUT` groups, `n<<EOF` heredoc blocks), with the script's
    /// simple shell assignments (`V=$(cat f)`) made before each write.
    static func outputWrites(_ script: String) -> [(String, Written)] {
        let lines = script.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).prefix(5_000).map(String.init)
        var out: [(String, Written)] = []
        var assignments: [String: String] = [:]
        var groupStart: Int?
        var heredoc: (name: String, delim: String, text: String)?
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if var h = heredoc {
                let bare = line.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "'", with: "")
                let pl = payload(bare).trimmingCharacters(in: .whitespaces)
                if pl == h.delim || pl == "echo " + h.delim || pl == "printf " + h.delim || pl == "echo -e " + h.delim {
                    out.append((h.name, Written(text: h.text, assignments: assignments)))
                    heredoc = nil
                } else {
                    h.text += "\n" + (line.contains("GITHUB_OUTPUT") ? payload(line) : line)
                    heredoc = h
                }
                continue
            }
            if let a = assignment(line) { assignments[a.0] = a.1 }
            if line == "{" || line.hasPrefix("{ ") && !line.contains("}") { groupStart = i; continue }
            guard line.contains("GITHUB_OUTPUT") else { continue }
            var payloads: [String] = []
            if line.hasPrefix("}"), let g = groupStart {
                payloads = Array(lines[(g + 1)..<i]).map { $0.trimmingCharacters(in: .whitespaces) }
                groupStart = nil
            } else {
                payloads = [payload(line)]
            }
            for p in payloads {
                if let (name, delim) = heredocStart(p) { heredoc = (name, delim, ""); continue }
                if let (name, value) = nameValue(p) { out.append((name, Written(text: value, assignments: assignments))) }
            }
        }
        return out
    }

    /// The text before the redirection to `$GITHUB_OUTPUT` (`>>`, `>`, `| tee`).
    static func payload(_ line: String) -> String {
        for sep in [">>", "| tee", "|tee", ">"] {
            if let r = line.range(of: sep) { return String(line[..<r.lowerBound]) }
        }
        return line
    }

    /// `NAME=value` (or `export NAME=value`, `local NAME=value`) as the first word of a line.
    static func assignment(_ line: String) -> (String, String)? {
        var l = Substring(line)
        for kw in ["export ", "local ", "readonly ", "declare "] where l.hasPrefix(kw) { l = l.dropFirst(kw.count) }
        guard let eq = l.firstIndex(of: "="), eq > l.startIndex else { return nil }
        let name = l[..<eq]
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), name.first?.isNumber == false else { return nil }
        return (String(name), String(l[l.index(after: eq)...]))
    }

    /// The first `name=` of an echo/printf payload and the text after it.
    static func nameValue(_ p: String) -> (String, String)? {
        let chars = Array(p)
        var i = 0
        while i < chars.count {
            if chars[i] == "=", i > 0 {
                var j = i - 1
                while j >= 0, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" || chars[j] == "-" { j -= 1 }
                let name = String(chars[(j + 1)..<i])
                let before: Character? = j >= 0 ? chars[j] : nil
                if !name.isEmpty, before == nil || before == " " || before == "\"" || before == "'" {
                    return (name, String(chars[(i + 1)...]))
                }
            }
            i += 1
        }
        return nil
    }

    /// `name<<DELIM` inside an echo payload.
    static func heredocStart(_ p: String) -> (String, String)? {
        guard let r = p.range(of: "<<") else { return nil }
        let before = p[..<r.lowerBound]
        let name = String(before.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }.reversed())
        let delim = p[r.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" || $0 == "{" || $0 == "}" }
        guard !name.isEmpty, !delim.isEmpty else { return nil }
        return (name, String(delim))
    }

    /// Programs whose output a PR cannot choose (`$(date +%s)`, `$(git rev-parse HEAD)`, `$(nproc)`).
    static let fixedOutputPrograms: Set<String> = ["date", "nproc", "uname", "whoami", "pwd", "id", "hostname", "mktemp", "seq", "expr"]

    /// The sources a written value carries.
    static func valueSources(_ text: String, assignments: [String: String], env: [String: [String]], hostile: String?, depth: Int = 0) -> [String] {
        guard depth < 4 else { return [] }
        var out: [String] = []
        for e in ExpressionParser.embedded(in: text) {
            guard let x = e.expr else { continue }
            out += Taint.sources(x, resolve: { p in
                guard p.root.lowercased() == "env", case .name(let n)? = p.segments.first else { return nil }
                return env[n] ?? []
            })
        }
        // Shell variables: an assignment of this script, else an `env:` binding.
        for name in shellVariables(in: text) {
            if let a = assignments[name] {
                var rest = assignments; rest[name] = nil
                out += valueSources(a, assignments: rest, env: env, hostile: hostile, depth: depth + 1)
            } else if let s = env[name] { out += s }
        }
        if let hostile, readsWorkspace(text) { out.append(hostile) }
        return out
    }

    /// Names used as `$NAME` or `${NAME...}`.
    static func shellVariables(in text: String) -> [String] {
        var out: [String] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count - 1 {
            if chars[i] == "$", chars[i + 1] != "(" {
                var j = i + 1
                if chars[j] == "{" { j += 1 }
                let start = j
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
                if j > start { out.append(String(chars[start..<j])) }
                i = j
            } else { i += 1 }
        }
        return out
    }

    /// Whether a value runs a command whose output the workspace decides (`$(cat f)`, `` `jq ...` ``).
    static func readsWorkspace(_ text: String) -> Bool {
        var rest = Substring(text)
        while let r = rest.range(of: "$(") ?? rest.range(of: "`") {
            let after = rest[r.upperBound...]
            if after.hasPrefix("(") { rest = after; continue }  // $(( arithmetic ))
            let words = after.prefix { $0 != ")" && $0 != "`" }.split(separator: " ").map(String.init)
            if let p = words.first {
                if p == "git", words.count > 1, ["rev-parse", "describe"].contains(words[1]) {
                    rest = after; continue
                }
                if !fixedOutputPrograms.contains(p) { return true }
            }
            rest = after
        }
        return false
    }
}
