import BulwarkCore
import BulwarkFormats

/// Bounds of one model file's inspection; hitting one becomes a `model-scan-incomplete` finding.
struct ModelLimits: Sendable {
    var maxDepth = 4
    /// Bytes of one pickle stream read into memory.
    var maxPickleBytes = 512 << 20
    /// First read of a pickle file; grown 4x while the stream needs more.
    var initialPickleRead = 16 << 20
    /// Files up to this size are read whole once instead of by many ranged reads.
    var wholeReadBytes = 32 << 20
    /// Bytes produced by decompressing one member or stream.
    var maxDecompressedBytes = 1 << 30
    /// Bytes produced by every decompression of one file together (members, nested archives, streams):
    /// bounds the time a file full of bombs can take.
    var maxDecompressedPerFile = 2 << 30
    var maxCompressionRatio = 2_000
    /// bzip2/xz/lzma output below which the ratio is not checked (zero-filled arrays compress extremely well).
    var streamRatioFloor = 32 << 20
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
    /// Decompressed bytes held in memory by all workers together (see `DecompressionBudget`).
    var budget = DecompressionBudget.shared
    /// Bytes decompressed so far for this file (bounded by `limits.maxDecompressedPerFile`).
    var decompressedTotal = 0
    var perFileBudgetReported = false
    var pickleCapReported = false

    init(file: SourceFile, configuration: Configuration) {
        self.file = file
        var extra = configuration.allowlist("pickle-globals")
        for id in ["pickle-dangerous-call", "pickle-dangerous-global", "pickle-unknown-global"] {
            extra += configuration.rules[id]?.options["allow"]?.stringArray ?? []
        }
        // Without allowlist entries every file shares the standard policy and its answers.
        self.policy = extra.isEmpty ? PicklePolicy.standard : PicklePolicy(extra: extra)
        self.model = ModelFile(path: file.relativePath, format: "unknown")
        if let o = configuration.rules["model-scan-incomplete"]?.options {
            if let v = o["max-opcodes"]?.intValue { limits.pickle.maxOpcodes = max(1, v) }
            if let v = o["max-depth"]?.intValue { limits.maxDepth = max(0, v) }
            if let v = o["max-pickle-bytes"]?.intValue { limits.maxPickleBytes = max(1, v) }
            if let v = o["max-decompressed-bytes"]?.intValue { limits.maxDecompressedBytes = max(1, v) }
            if let v = o["max-decompressed-per-file"]?.intValue { limits.maxDecompressedPerFile = max(1, v) }
            if let v = o["max-archive-entries"]?.intValue { limits.maxArchiveEntries = max(1, v) }
            if let v = o["max-memo"]?.intValue { limits.pickle.maxMemo = max(1, v) }
            if let v = o["max-stack-depth"]?.intValue { limits.pickle.maxStackDepth = max(1, v) }
        }
    }

    func inspect() -> ModelFile {
        // Small files are read once; large ones (multi-GB checkpoints) only by ranges.
        let source: any ByteSource
        if file.size <= limits.wholeReadBytes, file.isReadableWhole, let all = file.bytes {
            source = MemoryBytes(all)
        } else {
            source = FileBytes(file)
        }
        var format: ModelSniffer.Format? = ModelsScanner.takeSniff(file)
        if format == nil {
            let head = (try? source.read(offset: 0, length: ModelSniffer.headLength)) ?? []
            let last = file.size > 0 ? (try? source.read(offset: file.size - 1, length: 1))?.first : nil
            format = ModelSniffer.sniff(head: head, lastByte: last, size: file.size, fileName: file.fileName)
            if format == nil, ModelSniffer.hdf5AfterUserBlock(fileName: file.fileName, size: file.size, read: { try? source.read(offset: $0, length: $1) }) {
                format = .hdf5
            }
        }
        if format == nil, Self.isKerasFolderConfig(fileName: file.fileName, absolutePath: file.absolutePath) {
            inspectKerasFolderConfig(source)
            return model
        }
        if format == nil, ModelSniffer.hasZipTail({ (try? source.read(offset: $0, length: $1)) ?? [] }, size: file.size) {
            format = .zip
        }
        model.format = format?.rawValue ?? "unknown"
        if let format { inspect(source, format: format, member: nil, depth: 0) }
        // No format: the pickle reading grown past the head (a long opening literal hides the import from the sniff).
        if format == nil, ModelsScanner.templateCarrier(file) == nil {
            let before = model.pickles.count
            inspectPickleReading(source, format: nil, member: nil)
            if model.pickles.count > before { model.format = ModelSniffer.Format.pickle.rawValue; format = .pickle }
        }
        if format == nil, let carrier = ModelsScanner.templateCarrier(file) { inspectTemplateFile(carrier) }
        if format == .pickle || format == nil, file.size >= 22, let tail = try? source.read(offset: max(0, file.size - 65_557), length: 65_557),
           ZipReader.findEOCD(tail) != nil, (try? ZipReader.read(source)) != nil {
            model.issues.append(ModelIssue(.zipTampering, member: nil, offset: 0,
                                           fact: "Polyglot: the file \(format == .pickle ? "is a pickle" : "starts with unknown data") and also ends with a zip archive; loaders and scanners may read different parts",
                                           anchor: "polyglot"))
            inspectZip(source, member: nil, depth: 1)
        }
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
            if member == nil, let ranges = Self.dbmDumbRanges(fileName: file.fileName, absolutePath: file.absolutePath, size: file.size) {
                var o = PickleOptions()
                o.valueRanges = ranges
                scanPickleSource(source, member: member, carrier: "shelve data file", options: o)
            } else {
                scanPickleSource(source, member: member, carrier: member == nil ? "pickle file" : "pickle member")
            }
        default:
            inspectOther(source, format: format, member: member, depth: depth)
            // Zips are what torch.load tries first (and `pickle.load` stops at their `P` opcode); anything else
            // may also be a pickle a loader falls back to.
            if format != .zip { inspectPickleReading(source, format: format, member: member) }
        }
    }

    func inspectOther(_ source: any ByteSource, format: ModelSniffer.Format, member: String?, depth: Int) {
        switch format {
        case .pickle: break
        case .zip: inspectZip(source, member: member, depth: depth)
        case .tar: inspectTar(source, member: member, depth: depth)
        case .gzip, .zlib: inspectCompressed(source, format: format, member: member, depth: depth)
        case .bzip2, .xz, .lzma: inspectStream(source, format: format, member: member, depth: depth)
        case .joblibZFile: inspectJoblibZFile(source, member: member, depth: depth)
        case .sevenZip: inspectSevenZip(source, member: member, depth: depth)
        case .zstd, .lz4, .rar:
            model.issues.append(ModelIssue(.unscannablePayload, member: member, offset: 0,
                                           fact: "\(format.rawValue) data cannot be unpacked by Bulwark, so whatever it holds (a pickle?) was not inspected",
                                           grade: .unreadable, anchor: "unscannable:\(format.rawValue)"))
        case .npy: inspectNpy(source, member: member)
        default: inspectFormat(source, format: format, member: member, depth: depth)
        }
    }

    /// Formats other than containers and pickles (safetensors, GGUF, HDF5, protobuf).
    func inspectFormat(_ source: any ByteSource, format: ModelSniffer.Format, member: String?, depth: Int) {
        inspectFormatImpl(source, format: format, member: member, depth: depth)
    }

    // MARK: - Containers

    /// Member extensions of plain data that no model loader runs (for encrypted members that cannot be read).
    static let plainDataExtensions: Set<String> = ["txt", "md", "rst", "csv", "tsv", "json", "yaml", "yml", "xml", "html", "htm",
                                                   "png", "jpg", "jpeg", "gif", "bmp", "webp", "pdf", "log", "wav", "mp3", "flac"]

    static let torchScriptCarrier = "TorchScript zip"
    static let pickleNames = [".pkl", ".pickle", ".joblib", ".pt", ".pth", ".bin", ".ckpt", ".sav", ".dill", ".p"]

    func memberPath(_ member: String?, _ name: String) -> String { member.map { $0 + "/" + name } ?? name }

    /// `reading`: one of the other central directories readers find (`ZipArchive.alternateReadings`), whose
    /// members not at an offset in `skip` (already inspected) are inspected too.
    func inspectZip(_ source: any ByteSource, member: String?, depth: Int, reading: ZipDirectoryReading? = nil, skip: Set<Int> = []) {
        let archive: ZipArchive
        do {
            archive = try ZipReader.read(source, maxEntries: limits.maxArchiveEntries, reading: reading)
        } catch {
            if let reading {
                model.issues.append(ModelIssue(.zipTampering, member: member, offset: reading.offset,
                                               fact: "The central directory \(reading.readers) read\(reading.readers.contains(",") ? "" : "s") is not readable (\(error)); its members were not inspected",
                                               grade: .unreadable, anchor: "zip-unreadable:\(reading.offset)"))
                return
            }
            // A file that starts like a zip but is not one: torch would refuse it too.
            model.issues.append(ModelIssue(.zipTampering, member: member, offset: 0,
                                           fact: "Archive is not a readable zip (\(error)); its content was not inspected",
                                           grade: .unreadable, anchor: "zip-unreadable"))
            return
        }
        if archive.skippedEntries > 0 {
            incomplete(member, "the archive has more than \(limits.maxArchiveEntries) entries; \(archive.skippedEntries) were not inspected")
        }
        // Loaders that find another central directory (torch's miniz and Python's zipfile disagree on a
        // planted zip64 record) read other members: those are inspected as well.
        defer {
            if reading == nil, !archive.alternateReadings.isEmpty {
                let seen = Set(archive.entries.map(\.localHeaderOffset))
                for r in archive.alternateReadings.prefix(4) { inspectZip(source, member: member, depth: depth, reading: r, skip: seen) }
            }
        }
        // Encryption is not tampering: encrypted members are reported below as payloads that cannot be scanned.
        for an in archive.anomalies where an.kind != .encrypted {
            let kind: ModelIssue.Kind = (an.kind == .pathTraversal || an.kind == .symlink) ? .pathTraversal : .zipTampering
            model.issues.append(ModelIssue(kind, member: an.member.map { memberPath(member, $0) } ?? member, offset: an.offset,
                                           fact: "Zip \(Self.describe(an.kind)): \(an.message)", anchor: "zip:\(an.kind.rawValue):\(an.member ?? "")"))
        }
        // Office Open XML (`[Content_Types].xml`) and OpenDocument (`mimetype`) packages: documents, not models.
        let isOfficeDocument = archive.entries.contains { $0.name == "[Content_Types].xml" }
            || archive.entries.contains { $0.name == "mimetype" && archive.entries.contains { $0.name == "META-INF/manifest.xml" } }
        // Keras reads `config.json` of a `.keras` zip even without `metadata.json` or weights; a zip that
        // only has a `config.json` is judged leniently (unreadable JSON there is not reported).
        // Keras decides by the members it reads, not by others: an extra `[Content_Types].xml` does not stop it.
        if archive.entries.contains(where: { $0.name == "config.json" }) {
            let marked = archive.entries.contains(where: { $0.name == "metadata.json" || $0.name == "model.weights.h5" })
            inspectKerasArchive(source, archive: archive, member: member, strict: marked)
        }
        // Overlapping members that share another's data exactly are decoded once (300 records pointing at one
        // bomb stream are one decode); partial overlaps are still read, within the per-file budget.
        var decodedRanges = Set<[Int]>()
        // Only archives with overlapping members need the ranges (hashing them cost a checkpoint's hundreds of members).
        let anyOverlap = archive.entries.contains { $0.overlapsEarlier }
        // TorchScript archives (`torch.jit.save`): `torch.load` hands a zip with `<top>/constants.pkl` to `torch.jit.load`,
        // whose own unpickler reads `<top>/data.pkl` and `constants.pkl` and resolves `__torch__.*` from the archive's
        // `code/`, importing nothing. Elsewhere `__torch__` is an ordinary module name (see `PickleJudge.torchScript`).
        let torchScriptTops = Set(archive.entries.compactMap { e -> Substring? in
            guard e.name.hasSuffix("/constants.pkl") else { return nil }
            let top = e.name.dropLast("/constants.pkl".count)
            return top.isEmpty || top.contains("/") ? nil : top
        })
        func pickleCarrier(_ name: String, _ lower: String) -> String {
            if !torchScriptTops.isEmpty, name.hasSuffix("/data.pkl") || name.hasSuffix("/constants.pkl"),
               let slash = name.firstIndex(of: "/"), torchScriptTops.contains(name[..<slash]),
               name[name.index(after: slash)...].firstIndex(of: "/") == nil {
                return Self.torchScriptCarrier
            }
            return lower.hasSuffix("data.pkl") ? "torch zip" : "zip member"
        }
        var encrypted: [String] = []
        defer {
            if let first = encrypted.first {
                let more = encrypted.count > 1 ? " and \(encrypted.count - 1) other member\(encrypted.count == 2 ? "" : "s")" : ""
                // Judged by what loading would run: encrypted members that are all named as plain data
                // (text, images, tables) are not loaded as models by anything, so they are low, not medium.
                let plainData = encrypted.allSatisfy { name in
                    Self.plainDataExtensions.contains(name.split(separator: ".").last.map { $0.lowercased() } ?? "")
                }
                model.issues.append(ModelIssue(.unscannablePayload, member: memberPath(member, first), offset: nil,
                                               fact: "`\(first)`\(more) \(encrypted.count == 1 ? "is" : "are") encrypted, so \(encrypted.count == 1 ? "its" : "their") content was not inspected; \(plainData ? "the name\(encrypted.count == 1 ? " says" : "s say") plain data, which no model loader runs" : "a loader given the password would run whatever is inside")",
                                               grade: plainData ? .minor : .unreadable, anchor: "unscannable:encrypted"))
            }
        }
        // Symbolic-link attributes are reported (above) but do not stop the reading: torch's miniz and Python's
        // zipfile ignore them and read the member's bytes like any other.
        for entry in archive.entries where !entry.isDirectory && !skip.contains(entry.localHeaderOffset) {
            let path = memberPath(member, entry.name)
            if entry.overlapsEarlier, let d = entry.dataOffset,
               !decodedRanges.insert([d, entry.compressedSize, Int(entry.method)]).inserted { continue }
            if anyOverlap, !entry.overlapsEarlier, let d = entry.dataOffset { decodedRanges.insert([d, entry.compressedSize, Int(entry.method)]) }
            // Torch writes `data/<n>` in lower case; a checkpoint has hundreds of them, so the name is
            // lowercased only for the other members.
            let isTensorData = Self.isTensorDataMember(entry.name)
            let lower = isTensorData ? entry.name : entry.name.lowercased()
            // In an Office or OpenDocument file, `.bin` members are printer settings and OLE objects,
            // not torch weights: only their content can make them a pickle.
            // A member with link attributes is read only when its bytes are a format (a link's content is its target path).
            let namedPickle = !isTensorData && !entry.isSymlink && Self.pickleNames.contains { lower.hasSuffix($0) && !(isOfficeDocument && $0 == ".bin") }
            if entry.isEncrypted {
                // A member flagged as encrypted whose bytes are a plain model format is a disguise aimed at
                // scanners that skip encrypted members (a lenient reader loads it): inspect it. Real encrypted
                // data (ZipCrypto or AES) looks random and is reported as unscannable, not as tampering.
                let h = entry.method == 0 ? ZipReader.head(entry, from: source, length: ModelSniffer.headLength) : []
                if let f = ModelSniffer.strongMagic(h) ?? (namedPickle && PickleMachine.looksLikePickle(prefix: h.prefix(3), lastByte: nil) ? .pickle : nil) {
                    model.issues.append(ModelIssue(.zipTampering, member: path, offset: entry.localHeaderOffset,
                                                   fact: "Zip encryption flag on a plain member: `\(entry.name)` is flagged as encrypted but holds readable \(f.rawValue) data; scanners that skip encrypted members miss it",
                                                   anchor: "zip:fake-encryption:\(entry.name)"))
                } else {
                    encrypted.append(entry.name)
                    continue
                }
            }
            guard ZipReader.canDecompress(entry.method) else {
                model.issues.append(ModelIssue(.unscannablePayload, member: path, offset: entry.localHeaderOffset,
                                               fact: "`\(entry.name)` uses compression method \(entry.method) (\(Self.methodName(entry.method))), which Bulwark cannot unpack, so its content was not inspected",
                                               grade: .unreadable, anchor: "unscannable:method:\(entry.name)"))
                continue
            }
            let head = ZipReader.head(entry, from: source, length: isTensorData ? 16 : ModelSniffer.headLength)
            var last: UInt8?
            if !isTensorData, entry.method == 0, let d = entry.dataOffset, entry.compressedSize > 0 {
                last = (try? source.read(offset: d + entry.compressedSize - 1, length: 1))?.first
            }
            // Raw tensor bytes may look like anything weak (a text pickle opcode, a zlib header): only a
            // long magic number counts there.
            var format = isTensorData ? ModelSniffer.strongMagic(head)
                : ModelSniffer.sniff(head: head, lastByte: last, size: entry.method == 0 ? entry.compressedSize : max(0, entry.uncompressedSize), fileName: entry.name)
            // A pickle-named member whose compressed head does not decode is extracted anyway: the error is a finding.
            let forcedPickle = format == nil && namedPickle
            if format == nil, namedPickle, !head.isEmpty || (entry.method != 0 && entry.compressedSize > 0) { format = .pickle }
            guard let format else { continue }
            // What this member decompresses stays leased until its inspection (nested ones included) ends
            // (taken here: a checkpoint's hundreds of raw tensor members never need one).
            let lease = budget.lease()
            defer { lease.release() }
            // Stored members are read in place; compressed ones are inflated (bounded).
            let memberSource: any ByteSource
            if entry.method == 0, let d = entry.dataOffset {
                memberSource = SliceBytes(source, start: d, count: entry.compressedSize)
                if ModelSniffer.isStream(format) { checkCRC(entry, memberSource, path) } // decoded whole anyway
            } else {
                // A pickle that dies on an invalid opcode followed by filler (a bomb of zeros behind a pickle
                // header) is never read further by a loader: its first 64 KiB say everything.
                if format == .pickle, entry.uncompressedSize > 1 << 20 || entry.compressedSize > 1 << 16 {
                    let probe = ZipReader.head(entry, from: source, length: 64 << 10)
                    if let dead = Self.deadPickle(probe) {
                        decompressedTotal += probe.count
                        scanPickle(dead, member: path, carrier: pickleCarrier(entry.name, lower))
                        continue
                    }
                }
                guard let cap = decompressionAllowance(path) else { continue }
                do {
                    let data = try ZipReader.extract(entry, from: source, maxOutput: cap, maxRatio: limits.maxCompressionRatio, lease: lease)
                    decompressedTotal += data.count
                    if entry.method == 8, !checkRatio(data.count, entry.compressedSize, path) { continue } // others: checked while decoding
                    checkCRC(entry, data, path)
                    memberSource = MemoryBytes(data)
                } catch let f as Inflate.Failure where f.kind == .limit {
                    decompressedTotal += max(f.partial.count, cap)
                    incomplete(path, "`\(entry.name)` inflates beyond \(cap) bytes (\(f.message))")
                    continue
                } catch {
                    model.issues.append(ModelIssue(.zipTampering, member: path, offset: entry.localHeaderOffset,
                                                   fact: "Zip member `\(entry.name)` cannot be decompressed: \(error)", anchor: "zip:inflate:\(entry.name)"))
                    continue
                }
            }
            if format == .pickle {
                // Decompressed bytes are used as they are (already leased); stored ones are read under the lease.
                let bytes: [UInt8]
                if let m = memberSource as? MemoryBytes {
                    bytes = m.bytes
                } else {
                    guard lease.grow(toTotal: min(memberSource.count, limits.maxPickleBytes)) else {
                        incomplete(path, "the shared memory budget (\(budget.limit) bytes for all workers together) cannot hold the \(memberSource.count)-byte pickle member now")
                        continue
                    }
                    guard let b = readAll(memberSource, member: path, cap: limits.maxPickleBytes, what: "pickle member") else { continue }
                    bytes = b
                }
                if entry.method == 0 { checkCRC(entry, bytes, path) }
                // A pickle-named member whose first byte is no pickle opcode (a TorchServe `weights.bin` holding
                // text): `pickle.load` fails on that byte before anything is imported, so nothing can run.
                if forcedPickle, let b0 = bytes.first, PickleOpcode(rawValue: b0) == nil { continue }
                scanPickle(bytes, member: path, carrier: pickleCarrier(entry.name, lower))
            } else {
                inspect(memberSource, format: format, member: path, depth: depth + 1)
            }
        }
    }

    /// The prefix of a decoded pickle up to a little past an invalid opcode, when everything from that opcode to
    /// the end of `probe` is one repeated byte (bomb filler): `pickle.load` stops at that opcode, so nothing
    /// after it can run and the rest of the stream need not be decoded. Nil when the stream may go on.
    static func deadPickle(_ probe: [UInt8]) -> [UInt8]? {
        guard probe.count >= 4096 else { return nil }
        var o = PickleOptions()
        o.firstPickleOnly = true
        var l = PickleLimits()
        l.maxOpcodes = 100_000
        let a = PickleMachine.analyze(probe, limits: l, options: o)
        guard let bad = a.anomalies.first(where: { $0.kind == .unknownOpcode }), bad.offset < probe.count - 1 else { return nil }
        let filler = probe[bad.offset]
        guard probe[bad.offset...].allSatisfy({ $0 == filler }) else { return nil }
        return Array(probe.prefix(bad.offset + 64))
    }

    /// `.../data/<digits>`: a torch tensor storage (a byte scan; a checkpoint has hundreds of members).
    static func isTensorDataMember(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { isTensorDataMember(bytes: $0) }
    }

    static func isTensorDataMember(bytes u: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = u.count
        while i > 0, u[i - 1] >= 0x30, u[i - 1] <= 0x39 { i -= 1 }
        guard i < u.count, i >= 5, u[i - 1] == 0x2F else { return false }
        // "data/" right before the digits, at the start or after a slash.
        guard u[i - 5] == 0x64, u[i - 4] == 0x61, u[i - 3] == 0x74, u[i - 2] == 0x61 else { return false }
        return i - 5 == 0 || u[i - 6] == 0x2F
    }

    static func describe(_ k: ZipAnomaly.Kind) -> String {
        switch k {
        case .prependedData: "prepended data"
        case .nameMismatch: "name mismatch"
        case .flagMismatch: "flag mismatch"
        case .methodMismatch: "method mismatch"
        case .encrypted: "encrypted member"
        case .duplicateName: "duplicate name"
        case .badLocalHeader: "bad local header"
        case .pathTraversal: "path traversal"
        case .symlink: "symbolic link"
        case .crcMismatch: "CRC mismatch"
        case .sizeMismatch: "size mismatch"
        case .truncated: "truncated member"
        case .overlappingData: "overlapping members"
        case .conflictingDirectories: "conflicting central directories"
        case .nulInName: "NUL in a member name"
        }
    }

    static func methodName(_ m: UInt16) -> String {
        switch m {
        case 12: "bzip2"
        case 14: "LZMA"
        case 93: "Zstandard"
        case 95: "xz"
        case 98: "PPMd"
        case 99: "AES encryption"
        case 9: "Deflate64"
        default: "unknown"
        }
    }

    func checkRatio(_ out: Int, _ input: Int, _ member: String?) -> Bool {
        if input > 0, out / max(input, 1) > limits.maxCompressionRatio, out > 1 << 20 {
            incomplete(member, "compression ratio above \(limits.maxCompressionRatio):1 (a decompression bomb?)")
            return false
        }
        return true
    }

    func inspectTar(_ source: any ByteSource, member: String?, depth: Int) {
        let result = TarReader.list(source, maxEntries: limits.maxArchiveEntries)
        if let why = result.malformed {
            // The members before the bad header are still listed and inspected (Python's tarfile returns them).
            model.issues.append(ModelIssue(.zipTampering, member: member, offset: result.malformedOffset ?? 0,
                                           fact: "Tar archive is malformed: \(why); \(result.entries.isEmpty ? "nothing" : "only the \(result.entries.count) member\(result.entries.count == 1 ? "" : "s") before it") could be inspected",
                                           grade: .unreadable, anchor: "tar-malformed"))
        }
        if result.truncated { incomplete(member, "the tar archive has more than \(limits.maxArchiveEntries) entries") }
        // `torch.load`'s legacy loader extracts `storages` first and unpickles it, then `tensors` and `pickle`
        // (by name; the last member of a name wins): a tar with a `storages` member is read that way.
        let legacyTorch = result.entries.contains { $0.name == "storages" }
        for e in result.entries {
            let path = memberPath(member, e.name)
            if ZipReader.isTraversal(e.name) {
                model.issues.append(ModelIssue(.pathTraversal, member: path, offset: e.dataOffset - 512,
                                               fact: "Tar member path `\(e.name)` leaves the extraction folder", anchor: "tar:traversal:\(e.name)"))
            }
            if e.isLink {
                model.issues.append(ModelIssue(.pathTraversal, member: path, offset: e.dataOffset - 512,
                                               fact: "Tar member `\(e.name)` is a \(e.type == 0x32 ? "symbolic" : "hard") link to `\(e.linkName)`",
                                               anchor: "tar:link:\(e.name)"))
            }
            guard e.isRegular, e.size > 0 || (e.realSize ?? 0) > 0 else { continue }
            // A rebuilt sparse member holds its whole extracted size in memory while it is inspected (and a tar
            // inside it may hold another): the bytes come from the shared budget, like decompressed output.
            let sparseLease = budget.lease()
            defer { sparseLease.release() }
            guard let sub = tarMemberBytes(source, e, path: path, lease: sparseLease) else { continue }
            if legacyTorch, ["sys_info", "pickle", "storages", "tensors"].contains(e.name) {
                guard let bytes = readAll(sub, member: path, cap: limits.maxPickleBytes, what: "pickle member") else { continue }
                var o = PickleOptions()
                o.firstPickleOnly = e.name != "pickle"
                let before = model.pickles.count
                scanPickle(bytes, member: path, carrier: "legacy torch tar", options: o)
                // `storages` and `tensors` hold a count pickle and then, read at once after it, the first record's
                // pickle (`storage_views` when the count is 0): the loader unpickles that one too (R6 T5, T6).
                if e.name == "storages" || e.name == "tensors", model.pickles.count == before + 1,
                   let first = model.pickles.last?.analysis, first.anomalies.isEmpty, first.endOffset < bytes.count,
                   PickleFallback.mayStart(Array(bytes[first.endOffset...].prefix(2))) {
                    scanPickle(Array(bytes[first.endOffset...]), member: path, carrier: "legacy torch tar", base: first.endOffset, options: o)
                }
                continue
            }
            let head = (try? sub.read(offset: 0, length: ModelSniffer.headLength)) ?? []
            let last = (try? sub.read(offset: sub.count - 1, length: 1))?.first
            guard let f = ModelSniffer.sniff(head: head, lastByte: last, size: sub.count, fileName: e.name) else {
                inspectPickleReading(sub, format: nil, member: path)
                continue
            }
            inspect(sub, format: f, member: path, depth: depth + 1)
        }
    }

    /// A tar member's bytes as Python's `tarfile` extracts them: stored bytes in place, or a GNU sparse member's
    /// chunks written at their offsets over zeros (bounded by the pickle read limit; past it, incomplete).
    func tarMemberBytes(_ source: any ByteSource, _ e: TarEntry, path: String,
                        lease: DecompressionBudget.Lease) -> (any ByteSource)? {
        guard let chunks = e.sparse else { return SliceBytes(source, start: e.dataOffset, count: e.size) }
        let real = e.realSize ?? e.size
        guard real >= 0, real <= limits.maxPickleBytes, chunks.allSatisfy({ $0.offset >= 0 && $0.length >= 0 }) else {
            incomplete(path, "the sparse tar member `\(e.name)` (\(real) bytes, \(chunks.count) chunks) cannot be rebuilt within the \(limits.maxPickleBytes)-byte limit; its content was not inspected")
            return nil
        }
        guard lease.grow(toTotal: real) else {
            incomplete(path, "the shared decompression budget (\(budget.limit) bytes for all workers together) cannot hold the sparse tar member `\(e.name)` (\(real) bytes rebuilt); its content was not inspected")
            return nil
        }
        var out = [UInt8](repeating: 0, count: real)
        var stored = e.dataOffset
        for c in chunks {
            if c.length == 0 { continue }
            let n = min(c.length, e.dataOffset + e.size - stored)
            guard n > 0 else { break }
            if c.offset < real, let b = try? source.read(offset: stored, length: min(n, real - c.offset)) {
                out.replaceSubrange(c.offset..<(c.offset + b.count), with: b)
            }
            stored += n
        }
        return MemoryBytes(out)
    }

    func inspectCompressed(_ source: any ByteSource, format: ModelSniffer.Format, member: String?, depth: Int) {
        guard source.count <= limits.maxDecompressedBytes else {
            incomplete(member, "the \(format.rawValue) stream is larger than \(limits.maxDecompressedBytes) bytes")
            return
        }
        let lease = budget.lease()
        defer { lease.release() }
        guard lease.grow(toTotal: source.count) else {
            incomplete(member, "the shared decompression budget (\(budget.limit) bytes for all workers together) cannot hold the \(format.rawValue) stream")
            return
        }
        guard let cap = decompressionAllowance(member) else { return }
        guard let raw = try? source.read(offset: 0, length: source.count) else { return }
        let name = member.map { $0 + "!" + format.rawValue } ?? "<\(format.rawValue)>"
        // The output lease comes on top of the compressed input's, and covers a partial output too.
        let outLease = budget.lease()
        defer { outLease.release() }
        // A large stream is probed first: when its head is no format at all (not even a possible text pickle),
        // or a pickle that dies on an invalid opcode followed by filler, decoding the rest changes nothing.
        if raw.count > 1 << 16, let probe = try? (format == .gzip ? Inflate.gzip(raw, maxOutput: cap, stopAfter: 64 << 10, lease: outLease)
                                                                   : Inflate.zlib(raw, maxOutput: cap, stopAfter: 64 << 10, lease: outLease)),
           !probe.complete {
            let head = Array(probe.output.prefix(ModelSniffer.headLength))
            let f = ModelSniffer.sniff(head: head, lastByte: nil, size: Int.max / 2, fileName: name)
            if f == .pickle, let dead = Self.deadPickle(probe.output) {
                decompressedTotal += probe.output.count
                scanPickle(dead, member: name, carrier: "\(format.rawValue) stream")
                return
            }
            // Nothing to inspect: not a format, and not a possible text pickle (a binary pickle header was
            // already rejected by the sniffer).
            // PROTO 0/1 may open a pickle whose import sits past the head (see `PickleFallback`).
            if f == nil, let first = head.first, (first == 0x80 && head.count > 1 && head[1] >= 2) || !PickleFallback.mayStart(head) { return }
        }
        outLease.release()
        do {
            let r = format == .gzip ? try Inflate.gzip(raw, maxOutput: cap, lease: outLease) : try Inflate.zlib(raw, maxOutput: cap, lease: outLease)
            decompressedTotal += r.output.count
            guard checkRatio(r.output.count, raw.count, member) else { return }
            let out = MemoryBytes(r.output)
            let f = ModelSniffer.sniff(head: Array(r.output.prefix(ModelSniffer.headLength)), lastByte: r.output.last,
                                       size: r.output.count, fileName: name)
            if let f { inspect(out, format: f, member: name, depth: depth + 1) } else { inspectPickleReading(out, format: nil, member: name) }
        } catch let f as Inflate.Failure where f.kind == .limit {
            decompressedTotal += f.partial.count
            incomplete(member, "the \(format.rawValue) stream inflates beyond \(cap) bytes (\(f.message)); only the first \(f.partial.count) bytes were inspected")
            scanDecoded(f.partial, name: name, carrier: "\(format.rawValue) stream", depth: depth, cutByLimit: true)
        } catch {
            if format == .gzip {
                model.issues.append(ModelIssue(.unscannablePayload, member: member, offset: 0,
                                               fact: "the gzip stream is corrupt (\(error))",
                                               grade: .unreadable, anchor: "unscannable:gzip"))
            }
            // A loader reading the stream has run what decoded before the error (a zlib joblib broken after its payload).
            if let f = error as? Inflate.Failure { scanDecoded(f.partial, name: name, carrier: "\(format.rawValue) stream", depth: depth, cutByLimit: false) }
        }
    }

    func inspectNpy(_ source: any ByteSource, member: String?) {
        inspectNpyImpl(source, member: member)
    }

    func inspectKerasArchive(_ source: any ByteSource, archive: ZipArchive, member: String?, strict: Bool) {
        inspectKerasArchiveImpl(source, archive: archive, member: member, strict: strict)
    }

    // MARK: - Pickles

    /// Reads a pickle stream by growing prefixes: legacy torch files and joblib dumps are mostly raw
    /// array data after a small pickle, so the whole file is read only when the stream needs it.
    func scanPickleSource(_ source: any ByteSource, member: String?, carrier: String, options: PickleOptions = PickleOptions()) {
        var length = min(source.count, limits.initialPickleRead)
        // Reads past the first one are leased from the budget every worker shares (a folder of multi-GB
        // pickles scanned with --jobs 8 must not hold 8 x 512 MiB).
        let lease = budget.lease()
        defer { lease.release() }
        var previous: (PickleAnalysis, [UInt8])?
        while true {
            if length > limits.initialPickleRead, !lease.grow(toTotal: length + (previous?.1.count ?? 0)) {
                incomplete(member, "the pickle stream continues past \(previous?.1.count ?? 0) bytes and the shared memory budget (\(budget.limit) bytes for all workers together) cannot hold more now")
                if let (a, b) = previous { record(a, member: member, carrier: carrier, base: 0, dropRunOut: true, bytes: b) }
                return
            }
            guard let bytes = try? source.read(offset: 0, length: length), bytes.count == length else {
                incomplete(member, "the pickle could not be read")
                return
            }
            if length < source.count {
                let a = PickleMachine.analyze(bytes, limits: limits.pickle, options: options)
                let ranOut = a.anomalies.contains { [.truncated, .noStop, .trailingData].contains($0.kind) }
                if ranOut {
                    if length >= limits.maxPickleBytes {
                        incomplete(member, "the pickle stream continues past the \(limits.maxPickleBytes)-byte read limit")
                        record(a, member: member, carrier: carrier, base: 0, dropRunOut: true, bytes: bytes)
                        return
                    }
                    let (grown, o) = length.multipliedReportingOverflow(by: 4)
                    length = min(source.count, o ? Int.max : grown, limits.maxPickleBytes)
                    previous = (a, bytes)
                    continue
                }
                record(a, member: member, carrier: carrier, base: 0, bytes: bytes)
                return
            }
            scanPickle(bytes, member: member, carrier: carrier, options: options)
            return
        }
    }

    func scanPickle(_ bytes: [UInt8], member: String?, carrier: String, base: Int = 0, options: PickleOptions = PickleOptions()) {
        record(PickleMachine.analyze(bytes, limits: limits.pickle, options: options), member: member, carrier: carrier, base: base, bytes: bytes)
    }

    func record(_ analysis: PickleAnalysis, member: String?, carrier: String, base: Int, dropRunOut: Bool = false,
                bytes: [UInt8]? = nil, nesting: Int = 0) {
        var a = analysis
        if dropRunOut { a.anomalies.removeAll { [.truncated, .noStop, .trailingData].contains($0.kind) } }
        guard model.pickles.count < limits.maxPicklesPerFile else {
            // Once per file: a tar of 100,000 tiny pickles gave one finding per member past the cap.
            if !pickleCapReported {
                pickleCapReported = true
                incomplete(member, "more than \(limits.maxPicklesPerFile) pickles in one file; the rest were not analysed")
            }
            return
        }
        let facts = PickleJudge(policy: policy, a: a, torchScript: carrier == Self.torchScriptCarrier).facts()
        var carrierName = carrier
        if a.layout == .legacyTorch { carrierName = "legacy torch" }
        if a.inlineArrays > 0 { carrierName = "joblib" }
        model.pickles.append(ScannedPickle(member: member, baseOffset: base, carrier: carrierName, analysis: a, facts: facts))
        if let l = a.limitHit {
            incomplete(member, "the pickle analysis stopped at the limit on \(l) after \(a.opcodeCount) opcodes", offset: base + a.endOffset)
        }
        if let bytes, nesting < 2 { scanEmbedded(a, bytes: bytes, member: member, base: base, nesting: nesting) }
    }

    /// Pickles hidden in bytes literals (`pickle.loads(b"...")`, a `__setstate__` that unpickles its state,
    /// payloads behind a decoder): analysed like the outer stream. Only a nested stream that decodes cleanly
    /// to its STOP and imports identifier-like names counts, so array data that happens to start with
    /// 0x80 is never reported.
    func scanEmbedded(_ a: PickleAnalysis, bytes: [UInt8], member: String?, base: Int, nesting: Int) {
        for r in a.embeddedPickles.prefix(16) {
            let (end, o) = r.offset.addingReportingOverflow(r.length)
            guard !o, r.offset >= 0, end <= bytes.count else { continue }
            let inner = r.latin1 ?? Array(bytes[r.offset..<end])
            var opts = PickleOptions()
            opts.recognizeLegacyTorch = false
            opts.recognizeJoblibArrays = false
            let n = PickleMachine.analyze(inner, limits: limits.pickle, options: opts)
            let fatal: Set<PickleAnomaly.Kind> = [.unknownOpcode, .badArgument, .stackUnderflow, .missingMark, .missingMemo,
                                                   .truncated, .noStop, .trailingData, .secondProto]
            guard !n.imports.isEmpty, n.limitHit == nil, !n.anomalies.contains(where: { fatal.contains($0.kind) }) else { continue }
            let ident: (String) -> Bool = { !$0.isEmpty && $0.utf8.allSatisfy { c in
                (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2E } }
            guard n.imports.allSatisfy({ ident($0.module) && ident($0.name) }) else { continue }
            record(n, member: member, carrier: "pickle nested in a bytes literal at byte \(base + r.offset)", base: base + r.offset,
                   bytes: inner, nesting: nesting + 1)
        }
    }

    /// `tokenizer_config.json` / `chat_template.json` (a `chat_template` string or list of named
    /// templates, and any other string with Jinja blocks a loader may render), any JSON or YAML config
    /// with a `chat_template` key, and standalone templates (`.jinja`, `.j2`, chat `.template` files).
    func inspectTemplateFile(_ carrier: ModelSniffer.TemplateCarrier) {
        guard file.size <= Self.maxTemplateFileBytes else {
            incomplete(nil, "the \(file.fileName) is \(file.size) bytes, above the \(Self.maxTemplateFileBytes)-byte limit; its chat template was not inspected")
            return
        }
        guard let bytes = file.bytes else {
            incomplete(nil, "the \(file.fileName) could not be read whole\(file.readError.map { " (\($0))" } ?? ""); its chat template was not inspected")
            return
        }
        model.format = "chat-template"
        switch carrier {
        case .text:
            chatTemplate(String(decoding: bytes, as: UTF8.self), key: file.fileName, member: nil, offset: 0)
        case .yaml:
            // YAML scalars keep `{{ }}` blocks intact in the raw text (quotes and folding do not split them).
            chatTemplate(String(decoding: bytes, as: UTF8.self), key: file.fileName, member: nil, offset: 0)
        case .json:
            guard let root = try? JSONParser.parse(bytes, limits: JSONParser.Limits(maxDepth: 1_000, maxStringBytes: Self.maxTemplateFileBytes))
            else { return }
            var reported = Set<Int>()
            if let t = root["chat_template"] {
                if let s = t.string {
                    chatTemplate(s, key: "chat_template", member: nil, offset: t.offset)
                    reported.insert(t.offset)
                } else if let list = t.array {
                    for item in list.prefix(64) {
                        if let s = item["template"]?.string {
                            chatTemplate(s, key: "chat_template." + (item["name"]?.string ?? "?"), member: nil, offset: item.offset)
                            reported.insert(item.offset)
                        }
                    }
                }
            }
            templateStrings(root, reported: reported)
        }
    }

    /// Other strings of a config with Jinja blocks (a nested `chat_template`, a prompt template a loader
    /// renders): walked without recursion, bounded in values and templates inspected.
    func templateStrings(_ root: JSONNode, reported: Set<Int>) {
        var stack: [(JSONNode, String)] = [(root, "")]
        var visited = 0, inspected = 0
        while let (node, key) = stack.popLast(), visited < 2_000_000, inspected < 256 {
            visited += 1
            if let members = node.members {
                for m in members { stack.append((m.value, key.isEmpty ? m.key : key + "." + m.key)) }
            } else if let items = node.array {
                for (i, n) in items.enumerated() { stack.append((n, key + "[\(i)]")) }
            } else if let s = node.string, !reported.contains(node.offset), s.contains("{{") || s.contains("{%") {
                inspected += 1
                chatTemplate(s, key: key, member: nil, offset: node.offset)
            }
        }
    }

    /// `tokenizer_config.json` and friends read whole (tokenizers with large vocabularies run to tens of MB).
    static let maxTemplateFileBytes = 256 << 20

    // MARK: - Helpers

    /// The most one more decompression of this file may produce, nil (and an incomplete finding, once) when
    /// the file's total is spent.
    func decompressionAllowance(_ member: String?) -> Int? {
        let left = limits.maxDecompressedPerFile - decompressedTotal
        guard left > 0 else {
            if !perFileBudgetReported {
                perFileBudgetReported = true
                incomplete(member, "the file decompresses to more than \(limits.maxDecompressedPerFile) bytes in total; further members and streams were not decompressed")
            }
            return nil
        }
        return min(limits.maxDecompressedBytes, left)
    }

    func incomplete(_ member: String?, _ why: String, offset: Int? = nil) {
        model.issues.append(ModelIssue(.scanIncomplete, member: member, offset: offset, fact: why,
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
