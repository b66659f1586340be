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
        // Little-endian fields are appended in place: the rule examples build their zips when a scan first reads
        // the rule table, and a temporary array per field (then per `+`) was about 3% of an empty scan's CPU.
        func put(_ v: UInt64, _ n: Int, _ to: inout [UInt8]) {
            for i in 0..<n { to.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
        }
        var out = prefix
        out.reserveCapacity(prefix.count + entries.reduce(22) { $0 + 30 + $1.data.count + 2 * (46 + $1.name.utf8.count) })
        var central: [UInt8] = []
        for e in entries {
            let offset = out.count - prefix.count
            let crc = e.crcOverride ?? CRC32.checksum(e.data)
            let lname = Array((e.localName ?? e.name).utf8)
            put(0x0403_4B50, 4, &out); put(20, 2, &out); put(UInt64(e.flags), 2, &out); put(UInt64(e.method), 2, &out)
            put(0, 2, &out); put(0x21, 2, &out)
            let size = UInt64(e.uncompressedSize ?? e.data.count)
            put(UInt64(crc), 4, &out); put(UInt64(e.data.count), 4, &out); put(size, 4, &out)
            put(UInt64(lname.count), 2, &out); put(0, 2, &out)
            out += lname
            out += e.data
            let cname = Array(e.name.utf8)
            let madeBy: UInt64 = e.unixMode != nil ? (3 << 8 | 20) : 20
            put(0x0201_4B50, 4, &central); put(madeBy, 2, &central); put(20, 2, &central); put(UInt64(e.flags), 2, &central)
            put(UInt64(e.method), 2, &central)
            put(0, 2, &central); put(0x21, 2, &central); put(UInt64(crc), 4, &central); put(UInt64(e.data.count), 4, &central)
            put(size, 4, &central)
            put(UInt64(cname.count), 2, &central); put(0, 2, &central); put(0, 2, &central); put(0, 2, &central); put(0, 2, &central)
            put(UInt64((e.unixMode ?? 0) << 16), 4, &central); put(UInt64(offset), 4, &central)
            central += cname
        }
        let cdOffset = out.count - prefix.count
        out += central
        put(0x0605_4B50, 4, &out); put(0, 2, &out); put(0, 2, &out); put(UInt64(entries.count), 2, &out)
        put(UInt64(entries.count), 2, &out)
        put(UInt64(central.count), 4, &out); put(UInt64(cdOffset), 4, &out); put(0, 2, &out)
        return out
    }

    func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }
}
