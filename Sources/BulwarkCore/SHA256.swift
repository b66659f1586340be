/// A portable SHA-256 (FIPS 180-4), used for fingerprints, lock files and small digests.
/// Foundation on Linux has no CryptoKit; targets that hash gigabytes may use swift-crypto instead.
public struct SHA256: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    /// The pending tail of the input (fewer than 64 bytes), held inline: a fingerprint hashes a few short
    /// strings per finding, and a heap buffer per hash cost more than the compression.
    private var block: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var used = 0
    private var length: UInt64 = 0

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    public init() {}

    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ update(raw: UnsafeRawBufferPointer($0)) }) != nil { return }
        Array(bytes).withUnsafeBytes { update(raw: $0) }
    }

    public mutating func update(string: String) {
        var s = string
        s.withUTF8 { update(raw: UnsafeRawBufferPointer($0)) }
    }

    /// One byte (the separators of fingerprints), without building an array.
    public mutating func update(byte: UInt8) {
        var b = byte
        withUnsafeBytes(of: &b) { update(raw: $0) }
    }

    /// The core: whole 64-byte blocks are compressed straight from the input, only a tail is buffered
    /// (fingerprints hash a few short strings per finding, lockfiles many; no allocation per call).
    public mutating func update(raw input: UnsafeRawBufferPointer) {
        guard let base = input.baseAddress, input.count > 0 else { return }
        length &+= UInt64(input.count)
        var offset = 0
        if used > 0 {
            let take = min(64 - used, input.count)
            let at = used
            withUnsafeMutableBytes(of: &block) { ($0.baseAddress! + at).copyMemory(from: base, byteCount: take) }
            used += take
            offset = take
            if used < 64 { return }
            let full = block
            withUnsafeBytes(of: full) { compress($0.baseAddress!) }
            used = 0
        }
        while input.count - offset >= 64 {
            compress(base + offset)
            offset += 64
        }
        if offset < input.count {
            let n = input.count - offset
            withUnsafeMutableBytes(of: &block) { $0.baseAddress!.copyMemory(from: base + offset, byteCount: n) }
            used = n
        }
    }

    /// Pads the message and compresses the last block(s); `state` then holds the digest.
    private mutating func finish() {
        let bitLength = length &* 8
        // 0x80, zeros up to 56 mod 64, then the bit length big-endian: at most 72 bytes.
        var pad: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0)
        let usedBytes = Int(length % 64)
        let padLen = usedBytes < 56 ? 55 - usedBytes : 119 - usedBytes
        let total = 1 + padLen + 8
        let savedLength = length
        withUnsafeMutableBytes(of: &pad) { p in
            p[0] = 0x80
            for i in 0..<8 { p[1 + padLen + i] = UInt8(truncatingIfNeeded: bitLength >> (UInt64(7 - i) * 8)) }
            update(raw: UnsafeRawBufferPointer(rebasing: p[0..<total]))
        }
        length = savedLength
    }

    public mutating func finalize() -> [UInt8] {
        finish()
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for v in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
            out.append(UInt8(v >> 24)); out.append(UInt8((v >> 16) & 0xff))
            out.append(UInt8((v >> 8) & 0xff)); out.append(UInt8(v & 0xff))
        }
        return out
    }

    /// The first `byteCount` bytes of the digest (at most 32) as lowercase hex, built in one string
    /// (`finalize().hexString.prefix(n)` made five arrays and two strings per fingerprint).
    public mutating func finalizeHex(byteCount: Int = 32) -> String {
        finish()
        let n = max(0, min(32, byteCount))
        let digest = state
        return withUnsafeBytes(of: digest) { words in
            String(unsafeUninitializedCapacity: n * 2) { out in
                @inline(__always) func hex(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x57 + d }
                for i in 0..<n {
                    let w = words.load(fromByteOffset: (i / 4) * 4, as: UInt32.self)
                    let byte = UInt8(truncatingIfNeeded: w >> (UInt32(3 - i % 4) * 8))
                    out[2 * i] = hex(byte >> 4)
                    out[2 * i + 1] = hex(byte & 0xf)
                }
                return n * 2
            }
        }
    }

    public static func hash<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        var h = SHA256()
        h.update(bytes)
        return h.finalize()
    }

    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        hash(bytes).hexString
    }

    public static func hex(string: String) -> String { hex(Array(string.utf8)) }

    @inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    private mutating func compress(_ p: UnsafeRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            compress(p, w)
        }
    }

    private mutating func compress(_ p: UnsafeRawPointer, _ w: UnsafeMutableBufferPointer<UInt32>) {
        let bytes = p.assumingMemoryBound(to: UInt8.self)
        for i in 0..<16 {
            w[i] = UInt32(bytes[i * 4]) << 24 | UInt32(bytes[i * 4 + 1]) << 16 | UInt32(bytes[i * 4 + 2]) << 8 | UInt32(bytes[i * 4 + 3])
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = state
        for i in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ ch &+ SHA256.k[i] &+ w[i]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            h = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
                 state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
    }
}

extension Sequence where Element == UInt8 {
    /// Lowercase hexadecimal rendering of the bytes.
    public var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in self { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 0xf)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
