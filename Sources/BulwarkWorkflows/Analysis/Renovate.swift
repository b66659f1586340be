import BulwarkFormats

/// A Renovate configuration as rules see it: every object in it (root, `packageRules` entries,
/// manager blocks, update-type blocks) with its key path, and the `extends` presets.
struct RenovateView {
    struct Scope {
        /// Keys from the root (`packageRules`, `0`, ...); empty for the root.
        var path: [String]
        var map: YMapping
    }
    var root: YMapping
    var scopes: [Scope]
    var extends: [YScalar]

    init(_ root: YMapping, limit: Int = 20_000) {
        self.root = root
        var scopes: [Scope] = []
        var stack: [([String], YNode)] = [([], .mapping(root))]
        var extends: [YScalar] = []
        while let (path, node) = stack.popLast(), scopes.count < limit {
            switch node {
            case .mapping(let m):
                scopes.append(Scope(path: path, map: m))
                if let e = m["extends"] {
                    extends += e.sequence?.items.compactMap(\.scalar) ?? (e.scalar.map { [$0] } ?? [])
                }
                for entry in m.entries.reversed() where path.count < 16 {
                    stack.append((path + [entry.key.value], entry.value))
                }
            case .sequence(let s):
                for (i, item) in s.items.enumerated().reversed() where path.count < 16 {
                    stack.append((path + [String(i)], item))
                }
            case .scalar: break
            }
        }
        self.scopes = scopes
        self.extends = extends
    }

    /// Preset names without the `default:` namespace (`:automergeMinor` -> `:automergeMinor`).
    var presetNames: [String] {
        extends.map { s in
            var v = s.value
            if v.hasPrefix("default:") { v = ":" + v.dropFirst("default:".count) }
            return v
        }
    }

    /// Presets that Bulwark cannot read (`github>org/repo`, `local>org/repo`, npm packages): they
    /// may set anything, so rules that need the absence of a setting stay quiet when one is used.
    var usesSharedPresets: Bool {
        presetNames.contains { p in
            if p.contains(">") { return true }
            if p.hasPrefix(":") { return false }
            // Built-in presets are `namespace:name` (optionally with arguments); anything else is a package.
            guard let colon = p.firstIndex(of: ":") else { return true }
            return p[..<colon].contains("/") || p.hasPrefix("@")
        }
    }

    /// Scopes whose key (the last path component) is `key`, with their values.
    func entries(_ key: String) -> [(Scope, YMapping.Entry)] {
        scopes.compactMap { s in s.map.entry(key).map { (s, $0) } }
    }

    /// Whether a scope applies to the GitHub Actions manager (root, a `github-actions` block, or a
    /// package rule matching that manager or the `action` dependency type).
    func appliesToActions(_ scope: Scope) -> Bool {
        if scope.path.isEmpty { return true }
        if scope.path.last == "github-actions" { return true }
        for key in ["matchManagers", "managers", "matchDepTypes"] {
            if let items = scope.map[key]?.sequence?.items.compactMap(\.string),
               items.contains(where: { $0 == "github-actions" || $0 == "action" }) { return true }
        }
        return false
    }
}

extension YNode {
    /// JSON `true` (or YAML's `true`) for a scalar.
    var isTrue: Bool { scalar?.bool == true || scalar?.value == "true" }
}
