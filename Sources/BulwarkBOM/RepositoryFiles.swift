import BulwarkCore
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

/// Lists a repository's files with the scanner's walker (same links policy, same default and
/// configured excludes), leaving out what the BOM takes from elsewhere: `node_modules` and
/// `site-packages` (their lockfile or the image root already lists what they hold).
public enum RepositoryFiles {
    public static let skippedDirectories: Set<String> = [".git", ".hg", ".svn", "node_modules", "site-packages", "venv"]

    public static func list(root: String, configuration: Configuration = Configuration(), maxFiles: Int = 500_000)
        -> (files: [RepoFile], notes: [String]) {
        var st = stat()
        if stat(root, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
            let name = (root as NSString).lastPathComponent
            return ([RepoFile(path: name, absolute: root, size: Int64(st.st_size))], [])
        }
        let walked = FileWalker(configuration: configuration).walk(FileWalker.Root(absolutePath: root, displayPath: root))
        var out: [RepoFile] = []
        var notes: [String] = walked.findings.filter { $0.ruleID == FileWalker.scanErrorRule.id }.map { "\($0.location.path): \($0.message)" }
        for f in walked.files {
            if f.relativePath.split(separator: "/").dropLast().contains(where: { skippedDirectories.contains(String($0)) }) { continue }
            out.append(RepoFile(path: f.relativePath, absolute: f.absolutePath ?? root + "/" + f.relativePath, size: Int64(f.size)))
            if out.count >= maxFiles { notes.append("stopped after \(maxFiles) files"); break }
        }
        return (out, notes)
    }

    /// The BOM's view of files a scan already walked (`ScanResult.sourceFiles`), with the same
    /// folders left out as `list`.
    public static func adapt(_ walked: [SourceFile], root: String, maxFiles: Int = 500_000) -> [RepoFile] {
        var st = stat()
        if stat(root, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
            return [RepoFile(path: (root as NSString).lastPathComponent, absolute: root, size: Int64(st.st_size))]
        }
        var out: [RepoFile] = []
        for f in walked {
            if f.relativePath.split(separator: "/").dropLast().contains(where: { skippedDirectories.contains(String($0)) }) { continue }
            out.append(RepoFile(path: f.relativePath, absolute: f.absolutePath ?? root + "/" + f.relativePath, size: Int64(f.size)))
            if out.count >= maxFiles { break }
        }
        return out
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
