import BulwarkCore

/// Builders that keep each catalog record to a few lines.
enum Make {
    static func token(_ id: String, _ provider: String, _ name: String, _ prefixes: [String], _ body: Charset,
                      _ length: ClosedRange<Int>, env: String, unlocks: String, category: String, rotate: String,
                      severity: Severity = .high, confidence: Confidence = .high, entropy: Double = 3.0,
                      publishable: Bool = false, refs: [String] = [],
                      validate: (@Sendable (String) -> Verdict?)? = nil,
                      sample: (@Sendable (UInt64) -> String)? = nil,
                      hits: [(String, String)] = [], misses: [(String, String)] = [], priority: Int? = nil) -> SecretPattern {
        SecretPattern(id: id, provider: provider, name: name, unlocks: unlocks, category: category,
                      matcher: .token(prefixes: prefixes, body: body, length: length), minEntropy: entropy,
                      validate: validate, severity: severity, confidence: confidence, publishable: publishable,
                      rotate: rotate, references: refs, envName: env, sample: sample,
                      extraHits: hits, extraMisses: misses, priority: priority)
    }

    static func keyed(_ id: String, _ provider: String, _ name: String, keywords: [String], valuePrefix: String = "",
                      _ body: Charset, _ length: ClosedRange<Int>, env: String, unlocks: String, category: String,
                      rotate: String, severity: Severity = .high, confidence: Confidence = .medium,
                      entropy: Double = 3.0, refs: [String] = [],
                      validate: (@Sendable (String) -> Verdict?)? = nil,
                      sample: (@Sendable (UInt64) -> String)? = nil,
                      hits: [(String, String)] = [], misses: [(String, String)] = []) -> SecretPattern {
        SecretPattern(id: id, provider: provider, name: name, unlocks: unlocks, category: category,
                      matcher: .keyed(keywords: keywords, valuePrefix: valuePrefix, body: body, length: length),
                      minEntropy: entropy, validate: validate, severity: severity, confidence: confidence,
                      rotate: rotate, references: refs, envName: env, sample: sample,
                      extraHits: hits, extraMisses: misses)
    }

    static func custom(_ id: String, _ provider: String, _ name: String, keywords: [String], regex: String,
                       env: String, unlocks: String, category: String, rotate: String,
                       severity: Severity = .high, confidence: Confidence = .high, publishable: Bool = false,
                       refs: [String] = [], validate: (@Sendable (String) -> Verdict?)? = nil,
                       sample: @escaping @Sendable (UInt64) -> String,
                       hits: [(String, String)] = [], misses: [(String, String)] = [], priority: Int? = nil,
                       match: @escaping @Sendable (MatchInput) -> [RawHit]) -> SecretPattern {
        SecretPattern(id: id, provider: provider, name: name, unlocks: unlocks, category: category,
                      matcher: .custom(keywords: keywords, regex: regex, match: match), minEntropy: 0,
                      validate: validate, severity: severity, confidence: confidence, publishable: publishable,
                      rotate: rotate, references: refs, envName: env, sample: sample,
                      extraHits: hits, extraMisses: misses, priority: priority, generatedMisses: false)
    }

    static func s(_ seed: UInt64, _ set: Charset, _ n: Int) -> String { FakeSecrets.string(set, count: n, seed: seed) }
}

/// Character sets of hand-written matchers, built once (a `Charset` builds a 256-entry table).
enum Sets {
    static let digits = Charset("0-9")
    static let azureSecret = Charset("A-Za-z0-9_~.-")
    static let sasSignature = Charset("A-Za-z0-9%+/=")
    static let terraformBody = Charset("A-Za-z0-9_=-")
    static let braintree = Charset("a-z0-9$")
    static let scheme = Charset("a-zA-Z0-9+.")
    /// Bytes that end a URL's authority: `/ ? #`, white space, quotes, brackets, `\ ) } , ;`.
    static let authorityStop = Charset("/?# \t\n\r\"'`<>\\)},;")
}

/// Byte helpers for hand-written matchers.
enum Scan {
    /// How far along its line a hand-written matcher looks for context (a key after its keyword,
    /// a vendor name near a key): bounded so that a megabyte-long line costs no more per hit.
    static let contextWindow = 512

    static func run(_ b: [UInt8], from: Int, _ set: Charset, max: Int = 4096) -> Int {
        var e = from
        let limit = min(b.count, from + max)
        while e < limit, set.contains(b[e]) { e += 1 }
        return e
    }

    static func runBack(_ b: [UInt8], from: Int, _ set: Charset, max: Int = 4096) -> Int {
        var s = from
        while s > 0, from - s < max, set.contains(b[s - 1]) { s -= 1 }
        return s
    }

    static func text(_ b: [UInt8], _ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }

    static func find(_ b: [UInt8], _ needle: String, in r: Range<Int>) -> Int? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, r.count >= n.count else { return nil }
        var i = r.lowerBound
        while i + n.count <= r.upperBound {
            if b[i] == n[0], SecretEngine.equalsAt(b, i, n) { return i }
            i += 1
        }
        return nil
    }

    static func isWord(_ c: UInt8) -> Bool { Charset.wordByte.contains(c) }
}

extension Verdict {
    /// A value with a credential's distinctive prefix (or keyword) and length but not the inner
    /// structure real ones have: a test value, a truncated or edited copy, or a fake. Reported low so
    /// that someone looks, never high (high is kept for values with the real structure).
    static func offStructure(_ what: String, _ missing: String) -> Verdict {
        Verdict(properties: ["structure": "mismatch"], severity: .low, confidence: .low,
                detail: "(has \(what) but not the structure real ones have, \(missing): a test value, a truncated copy or a fake; check it)")
    }

    static func props(_ p: [String: String], detail: String? = nil, severity: Severity? = nil, confidence: Confidence? = nil) -> Verdict {
        Verdict(properties: p, severity: severity, confidence: confidence, detail: detail)
    }
}
