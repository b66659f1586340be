import Foundation

extension String {
    /// Substring test over UTF-8 bytes. Foundation's `contains(_:)` goes through CFString and its
    /// locale machinery, which profiling showed to dominate the generic rule on keyword-dense code.
    @inline(__always)
    func containsBytes(_ needle: String) -> Bool {
        var hay = self
        var nee = needle
        return hay.withUTF8 { h in
            nee.withUTF8 { n in
                guard !n.isEmpty else { return true }
                guard n.count <= h.count else { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

/// Substring search over bytes: libc's `memchr` (vectorized) to each candidate first byte, then
/// `memcmp`; for whole-file tests.
enum ByteSearch {
    static func contains(_ hay: [UInt8], _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            hay.withUnsafeBufferPointer { h in
                guard let hb = h.baseAddress, let nb = n.baseAddress else { return n.isEmpty }
                guard n.count <= h.count else { return false }
                let last = h.count - n.count
                var i = 0
                while i <= last, let hit = memchr(hb + i, Int32(nb[0]), last - i + 1) {
                    let k = hb.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hb + k, nb, n.count) == 0 { return true }
                    i = k + 1
                }
                return false
            }
        }
    }

    /// Whether `needle` (bytes) occurs in `hay`.
    static func contains(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        return hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                guard let hb = h.baseAddress, let nb = n.baseAddress, n.count <= h.count else { return false }
                let last = h.count - n.count
                var i = 0
                while i <= last, let hit = memchr(hb + i, Int32(nb[0]), last - i + 1) {
                    let k = hb.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hb + k, nb, n.count) == 0 { return true }
                    i = k + 1
                }
                return false
            }
        }
    }

    /// Whether `needle` sits at offset `i` of `b`.
    static func equals(_ b: [UInt8], at i: Int, _ needle: [UInt8]) -> Bool {
        guard i >= 0, i + needle.count <= b.count else { return false }
        for k in 0..<needle.count where b[i + k] != needle[k] { return false }
        return true
    }
}

enum ByteScan {
    /// The last offset before `end` holding `byte`, or nil: eight bytes per step (a word whose bytes
    /// XOR `byte` has a zero byte holds it), since a minified file's line can be 50 MB long.
    static func lastIndex(of byte: UInt8, in p: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        guard let base = p.baseAddress else { return nil }
        var i = min(end, p.count)
        let raw = UnsafeRawPointer(base)
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        while i >= 8 {
            let x = raw.loadUnaligned(fromByteOffset: i - 8, as: UInt64.self) ^ pattern
            if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0 { break }
            i -= 8
        }
        while i > 0 {
            i -= 1
            if base[i] == byte { return i }
        }
        return nil
    }
}
