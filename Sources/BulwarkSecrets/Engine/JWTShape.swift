/// The three-part shape of a JSON Web Token (`header.payload.signature`, base64url parts joined by
/// dots, no fourth part), decided in constant time per keyword hit.
///
/// JWT-dense text (`eyJhbGci.eyJhbGci.…` on one line) puts a keyword hit every few bytes inside one
/// long run of base64url characters and dots. In such a run only one start can begin a token with
/// exactly three parts: the start of the third-to-last part. The run's end and its last three dots
/// are found once per run (through `ScanMemo`) and every hit is then compared with that one start,
/// instead of rereading three parts per hit; the caller's other hits before that start are skipped
/// by the engine (`ScanMemo.resumeAt`).
public enum JWTShape {
    /// Longest part, and longest header plus payload, a token may have (bytes).
    public static let maxPart = 8192
    static let runSet = Charset("A-Za-z0-9_.-")

    /// Where the run that ends at `end` has its last dots (cached per run in `memo`).
    struct RunDots { var end: Int, last: Int?, secondLast: Int?, thirdLast: Int?, scannedFrom: Int }

    /// The token that starts at the keyword hit `inp.start`, or nil when no three-part token starts there.
    public static func candidate(_ inp: MatchInput) -> Range<Int>? {
        let b = inp.bytes, s = inp.start
        if s > 0, Charset.urlSafe.contains(b[s - 1]) { return nil }
        // The run of base64url characters and dots that holds s (cached: O(1) for later hits in it).
        let end = inp.memo.runEnd(runSet, from: s, max: b.count)
        let dots = lastDots(inp.memo, end: end)
        guard let d1 = dots.last, let d2 = dots.secondLast, d2 > s else { return nil }
        if let d3 = dots.thirdLast {
            // Exactly three parts from s: s starts the part after the third-to-last dot. No other
            // hit of the caller's pattern in this run can start a token: the engine skips them.
            guard s == d3 + 1 else {
                inp.memo.resumeAt = s < d3 + 1 ? d3 + 1 : end
                return nil
            }
        } else if s < dots.scannedFrom {
            // No third dot after the scanned stretch, but s lies before it: parts too long.
            return nil
        }
        // Header and payload, then the signature (a signature past the cap is cut, as before).
        guard d1 - s < maxPart else { return nil }
        let e = min(end, d1 + 1 + maxPart, s + maxPart)
        guard e > d1 else { return nil }
        return s..<e
    }

    /// The last three dots of the run that ends at `end`, looking back at most three parts' length.
    static func lastDots(_ memo: ScanMemo, end: Int) -> RunDots {
        if let c = memo.jwtRunDots, c.end == end { return c }
        let b = memo.bytes
        var found: [Int] = []
        var k = end
        let floor = max(0, end - 3 * (maxPart + 1))
        while k > floor, found.count < 3 {
            let c = b[k - 1]
            if c == UInt8(ascii: ".") { found.append(k - 1) } else if !Charset.urlSafe.contains(c) { break }
            k -= 1
        }
        memo.countExamined(end - k)
        let r = RunDots(end: end, last: found.count > 0 ? found[0] : nil, secondLast: found.count > 1 ? found[1] : nil,
                        thirdLast: found.count > 2 ? found[2] : nil, scannedFrom: k)
        memo.jwtRunDots = r
        return r
    }
}
