import BulwarkCore

/// Keras configs that import objects from outside Keras.
struct KerasUnsafeModuleRule: ModelIssueRule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "keras-unsafe-module", name: "Keras config imports foreign code", family: "models",
            summary: "A Keras config names a module outside Keras (in `module` or `fn_module`), a Keras helper that loads or fetches (`get_file`, `TorchModuleWrapper`), or switches off safe deserialization.",
            rationale: """
            ## What it detects
            Objects in a Keras v3 `config.json` (or legacy `model_config`) whose `module` is not a Keras or \
            TensorFlow namespace (`subprocess`, `os`, `builtins`, an arbitrary package), including modules hidden in \
            `fn_module` or `output_shape_module`; Keras helpers that reach outside the file (`keras.utils.get_file`, \
            critical when the config carries a URL; `TorchModuleWrapper`, whose base64 `torch.save` payload is \
            decoded and scanned like any pickle); and configs that mention `enable_unsafe_deserialization`. \
            `.keras` zips are read even without `metadata.json`.

            ## Why it matters
            Keras deserialization imports the module and instantiates the class with the config as arguments. \
            Before Keras 3.9 this reached any importable callable even in safe mode (CVE-2025-1550), e.g. \
            `subprocess.Popen` with attacker arguments.

            ## How to fix
            Upgrade Keras (3.9+), load with `safe_mode=True`, and only accept custom objects you register \
            yourself; rebuild the model from code and load weights only when in doubt.

            ## References
            - CVE-2025-1550 (Keras arbitrary module import in config.json)
            - CVE-2025-8747 (Keras safe_mode bypass through `keras.utils.get_file`)
            - CVE-2025-49655 (Keras `TorchModuleWrapper` deserialises with `torch.load`)
            """,
            defaultSeverity: .high, defaultConfidence: .medium,
            remediation: "Upgrade Keras, keep safe_mode on, and only accept custom objects you register yourself.",
            lazyExamples: [
                Example(.triggers, path: "models/model.keras", bytes: FormatBuilders.keras(config: FormatBuilders.kerasForeignModuleConfig)),
                Example(.triggers, path: "models/model.keras", bytes: FormatBuilders.keras(config: FormatBuilders.kerasFnModuleConfig)),
                Example(.triggers, path: "models/model.keras", bytes: FormatBuilders.keras(config: FormatBuilders.kerasGetFileConfig)),
                Example(.clean, path: "models/model.keras", bytes: FormatBuilders.keras(config: FormatBuilders.kerasDenseConfig)),
            ])
    static let issueKind = ModelIssue.Kind.kerasUnsafeModule

    /// Code the config makes Keras import or fetch is critical; an unreadable config is medium.
    func severity(_ issue: ModelIssue) -> Severity {
        switch issue.grade {
        case .runsCode: .critical
        case .unreadable: .medium
        case .minor: .low
        case .plain: description.defaultSeverity
        }
    }
}
