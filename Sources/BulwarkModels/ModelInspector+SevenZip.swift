import BulwarkCore
import BulwarkFormats

extension ModelInspector {
    /// A 7z archive (the nullifAI models hid their pickle in one): the header is read with bounds, each
    /// folder made of LZMA, LZMA2, BCJ-family, delta or copy coders, or of Deflate or BZip2 alone, is decoded
    /// once (bounded like any stream), and every file in it is inspected like a zip member. Folders with other
    /// coders (PPMd, Deflate64, AES...) and archives whose header cannot be read are "cannot be scanned"
    /// (medium), never clean.
    func inspectSevenZip(_ source: any ByteSource, member: String?, depth: Int) {
        var readLimits = SevenZipReader.Limits()
        readLimits.maxEntries = limits.maxArchiveEntries
        readLimits.maxRatio = limits.maxCompressionRatio
        let archive: SevenZipArchive
        do {
            archive = try SevenZipReader.read(source, limits: readLimits)
        } catch {
            model.issues.append(ModelIssue(.unscannablePayload, member: member, offset: 0,
                                           fact: "7z archive whose header Bulwark cannot read (\(error)), so whatever it holds (a pickle?) was not inspected",
                                           grade: .unreadable, anchor: "unscannable:7z"))
            return
        }
        for anomaly in archive.anomalies {
            model.issues.append(ModelIssue(.zipTampering, member: member, offset: 0,
                                           fact: "7z CRC mismatch: \(anomaly); a strict extractor rejects the archive while a lenient one may unpack it",
                                           anchor: "7z:" + anomaly))
        }
        for entry in archive.entries where ZipReader.isTraversal(entry.name) {
            model.issues.append(ModelIssue(.pathTraversal, member: memberPath(member, entry.name), offset: nil,
                                           fact: "7z member `\(entry.name)` is an absolute path or climbs out of the extraction folder with `..`",
                                           anchor: "7z:traversal:\(entry.name)"))
        }
        var byFolder: [Int: [SevenZipEntry]] = [:]
        for entry in archive.entries where entry.hasStream && entry.size > 0 {
            if let f = entry.folder { byFolder[f, default: []].append(entry) }
        }
        for (index, folder) in archive.folders.enumerated() {
            guard let files = byFolder[index], let first = files.first else { continue }
            let firstPath = memberPath(member, first.name)
            let more = files.count > 1 ? " and \(files.count - 1) other file\(files.count == 2 ? "" : "s")" : ""
            if let why = folder.unsupported {
                model.issues.append(ModelIssue(.unscannablePayload, member: firstPath, offset: folder.packOffset,
                                               fact: "7z member `\(first.name)`\(more) cannot be unpacked by Bulwark (\(why)), so \(files.count == 1 ? "its" : "their") content (a pickle?) was not inspected",
                                               grade: .unreadable, anchor: "unscannable:7z:\(folder.method)"))
                continue
            }
            guard let cap = decompressionAllowance(firstPath) else { return }
            let lease = budget.lease()
            defer { lease.release() }
            var streamLimits = StreamDecompressor.Limits(maxOutput: cap, maxRatio: limits.maxCompressionRatio,
                                                         ratioFloor: limits.streamRatioFloor)
            streamLimits.lease = lease
            let r = SevenZipReader.decode(folder, from: source, limits: streamLimits)
            decompressedTotal += r.output.count
            let what = "7z \(folder.method) data of `\(first.name)`\(more)"
            switch r.stop {
            case nil:
                if let crc = folder.crc, CRC32.checksum(r.output) != crc {
                    model.issues.append(ModelIssue(.zipTampering, member: firstPath, offset: folder.packOffset,
                                                   fact: "7z CRC mismatch: the unpacked \(what) does not match the folder's CRC-32; a strict extractor rejects it while a lenient one may run it",
                                                   anchor: "7z:crc:\(index)"))
                }
            case .outputLimit?:
                incomplete(firstPath, "the \(what) unpacks beyond \(cap) bytes; only the first \(r.output.count) were inspected", offset: r.stopOffset)
            case .budgetLimit?:
                incomplete(firstPath, "the shared decompression budget (\(budget.limit) bytes for all workers together) was exhausted by the \(what); only the first \(r.output.count) bytes were inspected",
                           offset: r.stopOffset)
            case .ratioLimit?:
                incomplete(firstPath, "the \(what) has a compression ratio above \(limits.maxCompressionRatio):1 (a decompression bomb?); only the first \(r.output.count) bytes were inspected",
                           offset: r.stopOffset)
            case .memoryLimit(let m)?:
                incomplete(firstPath, "the \(what) asks for \(m) bytes of decoder memory, above the \(streamLimits.maxMemory)-byte limit", offset: folder.packOffset)
            case let stop?:
                model.issues.append(ModelIssue(.unscannablePayload, member: firstPath, offset: r.stopOffset,
                                               fact: "the \(what) is corrupt and cannot be fully unpacked (\(stop)) after \(r.output.count) bytes; the files before the break were inspected, the rest was not",
                                               grade: .unreadable, anchor: "corrupt:7z:\(index)"))
            }
            let cut = r.stop?.isLimit ?? false
            for entry in files {
                guard entry.offset < r.output.count else { break }
                let end = min(r.output.count, entry.offset + entry.size)
                let bytes = Array(r.output[entry.offset..<end])
                let path = memberPath(member, entry.name)
                let complete = end == entry.offset + entry.size
                if complete, !(files.count == 1 && folder.crc != nil), let crc = entry.crc, CRC32.checksum(bytes) != crc {
                    model.issues.append(ModelIssue(.zipTampering, member: path, offset: folder.packOffset,
                                                   fact: "7z CRC mismatch: `\(entry.name)` does not match its recorded CRC-32; a strict extractor rejects it while a lenient one may run it",
                                                   anchor: "7z:crc:\(entry.name)"))
                }
                inspectUnpacked(bytes, name: entry.name, path: path, carrier: "7z member", depth: depth, cutByLimit: cut && !complete)
            }
        }
    }

    /// A file unpacked from an archive: sniffed by content and name like a zip member (a pickle-named file
    /// that does not sniff is analysed as a pickle anyway, its breakage being a finding).
    func inspectUnpacked(_ bytes: [UInt8], name: String, path: String, carrier: String, depth: Int, cutByLimit: Bool) {
        guard !bytes.isEmpty else { return }
        let lower = name.lowercased()
        let namedPickle = !Self.isTensorDataMember(name) && Self.pickleNames.contains { lower.hasSuffix($0) }
        let head = Array(bytes.prefix(ModelSniffer.headLength))
        var format = Self.isTensorDataMember(name) ? ModelSniffer.strongMagic(head)
            : ModelSniffer.sniff(head: head, lastByte: bytes.last, size: bytes.count, fileName: name)
        // A pickle-named file whose first byte is no pickle opcode fails on that byte before anything runs.
        if format == nil, namedPickle, PickleOpcode(rawValue: bytes[0]) != nil { format = .pickle }
        guard let format else { return }
        if format == .pickle {
            guard depth + 1 <= limits.maxDepth else {
                incomplete(path, "containers nested deeper than \(limits.maxDepth) levels were not opened")
                return
            }
            let analysis = PickleMachine.analyze(Array(bytes.prefix(limits.maxPickleBytes)), limits: limits.pickle, options: PickleOptions())
            if bytes.count > limits.maxPickleBytes {
                incomplete(path, "the unpacked pickle is \(bytes.count) bytes; only the first \(limits.maxPickleBytes) were analysed")
            }
            record(analysis, member: path, carrier: carrier, base: 0, dropRunOut: cutByLimit || bytes.count > limits.maxPickleBytes)
        } else {
            inspect(MemoryBytes(bytes), format: format, member: path, depth: depth + 1)
        }
    }
}
