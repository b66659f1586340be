import BulwarkCore
import BulwarkFormats

extension ModelInspector {
    /// bzip2, xz and legacy `.lzma` streams (joblib `compress=('bz2'|'xz'|'lzma', n)`, `.pkl.bz2`...):
    /// decoded with the bounded stream decoder, then whatever they hold is inspected like any file.
    /// A loader unpickles from the decompressing stream, so the output before a corrupt block or a
    /// limit is analysed too; the stop itself is a finding (corrupt: unscannable; limit: incomplete).
    func inspectStream(_ source: any ByteSource, format: ModelSniffer.Format, member: String?, depth: Int) {
        let codec: StreamDecompressor.Codec = format == .bzip2 ? .bzip2 : format == .xz ? .xz : .lzmaAlone
        // bzip2 and xz squeeze zero-filled arrays (a joblib embedding matrix) far beyond 2000:1, so the ratio
        // only counts past 32 MiB of output: a bomb still stops there, real models do not trip it.
        guard let cap = decompressionAllowance(member) else { return }
        let lease = budget.lease()
        defer { lease.release() }
        var streamLimits = StreamDecompressor.Limits(maxOutput: cap, maxRatio: limits.maxCompressionRatio,
                                                     ratioFloor: limits.streamRatioFloor)
        streamLimits.lease = lease
        let r = StreamDecompressor.decompress(codec, source, limits: streamLimits)
        decompressedTotal += r.output.count
        let what = "\(codec.rawValue) stream"
        switch r.stop {
        case nil: break
        case .outputLimit?:
            incomplete(member, "the \(what) decompresses beyond \(cap) bytes; only the first \(r.output.count) were inspected",
                       offset: r.stopOffset)
        case .budgetLimit?:
            incomplete(member, "the shared decompression budget (\(budget.limit) bytes for all workers together) was exhausted by the \(what); only the first \(r.output.count) bytes were inspected",
                       offset: r.stopOffset)
        case .ratioLimit?:
            incomplete(member, "the \(what) has a compression ratio above \(limits.maxCompressionRatio):1 (a decompression bomb?); only the first \(r.output.count) bytes were inspected",
                       offset: r.stopOffset)
        case .memoryLimit(let m)?:
            incomplete(member, "the \(what) asks for \(m > 0 ? "\(m) bytes of" : "more") decoder memory than the \(streamLimits.maxMemory)-byte limit",
                       offset: 0)
        case let stop?:
            model.issues.append(ModelIssue(.unscannablePayload, member: member, offset: r.stopOffset,
                                           fact: "the \(what) is corrupt and cannot be fully decoded (\(stop)) after \(r.output.count) bytes; a loader fails there after running what came before, and anything beyond was not inspected",
                                           grade: .unreadable, anchor: "corrupt:\(codec.rawValue)"))
        }
        let name = member.map { $0 + "!" + codec.rawValue } ?? "<\(codec.rawValue)>"
        scanDecoded(r.output, name: name, carrier: "\(codec.rawValue)-compressed pickle", depth: depth, cutByLimit: r.stop?.isLimit ?? false)
    }

    /// joblib's old Z-file (`ZF` + hex length + zlib stream): `joblib.load` still unpickles it (with a
    /// deprecation warning), so the zlib stream after the header is inspected like a `.joblib.z` dump.
    func inspectJoblibZFile(_ source: any ByteSource, member: String?, depth: Int) {
        guard let head = try? source.read(offset: 0, length: min(source.count, JoblibZFile.headerLength + 1)),
              let start = JoblibZFile.dataOffset(head) else { return }
        inspectCompressed(SliceBytes(source, start: start, count: source.count - start), format: .zlib,
                          member: member, depth: depth)
    }

    /// Inspects what a decompressor produced (all of it, or the prefix before an error or a limit).
    func scanDecoded(_ output: [UInt8], name: String, carrier: String, depth: Int, cutByLimit: Bool) {
        guard !output.isEmpty else { return }
        let head = Array(output.prefix(ModelSniffer.headLength))
        guard let f = ModelSniffer.sniff(head: head, lastByte: output.last, size: output.count, fileName: name) else {
            inspectPickleReading(MemoryBytes(output), format: nil, member: name)  // PickleFallback: imports past the head
            return
        }
        if f == .pickle {
            guard depth + 1 <= limits.maxDepth else {
                incomplete(name, "containers nested deeper than \(limits.maxDepth) levels were not opened")
                return
            }
            // A cut made by Bulwark's own limit is not a malformed stream (it is already "incomplete").
            var truncatedByUs = cutByLimit
            let analysis: PickleAnalysis
            if output.count > limits.maxPickleBytes {
                incomplete(name, "the decompressed pickle is \(output.count) bytes; only the first \(limits.maxPickleBytes) were analysed")
                truncatedByUs = true
                analysis = PickleMachine.analyze(Array(output.prefix(limits.maxPickleBytes)), limits: limits.pickle, options: PickleOptions())
            } else {
                analysis = PickleMachine.analyze(output, limits: limits.pickle, options: PickleOptions())
            }
            record(analysis, member: name, carrier: carrier, base: 0, dropRunOut: truncatedByUs)
        } else {
            inspect(MemoryBytes(output), format: f, member: name, depth: depth + 1)
        }
    }

    /// The CRC of a stored member computed by sequential 1 MiB reads (no copy of the member is kept).
    func checkCRC(_ entry: ZipEntry, _ member: any ByteSource, _ path: String) {
        var crc = CRC32()
        var offset = 0
        while offset < member.count {
            guard let chunk = try? member.read(offset: offset, length: 1 << 20), !chunk.isEmpty else { return }
            crc.update(chunk)
            offset += chunk.count
        }
        reportCRC(entry, crc.checksum, path)
    }

    /// Reports a zip member whose bytes, read whole, do not match the CRC-32 of the central directory.
    /// Only members Bulwark reads are checked (pickles, decompressed members, configs): tensor data is
    /// never read just to be checksummed.
    func checkCRC(_ entry: ZipEntry, _ bytes: [UInt8], _ path: String) {
        reportCRC(entry, CRC32.checksum(bytes), path)
    }

    func reportCRC(_ entry: ZipEntry, _ crc: UInt32, _ path: String) {
        guard crc != entry.crc32, entry.flags & 0x08 == 0 || entry.crc32 != 0 else { return }
        model.issues.append(ModelIssue(.zipTampering, member: path, offset: entry.localHeaderOffset,
                                       fact: "Zip CRC mismatch: `\(entry.name)` does not match its recorded CRC-32; a strict reader rejects it while a lenient loader may run it",
                                       anchor: "zip:crc:\(entry.name)"))
    }
}
