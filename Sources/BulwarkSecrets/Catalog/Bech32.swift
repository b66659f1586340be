/// Bech32 (BIP 173) for age keys: the checksum of a human-readable part and 5-bit data words. age writes its
/// identities as `AGE-SECRET-KEY-1` + 52 data characters (32 bytes, the last 4 bits zero) + 6 checksum
/// characters, upper-cased; the checksum is over the lower-case human-readable part `age-secret-key-`.
enum Bech32 {
    static let alphabet: [UInt8] = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)

    /// The 5-bit value of each byte (either case), or -1.
    static let values: [Int8] = {
        var t = [Int8](repeating: -1, count: 256)
        for (i, c) in alphabet.enumerated() {
            t[Int(c)] = Int8(i)
            if c >= 97, c <= 122 { t[Int(c) - 32] = Int8(i) }
        }
        return t
    }()

    static func polymod(_ words: [UInt8]) -> UInt32 {
        let gen: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]
        var chk: UInt32 = 1
        for w in words {
            let top = chk >> 25
            chk = (chk & 0x1ff_ffff) << 5 ^ UInt32(w)
            for i in 0..<5 where (top >> UInt32(i)) & 1 == 1 { chk ^= gen[i] }
        }
        return chk
    }

    static func expand(_ hrp: String) -> [UInt8] {
        let h = Array(hrp.utf8)
        return h.map { $0 >> 5 } + [0] + h.map { $0 & 31 }
    }

    /// The 5-bit words of `data` (data and checksum characters, either case), or nil for a byte outside the alphabet.
    static func words(_ data: Substring) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(data.utf8.count)
        for c in data.utf8 {
            let v = values[Int(c)]
            guard v >= 0 else { return nil }
            out.append(UInt8(v))
        }
        return out
    }

    /// Whether `data` (data and 6 checksum characters) carries a valid Bech32 checksum for `hrp`.
    static func verify(hrp: String, data: Substring) -> Bool {
        guard let w = words(data), w.count >= 6 else { return false }
        return polymod(expand(hrp) + w) == 1
    }

    /// The 6 checksum words for `hrp` and data words.
    static func checksum(hrp: String, _ words: [UInt8]) -> [UInt8] {
        let mod = polymod(expand(hrp) + words + [0, 0, 0, 0, 0, 0]) ^ 1
        return (0..<6).map { UInt8((mod >> UInt32(5 * (5 - $0))) & 31) }
    }

    /// 8-bit bytes as 5-bit words, the last word padded with zero bits.
    static func toWords(_ bytes: [UInt8]) -> [UInt8] {
        var acc: UInt32 = 0, bits = 0
        var out: [UInt8] = []
        for b in bytes {
            acc = acc << 8 | UInt32(b)
            bits += 8
            while bits >= 5 {
                bits -= 5
                out.append(UInt8((acc >> UInt32(bits)) & 31))
            }
        }
        if bits > 0 { out.append(UInt8((acc << UInt32(5 - bits)) & 31)) }
        return out
    }

    /// Upper-case Bech32 text of `bytes` with its checksum for `hrp` (what age prints), for samples and tests.
    static func encodeUpper(hrp: String, _ bytes: [UInt8]) -> String {
        let w = toWords(bytes)
        let all = w + checksum(hrp: hrp, w)
        return String(decoding: all.map { alphabet[Int($0)] }, as: UTF8.self).uppercased()
    }

    // MARK: age

    static let ageHRP = "age-secret-key-"
    static let agePrefix = "AGE-SECRET-KEY-1"

    /// An age identity from 32 seeded bytes, with its checksum (never a real key).
    static func ageSample(_ seed: UInt64) -> String {
        let bytes = Array(FakeSecrets.hex(64, seed: seed).utf8).chunked2().map { UInt8($0, radix: 16) ?? 0 }
        return agePrefix + encodeUpper(hrp: ageHRP, bytes)
    }

    /// An age secret key's structure: 52 data characters whose last word has 4 zero padding bits, a valid
    /// checksum, and key material that is not all zero (a template's `QQQ...` filler).
    static func ageVerdict(_ key: String) -> Verdict? {
        guard key.hasPrefix(agePrefix) else { return nil }
        let data = key.dropFirst(agePrefix.utf8.count)
        guard data.utf8.count == 58, let w = words(data), w[51] & 0x0f == 0 else { return nil }
        guard w[0..<52].contains(where: { $0 != 0 }), verify(hrp: ageHRP, data: data) else { return nil }
        return .props(["checksum": "valid"])
    }
}

private extension Array where Element == UInt8 {
    /// Pairs of hexadecimal characters as strings.
    func chunked2() -> [String] {
        stride(from: 0, to: count - 1, by: 2).map { String(decoding: self[$0..<($0 + 2)], as: UTF8.self) }
    }
}
