import BulwarkCore

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
    /// Secrets that JWT documentation publishes for its examples: the jwt.io debugger's default
    /// (`a-string-secret-at-least-256-bits-long`) and its earlier per-algorithm defaults.
    public static let publishedSecrets: [[UInt8]] = ["a-string-secret-at-least-256-bits-long", "your-256-bit-secret",
                                                     "your-384-bit-secret", "your-512-bit-secret"].map { Array($0.utf8) }

    /// Whether `token` (`header.payload.signature`) is HMAC-signed (HS256, HS384, HS512) with one of
    /// `publishedSecrets`: an example copied from documentation, whatever its claims. Headers past 2 KiB
    /// and tokens past 16 KiB are not checked (at most a few HMACs over a bounded input per token).
    public static func isSignedWithPublishedSecret(_ token: String) -> Bool {
        let u = Array(token.utf8)
        guard u.count <= 16384 else { return false }
        guard let d1 = u.firstIndex(of: UInt8(ascii: ".")), d1 <= 2048,
              let d2 = u[(d1 + 1)...].firstIndex(of: UInt8(ascii: ".")),
              !u[(d2 + 1)...].contains(UInt8(ascii: ".")), u.count - d2 > 40,
              let header = Codecs.base64Decode(token.prefix(d1), maxBytes: 1536) else { return false }
        let text = String(decoding: header, as: UTF8.self)
        let hash: HMAC.Hash
        if text.contains("\"HS256\"") { hash = .sha256 } else if text.contains("\"HS384\"") { hash = .sha384 }
        else if text.contains("\"HS512\"") { hash = .sha512 } else { return false }
        let signed = Array(u[..<d2])
        let signature = String(decoding: u[(d2 + 1)...], as: UTF8.self)
        for secret in publishedSecrets {
            let mac = HMAC.authenticate(hash, key: secret, message: signed)
            if base64URL(mac) == signature { return true }
        }
        return false
    }

    /// Base64url without padding (the JWT signature encoding).
    static func base64URL(_ bytes: [UInt8]) -> String {
        var s = Array(Codecs.base64Encode(bytes).utf8)
        while s.last == UInt8(ascii: "=") { s.removeLast() }
        for i in s.indices {
            if s[i] == UInt8(ascii: "+") { s[i] = UInt8(ascii: "-") } else if s[i] == UInt8(ascii: "/") { s[i] = UInt8(ascii: "_") }
        }
        return String(decoding: s, as: UTF8.self)
    }
}
