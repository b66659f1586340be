/// One member of a zip archive, from its central directory record and local header.
public struct ZipEntry: Sendable {
    public var name: String
    public var method: UInt16
    public var flags: UInt16
    public var crc32: UInt32
    public var compressedSize: Int
    public var uncompressedSize: Int
    /// Offset of the local header in the source (already corrected for prepended data).
    public var localHeaderOffset: Int
    /// Offset of the member data, nil when the local header is unreadable.
    public var dataOffset: Int?
    public var madeBy: UInt16
    public var externalAttributes: UInt32
    /// Whether the member's header or data overlap an earlier member's (see `ZipReader.detectOverlaps`).
    public var overlapsEarlier = false

    public var isEncrypted: Bool { flags & 1 != 0 }
    public var isDirectory: Bool { name.hasSuffix("/") }
    /// A Unix symlink (S_IFLNK in the external attributes of a Unix-made entry).
    public var isSymlink: Bool { madeBy >> 8 == 3 && (externalAttributes >> 16) & 0xF000 == 0xA000 }
}

/// Something a careful zip reader notices: the tricks used to show scanners different bytes than loaders.
public struct ZipAnomaly: Sendable {
    public enum Kind: String, Sendable {
        case prependedData, nameMismatch, flagMismatch, methodMismatch, encrypted, duplicateName, badLocalHeader,
             pathTraversal, symlink, crcMismatch, sizeMismatch, truncated, overlappingData, conflictingDirectories, nulInName
    }
    public var kind: Kind
    public var member: String?
    public var offset: Int?
    public var message: String
}

public struct ZipArchive: Sendable {
    public var entries: [ZipEntry] = []
    public var anomalies: [ZipAnomaly] = []
    /// Bytes before the first local header (a polyglot or self-extractor stub).
    public var prependedBytes = 0
    /// Entries left out because of `maxEntries`.
    public var skippedEntries = 0
    /// Other places readers find the central directory (see `ZipReader.directoryReadings`): the members
    /// listed there are what another loader reads.
    public var alternateReadings: [ZipDirectoryReading] = []
}

/// Where one reader finds the central directory: its entry count, size and offset, and where it ends (the
/// zip64 end record, or the end record).
public struct ZipDirectoryReading: Sendable, Equatable {
    public var entries: Int
    public var size: Int
    public var offset: Int
    public var end: Int
    /// Which readers take it ("Python's zipfile", "miniz (torch.load)", "32-bit end record").
    public var readers: String
    func sameDirectory(_ o: ZipDirectoryReading) -> Bool {
        size == o.size && offset == o.offset && end - size - offset == o.end - o.size - o.offset
    }
}

/// Reads a zip archive's end record, central directory and local headers itself, tolerating what
/// PyTorch's loader tolerates (prepended data, data descriptors, zip64) and recording every trick.
public enum ZipReader {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// Every place a reader finds the central directory, Python's zipfile first. Python looks for the zip64 end
    /// record right before its locator; miniz (`torch.load`) reads it at the offset the locator gives; both
    /// take the zip64 values over the 32-bit end record's, which readers without zip64 use. Readings that
    /// agree are merged; more than one left means loaders read different members.
    public static func directoryReadings(_ src: any ByteSource) throws -> [ZipDirectoryReading] {
        let size = src.count
        let tailLen = min(size, 65_557)
        let tail = try src.read(offset: size - tailLen, length: tailLen)
        guard let eocdRel = findEOCD(tail) else { throw Failure(message: "no end-of-central-directory record") }
        let eocd = size - tailLen + eocdRel
        let n32 = Int(u16(tail, eocdRel + 10)), s32 = Int(u32(tail, eocdRel + 12)), o32 = Int(u32(tail, eocdRel + 16))
        var readings: [ZipDirectoryReading] = []
        func add(_ r: ZipDirectoryReading) {
            if let i = readings.firstIndex(where: { $0.sameDirectory(r) }) {
                readings[i].readers += ", " + r.readers
            } else {
                readings.append(r)
            }
        }
        var zip64End: Int?
        if eocd >= 20, let loc = try? src.read(offset: eocd - 20, length: 20), loc.count == 20, u32(loc, 0) == 0x0706_4B50 {
            let given = u64(loc, 8)
            var candidates: [(Int, String)] = [(eocd - 20 - 56, "Python's zipfile")]
            if given <= UInt64(max(0, size - 56)) { candidates.append((Int(given), "miniz (torch.load)")) }
            for (recOff, who) in candidates where recOff >= 0 {
                guard let rec = try? src.read(offset: recOff, length: 56), rec.count == 56, u32(rec, 0) == 0x0606_4B50 else { continue }
                let n = u64(rec, 32), s = u64(rec, 40), o = u64(rec, 48)
                guard n < UInt64(Int32.max), s < UInt64(Int.max / 2), o < UInt64(Int.max / 2) else {
                    throw Failure(message: "zip64 end record with impossible sizes")
                }
                // miniz's offset is absolute: with prepended data it does not point at the record before the locator.
                if who.hasPrefix("miniz"), let py = readings.first, recOff != eocd - 76, py.size == Int(s), py.offset == Int(o) { continue }
                add(ZipDirectoryReading(entries: Int(n), size: Int(s), offset: Int(o), end: recOff, readers: who))
                if zip64End == nil { zip64End = recOff }
            }
        }
        // The 32-bit values, when none is saturated (0xFFFF / 0xFFFFFFFF mean "see zip64").
        if readings.isEmpty || (n32 != 0xFFFF && s32 != 0xFFFF_FFFF && o32 != 0xFFFF_FFFF) {
            add(ZipDirectoryReading(entries: n32, size: s32, offset: o32, end: zip64End ?? eocd, readers: "32-bit end record"))
        }
        return readings
    }

    public static func read(_ src: any ByteSource, maxEntries: Int = 100_000, maxCentralDirectory: Int = 256 << 20,
                            reading: ZipDirectoryReading? = nil) throws -> ZipArchive {
        let size = src.count
        var alternates: [ZipDirectoryReading] = []
        let chosen: ZipDirectoryReading
        if let reading {
            chosen = reading
        } else {
            let all = try directoryReadings(src)
            chosen = all[0]
            alternates = Array(all.dropFirst())
        }
        let cdEntries = chosen.entries, cdSize = chosen.size, cdOffset = chosen.offset, cdEnd = chosen.end
        var archive = ZipArchive()
        archive.alternateReadings = alternates
        if !alternates.isEmpty {
            let all = [chosen] + alternates
            archive.anomalies.append(ZipAnomaly(kind: .conflictingDirectories, member: nil, offset: cdEnd,
                                                message: "readers find different central directories: " + all.map { "\($0.readers) reads \($0.entries) entries at offset \($0.offset)" }.joined(separator: "; ") + "; each is inspected"))
        }
        let concat = cdEnd - cdSize - cdOffset
        if concat > 0 {
            archive.prependedBytes = concat
            archive.anomalies.append(ZipAnomaly(kind: .prependedData, member: nil, offset: 0,
                                                message: "\(concat) bytes precede the zip archive (a polyglot: another format may be read from the start)"))
        } else if concat < 0 {
            throw Failure(message: "central directory offsets point outside the file")
        }
        let cdStart = cdOffset + concat
        guard cdSize <= size - cdStart else { throw Failure(message: "central directory is truncated") }
        // A directory above `maxCentralDirectory` (miniz reads any size: padding records with 64 KiB comments
        // hide nothing from it) is read in windows instead of whole; `p` is relative to the window at `ws`.
        let window = cdSize <= maxCentralDirectory ? cdSize : 8 << 20
        var cd = try src.read(offset: cdStart, length: window)
        guard cd.count == window else { throw Failure(message: "central directory is truncated") }
        var ws = 0
        var p = 0
        var seen: [String: Int] = [:]
        // Sized once from the end record, never past what the central directory read can hold (a record is
        // at least 46 bytes): growing the table rehashed every name of a checkpoint's members several times.
        let expected = min(max(cdEntries, 0), maxEntries, cdSize / 46)
        seen.reserveCapacity(expected)
        archive.entries.reserveCapacity(expected)
        var index = 0
        while true {
            // A record (46 bytes, then at most 2 x 65,535 of name and extra) always fits in the next window.
            if ws + cd.count < cdSize, p + 46 + 131_070 > cd.count {
                ws += p
                p = 0
                cd = ws < cdSize ? try src.read(offset: cdStart + ws, length: min(cdSize - ws, window)) : []
            }
            guard p + 46 <= cd.count, u32(cd, p) == 0x0201_4B50 else { break }
            if archive.entries.count >= maxEntries {
                archive.skippedEntries = max(cdEntries - index, 1)
                break
            }
            index += 1
            let madeBy = u16(cd, p + 4), flags = u16(cd, p + 8), method = u16(cd, p + 10)
            let crc = u32(cd, p + 16)
            var csize = UInt64(u32(cd, p + 20)), usize = UInt64(u32(cd, p + 24))
            let nameLen = Int(u16(cd, p + 28)), extraLen = Int(u16(cd, p + 30)), commentLen = Int(u16(cd, p + 32))
            let ext = u32(cd, p + 38)
            var off = UInt64(u32(cd, p + 42))
            let nameStart = p + 46
            guard nameStart + nameLen + extraLen <= cd.count else {
                archive.anomalies.append(ZipAnomaly(kind: .truncated, member: nil, offset: cdStart + ws + p, message: "central directory record is truncated"))
                break
            }
            // Python's zipfile cuts a name at its first NUL (`data.pkl\0x` is `data.pkl` to it); the NUL itself is a disguise.
            let rawName = cd[nameStart..<(nameStart + nameLen)]
            let nul = rawName.firstIndex(of: 0)
            let name = String(decoding: rawName[..<(nul ?? rawName.endIndex)], as: UTF8.self)
            if nul != nil {
                archive.anomalies.append(ZipAnomaly(kind: .nulInName, member: name, offset: cdStart + ws + p,
                                                    message: "the name of `\(name)` holds a NUL byte followed by more characters; Python's zipfile cuts it there while other readers keep the whole name"))
            }
            // zip64 extended information
            var e = nameStart + nameLen
            let extraEnd = e + extraLen
            while e + 4 <= extraEnd {
                let id = u16(cd, e), len = Int(u16(cd, e + 2))
                var q = e + 4
                if id == 0x0001 {
                    if usize == 0xFFFF_FFFF, q + 8 <= min(extraEnd, e + 4 + len) { usize = u64(cd, q); q += 8 }
                    if csize == 0xFFFF_FFFF, q + 8 <= min(extraEnd, e + 4 + len) { csize = u64(cd, q); q += 8 }
                    if off == 0xFFFF_FFFF, q + 8 <= min(extraEnd, e + 4 + len) { off = u64(cd, q) }
                }
                e += 4 + len
            }
            p = extraEnd + commentLen
            guard csize < UInt64(Int.max / 2), usize < UInt64(Int.max / 2), off < UInt64(Int.max / 2) else {
                archive.anomalies.append(ZipAnomaly(kind: .sizeMismatch, member: name, offset: nil, message: "impossible sizes in the central directory"))
                continue
            }
            var entry = ZipEntry(name: name, method: method, flags: flags, crc32: crc, compressedSize: Int(csize),
                                 uncompressedSize: Int(usize), localHeaderOffset: Int(off) + concat, dataOffset: nil,
                                 madeBy: madeBy, externalAttributes: ext)
            // A stored member has one size: a central directory that declares another uncompressed size
            // makes readers disagree on the member's bytes (and must never index past the data).
            // ZipCrypto puts a 12-byte header before an encrypted member's data, so its stored size is 12 more.
            let overhead = entry.isEncrypted && entry.compressedSize == entry.uncompressedSize + 12 ? 12 : 0
            if method == 0, entry.compressedSize != entry.uncompressedSize + overhead {
                archive.anomalies.append(ZipAnomaly(kind: .sizeMismatch, member: name, offset: entry.localHeaderOffset,
                                                    message: "stored member `\(name)` declares \(entry.uncompressedSize) bytes uncompressed but holds \(entry.compressedSize); readers disagree on its content"))
            }
            func bump(_ n: inout Int) -> Int { n += 1; return n }
            let copies = bump(&seen[name, default: 0])  // one hash lookup per member
            if copies > 1 {
                archive.anomalies.append(ZipAnomaly(kind: .duplicateName, member: name, offset: entry.localHeaderOffset,
                                                    message: "`\(name)` appears \(copies) times; loaders disagree on which copy they read"))
            }
            if isTraversal(name) {
                archive.anomalies.append(ZipAnomaly(kind: .pathTraversal, member: name, offset: entry.localHeaderOffset,
                                                    message: "member path `\(name)` leaves the extraction folder"))
            }
            if entry.isSymlink {
                archive.anomalies.append(ZipAnomaly(kind: .symlink, member: name, offset: entry.localHeaderOffset,
                                                    message: "member `\(name)` is a symbolic link"))
            }
            if entry.isEncrypted {
                archive.anomalies.append(ZipAnomaly(kind: .encrypted, member: name, offset: entry.localHeaderOffset,
                                                    message: "member `\(name)` is flagged as encrypted"))
            }
            // Local header
            // The header and its name in one read when the name is as long as the central directory's (it nearly
            // always is): a checkpoint's members cost two copies each otherwise (session 15).
            if let lh = try? src.read(offset: entry.localHeaderOffset, length: 30 + nameLen), lh.count >= 30, u32(lh, 0) == 0x0403_4B50 {
                let lflags = u16(lh, 6), lmethod = u16(lh, 8)
                let lnameLen = Int(u16(lh, 26)), lextraLen = Int(u16(lh, 28))
                // (`String??`, as the separate read's expression has always produced: messages show it so.)
                let lname: String??
                if lnameLen <= nameLen, lh.count >= 30 + lnameLen {
                    lname = .some(.some(String(decoding: lh[30..<(30 + lnameLen)].prefix { $0 != 0 }, as: UTF8.self)))
                } else {
                    let separate = (try? src.read(offset: entry.localHeaderOffset + 30, length: lnameLen)).map { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) } ?? ""
                    lname = separate
                }
                if lname != name {
                    archive.anomalies.append(ZipAnomaly(kind: .nameMismatch, member: name, offset: entry.localHeaderOffset,
                                                        message: "local header names `\(lname)` but the central directory names `\(name)`"))
                }
                if (lflags & 1) != (flags & 1) {
                    archive.anomalies.append(ZipAnomaly(kind: .flagMismatch, member: name, offset: entry.localHeaderOffset,
                                                        message: "the encryption flag of `\(name)` differs between local header and central directory"))
                }
                if lmethod != method {
                    archive.anomalies.append(ZipAnomaly(kind: .methodMismatch, member: name, offset: entry.localHeaderOffset,
                                                        message: "the compression method of `\(name)` differs between local header (\(lmethod)) and central directory (\(method))"))
                }
                let d = entry.localHeaderOffset + 30 + lnameLen + lextraLen
                let (end, o) = d.addingReportingOverflow(entry.compressedSize)
                if o || end > size {
                    archive.anomalies.append(ZipAnomaly(kind: .truncated, member: name, offset: d, message: "member `\(name)` runs past the end of the file"))
                } else {
                    entry.dataOffset = d
                }
            } else {
                archive.anomalies.append(ZipAnomaly(kind: .badLocalHeader, member: name, offset: entry.localHeaderOffset,
                                                    message: "member `\(name)` has no valid local header at offset \(entry.localHeaderOffset)"))
            }
            archive.entries.append(entry)
        }
        detectOverlaps(&archive)
        capAnomalies(&archive)
        return archive
    }

    /// At most `perKind` anomalies of each kind are kept, plus one line counting the rest: 300 mismatched
    /// names are one trick, not 300 findings.
    static func capAnomalies(_ archive: inout ZipArchive, perKind: Int = 8) {
        var counts: [ZipAnomaly.Kind: Int] = [:]
        var kept: [ZipAnomaly] = []
        for a in archive.anomalies {
            counts[a.kind, default: 0] += 1
            if counts[a.kind]! <= perKind { kept.append(a) }
        }
        guard kept.count < archive.anomalies.count else { return }
        for (kind, n) in counts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where n > perKind {
            kept.append(ZipAnomaly(kind: kind, member: nil, offset: nil,
                                   message: "\(n - perKind) more members with the same problem (\(kind.rawValue)) are not listed"))
        }
        archive.anomalies = kept
    }

    /// Members whose local header and data overlap another member's (the overlapping-file zip bomb: many
    /// central directory records pointing at one compressed stream). Python's `zipfile` refuses such
    /// archives; every overlapping member after the first is marked so callers decode shared data once.
    static func detectOverlaps(_ archive: inout ZipArchive) {
        var order: [(start: Int, end: Int, index: Int)] = []
        order.reserveCapacity(archive.entries.count)
        for (i, e) in archive.entries.enumerated() {
            guard let d = e.dataOffset, !e.isDirectory || e.compressedSize > 0 else { continue }
            order.append((e.localHeaderOffset, d + e.compressedSize, i))
        }
        order.sort { $0.start != $1.start ? $0.start < $1.start : $0.index < $1.index }
        var reachEnd = -1, reachIndex = -1, overlapping = 0
        var firstPair: (Int, Int)?
        for o in order {
            if o.start < reachEnd {
                overlapping += 1
                archive.entries[o.index].overlapsEarlier = true
                if firstPair == nil { firstPair = (o.index, reachIndex) }
            }
            if o.end > reachEnd { reachEnd = o.end; reachIndex = o.index }
        }
        if let (a, b) = firstPair {
            let an = archive.entries[a].name, bn = archive.entries[b].name
            archive.anomalies.append(ZipAnomaly(kind: .overlappingData, member: an, offset: archive.entries[a].localHeaderOffset,
                                                message: "\(overlapping) member\(overlapping == 1 ? "" : "s") overlap the data of another member (`\(an)` overlaps `\(bn)`): an overlapping-member zip bomb or a disguise; Python's zipfile refuses such archives"))
        }
    }

    /// The member's bytes: stored data, or inflated data capped at `maxOutput`.
    /// `lease` (when given) must cover the bytes returned; keep it alive while they are used.
    public static func extract(_ entry: ZipEntry, from src: any ByteSource, maxOutput: Int, maxRatio: Int = 2_000,
                               lease: DecompressionBudget.Lease? = nil) throws -> [UInt8] {
        guard let d = entry.dataOffset else { throw Failure(message: "member has no readable data") }
        switch entry.method {
        case 0:
            guard entry.compressedSize <= maxOutput else { throw Inflate.Failure(kind: .limit, message: "member exceeds \(maxOutput) bytes") }
            if let lease, !lease.grow(toTotal: entry.compressedSize) {
                throw Inflate.Failure(kind: .limit, message: "the shared decompression budget (\(lease.budget.limit) bytes for all workers together) is exhausted")
            }
            return try src.read(offset: d, length: entry.compressedSize)
        case 8:
            let raw = try src.read(offset: d, length: min(entry.compressedSize, maxOutput))
            return try Inflate.inflate(raw, maxOutput: maxOutput, lease: lease).output
        case 12, 14, 95:
            // The ratio counts past 32 MiB: bzip2/xz squeeze zero-filled arrays far beyond any sane ratio.
            var limits = StreamDecompressor.Limits(maxOutput: maxOutput, maxRatio: maxRatio, ratioFloor: 32 << 20)
            limits.lease = lease
            let r = try decompressStream(entry, from: src, limits: limits)
            if let stop = r.stop {
                if stop.isLimit { throw Inflate.Failure(kind: .limit, message: stop.description) }
                throw Failure(message: stop.description)
            }
            return r.output
        default:
            throw Failure(message: "compression method \(entry.method) is not supported")
        }
    }

    /// Compression methods whose members can be read: stored, deflate, bzip2 (12), LZMA (14), xz (95).
    public static func canDecompress(_ method: UInt16) -> Bool { [0, 8, 12, 14, 95].contains(method) }

    /// A bzip2 (12), LZMA (14) or xz (95) member through the bounded stream decoder. LZMA members carry a
    /// 4-byte version/size prefix and the 5 property bytes; they are decoded as a `.lzma` stream whose
    /// size is the recorded one (or unknown when flag bit 1 says an end marker terminates the data).
    static func decompressStream(_ entry: ZipEntry, from src: any ByteSource, limits: StreamDecompressor.Limits) throws -> StreamDecompressor.Result {
        guard let d = entry.dataOffset else { throw Failure(message: "member has no readable data") }
        let data = SliceBytes(src, start: d, count: entry.compressedSize)
        switch entry.method {
        case 12: return StreamDecompressor.decompress(.bzip2, data, limits: limits)
        case 95: return StreamDecompressor.decompress(.xz, data, limits: limits)
        default:
            let head = try data.read(offset: 0, length: 4)
            guard head.count == 4 else { throw Failure(message: "LZMA member is truncated") }
            let propsSize = Int(u16(head, 2))
            guard propsSize == 5, let props = try? data.read(offset: 4, length: 5), props.count == 5 else {
                throw Failure(message: "LZMA member has \(propsSize) property bytes (5 expected)")
            }
            let size: UInt64 = entry.flags & 0x02 != 0 ? .max : UInt64(max(0, entry.uncompressedSize))
            let header = props + (0..<8).map { UInt8(truncatingIfNeeded: size >> (8 * UInt64($0))) }
            let body = try data.read(offset: 9, length: min(max(0, entry.compressedSize - 9), max(limits.maxOutput, 64 << 10)))
            return StreamDecompressor.decompress(.lzmaAlone, header + body, limits: limits)
        }
    }

    /// The first bytes of a member (for sniffing), decompressing only as much as needed.
    public static func head(_ entry: ZipEntry, from src: any ByteSource, length: Int) -> [UInt8] {
        guard let d = entry.dataOffset else { return [] }
        switch entry.method {
        case 0: return (try? src.read(offset: d, length: min(length, entry.compressedSize))) ?? []
        case 8:
            // Deflate never grows data by more than 5 bytes per 64 KiB block: this much input always covers `length`.
            guard let raw = try? src.read(offset: d, length: min(entry.compressedSize, 1 << 20, length + length / 8 + 1024)) else { return [] }
            return (try? Inflate.inflate(raw, maxOutput: 1 << 22, stopAfter: length).output.prefix(length)).map(Array.init) ?? []
        case 12, 14, 95:
            let limits = StreamDecompressor.Limits(maxOutput: length, inputChunk: 64 << 10)
            return (try? decompressStream(entry, from: src, limits: limits).output) ?? []
        default: return []
        }
    }

    /// Whether a member path escapes the extraction folder (absolute, drive letter, `..`).
    public static func isTraversal(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { isTraversal(bytes: $0) }
    }

    static func isTraversal(bytes u: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = u.first, first == 0x2F || first == 0x5C { return true }
        if u.count >= 2, u[1] == 0x3A, (u[0] | 0x20) >= 0x61, (u[0] | 0x20) <= 0x7A { return true }
        // A `..` path component, as bytes (this runs for every member of every archive).
        var start = 0
        for i in 0...u.count {
            if i == u.count || u[i] == 0x2F || u[i] == 0x5C {
                if i - start == 2, u[start] == 0x2E, u[start + 1] == 0x2E { return true }
                start = i + 1
            }
        }
        return false
    }

    public static func findEOCD(_ b: [UInt8]) -> Int? {
        guard b.count >= 22 else { return nil }
        var i = b.count - 22
        while i >= 0 {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 0x05, b[i + 3] == 0x06 { return i }
            i -= 1
        }
        return nil
    }

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 {
        guard i >= 0, i + 2 <= b.count else { return 0 }
        return UInt16(b[i]) | UInt16(b[i + 1]) << 8
    }
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        guard i >= 0, i + 4 <= b.count else { return 0 }
        return UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
    static func u64(_ b: [UInt8], _ i: Int) -> UInt64 {
        UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32
    }
}
