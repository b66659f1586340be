import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file that a scanned repository controls without leaving the scan root: no symbolic link
/// is followed (neither the file nor a folder on its way, checked against the root's real path),
/// only regular files are opened (a FIFO cannot block the read), and the read stops at a size
/// limit. Use it for every file reached by name rather than by the walk: configuration,
/// approvals, `-r` includes, files a command names relative to the root.
public enum SafeRead {
    public struct Error: Swift.Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    /// The bytes of `relativePath` under `root`, or an error saying why it was not read. A path
    /// that leaves the root (`..`, an absolute path, or a link on the way) is refused.
    public static func file(_ relativePath: String, under root: String, maxBytes: Int = 64 << 20) throws -> [UInt8] {
        guard !relativePath.hasPrefix("/") else { throw Error("\(relativePath): an absolute path is outside the scan root") }
        guard let realRootC = realpath(root, nil) else { throw Error("\(root): \(String(cString: strerror(errno)))") }
        let realRoot = String(cString: realRootC)
        free(realRootC)
        // Resolve the path lexically; any `..` that climbs above the root is refused.
        var parts: [Substring] = []
        for c in relativePath.split(separator: "/") where c != "." {
            if c == ".." {
                guard !parts.isEmpty else { throw Error("\(relativePath): leaves the scan root") }
                parts.removeLast()
            } else { parts.append(c) }
        }
        guard !parts.isEmpty else { throw Error("\(relativePath): not a file") }
        // Walk down from the root one component at a time with O_NOFOLLOW, so no link is followed.
        var dirfd = open(realRoot, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dirfd >= 0 else { throw Error("\(root): \(String(cString: strerror(errno)))") }
        for (i, c) in parts.enumerated() {
            let last = i == parts.count - 1
            let flags = last ? (O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) : (O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let next = openat(dirfd, String(c), flags)
            let err = errno
            close(dirfd)
            guard next >= 0 else {
                if err == ELOOP || err == ENOTDIR {
                    throw Error("\(relativePath): a symbolic link on the way is not followed (it could leave the scan root)")
                }
                throw Error("\(relativePath): \(String(cString: strerror(err)))")
            }
            dirfd = next
        }
        defer { close(dirfd) }
        var st = stat()
        guard fstat(dirfd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { throw Error("\(relativePath): not a regular file") }
        guard Int(st.st_size) <= maxBytes else { throw Error("\(relativePath): larger than \(maxBytes >> 20) MiB") }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var off = 0
        while off < out.count {
            let n = out.withUnsafeMutableBytes { read(dirfd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 { if errno == EINTR { continue }; throw Error("\(relativePath): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            off += n
        }
        return Array(out.prefix(off))
    }

    /// `file(_:under:)` for an absolute path that must lie inside `root`.
    public static func file(atPath path: String, within root: String, maxBytes: Int = 64 << 20) throws -> [UInt8] {
        let r = root.hasSuffix("/") ? String(root.dropLast()) : root
        if path.hasPrefix(r + "/") { return try file(String(path.dropFirst(r.count + 1)), under: r, maxBytes: maxBytes) }
        // The root may be given through a link (/tmp -> /private/tmp): compare real paths of the root.
        if let rc = realpath(r, nil) {
            let real = String(cString: rc)
            free(rc)
            if path.hasPrefix(real + "/") { return try file(String(path.dropFirst(real.count + 1)), under: real, maxBytes: maxBytes) }
        }
        throw Error("\(path): outside the scan root \(root)")
    }
}
