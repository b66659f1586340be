import Foundation

/// How an ecosystem orders its versions, as OSV's `ECOSYSTEM` ranges require.
public enum VersionScheme: String, Sendable, Hashable {
    /// PEP 440 (PyPI): epochs, pre/post/dev releases, local versions.
    case pep440
    /// Semantic Versioning 2.0 (npm, crates.io, SwiftURL, OSV `SEMVER` ranges).
    case semver
    /// Go modules: SemVer with a `v` prefix; pseudo-versions are prereleases; `+incompatible` is ignored.
    case go
    /// Debian and Ubuntu (dpkg): epochs, `~` before everything, upstream and revision.
    case dpkg
    /// Alpine apk: `1.2.3_rc1-r0`.
    case apk
    /// RubyGems `Gem::Version`: any letter segment makes a prerelease.
    case rubygems
    /// A tolerant numeric/alphabetic comparison for everything else.
    case generic

    /// Compares two versions: negative, zero or positive; nil when either does not parse.
    public func compare(_ a: String, _ b: String) -> Int? {
        switch self {
        case .pep440:
            guard let x = PEP440Version(a), let y = PEP440Version(b) else { return nil }
            return x < y ? -1 : (y < x ? 1 : 0)
        case .semver:
            guard let x = SemanticVersion(a, lenient: true), let y = SemanticVersion(b, lenient: true) else { return nil }
            return x < y ? -1 : (y < x ? 1 : 0)
        case .go:
            guard let x = SemanticVersion(a, lenient: false, allowV: true), let y = SemanticVersion(b, lenient: false, allowV: true) else { return nil }
            return x < y ? -1 : (y < x ? 1 : 0)
        case .dpkg: return DpkgVersion.compare(a, b)
        case .apk: return ApkVersion.compare(a, b)
        case .rubygems: return RubyGemsVersion.compare(a, b)
        case .generic: return GenericVersion.compare(a, b)
        }
    }

    /// Whether a version string is exactly equal in this scheme (`1.0` == `1.0.0` in PEP 440).
    public func equal(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        return compare(a, b) == 0
    }
}

extension Ecosystem {
    public var versionScheme: VersionScheme {
        switch self {
        case .pypi: .pep440
        case .npm, .crates, .swift, .packagist: .semver
        case .go: .go
        case .debian: .dpkg
        case .alpine: .apk
        case .rubygems: .rubygems
        case .conda, .docker: .generic
        }
    }
}

// MARK: - PEP 440

/// A PEP 440 version (`1!2.0.0rc1.post2.dev3+local.7`).
public struct PEP440Version: Comparable, Sendable, Hashable {
    public var epoch: Int
    public var release: [Int]
    /// Prerelease phase (0 a, 1 b, 2 rc) and number.
    public var pre: (Int, Int)?
    public var post: Int?
    public var dev: Int?
    public var local: [String]

    public static func == (a: PEP440Version, b: PEP440Version) -> Bool { !(a < b) && !(b < a) }
    public func hash(into h: inout Hasher) { h.combine(epoch); h.combine(release.reversed().drop { $0 == 0 }.count) }

    public init?(_ raw: String) {
        var s = Array(raw.lowercased().utf8.filter { $0 != 0x20 })
        if s.first == UInt8(ascii: "v") { s.removeFirst() }
        guard !s.isEmpty, s.count < 256 else { return nil }
        var i = 0
        func number() -> Int? {
            var v = 0, any = false
            while i < s.count, s[i] >= 0x30, s[i] <= 0x39 {
                let (m, o1) = v.multipliedReportingOverflow(by: 10)
                let (r, o2) = m.addingReportingOverflow(Int(s[i] - 0x30))
                v = (o1 || o2) ? Int.max : r
                any = true; i += 1
            }
            return any ? v : nil
        }
        func word(_ w: String) -> Bool {
            let u = Array(w.utf8)
            guard i + u.count <= s.count, Array(s[i..<(i + u.count)]) == u else { return false }
            i += u.count
            return true
        }
        func sep() { if i < s.count, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "_") { i += 1 } }
        guard var first = number() else { return nil }
        epoch = 0
        if i < s.count, s[i] == UInt8(ascii: "!") {
            i += 1
            epoch = first
            guard let n = number() else { return nil }
            first = n
        }
        release = [first]
        while i + 1 < s.count, s[i] == UInt8(ascii: "."), s[i + 1] >= 0x30, s[i + 1] <= 0x39 {
            i += 1
            if let n = number() { release.append(n) }
        }
        pre = nil; post = nil; dev = nil; local = []
        // Pre-release.
        let save = i
        sep()
        var phase: Int?
        for (w, p) in [("alpha", 0), ("beta", 1), ("preview", 2), ("pre", 2), ("rc", 2), ("a", 0), ("b", 1), ("c", 2)] where phase == nil {
            if word(w) { phase = p }
        }
        if let p = phase {
            sep()
            pre = (p, number() ?? 0)
        } else { i = save }
        // Post-release.
        let save2 = i
        if i < s.count, s[i] == UInt8(ascii: "-"), i + 1 < s.count, s[i + 1] >= 0x30, s[i + 1] <= 0x39 {
            i += 1
            post = number()
        } else {
            sep()
            if word("post") || word("rev") || word("r") { sep(); post = number() ?? 0 } else { i = save2 }
        }
        // Dev release.
        let save3 = i
        sep()
        if word("dev") { sep(); dev = number() ?? 0 } else { i = save3 }
        if i < s.count, s[i] == UInt8(ascii: "+") {
            i += 1
            let rest = String(decoding: s[i...], as: UTF8.self)
            local = rest.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" }).map(String.init)
            guard !local.isEmpty, local.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber } }) else { return nil }
            i = s.count
        }
        guard i == s.count else { return nil }
    }

    public static func < (a: PEP440Version, b: PEP440Version) -> Bool {
        if a.epoch != b.epoch { return a.epoch < b.epoch }
        let n = max(a.release.count, b.release.count)
        for k in 0..<n {
            let x = k < a.release.count ? a.release[k] : 0
            let y = k < b.release.count ? b.release[k] : 0
            if x != y { return x < y }
        }
        // Pre: a dev release without pre/post sorts before all prereleases; no pre sorts after.
        func preKey(_ v: PEP440Version) -> (Int, Int) {
            if let p = v.pre { return p }
            if v.post == nil, v.dev != nil { return (-1, 0) }
            return (Int.max, 0)
        }
        let pa = preKey(a), pb = preKey(b)
        if pa != pb { return pa < pb }
        let qa = a.post ?? -1, qb = b.post ?? -1
        if qa != qb { return qa < qb }
        let da = a.dev ?? Int.max, db = b.dev ?? Int.max
        if da != db { return da < db }
        // Local: absent sorts first; numeric segments beat alphanumeric ones.
        if a.local.isEmpty != b.local.isEmpty { return a.local.isEmpty }
        for k in 0..<min(a.local.count, b.local.count) {
            let x = a.local[k], y = b.local[k]
            let xi = Int(x), yi = Int(y)
            switch (xi, yi) {
            case let (p?, q?): if p != q { return p < q }
            case (nil, _?): return true
            case (_?, nil): return false
            default: if x != y { return x < y }
            }
        }
        return a.local.count < b.local.count
    }
}

// MARK: - SemVer

/// A Semantic Versioning 2.0 version; build metadata is kept out of comparisons.
public struct SemanticVersion: Comparable, Sendable, Hashable {
    public var major: Int
    public var minor: Int
    public var patch: Int
    public var prerelease: [String]

    /// `lenient` accepts `v`/`=` prefixes and missing minor/patch (`1.2` is `1.2.0`), as npm and crates tooling do.
    public init?(_ raw: String, lenient: Bool = false, allowV: Bool = false) {
        var s = Substring(raw)
        if s.first == " " || s.last == " " { s = Substring(raw.trimmingCharacters(in: .whitespaces)) }
        if lenient || allowV { if s.hasPrefix("v") || s.hasPrefix("V") { s = s.dropFirst() } }
        if lenient, s.hasPrefix("=") { s = s.dropFirst() }
        if let plus = s.firstIndex(of: "+") { s = s[..<plus] }
        var pre: Substring = ""
        if let dash = s.firstIndex(of: "-") { pre = s[s.index(after: dash)...]; s = s[..<dash]; if pre.isEmpty { return nil } }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 3, lenient || parts.count == 3 else { return nil }
        var nums: [Int] = []
        for p in parts {
            guard !p.isEmpty, p.count <= 18, p.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(p) else { return nil }
            nums.append(v)
        }
        while nums.count < 3 { nums.append(0) }
        major = nums[0]; minor = nums[1]; patch = nums[2]
        prerelease = pre.isEmpty ? [] : pre.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if prerelease.contains(where: \.isEmpty) { return nil }
    }

    public static func < (a: SemanticVersion, b: SemanticVersion) -> Bool {
        if a.major != b.major { return a.major < b.major }
        if a.minor != b.minor { return a.minor < b.minor }
        if a.patch != b.patch { return a.patch < b.patch }
        if a.prerelease.isEmpty != b.prerelease.isEmpty { return !a.prerelease.isEmpty }
        for k in 0..<min(a.prerelease.count, b.prerelease.count) {
            let x = a.prerelease[k], y = b.prerelease[k]
            let xn = x.allSatisfy { $0.isASCII && $0.isNumber } ? Int(x) : nil
            let yn = y.allSatisfy { $0.isASCII && $0.isNumber } ? Int(y) : nil
            switch (xn, yn) {
            case let (p?, q?): if p != q { return p < q }
            case (_?, nil): return true
            case (nil, _?): return false
            default: if x != y { return x < y }
            }
        }
        return a.prerelease.count < b.prerelease.count
    }
}

// MARK: - dpkg

/// Debian version comparison (deb-version(7)): `[epoch:]upstream[-revision]`.
public enum DpkgVersion {
    public static func split(_ v: String) -> (Int, String, String)? {
        var s = Substring(v)
        if s.first == " " || s.first == "\t" || s.last == " " || s.last == "\t" {
            s = Substring(v.trimmingCharacters(in: .whitespaces))
        }
        guard !s.isEmpty else { return nil }
        var epoch = 0
        if let colon = s.firstIndex(of: ":") {
            guard let e = Int(s[..<colon]), e >= 0 else { return nil }
            epoch = e
            s = s[s.index(after: colon)...]
        }
        var rev: Substring = ""
        if let dash = s.lastIndex(of: "-") { rev = s[s.index(after: dash)...]; s = s[..<dash] }
        guard !s.isEmpty else { return nil }
        return (epoch, String(s), String(rev))
    }

    /// Character weight: `~` lowest, then end of string, letters, then everything else.
    static func order(_ c: UInt8?) -> Int {
        guard let c else { return 0 }
        if c == UInt8(ascii: "~") { return -1 }
        if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) { return Int(c) }
        if c >= 0x30 && c <= 0x39 { return 0 }
        return Int(c) + 256
    }

    static func part(_ a: String, _ b: String) -> Int {
        part(Array(a.utf8), Array(b.utf8))
    }

    /// A version split once into epoch, upstream and revision bytes (for bulk comparison).
    public struct Parsed: Sendable {
        let epoch: Int
        let upstream: [UInt8]
        let revision: [UInt8]

        public init?(_ v: String) {
            guard let (e, u, r) = DpkgVersion.split(v) else { return nil }
            epoch = e
            upstream = Array(u.utf8)
            revision = Array(r.utf8)
        }

        public static func compare(_ x: Parsed, _ y: Parsed) -> Int {
            if x.epoch != y.epoch { return x.epoch < y.epoch ? -1 : 1 }
            let u = DpkgVersion.part(x.upstream, y.upstream)
            if u != 0 { return u }
            return DpkgVersion.part(x.revision, y.revision)
        }
    }

    static func part(_ x: [UInt8], _ y: [UInt8]) -> Int {
        var i = 0, j = 0
        while i < x.count || j < y.count {
            var first = 0
            while (i < x.count && !(x[i] >= 0x30 && x[i] <= 0x39)) || (j < y.count && !(y[j] >= 0x30 && y[j] <= 0x39)) {
                let ac = order(i < x.count ? x[i] : nil)
                let bc = order(j < y.count ? y[j] : nil)
                if ac != bc { return ac < bc ? -1 : 1 }
                i += 1; j += 1
            }
            while i < x.count, x[i] == 0x30 { i += 1 }
            while j < y.count, y[j] == 0x30 { j += 1 }
            while i < x.count, x[i] >= 0x30, x[i] <= 0x39, j < y.count, y[j] >= 0x30, y[j] <= 0x39 {
                if first == 0 { first = Int(x[i]) - Int(y[j]) }
                i += 1; j += 1
            }
            if i < x.count, x[i] >= 0x30, x[i] <= 0x39 { return 1 }
            if j < y.count, y[j] >= 0x30, y[j] <= 0x39 { return -1 }
            if first != 0 { return first < 0 ? -1 : 1 }
        }
        return 0
    }

    public static func compare(_ a: String, _ b: String) -> Int? {
        guard let x = split(a), let y = split(b) else { return nil }
        if x.0 != y.0 { return x.0 < y.0 ? -1 : 1 }
        let u = part(x.1, y.1)
        if u != 0 { return u }
        return part(x.2, y.2)
    }
}

// MARK: - apk

/// Alpine version comparison: digits, letters, `_suffix[N]`, then `-rN`.
public enum ApkVersion {
    static let suffixes = ["alpha": 0, "beta": 1, "pre": 2, "rc": 3, "": 4, "cvs": 5, "svn": 6, "git": 7, "hg": 8, "p": 9]

    static func tokens(_ v: String) -> ([Int], Int, [(Int, Int)], Int)? {
        var s = Substring(v)
        var rev = 0
        if let r = s.range(of: "-r", options: .backwards) {
            rev = Int(s[r.upperBound...]) ?? 0
            s = s[..<r.lowerBound]
        }
        var suffixPart: [(Int, Int)] = []
        let pieces = s.split(separator: "_", omittingEmptySubsequences: false)
        guard let main = pieces.first else { return nil }
        for p in pieces.dropFirst() {
            let name = p.prefix { $0.isLetter }
            guard let w = suffixes[String(name)] else { return nil }
            suffixPart.append((w, Int(p.dropFirst(name.count)) ?? 0))
        }
        var nums: [Int] = []
        var letter = 0
        for comp in main.split(separator: ".", omittingEmptySubsequences: false) {
            let digits = comp.prefix { $0.isNumber }
            guard let n = Int(digits.prefix(18)) else { return nil }
            nums.append(n)
            let rest = comp.dropFirst(digits.count)
            if let l = rest.first, rest.count == 1, l.isLetter { letter = Int(l.asciiValue ?? 0) } else if !rest.isEmpty { return nil }
        }
        return (nums, letter, suffixPart, rev)
    }

    public static func compare(_ a: String, _ b: String) -> Int? {
        guard let x = tokens(a), let y = tokens(b) else { return GenericVersion.compare(a, b) }
        for k in 0..<max(x.0.count, y.0.count) {
            let p = k < x.0.count ? x.0[k] : -1, q = k < y.0.count ? y.0[k] : -1
            if p != q { return p < q ? -1 : 1 }
        }
        if x.1 != y.1 { return x.1 < y.1 ? -1 : 1 }
        for k in 0..<max(x.2.count, y.2.count) {
            let p = k < x.2.count ? x.2[k] : (4, 0), q = k < y.2.count ? y.2[k] : (4, 0)
            if p.0 != q.0 { return p.0 < q.0 ? -1 : 1 }
            if p.1 != q.1 { return p.1 < q.1 ? -1 : 1 }
        }
        if x.3 != y.3 { return x.3 < y.3 ? -1 : 1 }
        return 0
    }
}

// MARK: - RubyGems

/// `Gem::Version` ordering: segments split at dots and letter/digit boundaries; letters mean prerelease.
public enum RubyGemsVersion {
    enum Seg: Equatable { case n(Int), s(String) }

    static func segments(_ v: String) -> [Seg]? {
        let t = v.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        var out: [Seg] = []
        var cur = ""
        var curDigit: Bool?
        func flush() {
            guard !cur.isEmpty else { return }
            if curDigit == true { out.append(.n(Int(cur.prefix(18)) ?? 0)) } else { out.append(.s(cur)) }
            cur = ""
        }
        for c in t.replacingOccurrences(of: "-", with: ".pre.") {
            if c == "." { flush(); curDigit = nil; continue }
            let d = c.isNumber
            if curDigit != nil, curDigit != d { flush() }
            curDigit = d
            cur.append(c)
        }
        flush()
        // Trailing zeros do not count (1.0 == 1); nor do zeros right before a prerelease part.
        while case .n(0)? = out.last, out.count > 1 { out.removeLast() }
        return out
    }

    public static func compare(_ a: String, _ b: String) -> Int? {
        guard let x = segments(a), let y = segments(b) else { return nil }
        for k in 0..<max(x.count, y.count) {
            let p = k < x.count ? x[k] : .n(0), q = k < y.count ? y[k] : .n(0)
            switch (p, q) {
            case let (.n(i), .n(j)): if i != j { return i < j ? -1 : 1 }
            case (.s, .n): return -1
            case (.n, .s): return 1
            case let (.s(i), .s(j)): if i != j { return i < j ? -1 : 1 }
            }
        }
        return 0
    }
}

// MARK: - Generic

/// Numeric runs compare as numbers, other runs as text; used where an ecosystem has no stricter rule.
public enum GenericVersion {
    public static func compare(_ a: String, _ b: String) -> Int? {
        func chunks(_ s: String) -> [Substring] {
            var out: [Substring] = []
            var start = s.startIndex
            var i = s.startIndex
            while i < s.endIndex {
                let c = s[i]
                if !(c.isLetter || c.isNumber) {
                    if start < i { out.append(s[start..<i]) }
                    start = s.index(after: i)
                } else if start < i, s[s.index(before: i)].isNumber != c.isNumber {
                    out.append(s[start..<i]); start = i
                }
                i = s.index(after: i)
            }
            if start < s.endIndex { out.append(s[start...]) }
            return out
        }
        let x = chunks(a), y = chunks(b)
        guard !x.isEmpty, !y.isEmpty else { return nil }
        for k in 0..<max(x.count, y.count) {
            guard k < x.count else { return -1 }
            guard k < y.count else { return 1 }
            let p = x[k], q = y[k]
            if let i = Int(p.prefix(18)), let j = Int(q.prefix(18)), p.allSatisfy(\.isNumber), q.allSatisfy(\.isNumber) {
                if i != j { return i < j ? -1 : 1 }
            } else if p != q { return p < q ? -1 : 1 }
        }
        return 0
    }
}
