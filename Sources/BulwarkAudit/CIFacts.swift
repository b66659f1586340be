import BulwarkCore
import BulwarkFormats
import Foundation

/// What the repository's CI runs, read with the workflows family's parsers (`CIParser`,
/// `ShellTokenizer`): the shell commands of every `run:` step and GitLab `script:` line, and the
/// actions every step or job `uses:`. The audit asks "does CI run X" of these facts, not of the
/// files' text, so a comment, a step name or a commented-out line never counts as a step.
public struct CIFacts: Sendable, Hashable {
    /// Each simple shell command as its words, after wrappers such as `sudo` and `env`
    /// (`["bulwark", "gate", "--base", "origin/main"]`); a quoted argument stays one word.
    public var commands: [[String]]
    /// Each `uses:` target, lowercased, without the ref (`anchore/sbom-action`, `./.github/actions/x`).
    public var actions: [String]
    /// CI files that could not be parsed (their steps are unknown).
    public var unreadable: [String]

    public init(commands: [[String]] = [], actions: [String] = [], unreadable: [String] = []) {
        self.commands = commands
        self.actions = actions
        self.unreadable = unreadable
    }

    /// Files the audit reads as CI: GitHub workflows, local composite actions, GitLab CI.
    public static func isCIFile(_ path: String) -> Bool {
        switch CIFileKind.of(path: path) {
        case .workflow, .gitlab: return true
        case .action: return path.hasPrefix(".github/actions/") || path == "action.yml" || path == "action.yaml"
        default: return false
        }
    }

    /// Parses the CI files among `files` (root-relative) under `root`. Files over 4 MiB or that do not
    /// parse are listed in `unreadable`.
    public static func read(root: String, files: [String]) -> CIFacts {
        var facts = CIFacts()
        for path in files where isCIFile(path) {
            guard let kind = CIFileKind.of(path: path),
                  let bytes = try? SafeRead.file(path, under: root, maxBytes: 4 << 20),
                  let text = String(bytes: bytes, encoding: .utf8) else {
                facts.unreadable.append(path)
                continue
            }
            facts.add(text, kind: kind, path: path)
        }
        return facts
    }

    /// Adds one CI document's steps.
    public mutating func add(_ text: String, kind: CIFileKind, path: String) {
        let document: CIDocument?
        do { document = try CIParser.parse(text, kind: kind) } catch {
            unreadable.append(path)
            return
        }
        switch document {
        case .workflow(let w):
            for job in w.jobs {
                if let u = job.uses { addAction(u.value) }
                addSteps(job.steps)
            }
        case .action(let a):
            addSteps(a.steps)
        case .gitlab(let g):
            for job in g.jobs { for line in job.scripts { addScript(line.value) } }
        default:
            break
        }
    }

    mutating func addSteps(_ steps: [Step]) {
        for s in steps {
            if let u = s.uses { addAction(u.value) }
            if let r = s.run { addScript(r.value) }
        }
    }

    mutating func addAction(_ uses: String) {
        let target = uses.split(separator: "@", maxSplits: 1).first.map(String.init) ?? uses
        actions.append(target.lowercased())
    }

    mutating func addScript(_ script: String) {
        for c in ShellTokenizer.commands(in: script) where !c.isCasePattern && !c.words.isEmpty {
            commands.append(c.effectiveWords)
        }
    }

    /// Whether some command runs `fragment`: the fragment's words appear in order as whole words
    /// of one command (`bulwark gate` matches `bulwark gate --base x` and `./bin/bulwark gate`,
    /// not `echo "bulwark gaters"`). A fragment starting with `-` matches an option of any command.
    public func runs(_ fragment: String) -> Bool {
        let want = fragment.split(separator: " ").map(String.init)
        guard !want.isEmpty else { return false }
        return commands.contains { command in
            var words = command
            if let first = words.first { words[0] = String(first.split(separator: "/").last ?? Substring(first)) }
            guard words.count >= want.count else { return false }
            for start in 0...(words.count - want.count) {
                if zip(words[start..<(start + want.count)], want).allSatisfy({ w, f in w == f || (f.hasPrefix("-") && w.hasPrefix(f + "=")) }) {
                    return true
                }
            }
            return false
        }
    }

    /// Whether some step uses an action whose `owner/repo[/path]` ends with `name` (case-insensitive).
    public func uses(_ name: String) -> Bool {
        let n = name.lowercased()
        return actions.contains { $0 == n || $0.hasSuffix("/" + n) }
    }

    /// Whether CI runs any of the commands or uses any of the actions (entries containing `/`
    /// are actions, the rest commands).
    public func any(_ items: [String]) -> Bool {
        items.contains { $0.contains("/") ? uses($0) : runs($0) }
    }
}
