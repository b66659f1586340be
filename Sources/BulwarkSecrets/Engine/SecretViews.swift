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
    /// Set when the whole file was transcoded to UTF-8 (`UTF-16LE`, `UTF-16BE`): offsets into
    /// `bytes` then map to lines and columns through `bytes` itself, not through the file's bytes
    /// (see `location(ofByte:in:)`).
    public var transcodedFrom: String?
    /// Line starts of `bytes` (transcoded segments only).
    let lineStarts: [Int]

    public init(bytes: [UInt8], origin: Origin, transcodedFrom: String? = nil) {
        self.bytes = bytes
        self.origin = origin
        self.transcodedFrom = transcodedFrom
        var starts: [Int] = []
        if transcodedFrom != nil {
            starts.append(0)
            for (i, c) in bytes.enumerated() where c == 0x0A { starts.append(i + 1) }
        }
        self.lineStarts = starts
    }

    /// 1-based line and column of `offset` in this segment, and the encoding note for the finding.
    public func location(ofByte offset: Int, in file: SourceFile) -> (line: Int, column: Int, encoding: String?) {
        switch origin {
        case .decoded(let line, let column, let encoding):
            return (line, column, encoding)
        case .raw:
            guard let enc = transcodedFrom else {
                let (l, c) = file.lineColumn(ofByte: offset)
                return (l, c, nil)
            }
            var lo = 0, hi = lineStarts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
            }
            return (lo + 1, offset - lineStarts[lo] + 1, "\(enc) text")
        }
    }
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
        if keyStoreExtensions.contains(ext) { return true }
        if binaryExtensions.contains(ext) { return false }
        if name.hasSuffix(".min.js") || name.hasSuffix(".min.css") || name.hasSuffix(".min.mjs") || ext == "map" { return false }
        if file.size == 0 { return false }
        return true
    }

    /// Extensions of key store files, read only to check their structure (`KeyStores`).
    public static let keyStoreExtensions: Set<String> = ["p12", "pfx", "pkcs12", "jks", "jceks", "keystore"]

    /// Whether a file may be a key store: a key store extension, or a first byte that starts one (a DER
    /// SEQUENCE, the JKS or JCEKS magic). `KeyStores.identify` decides.
    public static func mayBeKeyStore(_ file: SourceFile, firstByte: UInt8?) -> Bool {
        if keyStoreExtensions.contains(file.fileExtension) { return true }
        guard let first = firstByte else { return false }
        return first == 0x30 || first == 0xFE || first == 0xCE
    }

    /// Files up to this size are read whole; larger ones are scanned in `chunkBytes` pieces (each
    /// with `chunkOverlap` bytes of context on both sides), so that no size escapes the scan and
    /// memory stays bounded.
    public static let wholeFileLimit = 64 << 20
    public static let chunkBytes = 16 << 20
    public static let chunkOverlap = 64 << 10

    /// Names that are configuration or source text whatever their bytes say: a NUL byte (even the
    /// first) does not make them binary, so that a NUL cannot hide a `.env` from the scan.
    public static let textExtensions: Set<String> = [
        "env", "ini", "cfg", "conf", "config", "properties", "toml", "yaml", "yml", "json", "jsonc", "json5", "xml",
        "tfvars", "tf", "hcl", "pem", "key", "ppk", "asc", "npmrc", "pypirc", "netrc", "sh", "bash", "zsh", "fish",
        "ps1", "bat", "cmd", "txt", "md", "rst", "csv", "tsv", "sql", "py", "ipynb", "js", "mjs", "cjs", "jsx", "ts",
        "tsx", "go", "rb", "java", "kt", "kts", "scala", "swift", "rs", "php", "cs", "c", "h", "cpp", "hpp", "cc",
        "gradle", "groovy", "dart", "lua", "r", "pl", "ex", "exs", "vue", "svelte", "html", "htm", "tpl", "j2",
        "dockerfile", "cfn", "bicep", "nix", "lock", "log",
    ]
    public static let textNames: Set<String> = [
        ".npmrc", ".pypirc", ".netrc", "_netrc", ".git-credentials", "credentials", ".dockercfg", ".htpasswd",
        "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "dockerfile", "makefile", "procfile", ".envrc", ".profile",
        ".bashrc", ".zshrc", "config",
    ]

    /// Whether a file's name says it holds text (configuration, environment, source).
    public static func isTextByName(_ file: SourceFile) -> Bool {
        let name = file.fileName.lowercased()
        if name.hasPrefix(".env") || name.hasSuffix(".env") || name.hasPrefix("env.") { return true }
        return textNames.contains(name) || textExtensions.contains(file.fileExtension)
    }

    /// UTF-16 text: a byte order mark, or (without one) zero bytes alternating with ASCII ones.
    public enum UTF16Order: String, Sendable { case little = "UTF-16LE", big = "UTF-16BE" }

    public static func utf16Order(_ b: ArraySlice<UInt8>) -> (UTF16Order, bomLength: Int)? {
        let s = b.startIndex
        if b.count >= 2, b[s] == 0xFF, b[s + 1] == 0xFE, !(b.count >= 4 && b[s + 2] == 0 && b[s + 3] == 0) { return (.little, 2) }
        if b.count >= 2, b[s] == 0xFE, b[s + 1] == 0xFF { return (.big, 2) }
        let pairs = min(b.count, 1024) / 2
        guard pairs >= 4 else { return nil }
        var le = 0, be = 0
        for k in 0..<pairs {
            let x = b[s + 2 * k], y = b[s + 2 * k + 1]
            if x != 0, y == 0 { le += 1 } else if x == 0, y != 0 { be += 1 }
        }
        if le * 10 >= pairs * 9 { return (.little, 0) }
        if be * 10 >= pairs * 9 { return (.big, 0) }
        return nil
    }

    /// UTF-16 code units to UTF-8 (unpaired surrogates become U+FFFD); an odd last byte is dropped.
    public static func transcodeUTF16(_ b: ArraySlice<UInt8>, _ order: UTF16Order) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(b.count / 2)
        var i = b.startIndex
        while i + 1 < b.endIndex {
            let u = order == .little ? UInt16(b[i]) | UInt16(b[i + 1]) << 8 : UInt16(b[i]) << 8 | UInt16(b[i + 1])
            units.append(u)
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// The texts to scan for one file, or [] when its content is binary or minified.
    public static func segments(for file: SourceFile) -> [TextSegment] {
        guard let bytes = file.bytes, !bytes.isEmpty else { return [] }
        if let (order, bom) = utf16Order(bytes[...]) {
            return [TextSegment(bytes: transcodeUTF16(bytes[bom...], order), origin: .raw, transcodedFrom: order.rawValue)]
        }
        if !isTextByName(file), isBinary(bytes) { return [] }
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
        b.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return false }
            return memchr(base, 0, min(p.count, 8000)) != nil
        }
    }

    /// Bundled JavaScript or CSS: few, very long lines.
    static func isMinified(_ b: [UInt8]) -> Bool {
        guard b.count > 4096 else { return false }
        // Counts newlines with memchr, stopping as soon as the lines are short enough on average.
        let needed = b.count / 1000 // more newlines than this: average line at most 1000 bytes
        var lines = 1
        b.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            var i = 0
            while i < p.count, lines <= needed, let hit = memchr(base + i, 0x0A, p.count - i) {
                lines += 1
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
        }
        return b.count / lines > 1000
    }

    static let skippedNotebookKeys: Set<String> = ["image/png", "image/jpeg", "image/gif", "image/svg+xml", "application/pdf",
                                                    "image/webp", "application/vnd.jupyter.widget-state+json"]

    /// Every string of a notebook (cell sources, outputs, metadata), unescaped, each at its line.
    static func notebookStrings(_ bytes: [UInt8]) -> [TextSegment]? {
        // The JSON parser's default value limit (3 million, 32 bytes each): a real notebook of outputs
        // has far fewer; past it the file is scanned as text (5 million took 530 MB with padding).
        guard let root = try? JSONParser.parse(bytes, limits: .init(maxDepth: 64, maxStringBytes: 32 << 20)) else { return nil }
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
        guard ByteSearch.contains(bytes, "kind: Secret") || ByteSearch.contains(bytes, "kind: \"Secret\"") else { return [] }
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
