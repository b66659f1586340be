import Foundation

/// The header of a `.npy` file: its dtype description and where the data starts.
public struct NpyHeader: Sendable {
    public var major: Int
    public var descr: String
    public var dataOffset: Int
    /// Whether the dtype holds Python objects (`O`), stored as a pickle after the header.
    public var hasObjects: Bool

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// Parses the magic, version, header length and the `descr` entry of the header dict.
    /// Header bytes parsed. numpy itself refuses headers over 10000 bytes unless `allow_pickle=True`, which
    /// object arrays need anyway, so any length up to 4 GiB (version 2/3) loads; past this one the caller
    /// reports the file as incomplete.
    public static let maxHeaderBytes = 64 << 20

    /// The header length field and where the header text starts, from the first 12 bytes.
    public static func headerExtent(_ head: [UInt8]) -> (start: Int, length: Int)? {
        guard head.count >= 10, Array(head.prefix(6)) == [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59] else { return nil }
        switch head[6] {
        case 1: return (10, Int(head[8]) | Int(head[9]) << 8)
        case 2, 3:
            guard head.count >= 12 else { return nil }
            return (12, Int(head[8]) | Int(head[9]) << 8 | Int(head[10]) << 16 | Int(head[11]) << 24)
        default: return nil
        }
    }

    public static func parse(_ head: [UInt8], maxHeader: Int = maxHeaderBytes) throws -> NpyHeader {
        guard head.count >= 10, Array(head.prefix(6)) == [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59] else {
            throw Failure(message: "not a .npy file")
        }
        let major = Int(head[6])
        var hlen: Int
        var start: Int
        if major == 1 {
            hlen = Int(head[8]) | Int(head[9]) << 8
            start = 10
        } else if major == 2 || major == 3 {
            guard head.count >= 12 else { throw Failure(message: "truncated .npy header") }
            hlen = Int(head[8]) | Int(head[9]) << 8 | Int(head[10]) << 16 | Int(head[11]) << 24
            start = 12
        } else {
            throw Failure(message: "unsupported .npy version \(major)")
        }
        guard hlen <= maxHeader else { throw Failure(message: "the .npy header is \(hlen) bytes") }
        guard start + hlen <= head.count else { throw Failure(message: "truncated .npy header") }
        // Searched as bytes (the keys are ASCII; Foundation's `range(of:)` cost more than the rest of a small file's scan).
        let h = head[start..<(start + hlen)]
        guard let r = Self.find(h, "'descr':") ?? Self.find(h, "\"descr\":") else {
            throw Failure(message: "the .npy header has no descr")
        }
        // descr runs until `'fortran_order'` or `'shape'`, whichever comes next.
        var rest = h[r...]
        for key: StaticString in ["'fortran_order'", "'shape'", "\"fortran_order\"", "\"shape\""] {
            if let k = Self.find(rest, key, end: false) { rest = rest[..<k] }
        }
        let descr = Substring(String(decoding: rest, as: UTF8.self)).npyTrimmed(" ,")
        // Any quoted type string that is an object type marks the array as pickled.
        var hasObjects = false
        var quoted: [String] = []
        var cur: String?
        for ch in descr {
            if ch == "'" || ch == "\"" {
                if let c = cur { quoted.append(c); cur = nil } else { cur = "" }
            } else if cur != nil { cur!.append(ch) }
        }
        for q in quoted {
            var t = Substring(q)
            if let f = t.first, "<>|=".contains(f) { t = t.dropFirst() }
            if t == "O" || (t.hasPrefix("O") && Int(t.dropFirst()) != nil) { hasObjects = true }
        }
        return NpyHeader(major: major, descr: descr, dataOffset: start + hlen, hasObjects: hasObjects)
    }
}

extension NpyHeader {
    /// Where the ASCII `needle` occurs in `hay`: the index just past it (`end`) or where it starts.
    static func find(_ hay: ArraySlice<UInt8>, _ needle: StaticString, end: Bool = true) -> Int? {
        needle.withUTF8Buffer { n in
            guard let first = n.first, hay.count >= n.count else { return nil }
            var i = hay.startIndex
            let last = hay.endIndex - n.count
            outer: while i <= last {
                if hay[i] == first {
                    for k in 1..<n.count where hay[i + k] != n[k] { i += 1; continue outer }
                    return end ? i + n.count : i
                }
                i += 1
            }
            return nil
        }
    }
}

extension Substring {
    fileprivate func npyTrimmed(_ set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
