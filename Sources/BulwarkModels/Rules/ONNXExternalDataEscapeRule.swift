import BulwarkCore

/// ONNX external data that escapes the model folder.
struct ONNXExternalDataEscapeRule: ModelIssueRule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "onnx-external-data-escape", name: "ONNX external data outside the model folder", family: "models",
            summary: "An ONNX tensor's external_data location is absolute, has `..` components or a URL, so loading reads files outside the model folder.",
            rationale: """
            ## What it detects
            `external_data` entries (`location`) of ONNX initializers, sparse initializers, attribute tensors and \
            subgraphs that are absolute paths, drive paths, `~` paths, URLs or contain `..` components.

            ## Why it matters
            ONNX runtimes resolve external data relative to the model file and read it into tensors; a path that \
            leaves the folder turns the model into a file-read primitive (`/etc/passwd`, cloud credentials) whose \
            content can then leak through inference outputs (CVE-2022-25882, CVE-2024-27318).

            ## How to fix
            Keep external data files next to the model with plain relative names, or embed the weights.

            ## References
            - CVE-2022-25882 and CVE-2024-27318 (onnx external data path traversal)
            - CWE-22: Path Traversal
            """,
            defaultSeverity: .high, defaultConfidence: .high,
            remediation: "Use plain relative external data names next to the model, or embed the weights.",
            lazyExamples: [
                Example(.triggers, path: "models/model.onnx", bytes: FormatBuilders.onnx(externalLocation: "../../../../etc/passwd")),
                Example(.clean, path: "models/model.onnx", bytes: FormatBuilders.onnx(externalLocation: "model.onnx.data")),
            ])
    static let issueKind = ModelIssue.Kind.onnxExternalData
}
