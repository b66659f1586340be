import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file of the repository being inventoried.
public struct RepoFile: Sendable {
    public var path: String       // relative, `/` separators
    public var absolute: String
    public var size: Int64
    public var fileExtension: String { (path.split(separator: "/").last.map(String.init) ?? "").split(separator: ".").count > 1 ? String(path.split(separator: ".").last ?? "").lowercased() : "" }
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }
    public var directory: String {
        guard let i = path.lastIndex(of: "/") else { return "" }
        return String(path[..<i])
    }
}

/// Lists a repository's files without following symlinks, skipping VCS internals, virtualenvs,
/// build outputs and node_modules (their lockfile already lists what they hold).
public enum RepositoryFiles {
    public static let skippedDirectories: Set<String> = [".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__",
                                                         ".build", ".tox", "site-packages", ".mypy_cache", ".pytest_cache"]

    public static func list(root: String, maxFiles: Int = 500_000) -> (files: [RepoFile], notes: [String]) {
        var out: [RepoFile] = []
        var notes: [String] = []
        var st = stat()
        if stat(root, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
            let name = (root as NSString).lastPathComponent
            return ([RepoFile(path: name, absolute: root, size: Int64(st.st_size))], [])
        }
        func walk(_ dir: String, _ rel: String, depth: Int) {
            guard depth < 64, out.count < maxFiles else { return }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
                notes.append("cannot read folder \(rel.isEmpty ? "." : rel)")
                return
            }
            for name in names.sorted() {
                let full = dir + "/" + name
                let r = rel.isEmpty ? name : rel + "/" + name
                var s = stat()
                guard lstat(full, &s) == 0 else { continue }
                switch s.st_mode & S_IFMT {
                case S_IFDIR:
                    if skippedDirectories.contains(name) { continue }
                    walk(full, r, depth: depth + 1)
                case S_IFREG:
                    out.append(RepoFile(path: r, absolute: full, size: Int64(s.st_size)))
                    if out.count >= maxFiles { notes.append("stopped after \(maxFiles) files"); return }
                default:
                    continue  // symlinks, devices: not followed
                }
            }
        }
        walk(root, "", depth: 0)
        return (out, notes)
    }

    /// Reads a whole small file (nil when larger than `limit`).
    public static func read(_ f: RepoFile, limit: Int64 = 32 << 20) -> [UInt8]? {
        // O_NOFOLLOW and regular files only: the file may have been swapped for a link or FIFO since the walk.
        let fd = open(f.absolute, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int64(st.st_size) <= limit else { return nil }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var off = 0
        while off < out.count {
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + off, $0.count - off) }
            if n <= 0 { if n < 0 && errno == EINTR { continue }; break }
            off += n
        }
        return Array(out.prefix(off))
    }
}
