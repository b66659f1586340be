import BulwarkCore

/// Zip tricks that make scanners and loaders read different bytes.
struct ArchiveZipTamperingRule: ModelIssueRule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "archive-zip-tampering", name: "Tampered model archive", family: "models",
            summary: "The model archive has CRC mismatches, local/central name or flag mismatches, duplicate names, encrypted members or prepended data.",
            rationale: """
            ## What it detects
            Inconsistencies in a zip-based model (PyTorch checkpoints, `.npz`, `.keras`) that a normal writer \
            never produces: a member whose CRC-32 does not match, a local header naming a different file than the \
            central directory, encryption or compression flags that differ between the two, the same name twice, \
            a member without a valid local header, bytes prepended before the archive (or a pickle with a zip \
            appended: a polyglot).

            ## Why it matters
            Each inconsistency lets two readers see different content. Scanners built on Python's `zipfile` \
            reject or skip such members while PyTorch's reader loads them; a duplicate name resolves to a \
            different copy in each; a polyglot is a pickle to `pickle.load` and a zip to a scanner.

            ## How to fix
            Do not load the file; re-download it from the original publisher and verify its hash. Re-save models \
            you produce with the library's own writer (`torch.save`, `numpy.savez`, `model.save`).

            ## References
            - PKWARE APPNOTE.TXT (zip file format specification)
            - CWE-345: Insufficient Verification of Data Authenticity
            """,
            defaultSeverity: .high, defaultConfidence: .medium,
            remediation: "Do not load the archive; re-download it from the publisher and verify its hash.",
            lazyExamples: [
                Example(.triggers, path: "models/model.pt", bytes: Self.crcTrick),
                Example(.clean, path: "models/model.pt", bytes: ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict)),
            ])

    static var crcTrick: [UInt8] {
        var z = ZipBuilder()
        z.add(.init(name: "archive/data.pkl", data: PickleExamples.stateDict, crcOverride: 0xDEAD_BEEF))
        z.add("archive/version", Array("3\n".utf8))
        return z.build()
    }

    static let issueKind = ModelIssue.Kind.zipTampering

    /// An archive that cannot be read at all is medium (nothing loads it either); a disagreement between
    /// readers is the rule's default.
    func severity(_ issue: ModelIssue) -> Severity { issue.grade == .unreadable ? .medium : description.defaultSeverity }
}
