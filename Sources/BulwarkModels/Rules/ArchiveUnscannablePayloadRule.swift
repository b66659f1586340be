import BulwarkCore

/// Payloads Bulwark cannot unpack are reported, never passed silently.
struct ArchiveUnscannablePayloadRule: ModelIssueRule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "archive-unscannable-payload", name: "Unscannable compressed payload", family: "models",
            summary: "A model file or member is compressed or encrypted in a format Bulwark cannot unpack (RAR, zstd, LZ4, encrypted zip, 7z with coders such as PPMd or AES), or its compressed data is corrupt.",
            rationale: """
            ## What it detects
            A model file that is (or contains) RAR, Zstandard or LZ4 data, a zip member compressed with a \
            method other than stored, deflate, bzip2, LZMA or xz, an encrypted pickle member, or a 7z archive \
            Bulwark cannot read (a header it cannot parse, or folders packed with PPMd, Deflate64, BCJ2 or \
            AES; 7z folders made of LZMA, LZMA2, BCJ-family, delta, copy, Deflate and BZip2 coders are unpacked \
            and scanned like zip members). gzip, zlib, \
            bzip2, xz and legacy `.lzma` streams (joblib `compress=`) are decoded and their content scanned; \
            when such a stream is corrupt or truncated, what decoded before the error is scanned and the \
            break itself is reported here (medium): a loader fails there after running what came before.

            ## Why it matters
            The nullifAI models hid their pickle in a 7z-compressed PyTorch file: scanners that could not open it \
            passed it. A loader or a pre-processing step that can unpack the data runs what is inside; Bulwark \
            cannot see it, so it says so instead of calling the file clean.

            ## How to fix
            Unpack the payload in a sandbox and scan the result, or ask the publisher for a standard format \
            (safetensors, or a stored/deflated zip checkpoint).

            ## References
            - ReversingLabs, "nullifAI" (7z-compressed PyTorch models on Hugging Face, 2025)
            - CWE-693: Protection Mechanism Failure
            """,
            defaultSeverity: .high, defaultConfidence: .medium,
            remediation: "Unpack in a sandbox and scan the content, or obtain the model in a standard format.",
            lazyExamples: [
                // A 7z archive whose header lies past the end of the file (truncated): nothing in it can be read.
                Example(.triggers, path: "models/model.pt", bytes: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00, 0x04, 0, 0, 0, 0,
                                                                    0x40, 0, 0, 0, 0, 0, 0, 0, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
                Example(.clean, path: "models/model.pt", bytes: ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict)),
            ])

    static let issueKind = ModelIssue.Kind.unscannablePayload

    func message(_ issue: ModelIssue) -> String { "Cannot be scanned: " + issue.fact }

    /// What cannot be read proves nothing either way: medium, and low when the names say plain data.
    func severity(_ issue: ModelIssue) -> Severity {
        switch issue.grade {
        case .minor: .low
        case .unreadable: .medium
        case .plain, .runsCode: description.defaultSeverity
        }
    }
}
