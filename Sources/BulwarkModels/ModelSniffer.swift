import BulwarkFormats

/// Recognises model and container formats from their first bytes.
enum ModelSniffer {
    static let headLength = 512

    /// Hugging Face files that carry a Jinja chat template.
    static let templateFiles: Set<String> = ["tokenizer_config.json", "chat_template.jinja", "chat_template.json"]

    /// Standalone Jinja templates (`chat_template.jinja` and any other `.jinja`/`.j2` a loader is pointed at).
    static let templateExtensions: Set<String> = ["jinja", "jinja2", "j2"]

    /// Configs a loader reads that may carry a chat template (any JSON/YAML with a `chat_template` key) and
    /// `.template` files that are chat templates (Jinja blocks over `messages`).
    static let templateConfigExtensions: Set<String> = ["json", "yaml", "yml", "template"]

    /// Config files above this size are not searched for templates (tokenizer files with a chat template
    /// are matched by name whatever their size).
    static let maxTemplateConfigBytes = 16 << 20

    /// How a file carries a chat template, judged from its name and (for configs) its bytes.
    enum TemplateCarrier: Sendable { case json, yaml, text }

    static func templateCarrier(fileName: String, fileExtension ext: String, size: Int, inGitHubFolder: Bool,
                                bytes: () -> [UInt8]?) -> TemplateCarrier? {
        if templateFiles.contains(fileName) { return ext == "json" ? .json : .text }
        if templateExtensions.contains(ext) { return renderedFormat(fileName) == nil ? .text : nil }
        guard templateConfigExtensions.contains(ext), size <= maxTemplateConfigBytes, !inGitHubFolder, let b = bytes() else { return nil }
        if ext == "template" {
            let hasBlock = contains(b, "{{") || contains(b, "{%")
            return hasBlock && contains(b, "message") ? .text : nil
        }
        guard contains(b, "chat_template") else { return nil }
        return ext == "json" ? .json : .yaml
    }

    /// Formats a Jinja file renders besides chat prompts: `sandbox.py.j2`, `nginx.conf.j2`, `index.html.jinja`.
    static let renderedFormats: Set<String> = ["py", "html", "htm", "xml", "sh", "bash", "zsh", "ps1", "yaml", "yml", "json", "toml",
                                               "ini", "cfg", "conf", "md", "rst", "js", "ts", "tsx", "jsx", "css", "scss", "sql",
                                               "tf", "hcl", "env", "properties", "go", "rs", "java", "kt", "c", "h", "cc", "cpp",
                                               "hpp", "rb", "php", "cs", "swift", "service", "nginx", "dockerfile", "makefile",
                                               "csv", "tex", "svg", "j2", "jinja"]

    /// The format a `name.<format>.j2` (or `.jinja`, `.jinja2`) file renders, when its inner extension names one:
    /// such files generate code or configuration (Ansible, cookiecutter, code generators). Loaders read chat
    /// templates from `chat_template.jinja`, `additional_chat_templates/<name>.jinja` and configs, never from these.
    static func renderedFormat(_ fileName: String) -> String? {
        let parts = fileName.lowercased().split(separator: ".")
        guard parts.count >= 3 else { return nil }
        let inner = String(parts[parts.count - 2])
        return renderedFormats.contains(inner) ? inner : nil
    }

    /// Whether `hay` contains the ASCII `needle` (a first-byte scan; configs are small).
    static func contains(_ hay: [UInt8], _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { n in
            guard let first = n.first, hay.count >= n.count else { return false }
            return hay.withUnsafeBufferPointer { h in
                var i = 0
                let last = h.count - n.count
                outer: while i <= last {
                    if h[i] == first {
                        for k in 1..<n.count where h[i + k] != n[k] { i += 1; continue outer }
                        return true
                    }
                    i += 1
                }
                return false
            }
        }
    }

    enum Format: String, Sendable {
        case pickle, zip, tar, gzip, bzip2, xz, lzma, sevenZip = "7z", zstd, lz4, rar, zlib, npy, hdf5, gguf, safetensors,
             onnx, savedModel = "saved-model", kerasMetadata = "keras-metadata", joblibZFile = "joblib-zfile"
    }

    /// Compressed streams: decoding reads every byte of them.
    static func isStream(_ f: Format) -> Bool { f == .gzip || f == .zlib || f == .bzip2 || f == .xz || f == .lzma || f == .joblibZFile }

    /// Extensions of model files worth a look at the tail for a zip whose head was overwritten or prefixed.
    static let modelExtensions: Set<String> = ["pt", "pth", "bin", "ckpt", "pkl", "pickle", "joblib", "zip", "npz",
                                               "keras", "mar", "pt2", "model", "tar", "data", "sav", "safetensors"]

    /// Whether the last 64 KiB of a file hold a zip end record (an archive with prepended data).
    static func hasZipTail(_ read: (Int, Int) -> [UInt8], size: Int) -> Bool {
        guard size >= 22 else { return false }
        let n = min(size, 65_557)
        return ZipReader.findEOCD(read(size - n, n)) != nil
    }

    /// Protocol 0/1 pickles start with printable opcodes, so a text file that happens to start with `c`
    /// or `(` and end with `.` must also decode cleanly for its first opcodes with identifier-like imports.
    static func plausibleTextPickle(_ head: [UInt8], wholeFile: Bool, needsImport: Bool = false, needsCall: Bool = false) -> Bool {
        if needsImport || needsCall, !mayImport(head) { return false }
        if !firstTextArgumentPlausible(head) { return false }
        var limits = PickleLimits()
        limits.maxOpcodes = 256
        var options = PickleOptions()
        options.firstPickleOnly = needsCall
        let a = PickleMachine.analyze(head, limits: limits, options: options)
        // With `needsCall`, what breaks after the first call of an import does not matter: the call already ran.
        var clean = Int.max
        if needsCall {
            guard let c = a.calls.first(where: { a.importIndex($0.callee) != nil }) else { return false }
            clean = c.offset
        }
        let fatal: Set<PickleAnomaly.Kind> = [.unknownOpcode, .badArgument, .stackUnderflow, .missingMark, .missingMemo, .secondProto]
        if a.anomalies.contains(where: { fatal.contains($0.kind) && $0.offset <= clean }) { return false }
        if wholeFile, a.anomalies.contains(where: { $0.kind == .truncated || $0.kind == .noStop || $0.kind == .trailingData }) { return false }
        let ident: (String) -> Bool = { !$0.isEmpty && $0.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2E } }
        if needsImport, a.imports.isEmpty { return false }
        return a.imports.allSatisfy { ident($0.module) && ident($0.name) }
    }

    /// Whether a stream that opens with a text opcode taking a number (`I` INT, `L` LONG, `F` FLOAT) has a number
    /// there, read up to its newline or the end of the head: `pickle.load` fails on `int("orem ipsum...")` before
    /// anything runs. Prose such as "Lorem ipsum ... ." starts with `L` and ends with STOP's `.`, and its first
    /// line can be longer than the head, so the argument is checked here rather than left as "truncated".
    static func firstTextArgumentPlausible(_ head: [UInt8]) -> Bool {
        guard let first = head.first, first == 0x49 || first == 0x4C || first == 0x46 else { return true }
        var k = 1
        while k < head.count, head[k] != 0x0A {
            let c = head[k]
            let digit = c >= 0x30 && c <= 0x39
            let sign = c == 0x2D || c == 0x2B
            let ok: Bool
            switch first {
            case 0x4C: ok = digit || sign || c == 0x4C          // LONG: 123L
            case 0x49: ok = digit || sign                        // INT: 1, 00/01 (False/True)
            default: ok = digit || sign || c == 0x2E || c == 0x65 || c == 0x45 // FLOAT: -1.5e3
                || c == 0x69 || c == 0x6E || c == 0x66 || c == 0x61          // inf, nan
            }
            if !ok { return false }
            k += 1
        }
        return true
    }

    /// Whether some byte of `head` is an opcode that imports (GLOBAL, INST, STACK_GLOBAL, EXT1/2/4). Without
    /// one the machine records no import, so the checks that need an import need not run it: a torch zip's
    /// `byteorder` member ("little" opens with LIST) and digit-only members used to run it for every checkpoint.
    static func mayImport(_ head: [UInt8]) -> Bool {
        head.contains { $0 == 0x63 || $0 == 0x69 || $0 == 0x93 || ($0 >= 0x82 && $0 <= 0x84) }
    }

    /// Extensions of files meant to be unpickled.
    static let pickleExtensions: Set<String> = ["pkl", "pickle", "pt", "pth", "bin", "ckpt", "joblib", "dill", "p", "sav"]

    /// Whether the head decodes cleanly up to a first import with identifier-like names, whatever breaks after it.
    static func importsBeforeBreak(_ head: [UInt8]) -> Bool {
        guard mayImport(head) else { return false }
        var limits = PickleLimits()
        limits.maxOpcodes = 256
        let a = PickleMachine.analyze(head, limits: limits, options: PickleOptions())
        guard let imp = a.imports.first, imp.computed == nil else { return false }
        let fatal: Set<PickleAnomaly.Kind> = [.unknownOpcode, .badArgument, .stackUnderflow, .missingMark, .missingMemo, .secondProto, .truncated]
        if let bad = a.anomalies.first(where: { fatal.contains($0.kind) }), bad.offset <= imp.offset { return false }
        let ident: (String) -> Bool = { !$0.isEmpty && $0.utf8.count <= 128 && $0.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2E } }
        return ident(imp.module) && ident(imp.name)
    }

    /// Magic numbers long enough to trust anywhere, even inside raw tensor data.
    static func strongMagic(_ head: [UInt8]) -> Format? {
        func starts(_ m: StaticString) -> Bool { hasPrefix(head, m) }
        if starts("PK\u{03}\u{04}") || starts("PK\u{05}\u{06}") { return .zip }
        guard let first = head.first else { return nil }
        switch first {
        case 0x93: if hasPrefix(head, [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]) { return .npy }
        case 0x89: if hasPrefix(head, [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]) { return .hdf5 }
        case 0x47: if starts("GGUF") { return .gguf }
        case 0xFD: if hasPrefix(head, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        case 0x37: if hasPrefix(head, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
        case 0x28: if hasPrefix(head, [0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        case 0x04: if hasPrefix(head, [0x04, 0x22, 0x4D, 0x18]) { return .lz4 }
        case 0x52: if starts("Rar!") { return .rar }
        default: break
        }
        return nil
    }

    /// Whether `head` starts with `magic` (no allocation: sniffing runs for every file and member).
    /// ASCII magic only: a StaticString holds UTF-8, so a character above U+007F would be two bytes.
    static func hasPrefix(_ head: [UInt8], _ magic: StaticString) -> Bool {
        magic.withUTF8Buffer { m in
            guard head.count >= m.count else { return false }
            for i in 0..<m.count where head[i] != m[i] { return false }
            return true
        }
    }

    static func hasPrefix(_ head: [UInt8], _ magic: [UInt8]) -> Bool {
        guard head.count >= magic.count else { return false }
        for i in 0..<magic.count where head[i] != magic[i] { return false }
        return true
    }

    /// HDF5 allows a user block before the superblock, which then sits at 512, 1024, 2048... (powers of two);
    /// h5py and Keras's legacy `.h5` loader find it there. Only for HDF5-named files whose head is not HDF5:
    /// one 8-byte read per power of two below the size.
    static let hdf5Extensions: Set<String> = ["h5", "hdf5", "hdf", "he5", "keras"]

    static func hdf5AfterUserBlock(fileName: String, size: Int, read: (Int, Int) -> [UInt8]?) -> Bool {
        guard let dot = fileName.lastIndex(of: "."), hdf5Extensions.contains(fileName[fileName.index(after: dot)...].lowercased()) else { return false }
        var offset = 512
        while offset <= size - 8 {
            if let b = read(offset, 8), hasPrefix(b, [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]) { return true }
            offset <<= 1
        }
        return false
    }

    static func sniff(head: [UInt8], lastByte: UInt8?, size: Int, fileName: String) -> Format? {
        if let strong = strongMagic(head) { return strong }
        if JoblibZFile.dataOffset(head) != nil { return .joblibZFile }
        if hasPrefix(head, [0x1F, 0x8B]) { return .gzip }
        if hasPrefix(head, [0x42, 0x5A, 0x68]) { return .bzip2 }
        if StreamDecompressor.looksLikeLZMAAlone(head) { return .lzma }
        // A tar is what Python's `tarfile` accepts: a first header with a valid checksum, with or without the
        // `ustar` magic (pre-POSIX V7 archives have none). The magic alone is checked after the pickle readings:
        // with a bad checksum `tarfile` refuses the file and `torch.load` unpickles it instead.
        if TarReader.looksLikeTar(head) { return .tar }
        if PickleMachine.looksLikePickle(prefix: head.prefix(3), lastByte: lastByte),
           head.first == 0x80 || plausibleTextPickle(head, wholeFile: head.count >= size) {
            return .pickle
        }
        if head.count >= 10, size >= 10 {
        if head.count >= 262, head[257] == 0x75, head[258] == 0x73, head[259] == 0x74, head[260] == 0x61, head[261] == 0x72 {
            return .tar
        }
            var n: UInt64 = 0
            for i in 0..<8 { n |= UInt64(head[i]) << (8 * UInt64(i)) }
            if n >= 2, n <= UInt64(size - 8), head[8] == 0x7B { return .safetensors }
        }
        // A SavedModel's `saved_model.pb` without `saved_model_schema_version` starts with its first meta
        // graph (field 2); TensorFlow loads it all the same. Keras's `keras_metadata.pb` holds layer configs.
        if fileName.hasSuffix("saved_model.pb"), head.first == 0x12 || head.first == 0x08 { return .savedModel }
        if fileName.hasSuffix("keras_metadata.pb"), head.first == 0x0A { return .kerasMetadata }
        if head.count >= 3, head[0] == 0x08 {
            if head[1] == 0x01, head[2] == 0x12 { return .savedModel }
            if (2...24).contains(head[1]), [0x12, 0x1A, 0x22, 0x28, 0x32, 0x3A, 0x42, 0x72].contains(head[2]) { return .onnx }
        }
        if head.count >= 2, head[0] == 0x78, [0x01, 0x5E, 0x9C, 0xDA].contains(head[1]) { return .zlib }
        // Protocol 0/1 pickles may open with any opcode (`K\x01` `0` then `cos\nsystem\n`...: pickle.load runs
        // it): last resort, the head must decode cleanly and import something (text such as "This ..." is a
        // BINSTRING with an absurd length, and imports nothing).
        if lastByte == 0x2E, let first = head.first, first != 0x80, PickleOpcode(rawValue: first) != nil,
           plausibleTextPickle(head, wholeFile: head.count >= size, needsImport: true) {
            return .pickle
        }
        // `pickle.load` stops at the first STOP and ignores what follows (a newline, junk), and a payload runs
        // before a broken tail is ever read: a head that decodes cleanly into a call of an imported name is a
        // pickle whatever the last byte is.
        // PROTO 0/1 headers are legal too (rare, so they must decode into a call like the above).
        if let first = head.first, first != 0x80 || (head.count > 1 && head[1] <= 1), PickleOpcode(rawValue: first) != nil,
           plausibleTextPickle(head, wholeFile: false, needsImport: true, needsCall: true) {
            return .pickle
        }
        // A pickle-named file (or one ending in STOP) that starts like a pickle and imports something before
        // it breaks (a string length past the end, a `#` byte, a call on an empty stack): the loader has
        // imported that global before it fails, so it is a pickle for this purpose.
        if let first = head.first, first == 0x80 || first == 0x63 || first == 0x69 || first == 0x28,
           (lastByte == 0x2E && first == 0x80) || pickleExtensions.contains(fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""),
           importsBeforeBreak(head) {
            return .pickle
        }
        return nil
    }
}
