import BulwarkCore

/// Keras Lambda layers (serialized Python code).
struct KerasLambdaLayerRule: ModelIssueRule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "keras-lambda-layer", name: "Keras Lambda layer", family: "models",
            summary: "A Keras model (.keras or legacy .h5) contains a Lambda layer with serialized Python code.",
            rationale: """
            ## What it detects
            A `Lambda` layer (or a `__lambda__` function object) in the architecture of a Keras v3 `.keras` \
            archive (`config.json`, with or without `metadata.json`), in the `model_config` attribute of a \
            legacy HDF5 `.h5` file, or in the layer configs of a SavedModel's `keras_metadata.pb`. Its \
            function is marshalled Python bytecode.

            ## Why it matters
            `load_model(..., safe_mode=False)`, TensorFlow 2 `tf.keras` and Keras 2 `.h5` loading rebuild the \
            function from bytecode and run it when the model is built or called: arbitrary code execution \
            (CVE-2024-3660, and the Lambda-layer models found on public hubs).

            ## How to fix
            Replace the Lambda layer with a registered custom layer whose code lives in your repository, or \
            load only the weights into an architecture you define.

            ## References
            - CVE-2024-3660 (Keras Lambda layer code injection)
            - Keras documentation, "Safe mode" in `keras.saving.load_model`
            """,
            defaultSeverity: .high, defaultConfidence: .high,
            remediation: "Replace Lambda layers with registered custom layers, or load weights only.",
            lazyExamples: [
                Example(.triggers, path: "models/model.keras", bytes: FormatBuilders.keras(config: FormatBuilders.kerasLambdaConfig)),
                Example(.triggers, path: "models/model.h5", bytes: FormatBuilders.h5(modelConfig: FormatBuilders.kerasLambdaConfig)),
                Example(.triggers, path: "export/keras_metadata.pb", bytes: FormatBuilders.kerasMetadata(layers: [FormatBuilders.kerasLambdaLayerJSON])),
                Example(.clean, path: "models/model.keras", bytes: FormatBuilders.keras(config: FormatBuilders.kerasDenseConfig)),
                Example(.clean, path: "export/keras_metadata.pb", bytes: FormatBuilders.kerasMetadata(layers: [FormatBuilders.kerasDenseLayerJSON])),
            ])
    static let issueKind = ModelIssue.Kind.kerasLambda
}
