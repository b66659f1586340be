/// Invisible or reordering characters that can hide instructions from a person reading a file
/// while an agent still reads them.
public struct HiddenRun: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Unicode tag characters (U+E0000-E007F) outside an emoji subdivision flag: ASCII smuggling.
        case tags
        /// A sequence of variation selectors carrying bytes (U+FE00-FE0F, U+E0100-E01EF).
        case variationSelectors
        /// Zero-width characters (U+200B-200D, U+2060, U+FEFF after the start) outside legitimate uses.
        case zeroWidth
        /// Bidirectional controls (U+202A-202E, U+2066-2069): Trojan Source reordering.
        case bidi
    }

    public var kind: Kind
    public var byteOffset: Int
    public var byteLength: Int
    /// Number of characters in the run.
    public var count: Int
    /// The hidden ASCII (tags) or bytes (variation selectors) decoded, when the run carries text.
    public var decoded: String?
    /// Code points, as `U+202E`, at most eight.
    public var codePoints: [String]
}

/// Finds hidden Unicode in UTF-8 bytes, leaving legitimate uses alone.
///
/// Legitimate: emoji ZWJ sequences, subdivision flags (black flag + tag letters + cancel tag), a
/// leading BOM, ZWNJ/ZWJ inside Arabic, Persian, Hebrew and Indic words, ZWSP between Thai, Khmer
/// or CJK characters, a single ideographic variation selector, and bidi isolates or embeddings
/// that are balanced on a line that really contains right-to-left letters.
///
/// Fast by construction: a file without a byte >= 0x80 returns at once, and only the lead bytes
/// E2, EF and F3 (the only ones that start the characters of interest) are decoded.
public enum HiddenUnicodeScanner {
    /// Whether any byte is outside ASCII.
    public static func hasNonASCII(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            // Eight bytes at a time: any high bit set means non-ASCII.
            while i + 8 <= n {
                let w = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if w & 0x8080_8080_8080_8080 != 0 { return true }
                i += 8
            }
            while i < n { if p[i] >= 0x80 { return true }; i += 1 }
            return false
        }
    }

    /// Decodes one scalar at `i`; returns the scalar value and its byte length (1 for invalid bytes).
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let c0 = b[i]
        if c0 < 0x80 { return (UInt32(c0), 1) }
        let n = b.count
        if c0 & 0xE0 == 0xC0, i + 1 < n, b[i + 1] & 0xC0 == 0x80 {
            return (UInt32(c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2)
        }
        if c0 & 0xF0 == 0xE0, i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
            return (UInt32(c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        if c0 & 0xF8 == 0xF0, i + 3 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80, b[i + 3] & 0xC0 == 0x80 {
            return (UInt32(c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// The scalar that ends just before byte `i`, or nil at the start.
    static func previous(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
        guard i > 0 else { return nil }
        var j = i - 1
        var steps = 0
        while j > 0, b[j] & 0xC0 == 0x80, steps < 3 { j -= 1; steps += 1 }
        return decode(b, j).0
    }

    static func isTag(_ s: UInt32) -> Bool { s >= 0xE0000 && s <= 0xE007F }
    static func isZeroWidth(_ s: UInt32) -> Bool { s == 0x200B || s == 0x200C || s == 0x200D || (s >= 0x2060 && s <= 0x2064) || s == 0xFEFF || s == 0x180E }
    static func isBidi(_ s: UInt32) -> Bool { (s >= 0x202A && s <= 0x202E) || (s >= 0x2066 && s <= 0x2069) }
    static func isVariationSelector(_ s: UInt32) -> Bool { (s >= 0xFE00 && s <= 0xFE0F) || (s >= 0xE0100 && s <= 0xE01EF) }

    static func isEmojiLike(_ s: UInt32) -> Bool {
        (s >= 0x1F000 && s <= 0x1FAFF) || (s >= 0x2600 && s <= 0x27BF) || (s >= 0x2300 && s <= 0x23FF)
            || (s >= 0x2B00 && s <= 0x2BFF) || s == 0xFE0F || s == 0x20E3 || s == 0x2640 || s == 0x2642
            || (s >= 0x1F3FB && s <= 0x1F3FF) || s == 0x00A9 || s == 0x00AE || (s >= 0x2190 && s <= 0x21FF)
    }

    /// Scripts where ZWNJ and ZWJ shape words (Arabic, Persian, Hebrew, Syriac, Indic, Sinhala...).
    static func isJoiningScript(_ s: UInt32) -> Bool {
        (s >= 0x0590 && s <= 0x08FF) || (s >= 0x0900 && s <= 0x0DFF) || (s >= 0xFB1D && s <= 0xFDFF)
            || (s >= 0xFE70 && s <= 0xFEFC) || (s >= 0x1000 && s <= 0x109F) || (s >= 0x1780 && s <= 0x17FF)
            || (s >= 0x0F00 && s <= 0x0FFF) || (s >= 0xA8E0 && s <= 0xA8FF)
    }

    /// Scripts written without spaces, where ZWSP marks word breaks (Thai, Lao, Khmer, Myanmar, CJK).
    static func isNoSpaceScript(_ s: UInt32) -> Bool {
        (s >= 0x0E00 && s <= 0x0EFF) || (s >= 0x1000 && s <= 0x109F) || (s >= 0x1780 && s <= 0x17FF)
            || (s >= 0x3000 && s <= 0x9FFF) || (s >= 0xAC00 && s <= 0xD7AF) || (s >= 0xFF00 && s <= 0xFFEF)
            || (s >= 0x20000 && s <= 0x2FFFF)
    }

    static func isRTLLetter(_ s: UInt32) -> Bool {
        (s >= 0x0590 && s <= 0x08FF) || (s >= 0xFB1D && s <= 0xFDFF) || (s >= 0xFE70 && s <= 0xFEFC)
            || (s >= 0x10800 && s <= 0x10FFF) || (s >= 0x1E800 && s <= 0x1EFFF)
    }

    static func hex(_ s: UInt32) -> String {
        let h = String(s, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    /// Every suspicious run in the bytes, in file order.
    public static func scan(_ bytes: [UInt8], maxRuns: Int = 200) -> [HiddenRun] {
        guard hasNonASCII(bytes) else { return [] }
        var runs: [HiddenRun] = []
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            // Bidi state for the current line.
            var lineStart = 0
            var lineBidi: [(UInt32, Int)] = []
            var lineHasRTL = false
            func closeLine() {
                defer { lineBidi.removeAll(keepingCapacity: true); lineHasRTL = false }
                guard !lineBidi.isEmpty else { return }
                var depth = 0
                var balanced = true
                var overrides = false
                for (s, _) in lineBidi {
                    switch s {
                    case 0x202D, 0x202E: overrides = true; depth += 1
                    case 0x202A, 0x202B, 0x2066, 0x2067, 0x2068: depth += 1
                    case 0x202C, 0x2069: depth -= 1; if depth < 0 { balanced = false }
                    default: break
                    }
                }
                if depth != 0 { balanced = false }
                if lineHasRTL && balanced && !overrides { return }
                // One run per line: the controls between the first and the last.
                let first = lineBidi[0].1
                let last = lineBidi[lineBidi.count - 1].1
                var cps: [String] = []
                for (s, _) in lineBidi where cps.count < 8 { let h = hex(s); if !cps.contains(h) { cps.append(h) } }
                runs.append(HiddenRun(kind: .bidi, byteOffset: first, byteLength: last - first + 3, count: lineBidi.count,
                                      decoded: nil, codePoints: cps))
            }
            while i < n {
                if runs.count >= maxRuns { return }
                let c = b[i]
                if c == 0x0A {
                    closeLine()
                    lineStart = i + 1
                    i += 1
                    continue
                }
                if c < 0x80 { i += 1; continue }
                let (s, len) = decode(b, i)
                if isRTLLetter(s) { lineHasRTL = true }
                guard c == 0xE2 || c == 0xEF || c == 0xF3 || c == 0xE1 else { i += len; continue }
                if isBidi(s) {
                    lineBidi.append((s, i))
                    i += len
                    continue
                }
                if isTag(s) || (s >= 0xE0100 && s <= 0xE01EF) || (s >= 0xFE00 && s <= 0xFE0F) || isZeroWidth(s) {
                    // Collect the run of consecutive characters of the same family.
                    let family: HiddenRun.Kind = isTag(s) ? .tags : (isZeroWidth(s) ? .zeroWidth : .variationSelectors)
                    var j = i
                    var scalars: [UInt32] = []
                    while j < n {
                        let (t, l) = decode(b, j)
                        let same: Bool
                        switch family {
                        case .tags: same = isTag(t)
                        case .zeroWidth: same = isZeroWidth(t)
                        default: same = isVariationSelector(t)
                        }
                        guard same else { break }
                        if scalars.count < 100_000 { scalars.append(t) }
                        j += l
                    }
                    let prev = previous(b, i)
                    let next: UInt32? = j < n ? decode(b, j).0 : nil
                    if let run = judge(family, scalars: scalars, prev: prev, next: next, offset: i, length: j - i) {
                        runs.append(run)
                    }
                    if family == .zeroWidth, let p = prev, isRTLLetter(p) { lineHasRTL = true }
                    i = j
                    continue
                }
                i += len
            }
            _ = lineStart
            closeLine()
        }
        return runs
    }

    static func judge(_ family: HiddenRun.Kind, scalars: [UInt32], prev: UInt32?, next: UInt32?, offset: Int, length: Int) -> HiddenRun? {
        let cps = Array(Set(scalars.prefix(64).map(hex))).sorted().prefix(8)
        switch family {
        case .tags:
            // Subdivision flag: U+1F3F4, tag letters/digits, then CANCEL TAG.
            if prev == 0x1F3F4, scalars.count >= 3, scalars.count <= 8, scalars.last == 0xE007F,
               scalars.dropLast().allSatisfy({ ($0 >= 0xE0061 && $0 <= 0xE007A) || ($0 >= 0xE0030 && $0 <= 0xE0039) }) {
                return nil
            }
            var text = ""
            for s in scalars where s != 0xE007F {
                let a = s - 0xE0000
                if a >= 0x20 && a < 0x7F { text.unicodeScalars.append(Unicode.Scalar(a)!) } else if a == 0x0A || a == 0x09 { text += " " }
            }
            return HiddenRun(kind: .tags, byteOffset: offset, byteLength: length, count: scalars.count, decoded: text,
                             codePoints: Array(cps))
        case .variationSelectors:
            // One selector after a character is an emoji or ideographic variant; a run carries data.
            if scalars.count < 2 { return nil }
            if scalars.count == 2, scalars.allSatisfy({ $0 >= 0xFE00 && $0 <= 0xFE0F }) { return nil }
            var bytes: [UInt8] = []
            for s in scalars {
                if s >= 0xFE00 && s <= 0xFE0F { bytes.append(UInt8(s - 0xFE00)) }
                else { bytes.append(UInt8(truncatingIfNeeded: s - 0xE0100 + 16)) }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let printable = text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0xFFFD }.count
            return HiddenRun(kind: .variationSelectors, byteOffset: offset, byteLength: length, count: scalars.count,
                             decoded: printable * 2 >= max(1, text.unicodeScalars.count) ? text : nil, codePoints: Array(cps))
        case .zeroWidth:
            if scalars.count == 1, let s = scalars.first {
                if s == 0xFEFF && offset == 0 { return nil }
                if s == 0x200D, let p = prev, let nx = next, isEmojiLike(p) && isEmojiLike(nx) { return nil }
                if s == 0x200C || s == 0x200D, (prev.map(isJoiningScript) ?? false) || (next.map(isJoiningScript) ?? false) { return nil }
                if s == 0x200B, (prev.map(isNoSpaceScript) ?? false) || (next.map(isNoSpaceScript) ?? false) { return nil }
            }
            // Binary steganography in zero-width characters: decode runs of two symbols as bits.
            return HiddenRun(kind: .zeroWidth, byteOffset: offset, byteLength: length, count: scalars.count,
                             decoded: decodeBits(scalars), codePoints: Array(cps))
        case .bidi:
            return nil
        }
    }

    /// Decodes a zero-width run that uses two characters as 0 and 1 bits (8 bits per byte).
    static func decodeBits(_ s: [UInt32]) -> String? {
        guard s.count >= 16 else { return nil }
        let distinct = Array(Set(s)).sorted()
        guard distinct.count == 2 || distinct.count == 3 else { return nil }
        let zero = distinct[0], one = distinct[1]
        let bits = s.filter { $0 == zero || $0 == one }.map { $0 == one ? 1 : 0 }
        var bytes: [UInt8] = []
        var k = 0
        while k + 8 <= bits.count, bytes.count < 4096 {
            var v: UInt8 = 0
            for j in 0..<8 { v = v << 1 | UInt8(bits[k + j]) }
            bytes.append(v)
            k += 8
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let printable = text.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F }.count
        return printable * 10 >= text.unicodeScalars.count * 9 && printable >= 2 ? text : nil
    }
}
