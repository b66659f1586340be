import BulwarkCore
import BulwarkFormats
import Foundation

extension ModelInspector {
    func inspectFormatImpl(_ source: any ByteSource, format: ModelSniffer.Format, member: String?, depth: Int) {
        switch format {
        case .safetensors:
            for p in SafetensorsHeader.validate(source).prefix(20) {
                model.issues.append(ModelIssue(.safetensorsInvalid, member: member, offset: p.offset,
                                               fact: p.message, anchor: "st:" + p.message))
            }
        case .gguf: inspectGGUF(source, member: member)
        case .hdf5: inspectHDF5(source, member: member)
        case .onnx: inspectONNX(source, member: member)
        case .savedModel: inspectSavedModel(source, member: member)
        case .kerasMetadata: inspectKerasMetadata(source, member: member)
        default: break
        }
    }

    // MARK: - NumPy

    /// A `.npy` file (or `.npz` member): numpy reads the header with `ast.literal_eval` and unpickles the
    /// data when the dtype holds objects. A header this reader cannot evaluate, or a dtype it cannot judge,
    /// is reported as not fully checked and its data read as a pickle when it looks like one.
    func inspectNpyImpl(_ source: any ByteSource, member: String?) {
        guard let first = try? source.read(offset: 0, length: 12), let (start, hlen) = NpyHeader.headerExtent(first) else { return }
        guard hlen <= NpyHeader.maxHeaderBytes else {
            incomplete(member, "the .npy header is \(hlen) bytes, above the \(NpyHeader.maxHeaderBytes)-byte limit; the array's dtype was not checked")
            return
        }
        // A header cut by the end of the file (or an unknown version) is one numpy refuses: nothing is loaded.
        guard let head = try? source.read(offset: 0, length: min(source.count, start + hlen)),
              let h = try? NpyHeader.parse(head) else { return }
        let rest = SliceBytes(source, start: h.dataOffset, count: source.count - h.dataOffset)
        switch h.dtype {
        case .plain: return
        case .uncertain(let why):
            incomplete(member, "the .npy header's dtype could not be judged (\(why)); if it holds objects, `numpy.load(allow_pickle=True)` unpickles the data",
                       offset: 0)
            guard let lead = try? rest.read(offset: 0, length: min(rest.count, 3)), !lead.isEmpty,
                  PickleMachine.looksLikePickle(prefix: lead, lastByte: try? rest.read(offset: rest.count - 1, length: 1).first),
                  let bytes = readAll(rest, member: member, cap: limits.maxPickleBytes, what: "array data") else { return }
            scanPickle(bytes, member: member, carrier: "numpy array data", base: h.dataOffset)
        case .objects:
            let issue = ModelIssue(.numpyObjectArray, member: member, offset: h.dataOffset,
                                   fact: "NumPy array with dtype \(h.descr) stores Python objects as a pickle; `numpy.load(allow_pickle=True)` would run it",
                                   anchor: "npy-object:\(h.descr)")
            guard let bytes = readAll(rest, member: member, cap: limits.maxPickleBytes, what: "object array pickle") else {
                model.issues.append(issue)
                return
            }
            let before = model.pickles.count
            scanPickle(bytes, member: member, carrier: "numpy object array", base: h.dataOffset)
            // Judged by what loading would run: an object array whose pickle holds only plain data (no
            // import outside the allowlist, no anomaly) runs nothing, so it is not a finding of its own.
            let recorded = model.pickles[before...]
            if recorded.isEmpty || recorded.contains(where: { !$0.facts.isEmpty || !$0.analysis.anomalies.isEmpty }) {
                model.issues.append(issue)
            }
        }
    }

    // MARK: - GGUF

    func inspectGGUF(_ source: any ByteSource, member: String?) {
        let h = GGUFReader.read(source)
        for p in h.problems.prefix(20) {
            model.issues.append(ModelIssue(.ggufInvalid, member: member, offset: p.offset, fact: p.message,
                                           anchor: "gguf:" + p.message))
        }
        if let l = h.limitHit { incomplete(member, "the GGUF parse stopped at the limit on \(l)") }
        for s in h.strings where s.key.hasPrefix("tokenizer.chat_template") {
            chatTemplate(s.value, key: s.key, member: member, offset: s.offset)
        }
    }

    func chatTemplate(_ template: String, key: String, member: String?, offset: Int?) {
        let size = template.utf8.count
        if size > ChatTemplateInspector.maxTemplateBytes {
            incomplete(member, "chat template `\(key)` is \(size) bytes; only the first \(ChatTemplateInspector.maxTemplateBytes) were inspected",
                       offset: offset)
        }
        let hits = ChatTemplateInspector.inspect(template)
        guard !hits.isEmpty else { return }
        let reasons = hits.prefix(4).map(\.reason).joined(separator: "; ")
        let snippet = hits[0].snippet
        model.issues.append(ModelIssue(.chatTemplateInjection, member: member, offset: offset.map { $0 + hits[0].offset },
                                       fact: "Chat template `\(key)` tries to escape the Jinja sandbox: \(reasons) (in `{{ \(snippet) }}`)",
                                       anchor: "template:\(key):" + hits.map(\.reason).joined()))
    }

    // MARK: - Keras

    func inspectKerasArchiveImpl(_ source: any ByteSource, archive: ZipArchive, member: String?, strict: Bool) {
        guard let e = archive.entries.first(where: { $0.name == "config.json" }) else { return }
        let path = memberPath(member, "config.json")
        // Keras reads config.json whatever its size: padding it past a limit must not hide a Lambda layer.
        let lease = budget.lease()
        defer { lease.release() }
        let data: [UInt8]
        do {
            data = try ZipReader.extract(e, from: source, maxOutput: Self.maxKerasConfigBytes, lease: lease)
        } catch let f as Inflate.Failure where f.kind == .limit {
            incomplete(path, "the Keras config.json could not be read whole (\(f.message)); its layers were not inspected")
            return
        } catch {
            guard strict else { return }
            model.issues.append(ModelIssue(.kerasUnsafeModule, member: path, offset: e.localHeaderOffset,
                                           fact: "Keras config.json cannot be read (\(error)); the model cannot be judged",
                                           grade: .unreadable, anchor: "keras-unreadable-config"))
            return
        }
        checkCRC(e, data, path)
        let root: JSONNode
        do {
            root = try JSONParser.parse(data, limits: Self.kerasJSONLimits)
        } catch {
            guard strict else { return }
            model.issues.append(ModelIssue(.kerasUnsafeModule, member: path, offset: 0, fact: "Keras config.json is not valid JSON (\(error)); the model cannot be judged",
                                           grade: .unreadable, anchor: "keras-bad-json"))
            return
        }
        kerasConfig(root, member: path, text: data)
    }

    /// An extracted `.keras` folder (`keras.models.load_model(folder)` reads `config.json`, `model.weights.h5`
    /// and `metadata.json` from it as from the zip): a `config.json` with `model.weights.h5` beside it. One stat
    /// per file named `config.json`; Hugging Face folders hold no `model.weights.h5`.
    /// The value ranges of a dbm.dumb data file (`name.dat`, shelve's fallback store) from its index
    /// `name.dir` beside it: one line per key, `'key', (offset, size)`. shelve unpickles exactly these ranges,
    /// so they are what is judged; nil when there is no index or any line is not in that form (then the file
    /// is read as one stream).
    static func dbmDumbRanges(fileName: String, absolutePath: String?, size: Int) -> [Range<Int>]? {
        guard fileName.hasSuffix(".dat"), let p = absolutePath, p.hasSuffix(".dat") else { return nil }
        let dir = String(p.dropLast(4)) + ".dir"
        var st = stat()
        guard stat(dir, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0, st.st_size <= 4 << 20,
              let data = FileManager.default.contents(atPath: dir) else { return nil }
        var out: [Range<Int>] = []
        for raw in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            if out.count >= 65_536 { return nil }
            var line = Array(raw)
            while let l = line.last, l == 0x0D || l == 0x20 { line.removeLast() }
            // `..., (123, 456)`: the tuple after the key's repr.
            guard line.last == UInt8(ascii: ")"), let open = line.lastIndex(of: UInt8(ascii: "(")),
                  open >= 2, line[open - 1] == 0x20, line[open - 2] == UInt8(ascii: ",") else { return nil }
            let inner = String(decoding: line[(open + 1)..<(line.count - 1)], as: UTF8.self)
            let parts = inner.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let pos = Int(parts[0]), let len = Int(parts[1]), pos >= 0, len >= 0,
                  pos <= size, len <= size - pos else { return nil }
            if len > 0 { out.append(pos..<(pos + len)) }
        }
        return out.isEmpty ? nil : out
    }

    static func isKerasFolderConfig(fileName: String, absolutePath: String?) -> Bool {
        guard fileName == "config.json", let p = absolutePath, let slash = p.lastIndex(of: "/") else { return false }
        var st = stat()
        return stat(String(p[..<slash]) + "/model.weights.h5", &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    /// Whether a JSON root is a Keras model config (`class_name` + `config`, or Keras 3 `module`/`registered_name`),
    /// not a Hugging Face config (`architectures`, `model_type`).
    static func isKerasModelConfig(_ root: JSONNode) -> Bool {
        guard root.members != nil, root["architectures"] == nil, root["model_type"] == nil else { return false }
        if root["class_name"]?.string != nil, root["config"]?.members != nil { return true }
        if let m = root["module"]?.string, m.hasPrefix("keras"), root["registered_name"] != nil { return true }
        return false
    }

    /// The `config.json` of an extracted `.keras` folder, judged like the config of a `.keras` zip.
    func inspectKerasFolderConfig(_ source: any ByteSource) {
        guard source.count <= Self.maxKerasConfigBytes else {
            incomplete(nil, "the Keras config.json is larger than \(Self.maxKerasConfigBytes) bytes; its layers were not inspected")
            return
        }
        guard let data = try? source.read(offset: 0, length: source.count),
              let root = try? JSONParser.parse(data, limits: Self.kerasJSONLimits), Self.isKerasModelConfig(root) else { return }
        model.format = "keras-folder"
        kerasConfig(root, member: nil, text: data)
    }

    /// config.json bytes read from a `.keras` archive (Keras itself has no limit).
    static let maxKerasConfigBytes = 256 << 20
    /// Nesting Keras still loads: Python's json and Keras' deserialiser recurse up to the interpreter's
    /// default recursion limit (1000), so a config nested deeper than that fails to load anyway.
    static let kerasMaxDepth = 1_000
    /// Values in one Keras config: each parsed value costs about 130 bytes, and a 20 KB `.keras` zip whose
    /// config.json is ten million `0,` took 1.5 GB (the old 50 million limit allowed about 7 GB). Real configs
    /// hold layers' settings, far below this.
    static let maxKerasConfigValues = 2_000_000
    /// Keras reads configs with `json.loads`, which also takes `NaN`, `Infinity` and `-Infinity`.
    static let kerasJSONLimits: JSONParser.Limits = {
        var l = JSONParser.Limits(maxDepth: kerasMaxDepth, maxValues: maxKerasConfigValues, maxStringBytes: 256 << 20)
        l.allowNonFinite = true
        return l
    }()

    /// Keras namespaces a config may name without importing foreign code.
    static let kerasModules = ["keras", "tf_keras", "keras_nlp", "keras_hub", "keras_cv", "tensorflow", "tensorflow_text"]

    /// Keras classes and functions that reach outside the model file (published safe_mode bypasses).
    static let kerasRiskyNames: [String: String] = [
        "get_file": "downloads a file to a chosen path (CVE-2025-8747)",
        "TFSMLayer": "loads an external TensorFlow SavedModel whose graph runs (CVE-2026-1462)",
        "TorchModuleWrapper": "rebuilds a torch module with `torch.load`, a pickle",
        "load_model": "loads another model file", "load_weights": "reads another file",
        "save_model": "writes files", "deserialize_keras_object": "deserialises arbitrary objects",
        "enable_unsafe_deserialization": "switches off safe mode (CVE-2025-9906)",
    ]

    /// Keys under which Keras configs name the module of a function to import.
    static let kerasModuleKeys = ["fn_module", "output_shape_module", "function_module"]

    /// A dotted Python module path (`os`, `keras.src.utils`), not base64 or free text.
    static func isModulePath(_ s: String) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 200, let f = s.utf8.first, f != 0x2E, !(0x30...0x39).contains(f) else { return false }
        return s.utf8.allSatisfy { c in (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2E }
    }

    /// The first string with `://` under a node (the URL a `get_file` call downloads), bounded.
    static func firstURL(_ node: JSONNode, limit: Int) -> String? {
        var stack = [node]
        var seen = 0
        while let n = stack.popLast(), seen < limit {
            seen += 1
            if let s = n.string, s.contains("://") { return s }
            if let m = n.members { stack += m.map(\.value) } else if let a = n.array { stack += a }
        }
        return nil
    }

    /// `TorchModuleWrapper` (CVE-2025-49655) keeps a `torch.save` of the module, base64 in `config.module`,
    /// and Keras 3.11.0-3.11.2 rebuild it with `torch.load(weights_only=False)`: the bytes are decoded and
    /// inspected like any nested file.
    func torchModuleWrapper(_ node: JSONNode, member: String?) {
        if node["module"] == nil {
            model.issues.append(ModelIssue(.kerasUnsafeModule, member: member, offset: node.offset,
                                           fact: "Keras config uses `TorchModuleWrapper`, which rebuilds a torch module with `torch.load`, a pickle, when the model is loaded (CVE-2025-49655)",
                                           grade: .runsCode, anchor: "module:TorchModuleWrapper"))
        }
        guard let b64 = node["config"]?["module"]?.string, b64.utf8.count <= 512 << 20,
              let data = Data(base64Encoded: b64, options: .ignoreUnknownCharacters), !data.isEmpty else { return }
        let bytes = [UInt8](data)
        let head = Array(bytes.prefix(ModelSniffer.headLength))
        let name = memberPath(member, "TorchModuleWrapper.module")
        if let f = ModelSniffer.sniff(head: head, lastByte: bytes.last, size: bytes.count, fileName: "module.pt") {
            inspect(MemoryBytes(bytes), format: f, member: name, depth: 1)
        }
    }

    /// Keras function modules that legitimately appear in configs (activations, losses, ...).
    static let kerasFunctionModules = ["activations", "losses", "metrics", "initializers", "regularizers", "constraints",
                                       "optimizers", "ops", "layers", "applications", "random", "backend"]

    static func kerasRisky(module: String, name: String) -> String? {
        if let why = kerasRiskyNames[name] { return why }
        // A plain function (lowercase name) from a Keras module that is not a function family a model uses.
        guard let f = name.first, f.isLowercase, !name.hasPrefix("__") else { return nil }
        let parts = module.split(separator: ".").map(String.init)
        if parts.contains(where: { ["utils", "saving", "config", "models", "export", "legacy", "trainers", "distribution"].contains($0) }),
           !parts.contains(where: { kerasFunctionModules.contains($0) }) {
            return "is a Keras helper function, not a layer or function a model needs"
        }
        return nil
    }

    func kerasConfig(_ root: JSONNode, member: String?, text: [UInt8]) {
        var stack: [(JSONNode, Int)] = [(root, 0)]
        var visited = 0
        var lambdas = 0, modules = 0
        while let (node, depth) = stack.popLast() {
            visited += 1
            if visited > 60_000_000 {
                incomplete(member, "the Keras config has more than 60000000 values; the rest were not inspected")
                break
            }
            if let members = node.members {
                let cls = node["class_name"]?.string
                if cls == "Lambda" || cls == "__lambda__", lambdas < 10 {
                    lambdas += 1
                    let name = node["config"]?["name"]?.string ?? node["name"]?.string ?? "?"
                    var fn = ""
                    if let f = node["config"]?["function"] {
                        if let s = f.string { fn = s } else if let a = f.array, let s = a.first?.string { fn = s }
                        else if let code = f["config"]?["code"]?.string { fn = code }
                    } else if let code = node["config"]?["code"]?.string { fn = code }
                    let kind = fn.count > 40 ? "marshalled Python bytecode" : "Python code"
                    model.issues.append(ModelIssue(.kerasLambda, member: member, offset: node.offset,
                                                   fact: "Keras Lambda layer `\(name)` carries \(kind)\(fn.isEmpty ? "" : " (`\(fn.prefix(48))…`)") that runs when the model is loaded with safe_mode off or called",
                                                   anchor: "lambda:\(name)"))
                }
                // Function references hidden in other module keys (`fn_module`, `output_shape_module`: a
                // variant of CVE-2025-1550) name a module Keras imports to find the function.
                for key in Self.kerasModuleKeys where modules < 20 {
                    guard let module = node[key]?.string, Self.isModulePath(module) else { continue }
                    let root = module.split(separator: ".").first.map(String.init) ?? module
                    guard !Self.kerasModules.contains(root) else { continue }
                    modules += 1
                    let fnName = node["function"]?.string ?? node["config"]?["function"]?.string ?? node["output_shape"]?.string ?? "?"
                    let threat = policy.threat(module: module, name: fnName)
                    model.issues.append(ModelIssue(.kerasUnsafeModule, member: member, offset: node.offset,
                                                   fact: "Keras config names module `\(module)` in `\(key)` (function `\(fnName)`), from outside Keras: loading imports it and calls the function\(threat.map { ": \($0)" } ?? "")",
                                                   grade: .runsCode, anchor: "module:\(key):\(module).\(fnName)"))
                }
                if cls == "TorchModuleWrapper" { torchModuleWrapper(node, member: member) }
                if let module = node["module"]?.string, let c = cls, modules < 20 {
                    let root = module.split(separator: ".").first.map(String.init) ?? module
                    // Inside Keras, a few classes and functions load or fetch things on their own.
                    let fnName = c == "function" ? (node["config"]?.string ?? node["registered_name"]?.string ?? c) : c
                    if Self.kerasModules.contains(root), let why = Self.kerasRisky(module: module, name: fnName) {
                        modules += 1
                        // `get_file` pointed at a URL downloads attacker content on load (CVE-2025-8747).
                        let url = fnName == "get_file" ? Self.firstURL(node, limit: 2_000) : nil
                        let critical = url != nil || fnName == "TorchModuleWrapper"
                        model.issues.append(ModelIssue(.kerasUnsafeModule, member: member, offset: node.offset,
                                                       fact: "Keras config uses `\(module).\(fnName)`, which \(why) when the model is loaded, even in safe mode\(url.map { " (from `\($0.prefix(120))`)" } ?? "")",
                                                       grade: critical ? .runsCode : .plain, anchor: "module:\(module).\(fnName)"))
                    }
                    if !Self.kerasModules.contains(root) {
                        modules += 1
                        let threat = policy.threat(module: module, name: c)
                        model.issues.append(ModelIssue(.kerasUnsafeModule, member: member, offset: node.offset,
                                                       fact: "Keras config imports `\(module).\(c)` from outside Keras\(threat.map { ": \($0)" } ?? "")",
                                                       grade: threat != nil ? .runsCode : .plain, anchor: "module:\(module).\(c)"))
                    }
                }
                for m in members where depth < Self.kerasMaxDepth { stack.append((m.value, depth + 1)) }
            } else if let items = node.array {
                for n in items where depth < Self.kerasMaxDepth { stack.append((n, depth + 1)) }
            } else if let s = node.string, s.contains("enable_unsafe_deserialization") {
                model.issues.append(ModelIssue(.kerasUnsafeModule, member: member, offset: node.offset,
                                               fact: "Keras config mentions `enable_unsafe_deserialization`, which switches off safe mode",
                                               anchor: "unsafe-deser"))
            }
        }
    }

    /// Legacy `.h5`: the `model_config` attribute holds the architecture JSON; find it in the bytes. The
    /// attribute may sit anywhere (h5py places large attributes in a heap), so the whole file is searched
    /// in windows, up to `maxHDF5SearchBytes`; a file larger than that without a config found is incomplete.
    static let maxHDF5SearchBytes = 8 << 30
    static let maxHDF5ConfigBytes = 256 << 20
    static let maxHDF5Candidates = 64

    func inspectHDF5(_ source: any ByteSource, member: String?) {
        // Keras reads the attribute with `json.loads`: the key may be written with any JSON whitespace before
        // its colon (`"class_name" : ...`) or with escapes (`"class\u005fname"`), so keys are matched decoded.
        let key = Array("class_name".utf8)
        let window = 8 << 20
        let overlap = 1 << 16
        var offset = 0
        let limit = min(source.count, Self.maxHDF5SearchBytes)
        var candidates = 0
        // Objects already judged: the layers nested in a config are not judged again on their own.
        var coveredUntil = 0
        while offset < limit {
            guard let chunk = try? source.read(offset: offset, length: min(window + overlap, limit - offset)), !chunk.isEmpty else { break }
            let atEnd = offset + chunk.count >= limit
            var from = 0
            var next = offset + window
            while let (i, match) = Self.findJSONKey(key, in: chunk, from: from, until: atEnd ? chunk.count : window) {
                from = i + 1
                if case .needMore = match {
                    // A key (or the space before its colon) runs past the window: read again from a little
                    // before its quote (so the `{` before it is seen), unless it already started the window.
                    if i > 512 {
                        next = offset + i - 512
                    } else {
                        incomplete(member, "a JSON key at byte \(offset + i) of the HDF5 file runs past \(chunk.count - i) bytes; it was not inspected",
                                   offset: offset + i)
                    }
                    break
                }
                guard offset + i >= coveredUntil else { continue }
                // The object holding the key starts at the `{` before it (past any whitespace), or, when other
                // members come first, at the nearest `{` before it.
                var j = i - 1
                while j > 0, [0x20, 0x09, 0x0A, 0x0D].contains(chunk[j]) { j -= 1 }
                if j < 0 || chunk[j] != 0x7B {
                    j = i
                    while j > 0, chunk[j] != 0x7B, i - j < 512 { j -= 1 }
                }
                guard j >= 0, chunk[j] == 0x7B else { continue }
                candidates += 1
                guard candidates <= Self.maxHDF5Candidates else {
                    incomplete(member, "more than \(Self.maxHDF5Candidates) places in the HDF5 file look like a Keras config; the rest were not inspected")
                    return
                }
                let lease = budget.lease()
                defer { lease.release() }
                let start = offset + j
                switch Self.balancedJSON(source, start: start, max: Self.maxHDF5ConfigBytes, lease: lease) {
                case .found(let json):
                    if let root = try? JSONParser.parse(json, limits: Self.kerasJSONLimits), root["config"] != nil {
                        kerasConfig(root, member: member, text: json)
                        coveredUntil = start + json.count
                    }
                case .unbalanced: break
                case .tooLarge:
                    incomplete(member, "a Keras config in the HDF5 file at byte \(start) is larger than \(Self.maxHDF5ConfigBytes) bytes (or the shared decompression budget); it was not inspected",
                               offset: start)
                    return
                }
            }
            offset = next
        }
        if source.count > limit {
            incomplete(member, "no Keras config was found in the first \(limit) bytes of the HDF5 file; the rest was not searched")
        }
        // An unbalanced config (cut by the end of the file) does not load in Keras either.
    }

    enum KeyMatch { case found, needMore }

    /// The next JSON object key at or after `from` (starting before `until`) that decodes to `key` (JSON
    /// escapes such as `\u005f` resolved) and is followed by JSON whitespace and a colon: the index of its
    /// opening quote. `.needMore` when the chunk ends before the match is decided.
    static func findJSONKey(_ key: [UInt8], in hay: [UInt8], from: Int, until: Int) -> (Int, KeyMatch)? {
        hay.withUnsafeBufferPointer { h in
            var i = max(0, from)
            let end = min(until, h.count)
            while i < end {
                guard h[i] == 0x22 else { i += 1; continue }
                var j = i + 1
                var k = 0
                var matched = false
                scan: while true {
                    guard j < h.count else { return (i, .needMore) }
                    var c = h[j]
                    switch c {
                    case 0x22:
                        matched = k == key.count
                        j += 1
                        break scan
                    case 0x5C:
                        guard j + 1 < h.count else { return (i, .needMore) }
                        switch h[j + 1] {
                        case 0x22, 0x5C, 0x2F: c = h[j + 1]; j += 2
                        case 0x62: c = 0x08; j += 2
                        case 0x66: c = 0x0C; j += 2
                        case 0x6E: c = 0x0A; j += 2
                        case 0x72: c = 0x0D; j += 2
                        case 0x74: c = 0x09; j += 2
                        case 0x75:
                            guard j + 5 < h.count else { return (i, .needMore) }
                            var v: UInt32 = 0
                            for d in h[(j + 2)...(j + 5)] {
                                guard let x = UInt32(String(UnicodeScalar(d)), radix: 16) else { break scan }
                                v = v << 4 | x
                            }
                            guard v < 0x80 else { break scan }
                            c = UInt8(v)
                            j += 6
                        default: break scan
                        }
                    default: j += 1
                    }
                    guard k < key.count, key[k] == c else { break scan }
                    k += 1
                }
                if matched {
                    while j < h.count, h[j] == 0x20 || h[j] == 0x09 || h[j] == 0x0A || h[j] == 0x0D { j += 1 }
                    guard j < h.count else { return (i, .needMore) }
                    if h[j] == 0x3A { return (i, .found) }
                }
                i += 1
            }
            return nil
        }
    }

    /// The first index of `needle` in `hay` at or after `from`, comparing in place.
    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int = 0) -> Int? {
        guard hay.count >= needle.count, let first = needle.first else { return nil }
        return hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var i = max(0, from)
                let last = h.count - n.count
                outer: while i <= last {
                    if h[i] == first {
                        for k in 1..<n.count where h[i + k] != n[k] { i += 1; continue outer }
                        return i
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    enum Balanced { case found([UInt8]), unbalanced, tooLarge }

    /// The bytes of a JSON object starting at `start`, by brace matching outside strings, read in 1 MiB
    /// windows (most configs are small) up to `max` bytes, each window covered by `lease`.
    static func balancedJSON(_ source: any ByteSource, start: Int, max: Int, lease: DecompressionBudget.Lease? = nil) -> Balanced {
        var b: [UInt8] = []
        var depth = 0, inString = false, escaped = false
        var i = 0
        while b.count < max {
            let want = Swift.min(b.isEmpty ? 1 << 20 : b.count, max - b.count)
            if let lease, !lease.grow(toTotal: b.count + want) { return .tooLarge }
            guard let more = try? source.read(offset: start + b.count, length: want), !more.isEmpty else { return .unbalanced }
            b += more
            while i < b.count {
                let c = b[i]
                if inString {
                    if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == 0x22 { inString = false }
                    i += 1
                    continue
                }
                switch c {
                case 0x22: inString = true
                case 0x7B, 0x5B: depth += 1
                case 0x7D, 0x5D:
                    depth -= 1
                    if depth == 0 { return .found(Array(b[...i])) }
                default: break
                }
                i += 1
            }
        }
        return .tooLarge
    }

    // MARK: - ONNX

    func inspectONNX(_ source: any ByteSource, member: String?) {
        guard let top = try? ProtoWire.fields(source, offset: 0, length: source.count) else { return }
        // GraphProto: node 1, initializer 5, sparse_initializer 15. FunctionProto: node 7.
        var graphs: [(field: ProtoField, function: Bool)] = top.filter { $0.number == 7 && $0.wireType == 2 }.map { ($0, false) }
        // Model-local functions (field 25) are walked like graphs; their (domain, name) pairs are defined by
        // the model itself (torch.onnx dynamo exports call `pkg.onnxscript.torch_lib` functions), not custom ops.
        var localFunctions = Set<String>(), functionDomains = Set<String>()
        var opsets: [(domain: String, offset: Int)] = []
        for f in top where f.wireType == 2 {
            switch f.number {
            case 25:
                graphs.append((f, true))
                guard let ff = try? ProtoWire.fields(source, offset: f.offset, length: f.length) else { continue }
                let name = ff.first { $0.number == 1 }.flatMap { ProtoWire.string(source, $0, max: 1024) } ?? ""
                let domain = ff.first { $0.number == 10 }.flatMap { ProtoWire.string(source, $0, max: 1024) } ?? ""
                localFunctions.insert(domain + "\u{0}" + name)
                functionDomains.insert(domain)
                for o in ff where o.number == 9 && o.wireType == 2 { opsets.append(Self.opsetDomain(source, o)) }
            case 8: opsets.append(Self.opsetDomain(source, f))
            case 20: // training_info: initialization and algorithm graphs
                if let t = try? ProtoWire.fields(source, offset: f.offset, length: f.length) {
                    graphs += t.filter { ($0.number == 1 || $0.number == 2) && $0.wireType == 2 }.map { ($0, false) }
                }
            default: break
            }
        }
        var tensors: [ProtoField] = []
        var customNodes: [String: (ops: [String], count: Int, offset: Int)] = [:]
        var budget = 200_000
        while let (g, isFunction) = graphs.popLast(), budget > 0 {
            budget -= 1
            guard let fields = try? ProtoWire.fields(source, offset: g.offset, length: g.length) else { continue }
            for f in fields where f.wireType == 2 {
                switch (f.number, isFunction) {
                case (5, false): tensors.append(f)
                case (15, false):
                    if let sp = try? ProtoWire.fields(source, offset: f.offset, length: f.length) {
                        tensors += sp.filter { ($0.number == 1 || $0.number == 2) && $0.wireType == 2 }
                    }
                case (1, false), (7, true): // nodes: attributes may hold tensors and subgraphs
                    guard let node = try? ProtoWire.fields(source, offset: f.offset, length: f.length) else { continue }
                    if let d = node.last(where: { $0.number == 7 && $0.wireType == 2 }).flatMap({ ProtoWire.string(source, $0, max: 1024) }),
                       ONNXDomains.classify(d) != .standard {
                        let op = node.last { $0.number == 4 && $0.wireType == 2 }.flatMap { ProtoWire.string(source, $0, max: 256) } ?? "?"
                        if !localFunctions.contains(d + "\u{0}" + op) {
                            var entry = customNodes[d] ?? (ops: [], count: 0, offset: f.offset)
                            entry.count += 1
                            if entry.ops.count < 8, !entry.ops.contains(op) { entry.ops.append(op) }
                            if customNodes[d] != nil || customNodes.count < 64 { customNodes[d] = entry }
                        }
                    }
                    for a in node where a.number == 5 && a.wireType == 2 {
                        guard let attr = try? ProtoWire.fields(source, offset: a.offset, length: a.length) else { continue }
                        for x in attr where x.wireType == 2 {
                            if x.number == 5 || x.number == 10 { tensors.append(x) }
                            if x.number == 6 || x.number == 11 { graphs.append((x, false)) }
                        }
                    }
                default: break
                }
            }
        }
        if budget <= 0, !graphs.isEmpty { incomplete(member, "the ONNX model has more than 200000 graphs and functions; the rest were not inspected") }
        onnxCustomDomains(customNodes, opsets: opsets, functionDomains: functionDomains, member: member)
        var reported = 0
        for t in tensors where reported < 20 {
            guard let tf = try? ProtoWire.fields(source, offset: t.offset, length: t.length) else { continue }
            for e in tf where e.number == 13 && e.wireType == 2 {
                guard let kv = try? ProtoWire.fields(source, offset: e.offset, length: e.length),
                      let k = kv.first(where: { $0.number == 1 }).flatMap({ ProtoWire.string(source, $0) }), k == "location",
                      let v = kv.first(where: { $0.number == 2 }).flatMap({ ProtoWire.string(source, $0) }) else { continue }
                if Self.escapesFolder(v) {
                    reported += 1
                    model.issues.append(ModelIssue(.onnxExternalData, member: member, offset: e.offset,
                                                   fact: "ONNX tensor external data location `\(v)` points outside the model folder; loading reads that file into the model",
                                                   anchor: "onnx-ext:" + v))
                }
            }
        }
    }

    static func opsetDomain(_ source: any ByteSource, _ f: ProtoField) -> (domain: String, offset: Int) {
        let fields = (try? ProtoWire.fields(source, offset: f.offset, length: f.length)) ?? []
        return (fields.first { $0.number == 1 && $0.wireType == 2 }.flatMap { ProtoWire.string(source, $0, max: 1024) } ?? "", f.offset)
    }

    /// Nodes in operator domains no runtime ships, and opset imports of such domains nothing uses.
    func onnxCustomDomains(_ nodes: [String: (ops: [String], count: Int, offset: Int)], opsets: [(domain: String, offset: Int)],
                           functionDomains: Set<String>, member: String?) {
        for (domain, n) in nodes.sorted(by: { $0.key < $1.key }).prefix(20) {
            let kind = ONNXDomains.classify(domain)
            let ops = n.ops.map { "`\($0)`" }.joined(separator: ", ") + (n.ops.count < n.count && n.ops.count == 8 ? ", ..." : "")
            let shown = ONNXDomains.printable(domain)
            let message: String
            if kind == .knownExtension {
                message = "ONNX model uses \(n.count) node\(n.count == 1 ? "" : "s") of the `\(shown)` domain (\(ops)) from onnxruntime-extensions: loading requires registering that package's native custom-op library"
            } else if kind == .tensorRTPlugin {
                message = "ONNX model uses \(n.count) TensorRT plugin node\(n.count == 1 ? "" : "s") (`\(shown)` domain: \(ops)): TensorRT's plugin library runs the standard ones; a plugin it does not ship must be loaded from a native library"
            } else if kind == .pytorchInternal {
                message = "ONNX model uses \(n.count) node\(n.count == 1 ? "" : "s") of PyTorch's internal `\(shown)` domain (\(ops)), which only a PyTorch/Caffe2 backend runs"
            } else {
                message = "ONNX model uses \(n.count) node\(n.count == 1 ? "" : "s") of the custom operator domain `\(shown)` (\(ops)): no runtime ships it, so loading requires registering a custom-op shared library (`register_custom_ops_library`), native code that comes with the model"
            }
            model.issues.append(ModelIssue(.onnxCustomOp, member: member, offset: n.offset, fact: message,
                                           grade: kind == .custom ? .plain : .minor, anchor: "onnx-domain:" + domain))
        }
        var seen = Set(nodes.keys)
        for o in opsets where ONNXDomains.classify(o.domain) != .standard && !functionDomains.contains(o.domain) {
            guard seen.insert(o.domain).inserted, seen.count <= 40 else { continue }
            model.issues.append(ModelIssue(.onnxCustomOp, member: member, offset: o.offset,
                                           fact: "ONNX model imports the custom operator domain `\(ONNXDomains.printable(o.domain))` (opset_import) although no node uses it",
                                           grade: .minor, anchor: "onnx-domain:" + o.domain))
        }
    }

    static func escapesFolder(_ p: String) -> Bool {
        if p.isEmpty || p.contains("\0") { return false }
        if p.hasPrefix("~") || p.lowercased().hasPrefix("file:") || p.contains("://") { return true }
        return ZipReader.isTraversal(p)
    }

    // MARK: - SavedModel

    /// `keras_metadata.pb` of a Keras SavedModel: `SavedMetadata.nodes` (field 1), each a `SavedObject`
    /// whose `metadata` (field 5) is the layer's JSON config, the one Keras rebuilds the layer from
    /// (Lambda layers included).
    func inspectKerasMetadata(_ source: any ByteSource, member: String?) {
        guard let top = try? ProtoWire.fields(source, offset: 0, length: source.count) else { return }
        var nodes = 0
        for n in top where n.number == 1 && n.wireType == 2 {
            nodes += 1
            guard nodes <= 200_000 else {
                incomplete(member, "keras_metadata.pb has more than 200000 nodes; the rest were not inspected")
                return
            }
            guard let nf = try? ProtoWire.fields(source, offset: n.offset, length: n.length) else { continue }
            for m in nf where m.number == 5 && m.wireType == 2 && m.length > 1 && m.length <= Self.maxKerasConfigBytes {
                guard let bytes = try? source.read(offset: m.offset, length: m.length), bytes.first == 0x7B,
                      let root = try? JSONParser.parse(bytes, limits: Self.kerasJSONLimits) else { continue }
                kerasConfig(root, member: member, text: bytes)
            }
        }
    }

    func inspectSavedModel(_ source: any ByteSource, member: String?) {
        guard let top = try? ProtoWire.fields(source, offset: 0, length: source.count) else { return }
        var nodes: [ProtoField] = []
        for mg in top where mg.number == 2 && mg.wireType == 2 {
            guard let mgf = try? ProtoWire.fields(source, offset: mg.offset, length: mg.length) else { continue }
            for gd in mgf where gd.number == 2 && gd.wireType == 2 {
                guard let gdf = try? ProtoWire.fields(source, offset: gd.offset, length: gd.length) else { continue }
                nodes += gdf.filter { $0.number == 1 && $0.wireType == 2 }
                for lib in gdf where lib.number == 2 && lib.wireType == 2 {
                    guard let libf = try? ProtoWire.fields(source, offset: lib.offset, length: lib.length) else { continue }
                    for fn in libf where fn.number == 1 && fn.wireType == 2 {
                        guard let fnf = try? ProtoWire.fields(source, offset: fn.offset, length: fn.length) else { continue }
                        nodes += fnf.filter { $0.number == 3 && $0.wireType == 2 }
                    }
                }
            }
        }
        var seen = Set<String>()
        for n in nodes.prefix(1_000_000) {
            guard let nf = try? ProtoWire.fields(source, offset: n.offset, length: n.length),
                  let op = nf.first(where: { $0.number == 2 }).flatMap({ ProtoWire.string(source, $0, max: 256) }),
                  SavedModelDangerousOpRule.dangerousOps[op] != nil else { continue }
            let name = nf.first(where: { $0.number == 1 }).flatMap { ProtoWire.string(source, $0, max: 512) } ?? "?"
            guard seen.insert(op + ":" + name).inserted, seen.count <= 20 else { continue }
            model.issues.append(ModelIssue(.savedModelOp, member: member, offset: n.offset,
                                           fact: "TensorFlow graph op `\(op)` (node `\(name)`)", subject: op, anchor: "tf-op:\(op):\(name)"))
        }
    }
}
