import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file a user named (a BOM, an OSV record) without trusting what is at the path: only a
/// regular file is read (a FIFO or device cannot block or stream forever; it is opened
/// non-blocking and refused), and a file over `maxBytes` is refused from its size before any byte
/// is read.
enum BoundedFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String, maxBytes: Int) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(description: "cannot read the file (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(description: "cannot read the file (\(String(cString: strerror(errno))))") }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(description: (st.st_mode & S_IFMT) == S_IFDIR ? "a folder, not a file" : "not a regular file (a FIFO, socket or device is not read)")
        }
        guard Int(st.st_size) <= maxBytes else { throw Failure(description: "larger than \(maxBytes >> 20) MiB") }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var off = 0
        while off < out.count {
            let n = out.withUnsafeMutableBytes { sysRead(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot read the file (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            off += n
        }
        return off == out.count ? out : Array(out.prefix(off))
    }
}

private func sysRead(_ fd: Int32, _ buf: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buf, count)
    #else
    return Darwin.read(fd, buf, count)
    #endif
}
