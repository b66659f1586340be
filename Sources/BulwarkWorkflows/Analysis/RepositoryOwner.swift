import BulwarkCore
import Foundation
import Synchronization

/// The GitHub owners (user or organisation) of the scanned repository, as the repository itself
/// states them: the `origin` remote of a git checkout (read through `Subprocess.git`, which runs no
/// configured program), the repository or homepage URL of a root manifest (`pyproject.toml`,
/// `package.json`, `Cargo.toml`, `setup.cfg`), and the `git clone` line of `CONTRIBUTING.md`.
/// An action of the same owner is maintained by the party that owns the workflow: no third party
/// can retag it. Looked up once per scan root.
enum RepositoryOwner {
    private static let cache = Mutex<[String: Set<String>]>([:])

    /// Lowercased owners for the scan root of `file` (empty when nothing says).
    static func owners(of file: SourceFile) -> Set<String> {
        guard let abs = file.absolutePath, abs.hasSuffix(file.relativePath) else { return [] }
        var root = String(abs.dropLast(file.relativePath.count))
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        if root.isEmpty { root = "/" }
        // Keyed by the files' sizes and times too, so that a long-lived process scanning the same
        // folder again sees an edited manifest.
        let key = root + "\u{0}" + signature(root: root)
        if let known = cache.withLock({ $0[key] }) { return known }
        let found = lookUp(root: root)
        cache.withLock { c in
            if c.count > 256 { c.removeAll() }
            c[key] = found
        }
        return found
    }

    static let sources = [".git/config", "pyproject.toml", "package.json", "Cargo.toml", "setup.cfg", "CONTRIBUTING.md"]

    static func signature(root: String) -> String {
        sources.map { name -> String in
            guard let a = try? FileManager.default.attributesOfItem(atPath: root + "/" + name) else { return "-" }
            let size = (a[.size] as? NSNumber)?.int64Value ?? -1
            let time = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(size):\(time)"
        }.joined(separator: ",")
    }

    static func lookUp(root: String) -> Set<String> {
        var owners = Set<String>()
        if FileManager.default.fileExists(atPath: root + "/.git"),
           let out = try? Subprocess.git(root, ["remote", "get-url", "origin"]), out.status == 0 {
            owners.formUnion(ownersInURLs(out.stdoutText))
        }
        for name in ["pyproject.toml", "package.json", "Cargo.toml", "setup.cfg"] {
            guard let bytes = try? SafeRead.file(name, under: root, maxBytes: 1 << 20) else { continue }
            owners.formUnion(manifestOwners(String(decoding: bytes, as: UTF8.self)))
        }
        if let bytes = try? SafeRead.file("CONTRIBUTING.md", under: root, maxBytes: 1 << 20) {
            let text = String(decoding: bytes, as: UTF8.self)
            for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).prefix(5_000) where line.contains("git clone") {
                owners.formUnion(ownersInURLs(String(line)))
            }
        }
        return owners
    }

    /// Owners named by the repository/homepage/source keys of a manifest (not dependencies).
    static func manifestOwners(_ text: String) -> Set<String> {
        var out = Set<String>()
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).prefix(20_000) {
            let t = line.trimmingCharacters(in: .whitespaces).lowercased()
            let keys = ["repository", "homepage", "source", "\"url\"", "url =", "url=", "issues", "changelog", "documentation"]
            guard t.contains("github.com"), keys.contains(where: { t.hasPrefix($0) || t.hasPrefix("\"" + $0) }) else { continue }
            out.formUnion(ownersInURLs(String(line)))
        }
        return out
    }

    /// `owner` of every `github.com/owner/repo` or `git@github.com:owner/repo` in the text.
    static func ownersInURLs(_ text: String) -> Set<String> {
        var out = Set<String>()
        var rest = Substring(text)
        while let r = rest.range(of: "github.com") {
            rest = rest[r.upperBound...]
            guard let sep = rest.first, sep == "/" || sep == ":" else { continue }
            let owner = rest.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            let after = rest.dropFirst(1 + owner.count)
            guard !owner.isEmpty, owner.count <= 39, after.first == "/" else { continue }
            out.insert(owner.lowercased())
        }
        return out
    }
}
