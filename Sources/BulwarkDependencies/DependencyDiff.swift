import BulwarkCore
import BulwarkFormats
import Foundation

/// `bulwark deps diff --base REF`: every package added or changed between a git ref and the working
/// tree, with its source, depth, install scripts and typosquat/advisory verdicts, for review.
///
/// The base side is read with `git show REF:path` (never checked out); nothing is installed or run.
public struct DependencyDiff: Sendable {
    public struct Change: Sendable, Codable, Hashable {
        public enum Kind: String, Sendable, Codable { case added, changed, removed, script }
        public var kind: Kind
        public var file: String
        public var line: Int?
        public var ecosystem: String
        public var name: String
        public var oldVersion: String?
        public var newVersion: String?
        public var source: String
        public var sourceURL: String?
        public var direct: Bool
        public var depth: Int
        public var dependencyPath: String
        public var installScript: Bool
        /// The popular package imitated, when the name looks like a typosquat.
        public var typosquatOf: String?
        public var advisories: [String]
        public var malicious: Bool
        /// The worst verdict: `critical` (malicious), the advisory severity, `high`/`medium` for typosquats, or `none`.
        public var verdict: String
        /// For `script` changes: the lifecycle script and its command.
        public var script: String?
    }

    public var base: String
    public var changes: [Change]
    public var databaseAge: String
    /// Files that could not be read or parsed on either side.
    public var problems: [String]

    public struct Error: Swift.Error, CustomStringConvertible { public var description: String }

    /// Compares the dependency files of the working tree at `root` with those at git ref `base`.
    public static func compare(root: String, base: String, database: AdvisoryDatabase? = nil) throws -> DependencyDiff {
        let db = database ?? DependenciesScanner.defaultDatabase
        guard !base.hasPrefix("-"), !base.contains("\0") else { throw Error(description: "invalid git ref `\(base)`") }
        let baseCommit: String
        do { baseCommit = try GitRepository.commit(root, base) } catch { throw Error(description: "\(error)") }
        let baseTree: [String: String]
        do {
            baseTree = Dictionary(try GitRepository.tree(root, baseCommit).filter { $0.type == "blob" && isDependencyPath($0.path) }
                .map { ($0.path, $0.object) }, uniquingKeysWith: { a, _ in a })
        } catch { throw Error(description: "\(error)") }
        let baseFiles = Set(baseTree.keys)
        let workFiles = workingTreeFiles(root)
        var diff = DependencyDiff(base: base, changes: [], databaseAge: db.ageDescription(), problems: [])
        let scanner = DependenciesScanner(database: db)
        for path in Set(baseFiles).union(workFiles).sorted() {
            // `cat-file blob` applies no textconv or filter a repository may configure.
            let oldBytes: [UInt8]? = baseTree[path].flatMap { oid in
                (try? Subprocess.git(root, ["cat-file", "blob", oid])).flatMap { $0.status == 0 ? $0.stdout : nil }
            }
            let newBytes: [UInt8]? = workFiles.contains(path) ? (try? SafeRead.file(path, under: root)) : nil
            if oldBytes == newBytes { continue }
            let old = oldBytes.flatMap { b in scanner.model(for: SourceFile(relativePath: path, bytes: b), root: "/") }
            let new = newBytes.flatMap { b in scanner.model(for: SourceFile(relativePath: path, bytes: b), root: root) }
            if let e = new?.error { diff.problems.append("\(path): \(e)") }
            diff.changes += compareModels(path: path, old: old, new: new)
        }
        return diff
    }

    static func isDependencyPath(_ p: String) -> Bool {
        guard let k = DependencyFileKind.detect(path: p), k != .packageSwift, k != .gemfile, k != .cargoToml else { return false }
        let comps = p.split(separator: "/").dropLast()
        return !comps.contains { SourceFile.vendorDirectories.contains(String($0)) || $0 == ".git" }
    }

    static func workingTreeFiles(_ root: String) -> Set<String> {
        // Tracked and untracked-but-not-ignored files, as git sees them.
        if let out = try? git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]) {
            return Set(out.split(separator: "\0").map(String.init).filter(isDependencyPath)
                .filter { FileManager.default.fileExists(atPath: root + "/" + $0) })
        }
        return []
    }

    static func compareModels(path: String, old: DependencyModel?, new: DependencyModel?) -> [Change] {
        func key(_ p: LockedPackage) -> String { p.ecosystem.rawValue + "|" + p.normalizedName }
        var oldVersions: [String: Set<String>] = [:]
        for p in old?.packages ?? [] { oldVersions[key(p), default: []].insert(p.version ?? p.requirement ?? "") }
        var newKeys = Set<String>()
        var out: [Change] = []
        var reported = Set<String>()
        if let new {
            for (i, p) in new.packages.enumerated() {
                let k = key(p)
                newKeys.insert(k)
                let v = p.version ?? p.requirement ?? ""
                guard reported.insert(k + "@" + v).inserted else { continue }
                let kind: Change.Kind
                var oldV: String?
                if let olds = oldVersions[k] {
                    if olds.contains(v) { continue }
                    kind = .changed
                    oldV = olds.sorted().first
                } else {
                    kind = .added
                }
                let adv = i < new.advisories.count ? new.advisories[i] : []
                let typo = i < new.typosquats.count ? new.typosquats[i] : nil
                out.append(change(kind, path, p, oldVersion: oldV, advisories: adv, typo: typo))
            }
        }
        for p in old?.packages ?? [] where !newKeys.contains(key(p)) && reported.insert("-" + key(p)).inserted {
            var c = change(.removed, path, p, oldVersion: p.version ?? p.requirement, advisories: [], typo: nil)
            c.newVersion = nil
            out.append(c)
        }
        // Lifecycle scripts added or changed in package.json.
        let oldScripts = Dictionary((old?.parsed?.scripts ?? []).map { ($0.name, $0.command) }, uniquingKeysWith: { a, _ in a })
        for s in new?.parsed?.scripts ?? [] where InstallScriptRule.lifecycle.contains(s.name) && oldScripts[s.name] != s.command {
            let (sev, _) = InstallScriptRule.classify(s.command)
            out.append(Change(kind: .script, file: path, line: s.line, ecosystem: "npm", name: s.name, oldVersion: oldScripts[s.name],
                              newVersion: s.command, source: "package.json", sourceURL: nil, direct: true, depth: 0, dependencyPath: "",
                              installScript: true, typosquatOf: nil, advisories: [], malicious: false,
                              verdict: sev >= .medium ? sev.rawValue : "none", script: s.command))
        }
        return out
    }

    static func change(_ kind: Change.Kind, _ path: String, _ p: LockedPackage, oldVersion: String?, advisories: [AdvisoryMatch],
                       typo: TyposquatVerdict?) -> Change {
        let malicious = advisories.contains { $0.malicious }
        var verdict = "none"
        let sevs = advisories.map { Severity(advisory: $0.severity) } + (typo.map { [$0.strong ? Severity.high : .medium] } ?? [])
        if let worst = sevs.max() { verdict = worst.rawValue }
        return Change(kind: kind, file: path, line: p.line, ecosystem: p.ecosystem.rawValue, name: p.name, oldVersion: oldVersion,
                      newVersion: p.version ?? p.requirement, source: p.sourceKind.rawValue, sourceURL: p.sourceURL,
                      direct: p.isDirect, depth: p.depth, dependencyPath: p.pathDisplay, installScript: p.hasInstallScript,
                      typosquatOf: typo?.imitated, advisories: advisories.flatMap(\.ids), malicious: malicious, verdict: verdict, script: nil)
    }

    @discardableResult
    static func git(_ root: String, _ args: [String]) throws -> String {
        let r: Subprocess.Output
        do { r = try Subprocess.git(root, args) } catch { throw Error(description: "\(error)") }
        guard r.status == 0 else {
            throw Error(description: "git \(args.first ?? ""): \(r.errorLine)")
        }
        return r.stdoutText
    }

    // MARK: - Rendering

    /// Whether any change is malicious, vulnerable at `threshold` or above, or a typosquat.
    public func hasFindings(atOrAbove threshold: Severity = .medium) -> Bool {
        changes.contains { Severity(rawValue: $0.verdict).map { $0 >= threshold } ?? false }
    }

    public func renderText() -> String {
        var s = "Dependency changes since \(base): \(changes.filter { $0.kind == .added }.count) added, \(changes.filter { $0.kind == .changed }.count) changed, \(changes.filter { $0.kind == .removed }.count) removed, \(changes.filter { $0.kind == .script }.count) install script(s)\n"
        s += databaseAge + "\n"
        for file in Set(changes.map(\.file)).sorted() {
            s += "\n\(file)\n"
            for c in changes where c.file == file {
                let mark: String = switch c.kind { case .added: "+"; case .changed: "~"; case .removed: "-"; case .script: "!" }
                if c.kind == .script {
                    s += "  \(mark) script \(c.name): \(c.script ?? "")\(c.verdict != "none" ? "  [\(c.verdict.uppercased())]" : "")\n"
                    continue
                }
                var line = "  \(mark) \(c.name) "
                switch c.kind {
                case .changed: line += "\(c.oldVersion ?? "?") -> \(c.newVersion ?? "?")"
                case .removed: line += c.oldVersion ?? ""
                default: line += c.newVersion ?? ""
                }
                var facts: [String] = []
                if c.kind != .removed {
                    facts.append(c.direct ? "direct" : (c.depth > 0 ? "depth \(c.depth) via \(c.dependencyPath)" : "transitive"))
                    if c.source != "registry" { facts.append("\(c.source) \(c.sourceURL ?? "")") }
                    if c.installScript { facts.append("install script") }
                    if let t = c.typosquatOf { facts.append("TYPOSQUAT of \(t)") }
                    if c.malicious { facts.append("MALICIOUS") }
                    if !c.advisories.isEmpty { facts.append("advisories: \(c.advisories.joined(separator: ", "))") }
                }
                if !facts.isEmpty { line += "  (" + facts.joined(separator: "; ") + ")" }
                if c.verdict != "none" { line += "  [\(c.verdict.uppercased())]" }
                s += line + "\n"
            }
        }
        for p in problems { s += "warning: \(p)\n" }
        return s
    }

    public func renderJSON() -> String {
        struct Doc: Encodable {
            var schemaVersion = 1
            var base: String
            var databaseAge: String
            var changes: [Change]
            var problems: [String]
        }
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(Doc(base: base, databaseAge: databaseAge, changes: changes, problems: problems))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
