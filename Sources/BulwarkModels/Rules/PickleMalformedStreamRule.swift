import BulwarkCore
import BulwarkFormats

/// A pickle stream a loader would reject or read differently from a scanner.
struct PickleMalformedStreamRule: Rule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "pickle-malformed-stream", name: "Malformed pickle stream", family: "models",
            summary: "The pickle stream is broken, truncated, has trailing data after STOP, a second PROTO or unknown opcodes.",
            rationale: """
            ## What it detects
            A pickle that errors part-way (stack underflow, a missing memo entry, a truncated argument), carries \
            unknown opcodes, repeats `PROTO` mid-stream, violates `FRAME` boundaries, or has bytes after `STOP` \
            that are not another well-formed pickle. Recognised layouts are not reported: the torch legacy \
            sequence of five pickles followed by raw storages, several complete pickles written one after the \
            other, and numpy arrays joblib writes inline after a `NumpyArrayWrapper`.

            ## Why it matters
            A loader executes opcodes one at a time, so everything before the error has already run: the nullifAI \
            models broke their stream right after the payload, and scanners that gave up on the parse error \
            reported nothing. Bulwark analyses as far as the stream goes, reports the payload with its own rule, \
            and reports the break here (with any dangerous names found in the undecodable tail).

            ## How to fix
            Treat the file as hostile unless you produced it; re-download it from the original publisher and \
            compare hashes. A file truncated by a failed download is also reported here.

            ## References
            - ReversingLabs, "Malicious ML models discovered on Hugging Face platform" (nullifAI, 2025)
            - CWE-502: Deserialization of Untrusted Data
            """,
            defaultSeverity: .high, defaultConfidence: .medium,
            remediation: "Do not load the file; re-download it from the original publisher and verify its hash.",
            lazyExamples: [
                Example(.triggers, path: "models/broken.pkl", bytes: Self.payloadThenBreak),
                Example(.triggers, path: "models/trailing.pkl", bytes: PickleExamples.stateDict + Array("garbage!".utf8)),
                Example(.clean, path: "models/state.pkl", bytes: PickleExamples.stateDict),
                Example(.clean, path: "models/two.pkl", bytes: PickleExamples.stateDict + PickleExamples.stateDict),
            ])

    /// `builtins.print('x')` then an invalid opcode, no STOP (the stream breaks after its payload).
    static var payloadThenBreak: [UInt8] {
        var p = PickleBuilder(protocol: 2)
        p.global("collections", "OrderedDict")
        p.op(.emptyTuple)
        p.op(.reduce)
        p.raw([0xFF, 0x00, 0x01])
        return p.bytes
    }

    /// Anomalies this rule reports (the BUILD tricks and limits have rules of their own). A switch, not
    /// a `Set`: the first use of a new Set type costs a search of the binary's conformance records.
    static func isReported(_ k: PickleAnomaly.Kind) -> Bool {
        switch k {
        case .stackUnderflow, .missingMark, .missingMemo, .badArgument, .truncated, .unknownOpcode, .secondProto,
             .trailingData, .frameViolation, .outOfBandBuffer, .noStop: true
        case .buildOnGlobal, .dunderState, .limit: false
        }
    }

    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for p in model.pickles {
            let a = p.analysis
            var seen: [PickleAnomaly.Kind] = []
            for an in a.anomalies where Self.isReported(an.kind) && !seen.contains(an.kind) {
                seen.append(an.kind)
                var msg = "Malformed pickle: \(an.message)"
                var severity = description.defaultSeverity
                if an.importsBefore > 0, an.kind != .trailingData {
                    msg += " after \(an.importsBefore) import(s) already ran (a stream that breaks after its payload is the nullifAI technique)"
                }
                if !a.rawTailHits.isEmpty, an.kind == .unknownOpcode || an.kind == .truncated || an.kind == .trailingData || an.kind == .badArgument {
                    msg += "; the undecoded bytes name \(a.rawTailHits.prefix(8).joined(separator: ", "))"
                    severity = .critical
                }
                let loc = context.modelLocation(member: p.member, offset: p.baseOffset + an.offset, opcodeIndex: an.opcodeIndex)
                out.append(Finding(rule: description, message: msg + " [\(p.carrier)]", location: loc,
                                   severity: context.settings.severity ?? severity, anchor: "malformed:\(an.kind.rawValue)"))
            }
        }
        return out
    }
}
