import Foundation

func parseTOML(_ bytes: [UInt8]) throws(LockfileError) -> TOMLTable {
    do { return try TOMLParser.parse(bytes) } catch { throw LockfileError(parseProblem("TOML", error.message), line: error.line) }
}

func parseJSON(_ bytes: [UInt8], comments: Bool = false) throws(LockfileError) -> JSONNode {
    do { return try JSONParser.parse(bytes, limits: comments ? .jsonc : .default) } catch {
        throw LockfileError(parseProblem("JSON", error.message), line: error.line)
    }
}

/// `invalid JSON: ...`, or `JSON not read: ...` when the file went past one of Bulwark's limits
/// (its messages say "the most Bulwark ..."): such a file may be valid.
func parseProblem(_ format: String, _ message: String) -> String {
    message.contains("the most Bulwark") ? "\(format) not read: \(message)" : "invalid \(format): \(message)"
}

/// pyproject.toml, poetry.lock, uv.lock, Pipfile(.lock), pdm.lock, pylock.toml and conda environments.
public enum PythonLockfiles {
    // MARK: pyproject.toml

    public static func pyproject(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc = try parseTOML(bytes)
        var file = DependencyFile(path: path, kind: .pyproject)
        func addPEP508(_ node: TOMLNode, dev: Bool) {
            guard let s = node.string else { return }
            guard let req = PEP508Requirement.parse(s) else {
                file.addIssue(ParseIssue("cannot parse requirement `\(s.prefix(80))`", line: node.line)); return
            }
            var pkg = LockedPackage(ecosystem: .pypi, name: req.name, version: req.pinnedVersion,
                                    requirement: req.pinnedVersion == nil ? (req.url ?? req.specifier) : nil,
                                    line: node.line, isDev: dev, markers: req.markers)
            if let url = req.url {
                let (kind, u, ref) = PythonSource.classify(url)
                pkg.sourceKind = kind; pkg.sourceURL = u; pkg.gitRef = ref
            }
            file.packages.append(pkg)
        }
        if let project = doc["project"]?.table {
            for n in project["dependencies"]?.array ?? [] { addPEP508(n, dev: false) }
            for e in project["optional-dependencies"]?.table?.entries ?? [] {
                for n in e.value.array ?? [] { addPEP508(n, dev: false) }
            }
        }
        for e in doc["dependency-groups"]?.table?.entries ?? [] {
            for n in e.value.array ?? [] { addPEP508(n, dev: true) }
        }
        for n in doc.node(at: ["build-system", "requires"])?.array ?? [] { addPEP508(n, dev: true) }
        if let poetry = doc.table(at: ["tool", "poetry"]) {
            poetryDeps(poetry["dependencies"]?.table, dev: false, into: &file)
            poetryDeps(poetry["dev-dependencies"]?.table, dev: true, into: &file)
            for g in poetry["group"]?.table?.entries ?? [] {
                poetryDeps(g.value["dependencies"]?.table, dev: true, into: &file)
            }
            for (k, s) in (poetry["source"]?.tables ?? []).enumerated() {
                guard let url = s.string("url") else { continue }
                let prio = s.string("priority") ?? (s["secondary"]?.bool == true ? "secondary" : "")
                let extra = k > 0 || ["supplemental", "secondary", "explicit"].contains(prio) ? prio != "explicit" : false
                file.indexes.append(PackageIndex(url: url, isExtra: extra, line: s.line(of: "url")))
            }
        }
        if let uv = doc.table(at: ["tool", "uv"]) {
            for idx in uv["index"]?.tables ?? [] {
                guard let url = idx.string("url") else { continue }
                let explicit = idx["explicit"]?.bool == true
                let isDefault = idx["default"]?.bool == true
                file.indexes.append(PackageIndex(url: url, isExtra: !explicit && !isDefault, line: idx.line(of: "url")))
            }
            if let u = uv["index-url"] { if let s = u.string { file.indexes.append(PackageIndex(url: s, isExtra: false, line: u.line)) } }
            for u in uv["extra-index-url"]?.array ?? [] {
                if let s = u.string { file.indexes.append(PackageIndex(url: s, isExtra: true, line: u.line)) }
            }
            for e in uv["sources"]?.table?.entries ?? [] {
                guard let t = e.value.table else { continue }
                if let i = file.packages.firstIndex(where: { Ecosystem.pep503($0.name) == Ecosystem.pep503(e.key) }) {
                    applyPoetryStyleSource(t, to: &file.packages[i])
                } else {
                    var p = LockedPackage(ecosystem: .pypi, name: e.key, line: e.keyLine)
                    applyPoetryStyleSource(t, to: &p)
                    file.packages.append(p)
                }
            }
        }
        return file
    }

    static func applyPoetryStyleSource(_ t: TOMLTable, to pkg: inout LockedPackage) {
        if let git = t.string("git") {
            pkg.sourceKind = .git; pkg.sourceURL = git
            pkg.gitRef = t.string("rev") ?? t.string("tag") ?? t.string("branch")
            if let b = t.string("branch") { pkg.gitRef = b; pkg.requirement = "branch=\(b)" }
        } else if let url = t.string("url") {
            pkg.sourceKind = .url; pkg.sourceURL = url
        } else if let p = t.string("path") {
            pkg.sourceKind = .path; pkg.sourceURL = p
            pkg.isEditable = t["editable"]?.bool ?? t["develop"]?.bool ?? false
        } else if let ws = t["workspace"]?.bool, ws {
            pkg.sourceKind = .path
        } else if let idx = t.string("index") ?? t.string("source") {
            pkg.sourceURL = idx
        }
    }

    static func poetryDeps(_ table: TOMLTable?, dev: Bool, into file: inout DependencyFile) {
        guard let table else { return }
        for e in table.entries where e.key.lowercased() != "python" {
            var pkg = LockedPackage(ecosystem: .pypi, name: e.key, line: e.keyLine, isDev: dev)
            func setVersion(_ v: String) {
                let s = v.trimmingCharacters(in: .whitespaces)
                if let pinned = PEP508Requirement(name: e.key, extras: [], specifier: s, url: nil, markers: nil).pinnedVersion {
                    pkg.version = pinned
                } else if s.first.map({ $0.isNumber }) == true, !s.contains("*"), !s.contains(","), !s.contains(" ") {
                    pkg.version = s
                } else {
                    pkg.requirement = s
                }
            }
            if let v = e.value.string { setVersion(v) }
            else if let t = e.value.table {
                if let v = t.string("version") { setVersion(v) }
                applyPoetryStyleSource(t, to: &pkg)
                if let m = t.string("markers") { pkg.markers = m }
            } else if let arr = e.value.array, let t = arr.first?.table {
                if let v = t.string("version") { setVersion(v) }
                applyPoetryStyleSource(t, to: &pkg)
            }
            file.packages.append(pkg)
        }
    }

    /// Direct dependency names (PEP 503-normalized) from a pyproject.toml, if given.
    static func directNames(pyproject: [UInt8]?) -> Set<String>? {
        guard let b = pyproject, let f = try? PythonLockfiles.pyproject(path: "pyproject.toml", bytes: b) else { return nil }
        return Set(f.packages.map { Ecosystem.pep503($0.name) })
    }

    /// Depths from a list of packages with dependency names and an optional set of direct names.
    static func graph(_ packages: inout [LockedPackage], deps: [[String]], direct: Set<String>?) {
        var index: [String: Int] = [:]
        for (i, p) in packages.enumerated() where index[p.normalizedName] == nil { index[p.normalizedName] = i }
        let edges = deps.map { $0.compactMap { index[Ecosystem.pep503($0)] } }
        var roots: [Int]
        if let direct {
            roots = packages.indices.filter { direct.contains(packages[$0].normalizedName) }
        } else {
            // Without a manifest, packages nobody depends on are the roots.
            var depended = Set<Int>()
            for e in edges { depended.formUnion(e) }
            roots = packages.indices.filter { !depended.contains($0) }
        }
        assignDepths(&packages, roots: roots, edges: edges)
    }

    // MARK: poetry.lock

    public static func poetryLock(path: String, bytes: [UInt8], manifest: [UInt8]?) throws(LockfileError) -> DependencyFile {
        let doc = try parseTOML(bytes)
        var file = DependencyFile(path: path, kind: .poetryLock, formatVersion: doc.node(at: ["metadata", "lock-version"])?.string)
        let legacyFiles = doc.node(at: ["metadata", "files"])?.table
        var deps: [[String]] = []
        for t in doc["package"]?.tables ?? [] {
            guard let name = t.string("name") else { continue }
            var pkg = LockedPackage(ecosystem: .pypi, name: name, version: t.string("version"), line: t.line(of: "name") ?? t.line,
                                    isDev: t.string("category") == "dev")
            let fileNodes = t["files"]?.tables ?? legacyFiles?[name]?.tables ?? []
            pkg.hashes = fileNodes.compactMap { $0.string("hash") }
            if let src = t["source"]?.table {
                let type = src.string("type") ?? ""
                let url = src.string("url")
                switch type {
                case "git":
                    pkg.sourceKind = .git; pkg.sourceURL = url
                    let resolved = src.string("resolved_reference")
                    pkg.gitRef = resolved ?? src.string("reference")
                    // `resolved_reference` is the commit Poetry installs, whatever `reference` (`main`, `HEAD`)
                    // was followed when locking: only a lock without a full commit follows a moving reference.
                    let pinned = resolved.map { $0.utf8.count == 40 && $0.utf8.allSatisfy { c in (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46) } } ?? false
                    if let r = src.string("reference"), !pinned, r != resolved {
                        pkg.requirement = "reference=\(r)"
                    }
                case "url", "file": pkg.sourceKind = type == "url" ? .url : .path; pkg.sourceURL = url
                case "directory": pkg.sourceKind = .path; pkg.sourceURL = url
                default: pkg.sourceURL = url
                }
            }
            deps.append(t["dependencies"]?.table?.keys ?? [])
            file.packages.append(pkg)
        }
        graph(&file.packages, deps: deps, direct: directNames(pyproject: manifest))
        return file
    }

    // MARK: uv.lock

    public static func uvLock(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc = try parseTOML(bytes)
        var file = DependencyFile(path: path, kind: .uvLock, formatVersion: doc["version"].map { "\($0.value.intValue ?? 0)" })
        var deps: [[String]] = []
        var roots: [String] = []
        for t in doc["package"]?.tables ?? [] {
            guard let name = t.string("name") else { continue }
            var pkg = LockedPackage(ecosystem: .pypi, name: name, version: t.string("version"), line: t.line(of: "name") ?? t.line)
            var isProject = false
            if let src = t["source"]?.table {
                if let r = src.string("registry") { pkg.sourceURL = r }
                else if let g = src.string("git") {
                    pkg.sourceKind = .git
                    let (u, q) = g.split(separator: "#", maxSplits: 1).map(String.init).pairOrSelf()
                    pkg.sourceURL = u.components(separatedBy: "?").first
                    pkg.gitRef = q ?? u.components(separatedBy: "?").dropFirst().first
                } else if let u = src.string("url") { pkg.sourceKind = .url; pkg.sourceURL = u }
                else if src.string("editable") != nil || src.string("virtual") != nil {
                    isProject = true; pkg.sourceKind = .path; pkg.sourceURL = src.string("editable") ?? src.string("virtual")
                } else if let p = src.string("path") ?? src.string("directory") { pkg.sourceKind = .path; pkg.sourceURL = p }
            }
            var hashes: [String] = []
            if let h = t["sdist"]?.table?.string("hash") { hashes.append(h) }
            for w in t["wheels"]?.tables ?? [] { if let h = w.string("hash") { hashes.append(h) } }
            pkg.hashes = hashes
            var d = (t["dependencies"]?.tables ?? []).compactMap { $0.string("name") }
            for g in t["dev-dependencies"]?.table?.entries ?? [] { d += g.value.tables.compactMap { $0.string("name") } }
            for g in t["optional-dependencies"]?.table?.entries ?? [] { d += g.value.tables.compactMap { $0.string("name") } }
            if isProject { roots += d }
            deps.append(d)
            if isProject { pkg.depth = 0 }
            file.packages.append(pkg)
        }
        let projects = Set(file.packages.filter { $0.sourceKind == .path && $0.version == nil || $0.sourceURL == "." }.map(\.normalizedName))
        graph(&file.packages, deps: deps, direct: roots.isEmpty ? nil : Set(roots.map(Ecosystem.pep503)).subtracting(projects))
        file.packages.removeAll { projects.contains($0.normalizedName) && $0.sourceKind == .path }
        return file
    }

    // MARK: Pipfile / Pipfile.lock

    public static func pipfile(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc = try parseTOML(bytes)
        var file = DependencyFile(path: path, kind: .pipfile)
        for (section, dev) in [("packages", false), ("dev-packages", true)] {
            for e in doc[section]?.table?.entries ?? [] {
                var pkg = LockedPackage(ecosystem: .pypi, name: e.key, line: e.keyLine, isDev: dev)
                let spec = e.value.string ?? e.value.table?.string("version")
                if let spec, spec != "*" {
                    if let v = PEP508Requirement(name: e.key, extras: [], specifier: spec, url: nil, markers: nil).pinnedVersion { pkg.version = v }
                    else { pkg.requirement = spec }
                } else { pkg.requirement = "*" }
                if let t = e.value.table { applyPoetryStyleSource(t, to: &pkg); if let r = t.string("ref") { pkg.gitRef = r } }
                file.packages.append(pkg)
            }
        }
        for (k, s) in (doc["source"]?.tables ?? []).enumerated() {
            if let u = s.string("url") { file.indexes.append(PackageIndex(url: u, isExtra: k > 0, line: s.line(of: "url"))) }
        }
        return file
    }

    public static func pipfileLock(path: String, bytes: [UInt8], manifest: [UInt8]?) throws(LockfileError) -> DependencyFile {
        let doc = try parseJSON(bytes)
        var file = DependencyFile(path: path, kind: .pipfileLock)
        for (k, s) in (doc["_meta"]?["sources"]?.array ?? []).enumerated() {
            if let u = s["url"]?.string { file.indexes.append(PackageIndex(url: u, isExtra: k > 0, line: s.line)) }
        }
        let direct: Set<String>? = manifest.flatMap { try? pipfile(path: "Pipfile", bytes: $0) }.map { Set($0.packages.map(\.normalizedName)) }
        for (section, dev) in [("default", false), ("develop", true)] {
            for m in doc[section]?.members ?? [] {
                let v = m.value
                var pkg = LockedPackage(ecosystem: .pypi, name: m.key, line: m.keyLine, isDev: dev)
                if let ver = v["version"]?.string { pkg.version = ver.hasPrefix("==") ? String(ver.dropFirst(2)) : ver }
                pkg.hashes = (v["hashes"]?.array ?? []).compactMap(\.string)
                pkg.markers = v["markers"]?.string
                if let g = v["git"]?.string { pkg.sourceKind = .git; pkg.sourceURL = g; pkg.gitRef = v["ref"]?.string }
                else if let p = v["path"]?.string { pkg.sourceKind = .path; pkg.sourceURL = p; pkg.isEditable = v["editable"]?.bool ?? false }
                else if let f = v["file"]?.string { pkg.sourceKind = .url; pkg.sourceURL = f }
                if let direct {
                    pkg.isDirect = direct.contains(pkg.normalizedName)
                    pkg.depth = pkg.isDirect ? 1 : 2
                } else { pkg.isDirect = false; pkg.depth = 0 }
                file.packages.append(pkg)
            }
        }
        return file
    }

    // MARK: pdm.lock

    public static func pdmLock(path: String, bytes: [UInt8], manifest: [UInt8]?) throws(LockfileError) -> DependencyFile {
        let doc = try parseTOML(bytes)
        var file = DependencyFile(path: path, kind: .pdmLock, formatVersion: doc.node(at: ["metadata", "lock_version"])?.string)
        var deps: [[String]] = []
        for t in doc["package"]?.tables ?? [] {
            guard let name = t.string("name") else { continue }
            var pkg = LockedPackage(ecosystem: .pypi, name: name, version: t.string("version"), line: t.line(of: "name") ?? t.line)
            pkg.hashes = (t["files"]?.tables ?? []).compactMap { $0.string("hash") }
            if let g = t.string("git") { pkg.sourceKind = .git; pkg.sourceURL = g; pkg.gitRef = t.string("revision") ?? t.string("ref") }
            else if let u = t.string("url") { pkg.sourceKind = .url; pkg.sourceURL = u }
            else if let p = t.string("path") { pkg.sourceKind = .path; pkg.sourceURL = p }
            deps.append((t["dependencies"]?.strings ?? []).compactMap { PEP508Requirement.parse($0)?.name })
            file.packages.append(pkg)
        }
        graph(&file.packages, deps: deps, direct: directNames(pyproject: manifest))
        return file
    }

    // MARK: pylock.toml (PEP 751)

    public static func pylock(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc = try parseTOML(bytes)
        var file = DependencyFile(path: path, kind: .pylock, formatVersion: doc.string("lock-version"))
        var deps: [[String]] = []
        for t in doc["packages"]?.tables ?? [] {
            guard let name = t.string("name") else { continue }
            var pkg = LockedPackage(ecosystem: .pypi, name: name, version: t.string("version"), line: t.line(of: "name") ?? t.line,
                                    markers: t.string("marker"))
            if let idx = t.string("index") { pkg.sourceURL = idx }
            var hashes: [String] = []
            func collect(_ h: TOMLTable?) { for e in h?.entries ?? [] { if let v = e.value.string { hashes.append("\(e.key):\(v)") } } }
            if let vcs = t["vcs"]?.table {
                pkg.sourceKind = .git; pkg.sourceURL = vcs.string("url") ?? vcs.string("path")
                pkg.gitRef = vcs.string("commit-id") ?? vcs.string("requested-revision")
            }
            if let a = t["archive"]?.table { pkg.sourceKind = .url; pkg.sourceURL = a.string("url") ?? a.string("path"); collect(a["hashes"]?.table) }
            if let d = t["directory"]?.table { pkg.sourceKind = .path; pkg.sourceURL = d.string("path"); pkg.isEditable = d["editable"]?.bool ?? false }
            collect(t["sdist"]?.table?["hashes"]?.table)
            for w in t["wheels"]?.tables ?? [] { collect(w["hashes"]?.table) }
            pkg.hashes = hashes
            deps.append((t["dependencies"]?.tables ?? []).compactMap { $0.string("name") })
            file.packages.append(pkg)
        }
        graph(&file.packages, deps: deps, direct: nil)
        return file
    }

    // MARK: conda environment.yml

    public static func conda(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc: LiteYAML.Node
        do { doc = try LiteYAML.parse(bytes) } catch { throw LockfileError(parseProblem("YAML", error.message), line: error.line) }
        var file = DependencyFile(path: path, kind: .condaEnvironment)
        for (k, c) in (doc["channels"]?.items ?? []).enumerated() {
            if let s = c.string { file.indexes.append(PackageIndex(url: s, isExtra: k > 0, line: c.line)) }
        }
        for item in doc["dependencies"]?.items ?? [] {
            if let s = item.string {
                // `numpy=1.26`, `numpy==1.26.4`, `conda-forge::numpy>=1.2`, `python>=3.10`.
                var spec = s
                var channel: String?
                if let r = spec.range(of: "::") { channel = String(spec[..<r.lowerBound]); spec = String(spec[r.upperBound...]) }
                let nameEnd = spec.firstIndex { "=<>!~ ".contains($0) } ?? spec.endIndex
                let name = String(spec[..<nameEnd])
                guard !name.isEmpty, name != "pip" else { continue }
                var rest = spec[nameEnd...].trimmingCharacters(in: .whitespaces)
                var pkg = LockedPackage(ecosystem: .conda, name: name, line: item.line)
                pkg.sourceURL = channel
                if rest.hasPrefix("==") { rest.removeFirst(2) } else if rest.hasPrefix("=") { rest.removeFirst() }
                else if !rest.isEmpty { pkg.requirement = rest; rest = "" }
                if !rest.isEmpty {
                    let ver = rest.split(separator: "=").first.map(String.init) ?? rest
                    if ver.contains("*") { pkg.requirement = rest } else { pkg.version = ver }
                }
                if rest.isEmpty, pkg.requirement == nil { pkg.requirement = "" }
                file.packages.append(pkg)
            } else if let pipList = item["pip"]?.items {
                for p in pipList {
                    guard let s = p.string else { continue }
                    if s.hasPrefix("-") {
                        // `--extra-index-url URL` or `--extra-index-url=URL`.
                        let parts = s.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "=" })
                            .map { $0.trimmingCharacters(in: .whitespaces) }
                        if parts.count == 2, ["--extra-index-url", "--index-url", "--find-links"].contains(parts[0]) {
                            file.indexes.append(PackageIndex(url: parts[1], isExtra: parts[0] != "--index-url", line: p.line))
                        }
                        continue
                    }
                    let sub = try? RequirementsParser.parse(path: path, bytes: Array(s.utf8))
                    for var pkg in sub?.packages ?? [] { pkg.line = p.line; file.packages.append(pkg) }
                }
            }
        }
        return file
    }
}

extension Array where Element == String {
    func pairOrSelf() -> (String, String?) { (first ?? "", count > 1 ? self[1] : nil) }
}
