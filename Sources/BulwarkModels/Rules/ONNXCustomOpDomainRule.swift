import BulwarkCore

/// ONNX nodes in operator domains that need a user-registered native library.
struct ONNXCustomOpDomainRule: ModelIssueRule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "onnx-custom-op-domain", name: "ONNX custom operator domain", family: "models",
            summary: "An ONNX model uses operators from a custom domain that no runtime ships, so loading it requires registering a native custom-op library.",
            rationale: """
            ## What it detects
            Nodes of an ONNX model (main graph, `If`/`Loop`/`Scan` subgraphs, model-local functions, training \
            graphs) whose `domain` is neither a standard ONNX domain (`""`, `ai.onnx`, `ai.onnx.ml`, \
            `ai.onnx.training`, `ai.onnx.preview.training`) nor one a runtime implements itself (`com.microsoft`, \
            `com.microsoft.nchwc`, `com.microsoft.mlfeaturizers`, `com.ms.internal.nhwc`, \
            `com.microsoft.experimental`, `com.microsoft.dml`, `com.intel.ai`, `com.xilinx`, \
            `org.pytorch.aten`, `org.openvinotoolkit`), and that are not calls of a function defined in the model \
            itself (torch.onnx's `pkg.onnxscript.torch_lib` functions are not custom ops). The message names the \
            domain and its op types. onnxruntime-extensions ops (`ai.onnx.contrib`), TensorRT plugin nodes (`TRT`, \
            `trt.plugins`: YOLO end-to-end exports use `EfficientNMS_TRT`), other PyTorch-internal domains and \
            `opset_import` entries of custom domains that no node uses are reported at low severity.

            ## Why it matters
            A runtime cannot execute an operator it does not know: the model only loads after \
            `SessionOptions.register_custom_ops_library(path)` (or `RegisterCustomOpsLibrary` / TensorRT plugin \
            loading) pulls in a shared library, usually one shipped next to the model. That is native code \
            running with the inference server's rights, outside anything a model scanner can judge. Optimized \
            transformer exports use `com.microsoft` ops heavily; those ship with onnxruntime and are not reported.

            ## How to fix
            Re-export the model with standard operators, or build and review the custom-op library yourself and \
            pin its hash; allow the domain with `rules: onnx-custom-op-domain: options: allow: [my.domain]` once \
            you own the library.

            ## References
            - onnxruntime documentation, "Custom operators" (register_custom_ops_library)
            - ONNX IR specification, operator sets and domains (onnx/docs/IR.md)
            """,
            defaultSeverity: .medium, defaultConfidence: .medium,
            remediation: "Re-export with standard operators, or review and pin the custom-op library and allow its domain.",
            options: [.strings("allow", "custom-op domains that are allowed (`my.domain`, or `my.*`)")],
            lazyExamples: [
                Example(.triggers, path: "models/model.onnx",
                        bytes: FormatBuilders.onnx(nodes: [("MatMul", ""), ("RunShell", "com.example.ops"), ("Relu", "")],
                                                   opsets: ["", "com.example.ops"])),
                Example(.clean, path: "models/model.onnx",
                        bytes: FormatBuilders.onnx(nodes: [("SkipLayerNormalization", "com.microsoft"), ("Attention", "com.microsoft"),
                                                           ("FastGelu", "com.microsoft"), ("MatMul", ""), ("aten_gelu", "pkg.onnxscript.torch_lib")],
                                                   opsets: ["", "com.microsoft", "pkg.onnxscript.torch_lib"],
                                                   functions: [(domain: "pkg.onnxscript.torch_lib", name: "aten_gelu", nodes: [("Erf", ""), ("Mul", "")])])),
            ])

    static let issueKind = ModelIssue.Kind.onnxCustomOp

    /// Domains of runtimes and vendors that ship their ops (or an unused import) are low; unknown domains medium.
    func severity(_ issue: ModelIssue) -> Severity { issue.grade == .minor ? .low : description.defaultSeverity }

    /// Domains allowlisted with the `allow` option (`com.example.*` covers a prefix).
    func isAllowed(_ issue: ModelIssue, settings: RuleSettings) -> Bool {
        guard issue.anchor.hasPrefix("onnx-domain:") else { return false }
        let domain = String(issue.anchor.dropFirst("onnx-domain:".count))
        return settings.strings("allow").contains { a in a == domain || (a.hasSuffix(".*") && domain.hasPrefix(String(a.dropLast(1)))) }
    }
}
