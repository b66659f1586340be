import BulwarkFormats

/// A small stored-only zip writer for rule examples and tests, with knobs for the tricks the zip
/// reader must notice (wrong CRC, local/central name mismatch, flags, symlinks, prepended bytes).
public struct ZipBuilder: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var data: [UInt8]
        public var crcOverride: UInt32?
        public var localName: String?
        public var flags: UInt16 = 0
        public var method: UInt16 = 0
        public var unixMode: UInt32?
        /// For members whose `data` is already compressed with `method`: the size once decompressed.
        public var uncompressedSize: Int?

        public init(name: String, data: [UInt8], crcOverride: UInt32? = nil, localName: String? = nil,
                    flags: UInt16 = 0, method: UInt16 = 0, unixMode: UInt32? = nil, uncompressedSize: Int? = nil) {
            self.uncompressedSize = uncompressedSize
            self.name = name
            self.data = data
            self.crcOverride = crcOverride
            self.localName = localName
            self.flags = flags
            self.method = method
            self.unixMode = unixMode
        }
    }

    public var entries: [Entry] = []
    public var prefix: [UInt8] = []

    public init() {}

    public mutating func add(_ name: String, _ data: [UInt8]) { entries.append(Entry(name: name, data: data)) }
    public mutating func add(_ e: Entry) { entries.append(e) }

    /// A PyTorch-style checkpoint: `archive/data.pkl`, `archive/version` and tensor data members.
    public static func torchCheckpoint(pickle: [UInt8], folder: String = "archive", pickleName: String = "data.pkl") -> [UInt8] {
        var z = ZipBuilder()
        z.add(folder + "/" + pickleName, pickle)
        z.add(folder + "/byteorder", Array("little".utf8))
        z.add(folder + "/data/0", [UInt8](repeating: 0x3F, count: 16))
        z.add(folder + "/data/1", [0x80, 0x02, 0x5D, 0x00, 0x00, 0x00, 0x00, 0x00])
        z.add(folder + "/version", Array("3\n".utf8))
        return z.build()
    }

    public func build() -> [UInt8] {
        var out = prefix
        var central: [UInt8] = []
        for e in entries {
            let offset = out.count - prefix.count
            let crc = e.crcOverride ?? CRC32.checksum(e.data)
            let lname = Array((e.localName ?? e.name).utf8)
            out += le(0x0403_4B50, 4) + le(20, 2) + le(UInt64(e.flags), 2) + le(UInt64(e.method), 2) + le(0, 2) + le(0x21, 2)
            let size = UInt64(e.uncompressedSize ?? e.data.count)
            out += le(UInt64(crc), 4) + le(UInt64(e.data.count), 4) + le(size, 4)
            out += le(UInt64(lname.count), 2) + le(0, 2) + lname + e.data
            let cname = Array(e.name.utf8)
            let madeBy: UInt64 = e.unixMode != nil ? (3 << 8 | 20) : 20
            central += le(0x0201_4B50, 4) + le(madeBy, 2) + le(20, 2) + le(UInt64(e.flags), 2) + le(UInt64(e.method), 2)
            central += le(0, 2) + le(0x21, 2) + le(UInt64(crc), 4) + le(UInt64(e.data.count), 4) + le(size, 4)
            central += le(UInt64(cname.count), 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2)
            central += le(UInt64((e.unixMode ?? 0) << 16), 4) + le(UInt64(offset), 4) + cname
        }
        let cdOffset = out.count - prefix.count
        out += central
        out += le(0x0605_4B50, 4) + le(0, 2) + le(0, 2) + le(UInt64(entries.count), 2) + le(UInt64(entries.count), 2)
        out += le(UInt64(central.count), 4) + le(UInt64(cdOffset), 4) + le(0, 2)
        return out
    }

    func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }
}
