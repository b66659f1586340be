/// Strict validation of a safetensors header: the JSON table of tensors at the start of the file.
public enum SafetensorsHeader {
    public static let maxHeaderBytes = 100_000_000
    /// Values parsed from one header: about 100 bytes each in memory, so the 20 million allowed before let a
    /// 37 KB zip holding a 38 MB header of `0,` take 1.9 GB. A header lists a few values per tensor (dtype,
    /// shape, offsets): 100,000 tensors stay far below this.
    public static let maxHeaderValues = 2_000_000

    /// Bytes per element of each dtype the format defines.
    public static let dtypeSizes: [String: Int] = [
        "BOOL": 1, "U8": 1, "I8": 1, "F8_E5M2": 1, "F8_E4M3": 1, "F8_E8M0": 1, "I16": 2, "U16": 2, "F16": 2, "BF16": 2,
        "I32": 4, "U32": 4, "F32": 4, "I64": 8, "U64": 8, "F64": 8, "C64": 8,
    ]

    public struct Problem: Sendable, Equatable {
        public var message: String
        public var offset: Int
    }

    /// What an inventory needs from a header: tensor count, parameters, dtypes and `__metadata__`.
    public struct Summary: Sendable, Equatable {
        public var tensorCount = 0
        /// Sum of the tensors' element counts; nil when a shape overflows.
        public var parameters: Int64?
        public var dtypes: [String] = []
        public var metadata: [String: String] = [:]
        /// Set when the header cannot be read (too long, truncated, not JSON).
        public var problem: String?
    }

    /// Reads the header only (never the tensors), bounded by `maxHeaderBytes`.
    public static func summary(_ source: any ByteSource) -> Summary {
        var out = Summary()
        guard source.count >= 8, let lenBytes = try? source.read(offset: 0, length: 8), lenBytes.count == 8 else {
            out.problem = "truncated header"
            return out
        }
        var n: UInt64 = 0
        for i in 0..<8 { n |= UInt64(lenBytes[i]) << (8 * UInt64(i)) }
        guard n <= UInt64(maxHeaderBytes), Int(n) <= source.count - 8 else {
            out.problem = "header length \(n) is out of bounds"
            return out
        }
        guard let header = try? source.read(offset: 8, length: Int(n)), header.count == Int(n) else {
            out.problem = "truncated header"
            return out
        }
        guard let root = try? JSONParser.parse(header, limits: JSONParser.Limits(maxDepth: 16, maxValues: maxHeaderValues)),
              let members = root.members else {
            out.problem = "header is not a JSON object"
            return out
        }
        var params: Int64 = 0
        var dtypes = Set<String>()
        var overflow = false
        for m in members where m.key != "__metadata__" {
            out.tensorCount += 1
            if let dt = m.value["dtype"]?.string { dtypes.insert(dt) }
            var count: Int64 = 1
            for dim in m.value["shape"]?.array ?? [] {
                guard case .number(let t) = dim.value, let d = Int64(t), d >= 0 else { overflow = true; break }
                let (p, o) = count.multipliedReportingOverflow(by: d)
                if o { overflow = true; break }
                count = p
            }
            let (sum, o) = params.addingReportingOverflow(count)
            if o { overflow = true } else { params = sum }
        }
        if let meta = root["__metadata__"]?.members {
            for m in meta.prefix(64) { if let s = m.value.string { out.metadata[m.key] = String(s.prefix(256)) } }
        }
        out.dtypes = dtypes.sorted()
        out.parameters = overflow ? nil : params
        if overflow { out.problem = "tensor shapes overflow" }
        return out
    }

    /// Every problem of the header; empty for a valid file.
    public static func validate(_ source: any ByteSource) -> [Problem] {
        guard source.count >= 8, let lenBytes = try? source.read(offset: 0, length: 8), lenBytes.count == 8 else {
            return [Problem(message: "file shorter than the 8-byte header length", offset: 0)]
        }
        var n: UInt64 = 0
        for i in 0..<8 { n |= UInt64(lenBytes[i]) << (8 * UInt64(i)) }
        guard n <= UInt64(maxHeaderBytes) else {
            return [Problem(message: "header length \(n) exceeds the 100 MB limit", offset: 0)]
        }
        let hlen = Int(n)
        guard hlen <= source.count - 8 else {
            return [Problem(message: "header length \(hlen) runs past the end of the file (\(source.count) bytes)", offset: 0)]
        }
        guard let header = try? source.read(offset: 8, length: hlen), header.count == hlen else {
            return [Problem(message: "header cannot be read", offset: 8)]
        }
        var problems: [Problem] = []
        guard header.first == 0x7B else { return [Problem(message: "header does not start with `{`", offset: 8)] }
        let root: JSONNode
        do {
            root = try JSONParser.parse(header, limits: JSONParser.Limits(maxDepth: 8, maxValues: maxHeaderValues, maxStringBytes: 1 << 20))
        } catch {
            return [Problem(message: "header is not valid JSON (\(error))", offset: 8 + error.offset)]
        }
        guard let members = root.members else { return [Problem(message: "header is not a JSON object", offset: 8)] }
        let dataLen = source.count - 8 - hlen
        var spans: [(Int, Int, String)] = []
        var names = Set<String>()
        for m in members {
            let at = 8 + m.value.offset
            if !names.insert(m.key).inserted { problems.append(Problem(message: "tensor `\(m.key)` is listed twice", offset: at)) }
            if m.key == "__metadata__" {
                guard let meta = m.value.members else {
                    problems.append(Problem(message: "__metadata__ is not an object", offset: at))
                    continue
                }
                for e in meta where e.value.string == nil {
                    problems.append(Problem(message: "__metadata__ value `\(e.key)` is not a string", offset: 8 + e.value.offset))
                }
                continue
            }
            guard let t = m.value.members else {
                problems.append(Problem(message: "tensor `\(m.key)` is not an object", offset: at))
                continue
            }
            for e in t where !["dtype", "shape", "data_offsets"].contains(e.key) {
                problems.append(Problem(message: "tensor `\(m.key)` has an unknown field `\(e.key)`", offset: 8 + e.value.offset))
            }
            guard let dtype = m.value["dtype"]?.string, let size = dtypeSizes[dtype] else {
                problems.append(Problem(message: "tensor `\(m.key)` has an unknown dtype", offset: at))
                continue
            }
            guard let shape = m.value["shape"]?.array, let offs = m.value["data_offsets"]?.array, offs.count == 2 else {
                problems.append(Problem(message: "tensor `\(m.key)` lacks a shape or a pair of data_offsets", offset: at))
                continue
            }
            var elems = 1
            var ok = true
            for d in shape {
                guard case .number(let s) = d.value, let v = Int(s), v >= 0 else { ok = false; break }
                let (p, o) = elems.multipliedReportingOverflow(by: v)
                if o { ok = false; break }
                elems = p
            }
            guard ok, case .number(let bs) = offs[0].value, case .number(let es) = offs[1].value, let b = Int(bs), let e = Int(es),
                  b >= 0, e >= b else {
                problems.append(Problem(message: "tensor `\(m.key)` has an invalid shape or data_offsets", offset: at))
                continue
            }
            let (bytes, o) = elems.multipliedReportingOverflow(by: size)
            if o || bytes != e - b {
                problems.append(Problem(message: "tensor `\(m.key)`: shape × \(dtype) size is \(o ? "overflowing" : String(bytes)) bytes but data_offsets span \(e - b)", offset: at))
            }
            if e > dataLen {
                problems.append(Problem(message: "tensor `\(m.key)` ends at \(e), past the \(dataLen) data bytes", offset: at))
            }
            spans.append((b, e, m.key))
        }
        spans.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var cursor = 0
        for (b, e, name) in spans {
            if b < cursor {
                problems.append(Problem(message: "tensor `\(name)` overlaps the previous tensor", offset: 8))
            } else if b > cursor {
                problems.append(Problem(message: "a gap of \(b - cursor) bytes precedes tensor `\(name)` (hidden data)", offset: 8))
            }
            cursor = max(cursor, e)
        }
        if cursor < dataLen, problems.isEmpty {
            problems.append(Problem(message: "\(dataLen - cursor) bytes after the last tensor are not described by the header (hidden data)", offset: 8 + hlen + cursor))
        }
        return problems
    }
}
