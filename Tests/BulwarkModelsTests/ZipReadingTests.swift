import BulwarkCore
@testable import BulwarkFormats
@testable import BulwarkModels
import Testing

/// Zips read the way the loaders read them (session 10, R6 rows Z2, Z3, K1): torch's miniz takes the zip64
/// end record where the locator points, Python's zipfile takes the one right before the locator; both ignore
/// symbolic-link attributes; Python's zipfile cuts a member name at its first NUL. Built as bytes.
@Suite("zip readings of torch's miniz and Python's zipfile (R6)")
struct ZipReadingTests {
    static func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }

    /// Stored local headers (written at `base`) and their central records.
    static func pieces(_ members: [(String, [UInt8])], base: Int) -> (locals: [UInt8], central: [UInt8]) {
        var locals: [UInt8] = [], central: [UInt8] = []
        for (name, data) in members {
            let n = Array(name.utf8), crc = UInt64(CRC32.checksum(data)), size = UInt64(data.count)
            let offset = UInt64(base + locals.count)
            locals += le(0x0403_4B50, 4) + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(crc, 4) + le(size, 4) + le(size, 4)
            locals += le(UInt64(n.count), 2) + le(0, 2) + n + data
            central += le(0x0201_4B50, 4) + le(0x031E, 2) + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(crc, 4)
            central += le(size, 4) + le(size, 4) + le(UInt64(n.count), 2) + le(0, 8) + le(0o100644 << 16, 4) + le(offset, 4) + n
        }
        return (locals, central)
    }

    static func zip64Record(count: Int, size: Int, offset: Int) -> [UInt8] {
        le(0x0606_4B50, 4) + le(44, 8) + le(0x031E, 2) + le(45, 2) + le(0, 8) + le(UInt64(count), 8) + le(UInt64(count), 8)
            + le(UInt64(size), 8) + le(UInt64(offset), 8)
    }
    static func locator(_ record: Int) -> [UInt8] { le(0x0706_4B50, 4) + le(0, 4) + le(UInt64(record), 8) + le(1, 4) }
    static func end(count: Int, size: Int, offset: Int) -> [UInt8] {
        le(0x0605_4B50, 4) + le(0, 4) + le(UInt64(count), 2) + le(UInt64(count), 2) + le(UInt64(size), 4) + le(UInt64(offset), 4) + le(0, 2)
    }

    static func torchMembers(_ pickle: [UInt8]) -> [(String, [UInt8])] {
        [("archive/data.pkl", pickle), ("archive/byteorder", Array("little".utf8)), ("archive/data/0", [UInt8](repeating: 0x3F, count: 16)),
         ("archive/version", Array("3\n".utf8))]
    }

    /// What torch.save writes: zip64 record and locator right before the end record, 32-bit fields still valid.
    static func torchZip64(_ pickle: [UInt8]) -> [UInt8] {
        let m = torchMembers(pickle)
        let (l, c) = pieces(m, base: 0)
        let rec = l.count + c.count
        var out: [UInt8] = l + c
        out += zip64Record(count: m.count, size: c.count, offset: l.count)
        out += locator(rec)
        out += end(count: m.count, size: c.count, offset: l.count)
        return out
    }

    @Test func zip64LocatorPointingAtAnotherDirectory() throws {
        let evil = Self.torchMembers(PickleBuilder.call("os", "system", ["id"])), good = Self.torchMembers(PickleBuilder.torchStateDict())
        let (la, cda) = Self.pieces(evil, base: 0)
        let (lb, cdb) = Self.pieces(good, base: la.count)
        let cdaOff = la.count + lb.count, recA = cdaOff + cda.count
        let recA64 = Self.zip64Record(count: evil.count, size: cda.count, offset: cdaOff)
        let cdbOff = recA + recA64.count
        var z: [UInt8] = la + lb
        z += cda + recA64 + cdb
        z += Self.zip64Record(count: good.count, size: cdb.count, offset: cdbOff)
        z += Self.locator(recA)
        z += Self.end(count: good.count, size: cdb.count, offset: cdbOff)
        let a = try ZipReader.read(MemoryBytes(z))
        #expect(a.alternateReadings.count == 1)
        #expect(a.anomalies.contains { $0.kind == ZipAnomaly.Kind.conflictingDirectories })
        let f = scanModel(z, path: "models/z2.pt")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical && $0.location.archiveMember == "archive/data.pkl" })
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("central directories") })
        // What torch.save writes reads the same everywhere: one directory, nothing to report.
        let real = Self.torchZip64(PickleBuilder.torchStateDict())
        let r = try ZipReader.read(MemoryBytes(real))
        #expect(r.alternateReadings.isEmpty && r.anomalies.isEmpty && r.entries.count == 4)
        #expect(serious(scanModel(real, path: "models/real.pt")).isEmpty)
        #expect(serious(scanModel(ZipBuilder.torchCheckpoint(pickle: PickleBuilder.torchStateDict()), path: "models/plain.pt")).isEmpty)
    }

    @Test func symlinkAttributesDoNotHideTheMember() {
        var z = ZipBuilder()
        z.add(ZipBuilder.Entry(name: "archive/data.pkl", data: PickleBuilder.call("os", "system", ["id"]), unixMode: 0o120777))
        z.add("archive/version", Array("3\n".utf8))
        let f = scanModel(z.build(), path: "models/z3.pt")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
        #expect(f.contains { $0.ruleID == "archive-path-traversal" })
        // A real link (its content is the target path) is the link finding only.
        var l = ZipBuilder()
        l.add(ZipBuilder.Entry(name: "weights/link.bin", data: Array("../shared/weights.bin".utf8), unixMode: 0o120777))
        #expect(!scanModel(l.build(), path: "models/link.zip").contains { $0.ruleID.hasPrefix("pickle-") })
    }

    @Test func nulInMemberNamesIsCutLikePython() throws {
        var z = ZipBuilder()
        z.add("config.json\u{0}x", Array(FormatBuilders.kerasLambdaConfig.utf8))
        z.add("metadata.json\u{0}x", Array(#"{"keras_version": "3.15.1"}"#.utf8))
        let a = try ZipReader.read(MemoryBytes(z.build()))
        #expect(a.entries.map(\.name) == ["config.json", "metadata.json"])
        #expect(a.anomalies.contains { $0.kind == ZipAnomaly.Kind.nulInName })
        #expect(!a.anomalies.contains { $0.kind == ZipAnomaly.Kind.nameMismatch })
        let f = scanModel(z.build(), path: "models/k1.keras")
        #expect(f.contains { $0.ruleID == "keras-lambda-layer" })
        #expect(f.contains { $0.ruleID == "archive-zip-tampering" && $0.message.contains("NUL") })
        // Ordinary names: no NUL anomaly.
        var ok = ZipBuilder()
        ok.add("config.json", Array(FormatBuilders.kerasDenseConfig.utf8))
        #expect(try ZipReader.read(MemoryBytes(ok.build())).anomalies.isEmpty)
    }

    @Test func centralDirectoryAboveTheLimitIsReadInWindows() throws {
        // 140 padding records with 65,535-byte comments (9 MiB of directory) before the real record: miniz reads
        // any size; above the in-memory limit the directory is read window by window, never whole.
        let payload = PickleBuilder.call("os", "system", ["id"])
        let (l, c) = Self.pieces([("archive/data.pkl", payload)], base: 0)
        var cd: [UInt8] = []
        for i in 0..<140 {
            let (_, pad) = Self.pieces([("archive/pad/\(i)", payload)], base: 0)
            var rec = pad
            rec[32] = 0xFF; rec[33] = 0xFF   // comment length
            cd += rec + [UInt8](repeating: 0x20, count: 65_535)
        }
        cd += c
        var z: [UInt8] = l + cd
        z += Self.end(count: 141, size: cd.count, offset: l.count)
        for limit in [1 << 20, 256 << 20] {
            let a = try ZipReader.read(MemoryBytes(z), maxCentralDirectory: limit)
            #expect(a.entries.count == 141 && a.entries.last?.name == "archive/data.pkl" && a.entries.last?.dataOffset != nil, "limit \(limit)")
        }
    }
}
