/// Sequential little-endian reads over a `ByteSource` through a window cache, so that parsers of
/// multi-GB files (GGUF, protobuf) read only the bytes they walk.
public final class BufferedReader {
    public struct Truncated: Error, CustomStringConvertible, Sendable {
        public var offset: Int
        public var description: String { "data ends unexpectedly at byte \(offset)" }
    }

    public let source: any ByteSource
    public var position: Int
    private var window: [UInt8] = []
    private var windowStart = 0
    private let windowSize: Int

    public init(_ source: any ByteSource, position: Int = 0, windowSize: Int = 1 << 16) {
        self.source = source
        self.position = position
        self.windowSize = windowSize
    }

    public var count: Int { source.count }
    public var remaining: Int { max(0, source.count - position) }

    private func ensure(_ n: Int) throws {
        if position >= windowStart, position + n <= windowStart + window.count { return }
        guard n >= 0, position >= 0, n <= source.count - position else { throw Truncated(offset: position) }
        windowStart = position
        window = try source.read(offset: position, length: max(n, windowSize))
        guard window.count >= n else { throw Truncated(offset: position) }
    }

    public func u8() throws -> UInt8 {
        try ensure(1)
        defer { position += 1 }
        return window[position - windowStart]
    }

    public func uint(_ n: Int) throws -> UInt64 {
        try ensure(n)
        var v: UInt64 = 0
        let base = position - windowStart
        for i in 0..<n { v |= UInt64(window[base + i]) << (8 * UInt64(i)) }
        position += n
        return v
    }

    public func bytes(_ n: Int) throws -> [UInt8] {
        guard n >= 0, n <= source.count - position else { throw Truncated(offset: position) }
        if n > windowSize {
            let b = try source.read(offset: position, length: n)
            guard b.count == n else { throw Truncated(offset: position) }
            position += n
            return b
        }
        try ensure(n)
        let base = position - windowStart
        position += n
        return Array(window[base..<(base + n)])
    }

    public func skip(_ n: Int) throws {
        guard n >= 0, n <= source.count - position else { throw Truncated(offset: position) }
        position += n
    }

    /// A protobuf base-128 varint.
    public func varint() throws -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try u8()
            if shift < 64 { v |= UInt64(b & 0x7F) << shift }
            if b & 0x80 == 0 { return v }
            shift += 7
            if shift > 70 { throw Truncated(offset: position) }
        }
    }
}
