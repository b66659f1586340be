import BulwarkCore
import Foundation

/// Token records whose matcher reads the token's inner structure (Slack's numeric ids and secret
/// part, Square's fixed length) so that a value with the prefix but another structure is reported
/// low for a look (`Verdict.offStructure`) instead of high or not at all.
enum StructuredTokens {
    /// Bytes that may follow a complete token: a quote, white space, a separator or a closing bracket
    /// or a backslash escape in a string (not `?`, `=`, `.`, `/`, which continue a URL, a query or a file name).
    static let tokenEnd = Charset("\"'` \t\r\n,;)]}<>\\")

    static func endsToken(_ b: [UInt8], _ e: Int) -> Bool { e >= b.count || tokenEnd.contains(b[e]) }

    static func hasDigit(_ s: Substring) -> Bool { s.utf8.contains { $0 >= 48 && $0 <= 57 } }
    static func hasLetter(_ s: Substring) -> Bool { s.utf8.contains { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) } }
    static func allDigits(_ s: Substring) -> Bool { !s.isEmpty && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }

    /// Entropy a random string of `n` characters reaches easily: short values cannot reach 3.5 bits.
    static func entropyFloor(_ n: Int, cap: Double) -> Double { min(cap, Foundation.log2(Double(max(n, 2))) - 0.6) }

    /// Whether the keyword at `s` is written exactly `word` (the keyword pass ignores case).
    static func exact(_ b: [UInt8], _ s: Int, _ word: String) -> Bool { SecretEngine.equalsAt(b, s, Array(word.utf8)) }

    // MARK: Slack legacy, workspace, refresh and org tokens

    static let slackPrefixes = ["xoxa-", "xoxr-", "xoxs-", "xoxo-"]

    static func slackSample(_ seed: UInt64) -> String {
        "xoxs-" + Make.s(seed, Charset("1-9"), 12) + "-" + Make.s(seed &+ 1, Charset("1-9"), 12) + "-"
            + Make.s(seed &+ 2, Charset("1-9"), 12) + "-" + FakeSecrets.hex(64, seed: seed)
    }

    /// `xoxs-<ids>-<secret>` (numeric workspace, user and token ids, then the secret part; `xoxa-2-`
    /// carries a version), or an older single-chunk token. The ids are identifiers, so the placeholder
    /// and entropy tests apply to the secret part; made-up ids (`511111111`) lower the finding to low.
    static func slackLegacy(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        if s > 0, Scan.isWord(b[s - 1]) { return [] }
        guard slackPrefixes.contains(where: { exact(b, s, $0) }) else { return [] }
        let from = s + 5
        let e = Scan.run(b, from: from, .base62Dash, max: 161)
        let n = e - from
        guard (8...160).contains(n), endsToken(b, e) else { return [] }
        let token = Scan.text(b, s..<e)
        var parts = token.dropFirst(5).split(separator: "-", omittingEmptySubsequences: false)
        if parts.count > 2, parts[0].count == 1, allDigits(parts[0]) { parts.removeFirst() }
        let secret = parts[parts.count - 1]
        let ids = parts.dropLast()
        if !ids.isEmpty, ids.allSatisfy(allDigits), secret.count >= 8, !secret.contains("-") {
            guard !Placeholders.isPlaceholder(String(secret)),
                  Codecs.entropy(Array(secret.utf8)) >= entropyFloor(secret.count, cap: 3.0) else { return [] }
            let madeUpIds = ids.contains { id in id.count >= 6 && Placeholders.isPlaceholder(String(id)) }
            let verdict: Verdict = madeUpIds
                ? .offStructure("the Slack token prefix and a random-looking secret part", "workspace and user ids that are not made up")
                : .plain
            return [RawHit(range: s..<e, secret: token, verdict: verdict)]
        }
        // One chunk of letters and digits (`xoxa-` + 12 or more characters): random-looking, or nothing.
        let body = token.dropFirst(5)
        guard !body.contains("-"), hasDigit(body), hasLetter(body), !Placeholders.isPlaceholder(String(body)),
              Codecs.entropy(Array(body.utf8)) >= entropyFloor(body.count, cap: 3.5) else { return [] }
        return [RawHit(range: s..<e, secret: token, verdict: .props([:], confidence: .medium))]
    }

    static let slackLegacy: SecretPattern = Make.custom(
        "secret-slack-legacy-token", "Slack", "Slack legacy or refresh token", keywords: slackPrefixes,
        regex: "(?<![A-Za-z0-9])(xox[arso]-(?:[0-9]-)?(?:[0-9]+-)*[A-Za-z0-9]{8,160})(?=[\"'` \\t\\r\\n,;)\\]}<>]|$)",
        env: "SLACK_TOKEN", unlocks: "Slack workspace (legacy workspace or refresh token)", category: "messaging",
        rotate: "https://api.slack.com/apps (revoke tokens)",
        refs: ["https://api.slack.com/authentication/token-types"],
        sample: slackSample,
        hits: [("config/slack.yml", "legacy_token: \"xoxa-2-" + Make.s(21, Charset("1-9"), 9) + "-" + Make.s(22, Charset("1-9"), 11) + "-"
                    + Make.s(23, Charset("1-9"), 13) + "-" + FakeSecrets.hex(32, seed: 24) + "\" # <-"),
               ("bot/settings.py", "SLACK_LEGACY = 'xoxa-" + Make.s(25, .lowerAlnum, 14) + "' # <-"),
               ("tests/fixtures/slack.env", "SLACK_TOKEN=xoxa-2-511111111-31111111111-3111111111111-" + FakeSecrets.hex(18, seed: 26) + " # <-")],
        misses: [("docs/images.md", "![party](https://example.org/images/2018-xoxo-indieweb-1.jpg)"),
                 ("tests/redaction.txt", "slack token - 'xoxr-" + Make.s(27, Charset("1-9"), 12) + "?" + Make.s(28, Charset("1-9"), 11) + "c'"),
                 (".env", "SLACK_TOKEN=xoxs-xxxxxxxxxxxx-xxxxxxxxxxxx")]) { inp in slackLegacy(inp) }

    /// Bot and user tokens (`xoxb-`, `xoxp-`): numeric ids of 8 or more digits, then the secret part.
    /// Short or made-up ids (`xoxp-41-7-...`) are not the structure Slack issues: low. Ids that are all typed
    /// digit runs (`xoxp-1234-1234-1234-...`, `xoxb-123456789-...`) are someone's filler: a placeholder, not reported.
    /// Digits counted up as typed (`1234`, `123456789`, `0123`, `7890`): three or more, each one more than the
    /// one before (`9` then `0` included).
    static func isTypedDigitRun(_ s: Substring) -> Bool {
        let u = Array(s.utf8)
        guard u.count >= 3, u.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        for i in 1..<u.count where (u[i - 1] - 48 + 1) % 10 != u[i] - 48 { return false }
        return true
    }

    static let slackIdsValidate: @Sendable (String) -> Verdict? = { s in
        var parts = s.dropFirst(5).split(separator: "-", omittingEmptySubsequences: false)
        // `xoxe-1-...`: a one-digit version, not an id.
        if parts.count > 3, parts[0].count == 1 { parts.removeFirst() }
        guard parts.count >= 3 else { return .plain }
        let ids = parts.dropLast().filter(allDigits)
        if !ids.isEmpty, ids.allSatisfy(isTypedDigitRun) { return nil }
        if ids.contains(where: { $0.count < 8 || Placeholders.isPlaceholder(String($0)) }) {
            return .offStructure("the Slack token prefix", "workspace and user ids of 8 digits or more")
        }
        return .plain
    }

    // MARK: Square

    static let squareWindow = 200

    /// `EAAA` + 60 characters is a Square access token (high). Shorter (22 to 59) with the word Square
    /// just before it is reported low: gitleaks-style `EAAA` + random length values, or a truncated copy.
    static func squareAccess(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        if s > 0, Charset.urlSafe.contains(b[s - 1]) { return [] }
        guard exact(b, s, "EAAA") else { return [] }
        let from = s + 4
        let e = Scan.run(b, from: from, .urlSafe, max: 61)
        let n = e - from
        guard n >= 22, n <= 60, e >= b.count || !Charset.urlSafe.contains(b[e]) else { return [] }
        let body = Scan.text(b, from..<e)
        guard !Placeholders.isPlaceholder(body), Codecs.entropy(Array(body.utf8)) >= (n == 60 ? 4.0 : 3.5) else { return [] }
        let token = Scan.text(b, s..<e)
        if n == 60 { return [RawHit(range: s..<e, secret: token)] }
        guard endsToken(b, e), inp.memo.occurs("square", in: max(0, s - squareWindow)..<s, caseInsensitive: true) else { return [] }
        return [RawHit(range: s..<e, secret: token,
                       verdict: .offStructure("the `EAAA` prefix next to the word Square", "64 characters in all"))]
    }

    static let squareAccess: SecretPattern = Make.custom(
        "secret-square-access-token", "Square", "Square access token", keywords: ["EAAA"],
        regex: "(?<![A-Za-z0-9_-])(EAAA[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])",
        env: "SQUARE_ACCESS_TOKEN", unlocks: "Square payments and customer data", category: "payments",
        rotate: "Square developer dashboard > Credentials",
        refs: ["https://developer.squareup.com/docs/build-basics/access-tokens"],
        sample: { "EAAA" + Make.s($0, .urlSafe, 60) },
        hits: [("config/payments.yml", "square_access_token: EAAA" + Make.s(31, .urlSafe, 57) + " # <-")],
        misses: [("Dockerfile", "FROM amazon/aws-cli@sha256:eaaa" + FakeSecrets.hex(60, seed: 32)),
                 ("tests/square.py", "square = 'EAAA" + Make.s(33, .urlSafe, 28) + "?b=" + Make.s(34, .urlSafe, 20) + "'"),
                 ("assets/icon.txt", "data:image/png;base64,iVBORw0KGgo/EAAA" + Make.s(35, .base62, 40) + "+AAAA")]) { inp in squareAccess(inp) }

    /// `sq0csp-` + 43 URL-safe characters; the same length with a backslash inside (gitleaks' generated
    /// values) is no secret Square issues, reported low.
    static func squareSecret(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        if s > 0, Scan.isWord(b[s - 1]) { return [] }
        guard exact(b, s, "sq0csp-") else { return [] }
        let from = s + 7
        var e = Scan.run(b, from: from, .urlSafe, max: 44)
        var verdict = Verdict.plain
        if e - from < 43, e < b.count, b[e] == UInt8(ascii: "\\") {
            let e2 = Scan.run(b, from: e + 1, .urlSafe, max: 44)
            guard e2 - from == 43, endsToken(b, e2) else { return [] }
            e = e2
            verdict = .offStructure("the `sq0csp-` prefix and length", "43 URL-safe characters, no backslash")
        }
        guard e - from == 43, e >= b.count || !Scan.isWord(b[e]) else { return [] }
        let body = Scan.text(b, from..<e)
        guard !Placeholders.isPlaceholder(body), Codecs.entropy(Array(body.utf8)) >= 4.0 else { return [] }
        return [RawHit(range: s..<e, secret: Scan.text(b, s..<e), verdict: verdict)]
    }

    static let squareSecret: SecretPattern = Make.custom(
        "secret-square-oauth-secret", "Square", "Square OAuth secret", keywords: ["sq0csp-"],
        regex: "(?<![A-Za-z0-9])(sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9])",
        env: "SQUARE_OAUTH_SECRET", unlocks: "Square OAuth for the application", category: "payments",
        rotate: "Square developer dashboard > OAuth",
        sample: { "sq0csp-" + Make.s($0, .urlSafe, 43) },
        hits: [("config/square.ini", "oauth_secret = sq0csp-" + Make.s(36, .urlSafe, 30) + "\\" + Make.s(37, .urlSafe, 12) + " # <-")],
        misses: [(".env", "SQUARE_OAUTH_SECRET=sq0csp-" + Make.s(38, .urlSafe, 30)),
                 ("app/config.js", "const secret = \"sq0csp-" + Make.s(39, .urlSafe, 20) + "\\" + Make.s(40, .urlSafe, 30) + "\";")]) { inp in squareSecret(inp) }

    // MARK: Fly.io

    static let flyPrefixes = ["fo1_", "fm1r_", "fm1a_", "fm2_"]
    static let flyBody = Charset("A-Za-z0-9+/=_,-")

    /// Fly.io macaroon tokens (`fm2_` + base64 of a MessagePack macaroon, which starts `lJPE`). Binary
    /// macaroons hold runs of zero bytes (`AAAAAAAA` in base64), so the placeholder test, which takes a run
    /// of one letter for filler, is applied only to bodies without the macaroon header.
    static func flyio(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        if s > 0, Scan.isWord(b[s - 1]) { return [] }
        guard let prefix = flyPrefixes.first(where: { exact(b, s, $0) }) else { return [] }
        let from = s + prefix.utf8.count
        let e = Scan.run(b, from: from, flyBody, max: 1001)
        guard (40...1000).contains(e - from), e >= b.count || !Scan.isWord(b[e]) else { return [] }
        let body = Scan.text(b, from..<e)
        guard Codecs.entropy(Array(body.utf8)) >= 4.0 else { return [] }
        if !body.hasPrefix("lJPE"), Placeholders.isPlaceholder(body) { return [] }
        return [RawHit(range: s..<e, secret: Scan.text(b, s..<e))]
    }

    static let flyio: SecretPattern = Make.custom(
        "secret-flyio-token", "Fly.io", "Fly.io access token", keywords: flyPrefixes,
        regex: "(?<![A-Za-z0-9])((?:fo1_|fm1r_|fm1a_|fm2_)[A-Za-z0-9+/=_,-]{40,1000})(?![A-Za-z0-9])",
        env: "FLY_API_TOKEN", unlocks: "Fly.io apps, machines and secrets of the organization", category: "deploy",
        rotate: "https://fly.io/user/personal_access_tokens",
        sample: { "fm2_lJPE" + Make.s($0, Charset("A-Za-z0-9+/"), 116) },
        // Macaroon tokens are also written without `FlyV1 ` (`fly tokens create` output pasted alone, older `fm1r_`/`fm1a_`).
        hits: [("fly.env", "FLY_API_TOKEN=fm2_" + Make.s(21, Charset("A-Za-z0-9+/"), 120) + " # <-"),
               ("ci.yml", "  FLY_TOKEN: \"fm1r_" + Make.s(22, Charset("A-Za-z0-9+/"), 110) + "\" # <-"),
               ("Dockerfile", "ENV FLY_API_TOKEN=\"FlyV1 fm2_lJPECAAAAAAAA" + Make.s(23, Charset("A-Za-z0-9+/"), 150) + "\" # <-")],
        misses: [(".env", "FLY_API_TOKEN=fm2_" + String(repeating: "A", count: 60)),
                 ("fly.env", "FLY_API_TOKEN=fm2_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]) { inp in flyio(inp) }

    /// Tokens whose body is lowercase hexadecimal (`pul-`, `sbp_`, `rubygems_`): the same length in other
    /// lowercase letters and digits is reported low.
    static func hexBody(_ s: String, prefix: String) -> Verdict? {
        s.utf8.dropFirst(prefix.utf8.count).allSatisfy { Charset.hexLower.contains($0) } ? .plain
            : .offStructure("the `\(prefix)` prefix and length", "hexadecimal characters only")
    }

    // MARK: Azure storage account keys

    static let azureKeyKeywords = ["accountkey", "account_key", "account-key", "storagekey", "storage_key", "storage-key"]
    static let azureKeyBody = Charset("A-Za-z0-9+/")
    /// How far after its key name the value may sit (the next line or two: `key =\n  "..."`).
    static let azureKeyWindow = 320
    static let azureContext = ["accountname", "account_name", "storagename", "storage_name", "blob.core.windows.net", "azure"]

    /// A storage account key: 64 random bytes in base64 (86 characters and `==`), after `AccountKey` in a
    /// connection string, or after `account_key` / `storagekey` on the same line or up to three lines below
    /// (`export const key =\n  process.env.ACCOUNT_KEY ||\n  "..."`, `-storagekey <key>`).
    static func azureStorageKey(_ inp: MatchInput) -> [RawHit] {
        // Composite names count (`AzuriteAccountKey`, `spark...storageaccountkey`): the value's shape is the evidence.
        let b = inp.bytes, s = inp.start
        var i = s + inp.keywordLength
        let end = min(b.count, i + azureKeyWindow)
        var lines = 0
        defer { inp.memo.resumeAt = i }
        while i < end {
            let c = b[i]
            if c == 0x0A { lines += 1; if lines > 3 { return [] } }
            guard azureKeyBody.contains(c), !azureKeyBody.contains(b[i - 1]) else { i += 1; continue }
            var e = Scan.run(b, from: i, azureKeyBody, max: 89)
            let n = e - i
            var pad = 0
            while pad < 2, e < b.count, b[e] == UInt8(ascii: "=") { e += 1; pad += 1 }
            guard n == 86, pad == 2 || pad == 0, e >= b.count || !Scan.isWord(b[e]) else { i = e; continue }
            let value = Scan.text(b, i..<e)
            let body = Array(value.utf8.prefix(86))
            guard Codecs.entropy(body) >= 4.5, !Placeholders.isPlaceholder(String(value.prefix(86))),
                  Codecs.base64Decode(Substring(value))?.count == 64 else { i = e; continue }
            let lo = max(0, s - azureKeyWindow), hi = min(b.count, e + azureKeyWindow)
            let connectionString = exact(b, s, "AccountKey") || exact(b, s, "accountkey")
            let azure = connectionString || azureContext.contains { inp.memo.occurs($0, in: lo..<hi, caseInsensitive: true) }
            let start = i
            i = e
            return [RawHit(range: start..<e, secret: value,
                           verdict: azure ? .plain : .props([:], detail: "(no Azure account name nearby: check which service it belongs to)", confidence: .medium))]
        }
        return []
    }

    static let azureStorageKey: SecretPattern = Make.custom(
        "secret-azure-storage-account-key", "Microsoft Azure", "Azure storage account key", keywords: azureKeyKeywords,
        regex: "(?i:accountkey|account[_-]key|storage[_-]?key)[^\\n]{0,100}(?:\\n[^\\n]{0,100}){0,3}?(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{86}(?:==)?)(?![A-Za-z0-9+/=])",
        env: "AccountKey", unlocks: "every blob, queue, table and file share of the storage account",
        category: "cloud", rotate: "Azure portal > storage account > Access keys > Rotate", severity: .critical, confidence: .high,
        sample: { Make.s($0, Charset("A-Za-z0-9+/"), 86) + "==" },
        hits: [("appsettings.json", "\"Storage\": \"DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey={S};EndpointSuffix=core.windows.net\" // <-"),
               ("src/storage.ts", "export const name = process.env.ACCOUNT_NAME || \"contosodata\";\nexport const key =\n  process.env.ACCOUNT_KEY ||\n  \"" + Make.s(47, Charset("A-Za-z0-9+/"), 86) + "==\"; // <-"),
               ("scripts/cleanup.cmd", "Cleanup.exe -storagename contosodata\n    -storagekey " + Make.s(48, Charset("A-Za-z0-9+/"), 86) + "== # <-")],
        misses: [(".env", "AccountKey=${AZURE_STORAGE_KEY}"),
                 ("src/storage.ts", "const accountKey = process.env.ACCOUNT_KEY;\n\n\n\n\nconst other = \"" + Make.s(49, Charset("A-Za-z0-9+/"), 86) + "==\";"),
                 ("tests/azurite.env", "AccountKey=" + "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/" + "K1SZFPTOtr/KBHBeksoGMGw==")]) { inp in azureStorageKey(inp) }
}
