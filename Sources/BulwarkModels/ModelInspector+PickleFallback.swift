import BulwarkFormats

/// The pickle reading of files that are, or also look like, something else (see `PickleFallback`).
extension ModelInspector {
    /// How `source` reads as a pickle: grown over prefixes up to the first pickle read (`initialPickleRead`).
    func pickleReading(_ source: any ByteSource, fileName: String) -> PickleFallback.Verdict {
        let head = (try? source.read(offset: 0, length: ModelSniffer.headLength)) ?? []
        guard PickleFallback.mayStart(head) else { return .notPickle }
        let last = source.count > head.count ? (try? source.read(offset: source.count - 1, length: 1))?.first : head.last
        return PickleFallback.probe(head: head, size: source.count,
                                    needsCall: PickleFallback.needsCall(fileName: fileName, lastByte: last),
                                    maxBytes: limits.initialPickleRead) { try? source.read(offset: $0, length: $1) }
    }

    /// Runs the pickle reading of a file or member whose format (`format`, nil when none) was inspected (or not
    /// recognised): a loader that tries pickle (`torch.load` after its zip and tar checks, `pickle.load`,
    /// `joblib.load`) runs what that reading imports. A safetensors file, a tar Python refuses or a bzip2
    /// look-alike that is also a pickle is a polyglot, reported as tampering besides what the pickle does.
    func inspectPickleReading(_ source: any ByteSource, format: ModelSniffer.Format?, member: String?) {
        switch pickleReading(source, fileName: member ?? file.fileName) {
        case .notPickle:
            return
        case .undecided(let n):
            incomplete(member, "the \(format.map { "\($0.rawValue) data" } ?? "file") also decodes as a pickle stream for its first \(n) bytes without importing anything yet; that reading was not followed further")
        case .pickle:
            if let format {
                model.issues.append(ModelIssue(.zipTampering, member: member, offset: 0,
                                               fact: "Polyglot: the \(format.rawValue) data is also a pickle that imports and runs code; a loader that tries pickle (torch.load, pickle.load, joblib.load) runs it, while tools that trust the \(format.rawValue) reading see nothing",
                                               anchor: "polyglot:pickle:\(format.rawValue)"))
            }
            scanPickleSource(source, member: member, carrier: format == nil ? (member == nil ? "pickle file" : "pickle member") : "pickle reading of \(format!.rawValue) data")
        }
    }
}
