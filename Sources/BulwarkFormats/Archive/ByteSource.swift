/// Random access to bytes that may not fit in memory (a multi-GB checkpoint, an archive member).
public protocol ByteSource: Sendable {
    var count: Int { get }
    /// At most `length` bytes at `offset` (fewer at the end).
    func read(offset: Int, length: Int) throws -> [UInt8]
}

/// Bytes already in memory.
public struct MemoryBytes: ByteSource {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public var count: Int { bytes.count }
    public func read(offset: Int, length: Int) throws -> [UInt8] {
        guard offset >= 0, length > 0, offset < bytes.count else { return [] }
        let end = length > bytes.count - offset ? bytes.count : offset + length
        // The whole buffer (a pickle file read for the machine, a small file's tail) is shared, not copied.
        if offset == 0, end == bytes.count { return bytes }
        return Array(bytes[offset..<end])
    }
}

/// A window of another source (a stored archive member).
public struct SliceBytes: ByteSource {
    public let base: any ByteSource
    public let start: Int
    public let count: Int
    public init(_ base: any ByteSource, start: Int, count: Int) {
        self.base = base
        self.start = max(0, start)
        self.count = max(0, min(count, base.count - max(0, start)))
    }
    public func read(offset: Int, length: Int) throws -> [UInt8] {
        guard offset >= 0, length > 0, offset < count else { return [] }
        return try base.read(offset: start + offset, length: min(length, count - offset))
    }
}
