/// CRC-32 (IEEE 802.3, the zip and gzip checksum).
public struct CRC32: Sendable {
    static let table: [UInt32] = (0..<256).map { i -> UInt32 in
        var c = UInt32(i)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public private(set) var value: UInt32 = 0xFFFF_FFFF
    public init() {}

    public mutating func update(_ bytes: some Collection<UInt8>) {
        var c = value
        Self.table.withUnsafeBufferPointer { t in
            for b in bytes { c = t[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        }
        value = c
    }

    public var checksum: UInt32 { value ^ 0xFFFF_FFFF }

    /// Fast path for arrays.
    public mutating func update(_ bytes: [UInt8]) {
        var c = value
        Self.table.withUnsafeBufferPointer { t in
            bytes.withUnsafeBufferPointer { b in
                for x in b { c = t[Int((c ^ UInt32(x)) & 0xFF)] ^ (c >> 8) }
            }
        }
        value = c
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c = CRC32()
        c.update(bytes)
        return c.checksum
    }

    public static func checksum(_ bytes: some Collection<UInt8>) -> UInt32 {
        var c = CRC32()
        c.update(bytes)
        return c.checksum
    }
}
