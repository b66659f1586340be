/// An Aho-Corasick automaton over bytes, ASCII case-insensitive, with a dense transition table.
///
/// The secrets scanner runs it once over every file: only where a provider keyword occurs do the
/// (slower) token matchers run. One table lookup per byte keeps the prefilter at memory speed.
public struct KeywordAutomaton: Sendable {
    public let keywords: [[UInt8]]
    /// `state << 8 | byte` -> next state.
    private let next: [Int32]
    /// Keyword indices that end at each state (suffix outputs merged in).
    private let outputs: [[Int32]]
    /// 1 where `outputs` is non-empty, so the hot loop touches no nested array.
    private let terminal: [UInt8]

    public init(_ words: [String]) {
        let lowered = words.map { Array($0.lowercased().utf8) }
        keywords = lowered
        var gotoTable: [[Int32]] = [[Int32](repeating: -1, count: 256)]
        var out: [[Int32]] = [[]]
        for (k, w) in lowered.enumerated() where !w.isEmpty {
            var s = 0
            for c in w {
                let n = gotoTable[s][Int(c)]
                if n >= 0 { s = Int(n); continue }
                gotoTable.append([Int32](repeating: -1, count: 256))
                out.append([])
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
        terminal = out.map { $0.isEmpty ? 0 : 1 }
    }

    /// Calls `found(keywordIndex, startOffset)` for every occurrence, in order of end offset.
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Void) {
        next.withUnsafeBufferPointer { t in
            terminal.withUnsafeBufferPointer { term in
                var s = 0
                for i in 0..<bytes.count {
                    s = Int(t[s << 8 | Int(bytes[i])])
                    if term[s] != 0 {
                        for k in outputs[s] { found(Int(k), i + 1 - keywords[Int(k)].count) }
                    }
                }
            }
        }
    }

    public func scan(_ bytes: [UInt8], _ found: (Int, Int) -> Void) {
        bytes.withUnsafeBufferPointer { scan($0, found) }
    }
}
