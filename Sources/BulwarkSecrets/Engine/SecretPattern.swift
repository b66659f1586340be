import BulwarkCore

/// What a structural validator concluded about a candidate token.
public struct Verdict: Sendable {
    public var properties: [String: String]
    public var severity: Severity?
    public var confidence: Confidence?
    /// Extra words for the message ("user-wide PyPI token", "for AWS account 123456789012").
    public var detail: String?

    public init(properties: [String: String] = [:], severity: Severity? = nil, confidence: Confidence? = nil,
                detail: String? = nil) {
        self.properties = properties
        self.severity = severity
        self.confidence = confidence
        self.detail = detail
    }

    public static let plain = Verdict()
}

/// A candidate found by a matcher: the secret's byte range in the scanned text and its value.
public struct RawHit: Sendable {
    public var range: Range<Int>
    public var secret: String
    public var verdict: Verdict

    public init(range: Range<Int>, secret: String, verdict: Verdict = .plain) {
        self.range = range
        self.secret = secret
        self.verdict = verdict
    }
}

/// What a hand-written matcher sees: the text, where its keyword starts, and the file path.
public struct MatchInput {
    public let bytes: [UInt8]
    public let start: Int
    public let keywordLength: Int
    public let path: String
    /// Per-scan caches: look-arounds through it cost amortized constant time per keyword hit.
    public let memo: ScanMemo
}

/// How a credential type is recognized. Every shape has a documented regular expression; token and
/// keyed shapes are matched by hand-written scanners (prefix + character set + length), which
/// measured several times faster than `Regex` or `NSRegularExpression` on the same inputs.
public enum SecretMatcher: Sendable {
    /// A literal prefix (case-sensitive) followed by `length` characters of `body`, bounded on both
    /// sides by a non-word character.
    case token(prefixes: [String], body: Charset, length: ClosedRange<Int>)
    /// A value of `body` characters, optionally starting with `valuePrefix`, on the same line after
    /// one of `keywords` (case-insensitive), such as `MISTRAL_API_KEY = "..."`.
    case keyed(keywords: [String], valuePrefix: String, body: Charset, length: ClosedRange<Int>)
    /// A hand-written matcher for structured secrets (PEM blocks, URLs with passwords, JWTs).
    case custom(keywords: [String], regex: String, match: @Sendable (MatchInput) -> [RawHit])

    /// Literal keywords for the prefilter.
    public var keywords: [String] {
        switch self {
        case .token(let p, _, _): p
        case .keyed(let k, _, _, _): k
        case .custom(let k, _, _): k
        }
    }

    /// The documented regular expression; capture group 1 is the secret.
    public var regex: String {
        switch self {
        case .token(let prefixes, let body, let length):
            let alt = prefixes.map(Self.escape).joined(separator: "|")
            return "(?<![A-Za-z0-9])((?:\(alt))\(body.regexClass){\(length.lowerBound),\(length.upperBound)})(?!\(body.regexClass))"
        case .keyed(let keywords, let valuePrefix, let body, let length):
            let alt = keywords.map(Self.escape).joined(separator: "|")
            return "(?i:\(alt))[^\\n]{0,200}?(?<![A-Za-z0-9])(\(Self.escape(valuePrefix))\(body.regexClass){\(length.lowerBound),\(length.upperBound)})(?![A-Za-z0-9])"
        case .custom(_, let regex, _):
            return regex
        }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\^$.|?*+()[]{}/".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

/// One credential type as data: how to find it, how to validate it, how bad it is, how to fix it,
/// and sample hits and misses that run as tests and appear in the generated rule docs.
public struct SecretPattern: Sendable {
    public var id: String
    public var provider: String
    /// Human name of the credential type ("OpenAI project API key").
    public var name: String
    /// How a finding's message names the secret (the name unless the message's detail would repeat
    /// part of it, as "assigned to `x`" does for the generic rule).
    public var messageName: String
    /// What the credential unlocks, for the blast-radius map ("OpenAI API: model calls, billing").
    public var unlocks: String
    /// Coarse grouping: ai, cloud, vcs, registry, deploy, database, payments, messaging, observability,
    /// productivity, crypto, generic.
    public var category: String
    public var matcher: SecretMatcher
    /// Minimum Shannon entropy (bits per character) of the variable part.
    public var minEntropy: Double
    /// Structural check of the whole secret: nil rejects it (bad checksum, wrong structure).
    public var validate: (@Sendable (String) -> Verdict?)?
    public var severity: Severity
    public var confidence: Confidence
    /// Publishable or public identifiers (Stripe `pk_`, PostHog `phc_`): info, opt-in.
    public var publishable: Bool
    /// Where to revoke or rotate it.
    public var rotate: String
    public var references: [String]
    /// Typical environment variable name, used to embed samples.
    public var envName: String
    /// Builds a sample secret from a seed (random-looking, structurally valid, never a real key).
    public var sample: @Sendable (UInt64) -> String
    /// Further triggering samples `(path, text)`; the secret lines end with ` # <-` or ` // <-`.
    public var extraHits: [(String, String)]
    /// Non-triggering samples `(path, text)` beside the generated ones.
    public var extraMisses: [(String, String)]
    /// When spans of two patterns overlap, the higher priority wins (specific before generic).
    public var priority: Int
    /// Whether the shape-derived misses (placeholder, too short) apply.
    public var generatedMisses: Bool

    public init(id: String, provider: String, name: String, unlocks: String, category: String,
                matcher: SecretMatcher, minEntropy: Double = 3.0, validate: (@Sendable (String) -> Verdict?)? = nil,
                severity: Severity = .high, confidence: Confidence = .high, publishable: Bool = false,
                rotate: String, references: [String] = [], envName: String,
                sample: (@Sendable (UInt64) -> String)? = nil,
                extraHits: [(String, String)] = [], extraMisses: [(String, String)] = [],
                priority: Int? = nil, generatedMisses: Bool = true) {
        self.id = id
        self.provider = provider
        self.name = name
        self.messageName = name
        self.unlocks = unlocks
        self.category = category
        self.matcher = matcher
        self.minEntropy = minEntropy
        self.validate = validate
        self.severity = publishable ? .info : severity
        self.confidence = confidence
        self.publishable = publishable
        self.rotate = rotate
        self.references = references
        self.envName = envName
        self.extraHits = extraHits
        self.extraMisses = extraMisses
        self.generatedMisses = generatedMisses
        switch matcher {
        case .token(let prefixes, let body, let length):
            self.priority = priority ?? (100 + (prefixes.map(\.count).min() ?? 0))
            let mid = (length.lowerBound + length.upperBound) / 2
            self.sample = sample ?? { seed in (prefixes.first ?? "") + FakeSecrets.string(body, count: mid, seed: seed) }
        case .keyed(_, let valuePrefix, let body, let length):
            self.priority = priority ?? 60
            self.sample = sample ?? { seed in valuePrefix + FakeSecrets.string(body, count: length.lowerBound, seed: seed) }
        case .custom:
            self.priority = priority ?? 80
            self.sample = sample ?? { _ in "" }
        }
    }

    /// The fixed part before the random characters (token prefix or keyed value prefix).
    var fixedPrefixLength: Int {
        switch matcher {
        case .token(let p, _, _): p.map(\.utf8.count).min() ?? 0
        case .keyed(_, let vp, _, _): vp.utf8.count
        case .custom: 0
        }
    }
}

/// Deterministic random-looking strings for samples and tests (SplitMix64), so that no realistic
/// credential literal sits in the repository.
public enum FakeSecrets {
    public static func string(_ set: Charset, count: Int, seed: UInt64) -> String {
        let alphabet = (0..<256).compactMap { set.contains(UInt8($0)) ? UInt8($0) : nil }
        guard !alphabet.isEmpty else { return "" }
        // Skip '=' padding and separators in the body unless they are all there is.
        let core = alphabet.filter { $0 != UInt8(ascii: "=") && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: ".") }
        let pick = core.isEmpty ? alphabet : core
        var attempt: UInt64 = 0
        while true {
            var state = seed &+ attempt &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678
            var out: [UInt8] = []
            out.reserveCapacity(count)
            for _ in 0..<count {
                state = state &+ 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                z = z ^ (z >> 31)
                out.append(pick[Int(z % UInt64(pick.count))])
            }
            let s = String(decoding: out, as: UTF8.self)
            if !Placeholders.isPlaceholder(s) || attempt > 50 { return s }
            attempt += 1
        }
    }

    /// A stable seed from a name.
    public static func seed(_ name: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }

    /// A token with a valid GitHub/npm-style CRC32 checksum: prefix + 30 random + 6 checksum.
    public static func checksummed(prefix: String, seed: UInt64) -> String {
        let random = string(.base62, count: 30, seed: seed)
        return prefix + random + Codecs.base62(UInt64(Codecs.crc32(Array(random.utf8))), width: 6)
    }

    public static func hex(_ count: Int, seed: UInt64) -> String { string(.hexLower, count: count, seed: seed) }

    public static func uuid(seed: UInt64) -> String {
        let h = hex(32, seed: seed)
        let u = Array(h)
        return String(u[0..<8]) + "-" + String(u[8..<12]) + "-4" + String(u[13..<16]) + "-a" + String(u[17..<20]) + "-" + String(u[20..<32])
    }
}
