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

/// Byte helpers for hand-written matchers.
enum Scan {
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

    static func lineBounds(_ b: [UInt8], _ i: Int) -> Range<Int> {
        var s = min(i, b.count), e = min(i, b.count)
        while s > 0, b[s - 1] != 0x0A, i - s < 8192 { s -= 1 }
        while e < b.count, b[e] != 0x0A, e - i < 8192 { e += 1 }
        return s..<e
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

    /// Case-insensitive search of ASCII `needle` in a range.
    static func findCI(_ b: [UInt8], _ needle: String, in r: Range<Int>) -> Int? {
        let n = Array(needle.lowercased().utf8)
        guard !n.isEmpty, r.count >= n.count else { return nil }
        var i = r.lowerBound
        outer: while i + n.count <= r.upperBound {
            for j in 0..<n.count {
                var c = b[i + j]
                if c >= 65, c <= 90 { c += 32 }
                if c != n[j] { i += 1; continue outer }
            }
            return i
        }
        return nil
    }

    static func isWord(_ c: UInt8) -> Bool { Charset.wordByte.contains(c) }
}

extension Verdict {
    static func props(_ p: [String: String], detail: String? = nil, severity: Severity? = nil, confidence: Confidence? = nil) -> Verdict {
        Verdict(properties: p, severity: severity, confidence: confidence, detail: detail)
    }
}
