/// An Aho-Corasick automaton over bytes, ASCII case-insensitive, with a dense transition table over
/// byte classes, behind a trigram skip filter.
///
/// The secrets scanner runs it once over every file: only where a provider keyword occurs do the
/// (slower) token matchers run. Most bytes of a source file start no keyword: while the automaton
/// is at its root, a bit table of the first three byte classes of every keyword skips them (one
/// load and one rolling shift per byte), and the automaton, whose every step waits for the previous
/// one, runs only from a position that may start a keyword until it falls back to its root.
///
/// Its step is one load from a table small enough for the core's L2 cache: bytes are mapped to
/// classes first (every byte no keyword holds is class 0; an ASCII capital shares its lower-case
/// letter's class), and with the catalog's 1,565 keywords (52 distinct bytes) a state's row is 64
/// columns of 16 bits, not 256 of 32: 0.6 MB instead of 5 MB, which the scan had stalled on.
/// States are numbered so that those that report a keyword or hand back to the filter come last:
/// one comparison tells the hot loop whether a state needs a look at its flags.
///
/// A class, so that the engine that holds it keeps its size and layout whatever the tables are (an
/// incremental debug build once linked a stale copy routine of the engine after the tables changed).
public final class KeywordAutomaton: Sendable {
    public let keywords: [[UInt8]]
    /// Byte -> its class (the column of the transition table).
    private let classes: [UInt8]
    /// log2 of the number of columns.
    private let shift: Int
    /// `state << shift | class` -> next state, in 16 bits when the states fit (`wide` is empty),
    /// else in `wide`.
    private let narrow: [UInt16]
    private let wide: [UInt32]
    /// With the filter: `c0 << 6 | c1` -> the state after reading bytes of classes c0 and c1 from the root
    /// (two steps of the automaton in one independent load, once the filter has read both classes).
    private let pairNext: [UInt32]
    /// With the filter: bit `quadHash(c0 << 18 | c1 << 12 | c2 << 6 | c3)` is set when some keyword of at least
    /// four bytes starts with bytes of those classes, or one of three bytes with the first three (any c3). A
    /// trigram that passes the first filter is dropped when its fourth class fails this one and no two-byte
    /// keyword starts there: `data` passes (`datadog`), `dat=` does not.
    private let quadBits: [UInt64]

    static let quadFilterBits = 1 << 16

    @inline(__always)
    static func quadHash(_ q: Int) -> Int {
        Int((UInt32(truncatingIfNeeded: q) &* 0x9E37_79B1) &>> 16)
    }
    /// States at or above this number have flags (every state below has none).
    private let special: Int
    /// Per state: bit 0 when it ends some keyword, bit 1 when it is one byte deep (the automaton can
    /// hand over to the skip filter).
    private let flags: [UInt8]
    /// Keyword indices that end at state `s` (suffix outputs merged in):
    /// `outputList[outputStart[s] ..< outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputList: [Int32]
    private let keywordLength: [Int]
    /// Bit `c0 << 12 | c1 << 6 | c2` is set when some keyword starts with bytes of classes c0, c1, c2
    /// (a two-byte keyword sets every third class). Exact: unlike a hash of the bytes, no common
    /// trigram of source text (`der`, `est`) shares a bit with a keyword's. Empty when a keyword is
    /// shorter than two bytes or there are more than 64 classes (the catalog has 53): the
    /// automaton then reads every byte.
    private let startBits: [UInt64]

    static let filterBits = 1 << 18

    /// The number of states (tests and benchmarks report it).
    public var stateCount: Int { flags.count }
    /// Whether the trigram skip filter is in use (tests check that the catalog's automaton has it).
    public var hasSkipFilter: Bool { !startBits.isEmpty }
    /// Columns of the transition table (a power of two at least the number of byte classes).
    public var columns: Int { 1 << shift }

    public init(_ words: [String]) {
        let lowered = words.map { Array($0.lowercased().utf8) }
        keywords = lowered
        keywordLength = lowered.map(\.count)
        // Byte classes: 0 for a byte no keyword holds, then one per distinct keyword byte.
        var cls = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for w in lowered { for c in w where cls[Int(c)] == 0 { cls[Int(c)] = UInt8(classCount); classCount += 1 } }
        // `lowercased()` leaves no ASCII capital in a keyword, so capitals are free to share their letter's class.
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { cls[Int(c)] = cls[Int(c + 32)] }
        var sh = 0
        while 1 << sh < classCount { sh += 1 }
        let width = 1 << sh
        classes = cls
        shift = sh

        // The trie, in class columns (-1: no edge).
        var goto: [Int32] = [Int32](repeating: -1, count: width)
        var out: [[Int32]] = [[]]
        var depth: [Int] = [0]
        for (k, w) in lowered.enumerated() where !w.isEmpty {
            var s = 0
            for c in w {
                let col = Int(cls[Int(c)])
                let n = goto[s << sh | col]
                if n >= 0 { s = Int(n); continue }
                let ns = depth.count
                goto += [Int32](repeating: -1, count: width)
                out.append([])
                depth.append(depth[s] + 1)
                goto[s << sh | col] = Int32(ns)
                s = ns
            }
            out[s].append(Int32(k))
        }
        let count = depth.count
        // Breadth first: failure links, suffix outputs, and the full transition function.
        var fail = [Int32](repeating: 0, count: count)
        var table = [Int32](repeating: 0, count: count << sh)
        var order: [Int] = [0]
        for c in 0..<width {
            let n = goto[c]
            if n >= 0 { table[c] = n; order.append(Int(n)) }
        }
        var head = 1
        while head < order.count {
            let s = order[head]; head += 1
            out[s] += out[Int(fail[s])]
            for c in 0..<width {
                let n = goto[s << sh | c]
                if n >= 0 {
                    fail[Int(n)] = table[Int(fail[s]) << sh | c]
                    table[s << sh | c] = n
                    order.append(Int(n))
                } else {
                    table[s << sh | c] = table[Int(fail[s]) << sh | c]
                }
            }
        }
        // Renumber: states without flags first (the root, which has none, stays 0), then the rest.
        func flag(_ s: Int) -> UInt8 { (out[s].isEmpty ? 0 : 1) | (depth[s] == 1 ? 2 : 0) }
        var newID = [Int](repeating: 0, count: count)
        var byNew: [Int] = []
        byNew.reserveCapacity(count)
        for s in 0..<count where flag(s) == 0 { newID[s] = byNew.count; byNew.append(s) }
        special = byNew.count
        for s in 0..<count where flag(s) != 0 { newID[s] = byNew.count; byNew.append(s) }
        precondition(newID[0] == 0, "the root has no flags")
        var fl = [UInt8](repeating: 0, count: count)
        var oStart: [Int32] = [0]
        var oList: [Int32] = []
        for (n, s) in byNew.enumerated() {
            fl[n] = flag(s)
            oList += out[s]
            oStart.append(Int32(oList.count))
        }
        flags = fl
        outputStart = oStart
        outputList = oList
        if count <= Int(UInt16.max) + 1 {
            var t = [UInt16](repeating: 0, count: count << sh)
            for (n, s) in byNew.enumerated() {
                for c in 0..<width { t[n << sh | c] = UInt16(newID[Int(table[s << sh | c])]) }
            }
            narrow = t
            wide = []
        } else {
            var t = [UInt32](repeating: 0, count: count << sh)
            for (n, s) in byNew.enumerated() {
                for c in 0..<width { t[n << sh | c] = UInt32(newID[Int(table[s << sh | c])]) }
            }
            narrow = []
            wide = t
        }

        var bits = [UInt64](repeating: 0, count: Self.filterBits / 64)
        var usable = classCount <= 64
        for w in lowered where !w.isEmpty && usable {
            if w.count < 2 { usable = false; break }
            let c0 = Int(cls[Int(w[0])]), c1 = Int(cls[Int(w[1])])
            let thirds: [Int] = w.count >= 3 ? [Int(cls[Int(w[2])])] : Array(0..<64)
            for c2 in thirds {
                let t = c0 << 12 | c1 << 6 | c2
                bits[t >> 6] |= 1 << UInt64(t & 63)
            }
        }
        startBits = usable ? bits : []
        var pairs: [UInt32] = []
        if usable {
            pairs = [UInt32](repeating: 0, count: 64 * 64)
            for c0 in 0..<width {
                let s1 = Int(table[c0])
                for c1 in 0..<width { pairs[c0 << 6 | c1] = UInt32(newID[Int(table[s1 << sh | c1])]) }
            }
        }
        pairNext = pairs
        var quads: [UInt64] = []
        if usable {
            quads = [UInt64](repeating: 0, count: Self.quadFilterBits / 64)
            for w in lowered where w.count >= 3 {
                let head = Int(cls[Int(w[0])]) << 18 | Int(cls[Int(w[1])]) << 12 | Int(cls[Int(w[2])]) << 6
                for c3 in w.count >= 4 ? [Int(cls[Int(w[3])])] : Array(0..<64) {
                    let h = Self.quadHash(head | c3)
                    quads[h >> 6] |= 1 << UInt64(h & 63)
                }
            }
        }
        quadBits = quads
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
        guard bytes.count > 0, bytes.baseAddress != nil, from >= 0, from < bytes.count else { return }
        if wide.isEmpty {
            narrow.withUnsafeBufferPointer { t in run(bytes, from: from, t, found) }
        } else {
            wide.withUnsafeBufferPointer { t in run(bytes, from: from, t, found) }
        }
    }

    @inline(__always)
    private func run<T: FixedWidthInteger>(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, _ t: UnsafeBufferPointer<T>,
                                           _ found: (Int, Int) -> Bool) {
        classes.withUnsafeBufferPointer { cls in
            flags.withUnsafeBufferPointer { fl in
                outputStart.withUnsafeBufferPointer { oStart in
                    outputList.withUnsafeBufferPointer { oList in
                        keywordLength.withUnsafeBufferPointer { kwLength in
                            startBits.withUnsafeBufferPointer { bits in
                                pairNext.withUnsafeBufferPointer { pairs in
                                quadBits.withUnsafeBufferPointer { quads in
                                let tables = Tables(bytes: bytes.baseAddress!, count: bytes.count, classes: cls.baseAddress!,
                                                    next: t.baseAddress!, shift: shift, special: special, flags: fl.baseAddress!,
                                                    bits: bits.baseAddress, pairs: pairs.baseAddress, quads: quads.baseAddress,
                                                    filtered: !bits.isEmpty)
                                var cursor = Cursor(position: from, state: 0, entry: -1)
                                while Self.advance(tables, &cursor) {
                                    let s = cursor.state, i = cursor.position
                                    for o in Int(oStart[s])..<Int(oStart[s + 1]) {
                                        let k = Int(oList[o])
                                        if !found(k, i - kwLength[k]) { return }
                                    }
                                    if fl[s] & 2 != 0, tables.filtered, i - 1 > cursor.entry {
                                        cursor.position = i - 1
                                        cursor.state = 0
                                    }
                                }
                                }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// What the hot loop reads, as plain pointers and numbers (so that it keeps them in registers).
    struct Tables<T: FixedWidthInteger> {
        let bytes: UnsafePointer<UInt8>
        let count: Int
        let classes: UnsafePointer<UInt8>
        let next: UnsafePointer<T>
        let shift: Int
        let special: Int
        let flags: UnsafePointer<UInt8>
        let bits: UnsafePointer<UInt64>?
        let pairs: UnsafePointer<UInt32>?
        let quads: UnsafePointer<UInt64>?
        let filtered: Bool
    }

    /// Where the scan is: the next byte to read, the state before it, and where the filter last let the
    /// automaton in.
    struct Cursor {
        var position: Int
        var state: Int
        var entry: Int
    }

    /// Runs the filter and the automaton from `cursor` until a state that ends some keyword (true, the cursor
    /// just past that keyword's last byte, its state that state) or the end of the bytes (false). Nothing
    /// in it calls out, so its few values stay in registers.
    @inline(never)
    static func advance<T: FixedWidthInteger>(_ tb: Tables<T>, _ cursor: inout Cursor) -> Bool {
        let base = tb.bytes, n = tb.count, cls = tb.classes, t = tb.next, sh = tb.shift, special = tb.special
        let last = n - 2 // the filter reads three bytes; the automaton takes the last two
        var i = cursor.position
        var s = cursor.state
        var entry = cursor.entry
        defer {
            cursor.position = i
            cursor.state = s
            cursor.entry = entry
        }
        while i < n {
            if s == 0, tb.filtered, let bits = tb.bits, let pairs = tb.pairs, let quads = tb.quads {
                if i < last {
                    // The classes of bytes i, i+1, i+2, rolled one byte at a time.
                    var r = Int(cls[Int(base[i])]) &<< 12 | Int(cls[Int(base[i + 1])]) &<< 6 | Int(cls[Int(base[i + 2])])
                    var passed = true
                    var pair = 0
                    while true {
                        if bits[r &>> 6] & (1 &<< UInt64(r & 63)) != 0 {
                            // The trigram starts a keyword: unless a two-byte keyword ends at i + 1 (its state has
                            // flags), the fourth byte's class must fit too.
                            pair = Int(pairs[r &>> 6])
                            if pair >= special || i + 3 >= n { break }
                            let q = Self.quadHash(r &<< 6 | Int(cls[Int(base[i + 3])]))
                            if quads[q &>> 6] & (1 &<< UInt64(q & 63)) != 0 { break }
                        }
                        i += 1
                        if i >= last { passed = false; break }
                        r = (r &<< 6 | Int(cls[Int(base[i + 2])])) & 0x3_FFFF
                    }
                    if passed {
                        // A keyword may start at i: the state after its first two bytes, read off the filter's classes.
                        // (No keyword is one byte long, so the state after the first byte reports nothing.)
                        entry = i
                        s = pair
                        i += 2
                        if s >= special {
                            let f = tb.flags[s]
                            if f & 1 != 0 { return true }
                            if f & 2 != 0, i - 1 > entry {
                                i -= 1
                                s = 0
                            }
                        }
                        continue
                    }
                }
                entry = i
                if i >= n { break }
            }
            s = Int(t[s &<< sh | Int(cls[Int(base[i])])])
            i += 1
            if s >= special {
                let f = tb.flags[s]
                if f & 1 != 0 { return true }
                if f & 2 != 0, tb.filtered, i - 1 > entry {
                    i -= 1
                    s = 0
                }
            }
        }
        return false
    }

    public func scan(_ bytes: [UInt8], _ found: (Int, Int) -> Void) {
        bytes.withUnsafeBufferPointer { scan($0, found) }
    }
}
