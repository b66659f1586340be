import Foundation
import BulwarkCore
import BulwarkFormats

/// A text to scan and how its byte offsets map back to the file.
public struct TextSegment: Sendable {
    public enum Origin: Sendable {
        /// The file's own bytes.
        case raw
        /// Decoded text (a notebook string, a base64 value) that sits at one place in the file.
        case decoded(line: Int, column: Int, encoding: String)
    }
    public var bytes: [UInt8]
    public var origin: Origin
}

/// Decides which files the secrets family reads and turns each into the texts to scan: the raw
/// bytes, plus decoded views where the raw bytes hide secrets (notebook JSON strings, Kubernetes
/// Secret `data:` base64 values).
public enum SecretViews {
    public static let lockfileNames: Set<String> = [
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "poetry.lock", "pipfile.lock",
        "cargo.lock", "gemfile.lock", "composer.lock", "go.sum", "uv.lock", "bun.lockb", "bun.lock", "flake.lock",
        "packages.lock.json", "mix.lock", "pubspec.lock", "package.resolved", "podfile.lock", "pdm.lock", "conda-lock.yml",
        "gradle.lockfile", "deno.lock",
    ]

    public static let binaryExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "bmp", "ico", "webp", "tif", "tiff", "psd", "pdf", "zip", "gz", "tgz", "bz2", "xz",
        "7z", "rar", "zst", "jar", "war", "whl", "egg", "so", "dylib", "dll", "exe", "bin", "o", "a", "class", "pyc",
        "pyo", "pt", "pth", "ckpt", "safetensors", "onnx", "h5", "hdf5", "keras", "pb", "tflite", "gguf", "ggml", "npy",
        "npz", "pkl", "pickle", "joblib", "parquet", "arrow", "feather", "mp3", "mp4", "wav", "ogg", "flac", "mov",
        "avi", "mkv", "webm", "woff", "woff2", "ttf", "otf", "eot", "sqlite", "sqlite3", "db", "dmg", "iso", "deb",
        "rpm", "msi", "wasm", "lockb", "ipa", "apk", "aab", "jks", "keystore", "p12", "pfx", "der", "crt", "cer",
    ]

    /// Whether the family reads a file at all (by path only; content checks happen in `segments`).
    public static func wants(_ file: SourceFile) -> Bool {
        if file.isVendored { return false }
        let name = file.fileName.lowercased()
        if lockfileNames.contains(name) || name.hasSuffix(".lock") { return false }
        let ext = file.fileExtension
        if binaryExtensions.contains(ext) { return false }
        if name.hasSuffix(".min.js") || name.hasSuffix(".min.css") || name.hasSuffix(".min.mjs") || ext == "map" { return false }
        if file.size > 64 << 20 || file.size == 0 { return false }
        return true
    }

    /// The texts to scan for one file, or [] when its content is binary or minified.
    public static func segments(for file: SourceFile) -> [TextSegment] {
        guard let bytes = file.bytes, !bytes.isEmpty else { return [] }
        if isBinary(bytes) { return [] }
        let ext = file.fileExtension
        if ["js", "mjs", "cjs", "css"].contains(ext), isMinified(bytes) { return [] }
        if ext == "ipynb" {
            if let strings = notebookStrings(bytes) { return strings }
        }
        var out = [TextSegment(bytes: bytes, origin: .raw)]
        if ext == "yaml" || ext == "yml" { out += kubernetesSecretData(bytes) }
        return out
    }

    static func isBinary(_ b: [UInt8]) -> Bool {
        let n = min(b.count, 8000)
        for i in 0..<n where b[i] == 0 { return true }
        return false
    }

    /// Bundled JavaScript or CSS: few, very long lines.
    static func isMinified(_ b: [UInt8]) -> Bool {
        guard b.count > 4096 else { return false }
        var lines = 1
        for c in b where c == 0x0A { lines += 1 }
        return b.count / lines > 1000
    }

    static let skippedNotebookKeys: Set<String> = ["image/png", "image/jpeg", "image/gif", "image/svg+xml", "application/pdf",
                                                    "image/webp", "application/vnd.jupyter.widget-state+json"]

    /// Every string of a notebook (cell sources, outputs, metadata), unescaped, each at its line.
    static func notebookStrings(_ bytes: [UInt8]) -> [TextSegment]? {
        guard let root = try? JSONParser.parse(bytes, limits: .init(maxDepth: 64, maxValues: 5_000_000, maxStringBytes: 32 << 20)) else { return nil }
        var out: [TextSegment] = []
        var stack: [JSONNode] = [root]
        while let node = stack.popLast() {
            switch node.value {
            case .string(let s):
                out.append(TextSegment(bytes: Array(s.utf8), origin: .decoded(line: node.line, column: node.column, encoding: "notebook JSON string")))
            case .array(let items):
                stack += items.reversed()
            case .object(let members):
                for m in members.reversed() where !skippedNotebookKeys.contains(m.key) {
                    // `"KEY": "value"` pairs in metadata or env blocks: keep the key name beside its value.
                    if case .string(let s) = m.value.value, m.key.count < 80 {
                        out.append(TextSegment(bytes: Array((m.key + "=" + s).utf8),
                                               origin: .decoded(line: m.value.line, column: m.value.column, encoding: "notebook JSON string")))
                    } else {
                        stack.append(m.value)
                    }
                }
            default: break
            }
        }
        return out
    }

    /// Base64-decoded values of a Kubernetes Secret's `data:` map, as `key=value` texts.
    static func kubernetesSecretData(_ bytes: [UInt8]) -> [TextSegment] {
        guard Scan.find(bytes, "kind: Secret", in: 0..<bytes.count) != nil || Scan.find(bytes, "kind: \"Secret\"", in: 0..<bytes.count) != nil else { return [] }
        var out: [TextSegment] = []
        var dataIndent: Int? = nil
        var lineNo = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNo += 1
            let line = bytes[start..<end]
            let indent = line.prefix { $0 == 0x20 }.count
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if text == "data:" || text.hasPrefix("data: ") && text.hasSuffix("{}") == false && text.count == 5 {
                dataIndent = indent
            } else if let d = dataIndent, !text.isEmpty, !text.hasPrefix("#") {
                if indent <= d { dataIndent = text == "data:" ? indent : nil }
                else if let colon = text.firstIndex(of: ":") {
                    let key = String(text[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
                    var value = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                    value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                    if value.count >= 8, let decoded = Codecs.base64Decode(value, maxBytes: 1 << 20),
                       let s = String(validating: decoded, as: UTF8.self) {
                        out.append(TextSegment(bytes: Array((key + "=" + s).utf8),
                                               origin: .decoded(line: lineNo, column: indent + 1, encoding: "base64 (Kubernetes Secret data)")))
                    }
                }
            }
            start = end + 1
        }
        return out
    }
}
