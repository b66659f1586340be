import Foundation

/// One member of a tar archive.
public struct TarEntry: Sendable {
    public var name: String
    /// `0` regular, `1` hard link, `2` symlink, `5` directory...
    public var type: UInt8
    public var linkName: String
    public var size: Int
    public var dataOffset: Int

    public var isRegular: Bool { type == 0x30 || type == 0 || type == 0x37 }
    public var isLink: Bool { type == 0x31 || type == 0x32 }
}

/// Reads ustar/GNU/pax tar headers (names, sizes, links) without extracting anything.
public enum TarReader {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    public static func read(_ src: any ByteSource, maxEntries: Int = 100_000) throws -> (entries: [TarEntry], truncated: Bool) {
        var entries: [TarEntry] = []
        var pos = 0
        var longName: String?
        var paxPath: String?
        while pos + 512 <= src.count {
            guard entries.count < maxEntries else { return (entries, true) }
            let h = try src.read(offset: pos, length: 512)
            guard h.count == 512 else { break }
            if h.allSatisfy({ $0 == 0 }) { break }
            guard let size = parseSize(h[124..<136]) else { throw Failure(message: "invalid size field at offset \(pos)") }
            let type = h[156]
            var name = cString(h[0..<100])
            let prefix = cString(h[345..<500])
            if Array(h[257..<262]) == Array("ustar".utf8), !prefix.isEmpty { name = prefix + "/" + name }
            let data = pos + 512
            let (padded, o) = size.addingReportingOverflow(511)
            guard !o else { throw Failure(message: "invalid size") }
            let (next, o2) = data.addingReportingOverflow((padded / 512) * 512)
            guard !o2 else { throw Failure(message: "invalid size") }
            switch type {
            case 0x4C: // GNU long name
                longName = cString(ArraySlice(try src.read(offset: data, length: min(size, 4096))))
            case 0x78, 0x67: // pax
                let text = String(decoding: try src.read(offset: data, length: min(size, 65536)), as: UTF8.self)
                for rec in text.split(separator: "\n") {
                    if let r = rec.range(of: " path=") { paxPath = String(rec[r.upperBound...]) }
                }
            default:
                if let l = longName { name = l; longName = nil }
                if let p = paxPath, type != 0x67 { name = p; paxPath = nil }
                entries.append(TarEntry(name: name, type: type, linkName: cString(h[157..<257]), size: size, dataOffset: data))
            }
            if next > src.count, size > 0 { throw Failure(message: "member `\(name)` runs past the end of the archive") }
            pos = next
        }
        return (entries, false)
    }

    static func cString(_ s: ArraySlice<UInt8>) -> String {
        String(decoding: s.prefix { $0 != 0 }, as: UTF8.self)
    }

    static func parseSize(_ f: ArraySlice<UInt8>) -> Int? {
        if let first = f.first, first & 0x80 != 0 {
            var v = 0
            for b in f.dropFirst() {
                let (m, o) = v.multipliedReportingOverflow(by: 256)
                guard !o else { return nil }
                v = m + Int(b)
            }
            return v
        }
        let s = String(decoding: f.prefix { $0 != 0 && $0 != 0x20 }.drop { $0 == 0x20 }, as: UTF8.self)
        if s.isEmpty { return 0 }
        return Int(s, radix: 8)
    }
}
