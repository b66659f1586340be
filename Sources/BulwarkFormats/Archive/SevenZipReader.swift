import CLZMA
import CZlib

/// One coder of a 7z folder (a method id, its properties and stream counts).
public struct SevenZipCoder: Sendable, Equatable {
    public var id: [UInt8]
    public var properties: [UInt8]
    public var inStreams: Int
    public var outStreams: Int
}

/// A 7z folder: a coder graph that turns one or more packed streams into one output, split into files.
public struct SevenZipFolder: Sendable {
    public var coders: [SevenZipCoder]
    /// Absolute offset of the folder's (first) packed stream in the archive, and its size.
    public var packOffset: Int
    public var packSize: Int
    /// Size of the folder's final output, as declared.
    public var unpackSize: UInt64
    public var crc: UInt32?
    /// The coder chain in liblzma order (the compressor last); empty for a stored (copy) folder and for
    /// the Deflate and BZip2 engines.
    var chain: [(id: UInt64, props: [UInt8])]
    /// Which decoder unpacks the folder: liblzma (LZMA, LZMA2, filters, or stored when `chain` is empty),
    /// zlib for Deflate, libbz2 for BZip2.
    var engine: Engine = .liblzma
    /// Why Bulwark cannot decode this folder (an unsupported coder, encryption, several packed streams).
    public var unsupported: String?
    /// The coders in decoding order, as names (`LZMA2+BCJ`).
    public var method: String
}

/// One file of a 7z archive; `folder`/`offset`/`size` locate its bytes in the folder's output.
public struct SevenZipEntry: Sendable, Equatable {
    public var name: String
    public var isDirectory: Bool
    public var hasStream: Bool
    public var isAnti: Bool
    public var folder: Int?
    public var offset: Int
    public var size: Int
    public var crc: UInt32?
}

extension SevenZipFolder {
    enum Engine: Sendable { case liblzma, deflate, bzip2 }
}

public struct SevenZipArchive: Sendable {
    public var entries: [SevenZipEntry]
    public var folders: [SevenZipFolder]
    /// The header itself was compressed (7-Zip's default): how many encoded-header levels were decoded.
    public var encodedHeaderLevels: Int
    /// Structural oddities that do not stop reading (a start-header or next-header CRC mismatch).
    public var anomalies: [String]
}

/// A bounded reader of 7z archives (signature header, next-header CRC, encoded headers, folders and files)
/// and a decoder for folders made of LZMA, LZMA2, BCJ-family, delta and copy coders (through the system
/// liblzma's raw decoder), Deflate (the system zlib) or BZip2 (the system libbz2), each bounded in output,
/// ratio and decoder memory. Every count and size is checked against the file and the limits before use;
/// numbers are 64-bit and never trusted; encoded headers nest at most `maxHeaderLevels` deep; a coder
/// graph with a cycle or an unused stream is rejected. Anything it cannot decode (PPMd, Deflate64, AES,
/// BCJ2, Zstandard, Deflate or BZip2 chained with filters, external headers) is reported through
/// `SevenZipFolder.unsupported` or a thrown `Failure`, never passed as clean.
public enum SevenZipReader {
    public static let signature: [UInt8] = [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]

    public struct Failure: Error, CustomStringConvertible, Equatable {
        public let message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }

    public struct Limits: Sendable {
        public var maxEntries = 100_000
        /// Bytes of a (decoded) header held in memory.
        public var maxHeaderBytes = 64 << 20
        /// Encoded headers inside encoded headers.
        public var maxHeaderLevels = 4
        public var maxRatio = 2_000
        public init() {}
    }

    // MARK: - Reading the header

    public static func read(_ source: any ByteSource, limits: Limits = Limits()) throws -> SevenZipArchive {
        let start = try source.read(offset: 0, length: 32)
        guard start.count == 32, Array(start.prefix(6)) == signature else { throw Failure("not a 7z archive (no signature header)") }
        var anomalies: [String] = []
        if CRC32.checksum(start[12..<32]) != le32(start, 8) {
            anomalies.append("the start header's CRC does not match")
        }
        let nextOffset = le64(start, 12), nextSize = le64(start, 20), nextCRC = le32(start, 28)
        if nextSize == 0 {
            // An empty archive (7-Zip writes this for no files).
            return SevenZipArchive(entries: [], folders: [], encodedHeaderLevels: 0, anomalies: anomalies)
        }
        let fileSize = UInt64(source.count)
        guard nextOffset <= fileSize, nextSize <= fileSize, 32 + nextOffset + nextSize <= fileSize else {
            throw Failure("the header lies past the end of the file (offset \(nextOffset), size \(nextSize), file \(fileSize) bytes); the archive is truncated")
        }
        guard nextSize <= UInt64(limits.maxHeaderBytes) else {
            throw Failure("the header is \(nextSize) bytes, above the \(limits.maxHeaderBytes)-byte limit")
        }
        var header = try source.read(offset: 32 + Int(nextOffset), length: Int(nextSize))
        guard header.count == Int(nextSize) else { throw Failure("the header cannot be read whole") }
        if CRC32.checksum(header) != nextCRC { anomalies.append("the header's CRC does not match the start header") }
        var levels = 0
        while header.first == 0x17 {
            levels += 1
            guard levels <= limits.maxHeaderLevels else {
                throw Failure("encoded headers nest more than \(limits.maxHeaderLevels) levels deep")
            }
            var c = Cursor(header)
            _ = try c.byte()
            let streams = try readStreamsInfo(&c, limits: limits)
            let folders = try makeFolders(streams, source: source)
            guard let folder = folders.first, folders.count == 1 else { throw Failure("the encoded header has \(folders.count) folders, not one") }
            if let why = folder.unsupported { throw Failure("the header is packed with \(why)") }
            guard folder.unpackSize <= UInt64(limits.maxHeaderBytes) else {
                throw Failure("the decoded header would be \(folder.unpackSize) bytes, above the \(limits.maxHeaderBytes)-byte limit")
            }
            var dl = StreamDecompressor.Limits(maxOutput: limits.maxHeaderBytes, maxRatio: limits.maxRatio)
            dl.ratioFloor = 1 << 20
            let r = decode(folder, from: source, limits: dl)
            if let stop = r.stop { throw Failure("the encoded header cannot be decoded (\(stop))") }
            if let crc = folder.crc, CRC32.checksum(r.output) != crc { anomalies.append("the decoded header's CRC does not match") }
            header = r.output
        }
        guard header.first == 0x01 else { throw Failure("the header starts with property \(header.first ?? 0), not a header") }
        var c = Cursor(header)
        _ = try c.byte()
        var archive = try readHeader(&c, source: source, limits: limits)
        archive.encodedHeaderLevels = levels
        archive.anomalies = anomalies + archive.anomalies
        return archive
    }

    struct RawFolder {
        var coders: [SevenZipCoder]
        var bindPairs: [(inIndex: Int, outIndex: Int)]
        var packed: [Int]
        var unpackSizes: [UInt64] = []
        var crc: UInt32?
        var finalOut: Int
    }

    struct Streams {
        var packPos: UInt64 = 0
        var packSizes: [UInt64] = []
        var folders: [RawFolder] = []
        /// Per folder: the sizes and CRCs of its files' streams.
        var subSizes: [[UInt64]] = []
        var subCRCs: [[UInt32?]] = []
    }

    static func readStreamsInfo(_ c: inout Cursor, limits: Limits) throws -> Streams {
        var s = Streams()
        var id = try c.byte()
        if id == 0x06 {
            s.packPos = try c.number()
            let n = try c.count("packed streams", max: limits.maxEntries)
            while true {
                let t = try c.byte()
                if t == 0 { break }
                if t == 0x09 {
                    s.packSizes = try (0..<n).map { _ in try c.number() }
                } else if t == 0x0A {
                    _ = try c.digests(n)
                } else {
                    throw Failure("unknown property \(t) in the pack info")
                }
            }
            guard s.packSizes.count == n else { throw Failure("the pack info has no sizes") }
            id = try c.byte()
        }
        if id == 0x07 {
            guard try c.byte() == 0x0B else { throw Failure("the coders info has no folder list") }
            let n = try c.count("folders", max: limits.maxEntries)
            guard try c.byte() == 0 else { throw Failure("external folder lists are not supported") }
            s.folders = try (0..<n).map { _ in try readFolder(&c) }
            guard try c.byte() == 0x0C else { throw Failure("the coders info has no unpack sizes") }
            for i in s.folders.indices {
                let outs = s.folders[i].coders.reduce(0) { $0 + $1.outStreams }
                s.folders[i].unpackSizes = try (0..<outs).map { _ in try c.number() }
            }
            var t = try c.byte()
            if t == 0x0A {
                let d = try c.digests(n)
                for i in s.folders.indices { s.folders[i].crc = d[i] }
                t = try c.byte()
            }
            guard t == 0 else { throw Failure("unknown property \(t) in the coders info") }
            id = try c.byte()
        }
        let folderSizes = s.folders.map { $0.unpackSizes[$0.finalOut] }
        var counts = Array(repeating: 1, count: s.folders.count)
        if id == 0x08 {
            var t = try c.byte()
            if t == 0x0D {
                var total = 0
                for i in counts.indices {
                    counts[i] = try c.count("streams in a folder", max: limits.maxEntries)
                    total += counts[i]
                    guard total <= limits.maxEntries else { throw Failure("more than \(limits.maxEntries) streams") }
                }
                t = try c.byte()
            }
            var sizes: [[UInt64]] = []
            for i in counts.indices {
                var list: [UInt64] = []
                var sum: UInt64 = 0
                if counts[i] > 0 {
                    if t == 0x09 {
                        for _ in 0..<(counts[i] - 1) {
                            let v = try c.number()
                            let (s2, o) = sum.addingReportingOverflow(v)
                            guard !o, s2 <= folderSizes[i] else { throw Failure("the stream sizes of folder \(i) exceed its unpacked size") }
                            sum = s2
                            list.append(v)
                        }
                    } else if counts[i] > 1 {
                        throw Failure("folder \(i) holds \(counts[i]) streams without sizes")
                    }
                    list.append(folderSizes[i] - sum)
                }
                sizes.append(list)
            }
            if t == 0x09 { t = try c.byte() }
            s.subSizes = sizes
            s.subCRCs = counts.indices.map { i in
                counts[i] == 1 && s.folders[i].crc != nil ? [s.folders[i].crc] : Array(repeating: nil, count: counts[i])
            }
            while t != 0 {
                guard t == 0x0A else { throw Failure("unknown property \(t) in the substreams info") }
                let unknown = counts.indices.reduce(0) { $0 + (counts[$1] == 1 && s.folders[$1].crc != nil ? 0 : counts[$1]) }
                let d = try c.digests(unknown)
                var k = 0
                for i in counts.indices where !(counts[i] == 1 && s.folders[i].crc != nil) {
                    for j in 0..<counts[i] {
                        s.subCRCs[i][j] = d[k]
                        k += 1
                    }
                }
                t = try c.byte()
            }
            id = try c.byte()
        } else {
            s.subSizes = folderSizes.map { [$0] }
            s.subCRCs = s.folders.map { [$0.crc] }
        }
        guard id == 0 else { throw Failure("unknown property \(id) in the streams info") }
        return s
    }

    static func readFolder(_ c: inout Cursor) throws -> RawFolder {
        let n = try c.count("coders", max: 64)
        guard n >= 1 else { throw Failure("a folder without coders") }
        var coders: [SevenZipCoder] = []
        for _ in 0..<n {
            let flags = try c.byte()
            guard flags & 0xC0 == 0 else { throw Failure("alternative coder methods are not supported") }
            let id = try c.bytes(Int(flags & 0x0F))
            var ins = 1, outs = 1
            if flags & 0x10 != 0 {
                ins = try c.count("coder input streams", max: 32)
                outs = try c.count("coder output streams", max: 32)
            }
            var props: [UInt8] = []
            if flags & 0x20 != 0 { props = try c.bytes(try c.count("coder properties", max: 1 << 16)) }
            coders.append(SevenZipCoder(id: id, properties: props, inStreams: ins, outStreams: outs))
        }
        let totalIn = coders.reduce(0) { $0 + $1.inStreams }, totalOut = coders.reduce(0) { $0 + $1.outStreams }
        guard totalOut >= 1, totalIn >= totalOut - 1 else { throw Failure("a folder with \(totalIn) inputs for \(totalOut) outputs") }
        var pairs: [(inIndex: Int, outIndex: Int)] = []
        for _ in 0..<(totalOut - 1) {
            let i = try c.count("bind pair input", max: totalIn - 1), o = try c.count("bind pair output", max: totalOut - 1)
            pairs.append((i, o))
        }
        let packedCount = totalIn - pairs.count
        guard packedCount >= 1 else { throw Failure("a folder without packed streams") }
        var packed: [Int] = []
        if packedCount == 1 {
            guard let free = (0..<totalIn).first(where: { i in !pairs.contains { $0.inIndex == i } }) else {
                throw Failure("every input of a folder is bound")
            }
            packed = [free]
        } else {
            packed = try (0..<packedCount).map { _ in try c.count("packed stream index", max: totalIn - 1) }
        }
        guard let finalOut = (0..<totalOut).first(where: { o in !pairs.contains { $0.outIndex == o } }) else {
            throw Failure("every output of a folder is bound (a cycle)")
        }
        return RawFolder(coders: coders, bindPairs: pairs, packed: packed, finalOut: finalOut)
    }

    static func readHeader(_ c: inout Cursor, source: any ByteSource, limits: Limits) throws -> SevenZipArchive {
        var id = try c.byte()
        if id == 0x02 {
            while true {
                let t = try c.byte()
                if t == 0 { break }
                try c.skip(try c.number())
            }
            id = try c.byte()
        }
        if id == 0x03 {
            _ = try readStreamsInfo(&c, limits: limits)
            id = try c.byte()
        }
        var streams = Streams()
        if id == 0x04 {
            streams = try readStreamsInfo(&c, limits: limits)
            id = try c.byte()
        }
        let folders = try makeFolders(streams, source: source)
        var entries: [SevenZipEntry] = []
        if id == 0x05 {
            entries = try readFiles(&c, limits: limits)
            id = try c.byte()
        }
        guard id == 0 else { throw Failure("unknown property \(id) in the header") }
        // Files with data take the folders' streams in order.
        var slots: [(folder: Int, offset: Int, size: Int, crc: UInt32?)] = []
        for (f, sizes) in streams.subSizes.enumerated() {
            var offset: UInt64 = 0
            for (j, size) in sizes.enumerated() {
                guard let o = Int(exactly: offset), let s = Int(exactly: size) else { throw Failure("a stream size does not fit") }
                slots.append((f, o, s, streams.subCRCs[f][j]))
                offset += size
            }
        }
        var k = 0
        for i in entries.indices where entries[i].hasStream {
            guard k < slots.count else { throw Failure("more files with data (\(k + 1)+) than streams (\(slots.count))") }
            entries[i].folder = slots[k].folder
            entries[i].offset = slots[k].offset
            entries[i].size = slots[k].size
            entries[i].crc = slots[k].crc
            k += 1
        }
        return SevenZipArchive(entries: entries, folders: folders, encodedHeaderLevels: 0, anomalies: [])
    }

    static func readFiles(_ c: inout Cursor, limits: Limits) throws -> [SevenZipEntry] {
        let n = try c.count("files", max: limits.maxEntries)
        var emptyStream = Array(repeating: false, count: n)
        var emptyFile: [Bool] = []
        var anti: [Bool] = []
        var names: [String] = []
        var attributes: [UInt32?] = Array(repeating: nil, count: n)
        while true {
            let t = try c.byte()
            if t == 0 { break }
            let size = try c.number()
            guard size <= UInt64(c.remaining) else { throw Failure("file property \(t) runs past the header") }
            var sub = Cursor(c.b, from: c.p, to: c.p + Int(size))
            try c.skip(size)
            switch t {
            case 0x0E: emptyStream = try sub.bits(n)
            case 0x0F: emptyFile = try sub.bits(emptyStream.count(where: { $0 }))
            case 0x10: anti = try sub.bits(emptyStream.count(where: { $0 }))
            case 0x11:
                guard try sub.byte() == 0 else { throw Failure("external file names are not supported") }
                while names.count < n, sub.remaining >= 2 {
                    var units: [UInt16] = []
                    while true {
                        let u = try sub.uint16()
                        if u == 0 { break }
                        units.append(u)
                    }
                    names.append(String(decoding: units, as: UTF16.self))
                }
            case 0x15:
                let all = try sub.byte()
                let defined = all != 0 ? Array(repeating: true, count: n) : try sub.bits(n)
                guard try sub.byte() == 0 else { throw Failure("external attributes are not supported") }
                for i in 0..<n where defined[i] { attributes[i] = try sub.uint32() }
            default: break // times, start positions, padding: not needed
            }
        }
        var entries: [SevenZipEntry] = []
        var e = 0
        for i in 0..<n {
            let hasStream = !emptyStream[i]
            var isDir = false, isAnti = false
            if !hasStream {
                isDir = !(e < emptyFile.count && emptyFile[e])
                isAnti = e < anti.count && anti[e]
                e += 1
            }
            if let a = attributes[i], a & 0x10 != 0 { isDir = true }
            entries.append(SevenZipEntry(name: i < names.count ? names[i] : "file\(i)", isDirectory: isDir && !hasStream,
                                         hasStream: hasStream, isAnti: isAnti, folder: nil, offset: 0, size: 0, crc: nil))
        }
        return entries
    }

    // MARK: - Folders

    static func makeFolders(_ s: Streams, source: any ByteSource) throws -> [SevenZipFolder] {
        var folders: [SevenZipFolder] = []
        var packIndex = 0
        let first = UInt64(32).addingReportingOverflow(s.packPos)
        guard !first.overflow else { throw Failure("the packed data offset overflows") }
        var packStart = first.partialValue
        for raw in s.folders {
            let method = raw.coders.map { coderName($0.id) }.joined(separator: "+")
            guard packIndex + raw.packed.count <= s.packSizes.count else {
                throw Failure("folders use more packed streams than the pack info lists")
            }
            let size = s.packSizes[packIndex]
            var unsupported: String?
            let end = packStart.addingReportingOverflow(size)
            if end.overflow || end.partialValue > UInt64(source.count) {
                unsupported = "packed data past the end of the file (the archive is truncated)"
            }
            let unpack = raw.unpackSizes[raw.finalOut]
            var chain: [(id: UInt64, props: [UInt8])] = []
            var engine = SevenZipFolder.Engine.liblzma
            if unsupported == nil {
                do { (engine, chain) = try resolveChain(raw) } catch let f as Failure { unsupported = f.message }
            }
            folders.append(SevenZipFolder(coders: raw.coders, packOffset: Int(min(packStart, UInt64(Int.max))),
                                          packSize: Int(min(size, UInt64(Int.max))), unpackSize: unpack, crc: raw.crc,
                                          chain: chain, engine: engine, unsupported: unsupported, method: method))
            for j in 0..<raw.packed.count {
                let (next, o) = packStart.addingReportingOverflow(s.packSizes[packIndex + j])
                guard !o else { throw Failure("packed stream sizes overflow") }
                packStart = next
            }
            packIndex += raw.packed.count
        }
        return folders
    }

    static let deflateID: [UInt8] = [0x04, 0x01, 0x08]
    static let bzip2ID: [UInt8] = [0x04, 0x02, 0x02]

    /// The engine and liblzma filter chain for a folder of single-stream coders linked in a line; copy
    /// coders vanish. Deflate and BZip2 are decoded alone (with copy coders at most), never chained.
    static func resolveChain(_ raw: RawFolder) throws -> (SevenZipFolder.Engine, [(id: UInt64, props: [UInt8])]) {
        let names = raw.coders.map { coderName($0.id) }.joined(separator: "+")
        guard raw.packed.count == 1, raw.coders.allSatisfy({ $0.inStreams == 1 && $0.outStreams == 1 }) else {
            throw Failure("coders with several streams (\(names))")
        }
        // With one input and one output per coder, input i and output i both belong to coder i.
        var order: [Int] = []
        var current = raw.packed[0]
        var seen = Set<Int>()
        while true {
            guard seen.insert(current).inserted else { throw Failure("a cycle in the coder graph") }
            order.append(current)
            guard let next = raw.bindPairs.first(where: { $0.outIndex == current }) else { break }
            current = next.inIndex
        }
        guard order.count == raw.coders.count, order.last == raw.finalOut else { throw Failure("a coder graph that is not a chain") }
        let compressing = order.filter { raw.coders[$0].id != [0x00] }
        if compressing.count == 1, let only = compressing.first, raw.coders[only].id == deflateID || raw.coders[only].id == bzip2ID {
            return (raw.coders[only].id == deflateID ? .deflate : .bzip2, [])
        }
        var decodeOrder: [(id: UInt64, props: [UInt8])] = []
        for i in order {
            let coder = raw.coders[i]
            if coder.id == [0x00] { continue }
            if coder.id == deflateID || coder.id == bzip2ID { throw Failure("\(coderName(coder.id)) chained with other coders (folder: \(names))") }
            guard let f = filterID(coder.id) else {
                let what = coder.id == [0x06, 0xF1, 0x07, 0x01] ? "AES encryption" : "the \(coderName(coder.id)) coder"
                throw Failure("\(what) (folder: \(names))")
            }
            decodeOrder.append((f, coder.properties))
        }
        if decodeOrder.isEmpty { return (.liblzma, []) }
        // liblzma decodes LZMA/LZMA2 first, then the filters: exactly one compressor, first in decoding order.
        let compressors = decodeOrder.filter { $0.id == bulwark_lzma_filter_lzma1() || $0.id == bulwark_lzma_filter_lzma2() }
        guard compressors.count == 1, decodeOrder[0].id == compressors[0].id, decodeOrder.count <= 4 else {
            throw Failure("an unusual coder chain (\(names))")
        }
        return (.liblzma, decodeOrder.reversed())
    }

    static func filterID(_ id: [UInt8]) -> UInt64? {
        switch id {
        case [0x03, 0x01, 0x01]: bulwark_lzma_filter_lzma1()
        case [0x21]: bulwark_lzma_filter_lzma2()
        case [0x03]: bulwark_lzma_filter_delta()
        case [0x03, 0x03, 0x01, 0x03]: bulwark_lzma_filter_x86()
        case [0x03, 0x03, 0x02, 0x05]: bulwark_lzma_filter_powerpc()
        case [0x03, 0x03, 0x04, 0x01]: bulwark_lzma_filter_ia64()
        case [0x03, 0x03, 0x05, 0x01]: bulwark_lzma_filter_arm()
        case [0x03, 0x03, 0x07, 0x01]: bulwark_lzma_filter_armthumb()
        case [0x03, 0x03, 0x08, 0x05]: bulwark_lzma_filter_sparc()
        default: nil
        }
    }

    public static func coderName(_ id: [UInt8]) -> String {
        switch id {
        case [0x00]: "Copy"
        case [0x03, 0x01, 0x01]: "LZMA"
        case [0x21]: "LZMA2"
        case [0x03]: "Delta"
        case [0x03, 0x03, 0x01, 0x03]: "BCJ"
        case [0x03, 0x03, 0x01, 0x1B]: "BCJ2"
        case [0x03, 0x03, 0x02, 0x05]: "PPC"
        case [0x03, 0x03, 0x04, 0x01]: "IA64"
        case [0x03, 0x03, 0x05, 0x01]: "ARM"
        case [0x03, 0x03, 0x07, 0x01]: "ARMT"
        case [0x03, 0x03, 0x08, 0x05]: "SPARC"
        case [0x0A]: "ARM64"
        case [0x03, 0x04, 0x01]: "PPMd"
        case [0x04, 0x01, 0x08]: "Deflate"
        case [0x04, 0x01, 0x09]: "Deflate64"
        case [0x04, 0x02, 0x02]: "BZip2"
        case [0x04, 0xF7, 0x11, 0x01]: "Zstandard"
        case [0x06, 0xF1, 0x07, 0x01]: "AES"
        default: "method " + id.map { String($0, radix: 16) }.joined()
        }
    }

    /// The LZMA/LZMA2 dictionary size a coder's properties declare (nil when malformed).
    static func dictionarySize(_ id: UInt64, _ props: [UInt8]) -> UInt64? {
        if id == bulwark_lzma_filter_lzma1() {
            guard props.count == 5 else { return nil }
            return UInt64(le32(props, 1))
        }
        if id == bulwark_lzma_filter_lzma2() {
            guard props.count == 1, props[0] <= 40 else { return nil }
            let d = props[0]
            return d == 40 ? 0xFFFF_FFFF : UInt64(2 | (d & 1)) << (UInt64(d / 2) + 11)
        }
        return 0
    }

    // MARK: - Decoding a folder

    /// Decodes a folder's output (at most `limits.maxOutput` bytes). Never throws: a corrupt or truncated
    /// folder returns what was decoded before the stop, because files before the break are complete.
    public static func decode(_ folder: SevenZipFolder, from source: any ByteSource, limits: StreamDecompressor.Limits) -> StreamDecompressor.Result {
        func result(_ out: [UInt8], _ consumed: Int, _ stop: StreamDecompressor.Stop?) -> StreamDecompressor.Result {
            StreamDecompressor.Result(output: out, consumed: consumed, streams: stop == nil ? 1 : 0, trailingBytes: 0,
                                      stopOffset: stop == nil ? nil : folder.packOffset + consumed, stop: stop)
        }
        if let why = folder.unsupported { return result([], 0, .corrupt(why)) }
        let packed = SliceBytes(source, start: folder.packOffset, count: folder.packSize)
        let declared = folder.unpackSize
        let target = Int(min(declared, UInt64(limits.maxOutput)))
        switch folder.engine {
        case .bzip2: return decodeBZip2(folder, packed, target: target, limits: limits)
        case .deflate: return decodeDeflate(folder, packed, target: target, limits: limits)
        case .liblzma: break
        }
        var out: [UInt8] = []
        func reserve(_ n: Int) -> Bool {
            guard n > out.capacity else { return true }
            let cap = min(max(n, out.capacity * 2, 1 << 16), target)
            if let lease = limits.lease, !lease.grow(toTotal: cap) { return false }
            out.reserveCapacity(cap)
            return true
        }
        if folder.chain.isEmpty {
            // Stored: the packed bytes are the output.
            var offset = 0
            while out.count < target {
                guard let chunk = try? packed.read(offset: offset, length: min(limits.inputChunk, target - out.count)), !chunk.isEmpty else {
                    return result(out, offset, .truncated)
                }
                guard reserve(out.count + chunk.count) else { return result(out, offset, .budgetLimit) }
                out += chunk
                offset += chunk.count
            }
            return result(out, offset, UInt64(target) < declared ? .outputLimit : nil)
        }
        // The dictionary never needs to exceed the output; a larger declared one is capped to it.
        var dict: UInt64 = 0
        for f in folder.chain {
            guard let d = dictionarySize(f.id, f.props) else { return result([], 0, .corrupt("malformed coder properties")) }
            dict = max(dict, d)
        }
        let needed = min(dict, max(declared, 4096))
        if needed > limits.maxMemory { return result([], 0, .memoryLimit(needed)) }
        let strm = UnsafeMutablePointer<lzma_stream>.allocate(capacity: 1)
        strm.initialize(to: lzma_stream())
        defer { lzma_end(strm); strm.deinitialize(count: 1); strm.deallocate() }
        let ids = folder.chain.map(\.id), props = folder.chain.flatMap(\.props), sizes = folder.chain.map { $0.props.count }
        let r = bulwark_raw_decoder(strm, ids, props, sizes, ids.count, UInt32(clamping: needed), declared)
        guard r == LZMA_OK else { return result([], 0, r == LZMA_MEM_ERROR ? .memoryLimit(needed) : .corrupt("the coder properties are invalid (\(folder.method))")) }
        var buffer = [UInt8](repeating: 0, count: 256 << 10)
        var chunk: [UInt8] = [], chunkPos = 0, consumed = 0, idle = 0
        while out.count < target {
            if chunkPos >= chunk.count, consumed < packed.count {
                chunk = (try? packed.read(offset: consumed, length: limits.inputChunk)) ?? []
                chunkPos = 0
            }
            let finish = consumed + (chunk.count - chunkPos) >= packed.count
            let room = min(buffer.count, target - out.count)
            let (status, used, made) = chunk.withUnsafeBufferPointer { ib in
                buffer.withUnsafeMutableBufferPointer { ob -> (lzma_ret, Int, Int) in
                    let avail = ib.count - chunkPos
                    strm.pointee.next_in = avail > 0 ? ib.baseAddress! + chunkPos : nil
                    strm.pointee.avail_in = max(0, avail)
                    strm.pointee.next_out = ob.baseAddress
                    strm.pointee.avail_out = room
                    let s = lzma_code(strm, finish ? LZMA_FINISH : LZMA_RUN)
                    let used = max(0, avail) - strm.pointee.avail_in, made = room - strm.pointee.avail_out
                    strm.pointee.next_in = nil
                    strm.pointee.next_out = nil
                    return (s, used, made)
                }
            }
            chunkPos += used
            consumed += used
            if made > 0 {
                guard reserve(out.count + made) else { return result(out, consumed, .budgetLimit) }
                out += buffer[..<made]
            }
            if out.count > limits.ratioFloor, out.count / max(1, consumed) > limits.maxRatio { return result(out, consumed, .ratioLimit) }
            switch status {
            case LZMA_OK, LZMA_BUF_ERROR:
                if used == 0, made == 0 {
                    idle += 1
                    if finish || idle > 4 { return result(out, consumed, finish ? .truncated : .corrupt("the decoder made no progress")) }
                } else {
                    idle = 0
                }
            case LZMA_STREAM_END:
                if out.count < target {
                    return result(out, consumed, .corrupt("the \(folder.method) data ends after \(out.count) of \(declared) bytes"))
                }
            case LZMA_MEM_ERROR, LZMA_MEMLIMIT_ERROR: return result(out, consumed, .memoryLimit(needed))
            default: return result(out, consumed, .corrupt("corrupt \(folder.method) data"))
            }
        }
        return result(out, consumed, UInt64(target) < declared ? .outputLimit : nil)
    }

    /// A BZip2 folder: one or more concatenated bzip2 streams (7-Zip's multithreaded encoder writes several),
    /// decoded by `StreamDecompressor` with the folder's output as the cap.
    static func decodeBZip2(_ folder: SevenZipFolder, _ packed: SliceBytes, target: Int, limits: StreamDecompressor.Limits) -> StreamDecompressor.Result {
        var l = limits
        l.maxOutput = target
        let r = StreamDecompressor.decompress(.bzip2, packed, limits: l)
        var stop = r.stop
        let declared = folder.unpackSize
        if stop == .outputLimit, UInt64(target) == declared {
            stop = nil  // data past the declared size belongs to no file
        } else if stop == nil, UInt64(r.output.count) < declared {
            stop = .corrupt("the \(folder.method) data ends after \(r.output.count) of \(declared) bytes")
        } else if stop == nil, UInt64(target) < declared {
            stop = .outputLimit
        }
        let at = r.stopOffset ?? r.consumed
        return StreamDecompressor.Result(output: r.output, consumed: r.consumed, streams: stop == nil ? 1 : 0, trailingBytes: 0,
                                         stopOffset: stop == nil ? nil : folder.packOffset + at, stop: stop)
    }

    /// A Deflate folder: raw DEFLATE (no zlib or gzip wrapper) through the system zlib, read in chunks of the
    /// packed stream, with the output grown under the lease and checked against the ratio limit.
    static func decodeDeflate(_ folder: SevenZipFolder, _ packed: SliceBytes, target: Int, limits: StreamDecompressor.Limits) -> StreamDecompressor.Result {
        var out: [UInt8] = []
        func result(_ consumed: Int, _ stop: StreamDecompressor.Stop?) -> StreamDecompressor.Result {
            StreamDecompressor.Result(output: out, consumed: consumed, streams: stop == nil ? 1 : 0, trailingBytes: 0,
                                      stopOffset: stop == nil ? nil : folder.packOffset + consumed, stop: stop)
        }
        let declared = folder.unpackSize
        var strm = z_stream()
        guard inflateInit2_(&strm, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return result(0, .memoryLimit(64 << 10))
        }
        defer { inflateEnd(&strm) }
        var buffer = [UInt8](repeating: 0, count: min(256 << 10, max(target, 1)))
        var chunk: [UInt8] = [], chunkPos = 0, consumed = 0, idle = 0
        while out.count < target {
            if chunkPos >= chunk.count, consumed < packed.count {
                chunk = (try? packed.read(offset: consumed, length: min(limits.inputChunk, 1 << 30))) ?? []
                chunkPos = 0
            }
            let room = min(buffer.count, target - out.count)
            let (status, used, made) = chunk.withUnsafeBufferPointer { ib in
                buffer.withUnsafeMutableBufferPointer { ob -> (Int32, Int, Int) in
                    let avail = ib.count - chunkPos
                    strm.next_in = avail > 0 ? UnsafeMutablePointer(mutating: ib.baseAddress! + chunkPos) : nil
                    strm.avail_in = UInt32(max(0, avail))
                    strm.next_out = ob.baseAddress
                    strm.avail_out = UInt32(room)
                    let s = CZlib.inflate(&strm, Z_NO_FLUSH)
                    let used = max(0, avail) - Int(strm.avail_in), made = room - Int(strm.avail_out)
                    strm.next_in = nil
                    strm.next_out = nil
                    return (s, used, made)
                }
            }
            chunkPos += used
            consumed += used
            if made > 0 {
                if out.count + made > out.capacity {
                    let cap = min(max(out.count + made, out.capacity * 2, 1 << 16), target)
                    if let lease = limits.lease, !lease.grow(toTotal: cap) { return result(consumed, .budgetLimit) }
                    out.reserveCapacity(cap)
                }
                out += buffer[..<made]
            }
            if out.count > limits.ratioFloor, out.count / max(1, consumed) > limits.maxRatio { return result(consumed, .ratioLimit) }
            switch status {
            case Z_OK, Z_BUF_ERROR:
                if used == 0, made == 0 {
                    idle += 1
                    let exhausted = chunkPos >= chunk.count && consumed >= packed.count
                    if exhausted || idle > 4 { return result(consumed, exhausted ? .truncated : .corrupt("the decoder made no progress")) }
                } else {
                    idle = 0
                }
            case Z_STREAM_END:
                if out.count < target {
                    return result(consumed, .corrupt("the \(folder.method) data ends after \(out.count) of \(declared) bytes"))
                }
            case Z_MEM_ERROR:
                return result(consumed, .memoryLimit(64 << 10))
            default:
                let why = strm.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                return result(consumed, .corrupt("corrupt \(folder.method) data (\(why))"))
            }
        }
        return result(consumed, UInt64(target) < declared ? .outputLimit : nil)
    }

    // MARK: - Bytes

    static func le32(_ b: some Collection<UInt8>, _ at: Int) -> UInt32 {
        let a = Array(b)
        var v: UInt32 = 0
        for i in 0..<4 where at + i < a.count { v |= UInt32(a[at + i]) << (8 * UInt32(i)) }
        return v
    }

    static func le64(_ a: [UInt8], _ at: Int) -> UInt64 {
        var v: UInt64 = 0
        for i in 0..<8 where at + i < a.count { v |= UInt64(a[at + i]) << (8 * UInt64(i)) }
        return v
    }

    /// A bounded reader over header bytes; every read past `end` throws.
    struct Cursor {
        let b: [UInt8]
        var p: Int
        let end: Int

        init(_ b: [UInt8]) { self.init(b, from: 0, to: b.count) }
        init(_ b: [UInt8], from: Int, to: Int) {
            self.b = b
            self.p = from
            self.end = min(to, b.count)
        }

        var remaining: Int { max(0, end - p) }

        mutating func byte() throws -> UInt8 {
            guard p < end else { throw Failure("the header ends early") }
            defer { p += 1 }
            return b[p]
        }

        mutating func bytes(_ n: Int) throws -> [UInt8] {
            guard n >= 0, n <= remaining else { throw Failure("the header ends early") }
            defer { p += n }
            return Array(b[p..<(p + n)])
        }

        mutating func skip(_ n: UInt64) throws {
            guard n <= UInt64(remaining) else { throw Failure("the header ends early") }
            p += Int(n)
        }

        /// 7z's variable-length number: leading one bits of the first byte count the extra bytes.
        mutating func number() throws -> UInt64 {
            let first = try byte()
            var mask: UInt8 = 0x80
            var value: UInt64 = 0
            for i in 0..<8 {
                if first & mask == 0 {
                    return value | (UInt64(first & (mask &- 1)) << (8 * UInt64(i)))
                }
                value |= UInt64(try byte()) << (8 * UInt64(i))
                mask >>= 1
            }
            return value
        }

        mutating func count(_ what: String, max: Int) throws -> Int {
            let v = try number()
            guard v <= UInt64(Swift.max(0, max)) else { throw Failure("\(v) \(what), above the limit of \(max)") }
            return Int(v)
        }

        mutating func uint16() throws -> UInt16 {
            let a = try bytes(2)
            return UInt16(a[0]) | UInt16(a[1]) << 8
        }

        mutating func uint32() throws -> UInt32 { le32(try bytes(4), 0) }

        /// `n` bits, most significant first.
        mutating func bits(_ n: Int) throws -> [Bool] {
            guard n >= 0, (n + 7) / 8 <= remaining else { throw Failure("the header ends early") }
            var out: [Bool] = []
            out.reserveCapacity(n)
            var current: UInt8 = 0
            for i in 0..<n {
                if i % 8 == 0 { current = try byte() }
                out.append(current & (0x80 >> UInt8(i % 8)) != 0)
            }
            return out
        }

        mutating func digests(_ n: Int) throws -> [UInt32?] {
            let all = try byte()
            let defined = all != 0 ? Array(repeating: true, count: n) : try bits(n)
            return try defined.map { $0 ? try uint32() : nil }
        }
    }
}
