/// joblib's old "Z-file" container (joblib before 0.9.3, still read by `joblib.load`): `ZF`, the
/// uncompressed length in hexadecimal padded with spaces to 19 bytes, an optional space, then one zlib
/// stream holding the pickle.
public enum JoblibZFile {
    /// Bytes of the header joblib reads: the prefix and the 19-byte length field (`len(hex(2**64))`).
    public static let headerLength = 21

    /// Where the zlib stream starts when `head` (at least 22 bytes, or the whole file) is a Z-file header
    /// joblib accepts: the length field must be what Python's `int(field, 16)` parses (ASCII whitespace
    /// around, an optional sign and `0x`, hex digits with single underscores between them).
    public static func dataOffset(_ head: [UInt8]) -> Int? {
        guard head.count > headerLength, head[0] == 0x5A, head[1] == 0x46 else { return nil }
        guard isPythonHexInt(head[2..<headerLength]) else { return nil }
        // joblib <= 0.8.4 on Python 2 wrote one more space; a zlib stream never starts with a space.
        return head[headerLength] == 0x20 ? headerLength + 1 : headerLength
    }

    static func isPythonHexInt(_ field: ArraySlice<UInt8>) -> Bool {
        let space: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C]
        var t = field.drop { space.contains($0) }
        while let l = t.last, space.contains(l) { t = t.dropLast() }
        if let f = t.first, f == 0x2B || f == 0x2D { t = t.dropFirst() }
        if t.count >= 2, t.first == 0x30, t[t.startIndex + 1] | 0x20 == 0x78 {
            t = t.dropFirst(2)
            if t.first == 0x5F { t = t.dropFirst() }
        }
        guard let first = t.first, first != 0x5F, t.last != 0x5F else { return false }
        var previousUnderscore = false
        for c in t {
            if c == 0x5F {
                if previousUnderscore { return false }
                previousUnderscore = true
                continue
            }
            previousUnderscore = false
            guard (0x30...0x39).contains(c) || (0x61...0x66).contains(c | 0x20) else { return false }
        }
        return true
    }
}
