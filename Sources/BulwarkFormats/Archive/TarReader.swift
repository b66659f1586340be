import Foundation

/// One member of a tar archive.
public struct TarEntry: Sendable {
    public var name: String
    /// `0` regular, `1` hard link, `2` symlink, `5` directory...
    public var type: UInt8
    public var linkName: String
    /// Bytes stored in the archive for this member (for a GNU sparse member, its chunks one after the other).
    public var size: Int
    public var dataOffset: Int
    /// A GNU sparse member ('S'): where each stored chunk goes in the extracted file, and that file's size.
    public var sparse: [TarSparseChunk]?
    public var realSize: Int?

    public init(name: String, type: UInt8, linkName: String, size: Int, dataOffset: Int) {
        self.name = name
        self.type = type
        self.linkName = linkName
        self.size = size
        self.dataOffset = dataOffset
    }

    /// Whether Python's `tarfile` extracts the member's bytes as a file: regular types, GNU sparse, and any
    /// type it does not know (`extractfile` and `extract` treat unknown types as regular files).
    public var isRegular: Bool { TarReader.holdsData(type) }
    public var isLink: Bool { type == 0x31 || type == 0x32 }
}

/// One chunk of a GNU sparse member: `length` stored bytes written at `offset` of the extracted file.
public struct TarSparseChunk: Sendable, Equatable {
    public var offset: Int
    public var length: Int
    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }
}

/// Reads tar headers the way Python's `tarfile` does (what `torch.load` uses for legacy checkpoints): ustar,
/// pre-POSIX V7 (no magic), GNU long names and links, GNU sparse members, pax `path`/`linkpath`/`size`
/// overrides (global pax records apply to later extended headers). Nothing is extracted.
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
        /// Whether the first header's checksum is one Python's `tarfile` accepts: without it `tarfile.open`
        /// refuses the file, and `torch.load` unpickles the whole file instead.
        public var firstHeaderValid = false
    }

    /// Types whose data blocks follow the header in Python's `tarfile` (regular files, contiguous files,
    /// sparse files and unknown types); links, folders and devices have none, whatever their size field says.
    static func holdsData(_ t: UInt8) -> Bool {
        switch t {
        case 0x30, 0x00, 0x37, 0x53: return true                               // 0, NUL, 7 (contiguous), S (sparse)
        case 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x4C, 0x4B: return false   // links, devices, dir, FIFO, GNU L/K
        default: return true
        }
    }

    /// Python's `calc_chksums`: the unsigned or signed byte sum with the checksum field read as spaces.
    public static func checksumValid(_ h: [UInt8]) -> Bool {
        guard h.count >= 512, let stored = parseSize(h[148..<156]) else { return false }
        var u = 256, s = 256
        for i in 0..<512 where i < 148 || i >= 156 {
            u += Int(h[i])
            s += Int(Int8(bitPattern: h[i]))
        }
        return stored == u || stored == s
    }

    /// Whether `head` starts with a tar header Python's `tarfile` would accept (valid checksum, not all zeros).
    public static func looksLikeTar(_ head: [UInt8]) -> Bool {
        guard head.count >= 512 else { return false }
        // Cheap refusals first: the checksum field holds octal digits, spaces or NULs.
        for i in 148..<156 {
            let c = head[i]
            guard c == 0 || c == 0x20 || (c >= 0x30 && c <= 0x37) else { return false }
        }
        return checksumValid(Array(head.prefix(512)))
    }

    /// Every header is checked before use: a size that is negative, overflows or runs past the end of the
    /// file stops the listing (each step moves forward at least one 512-byte block, so it always ends).
    public static func list(_ src: any ByteSource, maxEntries: Int = 100_000) -> Listing {
        var out = Listing()
        var pos = 0
        var longName: String?
        var longLink: String?
        var pax: [String: String] = [:]
        var globalPax: [String: String] = [:]
        var paxPending = false
        var paxPairs: [(String, String)] = []
        func fail(_ why: String, _ at: Int) -> Listing {
            out.malformed = why
            out.malformedOffset = at
            return out
        }
        if src.count > 0, src.count < 512 { return fail("the file is shorter than one 512-byte tar header", 0) }
        while pos + 512 <= src.count {
            guard out.entries.count < maxEntries else { out.truncated = true; return out }
            guard let h = try? src.read(offset: pos, length: 512), h.count == 512 else { return fail("header at offset \(pos) cannot be read", pos) }
            if h.allSatisfy({ $0 == 0 }) { break }
            if pos == 0 { out.firstHeaderValid = checksumValid(h) }
            guard var size = parseSize(h[124..<136]) else { return fail("invalid size field in the header at offset \(pos)", pos) }
            var type = h[156]
            var name = cString(h[0..<100])
            var data = pos + 512
            switch type {
            case 0x4C, 0x4B, 0x78, 0x67, 0x58: // GNU long name / long link, pax (local, global, Solaris)
                guard size <= src.count - data else {
                    return fail("extended header at offset \(pos) declares \(size) bytes but the archive ends \(src.count - data) bytes after it", pos)
                }
                guard size <= 1 << 20 else { return fail("extended header at offset \(pos) is \(size) bytes, above the 1 MiB limit", pos) }
                let body = (try? src.read(offset: data, length: size)) ?? []
                if type == 0x4C { longName = cString(body[...]) } else if type == 0x4B { longLink = cString(body[...]) } else {
                    guard let records = parsePax(body) else { return fail("pax header at offset \(pos) is not well formed", pos) }
                    if type == 0x67 {
                        for (k, v) in records { globalPax[k] = v }
                    } else {
                        pax = globalPax
                        for (k, v) in records { pax[k] = v }
                        paxPairs = records
                        paxPending = true
                    }
                }
                pos = data + (size + 511) / 512 * 512
                continue
            default:
                break
            }
            // Python: a V7 regular file whose name ends with "/" is a folder; the prefix field (345..<500)
            // joins the name for every type but GNU ones, whatever the magic says.
            if type == 0, name.hasSuffix("/") { type = 0x35 }
            var entry = TarEntry(name: name, type: type, linkName: cString(h[157..<257]), size: size, dataOffset: data)
            if type == 0x53 {
                // GNU sparse: four chunks in the header, more in extension blocks while the "extended" byte is set.
                var chunks: [TarSparseChunk] = []
                var at = 386
                for _ in 0..<4 {
                    guard let o = parseSize(h[at..<at + 12]), let n = parseSize(h[at + 12..<at + 24]) else { break }
                    chunks.append(TarSparseChunk(offset: o, length: n))
                    at += 24
                }
                var extended = h[482] != 0
                guard let real = parseSize(h[483..<495]) else { return fail("invalid sparse size in the header at offset \(pos)", pos) }
                while extended {
                    guard data + 512 <= src.count, let x = try? src.read(offset: data, length: 512), x.count == 512 else {
                        return fail("sparse member `\(name)` runs past the end of the archive", pos)
                    }
                    var p = 0
                    for _ in 0..<21 {
                        guard let o = parseSize(x[p..<p + 12]), let n = parseSize(x[p + 12..<p + 24]) else { break }
                        if o != 0, n != 0 { chunks.append(TarSparseChunk(offset: o, length: n)) }
                        p += 24
                    }
                    extended = x[504] != 0
                    data += 512
                    guard chunks.count <= 100_000 else { return fail("sparse member `\(name)` has more than 100,000 chunks", pos) }
                }
                entry.dataOffset = data
                entry.sparse = chunks
                entry.realSize = real
            } else {
                let prefix = cString(h[345..<500])
                if !prefix.isEmpty { entry.name = prefix + "/" + name }
            }
            if let l = longName { entry.name = l; longName = nil }
            if let l = longLink { entry.linkName = l; longLink = nil }
            if paxPending {
                if let p = pax["path"] { entry.name = p }
                if let l = pax["linkpath"] { entry.linkName = l }
                if let n = pax["GNU.sparse.name"] { entry.name = n }
                if let s = pax["size"] {
                    // Python: `int(value)`, 0 when it does not parse.
                    size = pythonInt(s) ?? 0
                    guard size >= 0 else { return fail("negative pax size for `\(entry.name)`", pos) }
                    entry.size = size
                }
                // GNU sparse files written in pax form (versions 0.0, 0.1 and 1.0, as Python reads them).
                let real = (pax["GNU.sparse.realsize"] ?? pax["GNU.sparse.size"]).flatMap(pythonInt)
                if let map = pax["GNU.sparse.map"] {
                    let nums = map.split(separator: ",", omittingEmptySubsequences: false).prefix(200_000).map { pythonInt(String($0)) ?? -1 }
                    entry.sparse = stride(from: 0, to: nums.count - 1, by: 2).map { TarSparseChunk(offset: nums[$0], length: nums[$0 + 1]) }
                    entry.realSize = real
                } else if pax["GNU.sparse.size"] != nil {
                    var chunks: [TarSparseChunk] = [], offset: Int?
                    for (k, v) in paxPairs.prefix(200_000) {
                        if k == "GNU.sparse.offset" { offset = pythonInt(v) }
                        if k == "GNU.sparse.numbytes", let o = offset { chunks.append(TarSparseChunk(offset: o, length: pythonInt(v) ?? -1)) }
                    }
                    entry.sparse = chunks
                    entry.realSize = real
                } else if pax["GNU.sparse.major"] == "1", pax["GNU.sparse.minor"] == "0", holdsData(type) {
                    // The map is decimal lines at the start of the data, padded to a block.
                    guard size <= src.count - data else { return fail("sparse member `\(entry.name)` runs past the end of the archive", pos) }
                    let head = (try? src.read(offset: data, length: min(size, 1 << 20))) ?? []
                    var nums: [Int] = [], at = 0
                    var want = -1
                    while want < 0 || nums.count < want * 2 {
                        guard let nl = head[at...].firstIndex(of: 0x0A), let v = pythonInt(String(decoding: head[at..<nl], as: UTF8.self)), v >= 0 else {
                            return fail("the sparse map of `\(entry.name)` is not readable", pos)
                        }
                        if want < 0 { want = v } else { nums.append(v) }
                        at = nl + 1
                    }
                    let mapBytes = (at + 511) / 512 * 512
                    entry.sparse = stride(from: 0, to: nums.count - 1, by: 2).map { TarSparseChunk(offset: nums[$0], length: nums[$0 + 1]) }
                    entry.realSize = real
                    entry.dataOffset = data + mapBytes
                    entry.size = max(0, size - mapBytes)
                    size = entry.size
                    data += mapBytes
                }
                pax = [:]
                paxPending = false
            }
            name = entry.name
            if entry.type == 0x35 || entry.type == 0x30 || entry.type == 0 {
                while entry.type == 0x35, entry.name.count > 1, entry.name.hasSuffix("/") { entry.name.removeLast() }
            }
            let dataBlocks = holdsData(type) ? (size + 511) / 512 : 0
            if holdsData(type) {
                guard size <= src.count - data else {
                    return fail("member `\(name)` declares \(size) bytes but the archive ends \(src.count - data) bytes after its header", pos)
                }
            } else {
                entry.size = 0
            }
            out.entries.append(entry)
            pos = max(data + dataBlocks * 512, pos + 512)
        }
        return out
    }

    /// The records of a pax extended header (`"<length> <keyword>=<value>\n"`), framed the way Python checks
    /// them; nil when the framing is broken (Python stops the listing there).
    static func parsePax(_ b: [UInt8]) -> [(String, String)]? {
        var out: [(String, String)] = []
        var pos = 0
        while pos < b.count, b[pos] != 0 {
            var i = pos, len = 0, digits = 0
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39, digits < 20 { len = len * 10 + Int(b[i] - 0x30); i += 1; digits += 1 }
            guard digits > 0, i < b.count, b[i] == 0x20, len >= 5, len <= b.count - pos else { return nil }
            let end = pos + len - 1
            guard b[end] == 0x0A, i + 1 <= end else { return nil }
            let kv = b[(i + 1)..<end]
            guard let eq = kv.firstIndex(of: 0x3D), eq > kv.startIndex else { return nil }
            out.append((String(decoding: kv[kv.startIndex..<eq], as: UTF8.self), String(decoding: kv[(eq + 1)...], as: UTF8.self)))
            pos += len
        }
        return out
    }

    /// Python's `int(text)` for a decimal value (surrounding whitespace, a sign, underscores between digits).
    static func pythonInt(_ s: String) -> Int? {
        var t = Substring(s).drop { $0.isWhitespace }
        while let l = t.last, l.isWhitespace { t = t.dropLast() }
        var neg = false
        if let f = t.first, f == "+" || f == "-" { neg = f == "-"; t = t.dropFirst() }
        guard let f = t.first, f.isASCII, f.isNumber, let l = t.last, l.isASCII, l.isNumber, !t.contains("__") else { return nil }
        var v = 0
        for c in t where c != "_" {
            guard let d = c.wholeNumberValue, c.isASCII, v < 1 << 58 else { return nil }
            v = v * 10 + d
        }
        return neg ? -v : v
    }

    static func cString(_ s: ArraySlice<UInt8>) -> String {
        String(decoding: s.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// A numeric field as Python's `nti` reads it: GNU base-256 (high bit set), or octal text cut at the first
    /// NUL with surrounding whitespace, as `int(text, 8)` takes it (a `0o` prefix and underscores included).
    /// Negative values (a `-` sign, a base-256 field starting 0xFF) and values of 2^62 or more are invalid (nil).
    public static func parseSize(_ f: ArraySlice<UInt8>) -> Int? {
        if let first = f.first, first & 0x80 != 0 {
            guard first == 0x80 else { return nil }  // 0xFF: a negative number
            var v = 0
            for b in f.dropFirst() {
                guard v < 1 << 54 else { return nil }
                v = v << 8 | Int(b)
            }
            return v
        }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        var digits = f.prefix { $0 != 0 }
        while let c = digits.first, isSpace(c) { digits = digits.dropFirst() }
        while let c = digits.last, isSpace(c) { digits = digits.dropLast() }
        if digits.first == 0x2B { digits = digits.dropFirst() }  // '+'
        if digits.count >= 2, digits.first == 0x30, digits[digits.startIndex + 1] | 0x20 == 0x6F { digits = digits.dropFirst(2) }  // 0o
        if digits.isEmpty { return 0 }
        guard digits.first != 0x5F, digits.last != 0x5F else { return nil }
        var v = 0
        var lastUnderscore = false
        for c in digits {
            if c == 0x5F {
                guard !lastUnderscore else { return nil }
                lastUnderscore = true
                continue
            }
            lastUnderscore = false
            guard c >= 0x30, c <= 0x37, v < 1 << 58 else { return nil }
            v = v << 3 | Int(c - 0x30)
        }
        return v
    }
}
