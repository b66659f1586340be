import Foundation

/// pnpm-lock.yaml versions 5.x, 6.x and 9.x.
///
/// Read with `LiteYAML` (linear, line-based): a general YAML parser is needlessly slow on
/// lockfiles of 50,000 packages. Keys differ by version: `/name/1.0.0_peer` (5), `/name@1.0.0(peer)` (6),
/// `name@1.0.0` with a separate `snapshots` section for the graph (9).
public enum PnpmLockParser {
    public static func parse(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc: LiteYAML.Node
        do { doc = try LiteYAML.parse(bytes) } catch { throw LockfileError(parseProblem("pnpm-lock.yaml", error.message), line: error.line) }
        guard case .map = doc.value else { throw LockfileError("pnpm-lock.yaml is not a mapping", line: doc.line) }
        let version = doc["lockfileVersion"]?.string ?? ""
        let major = Int(version.trimmingCharacters(in: CharacterSet(charactersIn: "'\"")).split(separator: ".").first ?? "") ?? 0
        var file = DependencyFile(path: path, kind: .pnpmLock, formatVersion: version)
        if major == 0 { file.addIssue(ParseIssue("no lockfileVersion", line: doc.line)) }
        let v5 = major == 5

        /// `(name, version)` of a package key, peer suffixes removed.
        func split(_ rawKey: String) -> (String, String)? {
            var key = Substring(rawKey)
            if key.hasPrefix("/") { key = key.dropFirst() }
            if v5 {
                guard let slash = key.lastIndex(of: "/") else { return nil }
                let name = key[..<slash]
                var ver = key[key.index(after: slash)...]
                if let u = ver.firstIndex(of: "_") { ver = ver[..<u] }
                return name.isEmpty ? nil : (String(name), String(ver))
            }
            if let p = key.firstIndex(of: "(") { key = key[..<p] }
            guard key.count > 1, let at = key.dropFirst().firstIndex(of: "@") else { return nil }
            return (String(key[..<at]), String(key[key.index(after: at)...]))
        }
        func baseKey(_ name: String, _ version: String) -> String {
            var v = Substring(version)
            if !v5, let p = v.firstIndex(of: "(") { v = v[..<p] }
            if v5, let u = v.firstIndex(of: "_") { v = v[..<u] }
            return v5 ? "\(name)/\(v)" : "\(name)@\(v)"
        }

        var index: [String: Int] = [:]
        var deps: [[(String, String)]] = []
        for e in doc["packages"]?.entries ?? [] {
            guard let (name, ver) = split(e.key) else {
                file.addIssue(ParseIssue("cannot read package key `\(e.key.prefix(80))`", line: e.line)); continue
            }
            let v = e.value
            var pkg = LockedPackage(ecosystem: .npm, name: v["name"]?.string ?? name, version: v["version"]?.string ?? ver, line: e.line,
                                    isDev: v["dev"]?.string == "true")
            if let res = v["resolution"] {
                if let i = res["integrity"]?.string { pkg.hashes = [i] }
                if let t = res["tarball"]?.string {
                    pkg.sourceURL = t
                    if !NpmLockfiles.isRegistryTarball(t) { pkg.sourceKind = t.hasPrefix("file:") ? .path : .url }
                }
                if res["type"]?.string == "git" || res["commit"] != nil {
                    pkg.sourceKind = .git; pkg.sourceURL = res["repo"]?.string; pkg.gitRef = res["commit"]?.string
                }
                if res["directory"] != nil { pkg.sourceKind = .path; pkg.sourceURL = res["directory"]?.string }
            }
            if pkg.version?.contains(":") == true || pkg.version?.contains("/") == true {
                let c = NpmLockfiles.classify(pkg.version ?? "")
                if c.kind != .registry, pkg.sourceKind == .registry { pkg.sourceKind = c.kind; pkg.sourceURL = c.url; pkg.gitRef = c.ref }
            }
            pkg.hasInstallScript = v["requiresBuild"]?.string == "true"
            var d: [(String, String)] = []
            for s in ["dependencies", "optionalDependencies"] {
                for m in v[s]?.entries ?? [] { d.append((m.key, m.value.string ?? "")) }
            }
            let k = baseKey(name, ver)
            if index[k] == nil { index[k] = file.packages.count }
            deps.append(d)
            file.packages.append(pkg)
        }
        // v9: the graph lives in `snapshots`, keyed like packages plus peer suffixes.
        for e in doc["snapshots"]?.entries ?? [] {
            guard let (name, ver) = split(e.key), let i = index[baseKey(name, ver)] else { continue }
            for s in ["dependencies", "optionalDependencies"] {
                for m in e.value[s]?.entries ?? [] { deps[i].append((m.key, m.value.string ?? "")) }
            }
        }
        func target(_ name: String, _ spec: String) -> Int? {
            if spec.hasPrefix("link:") || spec.hasPrefix("file:") { return nil }
            if spec.hasPrefix("/") {
                // An alias or a full key (`/@scope/x/1.0.0` in v5, `/x@1.0.0` in v6).
                guard let (n, v) = split(spec) else { return nil }
                return index[baseKey(n, v)]
            }
            if !v5, let at = spec.dropFirst().firstIndex(of: "@"), !spec.hasPrefix("http") {
                // `npm:`-style aliases resolve to `other@1.0.0`.
                let n = String(spec[..<at]); let v = String(spec[spec.index(after: at)...])
                if let i = index[baseKey(n, v)] { return i }
            }
            return index[baseKey(name, spec)]
        }
        // Direct dependencies: importers (workspaces, v6+/v9 and v5 workspaces) or top-level sections.
        var importers: [LiteYAML.Node] = (doc["importers"]?.entries ?? []).map(\.value)
        if importers.isEmpty { importers = [doc] }
        var roots: [Int] = []
        var devRoots = Set<Int>()
        for imp in importers {
            for s in ["dependencies", "devDependencies", "optionalDependencies"] {
                for m in imp[s]?.entries ?? [] {
                    let ver = m.value["version"]?.string ?? m.value.string ?? ""
                    if let i = target(m.key, ver) {
                        roots.append(i)
                        if s == "devDependencies" { devRoots.insert(i) }
                    }
                }
            }
        }
        let edges = deps.map { $0.compactMap { target($0.0, $0.1) } }
        assignDepths(&file.packages, roots: roots, edges: edges)
        for i in devRoots { file.packages[i].isDev = true }
        return file
    }
}
