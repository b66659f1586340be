import BulwarkCore

/// Credential formats whose structure can be checked without a keyword on the line (issue 16, session 9):
/// a Discord bot token's first part decodes to the bot's id, a Tableau personal access token secret is the
/// base64 of 16 bytes, `:` and 32 characters, a Sidekiq license is two 8-hex halves in a gem-server URL. And
/// public identifiers the generic rule would otherwise take for secrets (Salesforce consumer keys, New Relic
/// mobile app tokens): named here, info and opt-in, so that no rule reports them as committed secrets.
enum FormatCatalog {
    static let all: [SecretPattern] = [discordBotToken, tableauPATSecret, scrapingBeeKey, sidekiqURL, photoroomKey,
                                       newRelicLicenseKey, cloudinaryURL, salesforceConsumerKey, newRelicMobileAppToken]

    static let urlSafe = Charset.urlSafe
    static let alnum = Charset("A-Za-z0-9")
    static let base64 = Charset("A-Za-z0-9+/")
    static let upperAlnum = Charset("A-Z0-9")
    static let hexLower = Charset("a-f0-9")

    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    // MARK: Discord bot tokens

    /// Where a bot token can start: the base64 of the first three digits of the bot's id (a snowflake of 17 to
    /// 20 digits, never starting with 0), `MTAw` to `OTk5`, the exact starts an encoded id can have. Keywords
    /// match case-insensitively, and a few of these are common 4-grams of text and of base64 data: `ndex`
    /// (index) alone made 83% of their hits. Those (each at least 7 per MB on 200 MB of the real-repository
    /// cache and 60 MB of the generated source tree) take their fifth character too (`M`, `N` or `O`, the start
    /// of the next digit). Five characters for all 900 would build 2,700 more automaton states: +16 ms start-up
    /// and +6 MB per scan (release build) for no fewer hits than this.
    static let frequentIdStarts: Set<String> = ["ndex", "ntex", "ntaw", "mjaw", "mjuw", "mzaw", "mziw", "odex", "ndaw", "ode0", "mzmw", "ntiz"]

    static let discordIdPrefixes: [String] = (100...999).flatMap { n -> [String] in
        let p = Codecs.base64Encode(Array(String(n).utf8))
        return frequentIdStarts.contains(p.lowercased()) ? ["M", "N", "O"].map { p + $0 } : [p]
    }

    /// The bot id inside a Discord bot token's first part, or nil: the part must be base64url that decodes to
    /// 17 to 20 ASCII digits not starting with `0` (a Discord snowflake).
    static func discordBotID(_ part: Substring) -> String? {
        let n = part.utf8.count
        guard (23...28).contains(n), n % 4 != 1, let raw = Codecs.base64Decode(part, maxBytes: 24),
              (17...20).contains(raw.count), raw.allSatisfy(isDigit), raw[0] != UInt8(ascii: "0") else { return nil }
        return String(decoding: raw, as: UTF8.self)
    }

    static func discordBotToken(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        if s > 0, urlSafe.contains(b[s - 1]) || b[s - 1] == UInt8(ascii: ".") { return [] }
        let e1 = Scan.run(b, from: s, urlSafe, max: 29)
        guard (23...28).contains(e1 - s), e1 < b.count, b[e1] == UInt8(ascii: ".") else { return [] }
        let e2 = Scan.run(b, from: e1 + 1, urlSafe, max: 7)
        guard e2 - e1 - 1 == 6, e2 < b.count, b[e2] == UInt8(ascii: ".") else { return [] }
        let e3 = Scan.run(b, from: e2 + 1, urlSafe, max: 39)
        guard (27...38).contains(e3 - e2 - 1), e3 >= b.count || !(urlSafe.contains(b[e3]) || b[e3] == UInt8(ascii: ".")) else { return [] }
        guard let id = discordBotID(Substring(Scan.text(b, s..<e1))) else { return [] }
        let hmac = Array(b[(e2 + 1)..<e3])
        guard Codecs.entropy(hmac) >= 3.5, !Placeholders.isPlaceholder(String(decoding: hmac, as: UTF8.self)) else { return [] }
        return [RawHit(range: s..<e3, secret: Scan.text(b, s..<e3), verdict: .props(["discord.bot_id": id]))]
    }

    static func discordSample(_ seed: UInt64) -> String {
        let id = "1" + Make.s(seed, Charset("0-9"), 18)
        var first = Codecs.base64Encode(Array(id.utf8))
        while first.hasSuffix("=") { first.removeLast() }
        return first + "." + Make.s(seed &+ 1, .urlSafe, 6) + "." + Make.s(seed &+ 2, .urlSafe, 38)
    }

    /// Discord bot tokens without a keyword: `<base64url of the bot id>.<6>.<27 to 38>`. The decoded id is
    /// what makes a value of three dotted base64url parts a bot token rather than any dotted string.
    static let discordBotToken: SecretPattern = Make.custom(
        "secret-discord-bot-token-decoded", "Discord", "Discord bot token (id decoded)", keywords: discordIdPrefixes,
        regex: "(?<![A-Za-z0-9_.-])([MNO][A-Za-z0-9_-]{22,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])",
        env: "DISCORD_BOT_TOKEN", unlocks: "the Discord bot: every server it joined, its channels and messages", category: "messaging",
        rotate: "Discord developer portal > the application > Bot > Reset token",
        refs: ["https://discord.com/developers/docs/reference#authentication"],
        sample: discordSample,
        hits: [("bot/run.py", "client.run(\"" + discordSample(81) + "\") # <-"),
               ("config.json", "{\"bot\": \"" + discordSample(82) + "\"} // <-")],
        misses: [("notes.txt", "MZ1y" + Make.s(83, .urlSafe, 20) + "." + Make.s(84, .urlSafe, 6) + "." + Make.s(85, .urlSafe, 27)),
                 ("notes.txt", String(discordSample(86).split(separator: ".")[0]) + "." + Make.s(87, .urlSafe, 5) + "." + Make.s(88, .urlSafe, 27)),
                 ("bot/run.py", "client.run(\"" + String(discordSample(89).split(separator: ".")[0]) + ".xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxx\")")],
        priority: 85) { inp in discordBotToken(inp) }

    // MARK: Tableau

    /// How far from a Tableau PAT secret the word Tableau (or a `tableau.com` host) is looked for, each way.
    static let tableauWindow = 300

    static func tableauPATSecret(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        let ts = Scan.runBack(b, from: s, base64, max: 23)
        // The run of base64 ends there (`=` before it is an assignment, not padding inside a longer value).
        guard s - ts == 22, ts == 0 || !(base64.contains(b[ts - 1]) || b[ts - 1] == UInt8(ascii: "_") || b[ts - 1] == UInt8(ascii: "-")) else { return [] }
        let from = s + 3
        let e = Scan.run(b, from: from, alnum, max: 33)
        guard e - from == 32, e >= b.count || !(Charset.base64Any.contains(b[e])) else { return [] }
        let id = Scan.text(b, ts..<(s + 2)), secret = Array(b[from..<e])
        guard Codecs.base64Decode(Substring(id), maxBytes: 17)?.count == 16, Codecs.entropy(secret) >= 3.5,
              !Placeholders.isPlaceholder(String(decoding: secret, as: UTF8.self)) else { return [] }
        guard inp.memo.occurs("tableau", in: max(0, ts - tableauWindow)..<min(b.count, e + tableauWindow), caseInsensitive: true) else { return [] }
        return [RawHit(range: ts..<e, secret: Scan.text(b, ts..<e))]
    }

    static func tableauSample(_ seed: UInt64) -> String {
        String(Codecs.base64Encode(Array(Make.s(seed, .base62, 16).utf8)).prefix(22)) + "==:" + Make.s(seed &+ 1, .base62, 32)
    }

    /// Tableau personal access token secrets: the base64 of 16 bytes (22 characters and `==`), `:`, 32 letters
    /// and digits, with the word Tableau or a `tableau.com` host within 300 bytes.
    static let tableauPATSecret: SecretPattern = Make.custom(
        "secret-tableau-pat-secret", "Tableau", "Tableau personal access token secret", keywords: ["==:"],
        regex: "(?<![A-Za-z0-9+/=_-])([A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32})(?![A-Za-z0-9+/=_-])",
        env: "TABLEAU_PAT_SECRET", unlocks: "Tableau Server or Tableau Cloud as the token's user: workbooks, data sources (with their embedded credentials) and site settings",
        category: "data", rotate: "Tableau > My Account Settings > Personal Access Tokens (revoke), or the site admin's Users page",
        refs: ["https://help.tableau.com/current/server/en-us/security_personal_access_tokens.htm"],
        sample: tableauSample,
        hits: [("tableau.env", "TABLEAU_SERVER=https://prod-useast-a.online.tableau.com\nTABLEAU_PAT_NAME=ci-publisher\nTABLEAU_PAT_SECRET=" + tableauSample(91) + " # <-"),
               ("publish.py", "server = TSC.Server('https://tableau.example.org')\nauth = TSC.PersonalAccessTokenAuth('ci', '" + tableauSample(92) + "') # <-")],
        misses: [("keys.txt", "value=" + tableauSample(93)),
                 ("tableau.env", "TABLEAU_PAT_SECRET=" + String(tableauSample(94).prefix(25)) + String(repeating: "x", count: 32))],
        priority: 85) { inp in tableauPATSecret(inp) }

    // MARK: ScrapingBee

    /// Where a ScrapingBee key is looked for around the vendor's name: 200 bytes before it, 800 after (a few
    /// lines of a notebook or an environment file). A later mention within 400 bytes is not searched again.
    static let scrapingBeeBefore = 200, scrapingBeeAfter = 800, scrapingBeeStep = 400

    static func scrapingBeeKey(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        let lo = max(0, s - scrapingBeeBefore), hi = min(b.count, s + scrapingBeeAfter)
        inp.memo.resumeAt = s + scrapingBeeStep
        var i = lo
        while i < hi {
            guard upperAlnum.contains(b[i]), i == 0 || !Charset.wordByte.contains(b[i - 1]) else { i += 1; continue }
            let e = Scan.run(b, from: i, upperAlnum, max: 81)
            if e - i == 80, e >= b.count || !Charset.wordByte.contains(b[e]) {
                let key = Array(b[i..<e])
                if key.contains(where: isDigit), key.contains(where: { $0 >= 65 }), Codecs.entropy(key) >= 4.0,
                   !Placeholders.isPlaceholder(String(decoding: key, as: UTF8.self)) {
                    return [RawHit(range: i..<e, secret: String(decoding: key, as: UTF8.self))]
                }
            }
            i = max(e, i + 1)
        }
        return []
    }

    /// ScrapingBee API keys: 80 upper-case letters and digits, near the vendor's name or its API host.
    static let scrapingBeeKey: SecretPattern = Make.custom(
        "secret-scrapingbee-api-key", "ScrapingBee", "ScrapingBee API key", keywords: ["scrapingbee", "scraping_bee", "scraping-bee", "scraping bee"],
        regex: "(?i:scraping[ _-]?bee)[\\s\\S]{0,800}?(?<![A-Za-z0-9])([A-Z0-9]{80})(?![A-Za-z0-9])",
        env: "SCRAPINGBEE_API_KEY", unlocks: "the ScrapingBee account's scraping credits (requests billed to it)",
        category: "data", rotate: "https://app.scrapingbee.com/account/manage/api_key (renew the key)",
        severity: .medium, confidence: .medium,
        sample: { Make.s($0, .upperAlnum, 80) },
        hits: [("scrape.py", "from scrapingbee import ScrapingBeeClient\n\nclient = ScrapingBeeClient(api_key='" + Make.s(95, .upperAlnum, 80) + "') # <-"),
               (".env", "# https://app.scrapingbee.com/api/v1/\nSB_KEY=" + Make.s(96, .upperAlnum, 80) + " # <-")],
        misses: [("scrape.py", "client = ScrapingBeeClient(api_key=os.environ['SCRAPINGBEE_API_KEY'])"),
                 ("data.txt", "scrapingbee\n" + Make.s(97, .upperAlnum, 81)),
                 ("scrape.py", "scraping_bee = '" + String(repeating: "X", count: 80) + "'")],
        priority: 85) { inp in scrapingBeeKey(inp) }

    // MARK: Sidekiq

    /// `cafebabe:deadbeef` written with digits for letters (`cafeb4b3:d3adb33f`) is the same filler.
    static func isLeetPlaceholder(_ s: String) -> Bool {
        let map: [Character: Character] = ["4": "a", "3": "e", "0": "o", "1": "i", "5": "s", "7": "t", "8": "b"]
        return Placeholders.isPlaceholder(String(s.map { map[$0] ?? $0 })) || Placeholders.isPlaceholder(s)
    }

    /// Sidekiq Pro/Enterprise license credentials (`<8 hex>:<8 hex>`) in a gem-server URL.
    static func sidekiqURL(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, at = inp.start
        let ps = Scan.runBack(b, from: at, hexLower, max: 9)
        guard at - ps == 8, ps > 0, b[ps - 1] == UInt8(ascii: ":") else { return [] }
        let us = Scan.runBack(b, from: ps - 1, hexLower, max: 9)
        guard ps - 1 - us == 8, us >= 3, b[us - 1] == UInt8(ascii: "/"), b[us - 2] == UInt8(ascii: "/"), b[us - 3] == UInt8(ascii: ":") else { return [] }
        let v = Scan.text(b, us..<at)
        guard !isLeetPlaceholder(v), Codecs.entropy(Array(v.utf8)) >= 2.5 else { return [] }
        return [RawHit(range: us..<at, secret: v)]
    }

    static let sidekiqURL: SecretPattern = Make.custom(
        "secret-sidekiq-gem-server-url", "Sidekiq", "Sidekiq Pro/Enterprise license in a gem-server URL",
        keywords: ["@gems.contribsys.com", "@enterprise.contribsys.com"],
        regex: "[a-z][a-z0-9+.-]*://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com",
        env: "SIDEKIQ_SOURCE_URL", unlocks: "downloading the licensed Sidekiq Pro/Enterprise gems (license abuse)", category: "registry",
        rotate: "contact Contributed Systems to rotate the license credentials", severity: .medium,
        sample: { "https://" + FakeSecrets.hex(8, seed: $0) + ":" + FakeSecrets.hex(8, seed: $0 &+ 1) + "@gems.contribsys.com/" },
        hits: [("Gemfile", "source \"https://" + FakeSecrets.hex(8, seed: 101) + ":" + FakeSecrets.hex(8, seed: 102) + "@gems.contribsys.com/\" do # <-"),
               ("ci.sh", "bundle config enterprise.contribsys.com http://" + FakeSecrets.hex(8, seed: 103) + ":" + FakeSecrets.hex(8, seed: 104) + "@enterprise.contribsys.com:80 # <-")],
        misses: [("Gemfile", "source \"https://cafebabe:deadbeef@gems.contribsys.com/\""),
                 ("docs/setup.md", "https://cafeb4b3:d3adb33f@enterprise.contribsys.com/"),
                 ("Gemfile", "source \"https://gems.contribsys.com/\"")]) { inp in sidekiqURL(inp) }

    // MARK: Photoroom

    static let keyName = Charset("a-z0-9")

    /// Photoroom API keys: `sk_pr_`, the key's name (lower-case letters and digits), `_`, 40 hexadecimal
    /// characters; sandbox keys start `sandbox_sk_pr_`. A name with `_` in it (`my_key`) leaves no such split.
    static func photoroomKey(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        var ts = s
        if s >= 8, Scan.text(b, (s - 8)..<s) == "sandbox_" { ts = s - 8 }
        if ts > 0, Charset.wordByte.contains(b[ts - 1]) || b[ts - 1] == UInt8(ascii: "_") || b[ts - 1] == UInt8(ascii: "-") { return [] }
        let ns = s + 6
        let ne = Scan.run(b, from: ns, keyName, max: 41)
        guard ne > ns, ne - ns <= 40, ne < b.count, b[ne] == UInt8(ascii: "_") else { return [] }
        let e = Scan.run(b, from: ne + 1, hexLower, max: 41)
        guard e - ne - 1 == 40, e >= b.count || !(Charset.urlSafe.contains(b[e])) else { return [] }
        let hex = Array(b[(ne + 1)..<e])
        guard Codecs.entropy(hex) >= 3.0, !Placeholders.isPlaceholder(String(decoding: hex, as: UTF8.self)) else { return [] }
        let detail = ts < s ? "(sandbox key)" : nil
        return [RawHit(range: ts..<e, secret: Scan.text(b, ts..<e),
                       verdict: .props(["photoroom.key_name": Scan.text(b, ns..<ne)], detail: detail, severity: ts < s ? .low : nil))]
    }

    static let photoroomKey: SecretPattern = Make.custom(
        "secret-photoroom-api-key", "Photoroom", "Photoroom API key", keywords: ["sk_pr_"],
        regex: "(?<![A-Za-z0-9_-])((?:sandbox_)?sk_pr_[a-z0-9]{1,40}_[a-f0-9]{40})(?![A-Za-z0-9_-])",
        env: "PHOTOROOM_API_KEY", unlocks: "the Photoroom account's image-editing API quota (calls billed to it)",
        category: "ai", rotate: "https://app.photoroom.com/api-dashboard (delete the key, create a new one)", severity: .medium,
        sample: { "sk_pr_default_" + FakeSecrets.hex(40, seed: $0) },
        hits: [("edit.py", "headers = {\"x-api-key\": \"sk_pr_" + Make.s(106, .lowerAlnum, 7) + "_" + FakeSecrets.hex(40, seed: 107) + "\"} # <-")],
        misses: [("edit.py", "KEY = \"sk_pr_my_key_" + FakeSecrets.hex(40, seed: 108) + "\""),
                 ("edit.py", "KEY = \"sk_pr_default_" + FakeSecrets.hex(39, seed: 109) + "\""),
                 ("edit.py", "KEY = \"test_sk_pr_default_" + FakeSecrets.hex(40, seed: 110) + "\"")]) { inp in photoroomKey(inp) }

    // MARK: New Relic license keys

    /// New Relic license (ingest) keys of the current format: 40 characters ending `FFFFNRAL`, the 32 before it an
    /// account region prefix of 6 (`eu01xx`, or hex) and 26 hexadecimal characters.
    static func newRelicLicenseKey(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        guard s >= 36, exactAt(b, s - 4, "FFFFNRAL") else { return [] }
        let e = s + 4
        guard e >= b.count || !Charset.wordByte.contains(b[e]) else { return [] }
        let ts = s - 36
        guard ts == 0 || !Charset.wordByte.contains(b[ts - 1]) else { return [] }
        guard (ts..<(ts + 6)).allSatisfy({ Charset.lowerAlnum.contains(b[$0]) }), ((ts + 6)..<(s - 4)).allSatisfy({ hexLower.contains(b[$0]) }) else { return [] }
        let body = Array(b[ts..<(s - 4)])
        guard Codecs.entropy(body) >= 3.0, !Placeholders.isPlaceholder(String(decoding: body, as: UTF8.self)) else { return [] }
        return [RawHit(range: ts..<e, secret: Scan.text(b, ts..<e))]
    }

    static func exactAt(_ b: [UInt8], _ i: Int, _ w: String) -> Bool { i >= 0 && SecretEngine.equalsAt(b, i, Array(w.utf8)) }

    static let newRelicLicenseKey: SecretPattern = Make.custom(
        "secret-newrelic-license-key", "New Relic", "New Relic license (ingest) key", keywords: ["NRAL"],
        regex: "(?<![A-Za-z0-9])([a-z0-9]{6}[a-f0-9]{26}FFFFNRAL)(?![A-Za-z0-9])",
        env: "NEW_RELIC_LICENSE_KEY", unlocks: "sending (forged) APM, log and metric data into the New Relic account, and identifying the account",
        category: "observability", rotate: "New Relic > API keys (create a new ingest license key, delete the old one)", severity: .medium,
        refs: ["https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key"],
        sample: { FakeSecrets.hex(32, seed: $0) + "FFFFNRAL" },
        hits: [("newrelic.yml", "common: &default_settings\n  license_key: 'eu01xx" + FakeSecrets.hex(26, seed: 111) + "FFFFNRAL' # <-")],
        misses: [("newrelic.yml", "license_key: '" + FakeSecrets.hex(30, seed: 112) + "FFFFNRAL'"),
                 ("newrelic.yml", "license_key: '" + FakeSecrets.hex(32, seed: 113).uppercased() + "FFFFNRAL'"),
                 ("newrelic.yml", "license_key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxFFFFNRAL'")]) { inp in newRelicLicenseKey(inp) }

    // MARK: Cloudinary

    static let cloudName = Charset("A-Za-z0-9_-")

    /// `cloudinary://<api key>:<api secret>@<cloud name>`: the account's API key (digits), secret (27 base64url
    /// characters) and cloud name, the form of `CLOUDINARY_URL`.
    static func cloudinaryURL(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        if s > 0, Charset.wordByte.contains(b[s - 1]) { return [] }
        let ks = s + inp.keywordLength
        let ke = Scan.run(b, from: ks, Sets.digits, max: 20)
        guard (12...19).contains(ke - ks), ke < b.count, b[ke] == UInt8(ascii: ":") else { return [] }
        let e = Scan.run(b, from: ke + 1, urlSafe, max: 40)
        guard e - ke - 1 == 27, e < b.count, b[e] == UInt8(ascii: "@") else { return [] }
        let ce = Scan.run(b, from: e + 1, cloudName, max: 64)
        guard ce > e + 1 else { return [] }
        let secret = Array(b[(ke + 1)..<e])
        guard Codecs.entropy(secret) >= 3.5, !Placeholders.isPlaceholder(String(decoding: secret, as: UTF8.self)) else { return [] }
        return [RawHit(range: (ke + 1)..<e, secret: String(decoding: secret, as: UTF8.self),
                       verdict: .props(["cloudinary.cloud": Scan.text(b, (e + 1)..<ce), "cloudinary.api_key": Scan.text(b, ks..<ke)]))]
    }

    static let cloudinaryURL: SecretPattern = Make.custom(
        "secret-cloudinary-url", "Cloudinary", "Cloudinary API secret in a CLOUDINARY_URL", keywords: ["cloudinary://"],
        regex: "cloudinary://[0-9]{12,19}:([A-Za-z0-9_-]{27})@[A-Za-z0-9_-]+",
        env: "CLOUDINARY_URL", unlocks: "the Cloudinary product environment: upload, overwrite and delete every image and video, read its settings",
        category: "storage", rotate: "Cloudinary console > Settings > API Keys (generate a new pair, then deactivate the old one)",
        refs: ["https://cloudinary.com/documentation/how_to_integrate_cloudinary#account_details"],
        sample: { "cloudinary://" + Make.s($0, Charset("0-9"), 15) + ":" + Make.s($0 &+ 1, .urlSafe, 27) + "@" + Make.s($0 &+ 2, .lowerAlnum, 9) },
        hits: [("settings.py", "os.environ.setdefault('CLOUDINARY_URL', 'cloudinary://" + Make.s(114, Charset("0-9"), 15) + ":" + Make.s(115, .urlSafe, 27) + "@media-prod') # <-")],
        misses: [(".env", "CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>"),
                 (".env", "CLOUDINARY_URL=cloudinary://" + Make.s(116, Charset("0-9"), 15) + ":" + String(repeating: "x", count: 27) + "@demo"),
                 (".env", "CLOUDINARY_URL=cloudinary://" + Make.s(117, Charset("0-9"), 15) + ":" + Make.s(118, .urlSafe, 26) + "@demo")]) { inp in cloudinaryURL(inp) }

    // MARK: Public identifiers

    /// Salesforce connected-app consumer keys (`3MVG9` then about 80 characters) are OAuth client ids: they
    /// appear in every authorization URL the app sends users to. The consumer secret is what to protect.
    static func isSalesforceConsumerKey(_ s: some StringProtocol) -> Bool {
        let u = Array(s.utf8)
        guard u.count >= 75, u.count <= 256, s.hasPrefix("3MVG9") else { return false }
        return u.dropFirst(5).allSatisfy { Charset.base62.contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") }
    }

    static let salesforceConsumerKey = Make.token(
        "secret-salesforce-consumer-key", "Salesforce", "Salesforce connected app consumer key", ["3MVG9"], Charset("A-Za-z0-9._"), 70...251,
        env: "SALESFORCE_CLIENT_ID", unlocks: "nothing by itself: it names the connected app in OAuth flows (the consumer secret is the credential)",
        category: "productivity", rotate: "nothing to rotate; keep the consumer secret out of the repository", publishable: true,
        refs: ["https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm"],
        sample: { "3MVG9" + Make.s($0, .base62, 40) + "." + Make.s($0 &+ 1, .base62, 39) },
        misses: [("sf.env", "SALESFORCE_CLIENT_ID=3MVG9" + Make.s(105, .base62, 20))])

    /// New Relic mobile application tokens (`AA` + 40 hexadecimal characters + `-NRMA`, or a region prefix such
    /// as `eu01xx`) are compiled into every shipped iOS and Android app by design.
    static func newRelicMobileAppToken(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        let e = s + 5
        guard e >= b.count || !Charset.wordByte.contains(b[e]) else { return [] }
        let ts = Scan.runBack(b, from: s, alnum, max: 47)
        guard (40...46).contains(s - ts), ts == 0 || !(Charset.wordByte.contains(b[ts - 1]) || b[ts - 1] == UInt8(ascii: "-")) else { return [] }
        return [RawHit(range: ts..<e, secret: Scan.text(b, ts..<e))]
    }

    static let newRelicMobileAppToken: SecretPattern = Make.custom(
        "secret-newrelic-mobile-app-token", "New Relic", "New Relic mobile application token", keywords: ["-NRMA"],
        regex: "(?<![A-Za-z0-9_-])([A-Za-z0-9]{40,46}-NRMA)(?![A-Za-z0-9_])",
        env: "NEW_RELIC_APP_TOKEN", unlocks: "sending mobile-agent telemetry for the app (the token ships inside the app by design)",
        category: "observability", rotate: "nothing to rotate; it is public once the app is published", publishable: true,
        refs: ["https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#mobile-app-token"],
        sample: { "AA" + FakeSecrets.hex(40, seed: $0) + "-NRMA" },
        misses: [("Info.plist", "<string>NRMA</string>")]) { inp in newRelicMobileAppToken(inp) }

    // MARK: For the generic rule

    /// Whether `u` is a UUID whose version carries nothing secret: 1, 2 and 6 (timestamp, clock sequence and MAC
    /// address) or 3 and 5 (the hash of a name), with the RFC 4122 variant. No service issues such a value as a
    /// bearer secret; random UUIDs are version 4 (and 7 holds 74 random bits). For the generic rule's value test.
    static func isNonRandomUUID(_ u: [UInt8]) -> Bool {
        guard u.count == 36, u[8] == 45, u[13] == 45, u[18] == 45, u[23] == 45 else { return false }
        for (i, c) in u.enumerated() where i != 8 && i != 13 && i != 18 && i != 23 {
            guard Charset.hex.contains(c) else { return false }
        }
        let version = u[14], variant = u[19] | 0x20
        let rfc = variant == UInt8(ascii: "8") || variant == UInt8(ascii: "9") || variant == UInt8(ascii: "a") || variant == UInt8(ascii: "b")
        return rfc && [UInt8(ascii: "1"), UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "5"), UInt8(ascii: "6")].contains(version)
    }
}
