/// Stable finding identities for baselines and SARIF `partialFingerprints`.
public enum Fingerprint {
    /// Hashes rule id, path, archive member, logical path and an anchor. Line numbers are left out
    /// on purpose so that a finding keeps its identity when unrelated lines are inserted above it.
    public static func make(ruleID: String, location: Location, anchor: String) -> String {
        // Each part followed by a zero byte; absent parts hash as empty strings.
        var h = SHA256()
        h.update(string: ruleID)
        h.update(byte: 0)
        h.update(string: location.path)
        h.update(byte: 0)
        if let m = location.archiveMember { h.update(string: m) }
        h.update(byte: 0)
        if let l = location.logicalPath { h.update(string: l) }
        h.update(byte: 0)
        h.update(string: anchor)
        h.update(byte: 0)
        return h.finalizeHex(byteCount: 16)
    }
}
