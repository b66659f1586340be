/// One field of a protobuf message on the wire.
public struct ProtoField: Sendable {
    public var number: Int
    public var wireType: Int
    /// The varint or fixed value (wire types 0, 1, 5).
    public var value: UInt64
    /// For length-delimited fields: offset and length of the payload in the source.
    public var offset: Int
    public var length: Int
}

/// A schema-less protobuf wire-format walker over a `ByteSource`: it lists the fields of a message
/// without reading large payloads (tensor data), so multi-GB ONNX files cost only their structure.
public enum ProtoWire {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var offset: Int
        public var description: String { "\(message) at byte \(offset)" }
    }

    /// Fields of the message spanning `offset..<offset+length`.
    public static func fields(_ source: any ByteSource, offset: Int, length: Int, maxFields: Int = 10_000_000) throws -> [ProtoField] {
        let r = BufferedReader(source, position: offset)
        let end = offset + length
        guard end <= source.count, offset >= 0, length >= 0 else { throw Failure(message: "message runs past the data", offset: offset) }
        var out: [ProtoField] = []
        while r.position < end {
            guard out.count < maxFields else { throw Failure(message: "too many fields", offset: r.position) }
            let at = r.position
            let key = try r.varint()
            let number = Int(key >> 3), wt = Int(key & 7)
            guard number > 0, number < 1 << 29 else { throw Failure(message: "invalid field number", offset: at) }
            switch wt {
            case 0: out.append(ProtoField(number: number, wireType: 0, value: try r.varint(), offset: at, length: 0))
            case 1: out.append(ProtoField(number: number, wireType: 1, value: try r.uint(8), offset: at, length: 0))
            case 5: out.append(ProtoField(number: number, wireType: 5, value: try r.uint(4), offset: at, length: 0))
            case 2:
                let n = try r.varint()
                guard r.position <= end, n <= UInt64(end - r.position) else { throw Failure(message: "length-delimited field runs past its message", offset: at) }
                out.append(ProtoField(number: number, wireType: 2, value: 0, offset: r.position, length: Int(n)))
                try r.skip(Int(n))
            default:
                throw Failure(message: "unsupported wire type \(wt)", offset: at)
            }
        }
        guard r.position == end else { throw Failure(message: "field runs past its message", offset: r.position) }
        return out
    }

    /// The UTF-8 text of a length-delimited field (bounded).
    public static func string(_ source: any ByteSource, _ f: ProtoField, max: Int = 1 << 16) -> String? {
        guard f.wireType == 2, f.length <= max, let b = try? source.read(offset: f.offset, length: f.length) else { return nil }
        return String(decoding: b, as: UTF8.self)
    }
}
