import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a git repository without running anything it configures: every command goes through
/// `Subprocess.git` (repository programs switched off), blobs are read with `cat-file --batch`
/// (no smudge, textconv or process filters, unlike `archive` or `checkout`), and paths from the
/// tree are checked before anything is written.
public enum GitRepository {
    public struct Error: Swift.Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    /// The top folder of the repository that contains `path`.
    public static func topLevel(_ path: String) throws -> String {
        let r = try Subprocess.git(path, ["rev-parse", "--show-toplevel"])
        guard r.status == 0 else { throw Error("\(path) is not a git repository: \(r.errorLine)") }
        return r.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The commit id a ref names, or an error that says how to get it.
    public static func commit(_ root: String, _ ref: String) throws -> String {
        guard !ref.hasPrefix("-"), !ref.contains("\0"), !ref.isEmpty else { throw Error("invalid git ref `\(ref)`") }
        let r = try Subprocess.git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"])
        guard r.status == 0 else { throw Error("unknown base `\(ref)`; fetch it first (git fetch origin main)") }
        return r.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Files of the working tree as git sees them: tracked (in the index) plus untracked files that
    /// are not ignored, and that exist on disk. Ignored build output and caches are not among them.
    public static func workingTreeFiles(_ root: String) throws -> Set<String> {
        let r = try Subprocess.git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
        guard r.status == 0 else { throw Error("git ls-files failed: \(r.errorLine)") }
        var out = Set<String>()
        for part in r.stdout.split(separator: 0) where !part.isEmpty {
            let p = String(decoding: part, as: UTF8.self)
            var st = stat()
            if lstat(root + "/" + p, &st) == 0 { out.insert(p) }
        }
        return out
    }

    /// One entry of a tree listing.
    public struct Entry: Sendable {
        public var mode: String
        public var type: String
        public var object: String
        public var path: String
    }

    /// Every entry of `commit`'s tree (recursively), paths as stored.
    public static func tree(_ root: String, _ commit: String) throws -> [Entry] {
        let r = try Subprocess.git(root, ["ls-tree", "-r", "-z", "--full-tree", commit])
        guard r.status == 0 else { throw Error("git ls-tree failed: \(r.errorLine)") }
        var out: [Entry] = []
        for rec in r.stdout.split(separator: 0) where !rec.isEmpty {
            guard let tab = rec.firstIndex(of: 0x09) else { continue }
            let head = rec[rec.startIndex..<tab].split(separator: 0x20)
            guard head.count == 3 else { continue }
            out.append(Entry(mode: String(decoding: head[0], as: UTF8.self), type: String(decoding: head[1], as: UTF8.self),
                             object: String(decoding: head[2], as: UTF8.self),
                             path: String(decoding: rec[(tab + 1)...], as: UTF8.self)))
        }
        return out
    }

    /// Whether a path from a tree is safe to write under a folder: relative, no `.`/`..` or empty
    /// components, no `.git` component, no NUL.
    public static func isSafeTreePath(_ p: String) -> Bool {
        guard !p.isEmpty, !p.hasPrefix("/"), !p.contains("\0"), !p.contains("\\") else { return false }
        for c in p.split(separator: "/", omittingEmptySubsequences: false) {
            if c.isEmpty || c == "." || c == ".." || c.lowercased() == ".git" { return false }
        }
        return true
    }

    /// Writes the files of `commit` into `folder` (which must exist), reading every blob through one
    /// `cat-file --batch`. Regular files and symbolic links are written; submodules are skipped.
    /// Returns the paths written. Stops with an error past `maxBytes` of content.
    @discardableResult
    public static func extract(_ root: String, commit: String, into folder: String,
                               maxBytes: Int = 8 << 30) throws -> [String] {
        let entries = try tree(root, commit).filter { $0.type == "blob" && isSafeTreePath($0.path) }
        guard !entries.isEmpty else { return [] }
        var input: [UInt8] = []
        for e in entries { input += Array(e.object.utf8); input.append(0x0A) }
        var index = 0
        var header: [UInt8] = []
        var remaining = -1          // bytes of the current blob still to write; -1: reading a header
        var skipNewline = false
        var fd: Int32 = -1
        var total = 0
        var failure: String?
        var written: [String] = []
        var linkTarget: [UInt8] = []
        var isLink = false

        func open(_ e: Entry) {
            let path = folder + "/" + e.path
            let dir = (path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            isLink = e.mode == "120000"
            linkTarget.removeAll()
            if isLink { return }
            fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, e.mode == "100755" ? 0o755 : 0o644)
            if fd < 0 { failure = "cannot write \(e.path): \(String(cString: strerror(errno)))" }
        }
        func close(_ e: Entry) {
            if isLink {
                _ = symlink(String(decoding: linkTarget, as: UTF8.self), folder + "/" + e.path)
            } else if fd >= 0 {
                _ = Glibc.close(fd)
                fd = -1
            }
            written.append(e.path)
        }

        let r = try Subprocess.gitStream(root, ["cat-file", "--batch"], input: input) { chunk in
            var i = chunk.startIndex
            while i < chunk.endIndex {
                if failure != nil { return false }
                if skipNewline { skipNewline = false; i += 1; continue }
                if remaining < 0 {
                    guard let nl = chunk[i...].firstIndex(of: 0x0A) else { header += chunk[i...]; return true }
                    header += chunk[i..<nl]
                    i = nl + 1
                    let parts = header.split(separator: 0x20)
                    header.removeAll()
                    guard index < entries.count else { failure = "unexpected output from git cat-file"; return false }
                    guard parts.count == 3, let size = Int(String(decoding: parts[2], as: UTF8.self)), size >= 0 else {
                        failure = "cannot read object \(entries[index].object) of \(entries[index].path)"
                        return false
                    }
                    total += size
                    if total > maxBytes { failure = "the base tree holds more than \(maxBytes >> 30) GiB"; return false }
                    open(entries[index])
                    remaining = size
                    if size == 0 { close(entries[index]); index += 1; remaining = -1; skipNewline = true }
                } else {
                    let n = min(remaining, chunk.endIndex - i)
                    if isLink {
                        if linkTarget.count < 4096 { linkTarget += chunk[i..<(i + n)].prefix(4096 - linkTarget.count) }
                    } else if fd >= 0 {
                        var off = 0
                        chunk[i..<(i + n)].withUnsafeBytes { raw in
                            while off < n {
                                let w = Glibc.write(fd, raw.baseAddress! + off, n - off)
                                if w < 0 { if errno == EINTR { continue }; failure = "write failed: \(String(cString: strerror(errno)))"; return }
                                off += w
                            }
                        }
                    }
                    remaining -= n
                    i += n
                    if remaining == 0 {
                        close(entries[index]); index += 1; remaining = -1; skipNewline = true
                    }
                }
            }
            return true
        }
        if fd >= 0 { _ = Glibc.close(fd) }
        if let failure { throw Error(failure) }
        guard r.status == 0 else { throw Error("git cat-file failed: \(r.stderr.split(separator: "\n").first ?? "")") }
        return written
    }
}
