#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Keyword index -> first entry in `ownerList`, and one past its last (a flat list, so that a
    /// keyword hit reads no nested array and copies no pattern).
    let ownerStart: [Int]
    let ownerList: [Owner]
    /// Per pattern: what its matcher needs on the hot path, without the rest of the record.
    let dispatch: [Dispatch]
    /// Keyword index -> its length in bytes (an occurrence ends at its start plus this), and the longest.
    let keywordLength: [Int]
    let maxKeywordLength: Int
    /// What a keyword hit reads before any matcher runs, in plain arrays (no copy of a pattern's enum payload
    /// or keyword array, each of which cost a retain and a release per hit).
    let hot: HotTables

    /// Per owner (`ownerList` order) and per pattern, the facts the hit loop tests first.
    final class HotTables: Sendable {
        /// Per pattern: 0 token, 1 keyed, 2 custom.
        let kind: [UInt8]
        /// Per pattern: a token pattern's body bytes and body length (empty for others).
        let tokenBody: [ByteSet]
        let tokenLength: [ClosedRange<Int>]
        /// Per owner: its pattern, and its keyword as written at `wordStart ..< wordStart + wordLength` of `words`.
        let ownerPattern: [Int]
        let wordStart: [Int]
        let wordLength: [Int]
        let words: [UInt8]

        init(patterns: [SecretPattern], owners: [Owner]) {
            var kind: [UInt8] = [], body: [ByteSet] = [], length: [ClosedRange<Int>] = []
            for p in patterns {
                switch p.matcher {
                case .token(_, let b, let l): kind.append(0); body.append(ByteSet(b)); length.append(l)
                case .keyed: kind.append(1); body.append(ByteSet()); length.append(0...0)
                case .custom: kind.append(2); body.append(ByteSet()); length.append(0...0)
                }
            }
            self.kind = kind
            tokenBody = body
            tokenLength = length
            ownerPattern = owners.map(\.pattern)
            var start: [Int] = [], count: [Int] = [], words: [UInt8] = []
            for o in owners {
                start.append(words.count)
                count.append(o.word.count)
                words += o.word
            }
            wordStart = start
            wordLength = count
            self.words = words
        }
    }

    /// One (keyword, pattern) pair: the keyword as written (token prefixes are case-sensitive).
    struct Owner: Sendable {
        let pattern: Int
        let word: [UInt8]
    }

    enum Dispatch: Sendable {
        case token(body: Charset, length: ClosedRange<Int>)
        case keyed(valuePrefix: [UInt8], body: Charset, length: ClosedRange<Int>)
        case custom(match: @Sendable (MatchInput) -> [RawHit])
    }

    public init(patterns: [SecretPattern]) {
        self.patterns = patterns
        var index: [String: Int] = [:]
        var words: [String] = []
        var owners: [[Owner]] = []
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
                owners[i].append(Owner(pattern: p, word: Array(k.utf8)))
            }
        }
        self.automaton = KeywordAutomaton(words)
        self.keywordLength = automaton.keywords.map(\.count)
        self.maxKeywordLength = keywordLength.max() ?? 0
        var start: [Int] = [0]
        for o in owners { start.append(start[start.count - 1] + o.count) }
        self.ownerStart = start
        self.ownerList = owners.flatMap { $0 }
        self.hot = HotTables(patterns: patterns, owners: owners.flatMap { $0 })
        self.dispatch = patterns.map { p in
            switch p.matcher {
            case .token(_, let body, let length): .token(body: body, length: length)
            case .keyed(_, let valuePrefix, let body, let length): .keyed(valuePrefix: Array(valuePrefix.utf8), body: body, length: length)
            case .custom(_, _, let match): .custom(match: match)
            }
        }
    }

    /// Work done by one scan, in units that do not depend on the machine: tests use them to check
    /// that the cost grows linearly with the input.
    public struct Work: Sendable {
        /// Keyword occurrences the automaton reported.
        public var keywordHits = 0
        /// Matcher calls (a keyword hit may call several patterns' matchers).
        public var matcherCalls = 0
        /// Bytes read by the token and keyed matchers and by the shared look-arounds (`ScanMemo`);
        /// hand-written matchers' own bounded reads are not counted.
        public var examinedBytes = 0
    }

    /// Every validated candidate in `bytes`, overlaps resolved in favour of the more specific pattern.
    ///
    /// One pass: the automaton reports keyword hits in text order and each is judged at once (no
    /// list of hits is kept). Every matcher's look-around is bounded and memoized (`ScanMemo`), and a
    /// pattern's hits inside a stretch it already examined are skipped, so the cost is linear in the
    /// length of `bytes` whatever its line lengths.
    public func scan(_ bytes: [UInt8], path: String) -> [SecretHit] {
        var work = Work()
        return scan(bytes, path: path, work: &work)
    }

    public func scan(_ bytes: [UInt8], path: String, work: inout Work) -> [SecretHit] {
        var state = PassState()
        var snapshots: [Snapshot] = []
        pass(bytes, path: path, from: 0, checkpoints: [], stops: false, state: &state, snapshots: &snapshots)
        state.add(to: &work)
        return Self.resolveOverlaps(state.hits, patterns: patterns)
    }

    /// What one pass carries from one keyword hit to the next: the candidates so far, the shared
    /// look-arounds, and per pattern where its examined stretch ends (keyed and custom matchers)
    /// and the last run of its body character set (token matchers).
    struct PassState {
        var hits: [SecretHit] = []
        var memo: ScanMemo? = nil
        var frontier: [Int] = []
        var runs: [TokenRun] = []
        var keywordHits = 0, matcherCalls = 0, examined = 0

        func add(to work: inout Work) {
            work.keywordHits += keywordHits
            work.matcherCalls += matcherCalls
            work.examinedBytes += examined + (memo?.examinedBytes ?? 0)
        }
    }

    /// One pass over the keyword occurrences of `bytes` that start at or after `from`, in text
    /// order. With `checkpoints` (ascending offsets), the pass records its state before the first
    /// occurrence that ends at or after each of them, and when `stops`, it stops at the last one
    /// (occurrences that end there or later are left to the next chunk; see `scanParallel`).
    func pass(_ bytes: [UInt8], path: String, from: Int, checkpoints: [Int], stops: Bool,
              state: inout PassState, snapshots: inout [Snapshot]) {
        var hits = state.hits
        var memo = state.memo
        var frontier = state.frontier
        var runs = state.runs
        var keywordHits = state.keywordHits, matcherCalls = state.matcherCalls, examined = state.examined
        let stop = stops ? checkpoints.last ?? Int.max : Int.max
        var nextCheck = 0
        var boundary = checkpoints.first ?? Int.max
        // The state as `Snapshot` compares it, at an occurrence that ends at `end` (or at the stop). It takes
        // the pass's variables as arguments: capturing them made the compiler box them and check every access to
        // them at run time (`swift_beginAccess`, 2.5% of a scan).
        let maxKeyword = maxKeywordLength
        func snapshot(_ end: Int, _ hitCount: Int, _ frontier: [Int], _ runs: [TokenRun], _ memo: ScanMemo?) -> Snapshot {
            Snapshot(position: end, maxKeyword: maxKeyword, hitCount: hitCount, frontier: frontier, runs: runs,
                     generic: memo?.genericExamined ?? 0, examined: memo?.examined ?? [:])
        }
        let hot = hot
        let wordByte = ByteSet(Charset.wordByte)
        ownerList.withUnsafeBufferPointer { owners in
            dispatch.withUnsafeBufferPointer { dispatch in
                keywordLength.withUnsafeBufferPointer { kwLength in
                    bytes.withUnsafeBufferPointer { buffer in
                    hot.words.withUnsafeBufferPointer { words in
                automaton.scan(buffer, from: from) { k, start in
                    if start + kwLength[k] >= boundary {
                        let end = start + kwLength[k]
                        while nextCheck < checkpoints.count, end >= checkpoints[nextCheck] {
                            snapshots.append(snapshot(end, hits.count, frontier, runs, memo))
                            nextCheck += 1
                        }
                        if end >= stop { return false }
                        boundary = nextCheck < checkpoints.count ? checkpoints[nextCheck] : Int.max
                    }
                    keywordHits += 1
                    if frontier.isEmpty {
                        frontier = [Int](repeating: 0, count: patterns.count)
                        runs = [TokenRun](repeating: TokenRun(), count: patterns.count)
                    }
                    for o in ownerStart[k]..<ownerStart[k + 1] {
                        let p = hot.ownerPattern[o]
                        if hot.kind[p] == 0 {
                            // A token starts after a delimiter (matchToken's own first test), checked before
                            // comparing the prefix: in a run of one letter (128 MiB of `A`) a prefix of that
                            // letter (`AAAAAAAAAAAAAAAAAAAAA`) ends at every byte.
                            if start > 0, wordByte.contains(buffer[start - 1]) { continue }
                            let wordCount = hot.wordLength[o]
                            guard start + wordCount <= buffer.count,
                                  memcmp(buffer.baseAddress! + start, words.baseAddress! + hot.wordStart[o], wordCount) == 0 else { continue }
                            // A short prefix glued to an identifier (`test_..._re_probe`, `retry_re_dispatch`) is
                            // part of a name, not the start of a token: tokens begin after a delimiter.
                            if wordCount <= 4, start > 0, Self.isIdentifierByte(buffer[start - 1]) { continue }
                            // The body's shortest length must be reached: its last byte is a body byte (`pat` of `path(`
                            // is most of the catalog's keyword hits, and needs 79 more).
                            let length = hot.tokenLength[p]
                            let least = start + wordCount + length.lowerBound - 1
                            if length.lowerBound > 0, least >= buffer.count || !hot.tokenBody[p].contains(buffer[least]) { continue }
                            guard case .token(let body, _) = dispatch[p] else { continue }
                            matcherCalls += 1
                            if let h = matchToken(p, bytes, start, wordCount, body, length, run: &runs[p], examined: &examined) { hits.append(h) }
                            continue
                        }
                        switch dispatch[p] {
                        case .token:
                            continue
                        case .keyed(let valuePrefix, let body, let length):
                            guard start >= frontier[p] else { continue }
                            matcherCalls += 1
                            let (found, reach) = matchKeyed(p, bytes, start, hot.wordLength[o], valuePrefix, body, length, path: path)
                            examined += max(0, reach - start)
                            frontier[p] = reach
                            if let h = found { hits.append(h) }
                        case .custom(let match):
                            guard start >= frontier[p] else { continue }
                            matcherCalls += 1
                            if memo == nil { memo = ScanMemo(bytes, from: from) }
                            let m = memo!
                            m.resumeAt = 0
                            let raws = match(MatchInput(bytes: bytes, start: start, keywordLength: hot.wordLength[o], path: path, memo: m))
                            if m.resumeAt > frontier[p] { frontier[p] = m.resumeAt }
                            for raw in raws {
                                if let h = finish(p, raw, bodyOffset: 0) {
                                    hits.append(h)
                                    // A later keyword inside this hit would find the same secret again.
                                    if h.range.lowerBound <= start { frontier[p] = max(frontier[p], h.range.upperBound) }
                                }
                            }
                        }
                    }
                    return true
                }
                    }
                    }
                }
            }
        }
        // Checkpoints the pass did not reach (no occurrence ends at or after them before the stop).
        while nextCheck < checkpoints.count {
            snapshots.append(snapshot(min(stop, bytes.count), hits.count, frontier, runs, memo))
            nextCheck += 1
        }
        state = PassState(hits: hits, memo: memo, frontier: frontier, runs: runs,
                          keywordHits: keywordHits, matcherCalls: matcherCalls, examined: examined)
    }

    @inline(__always)
    static func isIdentifierByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
    }

    /// The last run of a token pattern's body characters: `[from, end)` are all body characters,
    /// and `done` says the run really ends at `end` (rather than at the length cap). `covered` is
    /// the end of the pattern's last candidate: a prefix inside it would give a shorter copy of the
    /// same candidate (which overlap resolution drops anyway).
    struct TokenRun { var from = -1, end = -1, done = false, covered = 0 }

    @inline(__always) static func equalsAt(_ b: [UInt8], _ i: Int, _ w: [UInt8]) -> Bool {
        guard i >= 0, i + w.count <= b.count else { return false }
        for j in 0..<w.count where b[i + j] != w[j] { return false }
        return true
    }

    func matchToken(_ p: Int, _ b: [UInt8], _ start: Int, _ prefixLength: Int,
                    _ body: Charset, _ length: ClosedRange<Int>, run: inout TokenRun, examined: inout Int) -> SecretHit? {
        if start > 0, Charset.wordByte.contains(b[start - 1]) { return nil }
        if start < run.covered { return nil }
        let from = start + prefixLength
        let limit = min(b.count, from + length.upperBound + 1)
        // Keyword ends come in order, so a run measured for an earlier hit is reused, never rescanned.
        var e: Int
        if run.from <= from, from <= run.end {
            e = run.end
            if !run.done {
                let e0 = e
                while e < limit, body.contains(b[e]) { e += 1 }
                examined += e - e0
                run.end = e
                run.done = e == b.count || !body.contains(b[e])
            }
        } else {
            e = from
            while e < limit, body.contains(b[e]) { e += 1 }
            examined += e - from
            run = TokenRun(from: from, end: e, done: e == b.count || !body.contains(b[e]))
        }
        e = min(e, limit)
        let n = e - from
        guard length.contains(n) else { return nil }
        if e < b.count, Charset.wordByte.contains(b[e]) { return nil }
        run.covered = e
        let secret = String(decoding: b[start..<e], as: UTF8.self)
        return finish(p, RawHit(range: start..<e, secret: secret), bodyOffset: prefixLength)
    }

    /// The value of a keyed pattern on the keyword's line, within `keyedWindow` bytes after it, and
    /// where the examined stretch ends (later hits of the same pattern before it are skipped).
    func matchKeyed(_ p: Int, _ b: [UInt8], _ start: Int, _ kwLength: Int,
                    _ valuePrefix: [UInt8], _ body: Charset, _ length: ClosedRange<Int>, path: String) -> (SecretHit?, Int) {
        var i = start + kwLength
        let end = min(b.count, i + Self.keyedWindow)
        func lineStop(_ from: Int) -> Int {
            var k = from
            while k < end, b[k] != 0x0A { k += 1 }
            return k
        }
        // An XML element whose start tag holds the keyword and ends its line (`<dropboxToken>`): its text
        // on the next line, alone there, the closing tag right after it (`Self.xmlBodyLine`).
        var bodyLine = false
        while i < end {
            if b[i] == 0x0A {
                guard !bodyLine, let next = Self.xmlBodyLine(b, keywordAt: start, lineEnd: i) else { break }
                bodyLine = true
                i = next
                continue
            }
            // A value starts after a separator, never inside a word, a path or a URL.
            let prev = i > 0 ? b[i - 1] : 0x20
            let okPrev = prev == 0x20 || prev == 0x09 || prev == UInt8(ascii: "=") || prev == UInt8(ascii: ":")
                || prev == UInt8(ascii: "\"") || prev == UInt8(ascii: "'") || prev == UInt8(ascii: "(")
                || prev == UInt8(ascii: ",") || prev == UInt8(ascii: "`") || prev == UInt8(ascii: "[")
                || prev == UInt8(ascii: ">") || (bodyLine && prev == 0x0A)
            if okPrev, Self.equalsAt(b, i, valuePrefix) {
                var e = i + valuePrefix.count
                let limit = min(b.count, e + length.upperBound + 1)
                while e < limit, body.contains(b[e]) { e += 1 }
                let n = e - i - valuePrefix.count
                let next = e < b.count ? b[e] : 0x20
                if length.contains(n), !Charset.wordByte.contains(next), next != UInt8(ascii: "/"), next != UInt8(ascii: "@"),
                   !bodyLine || Self.closesElement(b, after: e),
                   ValueShape.isValue(b, i..<e, keywordAt: start, keywordLength: kwLength, path: path) {
                    let secret = String(decoding: b[i..<e], as: UTF8.self)
                    if let h = finish(p, RawHit(range: i..<e, secret: secret), bodyOffset: valuePrefix.count) {
                        return (h, lineStop(e))
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
        return (nil, i)
    }

    /// How far after its keyword a keyed pattern looks for the value (bytes, on the same line).
    public static let keyedWindow = 240

    /// When the keyword at `keywordAt` is part of an XML start tag that ends the line at `lineEnd`
    /// (`<dropboxToken>` or `<dropbox_token attr="x">`, only spaces after the `>`), where the next line's
    /// text starts (indentation skipped, at most 64 bytes); nil otherwise. Looks back at most 80 bytes.
    static func xmlBodyLine(_ b: [UInt8], keywordAt: Int, lineEnd: Int) -> Int? {
        var k = lineEnd
        while k > keywordAt, b[k - 1] == 0x20 || b[k - 1] == 0x09 || b[k - 1] == 0x0D { k -= 1 }
        guard k > keywordAt, b[k - 1] == UInt8(ascii: ">"), k >= 2, b[k - 2] != UInt8(ascii: "/") else { return nil }
        // The tag's name: word characters (and `-`, `.`, `:`) back to `<`, the keyword inside it.
        var s = keywordAt
        while s > 0, keywordAt - s < 80, Charset.wordByte.contains(b[s - 1]) || b[s - 1] == UInt8(ascii: "-")
                || b[s - 1] == UInt8(ascii: ".") || b[s - 1] == UInt8(ascii: ":") { s -= 1 }
        guard s > 0, b[s - 1] == UInt8(ascii: "<") else { return nil }
        // Nothing between the tag's `>` and its name but attributes: no other element on the line.
        for j in keywordAt..<(k - 1) where b[j] == UInt8(ascii: "<") || b[j] == UInt8(ascii: ">") { return nil }
        var i = lineEnd + 1
        var indent = 0
        while i < b.count, b[i] == 0x20 || b[i] == 0x09, indent < 64 { i += 1; indent += 1 }
        guard i < b.count, b[i] != 0x0A, b[i] != 0x0D, b[i] != UInt8(ascii: "<") else { return nil }
        return i
    }

    /// Whether an element's text that ends at `after` is all of its line and its closing tag follows
    /// (`</`, on the same line or the next, after at most 64 bytes of spaces).
    static func closesElement(_ b: [UInt8], after: Int) -> Bool {
        var i = after
        var lines = 0
        while i < b.count, i - after < 64 {
            let c = b[i]
            if c == 0x0A { lines += 1; if lines > 1 { return false } } else if c != 0x20, c != 0x09, c != 0x0D { break }
            i += 1
        }
        return i + 1 < b.count && b[i] == UInt8(ascii: "<") && b[i + 1] == UInt8(ascii: "/")
    }

    /// Placeholder, entropy and structural checks shared by every matcher.
    func finish(_ p: Int, _ raw: RawHit, bodyOffset: Int) -> SecretHit? {
        let pattern = patterns[p]
        let u = Array(raw.secret.utf8)
        let bodyBytes = u.count > bodyOffset ? Array(u[bodyOffset...]) : []
        let body = String(decoding: bodyBytes, as: UTF8.self)
        if Placeholders.isDocumentedExample(raw.secret) { return nil }
        if bodyOffset > 0 || isShaped(pattern) {
            // A test-mode marker at the start of a keyed value (`test_` of Lob test keys) is part of the format,
            // not a placeholder word: the rest of the value is judged.
            var judged = Substring(body)
            if judged.count > 21, let m = ["test_", "test-", "TEST_", "TEST-"].first(where: { judged.hasPrefix($0) }) { judged = judged.dropFirst(m.count) }
            if Placeholders.isPlaceholder(String(judged)) { return nil }
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
    ///
    /// Candidates are split into groups of transitively overlapping ranges (one sort and one sweep);
    /// only inside a group do priorities decide, so the cost stays near linear in the number of
    /// candidates however many there are.
    static func resolveOverlaps(_ hits: [SecretHit], patterns: [SecretPattern]) -> [SecretHit] {
        if hits.count < 2 { return hits }
        let byStart = hits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var out: [SecretHit] = []
        out.reserveCapacity(byStart.count)
        var group: [SecretHit] = []
        var groupEnd = Int.min
        func flush() {
            if group.count == 1 { out.append(group[0]) } else if !group.isEmpty { out += resolveGroup(group, patterns: patterns) }
            group.removeAll(keepingCapacity: true)
        }
        for h in byStart {
            if !group.isEmpty, h.range.lowerBound >= groupEnd { flush() }
            if group.isEmpty { groupEnd = h.range.upperBound } else { groupEnd = max(groupEnd, h.range.upperBound) }
            group.append(h)
        }
        flush()
        return out
    }

    /// Priority order inside one group of overlapping candidates; kept ranges are disjoint and held
    /// sorted, so each overlap test is a binary search.
    static func resolveGroup(_ hits: [SecretHit], patterns: [SecretPattern]) -> [SecretHit] {
        let ordered = hits.sorted {
            let pa = patterns[$0.patternIndex].priority, pb = patterns[$1.patternIndex].priority
            if pa != pb { return pa > pb }
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        var kept: [SecretHit] = [] // sorted by start, pairwise disjoint
        for h in ordered {
            // First kept range that ends after h starts: the only one that can overlap it.
            var lo = 0, hi = kept.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if kept[mid].range.upperBound <= h.range.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            if lo < kept.count, kept[lo].range.overlaps(h.range) { continue }
            kept.insert(h, at: lo)
        }
        return kept
    }
}
