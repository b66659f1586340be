import BulwarkCore

/// Safetensors headers that do not follow the format strictly.
struct SafetensorsInvalidHeaderRule: ModelIssueRule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "safetensors-invalid-header", name: "Invalid safetensors header", family: "models",
            summary: "The safetensors header is not strictly valid (length, JSON, dtypes, shapes vs offsets, overlaps, gaps, metadata).",
            rationale: """
            ## What it detects
            A safetensors file whose header breaks the format: a length past the end of the file or above \
            100 MB, invalid JSON, unknown dtypes or fields, `shape × dtype size` different from the \
            `data_offsets` span, overlapping tensors, gaps or trailing bytes not described by the header \
            (room for hidden data), duplicate names, or `__metadata__` values that are not strings.

            ## Why it matters
            safetensors is safe because its loader only copies bytes; a malformed header targets parser bugs \
            (out-of-bounds reads, memory exhaustion) in the many third-party readers, or smuggles data past tools \
            that trust the table. Real exporters never write such headers.

            ## How to fix
            Re-export the weights with the official `safetensors` library and compare hashes with the publisher.

            ## References
            - safetensors format specification (huggingface/safetensors README)
            - CWE-20: Improper Input Validation
            """,
            defaultSeverity: .medium, defaultConfidence: .high,
            remediation: "Re-export the weights with the official safetensors library.",
            lazyExamples: [
                Example(.triggers, path: "models/model.safetensors",
                        bytes: FormatBuilders.safetensors(header: #"{"w":{"dtype":"F32","shape":[4],"data_offsets":[0,8]}}"#, data: [UInt8](repeating: 0, count: 8))),
                Example(.clean, path: "models/model.safetensors", bytes: FormatBuilders.tinySafetensors),
            ])
    static let issueKind = ModelIssue.Kind.safetensorsInvalid

    func message(_ issue: ModelIssue) -> String { "Invalid safetensors header: " + issue.fact }
}
