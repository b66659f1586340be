/// Bounds of the GGUF header parse.
public struct GGUFLimits: Sendable {
    public var maxKeyValues = 1_000_000
    public var maxTensors = 10_000_000
    public var maxStringBytes = 16 << 20
    public var maxArrayElements = 32_000_000
    public var maxDimensions = 8
    public init() {}
}

/// What a GGUF header holds that matters to a scanner: its string metadata and tensor table.
public struct GGUFHeader: Sendable {
    public var version: UInt32 = 0
    public var tensorCount: UInt64 = 0
    public var keyValueCount: UInt64 = 0
    /// String-valued metadata (chat templates, architecture...), with the offset of each value.
    public var strings: [(key: String, value: String, offset: Int)] = []
    public var problems: [(message: String, offset: Int)] = []
    /// Set when a limit stopped the parse.
    public var limitHit: String?
    /// `general.*` metadata that is a string or a scalar number/bool, as text (for inventories).
    public var general: [String: String] = [:]
    /// Sum of the tensors' element counts; nil when it overflows or the tensor table was not read whole.
    public var parameterCount: Int64?
    /// ggml type ids of the tensors (names in `GGUFReader.typeNames`).
    public var tensorTypes: Set<UInt32> = []
}

/// Parses the GGUF header, metadata and tensor infos with bounds; never reads tensor data.
public enum GGUFReader {
    /// (elements per block, bytes per block) of ggml tensor types.
    static let typeSizes: [UInt32: (Int, Int)] = [
        0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34), 9: (32, 36),
        10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210), 15: (256, 292),
        16: (256, 66), 17: (256, 74), 18: (256, 98), 19: (256, 50), 20: (32, 18), 21: (256, 110), 22: (256, 82),
        23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8), 29: (256, 56), 30: (1, 2),
        34: (256, 54), 35: (256, 66),
    ]

    /// Names of ggml tensor types.
    public static let typeNames: [UInt32: String] = [
        0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 6: "Q5_0", 7: "Q5_1", 8: "Q8_0", 9: "Q8_1", 10: "Q2_K", 11: "Q3_K",
        12: "Q4_K", 13: "Q5_K", 14: "Q6_K", 15: "Q8_K", 16: "IQ2_XXS", 17: "IQ2_XS", 18: "IQ3_XXS", 19: "IQ1_S",
        20: "IQ4_NL", 21: "IQ3_S", 22: "IQ2_S", 23: "IQ4_XS", 24: "I8", 25: "I16", 26: "I32", 27: "I64", 28: "F64",
        29: "IQ1_M", 30: "BF16", 34: "TQ1_0", 35: "TQ2_0",
    ]

    /// A scalar metadata value as text (types 0-7 and 10-12), reading exactly its bytes.
    static func scalarText(_ type: UInt32, _ r: BufferedReader) throws -> String? {
        let sizes: [UInt32: Int] = [0: 1, 1: 1, 7: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 10: 8, 11: 8, 12: 8]
        guard let n = sizes[type] else { return nil }
        let u = try r.uint(n)
        switch type {
        case 6: return String(Float(bitPattern: UInt32(truncatingIfNeeded: u)))
        case 12: return String(Double(bitPattern: u))
        case 7: return u != 0 ? "true" : "false"
        case 1: return String(Int8(truncatingIfNeeded: u))
        case 3: return String(Int16(truncatingIfNeeded: u))
        case 5: return String(Int32(truncatingIfNeeded: u))
        case 11: return String(Int64(bitPattern: u))
        default: return String(u)
        }
    }

    public static func read(_ source: any ByteSource, limits: GGUFLimits = GGUFLimits()) -> GGUFHeader {
        var h = GGUFHeader()
        let r = BufferedReader(source)
        do {
            guard try r.bytes(4) == Array("GGUF".utf8) else {
                h.problems.append(("missing GGUF magic", 0))
                return h
            }
            h.version = UInt32(try r.uint(4))
            guard (1...3).contains(h.version) else {
                h.problems.append(("unsupported GGUF version \(h.version)", 4))
                return h
            }
            let wide = h.version >= 2
            h.tensorCount = try r.uint(wide ? 8 : 4)
            h.keyValueCount = try r.uint(wide ? 8 : 4)
            guard h.keyValueCount <= UInt64(limits.maxKeyValues) else {
                h.limitHit = "metadata entries (\(h.keyValueCount) > \(limits.maxKeyValues))"
                return h
            }
            guard h.tensorCount <= UInt64(limits.maxTensors) else {
                h.limitHit = "tensor count (\(h.tensorCount) > \(limits.maxTensors))"
                return h
            }
            func string() throws -> String? {
                let n = try r.uint(wide ? 8 : 4)
                guard n <= UInt64(limits.maxStringBytes) else {
                    h.limitHit = "string length (\(n) bytes at offset \(r.position))"
                    return nil
                }
                return String(decoding: try r.bytes(Int(n)), as: UTF8.self)
            }
            func skipValue(_ type: UInt32, depth: Int) throws -> Bool {
                switch type {
                case 0, 1, 7: try r.skip(1)
                case 2, 3: try r.skip(2)
                case 4, 5, 6: try r.skip(4)
                case 10, 11, 12: try r.skip(8)
                case 8:
                    let n = try r.uint(wide ? 8 : 4)
                    guard n <= UInt64(limits.maxStringBytes) else {
                        h.limitHit = "string length (\(n) bytes at offset \(r.position))"
                        return false
                    }
                    try r.skip(Int(n))
                case 9:
                    guard depth < 2 else {
                        h.problems.append(("arrays nested too deeply at offset \(r.position)", r.position))
                        return false
                    }
                    let et = UInt32(try r.uint(4))
                    let n = try r.uint(wide ? 8 : 4)
                    guard n <= UInt64(limits.maxArrayElements) else {
                        h.limitHit = "array length (\(n) elements at offset \(r.position))"
                        return false
                    }
                    let fixed: [UInt32: Int] = [0: 1, 1: 1, 7: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 10: 8, 11: 8, 12: 8]
                    if let s = fixed[et] {
                        let (total, o) = Int(n).multipliedReportingOverflow(by: s)
                        guard !o else { throw BufferedReader.Truncated(offset: r.position) }
                        try r.skip(total)
                    } else {
                        for _ in 0..<n { guard try skipValue(et, depth: depth + 1) else { return false } }
                    }
                default:
                    h.problems.append(("unknown metadata value type \(type) at offset \(r.position - 4)", r.position - 4))
                    return false
                }
                return true
            }
            var alignment = 32
            for _ in 0..<h.keyValueCount {
                guard let key = try string() else { return h }
                let type = UInt32(try r.uint(4))
                if type == 8 {
                    let at = r.position
                    guard let v = try string() else { return h }
                    h.strings.append((key, v, at))
                    if key.hasPrefix("general."), h.general.count < 128 { h.general[key] = String(v.prefix(512)) }
                } else if key.hasPrefix("general."), key != "general.alignment", type != 9, h.general.count < 128,
                          let v = try scalarText(type, r) {
                    h.general[key] = v
                } else if key == "general.alignment", type == 4 {
                    alignment = Int(try r.uint(4))
                    if alignment == 0 || alignment & (alignment - 1) != 0 {
                        h.problems.append(("general.alignment \(alignment) is not a power of two", r.position - 4))
                        alignment = 32
                    }
                } else {
                    guard try skipValue(type, depth: 0) else { return h }
                }
            }
            var tensors: [(String, Int, Int, Int)] = [] // name, offset, size (or -1), at
            var parameters: Int64 = 0
            var parametersOverflow = false
            for _ in 0..<h.tensorCount {
                let at = r.position
                guard let name = try string() else { return h }
                let nd = Int(try r.uint(4))
                guard nd <= limits.maxDimensions else {
                    h.problems.append(("tensor `\(name)` has \(nd) dimensions", at))
                    return h
                }
                var elems = 1
                var overflow = false
                for _ in 0..<nd {
                    let d = try r.uint(8)
                    if d > UInt64(Int.max) { overflow = true; continue }
                    let (p, o) = elems.multipliedReportingOverflow(by: Int(d))
                    if o { overflow = true } else { elems = p }
                }
                let type = UInt32(try r.uint(4))
                let off = try r.uint(8)
                h.tensorTypes.insert(type)
                let (sum, so) = parameters.addingReportingOverflow(Int64(elems))
                if overflow || so { parametersOverflow = true } else { parameters = sum }
                if overflow || off > UInt64(Int.max / 2) {
                    h.problems.append(("tensor `\(name)` has impossible dimensions or offset", at))
                    continue
                }
                var size = -1
                if let (per, bytes) = typeSizes[type] {
                    if elems % per != 0 {
                        h.problems.append(("tensor `\(name)` has \(elems) elements, not a multiple of its block size \(per)", at))
                    } else {
                        let (s, o) = (elems / per).multipliedReportingOverflow(by: bytes)
                        size = o ? Int.max : s
                    }
                }
                tensors.append((name, Int(off), size, at))
            }
            h.parameterCount = parametersOverflow ? nil : parameters
            let dataStart = (r.position + alignment - 1) / alignment * alignment
            let dataLen = source.count - dataStart
            for (name, off, size, at) in tensors {
                if off % alignment != 0 {
                    h.problems.append(("tensor `\(name)` offset \(off) is not aligned to \(alignment)", at))
                }
                let (end, o) = off.addingReportingOverflow(max(size, 0))
                if o || end > dataLen {
                    h.problems.append(("tensor `\(name)` (\(size) bytes at data offset \(off)) runs past the end of the file", at))
                }
            }
        } catch {
            h.problems.append(("the header is truncated (\(error))", r.position))
        }
        return h
    }
}
