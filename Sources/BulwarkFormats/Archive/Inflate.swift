/// A bounded DEFLATE decoder (RFC 1951) with zlib (RFC 1950) and gzip (RFC 1952) wrappers.
///
/// Output is capped: decoding stops with `.limit` once `maxOutput` bytes were produced, or returns
/// early when `stopAfter` bytes are enough (magic sniffing of a compressed member).
public enum Inflate {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public enum Kind: Sendable { case malformed, truncated, limit }
        public var kind: Kind
        public var message: String
        /// What was decoded before the error (a loader reading the stream has consumed it already).
        public var partial: [UInt8] = []
        public var description: String { message }

        public init(kind: Kind, message: String, partial: [UInt8] = []) {
            self.kind = kind
            self.message = message
            self.partial = partial
        }
    }

    public struct Result: Sendable {
        public var output: [UInt8]
        /// Input bytes consumed (through the end of the final block, or where decoding stopped early).
        public var consumed: Int
        /// False when `stopAfter` ended decoding before the final block.
        public var complete: Bool
    }

    /// Raw DEFLATE data.
    /// `lease` (when given) must cover every growth of the output buffer; keep it alive while the output is used.
    public static func inflate(_ input: [UInt8], start: Int = 0, maxOutput: Int, stopAfter: Int? = nil,
                               lease: DecompressionBudget.Lease? = nil) throws -> Result {
        var out: [UInt8] = []
        do {
            let r = try inflate(input, start: start, maxOutput: maxOutput, stopAfter: stopAfter, lease: lease, into: &out)
            return Result(output: out, consumed: r.consumed, complete: r.complete)
        } catch var f as Failure {
            f.partial = out
            throw f
        }
    }

    /// Decodes appending to `out` (back references never reach before its previous end); `maxOutput` counts
    /// what is appended. On failure `out` holds what was decoded and `partial` is left empty.
    static func inflate(_ input: [UInt8], start: Int, maxOutput: Int, stopAfter: Int?, lease: DecompressionBudget.Lease?,
                        into out: inout [UInt8]) throws -> Result {
        var d = Decoder(input: input, pos: start, maxOutput: maxOutput, stopAfter: stopAfter, lease: lease)
        swap(&d.out, &out)
        d.base = d.out.count
        defer { swap(&d.out, &out) }
        try d.run()
        return Result(output: [], consumed: d.pos - start, complete: !d.stoppedEarly)
    }

    /// A zlib stream (2-byte header, DEFLATE, Adler-32).
    public static func zlib(_ input: [UInt8], maxOutput: Int, stopAfter: Int? = nil, lease: DecompressionBudget.Lease? = nil) throws -> Result {
        guard input.count >= 2, input[0] & 0x0F == 8, (UInt16(input[0]) << 8 | UInt16(input[1])) % 31 == 0 else {
            throw Failure(kind: .malformed, message: "not a zlib stream")
        }
        if input[1] & 0x20 != 0 { throw Failure(kind: .malformed, message: "zlib preset dictionary is not supported") }
        var out: [UInt8] = []
        do {
            let r = try inflate(input, start: 2, maxOutput: maxOutput, stopAfter: stopAfter, lease: lease, into: &out)
            return Result(output: out, consumed: r.consumed, complete: r.complete)
        } catch var f as Failure {
            f.partial = out
            throw f
        }
    }

    /// A gzip file (all members concatenated).
    public static func gzip(_ input: [UInt8], maxOutput: Int, stopAfter: Int? = nil, lease: DecompressionBudget.Lease? = nil) throws -> Result {
        var out: [UInt8] = []
        do {
            var r = try gzipMembers(input, maxOutput: maxOutput, stopAfter: stopAfter, lease: lease, out: &out)
            r.output = out
            return r
        } catch var f as Failure {
            f.partial = out  // earlier members, then the broken one's prefix (decoded in place, no copy)
            throw f
        }
    }

    static func gzipMembers(_ input: [UInt8], maxOutput: Int, stopAfter: Int?, lease: DecompressionBudget.Lease?,
                            out: inout [UInt8]) throws -> Result {
        var pos = 0
        var complete = true
        repeat {
            guard input.count - pos >= 18, input[pos] == 0x1F, input[pos + 1] == 0x8B, input[pos + 2] == 8 else {
                if pos == 0 { throw Failure(kind: .malformed, message: "not a gzip stream") }
                break
            }
            let flags = input[pos + 3]
            var p = pos + 10
            func need(_ n: Int) throws { if p + n > input.count { throw Failure(kind: .truncated, message: "gzip header is truncated") } }
            if flags & 0x04 != 0 {
                try need(2)
                p += 2 + Int(input[p]) + Int(input[p + 1]) << 8
            }
            for bit in [UInt8(0x08), 0x10] where flags & bit != 0 {
                while true {
                    try need(1)
                    p += 1
                    if input[p - 1] == 0 { break }
                }
            }
            if flags & 0x02 != 0 { p += 2 }
            try need(0)
            let r = try inflate(input, start: p, maxOutput: maxOutput - out.count, stopAfter: stopAfter.map { $0 - out.count },
                                lease: lease, into: &out)
            if !r.complete { complete = false; break }
            pos = p + r.consumed + 8
            if let s = stopAfter, out.count >= s { complete = pos >= input.count; break }
        } while pos < input.count
        return Result(output: [], consumed: min(pos, input.count), complete: complete)
    }

    struct Huffman {
        var count = [Int](repeating: 0, count: 16)
        var symbol: [Int]

        init(lengths: ArraySlice<Int>) throws {
            symbol = [Int](repeating: 0, count: lengths.count)
            for l in lengths { count[l] += 1 }
            var left = 1
            for len in 1..<16 {
                left <<= 1
                left -= count[len]
                if left < 0 { throw Failure(kind: .malformed, message: "over-subscribed Huffman code") }
            }
            var offs = [Int](repeating: 0, count: 16)
            for len in 1..<15 { offs[len + 1] = offs[len] + count[len] }
            for (i, l) in lengths.enumerated() where l != 0 {
                symbol[offs[l]] = i
                offs[l] += 1
            }
        }
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                           4097, 6145, 8193, 12289, 16385, 24577]
    static let distExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    static let fixedLit: Huffman = {
        var l = [Int](repeating: 8, count: 288)
        for i in 144..<256 { l[i] = 9 }
        for i in 256..<280 { l[i] = 7 }
        return try! Huffman(lengths: l[...])  // constant, well-formed table
    }()
    /// Contiguous filler appended (one memcpy) before a back-reference is copied in place.
    static let zeros = [UInt8](repeating: 0, count: 258)
    static let fixedDist: Huffman = try! Huffman(lengths: [Int](repeating: 5, count: 30)[...])

    struct Decoder {
        let input: [UInt8]
        var pos: Int
        let maxOutput: Int
        let stopAfter: Int?
        let lease: DecompressionBudget.Lease?
        var out: [UInt8] = []
        /// Output of earlier gzip members: not counted against `maxOutput`, never referenced.
        var base = 0
        var bitBuf: UInt32 = 0
        var bitCount = 0
        var stoppedEarly = false

        init(input: [UInt8], pos: Int, maxOutput: Int, stopAfter: Int?, lease: DecompressionBudget.Lease?) {
            self.input = input
            self.pos = pos
            self.maxOutput = max(0, maxOutput)
            self.stopAfter = stopAfter
            self.lease = lease
        }

        var produced: Int { out.count - base }

        /// Grows the output buffer in bounded steps, each covered by the lease (Swift's own doubling
        /// would reserve past the limit and the budget).
        mutating func room(_ total: Int) throws {
            guard total > out.capacity else { return }
            let cap = min(max(total, out.capacity * 2, 1 << 16), base + maxOutput)
            if let lease, !lease.grow(toTotal: cap) {
                throw Failure(kind: .limit, message: "the shared decompression budget (\(lease.budget.limit) bytes for all workers together) is exhausted")
            }
            out.reserveCapacity(cap)
        }

        mutating func bits(_ n: Int) throws -> Int {
            while bitCount < n {
                guard pos < input.count else { throw Failure(kind: .truncated, message: "deflate data is truncated") }
                bitBuf |= UInt32(input[pos]) << UInt32(bitCount)
                pos += 1
                bitCount += 8
            }
            let v = Int(bitBuf & ((1 << UInt32(n)) - 1))
            bitBuf >>= UInt32(n)
            bitCount -= n
            return v
        }

        mutating func decode(_ h: Huffman) throws -> Int {
            var code = 0, first = 0, index = 0
            for len in 1..<16 {
                code |= try bits(1)
                let c = h.count[len]
                if code - c < first { return h.symbol[index + (code - first)] }
                index += c
                first += c
                first <<= 1
                code <<= 1
            }
            throw Failure(kind: .malformed, message: "invalid Huffman code")
        }

        mutating func emit(_ b: UInt8) throws {
            guard produced < maxOutput else { throw Failure(kind: .limit, message: "decompressed data exceeds \(maxOutput) bytes") }
            if out.count == out.capacity { try room(out.count + 1) }
            out.append(b)
        }

        var done: Bool { if let s = stopAfter { return produced >= s } else { return false } }

        mutating func run() throws {
            var last = 0
            repeat {
                if done { stoppedEarly = true; return }
                last = try bits(1)
                let type = try bits(2)
                switch type {
                case 0:
                    bitBuf = 0
                    bitCount = 0
                    guard pos + 4 <= input.count else { throw Failure(kind: .truncated, message: "stored block is truncated") }
                    let len = Int(input[pos]) | Int(input[pos + 1]) << 8
                    let nlen = Int(input[pos + 2]) | Int(input[pos + 3]) << 8
                    guard len == (~nlen & 0xFFFF) else { throw Failure(kind: .malformed, message: "stored block length check failed") }
                    pos += 4
                    guard pos + len <= input.count else { throw Failure(kind: .truncated, message: "stored block is truncated") }
                    guard produced + len <= maxOutput else { throw Failure(kind: .limit, message: "decompressed data exceeds \(maxOutput) bytes") }
                    try room(out.count + len)
                    out += input[pos..<(pos + len)]
                    pos += len
                case 1:
                    try codes(Inflate.fixedLit, Inflate.fixedDist)
                case 2:
                    let nlen = try bits(5) + 257, ndist = try bits(5) + 1, ncode = try bits(4) + 4
                    guard nlen <= 286, ndist <= 30 else { throw Failure(kind: .malformed, message: "bad dynamic block counts") }
                    let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
                    var lengths = [Int](repeating: 0, count: 320)
                    for i in 0..<ncode { lengths[order[i]] = try bits(3) }
                    let lencode = try Huffman(lengths: lengths[0..<19])
                    var index = 0
                    while index < nlen + ndist {
                        var sym = try decode(lencode)
                        if sym < 16 {
                            lengths[index] = sym
                            index += 1
                        } else {
                            var len = 0
                            if sym == 16 {
                                guard index > 0 else { throw Failure(kind: .malformed, message: "repeat with no first length") }
                                len = lengths[index - 1]
                                sym = 3 + (try bits(2))
                            } else if sym == 17 {
                                sym = 3 + (try bits(3))
                            } else {
                                sym = 11 + (try bits(7))
                            }
                            guard index + sym <= nlen + ndist else { throw Failure(kind: .malformed, message: "too many lengths") }
                            for _ in 0..<sym { lengths[index] = len; index += 1 }
                        }
                    }
                    guard lengths[256] != 0 else { throw Failure(kind: .malformed, message: "no end-of-block code") }
                    let lit = try Huffman(lengths: lengths[0..<nlen])
                    let dist = try Huffman(lengths: lengths[nlen..<(nlen + ndist)])
                    try codes(lit, dist)
                default:
                    throw Failure(kind: .malformed, message: "invalid block type")
                }
            } while last == 0
        }

        mutating func codes(_ lit: Huffman, _ dist: Huffman) throws {
            while true {
                if done { stoppedEarly = true; return }
                var sym = try decode(lit)
                if sym < 256 {
                    try emit(UInt8(sym))
                } else if sym == 256 {
                    return
                } else {
                    sym -= 257
                    guard sym < 29 else { throw Failure(kind: .malformed, message: "invalid length symbol") }
                    let len = Inflate.lengthBase[sym] + (try bits(Inflate.lengthExtra[sym]))
                    let ds = try decode(dist)
                    guard ds < 30 else { throw Failure(kind: .malformed, message: "invalid distance symbol") }
                    let d = Inflate.distBase[ds] + (try bits(Inflate.distExtra[ds]))
                    guard d <= produced else { throw Failure(kind: .malformed, message: "distance too far back") }
                    guard produced + len <= maxOutput else { throw Failure(kind: .limit, message: "decompressed data exceeds \(maxOutput) bytes") }
                    try room(out.count + len)
                    let start = out.count - d, base = out.count
                    // Capacity is reserved: grow by `len` once and copy through the buffer (a run of one byte,
                    // what bombs are made of, is a memset).
                    out.append(contentsOf: Inflate.zeros[..<len])
                    out.withUnsafeMutableBufferPointer { p in
                        guard let b = p.baseAddress else { return }
                        if d == 1 {
                            (b + base).update(repeating: b[start], count: len)
                        } else if d >= len {
                            (b + base).update(from: b + start, count: len)
                        } else {
                            for i in 0..<len { b[base + i] = b[start + i] }
                        }
                    }
                }
            }
        }
    }
}
