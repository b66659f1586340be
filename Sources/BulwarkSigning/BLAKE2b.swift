/// BLAKE2b (RFC 7693), unkeyed, with a configurable digest length (default 64 bytes = BLAKE2b-512,
/// the `blake2b` of Python's hashlib that OpenSSF model-signing uses). swift-crypto has no BLAKE2.
public struct BLAKE2b: Sendable {
    private static let iv: [UInt64] = [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ]
    private static let sigma: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ]

    private var h: [UInt64]
    private var t: (UInt64, UInt64) = (0, 0)
    private var buffer: [UInt8] = []
    public let digestLength: Int

    /// - Parameter digestLength: 1...64 bytes.
    public init(digestLength: Int = 64) {
        let n = min(64, max(1, digestLength))
        self.digestLength = n
        h = Self.iv
        h[0] ^= 0x0101_0000 ^ UInt64(n)
        buffer.reserveCapacity(128)
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        let count = bytes.count
        // Fill a partial block first. The last block is kept back until `finalize`.
        if !buffer.isEmpty {
            while buffer.count < 128, i < count { buffer.append(bytes[i]); i += 1 }
            if i == count { return }
            increment(128)
            buffer.withUnsafeBytes { compress($0.baseAddress!, last: false) }
            buffer.removeAll(keepingCapacity: true)
        }
        while count - i > 128 {
            increment(128)
            compress(bytes.baseAddress! + i, last: false)
            i += 128
        }
        while i < count { buffer.append(bytes[i]); i += 1 }
    }

    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        let array = Array(bytes)
        array.withUnsafeBytes { update($0) }
    }

    public mutating func finalize() -> [UInt8] {
        increment(UInt64(buffer.count))
        var block = buffer
        block.append(contentsOf: repeatElement(0, count: 128 - block.count))
        block.withUnsafeBytes { compress($0.baseAddress!, last: true) }
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for word in h { for b in 0..<8 { out.append(UInt8(truncatingIfNeeded: word >> (8 * UInt64(b)))) } }
        return Array(out.prefix(digestLength))
    }

    public static func hash<C: Collection>(_ bytes: C, digestLength: Int = 64) -> [UInt8] where C.Element == UInt8 {
        var b = BLAKE2b(digestLength: digestLength)
        b.update(bytes)
        return b.finalize()
    }

    private mutating func increment(_ n: UInt64) {
        let (lo, overflow) = t.0.addingReportingOverflow(n)
        t.0 = lo
        if overflow { t.1 &+= 1 }
    }

    @inline(__always) private static func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }

    private mutating func compress(_ block: UnsafeRawPointer, last: Bool) {
        var m = [UInt64](repeating: 0, count: 16)
        for i in 0..<16 { m[i] = UInt64(littleEndian: block.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
        var v = h + Self.iv
        v[12] ^= t.0
        v[13] ^= t.1
        if last { v[14] = ~v[14] }
        for round in 0..<12 {
            let s = Self.sigma[round % 10]
            @inline(__always) func g(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: UInt64, _ y: UInt64) {
                v[a] = v[a] &+ v[b] &+ x
                v[d] = Self.rotr(v[d] ^ v[a], 32)
                v[c] = v[c] &+ v[d]
                v[b] = Self.rotr(v[b] ^ v[c], 24)
                v[a] = v[a] &+ v[b] &+ y
                v[d] = Self.rotr(v[d] ^ v[a], 16)
                v[c] = v[c] &+ v[d]
                v[b] = Self.rotr(v[b] ^ v[c], 63)
            }
            g(0, 4, 8, 12, m[s[0]], m[s[1]])
            g(1, 5, 9, 13, m[s[2]], m[s[3]])
            g(2, 6, 10, 14, m[s[4]], m[s[5]])
            g(3, 7, 11, 15, m[s[6]], m[s[7]])
            g(0, 5, 10, 15, m[s[8]], m[s[9]])
            g(1, 6, 11, 12, m[s[10]], m[s[11]])
            g(2, 7, 8, 13, m[s[12]], m[s[13]])
            g(3, 4, 9, 14, m[s[14]], m[s[15]])
        }
        for i in 0..<8 { h[i] ^= v[i] ^ v[i + 8] }
    }
}
