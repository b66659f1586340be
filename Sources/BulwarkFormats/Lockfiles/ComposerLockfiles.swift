import Foundation

/// composer.json and composer.lock (PHP, Packagist).
///
/// composer.lock lists every installed package in `packages` and `packages-dev`, each with `name`,
/// `version`, `source` (`type`, `url`, `reference`: the commit) and `dist` (`type`, `url`, `reference`,
/// `shasum`, which Packagist leaves empty for GitHub zipballs), and the names it requires. Which ones are
/// direct is read from the composer.json beside it. Platform requirements (`php`, `ext-*`, `lib-*`,
/// `composer-plugin-api`) name no package and are skipped: every real package name is `vendor/name`.
public enum ComposerLockfiles {
    /// Packages read from one file; one more makes `LockfileParser.parse` refuse the file.
    static let maxPackages = LockfileParser.maxPackages

    /// A platform requirement (no vendor part), not a package.
    static func isPlatform(_ name: String) -> Bool { !name.contains("/") }

    /// `v1.2.3` is `1.2.3` (Packagist advisories omit the prefix); `dev-main` and `1.x-dev` are branches,
    /// which have no version an advisory range can order.
    static func version(_ raw: String) -> (version: String?, branch: String?) {
        let v = raw.trimmingCharacters(in: .whitespaces)
        if v.hasPrefix("dev-") || v.hasSuffix("-dev") { return (nil, v) }
        if (v.hasPrefix("v") || v.hasPrefix("V")), v.dropFirst().first?.isNumber == true { return (String(v.dropFirst()), nil) }
        return (v.isEmpty ? nil : v, nil)
    }

    /// `1.2.3`, `v1.2.3`, `=1.2.3` are exact constraints; `^1.2`, `~1.2`, `>=1`, `1.*`, `a || b` are not.
    static func exactConstraint(_ s: String) -> String? {
        var v = Substring(s.trimmingCharacters(in: .whitespaces))
        if v.hasPrefix("==") { v = v.dropFirst(2) } else if v.hasPrefix("=") { v = v.dropFirst() }
        if v.hasPrefix("v") || v.hasPrefix("V") { v = v.dropFirst() }
        guard let first = v.first, first.isNumber else { return nil }
        guard v.allSatisfy({ $0.isNumber || $0.isLetter || $0 == "." || $0 == "-" }), !v.contains("*"), !v.hasSuffix("-dev") else { return nil }
        return String(v)
    }

    // MARK: composer.lock

    public static func lock(path: String, bytes: [UInt8], manifest: [UInt8]?) throws(LockfileError) -> DependencyFile {
        let doc = try parseJSON(bytes)
        guard doc.members != nil else { throw LockfileError("composer.lock is not an object", line: doc.line) }
        var file = DependencyFile(path: path, kind: .composerLock,
                                  formatVersion: doc["plugin-api-version"]?.string)
        var index: [String: Int] = [:]
        var requires: [[String]] = []
        for (section, dev) in [("packages", false), ("packages-dev", true)] {
            guard let list = doc[section] else { continue }
            if list.isNull { continue }
            guard let items = list.array else {
                throw LockfileError("`\(section)` is not a list", line: list.line)
            }
            for item in items {
                // One past the limit is kept, so `LockfileParser.parse` refuses the file as every other reader's
                // overflow is refused: a file Bulwark cannot read whole is reported, never checked in part.
                guard file.packages.count <= maxPackages else { break }
                guard let name = item["name"]?.string, !name.isEmpty else {
                    if item.members != nil { file.addIssue(ParseIssue("a package without a name", line: item.line)) }
                    continue
                }
                let (ver, branch) = version(item["version"]?.string ?? "")
                var pkg = LockedPackage(ecosystem: .packagist, name: name, version: ver, line: item.line, isDev: dev)
                let source = item["source"], dist = item["dist"]
                let distType = dist?["type"]?.string ?? ""
                if distType == "path" || source?["type"]?.string == "path" {
                    pkg.sourceKind = .path
                } else {
                    pkg.sourceKind = .registry
                }
                // The archive composer downloads; the source repository when there is none.
                pkg.sourceURL = dist?["url"]?.string.flatMap { $0.isEmpty ? nil : $0 } ?? source?["url"]?.string
                pkg.gitRef = source?["reference"]?.string ?? dist?["reference"]?.string
                if let b = branch { pkg.requirement = b }
                if let sha = dist?["shasum"]?.string, !sha.isEmpty { pkg.hashes = ["sha1:" + sha.lowercased()] }
                index[name.lowercased()] = file.packages.count
                var deps: [String] = []
                for m in item["require"]?.members ?? [] where !isPlatform(m.key) { deps.append(m.key.lowercased()) }
                requires.append(deps)
                file.packages.append(pkg)
            }
        }
        // Direct packages are those the composer.json beside the lock requires; without it every
        // package keeps an unknown depth.
        if let manifest, let root = try? parseJSON(manifest) {
            var roots: [Int] = []
            for section in ["require", "require-dev"] {
                for m in root[section]?.members ?? [] { if let i = index[m.key.lowercased()] { roots.append(i) } }
            }
            assignDepths(&file.packages, roots: roots, edges: requires.map { $0.compactMap { index[$0] } })
        } else {
            for i in file.packages.indices { file.packages[i].isDirect = false; file.packages[i].depth = 0 }
        }
        return file
    }

    // MARK: composer.json

    public static func manifest(path: String, bytes: [UInt8]) throws(LockfileError) -> DependencyFile {
        let doc = try parseJSON(bytes)
        guard doc.members != nil else { throw LockfileError("composer.json is not an object", line: doc.line) }
        var file = DependencyFile(path: path, kind: .composerJSON)
        for (section, dev) in [("require", false), ("require-dev", true)] {
            for m in doc[section]?.members ?? [] where !isPlatform(m.key) {
                guard file.packages.count <= maxPackages else { break }
                guard let spec = m.value.string else { continue }
                let exact = exactConstraint(spec)
                let pkg = LockedPackage(ecosystem: .packagist, name: m.key, version: exact, requirement: exact == nil ? spec : nil,
                                        line: m.keyLine, isDev: dev)
                file.packages.append(pkg)
            }
        }
        // Repositories: a list, or an object keyed by name; `"packagist.org": false` turns Packagist off.
        var repos: [JSONNode] = []
        var packagistOff = false
        if let r = doc["repositories"] {
            if let items = r.array { repos = items }
            else if let members = r.members {
                for m in members {
                    if m.key == "packagist.org" || m.key == "packagist", m.value.bool == false { packagistOff = true; continue }
                    repos.append(m.value)
                }
            }
        }
        for r in repos.prefix(1_000) {
            if let off = r["packagist.org"]?.bool ?? r["packagist"]?.bool, !off { packagistOff = true; continue }
            guard let url = r["url"]?.string, !url.isEmpty else { continue }
            let type = r["type"]?.string ?? ""
            // Composer-type repositories are canonical unless `"canonical": false`: a package found there is
            // never taken from Packagist. A non-canonical one is merged with Packagist by highest version.
            let extra = type == "composer" && r["canonical"]?.bool == false
            file.indexes.append(PackageIndex(url: url, isExtra: extra, line: r["url"]?.line ?? r.line))
        }
        if packagistOff {
            for i in file.indexes.indices { file.indexes[i].isExtra = false }
        }
        // `config.allow-plugins: true` lets every Composer plugin in the tree run code during install
        // (Composer 2.2+ otherwise runs only the plugins listed by name).
        if let ap = doc["config"]?["allow-plugins"], ap.bool == true {
            file.scripts.append(PackageScript(name: "config.allow-plugins", command: "true", line: ap.line))
        }
        for m in doc["scripts"]?.members ?? [] {
            if let cmd = m.value.string { file.scripts.append(PackageScript(name: m.key, command: cmd, line: m.keyLine)) }
            else if let cmds = m.value.array {
                for c in cmds { if let s = c.string { file.scripts.append(PackageScript(name: m.key, command: s, line: c.line)) } }
            }
        }
        return file
    }
}
