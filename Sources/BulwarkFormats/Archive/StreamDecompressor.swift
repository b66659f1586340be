import CBZip2
import CLZMA

/// Bounded streaming decompression of bzip2, xz and legacy `.lzma` ("alone") data through the system
/// libbz2 and liblzma, for compressed pickles (joblib `compress=('bz2'|'xz'|'lzma', n)`) and zip members.
///
/// Input is read from a `ByteSource` in chunks, so a multi-GB compressed file is never read whole. Output
/// is capped (`maxOutput`) and so is the ratio of output to input consumed (a decompression bomb stops
/// early). The decoder never throws: it returns what it produced and why it stopped, because a loader
/// that unpickles from a decompressing stream has already run everything before a corrupt block, so the
/// partial output must be analysed too.
///
/// Concatenated streams are decoded like Python's `bz2`/`lzma` readers do (joblib reads through them):
/// after a complete stream, the rest of the input is decoded as another stream; data that fails right
/// at the start of a following stream is trailing garbage those readers ignore (`trailingBytes`).
public enum StreamDecompressor {
    public enum Codec: String, Sendable, CaseIterable {
        case bzip2
        case xz
        /// The legacy LZMA "alone" format (`.lzma`, Python `lzma.FORMAT_ALONE`, joblib `compress='lzma'`).
        case lzmaAlone = "lzma"
    }

    public enum Stop: Sendable, Equatable, CustomStringConvertible {
        /// `maxOutput` bytes were produced and more were coming.
        case outputLimit
        /// Output exceeded `maxRatio` times the input consumed (past `ratioFloor` bytes).
        case ratioLimit
        /// The stream header asks for more decoder memory than `maxMemory` (a huge LZMA dictionary).
        case memoryLimit(UInt64)
        /// The shared decompression budget of all workers could not cover more output.
        case budgetLimit
        /// The input ended inside a stream.
        case truncated
        /// The decoder rejected the data (bad magic, bad block, CRC mismatch).
        case corrupt(String)

        public var isLimit: Bool {
            switch self {
            case .outputLimit, .ratioLimit, .memoryLimit, .budgetLimit: true
            default: false
            }
        }

        public var description: String {
            switch self {
            case .outputLimit: "output limit reached"
            case .budgetLimit: "the shared decompression budget is exhausted"
            case .ratioLimit: "compression ratio limit reached"
            case .memoryLimit(let m): "the stream needs \(m) bytes of decoder memory"
            case .truncated: "the compressed data is truncated"
            case .corrupt(let m): m
            }
        }
    }

    public struct Result: Sendable {
        /// Everything decoded, up to the stop (a prefix of the real content when `stop` is set).
        public var output: [UInt8]
        /// Input bytes consumed: through the last complete stream, or up to where decoding stopped.
        public var consumed: Int
        /// Complete streams decoded.
        public var streams: Int
        /// Bytes after the last complete stream that are not another stream (ignored by Python's readers).
        public var trailingBytes: Int
        /// Offset in the input where decoding stopped early (nil when every stream completed).
        public var stopOffset: Int?
        /// Why decoding stopped before the end of the data, nil when it completed.
        public var stop: Stop?
    }

    public struct Limits: Sendable {
        public var maxOutput: Int
        public var maxRatio: Int
        /// Output size below which the ratio is not checked (small, very redundant payloads are fine).
        public var ratioFloor: Int
        /// Decoder memory (LZMA dictionary); xz -9 needs 65 MiB.
        public var maxMemory: UInt64
        /// Compressed bytes read from the source at a time.
        public var inputChunk: Int
        /// Covers every growth of the output buffer when given (see `DecompressionBudget`).
        public var lease: DecompressionBudget.Lease?

        public init(maxOutput: Int, maxRatio: Int = 2_000, ratioFloor: Int = 1 << 20, maxMemory: UInt64 = 128 << 20,
                    inputChunk: Int = 1 << 20) {
            self.maxOutput = max(0, maxOutput)
            self.maxRatio = max(1, maxRatio)
            self.ratioFloor = max(0, ratioFloor)
            self.maxMemory = max(1 << 20, maxMemory)
            self.inputChunk = max(64, inputChunk)
        }
    }

    /// The codec whose magic starts `head`, if any.
    public static func codec(sniffing head: [UInt8]) -> Codec? {
        func starts(_ m: [UInt8]) -> Bool { head.count >= m.count && Array(head.prefix(m.count)) == m }
        if starts([0x42, 0x5A, 0x68]), head.count > 3, (0x31...0x39).contains(head[3]) { return .bzip2 }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        if looksLikeLZMAAlone(head) { return .lzmaAlone }
        return nil
    }

    /// A legacy `.lzma` header as Python's `lzma` module accepts it (liblzma's "picky" check, which
    /// `lzma.LZMAFile`'s automatic format detection applies, and joblib reads `.lzma` dumps that way):
    /// properties byte 0x5D (`lc=3 lp=0 pb=2`, every xz-utils/Python preset; joblib recognises `]\0`), a
    /// dictionary size of 2^n or 2^n+2^(n-1) for any n (liblzma raises sizes below 4 KiB to 4 KiB; a
    /// 256-byte field loads) or all ones, and an uncompressed size that is unknown (all ones) or sane.
    public static func looksLikeLZMAAlone(_ h: [UInt8]) -> Bool {
        guard h.count >= 13, h[0] == 0x5D else { return false }
        var dict: UInt32 = 0
        for i in 0..<4 { dict |= UInt32(h[1 + i]) << (8 * UInt32(i)) }
        if dict != UInt32.max, dict > 1 {
            let top = UInt32(1) << (31 - UInt32(dict.leadingZeroBitCount))
            guard dict == top || dict == top | (top >> 1) else { return false }
        }
        var size: UInt64 = 0
        for i in 0..<8 { size |= UInt64(h[5 + i]) << (8 * UInt64(i)) }
        return size == UInt64.max || size < 1 << 42
    }

    /// Decodes `source` (which starts with a stream of `codec`), bounded by `limits`.
    public static func decompress(_ codec: Codec, _ source: any ByteSource, limits: Limits) -> Result {
        var run = Run(source: source, limits: limits)
        run.go(codec)
        return Result(output: run.out, consumed: run.stop == nil ? run.doneAt : run.absolute, streams: run.streams, trailingBytes: run.trailing,
                      stopOffset: run.stop == nil ? nil : run.absolute, stop: run.stop)
    }

    /// Convenience for in-memory data.
    public static func decompress(_ codec: Codec, _ bytes: [UInt8], limits: Limits) -> Result {
        decompress(codec, MemoryBytes(bytes), limits: limits)
    }

    // MARK: - The decoding loop

    enum StepStatus { case ok, end, error(String), memory(UInt64), noProgress }

    /// One stream decoder (libbz2 or liblzma state).
    protocol Engine {
        mutating func start(limits: Limits) -> String?
        /// Decodes from `input` into `output`; returns (consumed, produced, status).
        mutating func step(_ input: UnsafeBufferPointer<UInt8>, _ output: UnsafeMutableBufferPointer<UInt8>, finish: Bool) -> (Int, Int, StepStatus)
        mutating func close()
    }

    struct Run {
        let source: any ByteSource
        let limits: Limits
        var out: [UInt8] = []
        var chunk: [UInt8] = []
        var chunkStart = 0
        var chunkPos = 0
        var streams = 0
        var streamStart = 0
        /// Input offset just past the last complete stream.
        var doneAt = 0
        var trailing = 0
        var stop: Stop?
        var absolute: Int { chunkStart + chunkPos }

        init(source: any ByteSource, limits: Limits) {
            self.source = source
            self.limits = limits
        }

        /// Makes sure unread input is buffered; false at the end of the source.
        mutating func fill() -> Bool {
            if chunkPos < chunk.count { return true }
            let next = chunkStart + chunk.count
            guard next < source.count, let b = try? source.read(offset: next, length: limits.inputChunk), !b.isEmpty else { return false }
            chunkStart = next
            chunk = b
            chunkPos = 0
            return true
        }

        mutating func go(_ codec: Codec) {
            var buffer = [UInt8](repeating: 0, count: 256 << 10)
            while stop == nil {
                streamStart = absolute
                guard fill() else { return }
                var engine: any Engine = codec == .bzip2 ? BZ2Engine() : LZMAEngine(alone: codec == .lzmaAlone)
                defer { engine.close() }
                if let e = engine.start(limits: limits) {
                    stop = .corrupt(e)
                    return
                }
                let before = out.count
                var idle = 0
                streamLoop: while true {
                    let more = fill()
                    let room = min(buffer.count, limits.maxOutput - out.count + 1)
                    let (used, made, status) = chunk.withUnsafeBufferPointer { ib in
                        buffer.withUnsafeMutableBufferPointer { ob in
                            let input = UnsafeBufferPointer(rebasing: ib[chunkPos...])
                            let output = UnsafeMutableBufferPointer(rebasing: ob[..<room])
                            return engine.step(input, output, finish: !more || chunkStart + chunk.count >= source.count)
                        }
                    }
                    chunkPos += used
                    if made > 0 {
                        let keep = min(made, limits.maxOutput - out.count)
                        if out.count + keep > out.capacity {
                            let cap = min(max(out.count + keep, out.capacity * 2, 1 << 16), limits.maxOutput)
                            if let lease = limits.lease, !lease.grow(toTotal: cap) {
                                stop = .budgetLimit
                                return
                            }
                            out.reserveCapacity(cap)
                        }
                        out += buffer[..<keep]
                        if keep < made {
                            stop = .outputLimit
                            return
                        }
                    }
                    if out.count > limits.ratioFloor, out.count / max(1, absolute) > limits.maxRatio {
                        stop = .ratioLimit
                        return
                    }
                    switch status {
                    case .end:
                        streams += 1
                        doneAt = absolute
                        break streamLoop
                    case .memory(let m):
                        stop = .memoryLimit(m)
                        return
                    case .error(let message):
                        if streams > 0, out.count == before { trailing = source.count - streamStart; return }
                        stop = .corrupt(message)
                        return
                    case .ok, .noProgress:
                        if used == 0, made == 0 {
                            idle += 1
                            let exhausted = !more || (chunkPos >= chunk.count && chunkStart + chunk.count >= source.count)
                            if exhausted || idle > 4 {
                                if streams > 0, out.count == before { trailing = source.count - streamStart; return }
                                stop = exhausted ? .truncated : .corrupt("the decoder made no progress")
                                return
                            }
                        } else {
                            idle = 0
                        }
                    }
                }
                if absolute >= source.count { return }
            }
        }
    }

    // MARK: - libbz2

    struct BZ2Engine: Engine {
        var stream = UnsafeMutablePointer<bz_stream>.allocate(capacity: 1)
        var open = false

        mutating func start(limits: Limits) -> String? {
            stream.initialize(to: bz_stream())
            let r = BZ2_bzDecompressInit(stream, 0, 0)
            guard r == BZ_OK else { return "bzip2 decoder could not start (\(r))" }
            open = true
            return nil
        }

        mutating func step(_ input: UnsafeBufferPointer<UInt8>, _ output: UnsafeMutableBufferPointer<UInt8>, finish: Bool) -> (Int, Int, StepStatus) {
            guard let ob = output.baseAddress, output.count > 0 else { return (0, 0, .noProgress) }
            let inCount = UInt32(clamping: input.count), outCount = UInt32(clamping: output.count)
            stream.pointee.next_in = input.baseAddress.map { UnsafeMutableRawPointer(mutating: $0).assumingMemoryBound(to: CChar.self) }
            stream.pointee.avail_in = input.baseAddress == nil ? 0 : inCount
            stream.pointee.next_out = UnsafeMutableRawPointer(ob).assumingMemoryBound(to: CChar.self)
            stream.pointee.avail_out = outCount
            let r = BZ2_bzDecompress(stream)
            let used = Int(inCount - stream.pointee.avail_in), made = Int(outCount - stream.pointee.avail_out)
            stream.pointee.next_in = nil
            stream.pointee.next_out = nil
            switch r {
            case BZ_OK: return (used, made, .ok)
            case BZ_STREAM_END: return (used, made, .end)
            case BZ_DATA_ERROR_MAGIC: return (used, made, .error("not a bzip2 stream (bad magic)"))
            case BZ_DATA_ERROR: return (used, made, .error("corrupt bzip2 data (bad block or CRC)"))
            case BZ_MEM_ERROR: return (used, made, .memory(0))
            default: return (used, made, .error("bzip2 decoder error \(r)"))
            }
        }

        mutating func close() {
            if open { BZ2_bzDecompressEnd(stream) }
            open = false
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
    }

    // MARK: - liblzma

    struct LZMAEngine: Engine {
        let alone: Bool
        var stream = UnsafeMutablePointer<lzma_stream>.allocate(capacity: 1)
        var open = false
        var memlimit: UInt64 = 0

        init(alone: Bool) { self.alone = alone }

        mutating func start(limits: Limits) -> String? {
            stream.initialize(to: lzma_stream())
            memlimit = limits.maxMemory
            let r = alone ? lzma_alone_decoder(stream, memlimit) : lzma_stream_decoder(stream, memlimit, 0)
            guard r == LZMA_OK else { return "lzma decoder could not start (\(r.rawValue))" }
            open = true
            return nil
        }

        mutating func step(_ input: UnsafeBufferPointer<UInt8>, _ output: UnsafeMutableBufferPointer<UInt8>, finish: Bool) -> (Int, Int, StepStatus) {
            guard let ob = output.baseAddress, output.count > 0 else { return (0, 0, .noProgress) }
            stream.pointee.next_in = input.baseAddress
            stream.pointee.avail_in = input.baseAddress == nil ? 0 : input.count
            stream.pointee.next_out = ob
            stream.pointee.avail_out = output.count
            let r = lzma_code(stream, finish ? LZMA_FINISH : LZMA_RUN)
            let used = (input.baseAddress == nil ? 0 : input.count) - stream.pointee.avail_in
            let made = output.count - stream.pointee.avail_out
            stream.pointee.next_in = nil
            stream.pointee.next_out = nil
            switch r {
            case LZMA_OK: return (used, made, .ok)
            case LZMA_STREAM_END: return (used, made, .end)
            case LZMA_BUF_ERROR: return (used, made, .noProgress)
            case LZMA_MEMLIMIT_ERROR: return (used, made, .memory(lzma_memusage(stream)))
            case LZMA_MEM_ERROR: return (used, made, .memory(0))
            case LZMA_FORMAT_ERROR: return (used, made, .error(alone ? "not a valid .lzma stream (bad header)" : "not an xz stream (bad magic)"))
            case LZMA_OPTIONS_ERROR: return (used, made, .error("unsupported \(alone ? "lzma" : "xz") options in the stream header"))
            case LZMA_DATA_ERROR: return (used, made, .error("corrupt \(alone ? "lzma" : "xz") data"))
            default: return (used, made, .error("\(alone ? "lzma" : "xz") decoder error \(r.rawValue)"))
            }
        }

        mutating func close() {
            if open { lzma_end(stream) }
            open = false
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
    }

    // MARK: - Compression (test fixtures and rule examples only)

    /// Compresses `data` with `codec` at `level` (bzip2 1-9, xz/lzma presets 0-9); nil on failure.
    public static func compress(_ codec: Codec, _ data: [UInt8], level: Int = 3) -> [UInt8]? {
        switch codec {
        case .bzip2:
            var capacity = UInt32(clamping: data.count + data.count / 100 + 600)
            var out = [UInt8](repeating: 0, count: Int(capacity))
            var src = data
            let r = out.withUnsafeMutableBufferPointer { ob in
                src.withUnsafeMutableBufferPointer { ib in
                    BZ2_bzBuffToBuffCompress(UnsafeMutableRawPointer(ob.baseAddress!).assumingMemoryBound(to: CChar.self), &capacity,
                                             ib.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) },
                                             UInt32(clamping: ib.count), Int32(min(9, max(1, level))), 0, 0)
                }
            }
            return r == BZ_OK ? Array(out.prefix(Int(capacity))) : nil
        case .xz, .lzmaAlone:
            let strm = UnsafeMutablePointer<lzma_stream>.allocate(capacity: 1)
            strm.initialize(to: lzma_stream())
            defer { lzma_end(strm); strm.deinitialize(count: 1); strm.deallocate() }
            let preset = UInt32(min(9, max(0, level)))
            if codec == .xz {
                guard lzma_easy_encoder(strm, preset, LZMA_CHECK_CRC64) == LZMA_OK else { return nil }
            } else {
                var options = lzma_options_lzma()
                guard lzma_lzma_preset(&options, preset) == 0, lzma_alone_encoder(strm, &options) == LZMA_OK else { return nil }
            }
            var out: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 64 << 10)
            return data.withUnsafeBufferPointer { ib -> [UInt8]? in
                strm.pointee.next_in = ib.baseAddress
                strm.pointee.avail_in = ib.count
                while true {
                    let (r, made) = buffer.withUnsafeMutableBufferPointer { ob -> (lzma_ret, Int) in
                        strm.pointee.next_out = ob.baseAddress
                        strm.pointee.avail_out = ob.count
                        let r = lzma_code(strm, LZMA_FINISH)
                        return (r, ob.count - strm.pointee.avail_out)
                    }
                    out += buffer[..<made]
                    if r == LZMA_STREAM_END { return out }
                    if r != LZMA_OK { return nil }
                }
            }
        }
    }
}
