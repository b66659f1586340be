import Foundation

/// package.json, package-lock.json (v1-v3), npm-shrinkwrap.json, yarn.lock (classic and berry), bun.lock.
public enum NpmLockfiles {
    /// Classifies an npm dependency specifier (`^1.2.0`, `github:u/r#ref`, `https://x/y.tgz`, `file:../x`).
    public static func classify(_ spec: String) -> (kind: PackageSourceKind, url: String?, ref: String?, exact: String?) {
        let s = spec.trimmingCharacters(in: .whitespaces)
        let lower = s.lowercased()
        func splitRef(_ u: String) -> (String, String?) {
            guard let h = u.firstIndex(of: "#") else { return (u, nil) }
            return (String(u[..<h]), String(u[u.index(after: h)...]))
        }
        if lower.hasPrefix("git+") || lower.hasPrefix("git://") || lower.hasPrefix("github:") || lower.hasPrefix("gitlab:")
            || lower.hasPrefix("bitbucket:") || lower.hasPrefix("gist:") || (lower.hasPrefix("git@")) {
            let (u, r) = splitRef(s)
            return (.git, u, r, nil)
        }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            if lower.contains(".git#") || lower.hasSuffix(".git") {
                let (u, r) = splitRef(s)
                return (.git, u, r, nil)
            }
            return (.url, s, nil, nil)
        }
        if lower.hasPrefix("file:") || lower.hasPrefix("link:") || lower.hasPrefix("workspace:") || lower.hasPrefix("portal:")
            || s.hasPrefix("./") || s.hasPrefix("../") || s.hasPrefix("/") || s.hasPrefix("~/") {
            return (.path, s, nil, nil)
        }
        // `user/repo` and `user/repo#ref` are GitHub shorthands.
        if !s.hasPrefix("@"), !s.hasPrefix("npm:"), s.contains("/"), !s.contains(" "),
           s.split(separator: "/").count == 2, s.first.map({ $0.isLetter || $0.isNumber }) == true {
            let (u, r) = splitRef(s)
            return (.git, "github:" + u, r, nil)
        }
        if lower.hasPrefix("npm:") {
            return (.registry, nil, nil, nil)
        }
        return (.registry, nil, nil, exactVersion(s))
    }

    /// The package an npm alias installs: `npm:prettier@^2` is `prettier` at `^2`, `npm:@scope/x` is
    /// `@scope/x` at any version. Nil when `spec` is not an alias or names no package.
    public static func aliasTarget(_ spec: String) -> (name: String, range: String)? {
        let s = spec.trimmingCharacters(in: .whitespaces)
        guard s.lowercased().hasPrefix("npm:") else { return nil }
        let rest = s.dropFirst(4)
        guard let first = rest.first, first != "@" || rest.dropFirst().contains("/") else { return nil }
        if let at = rest.dropFirst().firstIndex(of: "@") {
            let name = String(rest[..<at])
            return name.isEmpty ? nil : (name, String(rest[rest.index(after: at)...]))
        }
        return (String(rest), "")
    }

    /// `1.2.3`, `=1.2.3`, `v1.2.3` are exact; ranges are not.
    static func exactVersion(_ s: String) -> String? {
        var v = Substring(s)
        if v.hasPrefix("=") { v = v.dropFirst() }
        if v.hasPrefix("v") { v = v.dropFirst() }
        let core = v.split(separator: "-", maxSplits: 1).first ?? ""
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        return String(v)
    }

    // MARK: package.json

    public static let dependencySections = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"]

    public static func packageJSON(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc = try parseJSON(bytes)
        guard doc.members != nil else { throw LockfileError("package.json is not an object", line: doc.line) }
        var file = DependencyFile(path: path, kind: .packageJSON)
        for section in dependencySections {
            for m in doc[section]?.members ?? [] {
                guard let spec = m.value.string else { continue }
                let c = classify(spec)
                var pkg = LockedPackage(ecosystem: .npm, name: m.key, version: c.exact, requirement: c.exact == nil ? spec : nil,
                                        sourceKind: c.kind, sourceURL: c.url, gitRef: c.ref, line: m.keyLine,
                                        isDev: section == "devDependencies")
                // An alias (`"prettier-2": "npm:prettier@^2"`) installs the package it names: that is the one checked.
                if let (real, range) = aliasTarget(spec) {
                    pkg.name = real
                    pkg.version = exactVersion(range)
                    pkg.requirement = pkg.version == nil ? spec : nil
                    pkg.sourceURL = spec
                } else if spec.lowercased().hasPrefix("npm:") { pkg.sourceURL = spec }
                file.packages.append(pkg)
            }
        }
        // Overrides and resolutions replace a package anywhere in the tree: one that points at a git
        // repository or a tarball URL installs that code in place of the registry's, so it is read as a
        // dependency from that source (registry ranges there change nothing Bulwark judges).
        var forced: [(String, JSONNode)] = []
        func collect(_ node: JSONNode?, depth: Int) {
            guard let members = node?.members, depth < 8, forced.count < 10_000 else { return }
            for m in members {
                if m.value.string != nil { forced.append((m.key, m.value)) } else { collect(m.value, depth: depth + 1) }
            }
        }
        collect(doc["overrides"], depth: 0)
        collect(doc["resolutions"], depth: 0)
        collect(doc["pnpm"]?["overrides"], depth: 0)
        for (key, value) in forced {
            guard let spec = value.string, key != "." else { continue }
            let c = classify(spec)
            guard c.kind == .git || c.kind == .url else { continue }
            // `**/lodash`, `a/lodash`, `webpack>terser`, `@scope/x@1`: the package replaced is the last name.
            var name = String(key.split(separator: ">").last ?? Substring(key))
            if let r = name.range(of: "/@", options: .backwards) { name = String(name[name.index(after: r.lowerBound)...]) }
            else if !name.hasPrefix("@"), let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
            if let at = name.dropFirst().firstIndex(of: "@") { name = String(name[..<at]) }
            guard !name.isEmpty, name != "**" else { continue }
            file.packages.append(LockedPackage(ecosystem: .npm, name: name, version: nil, requirement: spec, sourceKind: c.kind,
                                               sourceURL: c.url, gitRef: c.ref, line: value.line, isDev: false))
        }
        for m in doc["scripts"]?.members ?? [] {
            if let cmd = m.value.string { file.scripts.append(PackageScript(name: m.key, command: cmd, line: m.keyLine)) }
        }
        if let reg = doc["publishConfig"]?["registry"]?.string {
            file.indexes.append(PackageIndex(url: reg, isExtra: false, line: doc["publishConfig"]?.line))
        }
        return file
    }

    /// `node_modules/<name>/package.json`: the installed package's own name and version (what a
    /// compromised release leaves behind even when no lockfile lists it).
    public static func installedPackage(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc = try parseJSON(bytes)
        guard doc.members != nil else { throw LockfileError("package.json is not an object", line: doc.line) }
        var file = DependencyFile(path: path, kind: .installedPackage)
        let parts = path.split(separator: "/").map(String.init)
        let folderName = parts.count >= 3 && parts[parts.count - 3].hasPrefix("@")
            ? parts[parts.count - 3] + "/" + parts[parts.count - 2] : parts[max(parts.count - 2, 0)]
        let name = doc["name"]?.string ?? folderName
        guard let version = doc["version"]?.string else { return file }
        file.packages.append(LockedPackage(ecosystem: .npm, name: name, version: version, isDirect: false, depth: 0,
                                           line: doc["version"]?.line ?? doc.line,
                                           hasInstallScript: doc["scripts"]?["postinstall"] != nil || doc["scripts"]?["install"] != nil
                                               || doc["scripts"]?["preinstall"] != nil))
        return file
    }

    static func directNames(_ manifest: [UInt8]?) -> [String: Bool]? {
        guard let m = manifest, let doc = try? JSONParser.parse(m) else { return nil }
        var out: [String: Bool] = [:]
        for section in dependencySections {
            for mem in doc[section]?.members ?? [] { out[mem.key] = section == "devDependencies" }
        }
        return out
    }

    // MARK: package-lock.json / npm-shrinkwrap.json

    public static func packageLock(path: String, kind: DependencyFileKind, bytes: [UInt8], manifest: [UInt8]?) throws(LockfileError) -> DependencyFile {
        let doc = try parseJSON(bytes)
        let version = doc["lockfileVersion"]?.value.numberValue.map { Int($0) } ?? 1
        var file = DependencyFile(path: path, kind: kind, formatVersion: "\(version)")
        if let packages = doc["packages"]?.members {
            var index: [String: Int] = [:]
            var depSpecs: [[String]] = []
            var keys: [String] = []
            var rootDeps: [String] = []
            for m in packages {
                let key = m.key
                if key.isEmpty {
                    for s in dependencySections { rootDeps += (m.value[s]?.members ?? []).map(\.key) }
                    continue
                }
                guard let tail = nameAfterLastNodeModules(key) else { continue } // workspace folder
                let v = m.value
                let name = v["name"]?.string ?? tail
                var pkg = LockedPackage(ecosystem: .npm, name: name, version: v["version"]?.string, line: m.keyLine,
                                        isDev: v["dev"]?.bool ?? false)
                if v["link"]?.bool == true { pkg.sourceKind = .path; pkg.sourceURL = v["resolved"]?.string }
                else if let res = v["resolved"]?.string { applyResolved(res, to: &pkg) }
                if let i = v["integrity"]?.string { pkg.hashes = i.split(separator: " ").map(String.init) }
                pkg.hasInstallScript = v["hasInstallScript"]?.bool ?? false
                var d: [String] = []
                for s in ["dependencies", "optionalDependencies", "peerDependencies"] { d += (v[s]?.members ?? []).map(\.key) }
                index[key] = file.packages.count
                keys.append(key)
                depSpecs.append(d)
                file.packages.append(pkg)
            }
            // Node's resolution: look in nested node_modules first, then each parent. Only folders that
            // have a nested node_modules are worth a lookup (most packages are hoisted to the top).
            let marker = Array("/node_modules/".utf8)
            var hasNested = Set<String>()
            for key in keys {
                let u = Array(key.utf8)
                var k = u.count - marker.count
                while k > 0 {
                    if u[k] == marker[0], u[k..<(k + marker.count)].elementsEqual(marker) {
                        hasNested.insert(String(decoding: u[..<k], as: UTF8.self))
                        break
                    }
                    k -= 1
                }
            }
            func resolve(_ name: String, from key: String) -> Int? {
                var base = Array(key.utf8)
                while !base.isEmpty {
                    let folder = String(decoding: base, as: UTF8.self)
                    if hasNested.contains(folder), let i = index[folder + "/node_modules/" + name] { return i }
                    // Drop the last `/node_modules/<pkg>` segment (scoped names contain one more slash).
                    var cut = -1
                    var k = base.count - marker.count
                    while k >= 0 {
                        if base[k] == marker[0], Array(base[k..<(k + marker.count)]) == marker { cut = k; break }
                        k -= 1
                    }
                    if cut <= 0 { break }
                    base.removeSubrange(cut...)
                }
                return index["node_modules/" + name]
            }
            var edges: [[Int]] = []
            edges.reserveCapacity(keys.count)
            for (i, key) in keys.enumerated() { edges.append(depSpecs[i].compactMap { resolve($0, from: key) }) }
            let roots = rootDeps.compactMap { index["node_modules/" + $0] }
            assignDepths(&file.packages, roots: roots, edges: edges)
        } else if let deps = doc["dependencies"]?.members {
            // v1: a nested tree of `dependencies`.
            let direct = directNames(manifest)
            var stack: [([JSONMember], [String], Int)] = [(deps, [], 1)]
            while let (members, parents, depth) = stack.popLast() {
                guard depth <= 64 else { continue }
                for m in members {
                    let v = m.value
                    var pkg = LockedPackage(ecosystem: .npm, name: m.key, version: v["version"]?.string, line: m.keyLine,
                                            isDev: v["dev"]?.bool ?? false)
                    if let res = v["resolved"]?.string { applyResolved(res, to: &pkg) }
                    if let ver = pkg.version, ver.contains(":") || ver.contains("/") {
                        let c = classify(ver); pkg.sourceKind = c.kind; pkg.sourceURL = c.url; pkg.gitRef = c.ref
                    }
                    if let i = v["integrity"]?.string { pkg.hashes = i.split(separator: " ").map(String.init) }
                    if depth == 1 {
                        pkg.isDirect = direct?[m.key] != nil || (direct == nil && v["requires"] == nil)
                        pkg.depth = pkg.isDirect ? 1 : 2
                    } else {
                        pkg.isDirect = false; pkg.depth = depth + 1
                    }
                    pkg.parents = parents
                    file.packages.append(pkg)
                    if let nested = v["dependencies"]?.members { stack.append((nested, parents + [m.key], depth + 1)) }
                }
            }
        }
        return file
    }

    static func applyResolved(_ res: String, to pkg: inout LockedPackage) {
        // yarn classic appends the tarball's SHA-1 as a fragment (`...x-1.0.0.tgz#5f0c...`).
        let bare = res.utf8.firstIndex(of: 0x23).map { String(res[..<$0]) } ?? res // byte scan: runs once per package
        if res.hasPrefix("https://"), isRegistryTarball(bare) {
            pkg.sourceKind = .registry
            pkg.sourceURL = res
            return
        }
        let c = classify(res)
        pkg.sourceKind = c.kind == .url && isRegistryTarball(bare) ? .registry : c.kind
        pkg.sourceURL = res
        pkg.gitRef = c.ref
    }

    /// Registry tarball URLs look like `https://host/(@scope/)name/-/name-1.0.0.tgz`.
    static func isRegistryTarball(_ url: String) -> Bool {
        guard url.hasSuffix(".tgz") else { return false }
        // A byte scan: Foundation's `contains` costs more than the rest of parsing a 50,000-package lockfile.
        var prev2: UInt8 = 0, prev1: UInt8 = 0
        for c in url.utf8 {
            if prev2 == 0x2F, prev1 == 0x2D, c == 0x2F { return true }
            prev2 = prev1
            prev1 = c
        }
        return false
    }

    /// The package path after the last `node_modules/` of a package-lock key, nil when there is none.
    static func nameAfterLastNodeModules(_ key: String) -> String? {
        let marker = Array("node_modules/".utf8)
        let bytes = Array(key.utf8)
        var k = bytes.count - marker.count
        while k >= 0 {
            if bytes[k] == marker[0], bytes[k..<(k + marker.count)].elementsEqual(marker) {
                return String(decoding: bytes[(k + marker.count)...], as: UTF8.self)
            }
            k -= 1
        }
        return nil
    }

    // MARK: yarn.lock

    public static func yarnLock(path: String, bytes: [UInt8], manifest: [UInt8]?) throws(LockfileError) -> DependencyFile {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if head.contains("__metadata:") { return try yarnBerry(path: path, bytes: bytes, manifest: manifest) }
        var file = DependencyFile(path: path, kind: .yarnLock, formatVersion: "1")
        var specIndex: [String: Int] = [:]
        var deps: [[String]] = []
        var current = -1
        var inDeps = false
        for (n, raw) in textLines(bytes) {
            if file.packages.count > LockfileParser.maxPackages { break }
            let line = raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !line.hasPrefix(" ") {
                // `"a@^1", a@^1.2:` header
                guard line.hasSuffix(":") else { file.addIssue(ParseIssue("unexpected line", line: n)); continue }
                let specs = line.dropLast().split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")) }
                guard let first = specs.first, let at = first.dropFirst().firstIndex(of: "@") else {
                    file.addIssue(ParseIssue("unexpected entry header", line: n)); current = -1; continue
                }
                var name = String(first[..<at])
                current = file.packages.count
                let range = String(first[first.index(after: at)...])
                // `prettier-2@npm:prettier@^2`: an alias of the package it names.
                if let (real, _) = aliasTarget(range) { name = real }
                var pkg = LockedPackage(ecosystem: .npm, name: name, line: n)
                let c = classify(range)
                if c.kind != .registry { pkg.sourceKind = c.kind; pkg.sourceURL = c.url; pkg.gitRef = c.ref }
                file.packages.append(pkg)
                deps.append([])
                for s in specs { specIndex[s] = current }
                inDeps = false
                continue
            }
            guard current >= 0 else { continue }
            let t = line.trimmingCharacters(in: .whitespaces)
            let indent = line.prefix { $0 == " " }.count
            if indent == 2 {
                inDeps = t == "dependencies:" || t == "optionalDependencies:"
                let (k, v) = splitYarnKV(t)
                switch k {
                case "version": file.packages[current].version = v
                case "resolved":
                    applyResolved(v, to: &file.packages[current])
                    // The fragment is the tarball's SHA-1 (yarn checks it) for registry and plain URL tarballs; for a
                    // git source it names a commit instead.
                    if let h = v.firstIndex(of: "#") {
                        let frag = v[v.index(after: h)...]
                        let kind = file.packages[current].sourceKind
                        let isSHA1 = frag.utf8.count == 40 && frag.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
                        if kind == .registry || (kind == .url && isSHA1) {
                            file.packages[current].hashes.append("sha1-hex:" + frag)
                            file.packages[current].sourceURL = String(v[..<h])
                        }
                    }
                case "integrity":
                    file.packages[current].hashes.removeAll { $0.hasPrefix("sha1-hex:") }
                    file.packages[current].hashes.append(v)
                default: break
                }
            } else if indent >= 4, inDeps {
                let (k, v) = splitYarnKV(t)
                deps[current].append(k + "@" + v)
            }
        }
        let direct = directNames(manifest)
        var roots: [Int] = []
        if let m = manifest, let doc = try? JSONParser.parse(m) {
            for s in dependencySections { for mem in doc[s]?.members ?? [] { if let spec = mem.value.string, let i = specIndex[mem.key + "@" + spec] { roots.append(i) } } }
        }
        if direct == nil {
            var depended = Set<Int>()
            for d in deps { for s in d { if let i = specIndex[s] { depended.insert(i) } } }
            roots = file.packages.indices.filter { !depended.contains($0) }
        }
        assignDepths(&file.packages, roots: roots, edges: deps.map { $0.compactMap { specIndex[$0] } })
        return file
    }

    static func splitYarnKV(_ t: String) -> (String, String) {
        // `key "value"` or `"key" value` or `key value`
        var s = Substring(t)
        var key: String
        if s.hasPrefix("\"") {
            s = s.dropFirst()
            let end = s.firstIndex(of: "\"") ?? s.endIndex
            key = String(s[..<end])
            s = end < s.endIndex ? s[s.index(after: end)...] : ""
        } else {
            let end = s.firstIndex(of: " ") ?? s.endIndex
            key = String(s[..<end])
            s = s[end...]
        }
        if key.hasSuffix(":") { key.removeLast() }
        let v = s.trimmingCharacters(in: CharacterSet(charactersIn: " \":"))
        return (key, v)
    }

    static func yarnBerry(path: String, bytes: [UInt8], manifest: [UInt8]?) throws(LockfileError) -> DependencyFile {
        let doc: LiteYAML.Node
        do { doc = try LiteYAML.parse(bytes) } catch { throw LockfileError(parseProblem("yarn.lock", error.message), line: error.line) }
        var file = DependencyFile(path: path, kind: .yarnLock, formatVersion: doc["__metadata"]?["version"]?.string)
        var specIndex: [String: Int] = [:]
        var deps: [[String]] = []
        var roots: [[String]] = []
        for e in doc.entries where e.key != "__metadata" {
            let specs = e.key.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = specs.first, let at = first.dropFirst().firstIndex(of: "@") else { continue }
            var name = String(first[..<at])
            let v = e.value
            let resolution = v["resolution"]?.string ?? ""
            // The resolution names the package installed (`prettier@npm:2.8.8` for the alias `prettier-2@npm:prettier@^2`).
            if let rat = resolution.dropFirst().firstIndex(of: "@"), resolution[resolution.index(after: rat)...].hasPrefix("npm:") {
                let real = String(resolution[..<rat])
                if !real.isEmpty { name = real }
            }
            var d: [String] = []
            for m in v["dependencies"]?.entries ?? [] {
                let spec = m.value.string ?? ""
                d.append(m.key + "@" + (spec.contains(":") ? spec : "npm:" + spec))
            }
            if resolution.contains("@workspace:") || first.contains("@workspace:") { roots.append(d); continue }
            var pkg = LockedPackage(ecosystem: .npm, name: name, version: v["version"]?.string, line: e.line)
            let range = resolution.dropFirst().split(separator: "@", maxSplits: 1).last.map(String.init) ?? ""
            if range.hasPrefix("npm:") { pkg.sourceKind = .registry }
            else if range.contains("git") || range.contains("github") { pkg.sourceKind = .git; pkg.sourceURL = range; pkg.gitRef = range.components(separatedBy: "#").dropFirst().first }
            else if range.hasPrefix("http") { pkg.sourceKind = .url; pkg.sourceURL = range }
            else if range.hasPrefix("file:") || range.hasPrefix("link:") || range.hasPrefix("portal:") || range.hasPrefix("patch:") { pkg.sourceKind = .path; pkg.sourceURL = range }
            if let c = v["checksum"]?.string { pkg.hashes = [c] }
            // `conditions: os=darwin & cpu=arm64`: a platform-specific optional package, which yarn does not
            // checksum (it is not fetched on the platform that wrote the lockfile).
            if let cond = v["conditions"]?.string { pkg.markers = cond }
            let idx = file.packages.count
            file.packages.append(pkg)
            deps.append(d)
            for s in specs { specIndex[s] = idx }
        }
        var rootIdx = roots.flatMap { $0 }.compactMap { specIndex[$0] }
        if roots.isEmpty {
            var depended = Set<Int>()
            for d in deps { for s in d { if let i = specIndex[s] { depended.insert(i) } } }
            rootIdx = file.packages.indices.filter { !depended.contains($0) }
        }
        assignDepths(&file.packages, roots: rootIdx, edges: deps.map { $0.compactMap { specIndex[$0] } })
        _ = manifest
        return file
    }

    // MARK: bun.lock

    public static func bunLock(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc = try parseJSON(bytes, comments: true)
        var file = DependencyFile(path: path, kind: .bunLock, formatVersion: doc["lockfileVersion"].map { v in v.value.numberValue.map { "\(Int($0))" } ?? "" })
        var index: [String: Int] = [:]
        var deps: [[String]] = []
        var keys: [String] = []
        for m in doc["packages"]?.members ?? [] {
            guard let arr = m.value.array, let ident = arr.first?.string else { continue }
            guard let at = ident.dropFirst().lastIndex(of: "@") else { continue }
            let name = String(ident[..<at])
            let spec = String(ident[ident.index(after: at)...])
            var pkg = LockedPackage(ecosystem: .npm, name: name, line: m.keyLine)
            let c = classify(spec)
            if c.kind == .registry { pkg.version = spec; if let reg = arr.count > 1 ? arr[1].string : nil, !reg.isEmpty { pkg.sourceURL = reg } }
            else { pkg.sourceKind = c.kind; pkg.sourceURL = c.url; pkg.gitRef = c.ref }
            var d: [String] = []
            for node in arr.dropFirst() {
                if let obj = node.members {
                    for s in ["dependencies", "optionalDependencies", "peerDependencies"] { d += (node[s]?.members ?? []).map(\.key) }
                    _ = obj
                }
            }
            if let last = arr.last?.string, last.hasPrefix("sha") { pkg.hashes = [last] }
            index[m.key] = file.packages.count
            keys.append(m.key)
            deps.append(d)
            file.packages.append(pkg)
        }
        var roots: [Int] = []
        for ws in doc["workspaces"]?.members ?? [] {
            for s in dependencySections { roots += (ws.value[s]?.members ?? []).compactMap { index[$0.key] } }
        }
        func resolve(_ name: String, from key: String) -> Int? {
            var base = key
            while true {
                if let i = index[base + "/" + name] { return i }
                guard let slash = base.lastIndex(of: "/") else { break }
                base = String(base[..<slash])
            }
            return index[name]
        }
        let edges = keys.enumerated().map { (i, k) in deps[i].compactMap { resolve($0, from: k) } }
        assignDepths(&file.packages, roots: roots, edges: edges)
        return file
    }
}
