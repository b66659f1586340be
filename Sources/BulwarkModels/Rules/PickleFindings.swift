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

/// Findings one pickle rule lists per file; past it the rest are counted in one finding. A 4.6 MB pickle that
/// references 400,000 distinct unknown classes gave 400,000 findings, 1.16 GB and 35 s (debug).
let maxPickleFindingsPerRule = 1_000

extension PickleFactRule {
    func check(_ model: ModelFile, context: RuleContext) -> [Finding] {
        var judged: [(pickle: Int, fact: Int, judgement: PickleJudgement)] = []
        for (pi, p) in model.pickles.enumerated() {
            for (fi, f) in p.facts.enumerated() {
                guard let j = Self.judge(f) else { continue }
                judged.append((pi, fi, j))
            }
        }
        func severity(_ j: PickleJudgement) -> Severity { context.settings.severity ?? j.severity }
        // The most severe ones are listed first when some must be left out (stream order otherwise).
        var listed = Array(judged.indices)
        var omitted: [Int] = []
        if judged.count > maxPickleFindingsPerRule {
            let order = judged.indices.sorted { a, b in
                let sa = severity(judged[a].judgement), sb = severity(judged[b].judgement)
                return sa != sb ? sa > sb : a < b
            }
            listed = order.prefix(maxPickleFindingsPerRule).sorted()
            omitted = order.dropFirst(maxPickleFindingsPerRule).sorted()
        }
        var out: [Finding] = []
        out.reserveCapacity(listed.count + 1)
        for k in listed {
            let (pi, fi, j) = judged[k]
            let p = model.pickles[pi], f = p.facts[fi]
            let loc = context.modelLocation(member: p.member, offset: p.baseOffset + f.offset, opcodeIndex: f.opcodeIndex)
            out.append(Finding(rule: description, message: "\(j.message) [\(p.carrier), opcode \(f.opcodeIndex) at byte \(p.baseOffset + f.offset)]",
                               location: loc, severity: severity(j),
                               anchor: j.anchor, properties: ["global": j.anchor, "carrier": p.carrier]))
        }
        if let first = omitted.first {
            let (pi, fi, j) = judged[first]
            let p = model.pickles[pi], f = p.facts[fi]
            let worst = omitted.map { severity(judged[$0].judgement) }.max() ?? severity(j)
            let loc = context.modelLocation(member: p.member, offset: p.baseOffset + f.offset, opcodeIndex: f.opcodeIndex)
            out.append(Finding(rule: description, message: "\(omitted.count) more findings of this rule in the file are not listed (\(maxPickleFindingsPerRule) per file); the first: \(j.message) [\(p.carrier), opcode \(f.opcodeIndex) at byte \(p.baseOffset + f.offset)]",
                               location: loc, severity: worst,
                               anchor: "more-findings", properties: ["global": j.anchor, "carrier": p.carrier, "omitted": String(omitted.count)]))
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
