import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// Wraps bytes in a zlib stream made of stored deflate blocks (valid for any reader).
func zlibStored(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x78, 0x01]
    var i = 0
    repeat {
        let n = min(65535, data.count - i)
        let final: UInt8 = i + n >= data.count ? 1 : 0
        out += [final, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
        out += data[i..<(i + n)]
        i += n
    } while i < data.count
    var a: UInt32 = 1, b: UInt32 = 0
    for c in data { a = (a + UInt32(c)) % 65521; b = (b + a) % 65521 }
    let adler = b << 16 | a
    return out + [UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF)]
}

func gzipStored(_ data: [UInt8]) -> [UInt8] {
    let z = zlibStored(data)
    let deflate = Array(z[2..<(z.count - 4)])
    let crc = CRC32.checksum(data)
    func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * UInt32($0))) } }
    return [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + deflate + le32(crc) + le32(UInt32(data.count))
}

func hexBytes(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    var it = s.makeIterator()
    while let a = it.next(), let b = it.next() { out.append(UInt8(String([a, b]), radix: 16) ?? 0) }
    return out
}

@Suite("containers")
struct ContainerTests {
    @Test func inflateDynamicHuffmanMatchesZlib() throws {
        // zlib.compress(b'hello model world ' * 50 + bytes(range(256)), 9) from CPython's zlib module.
        let c = hexBytes("78dacb48cdc9c957c8cd4f49cd5128cf2fca4951c8181519151915a1a308032313330b2b1b3b072717370f2f1fbf80a090b088a898b884a494b48cac9cbc82a292b28aaa9aba86a696b68eae9ebe81a191b189a999b985a595b58dad9dbd83a393b38bab9bbb87a797b78faf9f7f4060507048685878446454744c6c5c7c426252724a6a5a7a466656764e6e5e7e4161517149695979456555754d6d5d7d436353734b6b5b7b476757774f6f5fff848993264f993a6dfa8c99b366cf993b6ffe82858b162f59ba6cf98a95ab56af59bb6efd868d9b366fd9ba6dfb8e9dbb76efd9bb6fff8183870e1f397aecf88993a74e9f397beefc858b972e5fb97aedfa8d9bb76edfb97beffe83878f1e3f79faecf98b97af5ebf79fbeefd878f9f3e7ff9faedfb8f9fbf7efff9fbef3f0072eecd5a")
        let expected = Array(String(repeating: "hello model world ", count: 50).utf8) + (0...255).map { UInt8($0) }
        let r = try Inflate.zlib(c, maxOutput: 1 << 20)
        #expect(r.output == expected)
        #expect(throws: Inflate.Failure.self) { try Inflate.zlib(c, maxOutput: 100) }
    }

    @Test func torchZipStateDictIsClean() {
        let f = scanModel(ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict), path: "models/model.pt")
        #expect(serious(f).isEmpty, "\(f.map(\.message))")
    }

    @Test func torchZipPayloadInDataPkl() {
        let f = scanModel(ZipBuilder.torchCheckpoint(pickle: PickleExamples.osSystem), path: "models/model.pt")
        let call = f.first { $0.ruleID == "pickle-dangerous-call" }
        #expect(call?.location.archiveMember == "archive/data.pkl")
    }

    @Test func zipWithPickleNotNamedDataPkl() {
        let f = scanModel(ZipBuilder.torchCheckpoint(pickle: PickleExamples.osSystem, folder: "weights/inner", pickleName: "extra_state"),
                          path: "models/model.safetensors")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.location.archiveMember == "weights/inner/extra_state" })
    }

    @Test func zipCrcTrick() {
        let f = scanModel(ArchiveZipTamperingRule.crcTrick, path: "m.pt")
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("CRC") })
    }

    @Test func zipNameMismatchAndDuplicates() {
        var z = ZipBuilder()
        z.add(.init(name: "archive/data.pkl", data: PickleExamples.stateDict, localName: "archive/other.pkl"))
        z.add("archive/data.pkl", PickleExamples.osSystem)
        let f = scanModel(z.build(), path: "m.pt")
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("name mismatch") })
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("duplicate") })
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func zipPrependedData() {
        var z = ZipBuilder()
        z.prefix = Array("MZ this is a stub".utf8)
        z.add("archive/data.pkl", PickleExamples.osSystem)
        let bytes = z.build()
        let f = scanModel(bytes, path: "m.pt")
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("prepended") })
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func pickleZipPolyglot() {
        let zip = ZipBuilder.torchCheckpoint(pickle: PickleExamples.osSystem)
        let f = scanModel(PickleExamples.stateDict + zip, path: "m.pt")
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("Polyglot") })
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func encryptedAndUnsupportedMembers() {
        var z = ZipBuilder()
        // Really encrypted (ZipCrypto bytes look random): cannot be scanned, medium, not tampering.
        z.add(.init(name: "archive/data.pkl", data: [0x9A, 0x13, 0xF7, 0x42, 0x08, 0xC1, 0x6E, 0xD5, 0x31, 0xB0, 0x7C, 0x25, 0xE9, 0x54], flags: 1))
        z.add(.init(name: "archive/x.pkl", data: [1, 2, 3], method: 14))
        z.add(.init(name: "archive/y.pkl", data: [1, 2, 3], method: 98))
        let f = scanModel(z.build(), path: "m.pt")
        #expect(f.contains { $0.ruleID == "archive-unscannable-payload" && $0.message.contains("encrypted") && $0.severity == .medium })
        #expect(!f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("encrypted") })
        #expect(f.contains { $0.ruleID == "archive-unscannable-payload" && $0.message.contains("PPMd") && $0.severity == .medium })
        // LZMA members are decoded now; a broken one is reported, never skipped.
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("x.pkl") && $0.message.contains("LZMA") })
    }

    @Test func sevenZipArchive() {
        let f = scanModel([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4] + [UInt8](repeating: 1, count: 40), path: "x.bin")
        #expect(f.contains { $0.ruleID == "archive-unscannable-payload" && $0.message.contains("7z") && $0.severity == .medium })
        #expect(!f.contains { $0.ruleID == "archive-zip-tampering" })
    }

    @Test func encryptionFlagOnAPlainPickleIsScanned() {
        var z = ZipBuilder()
        z.add(.init(name: "archive/data.pkl", data: PickleExamples.osSystem, flags: 1))
        let f = scanModel(z.build(), path: "m.pt")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" || $0.ruleID == "pickle-dangerous-global" })
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("flagged as encrypted") })
    }

    @Test func torchStyleZip64IsNotTampered() {
        // Central directory, zip64 end record (56 bytes) and locator (20) before the classic end record.
        func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }
        let plain = ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict)
        let eocd = plain.count - 22
        let cdSize = Int(plain[eocd + 12]) | Int(plain[eocd + 13]) << 8 | Int(plain[eocd + 14]) << 16
        let cdOffset = Int(plain[eocd + 16]) | Int(plain[eocd + 17]) << 8 | Int(plain[eocd + 18]) << 16
        let entries = UInt64(plain[eocd + 10])
        var z64 = le(0x0606_4B50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 8) + le(entries, 8) + le(entries, 8)
        z64 += le(UInt64(cdSize), 8) + le(UInt64(cdOffset), 8)
        z64 += le(0x0706_4B50, 4) + le(0, 4) + le(UInt64(eocd), 8) + le(1, 4)
        let bytes = Array(plain[..<eocd]) + z64 + Array(plain[eocd...])
        let f = scanModel(bytes, path: "m.pt")
        #expect(serious(f).isEmpty, "\(f.map(\.message))")
    }

    @Test func pathTraversalAndSymlinks() {
        let f = scanModel(ArchivePathTraversalRule.traversal, path: "bundle.zip")
        let t = f.filter { $0.ruleID == "archive-path-traversal" }
        #expect(t.count == 2)
    }

    @Test func npyObjectArray() {
        let f = scanModel(NumpyObjectArrayRule.npy(descr: "|O", body: PickleExamples.osSystem), path: "a.npy")
        #expect(ids(f).isSuperset(of: ["numpy-object-array", "pickle-dangerous-call"]))
        let clean = scanModel(NumpyObjectArrayRule.npy(descr: "<f8", body: [UInt8](repeating: 0, count: 8)), path: "a.npy")
        #expect(clean.isEmpty)
    }

    @Test func npzWithObjectMember() {
        var z = ZipBuilder()
        z.add("a.npy", NumpyObjectArrayRule.npy(descr: "<f4", body: [0, 0, 0, 0]))
        z.add("b.npy", NumpyObjectArrayRule.npy(descr: "[('x', '<f4'), ('y', '|O')]", body: PickleExamples.osSystem))
        let f = scanModel(z.build(), path: "arrays.npz")
        #expect(f.contains { $0.ruleID == "numpy-object-array" && $0.location.archiveMember == "b.npy" })
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func joblibZlibCompressed() {
        let f = scanModel(zlibStored(PickleExamples.osSystem), path: "model.joblib")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" })
        #expect(serious(scanModel(zlibStored(PickleExamples.stateDict), path: "model.joblib")).isEmpty)
    }

    @Test func joblibGzipCompressed() {
        let f = scanModel(gzipStored(PickleExamples.osSystem), path: "model.pkl.gz")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func nestedZipInZip() {
        let inner = ZipBuilder.torchCheckpoint(pickle: PickleExamples.osSystem)
        var outer = ZipBuilder()
        outer.add("bundle/model.pt", inner)
        let f = scanModel(outer.build(), path: "bundle.zip")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.location.archiveMember == "bundle/model.pt/archive/data.pkl" })
    }

    @Test func nestingDepthLimitIsIncomplete() {
        var bytes = ZipBuilder.torchCheckpoint(pickle: PickleExamples.osSystem)
        for _ in 0..<6 {
            var z = ZipBuilder()
            z.add("inner.zip", bytes)
            bytes = z.build()
        }
        let f = scanModel(bytes, path: "deep.zip")
        #expect(f.contains { $0.ruleID == "model-scan-incomplete" })
    }

    @Test func legacyTorchTar() {
        var tar: [UInt8] = []
        func add(_ name: String, _ data: [UInt8]) {
            var h = [UInt8](repeating: 0, count: 512)
            for (i, c) in name.utf8.enumerated() { h[i] = c }
            let size = Array(String(data.count, radix: 8).utf8)
            let sizeField = [UInt8](repeating: 0x30, count: 11 - size.count) + size
            for (i, c) in sizeField.enumerated() { h[124 + i] = c }
            h[156] = 0x30
            for (i, c) in "ustar".utf8.enumerated() { h[257 + i] = c }
            tar += h + data + [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
        }
        var sys = PickleBuilder(protocol: 2)
        sys.op(.emptyDict)
        add("sys_info", sys.finished())
        add("pickle", PickleExamples.osSystem)
        var count = PickleBuilder(protocol: 2)
        count.int(0)
        add("storages", count.finished() + [1, 2, 3])
        tar += [UInt8](repeating: 0, count: 1024)
        let f = scanModel(tar, path: "old.tar")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.location.archiveMember == "pickle" })
        #expect(!f.contains { $0.ruleID == "pickle-malformed-stream" })
    }
}

@Suite("real library output")
struct RealSampleTests {
    @Test func joblibFilesFromScikitLearnAreClean() {
        for (name, bytes) in [("logreg.joblib", RealSamples.logregJoblib), ("logreg_z3.joblib", RealSamples.logregJoblibZlib),
                              ("forest.joblib", RealSamples.forestJoblib)] {
            let f = scanModel(bytes, path: name)
            #expect(serious(f).isEmpty, "\(name): \(f.map(\.message))")
        }
        #expect(PickleMachine.analyze(RealSamples.forestJoblib).inlineArrays > 0)
    }
}

@Suite("sniffing by content")
struct SniffTests {
    @Test func textThatLooksLikeProtocolZeroIsNotAPickle() {
        for text in ["cat is nice.", "(see the notes).", "Some text that ends with a dot.", "Note: done.", "] end."] {
            #expect(scanModel(Array(text.utf8), path: "notes.txt").isEmpty, "\(text)")
        }
    }

    @Test func protocolZeroPicklesAreStillFound() {
        let p0 = Array("cos\nsystem\n(S'true'\ntR.".utf8)
        #expect(scanModel(p0, path: "x.dat").contains { $0.ruleID == "pickle-dangerous-call" })
        let p0inst = Array("(S'true'\nios\nsystem\n.".utf8)
        #expect(scanModel(p0inst, path: "x.dat").contains { $0.ruleID == "pickle-dangerous-call" })
    }
}

@Test func tensorDataMemberNames() {
    for name in ["archive/data/0", "data/12", "model/archive/data/123", "a/b/data/7"] {
        #expect(ModelInspector.isTensorDataMember(name), "\(name)")
    }
    for name in ["archive/data.pkl", "archive/data/", "archive/mydata/0", "archive/data/0a", "data", "0", "archive/xdata/1", "archive/data/x/1"] {
        #expect(!ModelInspector.isTensorDataMember(name), "\(name)")
    }
}

@Test func zipTraversalNames() {
    for name in ["../evil", "a/../../b", "a\\..\\b", "/etc/passwd", "\\x", "C:/x", "..", "a/.."] {
        #expect(ZipReader.isTraversal(name), "\(name)")
    }
    for name in ["a/b", "a/..b/c", "a/b../c", "...", "a/.../b", "archive/data.pkl", ".hidden/x", ""] {
        #expect(!ZipReader.isTraversal(name), "\(name)")
    }
}

@Test func crc32SlicingMatchesBytewise() {
    // Known vector, then random lengths around the 8-byte step against the one-byte-at-a-time path.
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    var x: UInt64 = 0x9E37_79B9_7F4A_7C15
    for n in [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 4099] {
        var data: [UInt8] = []
        for _ in 0..<n { x ^= x << 13; x ^= x >> 7; x ^= x << 17; data.append(UInt8(truncatingIfNeeded: x)) }
        var bytewise = CRC32()
        bytewise.update(data[...])
        #expect(CRC32.checksum(data) == bytewise.checksum, "length \(n)")
        var split = CRC32()
        split.update(Array(data.prefix(n / 3)))
        split.update(Array(data.dropFirst(n / 3)))
        #expect(split.checksum == bytewise.checksum, "split \(n)")
    }
}
