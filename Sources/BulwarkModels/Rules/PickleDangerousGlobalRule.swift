import BulwarkCore

/// A pickle that imports a dangerous or unknown function without calling it.
struct PickleDangerousGlobalRule: PickleFactRule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "pickle-dangerous-global", name: "Pickle imports a non-allowlisted function", family: "models",
            summary: "The pickle imports a function outside the allowlist (referenced, not called by the stream itself).",
            rationale: """
            ## What it detects
            A `GLOBAL`, `STACK_GLOBAL` or `INST` import of a function that is not on the allowlist and that the \
            stream does not call directly: it is stored in a dict, passed as an argument, or left on the stack. \
            Denylisted names (`os.system`, `builtins.eval`, `functools.partial`...) are named with what they do.

            ## Why it matters
            Importing runs the target module's top-level code, and a referenced callable is often the first half \
            of a gadget: the object that receives it (a `defaultdict` factory, a hook list, a callback attribute) \
            calls it later, after the loader returned. Scanners that only look at `REDUCE` miss these.

            ## How to fix
            Do not load the file from an untrusted source. If the function is part of your own code base and \
            expected in the checkpoint, add it to `allowlists: pickle-globals:` in `.bulwark.yml`.

            ## References
            - CWE-502: Deserialization of Untrusted Data
            - Trail of Bits, "Never a dill moment: Exploiting machine learning pickle files" (2021)
            """,
            defaultSeverity: .high, defaultConfidence: .medium,
            remediation: "Do not load this file from an untrusted source; allowlist the function only if it is your own.",
            options: [.strings("allow", "module.name globals that are allowed (also honoured by the other pickle rules)")],
            lazyExamples: [
                Example(.triggers, path: "models/hooks.pkl", bytes: Self.referencedSystem),
                Example(.clean, path: "models/state.pkl", bytes: PickleExamples.stateDict),
            ])

    /// `{'hook': os.system}`: imported and stored, never called by the stream.
    static var referencedSystem: [UInt8] {
        var p = PickleBuilder(protocol: 2)
        p.op(.emptyDict)
        p.string("hook")
        p.global("os", "system")
        p.op(.setItem)
        return p.finished()
    }

    /// Referenced (never called) globals that are functions or denylisted names; unknown classes are
    /// `pickle-unknown-global`'s.
    static func judge(_ f: PickleFact) -> PickleJudgement? {
        guard f.kind == .reference, !PickleUnknownGlobalRule.isPlainClass(f) else { return nil }
        let (label, why) = PickleFactRules.label(f)
        return PickleJudgement(severity: .high,
                               message: "Imports \(label)\(why); it is only referenced here, but importing it runs module code and it can be called by whatever receives it",
                               anchor: "global:" + f.resolved)
    }
}
