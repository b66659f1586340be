import BulwarkCore
@testable import BulwarkFormats
@testable import BulwarkModels
import Testing

/// Files a loader reads as a pickle although they look like something else, or hide their import past the
/// sniffer's head (session 10, R6 rows P1-P3, T1-T4, S1, B1). Loaders decide by trying: `torch.load` takes a
/// zip, then a tar Python's `tarfile` accepts, then unpickles the file; `pickle.load` runs any bytes that
/// decode. Built as bytes; nothing is loaded.
@Suite("loader fallbacks: pickle readings and Python's tarfile (R6)")
struct LoaderFallbackTests {
    static func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }
    /// POP, then `os.system("id")` in protocol 0, STOP and a newline `pickle.load` never reads.
    static let tail = Array("0cos\nsystem\n(Vid\ntR.\n".utf8)
    static let pad = [UInt8](repeating: 0x41, count: 600)

    func critical(_ f: [Finding]) -> Bool { f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical } }

    // MARK: - Imports past the head (P1-P3)

    @Test func longProtocol0LineBeforeTheImport() {
        let evil = [0x56] + Self.pad + [0x0A] + Self.tail
        #expect(critical(scanModel(evil, path: "models/p1.pkl")))
        // Any name: the call is enough.
        #expect(critical(scanModel(evil, path: "models/p1.dat")))
        // The same opening with no import, and a text file with a long first line, are nothing.
        #expect(scanModel([0x56] + Self.pad + [0x0A] + Array("0N.".utf8), path: "models/p1.pkl").isEmpty)
        #expect(scanModel(Array("Very long line ".utf8) + Self.pad + Array("\nand more text\nos.system(x)\n".utf8), path: "notes/readme.txt").isEmpty)
    }

    @Test func protocol1LongBinUnicodeFirst() {
        let evil: [UInt8] = [0x80, 0x01, 0x58] + Self.le(600, 4) + Self.pad + Self.tail
        #expect(critical(scanModel(evil, path: "models/p2.pt")))
        // A BINUNICODE length past the end of the file: the loader fails there, nothing runs or is read on.
        let dead: [UInt8] = [0x80, 0x01, 0x58] + Self.le(1 << 30, 4) + Self.pad + Self.tail
        #expect(!critical(scanModel(dead, path: "models/p2.pt")))
    }

    @Test func markThenLongLine() {
        let evil = [0x28, 0x56] + Self.pad + [0x0A, 0x31] + Self.tail.dropFirst()
        #expect(critical(scanModel(Array(evil), path: "models/p3.pkl")))
    }

    // MARK: - Other formats that are also pickles (T2, S1, B1)

    @Test func tarMagicInsideAPickle() {
        // A protocol 2 pickle under 512 bytes whose command string puts "ustar" at offset 257: no tar for
        // Python's tarfile (no full header, no checksum), so torch.load unpickles it.
        var cmd = Array("id #".utf8) + [UInt8](repeating: 0x20, count: 296)
        let start = 2 + 11 + 5   // PROTO 2, GLOBAL os\nsystem\n, BINUNICODE header
        for (i, b) in "ustar".utf8.enumerated() { cmd[257 - start + i] = b }
        let evil: [UInt8] = [0x80, 0x02] + Array("cos\nsystem\n".utf8) + [0x58] + Self.le(UInt64(cmd.count), 4) + cmd + [0x85, 0x52, 0x2E]
        #expect(Array(evil[257..<262]) == Array("ustar".utf8))
        #expect(critical(scanModel(evil, path: "models/t2.pt")))
        #expect(critical(scanModel(evil, path: "models/t2.pkl")))
    }

    /// A safetensors file whose 8-byte header length starts with `first` (then 0x01) and whose data holds a
    /// newline and float bytes: what real safetensors files look like to a pickle reader.
    static func safetensors(first: UInt8, data: [UInt8]) -> [UInt8] {
        let n = 0x100 + Int(first)
        var h = Array(#"{"__metadata__":{"format":"pt"},"w":{"dtype":"U8","shape":[\#(data.count)],"data_offsets":[0,\#(data.count)]}}"#.utf8)
        h += [UInt8](repeating: 0x20, count: n - h.count)
        return le(UInt64(n), 8) + h + data
    }

    @Test func safetensorsThatIsAlsoAPickle() {
        // UNICODE reads the length and the JSON header up to the newline that opens the data region.
        let evil = Self.safetensors(first: 0x56, data: [0x0A] + Self.tail)
        #expect(ModelSniffer.sniff(head: Array(evil.prefix(512)), lastByte: evil.last, size: evil.count, fileName: "model.bin") == .safetensors)
        let f = scanModel(evil, path: "models/model.bin")
        #expect(critical(f))
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("Polyglot") })
        // Real safetensors: header lengths that open with PROTO, UNICODE, PERSID, GLOBAL, MARK... over float
        // data (with newlines in it) never run to an import.
        var floats: [UInt8] = []
        var x: UInt32 = 12345
        for _ in 0..<4096 { x = x &* 1_103_515_245 &+ 12345; floats.append(UInt8(truncatingIfNeeded: x >> 16)) }
        for first: UInt8 in [0x80, 0x56, 0x50, 0x63, 0x69, 0x28, 0x58, 0x42, 0x8C, 0x95, 0x4B] {
            let real = Self.safetensors(first: first, data: floats)
            #expect(scanModel(real, path: "models/model.safetensors").isEmpty, "first byte \(first)")
            #expect(scanModel(real, path: "models/model.bin").isEmpty, "first byte \(first)")
        }
        #expect(scanModel(FormatBuilders.tinySafetensors, path: "models/model.safetensors").isEmpty)
    }

    @Test func bzip2LookingPickle() {
        // BINBYTES whose 4-byte length is "Zh\0\0": the file starts "BZh" like bzip2.
        let n = 0x685A  // "Zh\0\0" little-endian
        let evil: [UInt8] = Array("BZh".utf8) + [0, 0] + [UInt8](repeating: 0x41, count: n) + Self.tail
        #expect(ModelSniffer.sniff(head: Array(evil.prefix(512)), lastByte: evil.last, size: evil.count, fileName: "model.bin") == .bzip2)
        #expect(critical(scanModel(evil, path: "models/model.bin")))
        // A corrupt bzip2 stream that is no pickle stays what it was (unscannable), never a pickle finding.
        let junk: [UInt8] = Array("BZh91AY&SY".utf8) + [UInt8](repeating: 0x41, count: 200)
        #expect(!scanModel(junk, path: "models/model.bin").contains { $0.ruleID.hasPrefix("pickle-") })
    }

    // MARK: - Tar read as Python's tarfile reads it (T1, T3, T4)

    static let payload = PickleBuilder.call("os", "system", ["id"])
    static let benignInt: [UInt8] = [0x80, 0x02, 0x4B, 0x00, 0x2E]

    func stored(_ f: [Finding]) -> Bool {
        f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical && $0.location.archiveMember == "storages" }
    }

    @Test func paxSizeOverridesTheStoragesMember() {
        var t = TarBuilder()
        t.pax([("size", String(Self.payload.count))])
        t.raw(TarBuilder.header("storages", size: 0) + TarBuilder.padded(Self.payload))
        #expect(stored(scanModel(t.finished(), path: "models/t1.pt")))
        let l = TarReader.list(MemoryBytes(t.finished()))
        #expect(l.entries.map(\.name) == ["storages"] && l.entries.first?.size == Self.payload.count && l.malformed == nil)
    }

    @Test func gnuSparseStoragesMember() {
        var t = TarBuilder()
        t.sparse("storages", Self.payload)
        #expect(stored(scanModel(t.finished(), path: "models/t3.pt")))
        // A chunk placed after a hole: the extracted file starts with zeros, which no unpickler runs.
        var h = TarBuilder()
        h.sparse("storages", Self.payload, offset: 512)
        #expect(!stored(scanModel(h.finished(), path: "models/t3.pt")))
        let l = TarReader.list(MemoryBytes(h.finished()))
        // Python keeps the header's four slots, empty ones included.
        #expect(l.entries.first?.sparse?.first == TarSparseChunk(offset: 512, length: Self.payload.count) && l.entries.first?.realSize == 512 + Self.payload.count)
    }

    @Test func v7TarWithoutMagic() {
        var t = TarBuilder()
        t.add("storages", Self.payload, magic: nil)
        let tar = t.finished()
        #expect(ModelSniffer.sniff(head: Array(tar.prefix(512)), lastByte: tar.last, size: tar.count, fileName: "t4.pt") == .tar)
        #expect(stored(scanModel(tar, path: "models/t4.pt")))
    }

    @Test func legacyTorchTarsInEveryFormStayClean() {
        for magic: [UInt8]? in [Array("ustar\u{0}00".utf8), Array("ustar  \u{0}".utf8), nil] {
            var t = TarBuilder()
            t.add("sys_info", Self.benignInt, magic: magic)
            t.pax([("path", "pickle")])
            t.add("PaxHeaders/pickle", PickleBuilder.torchStateDict(), magic: magic)
            t.add("storages", Self.benignInt, magic: magic)
            t.add("tensors", Self.benignInt, magic: magic)
            let f = scanModel(t.finished(), path: "models/legacy.pt")
            #expect(serious(f).isEmpty, "\(f.map(\.message))")
        }
    }

    @Test func tarHeadersFollowPython() {
        // A folder's size field is not skipped by Python (no data blocks): the next header follows at once.
        var t = TarBuilder()
        t.raw(TarBuilder.header("dir/", size: 1024, type: 0x35))
        t.add("storages", Self.payload)
        let l = TarReader.list(MemoryBytes(t.finished()))
        #expect(l.entries.map(\.name) == ["dir", "storages"])
        // Octal fields as Python's int(text, 8) reads them; a bad checksum is noticed.
        #expect(TarReader.parseSize(ArraySlice(Array(" 0o17 \u{0}".utf8))) == 15)
        #expect(TarReader.parseSize(ArraySlice(Array("1_0\u{0}".utf8))) == 8)
        #expect(TarReader.checksumValid(TarBuilder.header("a", size: 1)))
        #expect(!TarReader.checksumValid(TarBuilder.header("a", size: 1, badChecksum: true)))
        // A pax record with broken framing stops the listing (Python: invalid header).
        var bad = TarBuilder()
        bad.raw(TarBuilder.header("././@PaxHeader", size: 12, type: 0x78) + TarBuilder.padded(Array("99 path=x\n\n\n".utf8)))
        bad.add("storages", Self.payload)
        #expect(TarReader.list(MemoryBytes(bad.finished())).malformed != nil)
    }
}

/// The records after the count in a legacy tar's `storages` and `tensors` (R6 T5, T6).
@Suite("legacy torch tar records (R6)")
struct LegacyTarRecordTests {
    @Test func pickleAfterTheCountIsRead() {
        let payload = PickleBuilder.call("os", "system", ["id"])
        for (member, count) in [("storages", UInt8(0)), ("tensors", UInt8(1))] {
            var t = TarBuilder()
            t.add("sys_info", [0x80, 0x02, 0x4B, 0x00, 0x2E])
            t.add(member, [0x80, 0x02, 0x4B, count, 0x2E] + payload)
            let f = scanModel(t.finished(), path: "models/legacy.pt")
            #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical && $0.location.archiveMember == member }, "\(member)")
        }
        // A record the loader reads after the count: (key, location, storage type) and raw bytes after it.
        var t = TarBuilder()
        var rec = PickleBuilder(protocol: 2)
        rec.string("0"); rec.string("cpu"); rec.global("torch", "FloatStorage"); rec.op(.tuple3)
        t.add("storages", [0x80, 0x02, 0x4B, 0x01, 0x2E] + rec.finished() + [4, 0, 0, 0, 0, 0, 0, 0] + [UInt8](repeating: 0x3F, count: 16))
        t.add("tensors", [0x80, 0x02, 0x4B, 0x00, 0x2E])
        t.add("pickle", PickleBuilder.torchStateDict())
        #expect(serious(scanModel(t.finished(), path: "models/legacy.pt")).isEmpty)
    }

    /// The long-literal shape inside a zlib stream (what `joblib.dump(compress=3)` writes: R6 J6) and as a tar
    /// member with no format of its own.
    @Test func longLiteralInsideContainers() {
        let evil: [UInt8] = [0x80, 0x01, 0x58] + LoaderFallbackTests.le(600, 4) + LoaderFallbackTests.pad + LoaderFallbackTests.tail
        #expect(scanModel(zlibStored(evil), path: "models/model.joblib").contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
        var t = TarBuilder()
        t.add("weights.dat", evil)
        #expect(scanModel(t.finished(), path: "models/bundle.tar").contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
        // A zlib stream broken after the payload (bad checksum): what decoded before the error is read too.
        var broken = zlibStored(evil)
        broken[broken.count - 1] ^= 0xFF
        #expect(scanModel(broken, path: "models/model.joblib").contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
        // Plain data in the same places: nothing.
        #expect(scanModel(zlibStored([0x80, 0x01, 0x58] + LoaderFallbackTests.le(600, 4) + LoaderFallbackTests.pad + [0x2E]), path: "models/model.joblib")
            .allSatisfy { !$0.ruleID.hasPrefix("pickle-") })
        var u = TarBuilder()
        u.add("notes.txt", Array("Very long line ".utf8) + LoaderFallbackTests.pad + Array("\nos.system(x)\n".utf8))
        #expect(serious(scanModel(u.finished(), path: "models/bundle.tar")).isEmpty)
    }
}
