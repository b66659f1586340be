/// A bounded reader for the zip archives OSV publishes (`all.zip` per ecosystem): stored and
/// deflated members, read through the central directory.
///
/// Named for its job to stay clear of the general archive reader of the models family.
public enum OSVZip {
    public struct Limits: Sendable {
        public var maxEntries: Int = 5_000_000
        public var maxEntryBytes: Int = 64 << 20
        public var maxTotalBytes: Int = 16 << 30
        /// Check each member's CRC-32 against the central directory (downloads: a corrupted transfer
        /// must not become a silently smaller index).
        public var verifyChecksums = false
        public init() {}
    }

    public struct Error: Swift.Error, CustomStringConvertible, Sendable, Equatable {
        public var message: String
        public var description: String { message }
        public init(_ m: String) { message = m }
    }

    static func u16(_ b: [UInt8], _ o: Int) -> Int { Int(b[o]) | Int(b[o + 1]) << 8 }
    static func u32(_ b: [UInt8], _ o: Int) -> Int { u16(b, o) | u16(b, o + 2) << 16 }

    /// Calls `body` with each member's name and uncompressed bytes, in central-directory order.
    public static func forEachEntry(_ b: [UInt8], limits: Limits = Limits(),
                                    _ body: (String, [UInt8]) throws -> Void) throws {
        // End of central directory: search backwards over the comment (at most 64 KiB).
        guard b.count >= 22 else { throw Error("not a zip archive (too short)") }
        var eocd = -1
        var k = b.count - 22
        let stop = max(0, b.count - 22 - 65_535)
        while k >= stop {
            if b[k] == 0x50, b[k + 1] == 0x4B, b[k + 2] == 0x05, b[k + 3] == 0x06 { eocd = k; break }
            k -= 1
        }
        guard eocd >= 0 else { throw Error("not a zip archive (no end of central directory)") }
        var count = u16(b, eocd + 10)
        var cdOffset = u32(b, eocd + 16)
        // Zip64: the locator sits just before the end record.
        if (count == 0xFFFF || cdOffset == 0xFFFF_FFFF), eocd >= 20, u32(b, eocd - 20) == 0x0706_4B50 {
            let z = Int(clamping: UInt64(u32(b, eocd - 12)) | UInt64(u32(b, eocd - 8)) << 32)
            guard z >= 0, z + 56 <= b.count, u32(b, z) == 0x0606_4B50 else { throw Error("bad zip64 end record") }
            count = Int(clamping: UInt64(u32(b, z + 32)) | UInt64(u32(b, z + 36)) << 32)
            cdOffset = Int(clamping: UInt64(u32(b, z + 48)) | UInt64(u32(b, z + 52)) << 32)
        }
        guard count <= limits.maxEntries else { throw Error("too many zip entries (\(count))") }
        var p = cdOffset
        var total = 0
        for _ in 0..<count {
            guard p >= 0, p + 46 <= b.count, u32(b, p) == 0x0201_4B50 else { throw Error("bad central directory entry at \(p)") }
            let method = u16(b, p + 10)
            let crc = u32(b, p + 16)
            var csize = u32(b, p + 20)
            var usize = u32(b, p + 24)
            let nlen = u16(b, p + 28), xlen = u16(b, p + 30), clen = u16(b, p + 32)
            var local = u32(b, p + 42)
            guard p + 46 + nlen + xlen + clen <= b.count else { throw Error("truncated central directory") }
            let name = String(decoding: b[(p + 46)..<(p + 46 + nlen)], as: UTF8.self)
            // Zip64 extra field for sizes and offset.
            var x = p + 46 + nlen
            let xend = x + xlen
            while x + 4 <= xend {
                let id = u16(b, x), len = u16(b, x + 2)
                if id == 1 {
                    var q = x + 4
                    func next() -> Int { defer { q += 8 }; return q + 8 <= x + 4 + len ? Int(clamping: UInt64(u32(b, q)) | UInt64(u32(b, q + 4)) << 32) : -1 }
                    if usize == 0xFFFF_FFFF { usize = next() }
                    if csize == 0xFFFF_FFFF { csize = next() }
                    if local == 0xFFFF_FFFF { local = next() }
                }
                x += 4 + len
            }
            p = xend + clen
            if name.hasSuffix("/") { continue }
            guard usize >= 0, csize >= 0, usize <= limits.maxEntryBytes else { throw Error("zip entry \(name) too large") }
            guard local >= 0, local + 30 <= b.count, u32(b, local) == 0x0403_4B50 else { throw Error("bad local header for \(name)") }
            let dataStart = local + 30 + u16(b, local + 26) + u16(b, local + 28)
            let (end, o) = dataStart.addingReportingOverflow(csize)
            guard !o, end <= b.count else { throw Error("truncated zip entry \(name)") }
            total += usize
            guard total <= limits.maxTotalBytes else { throw Error("zip expands beyond \(limits.maxTotalBytes) bytes") }
            let data: [UInt8]
            switch method {
            case 0: data = Array(b[dataStart..<end])
            case 8: data = try Inflater.inflate(Array(b[dataStart..<end]), maxOutput: max(usize, 1))
            default: throw Error("unsupported compression method \(method) for \(name)")
            }
            if limits.verifyChecksums, CRC32.checksum(data) != UInt32(truncatingIfNeeded: crc) {
                throw Error("checksum mismatch for zip entry \(name)")
            }
            try body(name, data)
        }
    }
}

/// A bounded raw DEFLATE (RFC 1951) decoder.
public enum Inflater {
    struct Bits {
        let b: [UInt8]
        var pos = 0
        var bit = 0
        mutating func get(_ n: Int) throws -> Int {
            var v = 0
            for k in 0..<n {
                guard pos < b.count else { throw OSVZip.Error("truncated deflate stream") }
                v |= Int((b[pos] >> UInt8(bit)) & 1) << k
                bit += 1
                if bit == 8 { bit = 0; pos += 1 }
            }
            return v
        }
        mutating func align() { if bit != 0 { bit = 0; pos += 1 } }
    }

    /// Canonical Huffman decoding table: counts per length and symbols sorted by code.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []
        init(_ lengths: [Int]) throws {
            for l in lengths { counts[l] += 1 }
            counts[0] = 0
            var offs = [Int](repeating: 0, count: 16)
            for l in 1..<16 { offs[l] = offs[l - 1] + counts[l - 1] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (s, l) in lengths.enumerated() where l != 0 { symbols[offs[l]] = s; offs[l] += 1 }
        }
        func decode(_ bits: inout Bits) throws -> Int {
            var code = 0, first = 0, index = 0
            for len in 1..<16 {
                code |= try bits.get(1)
                let count = counts[len]
                if code - count < first { return symbols[index + (code - first)] }
                index += count
                first += count
                first <<= 1
                code <<= 1
            }
            throw OSVZip.Error("invalid Huffman code")
        }
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    public static func inflate(_ input: [UInt8], maxOutput: Int) throws -> [UInt8] {
        var bits = Bits(b: input)
        var out: [UInt8] = []
        out.reserveCapacity(min(maxOutput, 1 << 24))
        var final = 0
        repeat {
            final = try bits.get(1)
            let type = try bits.get(2)
            switch type {
            case 0:
                bits.align()
                guard bits.pos + 4 <= input.count else { throw OSVZip.Error("truncated stored block") }
                let len = Int(input[bits.pos]) | Int(input[bits.pos + 1]) << 8
                bits.pos += 4
                guard bits.pos + len <= input.count else { throw OSVZip.Error("truncated stored block") }
                guard out.count + len <= maxOutput else { throw OSVZip.Error("inflated data exceeds its declared size") }
                out.append(contentsOf: input[bits.pos..<(bits.pos + len)])
                bits.pos += len
            case 1, 2:
                let lit: Huffman, dist: Huffman
                if type == 1 {
                    lit = try Huffman([Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112) + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8))
                    dist = try Huffman([Int](repeating: 5, count: 30))
                } else {
                    let hlit = try bits.get(5) + 257, hdist = try bits.get(5) + 1, hclen = try bits.get(4) + 4
                    let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
                    var cl = [Int](repeating: 0, count: 19)
                    for k in 0..<hclen { cl[order[k]] = try bits.get(3) }
                    let clh = try Huffman(cl)
                    var lengths: [Int] = []
                    while lengths.count < hlit + hdist {
                        let sym = try clh.decode(&bits)
                        switch sym {
                        case 0...15: lengths.append(sym)
                        case 16:
                            guard let last = lengths.last else { throw OSVZip.Error("repeat with no previous length") }
                            lengths += [Int](repeating: last, count: 3 + (try bits.get(2)))
                        case 17: lengths += [Int](repeating: 0, count: 3 + (try bits.get(3)))
                        default: lengths += [Int](repeating: 0, count: 11 + (try bits.get(7)))
                        }
                    }
                    guard lengths.count == hlit + hdist else { throw OSVZip.Error("code lengths overflow") }
                    lit = try Huffman(Array(lengths[0..<hlit]))
                    dist = try Huffman(Array(lengths[hlit...]))
                }
                while true {
                    let sym = try lit.decode(&bits)
                    if sym < 256 {
                        guard out.count < maxOutput else { throw OSVZip.Error("inflated data exceeds its declared size") }
                        out.append(UInt8(sym))
                    } else if sym == 256 {
                        break
                    } else {
                        let li = sym - 257
                        guard li < lengthBase.count else { throw OSVZip.Error("invalid length symbol") }
                        let len = lengthBase[li] + (try bits.get(lengthExtra[li]))
                        let di = try dist.decode(&bits)
                        guard di < distBase.count else { throw OSVZip.Error("invalid distance symbol") }
                        let d = distBase[di] + (try bits.get(distExtra[di]))
                        guard d <= out.count else { throw OSVZip.Error("distance beyond output") }
                        guard out.count + len <= maxOutput else { throw OSVZip.Error("inflated data exceeds its declared size") }
                        let start = out.count - d
                        for k in 0..<len { out.append(out[start + k]) }
                    }
                }
            default:
                throw OSVZip.Error("invalid deflate block type")
            }
        } while final == 0
        return out
    }
}
