import BulwarkFormats
import Foundation

/// A small, bounded reader for model file headers (format sniffing, safetensors and GGUF headers).
/// It never loads tensors: it reads the header only, with explicit limits. It exists until the
/// models family's parsers are merged; it reads files, never runs them.
public enum ModelHeaders {
    public struct Info: Sendable, Equatable {
        /// safetensors, gguf, pytorch-zip, pickle, onnx, hdf5, tflite, numpy, ggml, zip, or nil when unknown.
        public var format: String?
        public var parameters: Int64?
        public var dtypes: [String] = []
        public var tensorCount: Int?
        /// GGUF `general.*` metadata (strings and numbers only).
        public var metadata: [String: String] = [:]
        /// Set when the header is malformed or over a limit (the format is still reported).
        public var problem: String?
    }

    public static let weightExtensions: Set<String> = [
        "safetensors", "gguf", "ggml", "bin", "pt", "pth", "ckpt", "pkl", "pickle", "onnx", "h5", "hdf5", "keras",
        "tflite", "npz", "npy", "msgpack", "mlmodel", "joblib", "pb", "model",
    ]

    /// Sniffs by magic bytes (the extension only breaks ties).
    public static func sniff(head: [UInt8], fileExtension ext: String) -> String? {
        func starts(_ m: [UInt8]) -> Bool { head.count >= m.count && Array(head.prefix(m.count)) == m }
        if starts(Array("GGUF".utf8)) { return "gguf" }
        if starts([0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]) { return "hdf5" }
        if starts([0x93] + Array("NUMPY".utf8)) { return "numpy" }
        if head.count >= 8, Array(head[4..<8]) == Array("TFL3".utf8) { return "tflite" }
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            switch ext {
            case "pt", "pth", "bin", "ckpt": return "pytorch-zip"
            case "keras": return "keras"
            case "npz": return "numpy"
            default: return "zip"
            }
        }
        if head.count >= 2, head[0] == 0x80, (2...5).contains(head[1]) { return "pickle" }
        if ["lmgg", "fmgg", "tjgg"].contains(where: { starts(Array($0.utf8)) }) { return "ggml" }
        if head.count >= 9 {
            var n: UInt64 = 0
            for i in 0..<8 { n |= UInt64(head[i]) << (8 * UInt64(i)) }
            if n > 1, n < 100 << 20, head[8] == UInt8(ascii: "{") { return "safetensors" }
        }
        if ext == "onnx", head.first == 0x08 { return "onnx" }
        if ext == "pkl" || ext == "pickle" || ext == "joblib" { return "pickle" }
        return nil
    }

    /// Reads the header of the model file at `path`.
    public static func read(path: String, fileExtension ext: String, size: Int64) -> Info {
        guard let fh = FileHandle(forReadingAtPath: path) else { return Info(format: nil, problem: "unreadable") }
        defer { try? fh.close() }
        let head = [UInt8]((try? fh.read(upToCount: 64)) ?? Data())
        var info = Info(format: sniff(head: head, fileExtension: ext))
        switch info.format {
        case "safetensors": readSafetensors(fh, size: size, into: &info)
        case "gguf": readGGUF(fh, size: size, into: &info)
        default: break
        }
        return info
    }

    // MARK: safetensors

    static let maxSafetensorsHeader: UInt64 = 100 << 20

    static func readSafetensors(_ fh: FileHandle, size: Int64, into info: inout Info) {
        do {
            try fh.seek(toOffset: 0)
            let lenBytes = [UInt8](try fh.read(upToCount: 8) ?? Data())
            guard lenBytes.count == 8 else { info.problem = "truncated header"; return }
            var n: UInt64 = 0
            for i in 0..<8 { n |= UInt64(lenBytes[i]) << (8 * UInt64(i)) }
            guard n <= maxSafetensorsHeader, Int64(n) <= size - 8 else { info.problem = "header length \(n) is out of bounds"; return }
            let header = [UInt8](try fh.read(upToCount: Int(n)) ?? Data())
            guard header.count == Int(n) else { info.problem = "truncated header"; return }
            let root = try JSONParser.parse(header, limits: .init(maxDepth: 16, maxValues: 5_000_000))
            guard let members = root.members else { info.problem = "header is not a JSON object"; return }
            var params: Int64 = 0
            var dtypes: Set<String> = []
            var count = 0
            var overflow = false
            for m in members where m.key != "__metadata__" {
                count += 1
                if let dt = m.value["dtype"]?.string { dtypes.insert(dt) }
                var n: Int64 = 1
                for dim in m.value["shape"]?.array ?? [] {
                    guard let d = dim.value.numberValue, d >= 0, d < 1e15 else { overflow = true; break }
                    let (p, o) = n.multipliedReportingOverflow(by: Int64(d))
                    if o { overflow = true; break }
                    n = p
                }
                let (s, o) = params.addingReportingOverflow(n)
                if o { overflow = true } else { params = s }
            }
            if let meta = root["__metadata__"]?.members {
                for m in meta.prefix(64) { if let s = m.value.string { info.metadata[m.key] = String(s.prefix(256)) } }
            }
            info.tensorCount = count
            info.dtypes = dtypes.sorted()
            info.parameters = overflow ? nil : params
            if overflow { info.problem = "tensor shapes overflow" }
        } catch {
            info.problem = "header: \(error)"
        }
    }

    // MARK: GGUF

    static let ggmlTypes: [UInt32: String] = [
        0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 6: "Q5_0", 7: "Q5_1", 8: "Q8_0", 9: "Q8_1", 10: "Q2_K", 11: "Q3_K",
        12: "Q4_K", 13: "Q5_K", 14: "Q6_K", 15: "Q8_K", 16: "IQ2_XXS", 17: "IQ2_XS", 18: "IQ3_XXS", 19: "IQ1_S",
        20: "IQ4_NL", 21: "IQ3_S", 22: "IQ2_S", 23: "IQ4_XS", 24: "I8", 25: "I16", 26: "I32", 27: "I64", 28: "F64",
        29: "IQ1_M", 30: "BF16", 34: "TQ1_0", 35: "TQ2_0",
    ]

    /// A forward-only buffered reader with a byte budget.
    struct Stream {
        let fh: FileHandle
        var buffer: [UInt8] = []
        var pos = 0
        var consumed: Int64 = 0
        let budget: Int64
        struct End: Error {}

        mutating func need(_ n: Int) throws {
            if buffer.count - pos >= n { return }
            buffer = Array(buffer[pos...])
            pos = 0
            while buffer.count < n {
                guard consumed < budget else { throw End() }
                let chunk = try fh.read(upToCount: 1 << 20) ?? Data()
                if chunk.isEmpty { throw End() }
                consumed += Int64(chunk.count)
                buffer += chunk
            }
        }
        mutating func bytes(_ n: Int) throws -> ArraySlice<UInt8> {
            try need(n)
            defer { pos += n }
            return buffer[pos..<(pos + n)]
        }
        mutating func skip(_ n: UInt64) throws {
            var left = n
            while left > 0 {
                let step = Int(min(left, 1 << 20))
                try need(step)
                pos += step
                left -= UInt64(step)
            }
        }
        mutating func u32() throws -> UInt32 {
            let b = try bytes(4)
            return b.reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
        mutating func u64() throws -> UInt64 {
            let b = try bytes(8)
            return b.reversed().reduce(0) { $0 << 8 | UInt64($1) }
        }
        mutating func string(max: UInt64 = 1 << 20) throws -> String? {
            let n = try u64()
            if n > max { try skip(n); return nil }
            return String(decoding: try bytes(Int(n)), as: UTF8.self)
        }
    }

    static func readGGUF(_ fh: FileHandle, size: Int64, into info: inout Info) {
        do {
            try fh.seek(toOffset: 0)
            var s = Stream(fh: fh, budget: 512 << 20)
            _ = try s.bytes(4)
            let version = try s.u32()
            guard version >= 2, version <= 3 else { info.problem = "unsupported GGUF version \(version)"; return }
            let tensors = try s.u64()
            let kvs = try s.u64()
            guard tensors < 1_000_000, kvs < 1_000_000 else { info.problem = "implausible tensor or key count"; return }
            info.metadata["gguf.version"] = String(version)
            func scalarSize(_ t: UInt32) -> Int? {
                switch t {
                case 0, 1, 7: return 1
                case 2, 3: return 2
                case 4, 5, 6: return 4
                case 10, 11, 12: return 8
                default: return nil
                }
            }
            func readValue(_ t: UInt32, depth: Int) throws -> String? {
                if let n = scalarSize(t) {
                    let b = try s.bytes(n)
                    let u = b.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                    switch t {
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
                if t == 8 { return try s.string() }
                if t == 9 {
                    guard depth < 4 else { throw Stream.End() }
                    let itemType = try s.u32()
                    let count = try s.u64()
                    guard count < 50_000_000 else { throw Stream.End() }
                    if let n = scalarSize(itemType) {
                        try s.skip(count * UInt64(n))
                    } else {
                        for _ in 0..<count { _ = try readValue(itemType, depth: depth + 1) }
                    }
                    return nil
                }
                throw Stream.End()
            }
            for _ in 0..<kvs {
                guard let key = try s.string(max: 65536) else { throw Stream.End() }
                let t = try s.u32()
                let v = try readValue(t, depth: 0)
                if key.hasPrefix("general."), let v, info.metadata.count < 128 { info.metadata[key] = String(v.prefix(512)) }
            }
            var params: Int64 = 0
            var types: Set<String> = []
            var overflow = false
            for _ in 0..<tensors {
                _ = try s.string(max: 65536)
                let nd = try s.u32()
                guard nd <= 8 else { throw Stream.End() }
                var n: Int64 = 1
                for _ in 0..<nd {
                    let d = try s.u64()
                    let (p, o) = n.multipliedReportingOverflow(by: Int64(clamping: d))
                    if o { overflow = true } else { n = p }
                }
                let t = try s.u32()
                types.insert(ggmlTypes[t] ?? "type\(t)")
                _ = try s.u64()
                let (sum, o) = params.addingReportingOverflow(n)
                if o { overflow = true } else { params = sum }
            }
            info.tensorCount = Int(tensors)
            info.parameters = overflow ? nil : params
            info.dtypes = types.sorted()
        } catch {
            info.problem = "truncated or malformed GGUF header"
        }
    }
}
