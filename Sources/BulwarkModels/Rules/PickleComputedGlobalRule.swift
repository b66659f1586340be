import BulwarkCore

/// Imports and calls whose target is computed at load time instead of written as a literal.
struct PickleComputedGlobalRule: PickleFactRule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "pickle-computed-global", name: "Pickle computes what it imports or calls", family: "models",
            summary: "The pickle imports or calls something computed at load time (non-literal STACK_GLOBAL, EXT codes, planted __setstate__, monkey-patching BUILD).",
            rationale: """
            ## What it detects
            Indirection that no pickler produces for ordinary data: a `STACK_GLOBAL` whose module or name is not a \
            literal string (a call result such as `_codecs.encode('bf', 'rot13')`), `EXT1/2/4` opcodes that load \
            whatever `copyreg.add_extension` registered, a `REDUCE` whose callable is itself a call result, a \
            `BUILD` that plants a dunder attribute such as `__setstate__` (the next `BUILD` then calls it), or a \
            `BUILD` applied to an imported module or class (monkey-patching).

            ## Why it matters
            These are the techniques used to hide a payload from scanners that read `GLOBAL` arguments or the \
            previous opcode: the dangerous name only exists at load time. Bulwark resolves operands on an abstract \
            stack and memo; whatever stays non-literal is reported as critical because no legitimate checkpoint \
            needs it.

            ## How to fix
            Do not load the file. Re-export the weights from a trusted source in safetensors.

            ## References
            - CWE-502: Deserialization of Untrusted Data
            - Python `pickletools` documentation (STACK_GLOBAL, EXT opcodes, BUILD semantics)
            - Trail of Bits, fickling documentation on pickle decompilation
            """,
            defaultSeverity: .critical, defaultConfidence: .high,
            remediation: "Do not load this file; re-export the weights as safetensors from a trusted source.",
            lazyExamples: [
                Example(.triggers, path: "models/rot13.pkl", bytes: Self.rot13StackGlobal),
                Example(.clean, path: "models/literal.pkl", bytes: Self.literalStackGlobal),
            ])

    /// STACK_GLOBAL whose module comes from `_codecs.encode('bf', 'rot13')` (= 'os').
    static var rot13StackGlobal: [UInt8] {
        var p = PickleBuilder(protocol: 4)
        p.stackGlobal("_codecs", "encode")
        p.stringTuple(["bf", "rot13"])
        p.op(.reduce)
        p.string("system")
        p.op(.stackGlobal)
        p.stringTuple(["true"])
        p.op(.reduce)
        return p.finished()
    }

    /// `collections.OrderedDict()` through STACK_GLOBAL with literal operands.
    static var literalStackGlobal: [UInt8] {
        var p = PickleBuilder(protocol: 4)
        p.stackGlobal("collections", "OrderedDict")
        p.op(.emptyTuple)
        p.op(.reduce)
        return p.finished()
    }

    /// Computed calls and imports, and BUILD tricks: nothing legitimate needs them, so all are critical.
    static func judge(_ f: PickleFact) -> PickleJudgement? {
        switch f.kind {
        case .computedCall:
            return PickleJudgement(severity: .critical, message: "\((f.callKind ?? .reduce).rawValue) calls a computed callable: \(f.rendered ?? "?")",
                                   anchor: "computed-call:" + (f.renderedShort ?? ""))
        case .computedImport:
            return PickleJudgement(severity: .critical, message: "Computed import: \(f.detail)", anchor: "computed:" + f.global)
        case .buildTrick:
            return PickleJudgement(severity: .critical, message: f.detail, anchor: "build:" + f.detail)
        default:
            return nil
        }
    }
}
