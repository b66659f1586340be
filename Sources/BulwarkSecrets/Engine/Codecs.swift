import Foundation

/// Small, bounded decoders used to validate token structure offline (no network, no Foundation).
public enum Codecs {
    // MARK: CRC32 (IEEE 802.3, as zlib)

    static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func crc32<S: Sequence>(_ bytes: S) -> UInt32 where S.Element == UInt8 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    // MARK: Base62 (0-9A-Za-z, as GitHub and npm token checksums)

    static let base62Alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    public static func base62Value(_ s: Substring) -> UInt64? {
        var v: UInt64 = 0
        for c in s.utf8 {
            guard let d = base62Alphabet.firstIndex(of: c) else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 62)
            let (a, o2) = m.addingReportingOverflow(UInt64(d))
            if o1 || o2 { return nil }
            v = a
        }
        return v
    }

    /// `value` in base62, left-padded with `0` to `width` characters.
    public static func base62(_ value: UInt64, width: Int) -> String {
        var v = value
        var out: [UInt8] = []
        repeat { out.append(base62Alphabet[Int(v % 62)]); v /= 62 } while v > 0
        while out.count < width { out.append(UInt8(ascii: "0")) }
        return String(decoding: out.reversed(), as: UTF8.self)
    }

    /// GitHub and npm token checksum: the last 6 characters are base62(CRC32(the 30 random
    /// characters between the prefix and the checksum)).
    public static func hasValidCRC32Checksum(token: String, prefixLength: Int) -> Bool {
        let u = Array(token.utf8)
        guard u.count >= prefixLength + 7 else { return false }
        let random = u[prefixLength..<(u.count - 6)]
        let check = Substring(token.utf8.suffix(6)).description
        guard let v = base62Value(Substring(check)) else { return false }
        return v == UInt64(crc32(random))
    }

    // MARK: Base64

    /// Decodes standard or URL-safe base64, padded or not; nil on any other byte. Bounded by input.
    public static func base64Decode(_ s: Substring, maxBytes: Int = 1 << 20) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(min(maxBytes, s.utf8.count * 3 / 4 + 3))
        var acc: UInt32 = 0
        var bits = 0
        for c in s.utf8 {
            let v: UInt32
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = UInt32(c - 65)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): v = UInt32(c - 97 + 26)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(c - 48 + 52)
            case UInt8(ascii: "+"), UInt8(ascii: "-"): v = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): v = 63
            case UInt8(ascii: "="): continue
            default: return nil
            }
            acc = (acc << 6) | v
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((acc >> UInt32(bits)) & 0xFF))
                if out.count > maxBytes { return nil }
            }
        }
        return out
    }

    public static func base64Decode(_ s: String, maxBytes: Int = 1 << 20) -> [UInt8]? {
        base64Decode(Substring(s), maxBytes: maxBytes)
    }

    public static func base64Encode(_ bytes: [UInt8]) -> String {
        let a = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b0 = UInt32(bytes[i]), b1 = i + 1 < bytes.count ? UInt32(bytes[i + 1]) : 0, b2 = i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0
            let n = b0 << 16 | b1 << 8 | b2
            out.append(a[Int(n >> 18 & 63)]); out.append(a[Int(n >> 12 & 63)])
            out.append(i + 1 < bytes.count ? a[Int(n >> 6 & 63)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? a[Int(n & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Base32 (RFC 4648, as AWS key ids)

    public static func base32Decode(_ s: Substring) -> [UInt8]? {
        var out: [UInt8] = []
        var acc: UInt64 = 0
        var bits = 0
        for c in s.utf8 {
            let v: UInt64
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = UInt64(c - 65)
            case UInt8(ascii: "2")...UInt8(ascii: "7"): v = UInt64(c - 50 + 26)
            case UInt8(ascii: "="): continue
            default: return nil
            }
            acc = (acc << 5 | v) & 0xFFFF_FFFF
            bits += 5
            if bits >= 8 { bits -= 8; out.append(UInt8((acc >> UInt64(bits)) & 0xFF)) }
        }
        return out
    }

    /// The AWS account id encoded in an access key id (`AKIA`/`ASIA` + 16 base32 characters):
    /// bits 1...40 of the first six decoded bytes.
    public static func awsAccountID(fromKeyID key: String) -> String? {
        guard key.utf8.count == 20, let d = base32Decode(Substring(key).dropFirst(4)), d.count >= 6 else { return nil }
        var z: UInt64 = 0
        for b in d.prefix(6) { z = z << 8 | UInt64(b) }
        let account = (z & 0x7FFF_FFFF_FF80) >> 7
        let s = String(account)
        return String(repeating: "0", count: max(0, 12 - s.count)) + s
    }

    // MARK: Entropy

    /// Shannon entropy in bits per character over bytes.
    public static func entropy<S: Collection>(_ s: S) -> Double where S.Element == UInt8 {
        guard !s.isEmpty else { return 0 }
        var counts = [Int](repeating: 0, count: 256)
        for b in s { counts[Int(b)] += 1 }
        let n = Double(s.count)
        var h = 0.0
        for c in counts where c > 0 {
            let p = Double(c) / n
            h -= p * log2(p)
        }
        return h
    }

    public static func entropy(_ s: String) -> Double { entropy(Array(s.utf8)) }
}
