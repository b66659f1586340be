import BulwarkCore

/// A pickle that calls something outside the allowlist while it loads.
struct PickleDangerousCallRule: PickleFactRule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "pickle-dangerous-call", name: "Pickle calls a non-allowlisted function", family: "models",
            summary: "Loading this pickle calls a function or class outside the allowlist of what checkpoints use.",
            rationale: """
            ## What it detects
            A pickle stream (a `.pkl`/`.pt`/`.bin`/`.joblib` file, a `*.pkl` member of a PyTorch zip, a legacy torch \
            checkpoint, a numpy object array) whose opcodes make the loader *call* a global that is not on Bulwark's \
            curated allowlist: `REDUCE`, `INST`, `OBJ`, `NEWOBJ` of a denylisted class, a `__setstate__` planted by \
            `BUILD`, or a callable handed to a helper such as `torch._tensor._rebuild_from_type_v2` that calls it. \
            The message shows the call as Python, e.g. `os.system('curl … | sh')`. A class of a trusted package \
            (torch, transformers, scikit-learn...) called with short literals is allowed only when it is an enum \
            (a member pickles as `IntervalStrategy('steps')`, a lookup; the list is generated from the packages' \
            source code by `scripts/models-enum-classes.py`) or a listed value type (`PeriodDtype('period[M]')`); \
            any other such call runs a constructor and is high, not critical.

            ## Why it matters
            `pickle.load`, `torch.load(weights_only=False)`, `joblib.load` and `numpy.load(allow_pickle=True)` run \
            these calls on load: this is arbitrary code execution on the machine that opens the model. Real \
            checkpoints only call tensor and array rebuild helpers, so a call outside that list is a payload.

            ## How to fix
            Do not load the file. Obtain the weights as safetensors (or re-export them from a trusted source), or \
            load with `torch.load(..., weights_only=True)`. If the global is a legitimate class of your own code, \
            add it to `allowlists: pickle-globals:` in `.bulwark.yml`.

            ## References
            - CWE-502: Deserialization of Untrusted Data
            - Python documentation, `pickle` module warning
            - JFrog, "Data Scientists Targeted by Malicious Hugging Face ML Models with Silent Backdoor" (2024)
            - ReversingLabs, "nullifAI: malicious ML models on Hugging Face" (2025)
            """,
            defaultSeverity: .critical, defaultConfidence: .high,
            remediation: "Do not load this file; use safetensors or `torch.load(weights_only=True)`, or allowlist the global if it is your own class.",
            options: [.strings("allow", "module.name globals that are allowed (also honoured by the other pickle rules)")],
            lazyExamples: [
                Example(.triggers, path: "models/model.pkl", bytes: PickleExamples.osSystem),
                Example(.triggers, path: "models/model.bin", bytes: PickleBuilder.call("subprocess", "check_output", ["id"], protocol: 4, stackGlobal: true)),
                Example(.clean, path: "models/state.pkl", bytes: PickleExamples.stateDict),
            ])

    /// Calls of globals outside the allowlist, and `__new__` of denylisted or non-class names.
    static func judge(_ f: PickleFact) -> PickleJudgement? {
        guard f.kind == .call else { return nil }
        let (label, why) = PickleFactRules.label(f)
        guard let rendered = f.rendered else {
            return PickleJudgement(severity: .critical, message: "Loading calls \(label).__new__\(why)", anchor: "call:" + f.resolved)
        }
        let how = f.callKind == .setstate ? " through a planted `__setstate__`"
            : f.callKind == .plantedMethod ? " through an `append`/`extend`/`add` method planted by BUILD" : ""
        if f.trustedLiteralCall, how.isEmpty {
            // An enum member pickles as `Cls(value)`; this class is on no list of enums or value types, so its
            // constructor runs with the stream's arguments: high, since the package itself is trusted.
            return PickleJudgement(severity: .high,
                                   message: "Loading calls \(rendered): `\(f.global)` is a class of a trusted package but no known enum or value type, so its constructor runs with these arguments (constructors can open files or connections); if it is an enum of that package, allowlist it",
                                   anchor: "call:" + f.resolved)
        }
        return PickleJudgement(severity: .critical, message: "Loading calls \(rendered)\(how); \(label)\(why)", anchor: "call:" + f.resolved)
    }
}
