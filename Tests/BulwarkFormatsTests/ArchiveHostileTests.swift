@testable import BulwarkFormats
import Foundation
import Testing

// Hostile archives and streams built byte by byte: the readers must stay bounded and keep what
// precedes a bad record.

/// Little-endian integer bytes.
private func le(_ v: UInt64, _ n: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }

/// One central directory record of `rawZip` (the local header it points at is given by offset).
private struct RawMember {
    var name: String
    var method: UInt16 = 0
    var compressedSize: Int
    var uncompressedSize: Int
    var localOffset: Int
}

/// A zip from local-header blobs and central records written as given (sizes, offsets: anything).
private func rawZip(locals: [UInt8], records: [RawMember]) -> [UInt8] {
    var cd: [UInt8] = []
    for r in records {
        let n = Array(r.name.utf8)
        cd += le(0x0201_4B50, 4) + le(20, 2) + le(20, 2) + le(0, 2) + le(UInt64(r.method), 2) + le(0, 4) + le(0, 4)
        cd += le(UInt64(r.compressedSize), 4) + le(UInt64(r.uncompressedSize), 4) + le(UInt64(n.count), 2) + le(0, 2) + le(0, 2)
        cd += le(0, 2) + le(0, 2) + le(0, 4) + le(UInt64(r.localOffset), 4) + n
    }
    return locals + cd + le(0x0605_4B50, 4) + le(0, 4) + le(UInt64(records.count), 2) + le(UInt64(records.count), 2)
        + le(UInt64(cd.count), 4) + le(UInt64(locals.count), 4) + le(0, 2)
}

private func localHeader(_ name: String, method: UInt16 = 0, data: [UInt8], uncompressed: Int? = nil) -> [UInt8] {
    let n = Array(name.utf8)
    return le(0x0403_4B50, 4) + le(20, 2) + le(0, 2) + le(UInt64(method), 2) + le(0, 4) + le(0, 4)
        + le(UInt64(data.count), 4) + le(UInt64(uncompressed ?? data.count), 4) + le(UInt64(n.count), 2) + le(0, 2) + n + data
}

/// A raw DEFLATE stream (one fixed-Huffman block): `prefix` as literals, then `copies` repeats of the last
/// literal 258 bytes at a time (13 bits each), then `suffix`: a bomb of `prefix + copies*258 + suffix` bytes.
func deflateRepeating(prefix: [UInt8], copies: Int, suffix: [UInt8] = []) -> [UInt8] {
    var out: [UInt8] = []
    var acc: UInt64 = 0, n = 0
    func bits(_ v: UInt64, _ count: Int) {
        acc |= v << UInt64(n); n += count
        while n >= 8 { out.append(UInt8(acc & 0xFF)); acc >>= 8; n -= 8 }
    }
    func huff(_ code: UInt64, _ len: Int) { for i in stride(from: len - 1, through: 0, by: -1) { bits((code >> UInt64(i)) & 1, 1) } }
    func literal(_ b: UInt8) { b < 144 ? huff(0x30 + UInt64(b), 8) : huff(0x190 + UInt64(b) - 144, 9) }
    bits(1, 1); bits(1, 2)  // final block, fixed Huffman codes
    for b in prefix { literal(b) }
    for _ in 0..<copies { huff(0xC5, 8); huff(0, 5) }  // length 258, distance 1
    for b in suffix { literal(b) }
    huff(0, 7)  // end of block
    if n > 0 { out.append(UInt8(acc & 0xFF)) }
    return out
}

private func tarHeader(_ name: String, size: String, type: UInt8 = 0x30) -> [UInt8] {
    var h = [UInt8](repeating: 0, count: 512)
    for (i, b) in name.utf8.prefix(100).enumerated() { h[i] = b }
    for (i, b) in "0000644".utf8.enumerated() { h[100 + i] = b }
    for (i, b) in size.utf8.prefix(12).enumerated() { h[124 + i] = b }
    h[156] = type
    for (i, b) in "ustar".utf8.enumerated() { h[257 + i] = b }
    return h
}

private func tarMember(_ name: String, _ data: [UInt8]) -> [UInt8] {
    let size = String(data.count, radix: 8)
    let field = String(repeating: "0", count: max(0, 11 - size.count)) + size
    return tarHeader(name, size: field) + data + [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
}

@Suite("hostile archives")
struct ArchiveHostileTests {
    @Test(arguments: [0, 3])
    func storedMemberDeclaringAnotherSizeIsAnAnomaly(declared: Int) throws {
        let data = Array("0123456789abcdef".utf8)
        let lh = localHeader("a.bin", data: data, uncompressed: declared)
        let z = rawZip(locals: lh, records: [RawMember(name: "a.bin", compressedSize: 16, uncompressedSize: declared, localOffset: 0)])
        let a = try ZipReader.read(MemoryBytes(z))
        #expect(a.entries.count == 1)
        #expect(a.entries[0].compressedSize == 16)
        #expect(a.anomalies.contains { $0.kind == .sizeMismatch && $0.member == "a.bin" })
    }

    @Test func overlappingMembersAreDetectedAndMarked() throws {
        let stream = deflateRepeating(prefix: [0], copies: 1_000)
        let lh = localHeader("m0", method: 8, data: stream, uncompressed: 258_001)
        let records = (0..<300).map { RawMember(name: "m\($0)", method: 8, compressedSize: stream.count, uncompressedSize: 258_001, localOffset: 0) }
        let a = try ZipReader.read(MemoryBytes(rawZip(locals: lh, records: records)))
        #expect(a.entries.count == 300)
        #expect(a.entries.filter(\.overlapsEarlier).count == 299)
        let overlaps = a.anomalies.filter { $0.kind == .overlappingData }
        #expect(overlaps.count == 1)
        #expect(overlaps.first?.message.contains("299 members") == true)
        // 299 local/central name mismatches become 8 listed plus one summary.
        #expect(a.anomalies.filter { $0.kind == .nameMismatch }.count == 9)
    }

    @Test func adjacentMembersDoNotOverlap() throws {
        let a1 = localHeader("a", data: [1, 2, 3]), a2 = localHeader("b", data: [4, 5])
        let z = rawZip(locals: a1 + a2, records: [RawMember(name: "a", compressedSize: 3, uncompressedSize: 3, localOffset: 0),
                                                  RawMember(name: "b", compressedSize: 2, uncompressedSize: 2, localOffset: a1.count)])
        let a = try ZipReader.read(MemoryBytes(z))
        #expect(a.anomalies.isEmpty)
        #expect(!a.entries.contains { $0.overlapsEarlier })
    }

    @Test func tarNegativeSizesEndTheListing() {
        let evil = tarMember("../evil.pkl", [0x80, 0x02, 0x2E])
        for type in [UInt8(0x4C), 0x78] {  // GNU long name, pax
            let tar = evil + tarHeader("././@LongLink", size: "-0000002000", type: type) + [UInt8](repeating: 0, count: 2048)
            let l = TarReader.list(MemoryBytes(tar))
            #expect(l.entries.map(\.name) == ["../evil.pkl"])
            #expect(l.malformed != nil)
        }
        // Base-256 negative (0xFF...) and overflowing sizes are invalid too.
        #expect(TarReader.parseSize(ArraySlice([0xFF] + [UInt8](repeating: 0xFF, count: 11))) == nil)
        #expect(TarReader.parseSize(ArraySlice([0x80] + [UInt8](repeating: 0xFF, count: 11))) == nil)
        #expect(TarReader.parseSize(ArraySlice(Array("-0000002000\0".utf8))) == nil)
        #expect(TarReader.parseSize(ArraySlice(Array("00000001000\0".utf8))) == 512)
        #expect(TarReader.parseSize(ArraySlice([0x80] + le(513, 11).reversed())) == 513)
    }

    @Test func tarBadTrailingHeaderKeepsEarlierMembers() {
        let tar = tarMember("../../evil.pkl", [0x80, 0x02, 0x2E]) + tarHeader("junk", size: "zzzzzzzzzzz") + [UInt8](repeating: 0, count: 1024)
        let l = TarReader.list(MemoryBytes(tar))
        #expect(l.entries.map(\.name) == ["../../evil.pkl"])
        #expect(l.malformed?.contains("invalid size") == true)
        // A member running past the end is the same: what came before is kept.
        let cut = tarMember("a.pkl", [1, 2, 3]) + tarHeader("b.pkl", size: "00000100000")
        let c = TarReader.list(MemoryBytes(cut))
        #expect(c.entries.map(\.name) == ["a.pkl"])
        #expect(c.malformed != nil)
    }

    @Test func inflateStopsAtTheSharedBudget() throws {
        let budget = DecompressionBudget(limit: 1 << 20)
        let bomb = deflateRepeating(prefix: [0], copies: 40_000)  // about 10 MB of zeros
        let lease = budget.lease()
        #expect {
            _ = try Inflate.inflate(bomb, maxOutput: 64 << 20, lease: lease)
        } throws: { ($0 as? Inflate.Failure)?.kind == .limit }
        #expect(lease.bytes <= 1 << 20)
        // A second lease on the same budget gets nothing while the first holds it.
        let other = budget.lease()
        #expect(!other.grow(toTotal: 1 << 20))
        lease.release()
        #expect(budget.inUse == 0)
        #expect(other.grow(toTotal: 1 << 20))
        // Without a budget the same stream decodes whole.
        #expect(try Inflate.inflate(bomb, maxOutput: 64 << 20).output.count == 1 + 40_000 * 258)
    }

    @Test func gzipMembersDecodeInPlaceWithinTheBudget() throws {
        let member = deflateRepeating(prefix: [7], copies: 4_000)
        let size = 1 + 4_000 * 258
        func gz(_ d: [UInt8]) -> [UInt8] { [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + d + le(0, 4) + le(UInt64(size), 4) }
        let multi = (0..<8).flatMap { _ in gz(member) }
        let whole = try Inflate.gzip(multi, maxOutput: 64 << 20)
        #expect(whole.output.count == 8 * size)
        #expect(whole.output.allSatisfy { $0 == 7 })
        let budget = DecompressionBudget(limit: 2 << 20)
        let lease = budget.lease()
        #expect {
            _ = try Inflate.gzip(multi, maxOutput: 64 << 20, lease: lease)
        } throws: { e in
            guard let f = e as? Inflate.Failure, f.kind == .limit else { return false }
            return !f.partial.isEmpty && f.partial.count <= 2 << 20
        }
    }

    @Test func streamDecoderStopsAtTheSharedBudget() throws {
        let data = [UInt8](repeating: 0x41, count: 8 << 20)
        let xz = try #require(StreamDecompressor.compress(.xz, data))
        let budget = DecompressionBudget(limit: 1 << 20)
        var limits = StreamDecompressor.Limits(maxOutput: 64 << 20, maxRatio: 1 << 30)
        limits.lease = budget.lease()
        let r = StreamDecompressor.decompress(.xz, xz, limits: limits)
        #expect(r.stop == .budgetLimit)
        #expect(r.stop?.isLimit == true)
        #expect(r.output.count <= 1 << 20)
    }

    @Test func npyHeaderAboveOneMiBParses() throws {
        let dict = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
        let text = dict + String(repeating: " ", count: (2 << 20) - dict.count - 1) + "\n"
        let head: [UInt8] = [0x93] + Array("NUMPY".utf8) + [2, 0] + le(UInt64(text.utf8.count), 4) + Array(text.utf8)
        let extent = try #require(NpyHeader.headerExtent(head))
        #expect(extent.start == 12 && extent.length == 2 << 20)
        let h = try NpyHeader.parse(head)
        #expect(h.hasObjects)
        #expect(h.dataOffset == 12 + (2 << 20))
    }

    /// A stored zip the way PyTorch's writer ends it: central directory, zip64 end record, zip64 locator,
    /// then the classic end record (saturated or not), optionally behind `prefix` bytes.
    static func torchStyleZip64(saturated: Bool, prefix: [UInt8] = []) -> [UInt8] {
        let data = Array("hello".utf8)
        let lh = localHeader("archive/version", data: data)
        var cd: [UInt8] = []
        let n = Array("archive/version".utf8)
        cd += le(0x0201_4B50, 4) + le(45, 2) + le(45, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4)
        cd += le(5, 4) + le(5, 4) + le(UInt64(n.count), 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4) + n
        let cdOffset = lh.count, z64 = lh.count + cd.count
        var out = lh + cd
        out += le(0x0606_4B50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4) + le(1, 8) + le(1, 8)
        out += le(UInt64(cd.count), 8) + le(UInt64(cdOffset), 8)
        out += le(0x0706_4B50, 4) + le(0, 4) + le(UInt64(z64), 8) + le(1, 4)
        out += le(0x0605_4B50, 4) + le(0, 4)
        out += saturated ? le(0xFFFF, 2) + le(0xFFFF, 2) + le(0xFFFF_FFFF, 4) + le(0xFFFF_FFFF, 4)
                         : le(1, 2) + le(1, 2) + le(UInt64(cd.count), 4) + le(UInt64(cdOffset), 4)
        return prefix + out + le(0, 2)
    }

    @Test(arguments: [false, true])
    func zip64EndRecordIsNotPrependedData(saturated: Bool) throws {
        let a = try ZipReader.read(MemoryBytes(Self.torchStyleZip64(saturated: saturated)))
        #expect(a.prependedBytes == 0)
        #expect(a.anomalies.isEmpty, "\(a.anomalies.map(\.message))")
        #expect(a.entries.map(\.name) == ["archive/version"])
        #expect(a.entries.first?.dataOffset != nil)
    }

    @Test func zip64WithRealPrependedDataIsStillReported() throws {
        let a = try ZipReader.read(MemoryBytes(Self.torchStyleZip64(saturated: false, prefix: Array("GIF89a....".utf8))))
        #expect(a.prependedBytes == 10)
        #expect(a.anomalies.contains { $0.kind == .prependedData && $0.message.hasPrefix("10 bytes") })
        #expect(a.entries.first?.dataOffset != nil)
    }
}
