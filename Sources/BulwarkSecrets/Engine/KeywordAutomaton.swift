/// An Aho-Corasick automaton over bytes, ASCII case-insensitive, with a dense transition table,
/// behind a trigram skip filter.
///
/// The secrets scanner runs it once over every file: only where a provider keyword occurs do the
/// (slower) token matchers run. Most bytes of a source file start no keyword: while the automaton
/// is at its root, a bit table of the (case-folded, hashed) first three bytes of every keyword skips
/// them with independent loads, and the automaton, whose every step waits for the previous one,
/// runs only from a position that may start a keyword until it falls back to its root.
public struct KeywordAutomaton: Sendable {
    public let keywords: [[UInt8]]
    /// `state << 8 | byte` -> next state.
    private let next: [Int32]
    /// Keyword indices that end at each state (suffix outputs merged in).
    private let outputs: [[Int32]]
    /// Per state: bit 0 when `outputs` is non-empty (so the hot loop touches no nested array),
    /// bit 1 when the state is one byte deep (the automaton can hand over to the skip filter).
    private let flags: [UInt8]
    /// Bit `trigramHash(...)` is set when some keyword starts with those three bytes, compared
    /// after `| 0x20` (a two-byte keyword sets every third byte). Empty when a keyword is shorter
    /// than two bytes. `| 0x20` lowers ASCII letters and merges a few other pairs of bytes, which
    /// only lets more positions through: the automaton decides.
    private let startBits: [UInt64]

    static let filterBits = 1 << 16

    /// Hash of three bytes held in the low 24 bits of `x` (first byte lowest), already `| 0x20`.
    @inline(__always)
    static func trigramHash(_ x: UInt32) -> Int {
        Int(((x & 0x00FF_FFFF) &* 0x9E37_79B1) >> 16)
    }

    public init(_ words: [String]) {
        let lowered = words.map { Array($0.lowercased().utf8) }
        keywords = lowered
        var gotoTable: [[Int32]] = [[Int32](repeating: -1, count: 256)]
        var out: [[Int32]] = [[]]
        var depth: [Int] = [0]
        for (k, w) in lowered.enumerated() where !w.isEmpty {
            var s = 0
            for c in w {
                let n = gotoTable[s][Int(c)]
                if n >= 0 { s = Int(n); continue }
                gotoTable.append([Int32](repeating: -1, count: 256))
                out.append([])
                depth.append(depth[s] + 1)
                let ns = gotoTable.count - 1
                gotoTable[s][Int(c)] = Int32(ns)
                s = ns
            }
            out[s].append(Int32(k))
        }
        let count = gotoTable.count
        var fail = [Int32](repeating: 0, count: count)
        var table = [Int32](repeating: 0, count: count * 256)
        var queue: [Int] = []
        for c in 0..<256 {
            let n = gotoTable[0][c]
            if n >= 0 { table[c] = n; fail[Int(n)] = 0; queue.append(Int(n)) } else { table[c] = 0 }
        }
        var head = 0
        while head < queue.count {
            let s = queue[head]; head += 1
            out[s] += out[Int(fail[s])]
            for c in 0..<256 {
                let n = gotoTable[s][c]
                if n >= 0 {
                    fail[Int(n)] = table[Int(fail[s]) << 8 | c]
                    table[s << 8 | c] = n
                    queue.append(Int(n))
                } else {
                    table[s << 8 | c] = table[Int(fail[s]) << 8 | c]
                }
            }
        }
        // Fold ASCII upper case onto lower case so that the scan needs no per-byte conversion.
        for s in 0..<count {
            for c in UInt8(ascii: "A")...UInt8(ascii: "Z") {
                table[s << 8 | Int(c)] = table[s << 8 | Int(c + 32)]
            }
        }
        next = table
        outputs = out
        flags = (0..<count).map { s in (out[s].isEmpty ? 0 : 1) | (depth[s] == 1 ? 2 : 0) }
        var bits = [UInt64](repeating: 0, count: Self.filterBits / 64)
        var usable = true
        for w in lowered where !w.isEmpty {
            if w.count < 2 { usable = false; break }
            let thirds: [UInt8] = w.count >= 3 ? [w[2]] : (0...255).map { UInt8($0) }
            for c in thirds {
                let x = UInt32(w[0] | 0x20) | UInt32(w[1] | 0x20) << 8 | UInt32(c | 0x20) << 16
                let h = Self.trigramHash(x)
                bits[h >> 6] |= 1 << UInt64(h & 63)
            }
        }
        startBits = usable ? bits : []
    }

    /// Calls `found(keywordIndex, startOffset)` for every occurrence, in order of end offset.
    ///
    /// Why the skip is exact: when the automaton is at its root before position `i`, every later
    /// occurrence starts at or after `i`, so positions whose first three bytes start no keyword can
    /// be passed over and the automaton restarted at its root at the next one that may. A state one
    /// byte deep hands back to the filter one byte earlier (no keyword is one byte long, so nothing
    /// is reported twice), after at least one byte of progress since the filter let it in.
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Void) {
        scan(bytes, from: 0) { k, start in found(k, start); return true }
    }

    /// The same, for occurrences that start at or after `from`, until `found` returns false.
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, _ found: (Int, Int) -> Bool) {
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress, from >= 0, from < n else { return }
        let raw = UnsafeRawPointer(base)
        next.withUnsafeBufferPointer { t in
            flags.withUnsafeBufferPointer { fl in
                startBits.withUnsafeBufferPointer { bits in
                    let filtered = !bits.isEmpty
                    let last = n - 3 // the filter reads four bytes; the automaton takes the last three
                    var i = from
                    var s = 0
                    var entry = -1
                    while i < n {
                        if s == 0, filtered {
                            while i < last {
                                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt32.self) | 0x2020_2020
                                let h = Self.trigramHash(UInt32(littleEndian: x))
                                if bits[h >> 6] & (1 << UInt64(h & 63)) != 0 { break }
                                i += 1
                            }
                            entry = i
                            if i >= n { break }
                        }
                        s = Int(t[s << 8 | Int(base[i])])
                        i += 1
                        let f = fl[s]
                        if f != 0 {
                            if f & 1 != 0 {
                                for k in outputs[s] where !found(Int(k), i - keywords[Int(k)].count) { return }
                            }
                            if f & 2 != 0, filtered, i - 1 > entry {
                                i -= 1
                                s = 0
                            }
                        }
                    }
                }
            }
        }
    }

    public func scan(_ bytes: [UInt8], _ found: (Int, Int) -> Void) {
        bytes.withUnsafeBufferPointer { scan($0, found) }
    }
}
