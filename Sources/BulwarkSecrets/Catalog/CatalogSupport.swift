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

    /// A keyed rule whose keyword must be a word of its own: at the start of the text, after a byte that
    /// is no letter or digit (`_`, `.`, `-`, space, quote), or at a camelCase boundary (`myEtsyKey`), never
    /// inside an identifier (`SetSysctl` holds `etsy`). The value is read as the keyed matcher reads it: on
    /// the keyword's line within `SecretEngine.keyedWindow` bytes, after a separator, `body` characters of
    /// `length`, shaped like a value (`ValueShape`), not a placeholder, with `entropy`.
    static func wordKeyed(_ id: String, _ provider: String, _ name: String, keywords: [String], _ body: Charset,
                          _ length: ClosedRange<Int>, env: String, unlocks: String, category: String, rotate: String,
                          severity: Severity = .high, entropy: Double = 3.0, refs: [String] = [],
                          validate: (@Sendable (String) -> Verdict?)? = nil,
                          sample: (@Sendable (UInt64) -> String)? = nil,
                          hits: [(String, String)] = [], misses: [(String, String)] = [], priority: Int = 55) -> SecretPattern {
        let alt = keywords.map(SecretMatcher.escape).joined(separator: "|")
        let regex = "(?<![A-Za-z0-9])(?i:\(alt))[^\\n]{0,200}?(?<![A-Za-z0-9])(\(body.regexClass){\(length.lowerBound),\(length.upperBound)})(?![A-Za-z0-9])"
        return Make.custom(id, provider, name, keywords: keywords, regex: regex, env: env, unlocks: unlocks, category: category,
                           rotate: rotate, severity: severity, confidence: .medium, refs: refs, validate: validate,
                           sample: sample ?? { FakeSecrets.string(body, count: length.lowerBound, seed: $0) },
                           hits: hits, misses: misses, priority: priority) { inp in
            guard Scan.keywordIsWord(inp.bytes, inp.start) else { return [] }
            return Scan.keyedValue(inp, body, length, entropy: entropy)
        }
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

    /// Whether a keyword starting at `start` begins a word: the start of the text, a byte before it that is
    /// no ASCII letter or digit, or a camelCase boundary (an upper-case letter after a lower-case one or a
    /// digit: `myEtsyKey`). `SetSysctl` holds `etsy` after `S`, inside the identifier: no word.
    static func keywordIsWord(_ b: [UInt8], _ start: Int) -> Bool {
        guard start > 0, start < b.count else { return true }
        let prev = b[start - 1], first = b[start]
        let prevLower = prev >= 97 && prev <= 122, prevUpper = prev >= 65 && prev <= 90, prevDigit = prev >= 48 && prev <= 57
        if !(prevLower || prevUpper || prevDigit) { return true }
        return first >= 65 && first <= 90 && (prevLower || prevDigit)
    }

    /// The value after a keyword on its line, as the engine's keyed matcher reads it (for hand-written keyed
    /// rules): within `SecretEngine.keyedWindow` bytes, starting after a separator, `body` characters of
    /// `length` ending at a non-word byte (not `/` or `@`: a path or an address), shaped like a value, not a
    /// placeholder, with at least `entropy` bits per character. The first such value, or none.
    static func keyedValue(_ inp: MatchInput, _ body: Charset, _ length: ClosedRange<Int>, entropy: Double) -> [RawHit] {
        let b = inp.bytes
        var i = inp.start + inp.keywordLength
        let end = min(b.count, i + SecretEngine.keyedWindow)
        while i < end, b[i] != 0x0A {
            let prev = i > 0 ? b[i - 1] : 0x20
            let okPrev = prev == 0x20 || prev == 0x09 || prev == UInt8(ascii: "=") || prev == UInt8(ascii: ":")
                || prev == UInt8(ascii: "\"") || prev == UInt8(ascii: "'") || prev == UInt8(ascii: "(")
                || prev == UInt8(ascii: ",") || prev == UInt8(ascii: "`") || prev == UInt8(ascii: "[")
                || prev == UInt8(ascii: ">")
            if okPrev, body.contains(b[i]) {
                let e = run(b, from: i, body, max: length.upperBound + 1)
                let next = e < b.count ? b[e] : 0x20
                if length.contains(e - i), !Charset.wordByte.contains(next), next != UInt8(ascii: "/"), next != UInt8(ascii: "@"),
                   ValueShape.isValue(b, i..<e, keywordAt: inp.start, keywordLength: inp.keywordLength, path: inp.path) {
                    let v = text(b, i..<e)
                    if !Placeholders.isPlaceholder(v), Codecs.entropy(Array(v.utf8)) >= entropy { return [RawHit(range: i..<e, secret: v)] }
                }
                var j = i
                while j < end, Charset.wordByte.contains(b[j]) || body.contains(b[j]) { j += 1 }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
        return []
    }
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
