#if canImport(Glibc)
import Glibc
#endif

/// Per-scan caches that keep every matcher's look-around amortized constant time per keyword hit,
/// so that one pass over a text costs time linear in its length whatever its line lengths.
///
/// Keyword hits arrive in text order (by end offset), so each cache remembers the last answer and
/// extends it forward: a needle is searched for, a run of a character set measured and a newline
/// looked for at most once per byte, however many hits ask. A query that goes backwards (hits of
/// keywords of different lengths can end in order yet start out of order) is answered by a bounded
/// fresh scan.
///
/// One memo belongs to one pass on one thread, and no method hands out an `inout` access to its
/// state, so its properties skip the runtime's dynamic exclusivity checks (`@exclusivity(unchecked)`:
/// 4% of a secrets scan went to `swift_beginAccess` on them).
public final class ScanMemo {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// For a pass that starts at `from` (a chunk of `SecretEngine.scanParallel`): the line index
    /// starts there, with the last newline before it found backwards, so that the first line
    /// query does not read the text before the chunk.
    public init(_ bytes: [UInt8], from: Int) {
        self.bytes = bytes
        let from = min(max(0, from), bytes.count)
        guard from > 0 else { return }
        nlScanned = from
        lastNewline = bytes.withUnsafeBufferPointer { ByteScan.lastIndex(of: 0x0A, in: $0, before: from) } ?? -1
    }

    /// Bytes read by the look-arounds below (a machine-independent measure of work for tests).
    @exclusivity(unchecked) public private(set) var examinedBytes = 0

    // MARK: Needles

    /// (needle, case-insensitive) -> (queried from, first occurrence at or after it, or nil when
    /// none up to the end). A short list searched in order: matchers ask for a few needles each,
    /// and comparing small strings costs less than hashing them on every keyword hit.
    @exclusivity(unchecked) private var nextKeys: [(needle: String, ci: Bool)] = []
    @exclusivity(unchecked) private var nextValues: [(from: Int, found: Int?)] = []

    private func slot(_ needle: String, _ ci: Bool) -> Int? {
        for k in 0..<nextKeys.count where nextKeys[k].ci == ci && nextKeys[k].needle == needle { return k }
        return nil
    }

    /// The first occurrence of `needle` (ASCII; case-insensitive when asked) at or after `from`.
    public func nextOccurrence(_ needle: String, from: Int, caseInsensitive: Bool = false) -> Int? {
        let from = max(0, from)
        let k = slot(needle, caseInsensitive)
        if let k {
            let c = nextValues[k]
            if from >= c.from {
                guard let f = c.found else { return nil }
                if f >= from { return f }
            } else if c.from - from <= 4096 {
                // A short step back: search only the occurrences that start before the cached query.
                let n = needle.utf8.count
                let g = Self.search(bytes, needle, from: from, before: min(bytes.count, c.from + n - 1), ci: caseInsensitive)
                examinedBytes += (g ?? c.from) - from
                return g ?? c.found
            }
        }
        let found = Self.search(bytes, needle, from: from, before: bytes.count, ci: caseInsensitive)
        examinedBytes += (found ?? bytes.count) - from
        if let k { nextValues[k] = (from, found) } else {
            nextKeys.append((needle, caseInsensitive))
            nextValues.append((from, found))
        }
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
        var needle = needle
        return needle.withUTF8 { n -> Int? in
            guard !n.isEmpty, from >= 0, end - from >= n.count else { return nil }
            return b.withUnsafeBufferPointer { p -> Int? in
                guard let base = p.baseAddress else { return nil }
                var first = n[0]
                if ci, first >= 65, first <= 90 { first += 32 }
                let firstUpper: UInt8 = ci && first >= 97 && first <= 122 ? first - 32 : first
                let last = end - n.count
                var i = from
                if first == firstUpper {
                    // One possible first byte: memchr (vectorized in libc) jumps to each candidate.
                    while i <= last, let hit = memchr(base + i, Int32(first), last - i + 1) {
                        let k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                        if Self.matches(base, k, n, ci: ci) { return k }
                        i = k + 1
                    }
                    return nil
                }
                while i <= last {
                    let c = base[i]
                    if c == first || c == firstUpper, Self.matches(base, i, n, ci: ci) { return i }
                    i += 1
                }
                return nil
            }
        }
    }

    @inline(__always)
    static func matches(_ p: UnsafePointer<UInt8>, _ at: Int, _ n: UnsafeBufferPointer<UInt8>, ci: Bool) -> Bool {
        for j in 1..<max(1, n.count) {
            var d = p[at + j], e = n[j]
            if ci {
                if d >= 65, d <= 90 { d += 32 }
                if e >= 65, e <= 90 { e += 32 }
            }
            if d != e { return false }
        }
        return true
    }

    // MARK: Lines

    @exclusivity(unchecked) private var nlScanned = 0
    @exclusivity(unchecked) private var lastNewline = -1

    /// Start of the line holding byte `i` (the byte after the previous newline).
    public func lineStart(_ i: Int) -> Int {
        let i = min(max(0, i), bytes.count)
        if i >= nlScanned {
            var k = nlScanned
            var last = lastNewline
            bytes.withUnsafeBufferPointer { p in
                while k < i { if p[k] == 0x0A { last = k }; k += 1 }
            }
            examinedBytes += i - nlScanned
            nlScanned = i
            lastNewline = last
            return last + 1
        }
        if lastNewline < i { return lastNewline + 1 } // no newline between the answer and i
        var s = i
        while s > 0, bytes[s - 1] != 0x0A, i - s < 65536 { s -= 1 }
        examinedBytes += i - s
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

    /// Per character set (found by its spec in a short list): the last run measured forwards and backwards.
    @exclusivity(unchecked) private var runSpecs: [String] = []
    @exclusivity(unchecked) private var runEndCache: [(from: Int, end: Int)?] = []
    @exclusivity(unchecked) private var runStartCache: [(start: Int, upTo: Int)?] = []

    private func runSlot(_ set: Charset) -> Int {
        for k in 0..<runSpecs.count where runSpecs[k] == set.spec { return k }
        runSpecs.append(set.spec)
        runEndCache.append(nil)
        runStartCache.append(nil)
        return runSpecs.count - 1
    }

    /// End of the run of `set` bytes that starts at `from`, at most `max` bytes long.
    public func runEnd(_ set: Charset, from: Int, max cap: Int) -> Int {
        let limit = min(bytes.count, from + cap)
        var e = from
        let slot = runSlot(set)
        if let c = runEndCache[slot] {
            if from >= c.from, from <= c.end { return min(c.end, limit) }
            if from < c.from {
                // Catch up with the cached run: if every byte up to it is in the set, it ends where it did.
                while e < c.from, set.contains(bytes[e]) { e += 1 }
                examinedBytes += e - from
                if e == c.from { runEndCache[slot] = (from, c.end); return min(c.end, limit) }
                return min(e, limit)
            }
        }
        bytes.withUnsafeBufferPointer { p in
            while e < p.count, set.contains(p[e]) { e += 1 }
        }
        examinedBytes += e - from
        runEndCache[slot] = (from, e)
        return min(e, limit)
    }

    /// Start of the run of `set` bytes that ends just before `before`, at most `max` bytes long.
    public func runStart(_ set: Charset, before: Int, max cap: Int) -> Int {
        let floor = Swift.max(0, before - cap)
        let slot = runSlot(set)
        if let c = runStartCache[slot] {
            if before >= c.upTo, before - c.upTo <= cap {
                var k = before
                while k > c.upTo, set.contains(bytes[k - 1]) { k -= 1 }
                examinedBytes += before - k
                let start = k == c.upTo ? c.start : k
                runStartCache[slot] = (start, before)
                return Swift.max(start, floor)
            }
            if before < c.upTo, before >= c.start { return Swift.max(c.start, floor) }
        }
        var s = before
        while s > 0, before - s < cap, set.contains(bytes[s - 1]) { s -= 1 }
        examinedBytes += before - s
        if s == 0 || !set.contains(bytes[s - 1]) { runStartCache[slot] = (s, before) }
        return s
    }

    // MARK: Per-pattern state
    //
    // A long text is scanned in chunks on several threads (`SecretEngine.scanParallel`), whose
    // results are joined where their states agree (`Snapshot`). What a matcher remembers between
    // keyword hits must therefore be one of the following, or the join cannot see it: an offset in
    // `examined` (or `genericExamined`) before which the matcher skips its hits, compared as such;
    // a fact about the whole text in `lists` (computed over all of `bytes`, never a running
    // state); or a cache whose answers equal a fresh computation's (`jwtRunDots`, the caches above).

    /// Per matcher (by a name it chooses): the offset up to which it has examined the text, so
    /// that a later keyword hit resumes there instead of rescanning.
    @exclusivity(unchecked) public var examined: [String: Int] = [:]

    /// The generic rule's examined stretch (its own slot: it runs on most keyword hits).
    @exclusivity(unchecked) public var genericExamined = 0

    /// Set by a hand-written matcher that knows no hit of its pattern can start before this offset
    /// (the engine skips its keyword hits up to there); reset before each call.
    @exclusivity(unchecked) public var resumeAt = 0

    /// The last dots of the latest run of base64url characters and dots (`JWTShape`).
    @exclusivity(unchecked) var jwtRunDots: JWTShape.RunDots? = nil

    /// Adds reads done by a shared helper to `examinedBytes`.
    func countExamined(_ n: Int) { examinedBytes += n }

    /// Cached per-text facts of hand-written matchers (lazily computed lists and answers).
    @exclusivity(unchecked) public var lists: [String: [Int]] = [:]
}
