import BulwarkFormats

/// The pickle reading of a file whatever else it looks like. Loaders decide by trying: `torch.load` falls back to
/// `pickle.load` when a file is no zip and no tar Python accepts, and `pickle.load` runs any file whose bytes
/// decode into opcodes. So a file whose bytes, read as a pickle, run cleanly to an import (to a call of one when
/// nothing says it is meant to be unpickled) is a pickle too, even when it also parses as safetensors or starts
/// like bzip2, and however long its opening literal is. The machine is grown over prefixes as the stream needs
/// them (never a fixed window), bounded by `maxBytes`.
enum PickleFallback {
    enum Verdict: Equatable {
        /// The stream runs cleanly to an import (or a call of one).
        case pickle
        /// The stream breaks, ends or stops before anything is imported.
        case notPickle
        /// The stream still decodes cleanly at `maxBytes` without having imported anything.
        case undecided(Int)
    }

    /// Errors that stop `pickle.load` (`unpickling stack underflow`, unknown opcode, bad argument...).
    static let fatal: Set<PickleAnomaly.Kind> = [.unknownOpcode, .badArgument, .stackUnderflow, .missingMark, .missingMemo, .secondProto]

    /// `fatal.contains(kind)` without the set (whose first use cost a run-time `Hashable` conformance lookup
    /// in every process that reads a pickle); `fatalKindsMatchTheSet` checks both agree.
    static func isFatal(_ kind: PickleAnomaly.Kind) -> Bool {
        switch kind {
        case .unknownOpcode, .badArgument, .stackUnderflow, .missingMark, .missingMemo, .secondProto: return true
        default: return false
        }
    }

    /// Whether the first byte is a pickle opcode (PROTO only with a version `pickle` accepts): the cheap test
    /// every other check waits on.
    static func mayStart(_ head: [UInt8]) -> Bool {
        guard let first = head.first, PickleOpcode(rawValue: first) != nil else { return false }
        if first == 0x80 { return head.count < 2 || head[1] <= 5 }
        return true
    }

    /// Whether the file is meant to be unpickled (a pickle extension) or ends with STOP: then an import is
    /// enough; otherwise the stream must call what it imports.
    static func needsCall(fileName: String, lastByte: UInt8?) -> Bool {
        if lastByte == 0x2E { return false }
        let ext = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return !ModelSniffer.pickleExtensions.contains(ext) || !fileName.contains(".")
    }

    /// Runs the machine over growing prefixes of the stream (`read(offset, length)`), starting with `head`.
    static func probe(head: [UInt8], size: Int, needsCall: Bool, maxBytes: Int,
                      read: (Int, Int) -> [UInt8]?) -> Verdict {
        guard mayStart(head) else { return .notPickle }
        var bytes = head.count >= size ? Array(head.prefix(size)) : head
        var options = PickleOptions()
        options.firstPickleOnly = true
        options.recognizeJoblibArrays = false
        options.recognizeLegacyTorch = false
        // The verdict needs no search of the bytes after a failure for dangerous names.
        var limits = PickleLimits()
        limits.maxTailScan = 0
        while true {
            let a = PickleMachine.analyze(bytes, limits: limits, options: options)
            let firstFatal = a.anomalies.first { isFatal($0.kind) }?.offset
            let ident: (String) -> Bool = { !$0.isEmpty && $0.utf8.count <= 256 && $0.utf8.allSatisfy { c in
                (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2E } }
            var decisive: Int?
            if needsCall {
                if let c = a.calls.first(where: { a.importIndex($0.callee) != nil }), let i = a.importIndex(c.callee),
                   ident(a.imports[i].module), ident(a.imports[i].name) {
                    decisive = c.offset
                }
            } else if let imp = a.imports.first, ident(imp.module), ident(imp.name) {
                decisive = imp.offset
            }
            if let d = decisive, firstFatal.map({ d < $0 }) ?? true { return .pickle }
            if firstFatal != nil || a.limitHit != nil { return .notPickle }
            // Ended at STOP without the import: nothing more to learn.
            guard let out = a.anomalies.first(where: { $0.kind == .truncated || $0.kind == .noStop }) else { return .notPickle }
            guard bytes.count < size else { return .notPickle }
            guard bytes.count < maxBytes else { return .undecided(bytes.count) }
            // A length-prefixed argument that runs past the end of the file: the loader fails there.
            var want = bytes.count * 8
            if out.kind == .truncated, let end = argumentEnd(bytes, at: out.offset) {
                if end > size { return .notPickle }
                want = max(want, end + 4096)
            }
            let n = min(size, maxBytes, want)
            guard let more = read(0, n), more.count > bytes.count else { return .notPickle }
            bytes = more
        }
    }

    /// Where the argument of the length-prefixed opcode at `offset` ends, when its length field is readable.
    static func argumentEnd(_ b: [UInt8], at offset: Int) -> Int? {
        guard offset < b.count, let op = PickleOpcode(rawValue: b[offset]) else { return nil }
        let width: Int
        switch op {
        case .shortBinBytes, .shortBinString, .shortBinUnicode, .long1: width = 1
        case .binBytes, .binString, .binUnicode, .long4: width = 4
        case .binBytes8, .binUnicode8, .byteArray8: width = 8
        default: return nil
        }
        guard offset + 1 + width <= b.count else { return nil }
        var v: UInt64 = 0
        for i in 0..<width { v |= UInt64(b[offset + 1 + i]) << (8 * UInt64(i)) }
        guard v < UInt64(Int.max / 2) else { return Int.max }
        return offset + 1 + width + Int(v)
    }
}
