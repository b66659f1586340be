/// A candidate secret in one scanned text, after validation and overlap resolution.
public struct SecretHit: Sendable {
    public var patternIndex: Int
    public var range: Range<Int>
    public var secret: String
    public var verdict: Verdict
}

/// Finds secrets of every pattern in a text: one keyword pass (Aho-Corasick) over the bytes, then
/// the pattern's matcher only where its keyword occurs.
public struct SecretEngine: Sendable {
    public let patterns: [SecretPattern]
    let automaton: KeywordAutomaton
    /// Keyword index -> (pattern index, keyword as written).
    let owners: [[(Int, [UInt8])]]

    public init(patterns: [SecretPattern]) {
        self.patterns = patterns
        var index: [String: Int] = [:]
        var words: [String] = []
        var owners: [[(Int, [UInt8])]] = []
        for (p, pattern) in patterns.enumerated() {
            for k in pattern.matcher.keywords {
                let key = k.lowercased()
                let i: Int
                if let existing = index[key] { i = existing } else {
                    i = words.count
                    index[key] = i
                    words.append(key)
                    owners.append([])
                }
                owners[i].append((p, Array(k.utf8)))
            }
        }
        self.automaton = KeywordAutomaton(words)
        self.owners = owners
    }

    /// Every validated candidate in `bytes`, overlaps resolved in favour of the more specific pattern.
    public func scan(_ bytes: [UInt8], path: String) -> [SecretHit] {
        var events: [(Int, Int)] = [] // (keyword, start)
        automaton.scan(bytes) { k, start in events.append((k, start)) }
        if events.isEmpty { return [] }
        var hits: [SecretHit] = []
        var seen = Set<Int>() // pattern << 32 | start, to skip duplicate keyword events
        for (k, start) in events {
            for (p, word) in owners[k] {
                let pattern = patterns[p]
                switch pattern.matcher {
                case .token(_, let body, let length):
                    guard Self.equalsAt(bytes, start, word) else { continue }
                    if let h = matchToken(pattern, p, bytes, start, word.count, body, length) { hits.append(h) }
                case .keyed(_, let valuePrefix, let body, let length):
                    let key = p << 32 | Self.lineStart(bytes, start)
                    guard seen.insert(key).inserted else { continue }
                    hits += matchKeyed(pattern, p, bytes, start, word.count, Array(valuePrefix.utf8), body, length)
                case .custom(_, _, let match):
                    for raw in match(MatchInput(bytes: bytes, start: start, keywordLength: word.count, path: path)) {
                        if let h = finish(pattern, p, raw, bodyOffset: 0) { hits.append(h) }
                    }
                }
            }
        }
        return Self.resolveOverlaps(hits, patterns: patterns)
    }

    @inline(__always) static func equalsAt(_ b: [UInt8], _ i: Int, _ w: [UInt8]) -> Bool {
        guard i >= 0, i + w.count <= b.count else { return false }
        for j in 0..<w.count where b[i + j] != w[j] { return false }
        return true
    }

    static func lineStart(_ b: [UInt8], _ i: Int) -> Int {
        var s = i
        while s > 0, b[s - 1] != 0x0A, i - s < 4096 { s -= 1 }
        return s
    }

    func matchToken(_ pattern: SecretPattern, _ p: Int, _ b: [UInt8], _ start: Int, _ prefixLength: Int,
                    _ body: Charset, _ length: ClosedRange<Int>) -> SecretHit? {
        if start > 0, Charset.wordByte.contains(b[start - 1]) { return nil }
        var e = start + prefixLength
        let limit = min(b.count, e + length.upperBound + 1)
        while e < limit, body.contains(b[e]) { e += 1 }
        let n = e - start - prefixLength
        guard length.contains(n) else { return nil }
        if e < b.count, Charset.wordByte.contains(b[e]) { return nil }
        let secret = String(decoding: b[start..<e], as: UTF8.self)
        return finish(pattern, p, RawHit(range: start..<e, secret: secret), bodyOffset: prefixLength)
    }

    func matchKeyed(_ pattern: SecretPattern, _ p: Int, _ b: [UInt8], _ start: Int, _ kwLength: Int,
                    _ valuePrefix: [UInt8], _ body: Charset, _ length: ClosedRange<Int>) -> [SecretHit] {
        var i = start + kwLength
        let end = min(b.count, i + 240)
        var out: [SecretHit] = []
        while i < end, b[i] != 0x0A {
            // A value starts after a separator, never inside a word, a path or a URL.
            let prev = i > 0 ? b[i - 1] : 0x20
            let okPrev = prev == 0x20 || prev == 0x09 || prev == UInt8(ascii: "=") || prev == UInt8(ascii: ":")
                || prev == UInt8(ascii: "\"") || prev == UInt8(ascii: "'") || prev == UInt8(ascii: "(")
                || prev == UInt8(ascii: ",") || prev == UInt8(ascii: "`") || prev == UInt8(ascii: "[")
                || prev == UInt8(ascii: ">")
            if okPrev, Self.equalsAt(b, i, valuePrefix) {
                var e = i + valuePrefix.count
                let limit = min(b.count, e + length.upperBound + 1)
                while e < limit, body.contains(b[e]) { e += 1 }
                let n = e - i - valuePrefix.count
                let next = e < b.count ? b[e] : 0x20
                if length.contains(n), !Charset.wordByte.contains(next), next != UInt8(ascii: "/"), next != UInt8(ascii: "@") {
                    let secret = String(decoding: b[i..<e], as: UTF8.self)
                    if let h = finish(pattern, p, RawHit(range: i..<e, secret: secret), bodyOffset: valuePrefix.count) {
                        out.append(h)
                        return out
                    }
                }
                // Skip the rest of this word.
                var j = i
                while j < end, Charset.wordByte.contains(b[j]) || body.contains(b[j]) { j += 1 }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
        return out
    }

    /// Placeholder, entropy and structural checks shared by every matcher.
    func finish(_ pattern: SecretPattern, _ p: Int, _ raw: RawHit, bodyOffset: Int) -> SecretHit? {
        let u = Array(raw.secret.utf8)
        let bodyBytes = u.count > bodyOffset ? Array(u[bodyOffset...]) : []
        let body = String(decoding: bodyBytes, as: UTF8.self)
        if Placeholders.isDocumentedExample(raw.secret) { return nil }
        if bodyOffset > 0 || isShaped(pattern) {
            if Placeholders.isPlaceholder(body) { return nil }
            if Codecs.entropy(bodyBytes) < pattern.minEntropy { return nil }
        }
        var verdict = raw.verdict
        if let validate = pattern.validate {
            guard let v = validate(raw.secret) else { return nil }
            verdict.properties.merge(v.properties) { _, b in b }
            verdict.severity = v.severity ?? verdict.severity
            verdict.confidence = v.confidence ?? verdict.confidence
            verdict.detail = v.detail ?? verdict.detail
        }
        return SecretHit(patternIndex: p, range: raw.range, secret: raw.secret, verdict: verdict)
    }

    func isShaped(_ pattern: SecretPattern) -> Bool {
        if case .custom = pattern.matcher { return false }
        return true
    }

    /// Keeps, among overlapping candidates, the one of the highest-priority pattern (then the longest).
    static func resolveOverlaps(_ hits: [SecretHit], patterns: [SecretPattern]) -> [SecretHit] {
        if hits.count < 2 { return hits }
        let ordered = hits.sorted {
            let pa = patterns[$0.patternIndex].priority, pb = patterns[$1.patternIndex].priority
            if pa != pb { return pa > pb }
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        var kept: [SecretHit] = []
        for h in ordered where !kept.contains(where: { $0.range.overlaps(h.range) }) { kept.append(h) }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
