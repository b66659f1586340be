import CZlib

/// Bounded DEFLATE decoding (RFC 1951) through the system zlib, with the zlib (RFC 1950) and gzip
/// (RFC 1952) wrappers parsed here.
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

    /// Decodes appending to `out` with the system zlib (raw DEFLATE, no wrapper); `maxOutput` counts what
    /// is appended. The output grows in steps of at most 64 KiB, each covered by the lease before it is
    /// taken, and decoding stops at the first byte past `maxOutput`. On failure `out` holds what was
    /// decoded and `partial` is left empty.
    static func inflate(_ input: [UInt8], start: Int, maxOutput: Int, stopAfter: Int?, lease: DecompressionBudget.Lease?,
                        into out: inout [UInt8]) throws -> Result {
        let maxOutput = max(0, maxOutput)
        guard start <= input.count else { throw Failure(kind: .truncated, message: "deflate data is truncated") }
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(kind: .limit, message: "zlib could not start (out of memory)")
        }
        defer { inflateEnd(&stream) }
        let base = out.count
        // Uninitialized: zlib writes what is read back (`got` bytes). A zero-filled array cost a 64 KiB memset per
        // stream, 1.5% of the instructions of a `--jobs 1` scan of the benchmark's 640 files (session 15).
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
        defer { chunk.deallocate() }
        var inputLeft = input.count - start
        return try input.withUnsafeBufferPointer { inBuf -> Result in
            // zlib's avail_in is 32-bit: feed at most 1 GiB at a time.
            var next = inBuf.baseAddress.map { UnsafeMutablePointer(mutating: $0) + start }
            func feed() {
                guard stream.avail_in == 0, inputLeft > 0 else { return }
                let n = min(inputLeft, 1 << 30)
                stream.next_in = next
                stream.avail_in = UInt32(n)
                next = next.map { $0 + n }
                inputLeft -= n
            }
            while true {
                let produced = out.count - base
                if let s = stopAfter, produced >= s {
                    return Result(output: [], consumed: Int(stream.total_in), complete: false)
                }
                // One byte past the limit tells a stream that ends exactly at it from one that goes on.
                let want = min(chunk.count, maxOutput - produced + 1)
                feed()
                stream.next_out = chunk.baseAddress
                stream.avail_out = UInt32(want)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                let got = want - Int(stream.avail_out)
                if got > 0 {
                    if produced + got > maxOutput {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<(maxOutput - produced)]))
                        throw Failure(kind: .limit, message: "decompressed data exceeds \(maxOutput) bytes")
                    }
                    if let lease, !lease.grow(toTotal: out.count + got) {
                        throw Failure(kind: .limit, message: "the shared decompression budget (\(lease.budget.limit) bytes for all workers together) is exhausted")
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<got]))
                }
                switch status {
                case Z_STREAM_END:
                    return Result(output: [], consumed: Int(stream.total_in), complete: true)
                case Z_OK:
                    if got == 0 && stream.avail_in == 0 && inputLeft == 0 {
                        throw Failure(kind: .truncated, message: "deflate data is truncated")
                    }
                case Z_BUF_ERROR:
                    // No progress was possible: every input byte is used and the stream has not ended.
                    if stream.avail_in == 0 && inputLeft == 0 { throw Failure(kind: .truncated, message: "deflate data is truncated") }
                case Z_DATA_ERROR:
                    let reason = stream.msg.map { String(cString: $0) } ?? "invalid deflate data"
                    throw Failure(kind: .malformed, message: reason)
                case Z_MEM_ERROR:
                    throw Failure(kind: .limit, message: "zlib ran out of memory")
                default:
                    throw Failure(kind: .malformed, message: "invalid deflate data (zlib status \(status))")
                }
            }
        }
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
}
