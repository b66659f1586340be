import BulwarkCore
import BulwarkFormats

/// Bounds of one model file's inspection; hitting one becomes a `model-scan-incomplete` finding.
struct ModelLimits: Sendable {
    var maxDepth = 4
    /// Bytes of one pickle stream read into memory.
    var maxPickleBytes = 512 << 20
    /// Bytes produced by decompressing one member or stream.
    var maxDecompressedBytes = 1 << 30
    var maxCompressionRatio = 2_000
    var maxArchiveEntries = 100_000
    var maxPicklesPerFile = 512
    var pickle = PickleLimits()
}

/// Walks one file by content: containers are opened, pickles run through the symbolic machine,
/// other formats parsed; everything lands in a `ModelFile` for the rules.
final class ModelInspector {
    let file: SourceFile
    let policy: PicklePolicy
    var limits = ModelLimits()
    var model: ModelFile

    init(file: SourceFile, configuration: Configuration) {
        self.file = file
        var extra = configuration.allowlist("pickle-globals")
        for id in ["pickle-dangerous-call", "pickle-dangerous-global", "pickle-unknown-global"] {
            extra += configuration.rules[id]?.options["allow"]?.stringArray ?? []
        }
        self.policy = PicklePolicy(extra: extra)
        self.model = ModelFile(path: file.relativePath, format: "unknown")
        if let o = configuration.rules["model-scan-incomplete"]?.options {
            if let v = o["max-opcodes"]?.intValue { limits.pickle.maxOpcodes = max(1, v) }
            if let v = o["max-depth"]?.intValue { limits.maxDepth = max(0, v) }
            if let v = o["max-pickle-bytes"]?.intValue { limits.maxPickleBytes = max(1, v) }
            if let v = o["max-decompressed-bytes"]?.intValue { limits.maxDecompressedBytes = max(1, v) }
            if let v = o["max-archive-entries"]?.intValue { limits.maxArchiveEntries = max(1, v) }
            if let v = o["max-memo"]?.intValue { limits.pickle.maxMemo = max(1, v) }
            if let v = o["max-stack-depth"]?.intValue { limits.pickle.maxStackDepth = max(1, v) }
        }
    }

    func inspect() -> ModelFile {
        let source = FileBytes(file)
        let head = file.peek(ModelSniffer.headLength)
        let last = file.size > 0 ? (try? file.read(offset: file.size - 1, length: 1))?.first : nil
        let format = ModelSniffer.sniff(head: head, lastByte: last, size: file.size, fileName: file.fileName)
        model.format = format?.rawValue ?? "unknown"
        if let format { inspect(source, format: format, member: nil, depth: 0) }
        return model
    }

    // MARK: - Dispatch

    func inspect(_ source: any ByteSource, format: ModelSniffer.Format, member: String?, depth: Int) {
        guard depth <= limits.maxDepth else {
            incomplete(member, "containers nested deeper than \(limits.maxDepth) levels were not opened")
            return
        }
        switch format {
        case .pickle:
            guard let bytes = readAll(source, member: member, cap: limits.maxPickleBytes, what: "pickle") else { return }
            scanPickle(bytes, member: member, carrier: member == nil ? "pickle file" : "pickle member")
        default:
            inspectOther(source, format: format, member: member, depth: depth)
        }
    }

    func inspectOther(_ source: any ByteSource, format: ModelSniffer.Format, member: String?, depth: Int) {
        // Filled in by the container and format readers.
    }

    // MARK: - Pickles

    func scanPickle(_ bytes: [UInt8], member: String?, carrier: String, base: Int = 0, options: PickleOptions = PickleOptions()) {
        guard model.pickles.count < limits.maxPicklesPerFile else {
            if model.pickles.count == limits.maxPicklesPerFile {
                incomplete(member, "more than \(limits.maxPicklesPerFile) pickles in one file; the rest were not analysed")
            }
            return
        }
        let a = PickleMachine.analyze(bytes, limits: limits.pickle, options: options)
        let verdicts = PickleJudge(policy: policy, a: a).verdicts()
        var carrierName = carrier
        if a.layout == .legacyTorch { carrierName = "legacy torch" }
        if a.inlineArrays > 0 { carrierName = "joblib" }
        model.pickles.append(ScannedPickle(member: member, baseOffset: base, carrier: carrierName, analysis: a, verdicts: verdicts))
        if let l = a.limitHit {
            incomplete(member, "the pickle analysis stopped at the limit on \(l) after \(a.opcodeCount) opcodes", offset: base + a.endOffset)
        }
    }

    // MARK: - Helpers

    func incomplete(_ member: String?, _ why: String, offset: Int? = nil) {
        model.issues.append(ModelIssue(.scanIncomplete, member: member, offset: offset, message: "Scan incomplete: \(why)",
                                       anchor: "incomplete:" + why))
    }

    func readAll(_ source: any ByteSource, member: String?, cap: Int, what: String) -> [UInt8]? {
        guard source.count <= cap else {
            incomplete(member, "the \(what) is \(source.count) bytes, above the \(cap)-byte limit")
            return nil
        }
        do {
            return try source.read(offset: 0, length: source.count)
        } catch {
            incomplete(member, "the \(what) could not be read: \(error)")
            return nil
        }
    }
}

/// A `SourceFile` as a random-access byte source.
struct FileBytes: ByteSource {
    let file: SourceFile
    init(_ file: SourceFile) { self.file = file }
    var count: Int { file.size }
    func read(offset: Int, length: Int) throws -> [UInt8] { try file.read(offset: offset, length: length) }
}
