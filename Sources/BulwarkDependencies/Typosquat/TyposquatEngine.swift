import Foundation
import BulwarkFormats

/// A name that imitates a popular package, and how.
public struct TyposquatVerdict: Sendable, Hashable {
    /// The popular package imitated, as the registry writes it.
    public var imitated: String
    /// The technique (`omission`, `adjacent swap`, `homoglyph`, `scope confusion`...).
    public var technique: String
    /// True for the least ambiguous techniques (homoglyphs, Unicode confusables, swaps on long names).
    public var strong: Bool
    /// True for techniques legitimate names often share (a version suffix such as `httpx2`, a letter
    /// appended to a word such as `cobbler`): worth a note, never an alarm.
    public var weak: Bool = false
}

/// Detects typosquats of popular PyPI, npm, crates.io, Go and SwiftPM packages.
///
/// Precision comes first: a name that is itself popular (in the bundled ranked lists, 15,000 PyPI
/// and 20,000 npm names) is never a squat; legitimate lookalikes (`python-dateutil`, `types-*`,
/// `@types/*`) are allowed; short names need stronger evidence. Candidates come from a deletion
/// index (SymSpell style), so checking a name costs a few dictionary lookups.
public final class TyposquatEngine: Sendable {
    public static let shared = TyposquatEngine()

    struct Index: Sendable {
        var known: Set<String> = []
        var targets: [String] = []          // normalized
        var display: [String] = []          // as written
        /// Targets by a hash of each one-character deletion (and of the whole name): candidates only,
        /// each is confirmed by `editKind`, so a hash collision costs a comparison, never a finding.
        var deletions: [UInt64: [Int32]] = [:]
        var stripped: [String: Int] = [:]
        var folded: [String: Int] = [:]
        var tokens: [String: Int] = [:]
        var scopes: Set<String> = []
        /// Scope deletions and separator-free forms, for lookalike scopes.
        var scopeVariants: [String: [String]] = [:]
        var scopedFlat: [String: Int] = [:]
        /// Target rank by normalized name.
        var rank: [String: Int] = [:]
    }

    // One lazily built index per ecosystem: a scan of npm lockfiles never pays for the PyPI index.
    private static let pypiIndex = build(.pypi)
    private static let npmIndex = build(.npm)
    private static let cratesIndex = build(.crates)
    private static let goIndex = build(.go)
    private static let swiftIndex = build(.swift)

    /// Builds the ecosystem's index now (a large lockfile warms it up while it is being parsed).
    public static func prepare(_ eco: Ecosystem) { _ = index(eco) }

    static func index(_ eco: Ecosystem) -> Index? {
        switch eco {
        case .pypi: pypiIndex
        case .npm: npmIndex
        case .crates: cratesIndex
        case .go: goIndex
        case .swift: swiftIndex
        default: nil
        }
    }

    /// Extra names never reported (beyond the popular lists), normalized per ecosystem.
    public static let allowlist: Set<String> = [
        "python-dateutil", "typing-extensions", "typing_extensions", "pyyaml", "pyaml", "ruamel-yaml", "msgpack-python",
        "python-jose", "python-multipart", "python-dotenv", "beautifulsoup4", "bs4", "opencv-python", "opencv-python-headless",
        "request", "requests-toolbelt", "colorama", "termcolor", "jellyfish", "scikit-learn", "sklearn",
    ]

    init() {}

    static func norm(_ eco: Ecosystem, _ name: String) -> String {
        switch eco {
        case .crates: name.lowercased().replacingOccurrences(of: "_", with: "-")
        case .pypi, .conda: Ecosystem.pep503(name)
        default: name.lowercased()
        }
    }

    /// Names beyond the top `targetCount` that squatters are known to have imitated (`discord.jss`,
    /// 2021): targets too, ranked after the popular ones.
    static let historicalTargets: [Ecosystem: [String]] = [
        .npm: ["discord.js"],
    ]

    static func build(_ eco: Ecosystem) -> Index {
        var ix = Index()
        var ranked = PopularPackages.ranked(eco)
        let limit = (eco == .pypi || eco == .npm) ? PopularPackages.targetCount : ranked.count
        // Historical targets move up into the target range (they stay known wherever they were ranked).
        let extra = historicalTargets[eco] ?? []
        if !extra.isEmpty, ranked.count > limit {
            let lowered = Set(extra.map { norm(eco, $0) })
            ranked = Array(ranked[..<limit]) + extra + ranked[limit...].filter { !lowered.contains(norm(eco, $0)) }
        }
        let targetLimit = limit + (ranked.count > limit ? extra.count : 0)
        for (i, raw) in ranked.enumerated() {
            let n = norm(eco, raw)
            ix.known.insert(n)
            guard i < targetLimit else { continue }
            let id = ix.targets.count
            if ix.rank[n] == nil { ix.rank[n] = id }
            ix.targets.append(n)
            ix.display.append(raw)
            let key = eco == .go ? lastComponent(n) : n
            for d in deletionHashes(of: key) { ix.deletions[d, default: []].append(Int32(id)) }
            let s = strip(key)
            if ix.stripped[s] == nil { ix.stripped[s] = id }
            let f = fold(key)
            if ix.folded[f] == nil { ix.folded[f] = id }
            let t = tokenKey(key)
            if t.utf8.contains(0x20), ix.tokens[t] == nil { ix.tokens[t] = id }
            if n.hasPrefix("@"), let slash = n.firstIndex(of: "/") {
                ix.scopes.insert(String(n[n.index(after: n.startIndex)..<slash]))
                let flat = String(n.dropFirst()).replacingOccurrences(of: "/", with: "-")
                if ix.scopedFlat[flat] == nil { ix.scopedFlat[flat] = id }
                let flat2 = String(n.dropFirst()).replacingOccurrences(of: "/", with: "")
                if ix.scopedFlat[flat2] == nil { ix.scopedFlat[flat2] = id }
            }
        }
        for sc in ix.scopes where sc.count >= 3 {
            for v in Set(deletions(of: sc) + [sc, strip(sc)]) { ix.scopeVariants[v, default: []].append(sc) }
        }
        return ix
    }

    static func lastComponent(_ s: String) -> String { String(s.split(separator: "/").last ?? Substring(s)) }

    /// FNV-1a hashes of every one-character deletion of `s`, then of `s` itself, without building the strings.
    static func deletionHashes(of s: String) -> [UInt64] {
        let u = Array(s.utf8)
        guard u.allSatisfy({ $0 < 0x80 }) else {
            return (deletions(of: s) + [s]).map { fnv(Array($0.utf8)[...]) }
        }
        var out: [UInt64] = []
        if u.count >= 3, u.count <= 64 {
            out.reserveCapacity(u.count + 1)
            for skip in u.indices {
                var h: UInt64 = 0xCBF2_9CE4_8422_2325
                for (i, c) in u.enumerated() where i != skip {
                    h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
                }
                out.append(h)
            }
        }
        out.append(fnv(u[...]))
        return out
    }

    static func fnv(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for c in bytes { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    static func deletions(of s: String) -> [String] {
        let u = Array(s.utf8)
        if u.allSatisfy({ $0 < 0x80 }) {
            guard u.count >= 3, u.count <= 64 else { return [] }
            var out: [String] = []
            out.reserveCapacity(u.count)
            for i in u.indices {
                var d = u
                d.remove(at: i)
                out.append(String(decoding: d, as: UTF8.self))
            }
            return out
        }
        let c = Array(s)
        guard c.count >= 3, c.count <= 64 else { return [] }
        var out: [String] = []
        out.reserveCapacity(c.count)
        for i in c.indices {
            var d = c
            d.remove(at: i)
            out.append(String(d))
        }
        return out
    }

    static func isSep(_ c: Character) -> Bool { c == "-" || c == "_" || c == "." }
    static func strip(_ s: String) -> String { String(s.filter { !isSep($0) }) }
    static func tokenKey(_ s: String) -> String {
        s.split(whereSeparator: isSep).map(String.init).sorted().joined(separator: " ")
    }
    /// Folds digit/letter lookalikes: 0→o, 1→l, rn→m, vv→w.
    static func fold(_ s: String) -> String {
        let u = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            let c = u[i]
            if c == UInt8(ascii: "r"), i + 1 < u.count, u[i + 1] == UInt8(ascii: "n") { out.append(UInt8(ascii: "m")); i += 2; continue }
            if c == UInt8(ascii: "v"), i + 1 < u.count, u[i + 1] == UInt8(ascii: "v") { out.append(UInt8(ascii: "w")); i += 2; continue }
            out.append(c == UInt8(ascii: "0") ? UInt8(ascii: "o") : (c == UInt8(ascii: "1") ? UInt8(ascii: "l") : c))
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Cyrillic, Greek and other confusables mapped to the ASCII letters they imitate.
    static let confusables: [Character: Character] = [
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
        "ɡ": "g", "һ": "h", "ӏ": "l", "ո": "n", "ս": "u", "ν": "v", "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k",
        "ρ": "p", "τ": "t", "υ": "u", "ѡ": "w", "ԝ": "w", "ʏ": "y", "ɩ": "i", "ℓ": "l", "𝚊": "a", "ı": "i", "ł": "l",
        "á": "a", "à": "a", "ä": "a", "é": "e", "è": "e", "ë": "e", "í": "i", "ï": "i", "ó": "o", "ö": "o", "ú": "u", "ü": "u",
        "ñ": "n", "ç": "c",
    ]

    static let keyboardRows = ["1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
    static let neighbors: [Character: Set<Character>] = {
        var m: [Character: Set<Character>] = [:]
        let rows = keyboardRows.map(Array.init)
        for (r, row) in rows.enumerated() {
            for (c, ch) in row.enumerated() {
                var s = Set<Character>()
                for dr in -1...1 {
                    let rr = r + dr
                    guard rr >= 0, rr < rows.count else { continue }
                    for dc in -1...1 where !(dr == 0 && dc == 0) {
                        let cc = c + dc + (dr == 0 ? 0 : 0)
                        if cc >= 0, cc < rows[rr].count { s.insert(rows[rr][cc]) }
                    }
                }
                m[ch] = s
            }
        }
        return m
    }()
    static let homoglyphPairs: Set<String> = ["0o", "o0", "1l", "l1", "il", "li", "1i", "i1", "5s", "s5", "uv", "vu"]

    static let prefixes = ["python3-", "python-", "py3-", "py-", "node-", "nodejs-"]
    static let suffixes = ["-python3", "-python", "-py3", "-py", "-node", "-nodejs", ".js", "-js", "js", "-official", "-latest",
                           "2", "3", "-2", "-3"]

    // MARK: - Checking

    /// Whether `name` imitates a popular package of `ecosystem`; nil for legitimate names.
    public func check(_ name: String, ecosystem: Ecosystem) -> TyposquatVerdict? {
        // conda names (`pytorch`, `python`) follow their own conventions; its pip section is PyPI.
        let eco = ecosystem
        guard let ix = Self.index(eco), !name.isEmpty, name.count <= 214 else { return nil }
        let n = Self.norm(eco, name)
        if ix.known.contains(n) || Self.allowlist.contains(n) { return nil }
        if eco == .npm, n.hasPrefix("@types/") { return nil }
        if eco == .pypi, n.hasPrefix("types-") { return nil }
        if eco == .go { return checkGo(n, ix) }

        // Unicode confusables (never legitimate in PyPI or npm names).
        if n.unicodeScalars.contains(where: { !$0.isASCII }) {
            let ascii = String(n.map { Self.confusables[$0] ?? $0 })
            if ascii != n, ix.known.contains(ascii) || ix.known.contains(Self.norm(eco, ascii)) {
                return TyposquatVerdict(imitated: displayName(ascii, ix), technique: "Unicode confusable characters", strong: true)
            }
        }
        // Capital I for lowercase l (`jeIlyfish`): only visible before lowercasing.
        if name.utf8.contains(0x49) {
            let swapped = Self.norm(eco, name.replacingOccurrences(of: "I", with: "l"))
            if swapped != n, ix.known.contains(swapped) {
                return TyposquatVerdict(imitated: displayName(swapped, ix), technique: "homoglyph (capital I for l)", strong: true)
            }
        }
        if eco == .npm, let v = scopeConfusion(n, ix) { return v }
        let body = n
        let f = Self.fold(body)
        if f != body, let t = ix.folded[f], ix.targets[t] != n {
            return TyposquatVerdict(imitated: ix.display[t], technique: "homoglyph (0/o, 1/l, rn/m, vv/w)", strong: true)
        }
        let s = Self.strip(body)
        if s.count >= 5, let t = ix.stripped[s], ix.targets[t] != n {
            return TyposquatVerdict(imitated: ix.display[t], technique: "separator change", strong: false)
        }
        // Token reorder needs at least two tokens, i.e. a separator to strip. Only moving the language
        // tag (`dateutil-python` for `python-dateutil`) keeps the name the user remembers. Reordered words
        // make another name: 35 names of the popular lists are word reorders of another popular one
        // (`url-parse`/`parse-url`, `wrap-ansi`/`ansi-wrap`), and vite depends on `fresh-import` beside
        // `import-fresh`.
        if s != body {
            let tk = Self.tokenKey(body)
            if tk.utf8.contains(0x20), let t = ix.tokens[tk], ix.targets[t] != n, Self.strip(ix.targets[t]) != s,
               Self.movesLanguageTag(body, ix.targets[t]) {
                return TyposquatVerdict(imitated: ix.display[t], technique: "token reorder", strong: false)
            }
        }
        // `yml` for `yaml` is the file extension's spelling: forks and wrappers publish under it on
        // purpose (a serde_yaml fork as `serde_yml`). Still reported, but low, not a strong omission.
        if let t = Self.yamlSpelling(body, ix) {
            return TyposquatVerdict(imitated: ix.display[t], technique: "`yml`/`yaml` spelling variant", strong: false, weak: true)
        }
        if let v = editDistanceOne(body, ix) { return v }
        if let v = affix(body, eco, ix) { return v }
        return nil
    }

    /// The target a name becomes when its `yml` is spelled `yaml` (or the reverse), if that is a target.
    static func yamlSpelling(_ name: String, _ ix: Index) -> Int? {
        for (a, b) in [("yml", "yaml"), ("yaml", "yml")] where name.contains(a) {
            let other = name.replacingOccurrences(of: a, with: b)
            if other != name, let t = ix.rank[other] { return t }
        }
        return nil
    }

    /// Language tags a name carries for its ecosystem, not for its meaning.
    static let languageTags: Set<String> = ["python", "python3", "py", "py3", "js", "node", "nodejs"]

    /// Whether a reorder of `target` into `name` moves a language tag (`dateutil-python`), rather than
    /// reordering words (`fresh-import`, which is another name).
    static func movesLanguageTag(_ name: String, _ target: String) -> Bool {
        let a = name.split(whereSeparator: isSep).map(String.init)
        let b = target.split(whereSeparator: isSep).map(String.init)
        let tagsA = a.enumerated().filter { languageTags.contains($0.element) }
        guard !tagsA.isEmpty else { return false }
        let rest = { (xs: [String]) in xs.filter { !languageTags.contains($0) } }
        // The words other than the tag keep their order; only the tag moved.
        return rest(a) == rest(b) && tagsA.map(\.offset) != b.enumerated().filter { languageTags.contains($0.element) }.map(\.offset)
    }

    /// Whether `name` is among the most downloaded packages of the ecosystem (15,000 PyPI, 20,000 npm
    /// names): a public project, not an internal-looking name.
    public static func isPopular(_ name: String, ecosystem: Ecosystem) -> Bool {
        guard let ix = index(ecosystem) else { return false }
        return ix.known.contains(norm(ecosystem, name)) || allowlist.contains(norm(ecosystem, name))
    }

    func displayName(_ normalized: String, _ ix: Index) -> String {
        if let i = ix.rank[normalized] { return ix.display[i] }
        return normalized
    }

    func scopeConfusion(_ n: String, _ ix: Index) -> TyposquatVerdict? {
        if n.hasPrefix("@"), let slash = n.firstIndex(of: "/") {
            let scope = String(n[n.index(after: n.startIndex)..<slash])
            let pkg = n[n.index(after: slash)...]
            if ix.scopes.contains(scope) { return nil }
            var near = Set<String>()
            for v in Self.deletions(of: scope) + [scope, Self.strip(scope)] { for s in ix.scopeVariants[v] ?? [] { near.insert(s) } }
            for s in near.sorted() {
                if Self.editKind(scope, s) != nil || Self.strip(scope) == Self.strip(s) {
                    let target = "@" + s + "/" + pkg
                    if ix.known.contains(target) {
                        return TyposquatVerdict(imitated: target, technique: "scope confusion (lookalike scope @\(s))", strong: true)
                    }
                }
            }
            // A popular name under another scope (`@socketregistry/hasown`, `@nodable/entities`) is not
            // reported: a scope is an owned namespace, and drop-in replacements and forks live there.
            return nil
        }
        if let t = ix.scopedFlat[n] {
            return TyposquatVerdict(imitated: ix.display[t], technique: "scope confusion (scoped name without its scope)", strong: true)
        }
        return nil
    }

    /// Classifies a single edit turning `target` into `name`, or nil when they differ by more.
    static func editKind(_ name: String, _ target: String) -> String? {
        let a = Array(name), b = Array(target)
        if a == b { return nil }
        if a.count + 1 == b.count {
            var i = 0
            while i < a.count, a[i] == b[i] { i += 1 }
            guard Array(b[(i + 1)...]) == Array(a[i...]) else { return nil }
            return "omission of '\(b[i])'"
        }
        if a.count == b.count + 1 {
            var i = 0
            while i < b.count, a[i] == b[i] { i += 1 }
            guard Array(a[(i + 1)...]) == Array(b[i...]) else { return nil }
            let c = a[i]
            if (i > 0 && a[i - 1] == c) || (i + 1 < a.count && a[i + 1] == c) { return "repetition of '\(c)'" }
            if isSep(c) { return "separator change" }
            return "insertion of '\(c)'"
        }
        guard a.count == b.count else { return nil }
        let diff = a.indices.filter { a[$0] != b[$0] }
        if diff.count == 2, diff[1] == diff[0] + 1, a[diff[0]] == b[diff[1]], a[diff[1]] == b[diff[0]] { return "adjacent swap" }
        guard diff.count == 1 else { return nil }
        let x = a[diff[0]], y = b[diff[0]]
        if isSep(x) && isSep(y) { return "separator change" }
        if homoglyphPairs.contains(String([x, y])) { return "homoglyph substitution" }
        if neighbors[y]?.contains(x) == true { return "keyboard-adjacent substitution" }
        return "substitution"
    }

    func editDistanceOne(_ n: String, _ ix: Index) -> TyposquatVerdict? {
        var cands = Set<Int32>()
        for d in Self.deletionHashes(of: n) { for t in ix.deletions[d] ?? [] { cands.insert(t) } }
        var best: (Int, String)?
        for t in cands.sorted() {
            let target = ix.targets[Int(t)]
            guard let kind = Self.editKind(n, target) else { continue }
            let len = target.count
            let ok: Bool
            switch kind {
            case "adjacent swap", "homoglyph substitution": ok = len >= 4
            case "keyboard-adjacent substitution": ok = len >= 5
            case "substitution": ok = false // too many legitimate neighbours
            case "separator change": ok = len >= 4
            default: ok = len >= (kind.hasPrefix("repetition") ? 4 : 6) // omission / insertion
            }
            // Numeric differences (`lib2` vs `lib3`) are versions, not typos.
            if kind.contains("'") , let c = kind.split(separator: "'").dropFirst().first?.first, c.isNumber { continue }
            if ok { best = (Int(t), kind); break }
        }
        guard let (t, kind) = best else { return nil }
        // A letter appended to a word makes another word (`cobble`/`cobbler`): a note at most, and only
        // for the most popular names.
        let target = ix.targets[t]
        if kind.hasPrefix("insertion"), n.count == target.count + 1, n.hasPrefix(target) {
            guard t < 1_000 else { return nil }
            return TyposquatVerdict(imitated: ix.display[t], technique: kind + " at the end", strong: false, weak: true)
        }
        return TyposquatVerdict(imitated: ix.display[t], technique: kind, strong: kind == "adjacent swap" || kind == "homoglyph substitution" || target.count >= 8)
    }

    func affix(_ n: String, _ eco: Ecosystem, _ ix: Index) -> TyposquatVerdict? {
        var cores: [(String, String)] = []
        for p in Self.prefixes where n.hasPrefix(p) { cores.append((String(n.dropFirst(p.count)), "prefix '\(p)'")) }
        for s in Self.suffixes where n.hasSuffix(s) { cores.append((String(n.dropLast(s.count)), "suffix '\(s)'")) }
        for (core, how) in cores where core.count >= 4 {
            let c = Self.norm(eco, core)
            // Only the most popular names attract affix squats; deeper in the list, affixed forks are common.
            if let t = ix.rank[c], t < 500 {
                // A version suffix (`httpx2`, `prettier-2`) is how maintainers publish a new major line.
                let version = how.contains("'2'") || how.contains("'3'") || how.contains("'-2'") || how.contains("'-3'")
                return TyposquatVerdict(imitated: ix.display[t], technique: "added \(how)", strong: false, weak: version)
            }
        }
        return nil
    }

    /// GitHub owners of the popular SwiftPM packages (lowercased): the identity is the repository name, so a
    /// squat keeps the name and changes the owner (`github.com/appIe/swift-nio`).
    static let swiftOwners: [String: Set<String>] = [
        "swift-argument-parser": ["apple"], "swift-nio": ["apple"], "swift-log": ["apple"], "swift-collections": ["apple"],
        "swift-algorithms": ["apple"], "swift-crypto": ["apple"], "swift-syntax": ["apple", "swiftlang"], "swift-protobuf": ["apple"],
        "swift-numerics": ["apple"], "swift-atomics": ["apple"], "swift-system": ["apple"], "swift-metrics": ["apple"],
        "swift-async-algorithms": ["apple"], "swift-format": ["apple", "swiftlang"], "swift-docc-plugin": ["apple", "swiftlang"],
        "swift-openapi-generator": ["apple"], "async-http-client": ["swift-server"], "vapor": ["vapor"], "fluent": ["vapor"],
        "alamofire": ["alamofire"], "kingfisher": ["onevcat"], "snapkit": ["snapkit"], "rxswift": ["reactivex"], "swiftyjson": ["swiftyjson"],
        "realm-swift": ["realm"], "realm-core": ["realm"], "firebase-ios-sdk": ["firebase"], "lottie-ios": ["airbnb"],
        "sdwebimage": ["sdwebimage"], "swift-composable-architecture": ["pointfreeco"], "swift-dependencies": ["pointfreeco"],
        "swift-snapshot-testing": ["pointfreeco"], "quick": ["quick"], "nimble": ["quick"], "grdb.swift": ["groue"], "yams": ["jpsim"],
        "promisekit": ["mxcl"], "moya": ["moya"], "keychainaccess": ["kishikawakatsumi"], "swiftlint": ["realm"],
        "sourcery": ["krzysztofzablocki"], "purchases-ios": ["revenuecat"], "sentry-cocoa": ["getsentry"],
    ]

    /// A popular SwiftPM package fetched from a lookalike of its owner (`appIe`, `app1e`, `apple-inc`).
    /// Forks under unrelated owners are common and legitimate, so only lookalike owners are reported.
    public func checkSwiftLocation(identity: String, url: String?) -> TyposquatVerdict? {
        guard let url, let owners = Self.swiftOwners[identity.lowercased()] else { return nil }
        var rest = Substring(url)
        if let r = rest.range(of: "://") { rest = rest[r.upperBound...] } else if let colon = rest.firstIndex(of: ":") { rest = rest[rest.index(after: colon)...] }
        if let at = rest.firstIndex(of: "@"), rest[..<at].firstIndex(of: "/") == nil { rest = rest[rest.index(after: at)...] }
        let parts = rest.split(separator: "/").map(String.init)
        let owner: String
        if parts.count >= 3, parts[0].contains(".") { owner = parts[1] } else if parts.count == 2 { owner = parts[0] } else { return nil }
        let lower = owner.lowercased()
        guard !owners.contains(lower) else { return nil }
        for o in owners.sorted() {
            let capitalI = owner.contains("I") && owner.replacingOccurrences(of: "I", with: "l").lowercased() == o
            let lookalike = capitalI || Self.fold(lower) == o || Self.strip(lower) == Self.strip(o)
                || (o.count >= 4 && Self.editKind(lower, o) != nil)
                || (o.count >= 5 && (lower.hasPrefix(o) || lower.hasSuffix(o)) && lower.count <= o.count + 6)
            if lookalike {
                return TyposquatVerdict(imitated: "github.com/\(o)/\(identity)", technique: "lookalike owner '\(owner)'", strong: true)
            }
        }
        return nil
    }

    func checkGo(_ n: String, _ ix: Index) -> TyposquatVerdict? {
        let parts = n.split(separator: "/").map(String.init)
        guard parts.count >= 3 else { return nil }
        let base = parts.prefix(3)
        if ix.known.contains(base.joined(separator: "/")) { return nil }
        for (i, t) in ix.targets.enumerated() {
            let tp = t.split(separator: "/").map(String.init)
            guard tp.count == 3, tp[0] == parts[0] else { continue }
            // Only the same repository name under a lookalike owner: the same owner (`github.com/aws/aws-cdk-go`
            // beside `github.com/aws/aws-sdk-go`) controls both repositories, never a squat whatever the names.
            guard tp[2] == parts[2], tp[1] != parts[1] else { continue }
            if parts[1].hasPrefix(tp[1]) || parts[1].hasSuffix(tp[1]) || Self.editKind(parts[1], tp[1]) != nil {
                return TyposquatVerdict(imitated: ix.display[i], technique: "lookalike owner '\(parts[1])'", strong: true)
            }
        }
        return nil
    }
}
