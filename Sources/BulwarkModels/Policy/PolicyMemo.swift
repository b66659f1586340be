import Synchronization

/// Answers of the standard pickle policy (no `.bulwark.yml` allowlist), kept for the whole run: every file
/// imports the same few globals (`collections.OrderedDict`, `torch._utils._rebuild_tensor_v2`...), and working
/// out each answer again (name resolution, the allowlist, the denylist, the trusted-package checks) was a fifth
/// of the judge's time. The answers depend only on the key; the tables are bounded.
final class PolicyMemo: Sendable {
    struct Key: Sendable {
        let module: String
        let name: String
        /// `usage * 2 + literalArgs` for `isAllowed` (0 to 5); unused (0) for `threat`.
        let use: Int
    }

    static let maxEntries = 16_384

    /// Module -> name -> answers, keyed by strings only: a dictionary keyed by a struct of our own cost a run-time
    /// `Hashable` conformance lookup (a scan of every conformance record of the binary) in every process.
    private struct Table<Value> {
        var byModule: [String: [String: Value]] = [:]
        var count = 0
    }
    /// Per (module, name), two bits per use: bit `2 * use` set when the answer is known, bit `2 * use + 1` the answer.
    private let allowed = Mutex(Table<UInt16>())
    /// nil values are kept as well: "not denylisted" is the common answer.
    private let threats = Mutex(Table<String?>())

    func isAllowed(_ key: Key, _ compute: () -> Bool) -> Bool {
        let known: UInt16 = 1 << (2 * key.use), yes: UInt16 = 1 << (2 * key.use + 1)
        let bits = allowed.withLock { $0.byModule[key.module]?[key.name] } ?? 0
        if bits & known != 0 { return bits & yes != 0 }
        let v = compute()
        allowed.withLock { t in
            let old = t.byModule[key.module]?[key.name]
            guard old != nil || t.count < Self.maxEntries else { return }
            if old == nil { t.count += 1 }
            t.byModule[key.module, default: [:]][key.name] = (old ?? 0) | known | (v ? yes : 0)
        }
        return v
    }

    func threat(_ key: Key, _ compute: () -> String?) -> String? {
        if let hit = threats.withLock({ $0.byModule[key.module]?[key.name] }) { return hit }
        let v = compute()
        threats.withLock { t in
            guard t.count < Self.maxEntries else { return }
            if t.byModule[key.module, default: [:]].updateValue(v, forKey: key.name) == nil { t.count += 1 }
        }
        return v
    }
}
