import Crypto
import Foundation

/// The content hashes OpenSSF model-signing uses for resources (`hash_type` in the predicate).
public enum ContentHash: String, Sendable, CaseIterable {
    case sha256
    case blake2b

    /// `hash_type` as written by the reference signer ("sha256", "blake2b"; "blake2" is accepted too).
    public init?(hashType: String) {
        switch hashType.lowercased() {
        case "sha256": self = .sha256
        case "blake2b", "blake2": self = .blake2b
        default: return nil
        }
    }
}

/// A streaming hasher over one of the `ContentHash` algorithms.
struct StreamingHasher {
    private var sha: Crypto.SHA256?
    private var blake: BLAKE2b?

    init(_ algorithm: ContentHash) {
        switch algorithm {
        case .sha256: sha = Crypto.SHA256()
        case .blake2b: blake = BLAKE2b()
        }
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        if sha != nil { sha!.update(bufferPointer: bytes) } else { blake!.update(bytes) }
    }

    mutating func finalize() -> [UInt8] {
        if let s = sha { return Array(s.finalize()) }
        return blake!.finalize()
    }
}

public enum FileHashing {
    /// Read size: large enough that syscalls vanish from the profile, small enough to stay in cache.
    public static let chunkSize = 4 << 20

    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Hashes `length` bytes of the file at `path` from `offset` (the whole file when `length` is nil),
    /// streaming in `chunkSize` reads. Throws when the file cannot be read or is shorter than asked.
    public static func hash(path: String, algorithm: ContentHash, offset: Int64 = 0, length: Int64? = nil) throws(Error) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw Error(path: path, message: String(cString: strerror(errno))) }
        defer { close(fd) }
        if offset > 0, lseek(fd, off_t(offset), SEEK_SET) < 0 {
            throw Error(path: path, message: String(cString: strerror(errno)))
        }
        var hasher = StreamingHasher(algorithm)
        var remaining = length ?? Int64.max
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while remaining > 0 {
            let want = Int(min(Int64(chunkSize), remaining))
            let n = read(fd, buffer.baseAddress, want)
            if n < 0 {
                if errno == EINTR { continue }
                throw Error(path: path, message: String(cString: strerror(errno)))
            }
            if n == 0 {
                if length != nil { throw Error(path: path, message: "file is shorter than expected (changed while reading?)") }
                break
            }
            hasher.update(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            remaining -= Int64(n)
        }
        return hasher.finalize()
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    public static func unhex(_ s: String) -> [UInt8]? {
        let u = Array(s.utf8)
        guard u.count % 2 == 0 else { return nil }
        func v(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: return c - 48
            case 97...102: return c - 87
            case 65...70: return c - 55
            default: return nil
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(u.count / 2)
        var i = 0
        while i < u.count {
            guard let hi = v(u[i]), let lo = v(u[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }
}
