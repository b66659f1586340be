/// Per-scan caches that keep every matcher's look-around amortized constant time per keyword hit,
/// so that one pass over a text costs time linear in its length whatever its line lengths.
///
/// Keyword hits arrive in text order (by end offset), so each cache remembers the last answer and
/// extends it forward: a needle is searched for, a run of a character set measured and a newline
/// looked for at most once per byte, however many hits ask. A query that goes backwards (hits of
/// keywords of different lengths can end in order yet start out of order) is answered by a bounded
/// fresh scan.
public final class ScanMemo {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    // MARK: Needles

    /// needle -> (queried from, first occurrence at or after it, or nil when none up to the end).
    private var next: [String: (from: Int, found: Int?)] = [:]

    /// The first occurrence of `needle` (ASCII; case-insensitive when asked) at or after `from`.
    public func nextOccurrence(_ needle: String, from: Int, caseInsensitive: Bool = false) -> Int? {
        let key = caseInsensitive ? "i:" + needle : "s:" + needle
        let from = max(0, from)
        if let c = next[key] {
            if from >= c.from {
                guard let f = c.found else { return nil }
                if f >= from { return f }
            } else if c.from - from <= 4096 {
                // A short step back: search only the occurrences that start before the cached query.
                let n = needle.utf8.count
                if let g = Self.search(bytes, needle, from: from, before: min(bytes.count, c.from + n - 1), ci: caseInsensitive) {
                    return g
                }
                return c.found
            }
        }
        let found = Self.search(bytes, needle, from: from, before: bytes.count, ci: caseInsensitive)
        next[key] = (from, found)
        return found
    }

    /// Whether `needle` occurs entirely inside `range`.
    public func occurs(_ needle: String, in range: Range<Int>, caseInsensitive: Bool = false) -> Bool {
        guard let f = nextOccurrence(needle, from: range.lowerBound, caseInsensitive: caseInsensitive) else { return false }
        return f + needle.utf8.count <= range.upperBound
    }

    /// The first occurrence of `needle` in the whole text (computed once).
    public func firstOccurrence(_ needle: String) -> Int? { nextOccurrence(needle, from: 0) }

    static func search(_ b: [UInt8], _ needle: String, from: Int, before end: Int, ci: Bool) -> Int? {
        let n = Array(ci ? needle.lowercased().utf8 : needle.utf8)
        guard !n.isEmpty, end - from >= n.count else { return nil }
        return b.withUnsafeBufferPointer { p -> Int? in
            let first = n[0]
            let firstUpper: UInt8 = ci && first >= 97 && first <= 122 ? first - 32 : first
            var i = from
            let last = end - n.count
            outer: while i <= last {
                let c = p[i]
                if c == first || c == firstUpper {
                    var j = 1
                    while j < n.count {
                        var d = p[i + j]
                        if ci, d >= 65, d <= 90 { d += 32 }
                        if d != n[j] { i += 1; continue outer }
                        j += 1
                    }
                    return i
                }
                i += 1
            }
            return nil
        }
    }

    // MARK: Lines

    private var nlScanned = 0
    private var lastNewline = -1

    /// Start of the line holding byte `i` (the byte after the previous newline).
    public func lineStart(_ i: Int) -> Int {
        let i = min(max(0, i), bytes.count)
        if i >= nlScanned {
            var k = nlScanned
            var last = lastNewline
            bytes.withUnsafeBufferPointer { p in
                while k < i { if p[k] == 0x0A { last = k }; k += 1 }
            }
            nlScanned = i
            lastNewline = last
            return last + 1
        }
        if lastNewline < i { return lastNewline + 1 } // no newline between the answer and i
        var s = i
        while s > 0, bytes[s - 1] != 0x0A, i - s < 65536 { s -= 1 }
        return s
    }

    /// End of the line holding byte `i` (its newline, or the end of the text).
    public func lineEnd(_ i: Int) -> Int { nextOccurrence("\n", from: i) ?? bytes.count }

    /// The line around `i`, at most `cap` bytes to each side.
    public func lineBounds(_ i: Int, cap: Int) -> Range<Int> {
        let s = max(lineStart(i), i - cap)
        let e = min(lineEnd(i), i + cap)
        return s..<max(s, e)
    }

    // MARK: Runs of a character set

    private var runEnds: [String: (from: Int, end: Int)] = [:]
    private var runStarts: [String: (start: Int, upTo: Int)] = [:]

    /// End of the run of `set` bytes that starts at `from`, at most `max` bytes long.
    public func runEnd(_ set: Charset, from: Int, max cap: Int) -> Int {
        let limit = min(bytes.count, from + cap)
        var e = from
        if let c = runEnds[set.spec] {
            if from >= c.from, from <= c.end { return min(c.end, limit) }
            if from < c.from {
                // Catch up with the cached run: if every byte up to it is in the set, it ends where it did.
                while e < c.from, set.contains(bytes[e]) { e += 1 }
                if e == c.from { runEnds[set.spec] = (from, c.end); return min(c.end, limit) }
                return min(e, limit)
            }
        }
        bytes.withUnsafeBufferPointer { p in
            while e < p.count, set.contains(p[e]) { e += 1 }
        }
        runEnds[set.spec] = (from, e)
        return min(e, limit)
    }

    /// Start of the run of `set` bytes that ends just before `before`, at most `max` bytes long.
    public func runStart(_ set: Charset, before: Int, max cap: Int) -> Int {
        let floor = Swift.max(0, before - cap)
        if let c = runStarts[set.spec] {
            if before >= c.upTo, before - c.upTo <= cap {
                var k = before
                while k > c.upTo, set.contains(bytes[k - 1]) { k -= 1 }
                let start = k == c.upTo ? c.start : k
                runStarts[set.spec] = (start, before)
                return Swift.max(start, floor)
            }
            if before < c.upTo, before >= c.start { return Swift.max(c.start, floor) }
        }
        var s = before
        while s > 0, before - s < cap, set.contains(bytes[s - 1]) { s -= 1 }
        if s == 0 || !set.contains(bytes[s - 1]) { runStarts[set.spec] = (s, before) }
        return s
    }

    // MARK: Per-pattern state

    /// Per matcher (by a name it chooses): the offset up to which it has examined the text, so
    /// that a later keyword hit resumes there instead of rescanning.
    public var examined: [String: Int] = [:]

    /// Cached per-text facts of hand-written matchers (lazily computed lists and answers).
    public var lists: [String: [Int]] = [:]
}
