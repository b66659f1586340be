import BulwarkCore

/// A pickle that builds an instance of a class outside the allowlist without running its constructor.
struct PickleUnknownGlobalRule: PickleFactRule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "pickle-unknown-global", name: "Pickle builds an unknown class", family: "models",
            summary: "The pickle instantiates (or references) a class outside the allowlist in an inert way.",
            rationale: """
            ## What it detects
            A class outside the allowlist that the stream builds with `NEWOBJ`/`copyreg.__newobj__` (which \
            allocates the object without calling `__init__`) or only references. Whole-model checkpoints saved \
            with `torch.save(model)` do this for the model's own classes (`models.yolo.Model`, `__main__.Net`). \
            Also, at low, a `functools.partial` over a library function that checkpoints store (an explicit \
            list: gensim's TF-IDF weighting functions) with plain data: loading builds the callable without \
            running it; the object calls that function when used.

            ## Why it matters
            The class's module is imported (running its top-level code) and its `__setstate__` runs on `BUILD`, \
            so an unexpected class is worth a look, but it is far less direct than a call: hence medium.

            ## How to fix
            Prefer state dicts (`model.state_dict()`) saved as safetensors over pickled model objects. If the \
            class is yours, add it (or its package, `mypkg.*`) to `allowlists: pickle-globals:`.

            ## References
            - CWE-502: Deserialization of Untrusted Data
            - PyTorch documentation, "Saving and loading models" (state_dict vs entire model)
            """,
            defaultSeverity: .medium, defaultConfidence: .medium,
            remediation: "Save a state dict as safetensors instead of a pickled object, or allowlist your own class.",
            options: [.strings("allow", "module.name globals that are allowed (also honoured by the other pickle rules)")],
            lazyExamples: [
                Example(.triggers, path: "models/net.pt", bytes: Self.customClass),
                Example(.clean, path: "models/net.pt", bytes: Self.customClass,
                        options: [:]).allowing(["mymodels.Net"]),
                Example(.clean, path: "models/state.pkl", bytes: PickleExamples.stateDict),
            ])

    /// `mymodels.Net.__new__(mymodels.Net)` followed by a BUILD with a dict.
    static var customClass: [UInt8] {
        var p = PickleBuilder(protocol: 2)
        p.global("mymodels", "Net")
        p.op(.emptyTuple)
        p.op(.newObj)
        p.op(.emptyDict)
        p.string("training")
        p.op(.newFalse)
        p.op(.setItem)
        p.op(.build)
        return p.finished()
    }

    /// A class outside the allowlist that the denylist says nothing about.
    static func isPlainClass(_ f: PickleFact) -> Bool {
        f.threat == nil && PicklePolicy.looksLikeClass(f.name) && !f.name.contains(".")
    }

    /// An unknown class is medium: importing its module runs that module's code. A class of `__main__` is
    /// looked up in the loading script itself (`torch.save(model)` from a training script): nothing is
    /// imported and only the loader's own code can answer, so it is low.
    static func judge(_ f: PickleFact) -> PickleJudgement? {
        let (label, _) = PickleFactRules.label(f)
        let severity: Severity = f.inMain ? .low : .medium
        switch f.kind {
        case .instantiation:
            return PickleJudgement(severity: severity,
                                   message: "Loading builds an instance of \(label), a class outside the pickle allowlist (no constructor runs, but its `__setstate__` may)",
                                   anchor: "class:" + f.global)
        case .deferredCall:
            // `functools.partial(f)` over one of the library functions checkpoints store (an explicit list:
            // gensim's TF-IDF weighting functions), with plain data only: nothing runs on load, and what runs
            // when the object is used is that listed function. A partial handed to a call, planted as a method,
            // or whose state swaps the function is a call (critical), judged before this.
            let shown = f.rendered.map { "`\($0)`" } ?? label
            return PickleJudgement(severity: .low,
                                   message: "Loading builds \(shown), a deferred call (`functools.partial`) of a listed library function; nothing runs on load, the function runs when the object is used",
                                   anchor: "partial:" + f.global)
        case .reference where isPlainClass(f):
            return PickleJudgement(severity: severity, message: "Imports \(label), a class outside the pickle allowlist (referenced, never called)",
                                   anchor: "class:" + f.global)
        default:
            return nil
        }
    }
}

extension Example {
    /// The example with extra allowlisted pickle globals (rule option `allow`, for examples and tests).
    func allowing(_ globals: [String]) -> Example {
        var e = self
        e.options["allow"] = .list(globals.map { .string($0) })
        return e
    }
}
