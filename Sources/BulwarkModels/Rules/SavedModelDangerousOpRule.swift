import BulwarkCore

/// TensorFlow graphs with ops that run Python or touch files.
struct SavedModelDangerousOpRule: ModelIssueRule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "savedmodel-dangerous-op", name: "Dangerous TensorFlow op", family: "models",
            summary: "A TensorFlow SavedModel graph uses ops that run Python or read/write files (PyFunc, EagerPyFunc, ReadFile, WriteFile, MatchingFiles).",
            rationale: """
            ## What it detects
            Nodes of the graphs and function library of `saved_model.pb` (also when it lacks \
            `saved_model_schema_version`, which TensorFlow loads all the same) whose op is `PyFunc`, \
            `PyFuncStateless`, `EagerPyFunc` (Python callbacks), `ReadFile`, `WriteFile`, `MatchingFiles`, \
            `DeleteFile` (file system access) or other ops that reach outside the tensor computation.

            ## Why it matters
            Serving or calling the model runs these ops: file reads that exfiltrate data through outputs, \
            writes that plant files, Python callbacks. Inference graphs of real models do not need them.

            ## How to fix
            Re-export the model without the ops (tf.function without `tf.py_function`/`tf.io` file ops), or \
            serve it in a sandbox without file system access.

            ## References
            - TensorFlow security guidance, "Using TensorFlow Securely" (models are programs)
            - CWE-94: Improper Control of Generation of Code
            """,
            defaultSeverity: .high, defaultConfidence: .medium,
            remediation: "Re-export the model without file and Python ops, or serve it sandboxed.",
            lazyExamples: [
                Example(.triggers, path: "models/saved_model.pb", bytes: FormatBuilders.savedModel(ops: ["Placeholder", "ReadFile", "Identity"])),
                Example(.triggers, path: "models/saved_model.pb", bytes: FormatBuilders.savedModelWithoutVersion(ops: ["Const", "PyFunc"])),
                Example(.clean, path: "models/saved_model.pb", bytes: FormatBuilders.savedModel(ops: ["Placeholder", "MatMul", "SaveV2", "RestoreV2"])),
            ])
    static let issueKind = ModelIssue.Kind.savedModelOp

    /// TensorFlow ops that reach outside the graph, with what they do and how grave that is.
    static let dangerousOps: [String: (String, Severity)] = [
        "PyFunc": ("runs arbitrary Python", .critical), "PyFuncStateless": ("runs arbitrary Python", .critical),
        "EagerPyFunc": ("runs arbitrary Python", .critical), "ReadFile": ("reads files", .high),
        "WriteFile": ("writes files", .high), "MatchingFiles": ("lists files", .high), "DeleteFile": ("deletes files", .high),
        "ImmutableConst": ("maps a file into memory", .medium), "SystemCall": ("runs commands", .critical),
        "DebugIdentityV3": ("sends tensors to a debug server", .medium), "PrintV2": ("prints to a file or stream", .low),
    ]

    func message(_ issue: ModelIssue) -> String {
        issue.fact + " " + (issue.subject.flatMap { Self.dangerousOps[$0]?.0 } ?? "reaches outside the graph") + " when the model runs"
    }

    func severity(_ issue: ModelIssue) -> Severity {
        issue.subject.flatMap { Self.dangerousOps[$0]?.1 } ?? description.defaultSeverity
    }
}
