import Foundation

/// One member of a tar archive.
public struct TarEntry: Sendable {
    public var name: String
    /// `0` regular, `1` hard link, `2` symlink, `5` directory...
    public var type: UInt8
    public var linkName: String
    public var size: Int
    public var dataOffset: Int

    public var isRegular: Bool { type == 0x30 || type == 0 || type == 0x37 }
    public var isLink: Bool { type == 0x31 || type == 0x32 }
}

/// Reads ustar/GNU/pax tar headers (names, sizes, links) without extracting anything.
public enum TarReader {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// What a tar archive lists: the members read before any problem, and the problem itself.
    public struct Listing: Sendable {
        public var entries: [TarEntry] = []
        /// `maxEntries` stopped the listing.
        public var truncated = false
        /// Why reading stopped before the end-of-archive marker (a bad header, a member past the end);
        /// the members before it are listed, as Python's `tarfile` returns them.
        public var malformed: String?
        /// Offset of the header that stopped the listing.
        public var malformedOffset: Int?
    }

    /// Every header is checked before use: a size that is negative, overflows or runs past the end of the
    /// file stops the listing (each step moves forward at least one 512-byte block, so it always ends).
    public static func list(_ src: any ByteSource, maxEntries: Int = 100_000) -> Listing {
        var out = Listing()
        var pos = 0
        var longName: String?
        var paxPath: String?
        func fail(_ why: String, _ at: Int) -> Listing {
            out.malformed = why
            out.malformedOffset = at
            return out
        }
        while pos + 512 <= src.count {
            guard out.entries.count < maxEntries else { out.truncated = true; return out }
            guard let h = try? src.read(offset: pos, length: 512), h.count == 512 else { return fail("header at offset \(pos) cannot be read", pos) }
            if h.allSatisfy({ $0 == 0 }) { break }
            guard let size = parseSize(h[124..<136]) else { return fail("invalid size field in the header at offset \(pos)", pos) }
            let type = h[156]
            var name = cString(h[0..<100])
            let prefix = cString(h[345..<500])
            if Array(h[257..<262]) == Array("ustar".utf8), !prefix.isEmpty { name = prefix + "/" + name }
            let data = pos + 512
            // `size` is non-negative and below 2^62, so neither sum overflows.
            let blocks = (size + 511) / 512
            guard size <= src.count - data else {
                return fail("member `\(name)` declares \(size) bytes but the archive ends \(src.count - data) bytes after its header", pos)
            }
            let next = data + blocks * 512
            switch type {
            case 0x4C: // GNU long name
                longName = cString(ArraySlice((try? src.read(offset: data, length: min(size, 4096))) ?? []))
            case 0x78, 0x67: // pax
                let text = String(decoding: (try? src.read(offset: data, length: min(size, 65536))) ?? [], as: UTF8.self)
                for rec in text.split(separator: "\n") {
                    if let r = rec.range(of: " path=") { paxPath = String(rec[r.upperBound...]) }
                }
            default:
                if let l = longName { name = l; longName = nil }
                if let p = paxPath, type != 0x67 { name = p; paxPath = nil }
                out.entries.append(TarEntry(name: name, type: type, linkName: cString(h[157..<257]), size: size, dataOffset: data))
            }
            pos = max(next, pos + 512)
        }
        return out
    }

    static func cString(_ s: ArraySlice<UInt8>) -> String {
        String(decoding: s.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// The size field: octal digits, or GNU base-256 (high bit set). Negative values (a `-` sign, a base-256
    /// field starting 0xFF) and values of 2^62 or more are invalid (nil).
    static func parseSize(_ f: ArraySlice<UInt8>) -> Int? {
        if let first = f.first, first & 0x80 != 0 {
            guard first == 0x80 else { return nil }  // 0xFF: a negative number
            var v = 0
            for b in f.dropFirst() {
                guard v < 1 << 54 else { return nil }
                v = v << 8 | Int(b)
            }
            return v
        }
        let digits = f.drop { $0 == 0x20 }.prefix { $0 != 0 && $0 != 0x20 }
        if digits.isEmpty { return 0 }
        var v = 0
        for c in digits {
            guard c >= 0x30, c <= 0x37, v < 1 << 58 else { return nil }
            v = v << 3 | Int(c - 0x30)
        }
        return v
    }
}
