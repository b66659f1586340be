/// Stable finding identities for baselines and SARIF `partialFingerprints`.
public enum Fingerprint {
    /// Hashes rule id, path, archive member, logical path and an anchor. Line numbers are left out
    /// on purpose so that a finding keeps its identity when unrelated lines are inserted above it.
    public static func make(ruleID: String, location: Location, anchor: String) -> String {
        var h = SHA256()
        for part in [ruleID, location.path, location.archiveMember ?? "", location.logicalPath ?? "", anchor] {
            h.update(string: part)
            h.update([0])
        }
        return String(h.finalize().hexString.prefix(32))
    }
}
