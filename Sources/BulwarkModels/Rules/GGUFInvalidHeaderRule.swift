import BulwarkCore

/// GGUF headers that are malformed or out of bounds.
struct GGUFInvalidHeaderRule: ModelIssueRule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "gguf-invalid-header", name: "Invalid GGUF header", family: "models",
            summary: "The GGUF header, metadata or tensor table is malformed or points outside the file.",
            rationale: """
            ## What it detects
            A GGUF file with an unknown version, truncated metadata, unknown value types, more dimensions than \
            ggml supports, misaligned tensor offsets, or tensors whose data would run past the end of the file.

            ## Why it matters
            GGUF parsers in C and C++ (llama.cpp and its many bindings) have had heap overflows on crafted \
            headers (e.g. CVE-2024-25664..25668, CVE-2024-21802/21836); a malformed header is the shape of such \
            an exploit, not of a model.

            ## How to fix
            Do not load the file; download the model again from its publisher or convert it yourself with \
            llama.cpp's `convert_hf_to_gguf.py`.

            ## References
            - Cisco Talos, GGUF heap overflows in llama.cpp (2024)
            - GGUF specification (ggml-org/ggml docs/gguf.md)
            """,
            defaultSeverity: .high, defaultConfidence: .medium,
            remediation: "Do not load the file; re-download or re-convert the model.",
            lazyExamples: [
                Example(.triggers, path: "models/model.gguf", bytes: Array("GGUF".utf8) + [9, 0, 0, 0] + [UInt8](repeating: 0, count: 16)),
                Example(.clean, path: "models/model.gguf", bytes: FormatBuilders.gguf(strings: [("general.architecture", "llama")])),
            ])
    static let issueKind = ModelIssue.Kind.ggufInvalid

    func message(_ issue: ModelIssue) -> String { "Invalid GGUF header: " + issue.fact }
}
