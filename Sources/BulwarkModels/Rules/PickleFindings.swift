import BulwarkCore

/// Findings for every pickle verdict of one kind (the body of the pickle rules).
func pickleFindings(_ model: ModelFile, kind: PickleVerdict.Kind, rule: RuleDescription, context: RuleContext) -> [Finding] {
    var out: [Finding] = []
    for p in model.pickles {
        for v in p.verdicts where v.kind == kind {
            let loc = context.modelLocation(member: p.member, offset: p.baseOffset + v.offset, opcodeIndex: v.opcodeIndex)
            out.append(Finding(rule: rule, message: "\(v.message) [\(p.carrier), opcode \(v.opcodeIndex) at byte \(p.baseOffset + v.offset)]",
                               location: loc, severity: context.settings.severity ?? v.severity,
                               anchor: v.anchor, properties: ["global": v.anchor, "carrier": p.carrier]))
        }
    }
    return out
}

/// Small bytes examples shared by the pickle rules.
enum PickleExamples {
    static var osSystem: [UInt8] { PickleBuilder.call("os", "system", ["true"]) }
    static var stateDict: [UInt8] { PickleBuilder.torchStateDict() }
}
