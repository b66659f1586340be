import Synchronization

/// Answers of the standard pickle policy (no `.bulwark.yml` allowlist), kept for the whole run: every file
/// imports the same few globals (`collections.OrderedDict`, `torch._utils._rebuild_tensor_v2`...), and working
/// out each answer again (name resolution, the allowlist, the denylist, the trusted-package checks) was a fifth
/// of the judge's time. The answers depend only on the key; the tables are bounded.
final class PolicyMemo: Sendable {
    struct Key: Hashable, Sendable {
        let module: String
        let name: String
        /// `usage * 2 + literalArgs` for `isAllowed`; unused (0) for `threat`.
        let use: Int
    }

    static let maxEntries = 16_384

    private let allowed = Mutex<[Key: Bool]>([:])
    /// nil values are kept as well: "not denylisted" is the common answer.
    private let threats = Mutex<[Key: String?]>([:])

    func isAllowed(_ key: Key, _ compute: () -> Bool) -> Bool {
        if let hit = allowed.withLock({ $0[key] }) { return hit }
        let v = compute()
        allowed.withLock { if $0.count < Self.maxEntries { $0[key] = v } }
        return v
    }

    func threat(_ key: Key, _ compute: () -> String?) -> String? {
        if let hit = threats.withLock({ $0[key] }) { return hit }
        let v = compute()
        threats.withLock { if $0.count < Self.maxEntries { $0[key] = .some(v) } }
        return v
    }
}
