import BulwarkCore

/// How a pickle rule words and grades one fact it owns.
struct PickleJudgement {
    var severity: Severity
    var message: String
    /// Stable part of the fingerprint (`call:os.system`).
    var anchor: String
}

/// A pickle rule: it owns some kinds of `PickleFact` and sets their message and severity.
protocol PickleFactRule: Rule where Model == ModelFile {
    /// The judgement of a fact this rule owns, nil for facts of other rules.
    static func judge(_ fact: PickleFact) -> PickleJudgement?
}

extension PickleFactRule {
    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for p in model.pickles {
            for f in p.facts {
                guard let j = Self.judge(f) else { continue }
                let loc = context.modelLocation(member: p.member, offset: p.baseOffset + f.offset, opcodeIndex: f.opcodeIndex)
                out.append(Finding(rule: description, message: "\(j.message) [\(p.carrier), opcode \(f.opcodeIndex) at byte \(p.baseOffset + f.offset)]",
                                   location: loc, severity: context.settings.severity ?? j.severity,
                                   anchor: j.anchor, properties: ["global": j.anchor, "carrier": p.carrier]))
            }
        }
        return out
    }
}

/// The pickle rules that judge `PickleFact`s, for `bulwark explain` (which shows each fact as its rule words it).
enum PickleFactRules {
    static let judges: [@Sendable (PickleFact) -> PickleJudgement?] = [
        PickleDangerousCallRule.judge, PickleDangerousGlobalRule.judge, PickleUnknownGlobalRule.judge, PickleComputedGlobalRule.judge,
    ]

    static func judge(_ fact: PickleFact) -> PickleJudgement? {
        for j in judges { if let r = j(fact) { return r } }
        return nil
    }

    /// `` `os.system` `` with the name a lookup chain reaches, and the policy's reason (or "not allowlisted").
    static func label(_ f: PickleFact) -> (label: String, why: String) {
        var label = "`\(f.global)`"
        if let r = f.reaches { label += " (reaches `\(r)`)" }
        return (label, f.threat.map { ": \($0)" } ?? " (not in the pickle allowlist)")
    }
}

/// Small bytes examples shared by the pickle rules.
enum PickleExamples {
    static var osSystem: [UInt8] { PickleBuilder.call("os", "system", ["true"]) }
    static var stateDict: [UInt8] { PickleBuilder.torchStateDict() }
}
