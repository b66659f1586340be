import Foundation

/// What an inventory (the AI BOM, model admission) needs to know about a weight file, read from its
/// header only with the models family's bounded parsers (`SafetensorsHeader`, `GGUFReader`): format,
/// parameter count, dtypes, tensor count and descriptive metadata. Tensors are never read.
public struct ModelHeaderSummary: Sendable, Equatable {
    /// safetensors, gguf, pytorch-zip, pickle, onnx, hdf5, tflite, numpy, ggml, keras, zip, or nil when unknown.
    public var format: String?
    public var parameters: Int64?
    public var dtypes: [String] = []
    public var tensorCount: Int?
    /// GGUF `general.*` metadata (strings and numbers) and `gguf.version`; safetensors `__metadata__`.
    public var metadata: [String: String] = [:]
    /// Set when the header is malformed or over a limit (the format is still reported).
    public var problem: String?

    public init(format: String? = nil, problem: String? = nil) {
        self.format = format
        self.problem = problem
    }

    /// Extensions under which weights are published.
    public static let weightExtensions: Set<String> = [
        "safetensors", "gguf", "ggml", "bin", "pt", "pth", "ckpt", "pkl", "pickle", "onnx", "h5", "hdf5", "keras",
        "tflite", "npz", "npy", "msgpack", "mlmodel", "joblib", "pb", "model",
    ]

    /// The format by magic bytes (the extension only breaks ties between zip-based formats).
    public static func sniff(head: [UInt8], fileExtension ext: String) -> String? {
        func starts(_ m: [UInt8]) -> Bool {
            guard head.count >= m.count else { return false }
            for i in 0..<m.count where head[i] != m[i] { return false }
            return true
        }
        if starts([0x47, 0x47, 0x55, 0x46]) { return "gguf" }
        if starts([0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]) { return "hdf5" }
        if starts([0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]) { return "numpy" }
        if head.count >= 8, head[4] == 0x54, head[5] == 0x46, head[6] == 0x4C, head[7] == 0x33 { return "tflite" }
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            switch ext {
            case "pt", "pth", "bin", "ckpt": return "pytorch-zip"
            case "keras": return "keras"
            case "npz": return "numpy"
            default: return "zip"
            }
        }
        if head.count >= 2, head[0] == 0x80, (2...5).contains(head[1]) { return "pickle" }
        for magic in ["lmgg", "fmgg", "tjgg"] where starts(Array(magic.utf8)) { return "ggml" }
        if head.count >= 9 {
            var n: UInt64 = 0
            for i in 0..<8 { n |= UInt64(head[i]) << (8 * UInt64(i)) }
            if n > 1, n < 100 << 20, head[8] == 0x7B { return "safetensors" }
        }
        if ext == "onnx", head.first == 0x08 { return "onnx" }
        if ext == "pkl" || ext == "pickle" || ext == "joblib" { return "pickle" }
        return nil
    }

    /// The summary of any byte source (a file, an archive member).
    public static func read(_ source: any ByteSource, fileExtension ext: String) -> ModelHeaderSummary {
        let head = (try? source.read(offset: 0, length: min(64, source.count))) ?? []
        var info = ModelHeaderSummary(format: sniff(head: head, fileExtension: ext))
        switch info.format {
        case "safetensors":
            let s = SafetensorsHeader.summary(source)
            info.tensorCount = s.problem == nil || s.tensorCount > 0 ? s.tensorCount : nil
            info.parameters = s.problem == nil ? s.parameters : nil
            info.dtypes = s.dtypes
            info.metadata = s.metadata
            info.problem = s.problem
        case "gguf":
            let h = GGUFReader.read(source)
            if h.version != 0 { info.metadata["gguf.version"] = String(h.version) }
            for (k, v) in h.general { info.metadata[k] = v }
            if let l = h.limitHit {
                info.problem = "GGUF header over a limit (\(l))"
            } else if let p = h.problems.first {
                info.problem = p.message
            }
            if h.limitHit == nil, !h.problems.contains(where: { $0.message.hasPrefix("the header is truncated") || $0.message.hasPrefix("unsupported") }) {
                info.tensorCount = Int(h.tensorCount)
                info.parameters = h.parameterCount
                info.dtypes = h.tensorTypes.map { GGUFReader.typeNames[$0] ?? "type\($0)" }.sorted()
            }
        default:
            break
        }
        return info
    }

    /// The summary of the file at `path` (opened read-only; only the header is read).
    public static func read(path: String, fileExtension ext: String, size: Int64) -> ModelHeaderSummary {
        guard let source = FileHandleBytes(path: path, size: Int(clamping: size)) else {
            return ModelHeaderSummary(format: nil, problem: "unreadable")
        }
        return read(source, fileExtension: ext)
    }
}

/// A file opened read-only as a random-access byte source (reads with `pread`, no shared position).
public final class FileHandleBytes: ByteSource, @unchecked Sendable {
    let fd: Int32
    public let count: Int

    public init?(path: String, size: Int? = nil) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        self.fd = fd
        if let size {
            count = size
        } else {
            var st = stat()
            count = fstat(fd, &st) == 0 ? Int(st.st_size) : 0
        }
    }

    deinit { close(fd) }

    public func read(offset: Int, length: Int) throws -> [UInt8] {
        guard offset >= 0, length >= 0, offset <= count else { throw ReadError() }
        let n = min(length, count - offset)
        guard n > 0 else { return [] }
        var out = [UInt8](repeating: 0, count: n)
        var done = 0
        while done < n {
            let r = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, n - done, off_t(offset + done)) }
            if r <= 0 { break }
            done += r
        }
        if done < n { out.removeSubrange(done...) }
        return out
    }

    struct ReadError: Error {}
}
