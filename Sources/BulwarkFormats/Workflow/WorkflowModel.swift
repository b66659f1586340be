import Foundation

/// What a `uses:` value points at.
public struct ActionRef: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `./path` in the same repository.
        case local
        /// `docker://image:tag`.
        case docker
        /// `owner/repo[/path]@ref`.
        case repository
    }
    public var kind: Kind
    /// The text as written.
    public var raw: String
    /// `owner` (repository kind), lowercased.
    public var owner: String
    /// `repo` (repository kind), lowercased.
    public var repo: String
    /// Sub-path inside the repository (`codeql-action/init` -> `init`), lowercased.
    public var path: String
    /// The ref after `@`, or nil when missing.
    public var ref: String?
    /// For docker refs: the image without `docker://`.
    public var image: String?

    /// `owner/repo` lowercased.
    public var slug: String { owner + "/" + repo }
    /// `owner/repo/path` lowercased (or slug when there is no path).
    public var fullName: String { path.isEmpty ? slug : slug + "/" + path }

    /// Whether the ref is a full 40- (or 64-) hex commit id.
    public var isFullSHA: Bool {
        guard let r = ref else { return false }
        return (r.count == 40 || r.count == 64) && r.allSatisfy(\.isHexDigit)
    }

    public init?(_ text: String) {
        // A block scalar (`uses: |`) keeps its final newline; the reference is the text without it.
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        raw = t
        owner = ""; repo = ""; path = ""
        // `$/path` names a file of the calling repository, like `./path`.
        if t.hasPrefix("./") || t.hasPrefix(".\\") || t == "." || t.hasPrefix("$/") {
            kind = .local
            return
        }
        if t.lowercased().hasPrefix("docker://") {
            kind = .docker
            image = String(t.dropFirst(9))
            return
        }
        kind = .repository
        let parts = t.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        ref = parts.count > 1 ? String(parts[1]) : nil
        let comps = parts[0].split(separator: "/", omittingEmptySubsequences: true).map { $0.lowercased() }
        guard comps.count >= 2 else { return nil }
        owner = comps[0]
        repo = comps[1]
        path = comps.dropFirst(2).joined(separator: "/")
    }
}

/// One step of a job or composite action.
public struct Step: Sendable, Hashable {
    public var index: Int
    public var node: YMapping
    public var id: YScalar?
    public var name: YScalar?
    public var uses: YScalar?
    public var action: ActionRef?
    public var run: YScalar?
    public var shell: YScalar?
    public var condition: YScalar?
    /// `with:` inputs in order.
    public var with: [YMapping.Entry]
    public var env: [YMapping.Entry]
    /// Trailing comment on the `uses:` line (`# v4.2.0`), when present.
    public var usesComment: String?

    public var line: Int { node.line }
    public func input(_ name: String) -> YScalar? {
        with.first { $0.key.value.lowercased() == name.lowercased() }?.value.scalar
    }
}

/// The `permissions:` block of a workflow or job.
public enum Permissions: Sendable, Hashable {
    /// `read-all`, `write-all` or `{}`-like scalars.
    case scalar(YScalar)
    /// Scope -> level.
    case map(YMapping)

    public var line: Int {
        switch self {
        case .scalar(let s): s.line
        case .map(let m): m.line
        }
    }
    /// The level of one scope (`contents`) if it is set, considering `write-all`/`read-all`.
    public func level(_ scope: String) -> String? {
        switch self {
        case .scalar(let s):
            switch s.value { case "write-all": return "write"; case "read-all": return "read"; default: return nil }
        case .map(let m): return m[scope]?.string
        }
    }
    /// Scopes granted `write`.
    public var writeScopes: [YMapping.Entry] {
        if case .map(let m) = self { return m.entries.filter { $0.value.string == "write" } }
        return []
    }
    public var isWriteAll: Bool { if case .scalar(let s) = self { s.value == "write-all" } else { false } }
}

public struct Job: Sendable, Hashable {
    public var id: YScalar
    public var node: YMapping
    public var name: YScalar?
    public var runsOn: YNode?
    public var permissions: Permissions?
    public var condition: YScalar?
    public var env: [YMapping.Entry]
    public var steps: [Step]
    /// Reusable workflow call (`uses:` at job level).
    public var uses: YScalar?
    public var with: [YMapping.Entry]
    /// `secrets:` of a reusable workflow call (`inherit` or a mapping).
    public var secrets: YNode?
    public var container: YNode?
    public var services: YMapping?
    public var environment: YNode?
    public var strategy: YNode?

    public var line: Int { id.line }
}

/// A trigger under `on:`.
public struct Trigger: Sendable, Hashable {
    public var name: String
    public var key: YScalar
    public var config: YNode?
}

/// A GitHub Actions workflow file.
public struct Workflow: Sendable, Hashable {
    public var root: YMapping
    public var name: YScalar?
    public var triggers: [Trigger]
    public var permissions: Permissions?
    public var env: [YMapping.Entry]
    public var jobs: [Job]
    /// Line of the `on:` key.
    public var onLine: Int

    public func trigger(_ name: String) -> Trigger? { triggers.first { $0.name == name } }
    public var triggerNames: Set<String> { Set(triggers.map(\.name)) }
}

/// An `action.yml`: composite, Docker or JavaScript action metadata.
public struct ActionMetadata: Sendable, Hashable {
    public var root: YMapping
    public var name: YScalar?
    public var using: YScalar?
    public var image: YScalar?
    public var steps: [Step]
    public var inputs: YMapping?
    public var env: [YMapping.Entry]
}

/// `.github/dependabot.yml`.
public struct DependabotConfig: Sendable, Hashable {
    public struct Update: Sendable, Hashable {
        public var node: YMapping
        public var ecosystem: YScalar?
        public var cooldown: YNode?
        public var insecureExternalCodeExecution: YScalar?
        public var line: Int { node.line }
    }
    public var root: YMapping
    public var updates: [Update]
}

/// A `.gitlab-ci.yml` file.
public struct GitLabCI: Sendable, Hashable {
    public struct Include: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable { case local, remote, project, template, component }
        public var kind: Kind
        public var value: YScalar
        /// `ref:` for project includes; the `@version` part for components.
        public var ref: YScalar?
        public var line: Int { value.line }
    }
    public struct Job: Sendable, Hashable {
        public var name: YScalar
        public var node: YMapping
        public var image: YScalar?
        public var services: [YScalar]
        /// Every line of script, before_script and after_script.
        public var scripts: [YScalar]
    }
    public var root: YMapping
    public var includes: [Include]
    public var image: YScalar?
    public var jobs: [Job]
    public var variables: YMapping?
}

/// A parsed CI file of any supported kind.
public enum CIDocument: Sendable, Hashable {
    case workflow(Workflow)
    case action(ActionMetadata)
    case dependabot(DependabotConfig)
    case renovate(YMapping)
    case gitlab(GitLabCI)
    /// `.pre-commit-config.yaml`: the hook repositories (`repos:` with `repo`, `rev`, `hooks`).
    case preCommit(YMapping)
}

/// Which CI format a path holds, decided from the path alone.
public enum CIFileKind: String, Sendable, Hashable {
    case workflow, action, dependabot, renovate, gitlab, preCommit

    public static func of(path: String) -> CIFileKind? {
        let lower = path.lowercased()
        let comps = lower.split(separator: "/")
        guard let name = comps.last else { return nil }
        let isYAML = name.hasSuffix(".yml") || name.hasSuffix(".yaml")
        if isYAML, comps.count >= 3, comps[comps.count - 2] == "workflows", comps[comps.count - 3] == ".github" {
            return .workflow
        }
        if name == "action.yml" || name == "action.yaml" { return .action }
        if (name == "dependabot.yml" || name == "dependabot.yaml"), comps.count >= 2, comps[comps.count - 2] == ".github" {
            return .dependabot
        }
        if ["renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json", ".renovaterc.json5"].contains(name)
            && (comps.count == 1 || comps.count == 2 && (comps[0] == ".github" || comps[0] == ".gitlab")) {
            return .renovate
        }
        // Renovate also reads a `renovate` key of the repository's root package.json.
        if name == "package.json", comps.count == 1 { return .renovate }
        if name == ".gitlab-ci.yml" || name == ".gitlab-ci.yaml" { return .gitlab }
        // pre-commit runs the hooks of these repositories on developers' machines and in CI.
        if name == ".pre-commit-config.yaml" || name == ".pre-commit-config.yml" { return .preCommit }
        if isYAML, comps.contains(".gitlab"), comps.contains("ci") { return .gitlab }
        return nil
    }
}

/// Builds a `CIDocument` from YAML text.
public enum CIParser {
    public static func parse(_ text: String, kind: CIFileKind, limits: YAMLLimits = YAMLLimits()) throws(YAMLError) -> CIDocument? {
        guard let root = try YAMLTree.parse(text, limits: limits) else { return nil }
        guard let map = root.mapping else {
            throw YAMLError("expected a mapping at the top of the file", line: root.line, column: root.column)
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        switch kind {
        case .workflow: return .workflow(workflow(map, lines: lines))
        case .action: return .action(action(map, lines: lines))
        case .dependabot: return .dependabot(dependabot(map))
        case .renovate: return .renovate(map)
        case .gitlab: return .gitlab(gitlab(map))
        case .preCommit: return .preCommit(map)
        }
    }

    static func entries(_ n: YNode?) -> [YMapping.Entry] { n?.mapping?.entries ?? [] }

    static func permissions(_ n: YNode?) -> Permissions? {
        guard let n else { return nil }
        if let s = n.scalar { return .scalar(s) }
        if let m = n.mapping { return .map(m) }
        return nil
    }

    static func comment(onLine line: Int, lines: [Substring]) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        let l = lines[line - 1]
        guard let r = l.range(of: " #") else { return nil }
        return String(l[r.upperBound...]).trimmingCharacters(in: " \t\r")
    }

    static func steps(_ n: YNode?, lines: [Substring]) -> [Step] {
        guard let seq = n?.sequence else { return [] }
        // `- parallel: [steps]` groups steps that run side by side; each is a step of the job.
        var items: [YNode] = []
        for item in seq.items {
            if let group = item.mapping?["parallel"]?.sequence, item.mapping?["uses"] == nil, item.mapping?["run"] == nil {
                items.append(contentsOf: group.items.prefix(10_000))
            } else { items.append(item) }
        }
        var out: [Step] = []
        for (i, item) in items.enumerated() {
            guard let m = item.mapping else { continue }
            let uses = m["uses"]?.scalar
            out.append(Step(index: i, node: m, id: m["id"]?.scalar, name: m["name"]?.scalar, uses: uses,
                            action: uses.flatMap { ActionRef($0.value) }, run: m["run"]?.scalar,
                            shell: m["shell"]?.scalar, condition: m["if"]?.scalar,
                            with: entries(m["with"]), env: entries(m["env"]),
                            usesComment: uses.flatMap { comment(onLine: $0.line, lines: lines) }))
        }
        return out
    }

    static func workflow(_ map: YMapping, lines: [Substring]) -> Workflow {
        var triggers: [Trigger] = []
        // `on` may be read as a boolean key by YAML 1.1 tools; here keys are raw strings.
        let onEntry = map.entry("on") ?? map.entry("true") ?? map.entry("On")
        if let on = onEntry {
            switch on.value {
            case .scalar(let s): triggers.append(Trigger(name: s.value, key: s, config: nil))
            case .sequence(let seq):
                for item in seq.items { if let s = item.scalar { triggers.append(Trigger(name: s.value, key: s, config: nil)) } }
            case .mapping(let m):
                for e in m.entries { triggers.append(Trigger(name: e.key.value, key: e.key, config: e.value)) }
            }
        }
        var jobs: [Job] = []
        for e in entries(map["jobs"]) {
            guard let j = e.value.mapping else { continue }
            jobs.append(Job(id: e.key, node: j, name: j["name"]?.scalar, runsOn: j["runs-on"],
                            permissions: permissions(j["permissions"]), condition: j["if"]?.scalar,
                            env: entries(j["env"]), steps: steps(j["steps"], lines: lines), uses: j["uses"]?.scalar,
                            with: entries(j["with"]), secrets: j["secrets"], container: j["container"],
                            services: j["services"]?.mapping, environment: j["environment"], strategy: j["strategy"]))
        }
        return Workflow(root: map, name: map["name"]?.scalar, triggers: triggers,
                        permissions: permissions(map["permissions"]), env: entries(map["env"]), jobs: jobs,
                        onLine: onEntry?.key.line ?? 1)
    }

    static func action(_ map: YMapping, lines: [Substring]) -> ActionMetadata {
        let runs = map["runs"]?.mapping
        return ActionMetadata(root: map, name: map["name"]?.scalar, using: runs?["using"]?.scalar,
                              image: runs?["image"]?.scalar, steps: steps(runs?["steps"], lines: lines),
                              inputs: map["inputs"]?.mapping, env: entries(runs?["env"]))
    }

    static func dependabot(_ map: YMapping) -> DependabotConfig {
        let updates: [DependabotConfig.Update] = (map["updates"]?.sequence?.items ?? []).compactMap { item in
            guard let m = item.mapping else { return nil }
            return .init(node: m, ecosystem: m["package-ecosystem"]?.scalar, cooldown: m["cooldown"],
                         insecureExternalCodeExecution: m["insecure-external-code-execution"]?.scalar)
        }
        return DependabotConfig(root: map, updates: updates)
    }

    static let gitlabReserved: Set<String> = [
        "default", "include", "stages", "variables", "workflow", "image", "services", "cache", "before_script",
        "after_script", "types", "pages_config", "spec",
    ]

    static func gitlab(_ map: YMapping) -> GitLabCI {
        var includes: [GitLabCI.Include] = []
        func addInclude(_ n: YNode) {
            if let s = n.scalar {
                let v = s.value
                let kind: GitLabCI.Include.Kind = v.hasPrefix("http://") || v.hasPrefix("https://") ? .remote : .local
                includes.append(.init(kind: kind, value: s, ref: nil))
            } else if let m = n.mapping {
                if let s = m["remote"]?.scalar { includes.append(.init(kind: .remote, value: s, ref: nil)) }
                if let s = m["template"]?.scalar { includes.append(.init(kind: .template, value: s, ref: nil)) }
                if let s = m["local"]?.scalar { includes.append(.init(kind: .local, value: s, ref: nil)) }
                if let s = m["component"]?.scalar {
                    let ref = s.value.split(separator: "@", maxSplits: 1).dropFirst().first.map {
                        YScalar(String($0), line: s.line, column: s.column, style: s.style)
                    }
                    includes.append(.init(kind: .component, value: s, ref: ref))
                }
                if let p = m["project"]?.scalar {
                    includes.append(.init(kind: .project, value: p, ref: m["ref"]?.scalar))
                }
            }
        }
        if let inc = map["include"] {
            if let seq = inc.sequence { seq.items.forEach(addInclude) } else { addInclude(inc) }
        }
        func image(_ n: YNode?) -> YScalar? { n?.scalar ?? n?["name"]?.scalar }
        func scriptLines(_ n: YNode?) -> [YScalar] {
            guard let n else { return [] }
            if let s = n.scalar { return [s] }
            return n.sequence?.items.flatMap { $0.scalar.map { [$0] } ?? ($0.sequence?.items.compactMap(\.scalar) ?? []) } ?? []
        }
        let defaults = map["default"]?.mapping
        var jobs: [GitLabCI.Job] = []
        for e in map.entries where !gitlabReserved.contains(e.key.value) {
            guard let m = e.value.mapping else { continue }
            let services = (m["services"]?.sequence?.items ?? []).compactMap { image($0) }
            jobs.append(.init(name: e.key, node: m, image: image(m["image"]), services: services,
                              scripts: scriptLines(m["before_script"]) + scriptLines(m["script"]) + scriptLines(m["after_script"])))
        }
        if let d = defaults {
            let scripts = scriptLines(d["before_script"]) + scriptLines(d["after_script"])
            if !scripts.isEmpty {
                jobs.append(.init(name: YScalar("default", line: d.line, column: d.column), node: d, image: nil, services: [], scripts: scripts))
            }
        }
        let topScripts = scriptLines(map["before_script"]) + scriptLines(map["after_script"])
        if !topScripts.isEmpty {
            jobs.append(.init(name: YScalar("(global)", line: 1, column: 1), node: map, image: nil, services: [], scripts: topScripts))
        }
        return GitLabCI(root: map, includes: includes, image: image(map["image"]) ?? image(defaults?["image"]),
                        jobs: jobs, variables: map["variables"]?.mapping)
    }
}
