/// A small tar writer for tests: ustar, pre-POSIX V7 (no magic), pax records and GNU sparse members, each
/// header with the checksum Python's `tarfile` checks (or a wrong one on request).
public struct TarBuilder: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    static func octal(_ v: Int, _ width: Int) -> [UInt8] {
        let s = String(v, radix: 8)
        return Array((String(repeating: "0", count: max(0, width - s.count)) + s).utf8) + [0]
    }

    /// One 512-byte header. `magic`: "ustar\0" + "00" (POSIX), "ustar  \0" (GNU) or nil (V7).
    public static func header(_ name: String, size: Int, type: UInt8 = 0x30, magic: [UInt8]? = Array("ustar\u{0}00".utf8),
                              sizeField: [UInt8]? = nil, extra: [(Int, [UInt8])] = [], badChecksum: Bool = false) -> [UInt8] {
        var h = [UInt8](repeating: 0, count: 512)
        func put(_ b: [UInt8], _ at: Int) { for (i, x) in b.enumerated() where at + i < 512 { h[at + i] = x } }
        put(Array(name.utf8.prefix(100)), 0)
        put(Array("0000644\u{0}".utf8), 100); put(Array("0000000\u{0}".utf8), 108); put(Array("0000000\u{0}".utf8), 116)
        put(sizeField ?? octal(size, 11), 124)
        put(octal(0, 11), 136)
        h[156] = type
        if let magic { put(magic, 257) }
        for (at, b) in extra { put(b, at) }
        put([UInt8](repeating: 0x20, count: 8), 148)
        let sum = h.reduce(0) { $0 + Int($1) } + (badChecksum ? 1 : 0)
        put(octal(sum, 6) + [0x20], 148)
        return h
    }

    public static func padded(_ b: [UInt8]) -> [UInt8] { b + [UInt8](repeating: 0, count: (512 - b.count % 512) % 512) }

    /// A regular member (or any `type`) with its data.
    public mutating func add(_ name: String, _ data: [UInt8], type: UInt8 = 0x30, magic: [UInt8]? = Array("ustar\u{0}00".utf8),
                             sizeField: [UInt8]? = nil) {
        bytes += Self.header(name, size: data.count, type: type, magic: magic, sizeField: sizeField) + Self.padded(data)
    }

    /// A pax extended header ('x', or 'g' for a global one) with the given records.
    public mutating func pax(_ records: [(String, String)], global: Bool = false) {
        var body: [UInt8] = []
        for (k, v) in records {
            let rest = " \(k)=\(v)\n"
            var n = rest.utf8.count + 1
            while String(n).utf8.count + rest.utf8.count != n { n = String(n).utf8.count + rest.utf8.count }
            body += Array((String(n) + rest).utf8)
        }
        bytes += Self.header("././@PaxHeader", size: body.count, type: global ? 0x67 : 0x78) + Self.padded(body)
    }

    /// An old GNU sparse member ('S') whose stored `data` is one chunk written at `offset` of a `realSize`-byte file.
    public mutating func sparse(_ name: String, _ data: [UInt8], offset: Int = 0, realSize: Int? = nil) {
        let extra: [(Int, [UInt8])] = [(386, Self.octal(offset, 11)), (398, Self.octal(data.count, 11)),
                                       (483, Self.octal(realSize ?? (offset + data.count), 11))]
        bytes += Self.header(name, size: data.count, type: 0x53, magic: Array("ustar  \u{0}".utf8), extra: extra) + Self.padded(data)
    }

    public mutating func raw(_ b: [UInt8]) { bytes += b }

    /// The archive with its end-of-archive marker (two zero blocks).
    public func finished() -> [UInt8] { bytes + [UInt8](repeating: 0, count: 1024) }
}
