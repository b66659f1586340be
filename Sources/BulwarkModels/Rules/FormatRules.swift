import BulwarkCore

/// Safetensors headers that do not follow the format strictly.
struct SafetensorsInvalidHeaderRule: Rule {
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
            examples: [
                Example(.triggers, path: "models/model.safetensors",
                        bytes: FormatBuilders.safetensors(header: #"{"w":{"dtype":"F32","shape":[4],"data_offsets":[0,8]}}"#, data: [UInt8](repeating: 0, count: 8))),
                Example(.clean, path: "models/model.safetensors", bytes: FormatBuilders.tinySafetensors),
            ])
    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        issueFindings(model, kind: .safetensorsInvalid, rule: description, context: context)
    }
}

/// GGUF headers that are malformed or out of bounds.
struct GGUFInvalidHeaderRule: Rule {
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
            examples: [
                Example(.triggers, path: "models/model.gguf", bytes: Array("GGUF".utf8) + [9, 0, 0, 0] + [UInt8](repeating: 0, count: 16)),
                Example(.clean, path: "models/model.gguf", bytes: FormatBuilders.gguf(strings: [("general.architecture", "llama")])),
            ])
    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        issueFindings(model, kind: .ggufInvalid, rule: description, context: context)
    }
}

/// Jinja chat templates that try to break out of the sandbox.
struct GGUFChatTemplateInjectionRule: Rule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "gguf-chat-template-injection", name: "Chat template sandbox escape", family: "models",
            summary: "A model's Jinja chat template (GGUF tokenizer.chat_template or tokenizer_config.json) uses sandbox-escape constructs.",
            rationale: """
            ## What it detects
            Code blocks (`{{ }}` and `{% %}`) of a chat template that use what server-side template injection \
            payloads use and chat templates never need: dunder attributes (`__class__`, `__globals__`, \
            `__subclasses__`, `__init__`), the `attr` filter, underscores hidden as `\\x5f`, `format`-forged \
            names, Jinja globals walked by attribute (`lipsum.__globals__`, `cycler.__init__`), `popen`.

            ## Why it matters
            Inference servers render the template on every request. `llama-cpp-python` rendered it without a \
            sandbox (CVE-2024-34359), giving code execution to whoever published the GGUF; sandboxed renderers \
            have had escapes too.

            ## How to fix
            Replace the template with the one from the base model's `tokenizer_config.json`, or pass an explicit \
            template to the server; upgrade `llama-cpp-python` to 0.2.72 or later.

            ## References
            - CVE-2024-34359 (llama-cpp-python, "Llama Drama")
            - CWE-1336: Improper Neutralization of Special Elements Used in a Template Engine
            """,
            defaultSeverity: .critical, defaultConfidence: .medium,
            remediation: "Use the base model's chat template or an explicit server-side template.",
            examples: [
                Example(.triggers, path: "models/chat.gguf", bytes: FormatBuilders.gguf(strings: [
                    ("tokenizer.chat_template", "{% for m in messages %}{{ m['content'] }}{% endfor %}{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
                ])),
                Example(.clean, path: "models/chat.gguf", bytes: FormatBuilders.gguf(strings: [
                    ("tokenizer.chat_template", "{% for message in messages %}{{ '<|' + message['role'] + '|>\\n' + message['content'] + eos_token }}{% endfor %}{% if add_generation_prompt %}{{ '<|assistant|>' }}{% endif %}"),
                ])),
            ])
    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        issueFindings(model, kind: .chatTemplateInjection, rule: description, context: context)
    }
}

/// Keras Lambda layers (serialized Python code).
struct KerasLambdaLayerRule: Rule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "keras-lambda-layer", name: "Keras Lambda layer", family: "models",
            summary: "A Keras model (.keras or legacy .h5) contains a Lambda layer with serialized Python code.",
            rationale: """
            ## What it detects
            A `Lambda` layer (or a `__lambda__` function object) in the architecture of a Keras v3 `.keras` \
            archive (`config.json`) or in the `model_config` attribute of a legacy HDF5 `.h5` file. Its \
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
            examples: [
                Example(.triggers, path: "models/model.keras", bytes: FormatBuilders.keras(config: FormatBuilders.kerasLambdaConfig)),
                Example(.triggers, path: "models/model.h5", bytes: FormatBuilders.h5(modelConfig: FormatBuilders.kerasLambdaConfig)),
                Example(.clean, path: "models/model.keras", bytes: FormatBuilders.keras(config: FormatBuilders.kerasDenseConfig)),
            ])
    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        issueFindings(model, kind: .kerasLambda, rule: description, context: context)
    }
}

/// Keras configs that import objects from outside Keras.
struct KerasUnsafeModuleRule: Rule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "keras-unsafe-module", name: "Keras config imports foreign code", family: "models",
            summary: "A Keras config names a `module`/`class_name` outside Keras or switches off safe deserialization.",
            rationale: """
            ## What it detects
            Objects in a Keras v3 `config.json` (or legacy `model_config`) whose `module` is not a Keras or \
            TensorFlow namespace (`subprocess`, `os`, `builtins`, an arbitrary package), and configs that mention \
            `enable_unsafe_deserialization`.

            ## Why it matters
            Keras deserialization imports the module and instantiates the class with the config as arguments. \
            Before Keras 3.9 this reached any importable callable even in safe mode (CVE-2025-1550), e.g. \
            `subprocess.Popen` with attacker arguments.

            ## How to fix
            Upgrade Keras (3.9+), load with `safe_mode=True`, and only accept custom objects you register \
            yourself; rebuild the model from code and load weights only when in doubt.

            ## References
            - CVE-2025-1550 (Keras arbitrary module import in config.json)
            - CVE-2025-8747 (Keras safe_mode bypass)
            """,
            defaultSeverity: .high, defaultConfidence: .medium,
            remediation: "Upgrade Keras, keep safe_mode on, and only accept custom objects you register yourself.",
            examples: [
                Example(.triggers, path: "models/model.keras", bytes: FormatBuilders.keras(config: FormatBuilders.kerasForeignModuleConfig)),
                Example(.clean, path: "models/model.keras", bytes: FormatBuilders.keras(config: FormatBuilders.kerasDenseConfig)),
            ])
    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        issueFindings(model, kind: .kerasUnsafeModule, rule: description, context: context)
    }
}

/// ONNX external data that escapes the model folder.
struct ONNXExternalDataEscapeRule: Rule {
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
            examples: [
                Example(.triggers, path: "models/model.onnx", bytes: FormatBuilders.onnx(externalLocation: "../../../../etc/passwd")),
                Example(.clean, path: "models/model.onnx", bytes: FormatBuilders.onnx(externalLocation: "model.onnx.data")),
            ])
    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        issueFindings(model, kind: .onnxExternalData, rule: description, context: context)
    }
}

/// ONNX nodes in operator domains that need a user-registered native library.
struct ONNXCustomOpDomainRule: Rule {
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
            examples: [
                Example(.triggers, path: "models/model.onnx",
                        bytes: FormatBuilders.onnx(nodes: [("MatMul", ""), ("RunShell", "com.example.ops"), ("Relu", "")],
                                                   opsets: ["", "com.example.ops"])),
                Example(.clean, path: "models/model.onnx",
                        bytes: FormatBuilders.onnx(nodes: [("SkipLayerNormalization", "com.microsoft"), ("Attention", "com.microsoft"),
                                                           ("FastGelu", "com.microsoft"), ("MatMul", ""), ("aten_gelu", "pkg.onnxscript.torch_lib")],
                                                   opsets: ["", "com.microsoft", "pkg.onnxscript.torch_lib"],
                                                   functions: [(domain: "pkg.onnxscript.torch_lib", name: "aten_gelu", nodes: [("Erf", ""), ("Mul", "")])])),
            ])

    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        let allow = context.settings.strings("allow")
        var m = model
        m.issues.removeAll { i in
            guard i.kind == .onnxCustomOp, i.anchor.hasPrefix("onnx-domain:") else { return false }
            let domain = String(i.anchor.dropFirst("onnx-domain:".count))
            return allow.contains { a in a == domain || (a.hasSuffix(".*") && domain.hasPrefix(String(a.dropLast(1)))) }
        }
        return issueFindings(m, kind: .onnxCustomOp, rule: description, context: context)
    }
}

/// TensorFlow graphs with ops that run Python or touch files.
struct SavedModelDangerousOpRule: Rule {
    typealias Model = ModelFile
    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "savedmodel-dangerous-op", name: "Dangerous TensorFlow op", family: "models",
            summary: "A TensorFlow SavedModel graph uses ops that run Python or read/write files (PyFunc, EagerPyFunc, ReadFile, WriteFile, MatchingFiles).",
            rationale: """
            ## What it detects
            Nodes of the graphs and function library of `saved_model.pb` whose op is `PyFunc`, \
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
            examples: [
                Example(.triggers, path: "models/saved_model.pb", bytes: FormatBuilders.savedModel(ops: ["Placeholder", "ReadFile", "Identity"])),
                Example(.clean, path: "models/saved_model.pb", bytes: FormatBuilders.savedModel(ops: ["Placeholder", "MatMul", "SaveV2", "RestoreV2"])),
            ])
    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        issueFindings(model, kind: .savedModelOp, rule: description, context: context)
    }
}
