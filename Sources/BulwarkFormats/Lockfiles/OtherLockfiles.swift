import Foundation

/// Cargo.lock/Cargo.toml, go.mod/go.sum, Package.resolved and Gemfile.lock.
public enum OtherLockfiles {
    // MARK: Cargo

    public static func cargoLock(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc = try parseTOML(bytes)
        var file = DependencyFile(path: path, kind: .cargoLock, formatVersion: doc["version"].map { "\($0.value.intValue ?? 0)" } ?? "1")
        let legacy = doc.node(at: ["metadata"])?.table
        var index: [String: Int] = [:]
        var byName: [String: Int] = [:]
        var deps: [[String]] = []
        var rootDeps: [String] = []
        for t in doc["package"]?.tables ?? [] {
            guard let name = t.string("name"), let ver = t.string("version") else { continue }
            let d = t["dependencies"]?.strings ?? []
            guard let source = t.string("source") else {
                rootDeps += d // a workspace member
                continue
            }
            var pkg = LockedPackage(ecosystem: .crates, name: name, version: ver, line: t.line(of: "name") ?? t.line)
            if source.hasPrefix("git+") {
                pkg.sourceKind = .git
                let u = String(source.dropFirst(4))
                let parts = u.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                pkg.sourceURL = parts[0].components(separatedBy: "?").first
                pkg.gitRef = parts.count > 1 ? parts[1] : nil
                if let q = parts[0].components(separatedBy: "?").dropFirst().first, q.hasPrefix("branch=") { pkg.requirement = q }
            } else if source.hasPrefix("registry+") || source.hasPrefix("sparse+") {
                pkg.sourceURL = String(source.drop { $0 != "+" }.dropFirst())
            } else { pkg.sourceURL = source }
            if let c = t.string("checksum") { pkg.hashes = ["sha256:" + c] }
            else if let c = legacy?.string("checksum \(name) \(ver) (\(source))") { pkg.hashes = ["sha256:" + c] }
            index["\(name) \(ver)"] = file.packages.count
            if byName[name] == nil { byName[name] = file.packages.count }
            deps.append(d)
            file.packages.append(pkg)
        }
        func target(_ s: String) -> Int? {
            let parts = s.split(separator: " ")
            if parts.count >= 2 { return index["\(parts[0]) \(parts[1])"] }
            return parts.first.flatMap { byName[String($0)] }
        }
        assignDepths(&file.packages, roots: rootDeps.compactMap(target), edges: deps.map { $0.compactMap(target) })
        return file
    }

    public static func cargoToml(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc = try parseTOML(bytes)
        var file = DependencyFile(path: path, kind: .cargoToml)
        var tables: [(TOMLTable, Bool)] = []
        for (s, dev) in [("dependencies", false), ("dev-dependencies", true), ("build-dependencies", true)] {
            if let t = doc[s]?.table { tables.append((t, dev)) }
            if let t = doc.table(at: ["workspace", s]) { tables.append((t, dev)) }
        }
        for (t, dev) in tables {
            for e in t.entries {
                var pkg = LockedPackage(ecosystem: .crates, name: e.value.table?.string("package") ?? e.key, line: e.keyLine, isDev: dev)
                if let v = e.value.string { pkg.requirement = v }
                if let d = e.value.table {
                    pkg.requirement = d.string("version")
                    if let g = d.string("git") {
                        pkg.sourceKind = .git; pkg.sourceURL = g
                        pkg.gitRef = d.string("rev") ?? d.string("tag") ?? d.string("branch")
                        if let b = d.string("branch") { pkg.requirement = "branch=\(b)" }
                    } else if let p = d.string("path") { pkg.sourceKind = .path; pkg.sourceURL = p }
                    else if let r = d.string("registry") { pkg.sourceURL = r }
                }
                file.packages.append(pkg)
            }
        }
        return file
    }

    // MARK: Go

    public static func goMod(path: String, bytes: [UInt8]) -> DependencyFile {
        var file = DependencyFile(path: path, kind: .goMod)
        var block: String?
        for (n, raw) in textLines(bytes) {
            if file.packages.count > LockfileParser.maxPackages { break }
            var l = raw.trimmingCharacters(in: .whitespaces)
            var indirect = false
            if let c = l.range(of: "//") {
                indirect = l[c.upperBound...].trimmingCharacters(in: .whitespaces).hasPrefix("indirect")
                l = String(l[..<c.lowerBound]).trimmingCharacters(in: .whitespaces)
            }
            if l.isEmpty { continue }
            if l == ")" { block = nil; continue }
            var words = l.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if block == nil, let first = words.first, ["require", "replace", "exclude", "retract", "tool", "godebug"].contains(first) {
                if words.count > 1, words[1] == "(" { block = first; continue }
                block = nil
                words.removeFirst()
                handle(first, words, n, indirect, &file)
                continue
            }
            if let b = block { handle(b, words, n, indirect, &file) }
        }
        return file
    }

    private static func handle(_ directive: String, _ w: [String], _ line: Int, _ indirect: Bool, _ file: inout DependencyFile) {
        switch directive {
        case "require":
            guard w.count >= 2 else { return }
            file.packages.append(LockedPackage(ecosystem: .go, name: w[0], version: w[1], isDirect: !indirect,
                                               depth: indirect ? 2 : 1, line: line))
        case "replace":
            guard let arrow = w.firstIndex(of: "=>"), arrow + 1 < w.count else { return }
            let old = w[0]
            let new = w[arrow + 1]
            let newVer = arrow + 2 < w.count ? w[arrow + 2] : nil
            var pkg = LockedPackage(ecosystem: .go, name: old, version: newVer, line: line)
            if new.hasPrefix(".") || new.hasPrefix("/") { pkg.sourceKind = .path; pkg.sourceURL = new }
            else { pkg.sourceURL = new; pkg.requirement = "replace \(old) => \(new)" + (newVer.map { " \($0)" } ?? "") }
            if let i = file.packages.firstIndex(where: { $0.name == old }) {
                file.packages[i].sourceKind = pkg.sourceKind
                file.packages[i].sourceURL = pkg.sourceURL
                if let v = newVer, pkg.sourceKind != .path { file.packages[i].version = v }
                file.packages[i].requirement = pkg.requirement
            } else {
                file.packages.append(pkg)
            }
        default: break
        }
    }

    public static func goSum(path: String, bytes: [UInt8], goMod mod: [UInt8]?) -> DependencyFile {
        var file = DependencyFile(path: path, kind: .goSum)
        var direct: [String: Bool] = [:]
        // With a go.mod beside it, go.mod's requirements are the build list (Go 1.17+ lists indirect ones
        // too) and go.mod reports them; go.sum also keeps hashes of modules and versions the build never
        // uses (older versions, go.mod-only checks), which are not dependencies.
        var required: [String: String] = [:]
        let modPath = RepoPath.join(RepoPath.directory(of: path), "go.mod")
        if let m = mod {
            for p in goMod(path: modPath, bytes: m).packages where p.sourceKind != .path {
                direct[p.name] = p.isDirect
                if let v = p.version { required[p.name] = v }
            }
        }
        var seen: [String: Int] = [:]
        for (n, raw) in textLines(bytes) {
            if file.packages.count > LockfileParser.maxPackages { break }
            let w = raw.split(separator: " ").map(String.init)
            guard w.count >= 3 else {
                if !raw.trimmingCharacters(in: .whitespaces).isEmpty { file.addIssue(ParseIssue("malformed go.sum line", line: n)) }
                continue
            }
            let isModOnly = w[1].hasSuffix("/go.mod")
            let ver = isModOnly ? String(w[1].dropLast("/go.mod".count)) : w[1]
            let key = w[0] + "@" + ver
            if let i = seen[key] {
                file.packages[i].hashes.append(w[2])
                continue
            }
            if isModOnly { continue }
            if mod != nil, required[w[0]] != ver { continue }
            var pkg = LockedPackage(ecosystem: .go, name: w[0], version: ver, hashes: [w[2]], line: n)
            if let d = direct[w[0]] { pkg.isDirect = d; pkg.depth = d ? 1 : 2 } else { pkg.isDirect = false; pkg.depth = mod == nil ? 0 : 2 }
            if mod != nil { pkg.declaredIn = modPath }
            seen[key] = file.packages.count
            file.packages.append(pkg)
        }
        return file
    }

    // MARK: SwiftPM

    public static func packageResolved(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc = try parseJSON(bytes)
        let version = doc["version"]?.value.numberValue.map { Int($0) } ?? 1
        var file = DependencyFile(path: path, kind: .packageResolved, formatVersion: "\(version)")
        let pins = doc["pins"]?.array ?? doc["object"]?["pins"]?.array ?? []
        for p in pins {
            let url = p["location"]?.string ?? p["repositoryURL"]?.string
            var name = p["identity"]?.string ?? p["package"]?.string ?? ""
            if name.isEmpty, let u = url { name = String(u.split(separator: "/").last ?? "").replacingOccurrences(of: ".git", with: "") }
            let state = p["state"]
            var pkg = LockedPackage(ecosystem: .swift, name: name, version: state?["version"]?.string, line: p.line)
            pkg.sourceURL = url
            let kind = p["kind"]?.string ?? "remoteSourceControl"
            pkg.sourceKind = kind == "localSourceControl" || kind == "fileSystem" ? .path : .git
            pkg.gitRef = state?["revision"]?.string
            if let b = state?["branch"]?.string { pkg.requirement = "branch=\(b)" }
            file.packages.append(pkg)
        }
        return file
    }

    // MARK: Bundler

    public static func gemfileLock(path: String, bytes: [UInt8]) -> DependencyFile {
        var file = DependencyFile(path: path, kind: .gemfileLock)
        var section = ""
        var remote: String?
        var revision: String?
        var branch: String?
        var direct: Set<String> = []
        var checksums: [String: String] = [:]
        var current = -1
        var deps: [[String]] = []
        var index: [String: Int] = [:]
        for (n, raw) in textLines(bytes) {
            if file.packages.count > LockfileParser.maxPackages { break }
            let line = String(raw)
            if line.isEmpty { continue }
            if !line.hasPrefix(" ") {
                section = line.trimmingCharacters(in: .whitespaces)
                remote = nil; revision = nil; branch = nil
                continue
            }
            let indent = line.prefix { $0 == " " }.count
            let t = line.trimmingCharacters(in: .whitespaces)
            switch section {
            case "GEM", "GIT", "PATH", "PLUGIN SOURCE":
                if indent == 2 {
                    if t.hasPrefix("remote: ") { remote = String(t.dropFirst(8)) }
                    if t.hasPrefix("revision: ") { revision = String(t.dropFirst(10)) }
                    if t.hasPrefix("branch: ") { branch = String(t.dropFirst(8)) }
                } else if indent == 4 {
                    let parts = t.split(separator: " ", maxSplits: 1).map(String.init)
                    guard let name = parts.first else { continue }
                    let ver = parts.count > 1 ? parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "()")) : nil
                    var pkg = LockedPackage(ecosystem: .rubygems, name: name, version: ver?.components(separatedBy: "-").first.flatMap { v in
                        // platform suffixes (`1.15.4-x86_64-linux`) are not part of the version
                        v.first?.isNumber == true ? (ver ?? v) : v
                    }, line: n)
                    if let v = ver, let dash = v.firstIndex(of: "-"), v[v.index(after: dash)...].first?.isLetter == true {
                        pkg.version = String(v[..<dash])
                    }
                    pkg.sourceURL = remote
                    if section == "GIT" { pkg.sourceKind = .git; pkg.gitRef = revision; if let b = branch { pkg.requirement = "branch=\(b)" } }
                    if section == "PATH" { pkg.sourceKind = .path }
                    current = file.packages.count
                    index[name] = current
                    deps.append([])
                    file.packages.append(pkg)
                } else if indent == 6, current >= 0 {
                    deps[current].append(String(t.split(separator: " ").first ?? ""))
                }
            case "DEPENDENCIES":
                if indent == 2 { direct.insert(String(t.split(separator: " ").first ?? "").replacingOccurrences(of: "!", with: "")) }
            case "CHECKSUMS":
                if indent == 2 {
                    let parts = t.split(separator: " ")
                    if parts.count >= 3 { checksums[String(parts[0])] = String(parts[2]) }
                }
            default: break
            }
        }
        for i in file.packages.indices { if let c = checksums[file.packages[i].name] { file.packages[i].hashes = [c] } }
        assignDepths(&file.packages, roots: direct.compactMap { index[$0] }, edges: deps.map { $0.compactMap { index[$0] } })
        return file
    }
}
