import BulwarkCore

/// Vendor keys of the peers' long tail (issue 16, session 11) that carry no prefix of their own: found by the
/// vendor's name as a word on the same line (`Make.wordKeyed`: never inside another identifier), followed by a
/// value of the vendor's exact length and alphabet that mixes letters and digits, is shaped like a value
/// (`ValueShape`), is no placeholder and reaches the entropy floor. Vendor names that are ordinary words or
/// parts of many identifiers (`box`, `host`, `abstract`, `mux`, `kanban`, `verifier`) are left out, and so are
/// keys whose vendor publishes them (Mixpanel project tokens, Pusher app keys, Commerce.js `pk_` keys).
enum KeywordTailCatalog {
    static let all: [SecretPattern] = records

    static let alnum = Charset("A-Za-z0-9")
    static let alnumDash = Charset("A-Za-z0-9-")
    static let lowerAlnumDash = Charset("a-z0-9-")
    static let lowerAlnumUnderscore = Charset("a-z0-9_")
    static let hexLowerDash = Charset("a-f0-9-")

    /// One record: the vendor's name (and spellings) as the anchor, the key's alphabet and length, and a check.
    static func key(_ slug: String, _ provider: String, _ name: String, _ keywords: [String], _ body: Charset,
                    _ length: ClosedRange<Int>, env: String, category: String, unlocks: String,
                    severity: Severity = .medium, rotate: String? = nil, entropy: Double = 3.0,
                    validate: (@Sendable (String) -> Verdict?)? = nil,
                    sample: (@Sendable (UInt64) -> String)? = nil,
                    misses: [(String, String)] = []) -> SecretPattern {
        Make.wordKeyed("secret-" + slug, provider, name, keywords: keywords, body, length, env: env, unlocks: unlocks,
                       category: category, rotate: rotate ?? "revoke the key in the \(provider) account's API settings and issue a new one",
                       severity: severity, entropy: entropy, validate: validate ?? { VendorCatalog.mixed($0) }, sample: sample, misses: misses)
    }

    /// Letters of both cases and digits, as a key drawn from all 62 characters has them: at least two upper-case and
    /// two lower-case letters and a digit (a value of one case with a single capital is an edited copy or another
    /// format). 20 random characters lack two of one case about once in 1,700; they lack a digit about once in 34,
    /// and such a key is missed, as by the catalog's other records that ask for letters and digits.
    static func mixedCaseKey(_ s: String) -> Verdict? {
        let upper = s.utf8.filter({ $0 >= 65 && $0 <= 90 }).count, lower = s.utf8.filter({ $0 >= 97 && $0 <= 122 }).count
        return upper >= 2 && lower >= 2 && s.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) ? .plain : nil
    }

    /// Lower-case letters and digits, with a letter beyond `f` among them: a key drawn from the whole alphabet has
    /// one (32 random characters are all hexadecimal once in 10^11), a digest or a commit id never does.
    static func lowerKey(_ s: String) -> Verdict? {
        VendorCatalog.mixed(s) != nil && !s.utf8.contains(where: { $0 >= 65 && $0 <= 90 })
            && s.utf8.contains(where: { $0 > UInt8(ascii: "f") && $0 <= UInt8(ascii: "z") }) ? .plain : nil
    }

    /// Upper-case letters and digits, with a letter beyond `F` among them (not an upper-case digest).
    static func upperKey(_ s: String) -> Verdict? {
        VendorCatalog.mixed(s) != nil && s.utf8.contains(where: { $0 > UInt8(ascii: "F") && $0 <= UInt8(ascii: "Z") }) ? .plain : nil
    }

    /// `8-4-4-4-12` groups of lower-case letters and digits, with letters and digits in the whole.
    static func dashedGroups(_ s: String) -> Verdict? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map(\.utf8.count)
        return parts == [8, 4, 4, 4, 12] ? VendorCatalog.mixed(s) : nil
    }

    /// A hexadecimal UUID whose version can hold random bits: time- and name-based UUIDs (versions 1, 2, 3, 5, 6)
    /// are identifiers, never generated secrets (`FormatCatalog.isNonRandomUUID`, as for the generic rule).
    static func randomHexUUID(_ s: String) -> Verdict? {
        let u = Array(s.lowercased().utf8)
        guard dashedGroups(s) != nil, u.allSatisfy({ Charset.hexLower.contains($0) || $0 == 45 }), !FormatCatalog.isNonRandomUUID(u) else { return nil }
        return .plain
    }

    /// A fixed prefix, then `count` characters of `body` mixing letters and digits.
    static func prefixed(_ prefix: String, _ body: Charset, _ count: Int) -> @Sendable (String) -> Verdict? {
        { s in
            guard s.hasPrefix(prefix) else { return nil }
            let rest = s.dropFirst(prefix.count)
            return rest.utf8.count == count && rest.utf8.allSatisfy({ body.contains($0) }) ? VendorCatalog.mixed(String(rest)) : nil
        }
    }

    /// A short key of both cases (ParseHub's 12 characters): letters and digits as `mixedCaseKey` asks, or, when
    /// the key drew no digit (12 random characters of 62 hold none about once in 8), at least three letters of each
    /// case that change case five times or more: a random draw does, a name in camelCase (`ProjectToken`) does not.
    static func shortMixedKey(_ s: String) -> Verdict? {
        if mixedCaseKey(s) != nil { return .plain }
        let u = Array(s.utf8)
        guard u.allSatisfy(ValueShape.isLetter) else { return nil }
        let upper = u.filter({ $0 >= 65 && $0 <= 90 }).count, lower = u.count - upper
        var changes = 0
        for i in 1..<max(1, u.count) where (u[i] >= 97) != (u[i - 1] >= 97) { changes += 1 }
        return upper >= 3 && lower >= 3 && changes >= 5 ? .plain : nil
    }

    /// Digits only (VBOUT's 25-digit keys), holding at least seven different digits: a counting run or a number
    /// written by hand repeats a few.
    static func digitKey(_ s: String) -> Verdict? {
        s.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) && Set(s.utf8).count >= 7 ? .plain : nil
    }

    /// The first of 64 seeded draws of `count` characters of `set` that `check` accepts: a record's own sample.
    static func drawn(_ seed: UInt64, _ set: Charset, _ count: Int, _ check: @Sendable (String) -> Verdict?) -> String {
        for k in 0..<64 {
            let s = Make.s(seed &+ UInt64(k), set, count)
            if check(s) != nil { return s }
        }
        return Make.s(seed, set, count)
    }

    /// A fixed set of prefixes, then `count` characters of `body` with letters of both cases and a digit.
    static func prefixedMixed(_ prefixes: [String], _ body: Charset, _ count: Int) -> @Sendable (String) -> Verdict? {
        { s in
            guard let p = prefixes.first(where: { s.hasPrefix($0) }) else { return nil }
            let rest = s.dropFirst(p.count)
            return rest.utf8.count == count && rest.utf8.allSatisfy({ body.contains($0) }) ? mixedCaseKey(String(rest)) : nil
        }
    }

    /// BestTime private keys (`pri_` + 32 lower-case hex) after the vendor's name on the line, as a value or as a
    /// segment of a URL path: BestTime's API takes the key in the path (`…/api/v1/keys/pri_…`), where the keyed
    /// reader takes no value after a `/`. The prefix and its exact body keep a path segment of another shape out.
    static let besttimePrivateKey: SecretPattern = Make.custom(
        "secret-besttime-private-key", "BestTime", "BestTime private API key", keywords: ["besttime"],
        regex: "(?<![A-Za-z0-9])(?i:besttime)[^\\n]{0,200}?(?<![A-Za-z0-9_])(pri_[a-f0-9]{32})(?![A-Za-z0-9])",
        env: "BESTTIME_API_KEY_PRIVATE", unlocks: "BestTime foot-traffic forecasts and venue data billed to the account",
        category: "data", rotate: "revoke the key in the BestTime account's API settings and issue a new one",
        severity: .medium, confidence: .medium, validate: prefixed("pri_", .hexLower, 32),
        sample: { "pri_" + FakeSecrets.hex(32, seed: $0) }, priority: 55) { inp in
            guard Scan.keywordIsWord(inp.bytes, inp.start) else { return [] }
            return prefixedOnLine(inp, "pri_", .hexLower, 32)
        }

    /// The first `prefix` + `count` characters of `body` on the keyword's line within `SecretEngine.keyedWindow`
    /// bytes after it: the prefix after a byte that is no letter, digit or `_`, the body ending at a byte that is no
    /// letter or digit, not a placeholder, with 3 bits of entropy per character.
    static func prefixedOnLine(_ inp: MatchInput, _ prefix: String, _ body: Charset, _ count: Int) -> [RawHit] {
        let b = inp.bytes, p = Array(prefix.utf8)
        var i = inp.start + inp.keywordLength
        let end = min(b.count, i + SecretEngine.keyedWindow)
        while i + p.count + count <= b.count, i < end, b[i] != 0x0A {
            if b[i] == p[0], SecretEngine.equalsAt(b, i, p), i == 0 || !(Charset.wordByte.contains(b[i - 1]) || b[i - 1] == 95) {
                let s = i + p.count
                let e = Scan.run(b, from: s, body, max: count + 1)
                if e - s == count, e == b.count || !Charset.wordByte.contains(b[e]) {
                    let v = Scan.text(b, i..<e)
                    if !Placeholders.isPlaceholder(v), Codecs.entropy(Array(v.utf8)) >= 3.0 { return [RawHit(range: i..<e, secret: v)] }
                }
            }
            i += 1
        }
        return []
    }

    static func groups(_ seed: UInt64, _ set: Charset) -> String {
        [8, 4, 4, 4, 12].enumerated().map { Make.s(seed &+ UInt64($0.offset), set, $0.element) }.joined(separator: "-")
    }

    static func uuid4(_ seed: UInt64) -> String {
        let h = Array(FakeSecrets.hex(32, seed: seed))
        return String(h[0..<8]) + "-" + String(h[8..<12]) + "-4" + String(h[13..<16]) + "-9" + String(h[17..<20]) + "-" + String(h[20..<32])
    }

    static let records: [SecretPattern] = [
        key("abuseipdb-api-key", "AbuseIPDB", "AbuseIPDB API key", ["abuseipdb"], .lowerAlnum, 80...80, env: "ABUSEIPDB_API_KEY",
            category: "security", unlocks: "IP reputation checks and abuse reports filed in the account's name, within its quota",
            validate: lowerKey),
        key("abyssale-api-key", "Abyssale", "Abyssale API key", ["abyssale"], alnum, 40...40, env: "ABYSSALE_API_KEY",
            category: "productivity", unlocks: "image and video generation from the account's templates, billed to it", validate: mixedCaseKey),
        key("accuweather-api-key", "AccuWeather", "AccuWeather API key", ["accuweather"], alnum, 32...32, env: "ACCUWEATHER_API_KEY",
            category: "data", unlocks: "AccuWeather API calls billed to the account's plan"),
        key("adzuna-api-key", "Adzuna", "Adzuna application key", ["adzuna"], .lowerAlnum, 32...32, env: "ADZUNA_APP_KEY",
            category: "data", unlocks: "Adzuna job-search API calls as the application (with its app id)", validate: lowerKey),
        key("airbrake-user-key", "Airbrake", "Airbrake user API key", ["airbrake"], alnumDash, 40...40, env: "AIRBRAKE_USER_KEY",
            category: "observability", unlocks: "Airbrake as the user: every project's error reports, deploys and settings", severity: .high),
        key("airship-api-key", "Airship", "Airship API key", ["airship"], alnum, 91...91, env: "AIRSHIP_API_KEY",
            category: "messaging", unlocks: "push notifications, in-app messages and audiences of the Airship project", severity: .high,
            validate: mixedCaseKey),
        key("airvisual-api-key", "IQAir", "IQAir AirVisual API key", ["airvisual"], lowerAlnumDash, 36...36, env: "AIRVISUAL_API_KEY",
            category: "data", unlocks: "AirVisual air-quality API calls billed to the account"),
        key("aletheia-api-key", "Aletheia", "Aletheia API key", ["aletheiaapi", "aletheia_api"], .upperAlnum, 32...32, env: "ALETHEIA_API_KEY",
            category: "data", unlocks: "Aletheia financial-data API calls billed to the account", validate: upperKey),
        key("amadeus-api-key", "Amadeus", "Amadeus for Developers API key", ["amadeus"], alnum, 32...32, env: "AMADEUS_API_KEY",
            category: "data", unlocks: "Amadeus travel APIs (flight and hotel search, with the API secret also bookings) as the application",
            validate: mixedCaseKey),
        key("ambee-api-key", "Ambee", "Ambee API key", ["ambee"], .hexLower, 64...64, env: "AMBEE_API_KEY",
            category: "data", unlocks: "Ambee environmental-data API calls billed to the account"),
        key("api2cart-api-key", "API2Cart", "API2Cart API key", ["api2cart"], .hexLower, 32...32, env: "API2CART_API_KEY",
            category: "data", unlocks: "the connected online stores' products, orders and customers through API2Cart", severity: .high),
        key("apimetrics-api-key", "APIMetrics", "APIMetrics API key", ["apimetrics"], alnum, 32...32, env: "APIMETRICS_API_KEY",
            category: "observability", unlocks: "APIMetrics monitors, results and their settings", validate: mixedCaseKey),
        key("apitemplate-api-key", "APITemplate.io", "APITemplate.io API key", ["apitemplate"], alnum, 39...39, env: "APITEMPLATE_API_KEY",
            category: "productivity", unlocks: "PDF and image generation from the account's templates, billed to it", validate: mixedCaseKey),
        key("apptivo-api-key", "Apptivo", "Apptivo API key", ["apptivo"], lowerAlnumDash, 36...36, env: "APPTIVO_API_KEY",
            category: "productivity", unlocks: "the Apptivo firm's CRM records (customers, contacts, invoices) with its access key", severity: .high),
        key("artsy-client-secret", "Artsy", "Artsy API client secret", ["artsy"], alnum, 32...32, env: "ARTSY_CLIENT_SECRET",
            category: "data", unlocks: "Artsy API tokens for the application", validate: mixedCaseKey),
        key("autodesk-client-secret", "Autodesk", "Autodesk Platform Services client id or secret", ["autodesk"], alnum, 32...32,
            env: "AUTODESK_CLIENT_SECRET", category: "cloud",
            unlocks: "Autodesk Platform Services (Forge) tokens for the application: its buckets, models and data", severity: .high,
            validate: mixedCaseKey),
        key("aylien-api-key", "AYLIEN", "AYLIEN API key", ["aylien"], .lowerAlnum, 32...32, env: "AYLIEN_API_KEY",
            category: "ai", unlocks: "AYLIEN news and text-analysis API calls billed to the application", validate: lowerKey),
        key("azure-search-api-key", "Microsoft Azure", "Azure AI Search API key", ["azure"], alnum, 52...52, env: "AZURE_SEARCH_API_KEY",
            category: "cloud", unlocks: "the Azure AI Search service's indexes: queries, and with an admin key writes and index changes",
            severity: .high, rotate: "Azure portal > the search service > Keys (regenerate the admin key, or delete the query key)",
            validate: mixedCaseKey),
        key("azure-devops-pat-keyed", "Microsoft Azure", "Azure DevOps personal access token (legacy format)", ["azure"], .lowerAlnum, 52...52,
            env: "AZURE_DEVOPS_PAT", category: "vcs",
            unlocks: "Azure DevOps as the user within the token's scopes: repositories, pipelines, artifacts", severity: .high,
            rotate: "Azure DevOps > User settings > Personal access tokens (revoke)", validate: lowerKey),
        key("bannerbear-api-key", "Bannerbear", "Bannerbear API key", ["bannerbear"], alnum, 24...24, env: "BANNERBEAR_API_KEY",
            category: "productivity", unlocks: "image and video generation from the Bannerbear project's templates, billed to it",
            // 22 random letters and digits, then `tt`; the random part may hold no digit (one key in 50).
            validate: { s in
                let body = s.dropLast(2)
                return s.hasSuffix("tt") && body.utf8.filter({ $0 >= 65 && $0 <= 90 }).count >= 2
                    && body.utf8.filter({ $0 >= 97 && $0 <= 122 }).count >= 2 ? .plain : nil
            },
            sample: { Make.s($0, alnum, 22) + "tt" }),
        key("beebole-api-token", "Beebole", "Beebole API token", ["beebole"], .lowerAlnum, 40...40, env: "BEEBOLE_API_TOKEN",
            category: "productivity", unlocks: "the Beebole account's timesheets, people and projects", validate: lowerKey),
        key("besnappy-api-key", "Snappy", "BeSnappy API key", ["besnappy"], .hexLower, 64...64, env: "BESNAPPY_API_KEY",
            category: "messaging", unlocks: "the Snappy help desk's mailboxes, conversations and contacts"),
        besttimePrivateKey,
        key("betterstack-api-token", "Better Stack", "Better Stack API token", ["betterstack", "better_stack"], alnum, 24...24, env: "BETTERSTACK_API_TOKEN",
            category: "observability", unlocks: "Better Stack monitors, on-call schedules, status pages and logs of the team", severity: .high,
            validate: mixedCaseKey),
        key("billomat-api-key", "Billomat", "Billomat API key", ["billomat"], .hexLower, 32...32, env: "BILLOMAT_API_KEY",
            category: "payments", unlocks: "the Billomat account's invoices, clients and payments", severity: .high),
        key("bitbar-api-key", "SmartBear BitBar", "BitBar API key", ["bitbar"], alnum, 32...32, env: "BITBAR_API_KEY",
            category: "ci", unlocks: "BitBar device-cloud test runs and their results, billed to the account", validate: mixedCaseKey),
        key("bitcoinaverage-api-key", "BitcoinAverage", "BitcoinAverage API key", ["bitcoinaverage"], alnum, 43...43, env: "BITCOINAVERAGE_API_KEY",
            category: "crypto", unlocks: "BitcoinAverage price-data API calls billed to the account", validate: mixedCaseKey),
        key("bitfinex-api-key", "Bitfinex", "Bitfinex API key or secret", ["bitfinex"], .urlSafe, 43...43, env: "BITFINEX_API_SECRET",
            category: "crypto", unlocks: "the Bitfinex account: balances, orders and (if the key allows) withdrawals", severity: .critical,
            validate: mixedCaseKey),
        key("bitly-access-token", "Bitly", "Bitly access token", ["bitly"], alnumDash, 40...40, env: "BITLY_ACCESS_TOKEN",
            category: "productivity", unlocks: "the Bitly account's links: create, edit and read their click data"),
        key("blazemeter-api-key", "BlazeMeter", "BlazeMeter (Runscope) API key", ["blazemeter", "runscope"], lowerAlnumDash, 36...36, env: "RUNSCOPE_ACCESS_TOKEN",
            category: "ci", unlocks: "BlazeMeter API monitoring (Runscope) buckets, tests and their results", validate: dashedGroups,
            sample: { groups($0, .lowerAlnum) }),
        key("blitapp-api-key", "Blitapp", "Blitapp API key", ["blitapp"], .urlSafe, 39...39, env: "BLITAPP_API_KEY",
            category: "productivity", unlocks: "Blitapp screenshot schedules and captures of the account", validate: mixedCaseKey),
        key("blocknative-api-key", "Blocknative", "Blocknative API key", ["blocknative"], hexLowerDash, 36...36, env: "BLOCKNATIVE_API_KEY",
            category: "crypto", unlocks: "Blocknative mempool and gas APIs billed to the account", validate: randomHexUUID, sample: uuid4),
        key("boostnote-api-key", "Boost Note", "Boost Note access token", ["boostnote"], .hexLower, 64...64, env: "BOOSTNOTE_TOKEN",
            category: "productivity", unlocks: "the Boost Note team's documents and folders"),
        key("borgbase-api-token", "BorgBase", "BorgBase API token", ["borgbase"], Charset("A-Za-z0-9/_.-"), 148...152, env: "BORGBASE_TOKEN",
            category: "cloud", unlocks: "the BorgBase account's backup repositories: their settings, keys and deletion", severity: .high,
            validate: mixedCaseKey),
        key("braintree-private-key", "PayPal", "Braintree private key", ["braintree"], .hexLower, 32...32, env: "BRAINTREE_PRIVATE_KEY",
            category: "payments", unlocks: "Braintree payments as the merchant (with its public key and merchant id): transactions, refunds, customer vaults",
            severity: .critical, rotate: "Braintree control panel > Settings > API > API keys (generate a new key, delete the old)"),
        key("brandfetch-api-key", "Brandfetch", "Brandfetch API key", ["brandfetch"], alnum, 40...40, env: "BRANDFETCH_API_KEY",
            category: "data", unlocks: "Brandfetch brand-data API calls billed to the account", validate: mixedCaseKey),
        key("browshot-api-key", "Browshot", "Browshot API key", ["browshot"], alnumDash, 28...28, env: "BROWSHOT_API_KEY",
            category: "productivity", unlocks: "Browshot screenshots billed to the account's credits"),
        key("bscscan-api-key", "BscScan", "BscScan API key", ["bscscan"], .upperAlnum, 34...34, env: "BSCSCAN_API_KEY",
            category: "crypto", unlocks: "BscScan API calls within the account's rate limits", validate: upperKey),
        key("browserstack-access-key", "BrowserStack", "BrowserStack access key", ["browserstack"], alnum, 20...20, env: "BROWSERSTACK_ACCESS_KEY",
            category: "ci", unlocks: "BrowserStack as the user: test sessions billed to the account, their videos, logs and local-testing tunnels",
            severity: .high, rotate: "BrowserStack > Account > Settings (regenerate the access key)", validate: mixedCaseKey),
        key("liveagent-api-key", "LiveAgent", "LiveAgent API key", ["liveagent"], alnum, 32...32, env: "LIVEAGENT_API_KEY",
            category: "messaging", unlocks: "the LiveAgent help desk's tickets, contacts and agents", severity: .high, validate: mixedCaseKey),
        key("loggly-customer-token", "SolarWinds Loggly", "Loggly customer token", ["loggly"], lowerAlnumDash, 36...36, env: "LOGGLY_TOKEN",
            category: "observability", unlocks: "sending (forged or flooding) log events into the Loggly account", validate: dashedGroups,
            sample: { groups($0, .lowerAlnum) }),
        key("buddyns-api-key", "BuddyNS", "BuddyNS API key", ["buddyns"], .lowerAlnum, 40...40, env: "BUDDYNS_API_KEY",
            category: "cloud", unlocks: "the BuddyNS account's secondary DNS zones (add, delete, re-sync)", severity: .high, validate: lowerKey),
        key("budibase-api-key", "Budibase", "Budibase API key", ["budibase"], hexLowerDash, 111...113, env: "BUDIBASE_API_KEY",
            category: "productivity", unlocks: "the Budibase tenant's apps, tables and rows as the key's user", severity: .high,
            validate: { s in
                let parts = s.split(separator: "-", omittingEmptySubsequences: false)
                return parts.count == 2 && parts[0].utf8.count == 32 && (78...80).contains(parts[1].utf8.count) ? .plain : nil
            },
            sample: { FakeSecrets.hex(32, seed: $0) + "-" + FakeSecrets.hex(80, seed: $0 &+ 1) }),
        key("bugherd-api-key", "BugHerd", "BugHerd API key", ["bugherd"], .lowerAlnum, 22...22, env: "BUGHERD_API_KEY",
            category: "productivity", unlocks: "the BugHerd projects' tasks, comments and attachments", validate: lowerKey),
        key("bugsnag-api-token", "SmartBear BugSnag", "BugSnag data access token", ["bugsnag"], lowerAlnumDash, 36...36, env: "BUGSNAG_AUTH_TOKEN",
            category: "observability", unlocks: "BugSnag organizations' projects, errors and their event data", validate: dashedGroups,
            sample: { groups($0, .lowerAlnum) }),
        key("buildkite-api-token-legacy", "Buildkite", "Buildkite API access token (without the bkua_ prefix)", ["buildkite"], .lowerAlnum, 40...40,
            env: "BUILDKITE_API_TOKEN", category: "ci", unlocks: "Buildkite pipelines, builds and agents the token's scopes allow", severity: .high,
            rotate: "https://buildkite.com/user/api-access-tokens", validate: lowerKey),
        key("buttercms-api-token", "ButterCMS", "ButterCMS API token", ["buttercms"], .lowerAlnum, 40...40, env: "BUTTERCMS_API_TOKEN",
            category: "productivity", unlocks: "the ButterCMS account's content (with a write token: creating and changing pages and posts)",
            validate: lowerKey),
        key("cashboard-api-key", "Cashboard", "Cashboard API key", ["cashboard"], Charset("A-Z0-9-"), 15...15, env: "CASHBOARD_API_KEY",
            category: "payments", unlocks: "the Cashboard account's time tracking, estimates and invoices",
            validate: { s in
                let parts = s.split(separator: "-", omittingEmptySubsequences: false)
                return parts.count == 4 && parts.allSatisfy({ $0.utf8.count == 3 }) ? upperKey(s) : nil
            },
            sample: { seed in (0..<4).map { Make.s(seed &+ UInt64($0), .upperAlnum, 3) }.joined(separator: "-") }),
        key("cloudimage-api-key", "Cloudimage", "Cloudimage API key", ["cloudimage"], lowerAlnumUnderscore, 30...30, env: "CLOUDIMAGE_API_KEY",
            category: "productivity", unlocks: "the Cloudimage account's cache invalidation and usage data"),
        key("cloudmersive-api-key", "Cloudmersive", "Cloudmersive API key", ["cloudmersive"], lowerAlnumDash, 36...36, env: "CLOUDMERSIVE_API_KEY",
            category: "ai", unlocks: "Cloudmersive APIs (document conversion, virus scan, OCR) billed to the account"),
        key("cloudplan-api-token", "cloudplan", "cloudplan API token", ["cloudplan"], Charset("A-Z0-9-"), 32...32, env: "CLOUDPLAN_TOKEN",
            category: "productivity", unlocks: "the cloudplan account's files and shares"),
        key("cloudsmith-api-key", "Cloudsmith", "Cloudsmith API key", ["cloudsmith"], .hexLower, 40...40, env: "CLOUDSMITH_API_KEY",
            category: "registry", unlocks: "Cloudsmith repositories as the user: pulling and pushing packages (a pushed package reaches every consumer)",
            severity: .high, rotate: "Cloudsmith > User settings > API settings (refresh the API key)"),
        key("collect2-api-key", "Collect2", "Collect2 API key", ["collect2"], hexLowerDash, 36...36, env: "COLLECT2_API_KEY",
            category: "data", unlocks: "the Collect2 account's collected data and forms", validate: randomHexUUID, sample: uuid4),
        key("convertapi-secret", "ConvertAPI", "ConvertAPI secret", ["convertapi"], .base62Underscore, 23...23, env: "CONVERTAPI_SECRET",
            category: "productivity", unlocks: "ConvertAPI file conversions billed to the account",
            validate: prefixed("secret_", alnum, 16), sample: { "secret_" + Make.s($0, alnum, 16) }),
        key("eagleeyenetworks-secret", "Eagle Eye Networks", "Eagle Eye Networks API secret", ["eagleeyenetworks", "eagle_eye_networks"], alnum, 15...15,
            env: "EAGLEEYENETWORKS_SECRET", category: "iot",
            unlocks: "the Eagle Eye Networks account's cloud cameras: live video, recordings and camera settings (with the account's e-mail)",
            severity: .high, validate: mixedCaseKey),
        key("instamojo-client-secret", "Instamojo", "Instamojo client secret", ["instamojo"], alnum, 40...40, env: "INSTAMOJO_CLIENT_SECRET",
            category: "payments", unlocks: "Instamojo payments of the merchant: payment requests, orders and refunds", severity: .high,
            validate: mixedCaseKey),
        key("invoiceocean-api-token", "InvoiceOcean", "InvoiceOcean API token", ["invoiceocean"], alnum, 20...20, env: "INVOICEOCEAN_API_TOKEN",
            category: "payments", unlocks: "the InvoiceOcean account's invoices, clients and products", severity: .high, validate: mixedCaseKey),
        key("keenio-api-key", "Keen", "Keen (keen.io) API key", ["keenio", "keen_io", "keen.io"], .upperAlnum, 64...64, env: "KEENIO_MASTER_KEY",
            category: "observability", unlocks: "the Keen project's event collections: reading, writing and (master key) deleting them",
            validate: upperKey),
        key("luno-api-secret", "Luno", "Luno API key secret", ["luno"], .urlSafe, 43...43, env: "LUNO_API_SECRET",
            category: "crypto", unlocks: "the Luno account: balances, orders and (if the key allows) sends", severity: .critical,
            validate: mixedCaseKey),
        key("maxmind-license-key-legacy", "MaxMind", "MaxMind license key (legacy format)", ["maxmind", "geoip"], alnum, 16...16,
            env: "MAXMIND_LICENSE_KEY", category: "data", unlocks: "MaxMind GeoIP downloads and web services billed to the account",
            rotate: "MaxMind account portal > Manage license keys", validate: mixedCaseKey),
        key("metaapi-token", "MetaApi", "MetaApi token", ["metaapi", "meta-api"], .hexLower, 64...64, env: "METAAPI_TOKEN",
            category: "crypto", unlocks: "the MetaApi account's connected MetaTrader trading accounts: positions and orders", severity: .high),
        key("metabase-session-token", "Metabase", "Metabase session token or API key", ["metabase"], alnumDash, 36...36, env: "METABASE_SESSION",
            category: "data", unlocks: "the Metabase instance as the user: its questions, dashboards and the databases it queries", severity: .high),
        key("freshworks-api-key", "Freshworks", "Freshworks API key", ["freshworks"], .urlSafe, 22...22, env: "FRESHWORKS_API_KEY",
            category: "productivity", unlocks: "the Freshworks account's CRM or help-desk records as the key's user", severity: .high,
            validate: mixedCaseKey),
        key("nozbe-api-token", "Nozbe", "Nozbe Teams API token", ["nozbe"], .urlSafe, 81...81, env: "NOZBE_TOKEN",
            category: "productivity", unlocks: "the Nozbe Teams account's projects and tasks",
            validate: { s in Array(s.utf8)[16] == UInt8(ascii: "_") && !s.utf8.prefix(16).contains(where: { $0 == 95 || $0 == 45 }) ? mixedCaseKey(s) : nil },
            sample: { Make.s($0, alnum, 16) + "_" + Make.s($0 &+ 1, .urlSafe, 64) }),
        key("salesblink-api-key", "SalesBlink", "SalesBlink API key", ["salesblink"], alnumDash, 68...68, env: "SALESBLINK_API_KEY",
            category: "messaging", unlocks: "the SalesBlink account's outreach campaigns and contacts",
            validate: prefixed("key-", alnum, 64), sample: { "key-" + Make.s($0, alnum, 64) }),
        key("textmagic-api-key", "TextMagic", "TextMagic API key", ["textmagic"], alnum, 30...30, env: "TEXTMAGIC_API_KEY",
            category: "messaging", unlocks: "SMS sent from the TextMagic account and billed to it, and its message history", severity: .high,
            validate: mixedCaseKey),
        key("vouchery-api-key", "Vouchery", "Vouchery API key", ["vouchery"], lowerAlnumDash, 36...36, env: "VOUCHERY_API_KEY",
            category: "payments", unlocks: "the Vouchery account's campaigns and vouchers (issuing and redeeming discounts)"),
        key("websitepulse-api-key", "WebSitePulse", "WebSitePulse API key", ["websitepulse"], .hexLower, 32...32, env: "WEBSITEPULSE_API_KEY",
            category: "observability", unlocks: "the WebSitePulse account's monitors and their results"),
        key("alegra-api-token", "Alegra", "Alegra API token", ["alegra"], lowerAlnumDash, 20...20, env: "ALEGRA_API_TOKEN",
            category: "payments", unlocks: "the Alegra company's invoices, contacts and accounting records (with the user's e-mail)", severity: .high,
            validate: lowerKey),
        key("baremetrics-api-key", "Baremetrics", "Baremetrics API key", ["baremetrics"], .base62Underscore, 21...28, env: "BAREMETRICS_API_KEY",
            category: "payments", unlocks: "the Baremetrics account's subscription metrics, customers and (with a live key) their changes",
            validate: { s in
                guard s.hasPrefix("sk_") || s.hasPrefix("lk_") else { return nil }
                let rest = s.dropFirst(3)
                return (18...25).contains(rest.utf8.count) && rest.utf8.allSatisfy({ alnum.contains($0) }) ? mixedCaseKey(String(rest)) : nil
            },
            sample: { "sk_" + Make.s($0, alnum, 21) }),
        key("bitmex-api-secret", "BitMEX", "BitMEX API secret", ["bitmex"], .urlSafe, 48...48, env: "BITMEX_API_SECRET",
            category: "crypto", unlocks: "the BitMEX account with its key id: positions, orders and (if the key allows) withdrawals", severity: .critical,
            validate: mixedCaseKey),
        key("bulbul-api-key", "Bulbul", "Bulbul API key", ["bulbul"], .lowerAlnum, 32...32, env: "BULBUL_API_KEY",
            category: "data", unlocks: "Bulbul API calls billed to the account", validate: lowerKey),
        key("redhat-pyxis-api-key", "Red Hat", "Red Hat Pyxis (certification) API key", ["pyxis", "redhat"], .lowerAlnum, 32...32, env: "PYXIS_API_KEY",
            category: "registry", unlocks: "Red Hat's certification API (Pyxis) as the partner: container image and operator certification records",
            severity: .high, validate: lowerKey),
        // Session 12 (issue 16): more of TruffleHog's long tail, each in the vendor's own alphabet and length.
        key("aeroworkflow-api-key", "Aero Workflow", "Aero Workflow API key", ["aeroworkflow", "aero_workflow"], Charset("A-Za-z0-9^!?#:*;"), 20...20,
            env: "AEROWORKFLOW_API_KEY", category: "productivity",
            unlocks: "the Aero Workflow firm's clients, tasks and time records (with the account id)", severity: .high,
            validate: mixedCaseKey, sample: { drawn($0, Charset("A-Za-z0-9^!?#:*;"), 20, mixedCaseKey) }),
        key("alchemy-api-key", "Alchemy", "Alchemy API key", ["alchemy"], .base62Underscore, 32...32, env: "ALCHEMY_API_KEY",
            category: "crypto", unlocks: "Alchemy blockchain node and data APIs billed to the app's compute units",
            validate: mixedCaseKey, sample: { drawn($0, alnum, 32, mixedCaseKey) }),
        key("beamer-api-key", "Beamer", "Beamer API key", ["beamer"], Charset("A-Za-z0-9_+/="), 46...46, env: "BEAMER_API_KEY",
            category: "messaging", unlocks: "the Beamer product's announcements, feedback and user data (posting as the account)",
            // 45 characters of base64 (with `_`), then one `=`.
            validate: { s in
                s.hasSuffix("=") && !s.dropLast().contains("=") ? mixedCaseKey(s) : nil
            },
            sample: { drawn($0, Charset("A-Za-z0-9_+/"), 45, mixedCaseKey) + "=" }),
        key("column-api-key", "Column", "Column (banking) API key", ["column"], .base62Underscore, 32...32, env: "COLUMN_API_KEY",
            category: "payments",
            unlocks: "the Column bank account's API: balances, transfers (ACH, wire) and counterparties",
            // `live_` keys only: a `test_` key reaches the sandbox, and `test` inside a value is a test filler for every rule.
            severity: .critical, validate: prefixedMixed(["live_"], alnum, 27),
            sample: { "live_" + drawn($0, alnum, 27, mixedCaseKey) }),
        key("debounce-api-key", "DeBounce", "DeBounce API key", ["debounce"], alnum, 13...13, env: "DEBOUNCE_API_KEY",
            category: "data", unlocks: "DeBounce e-mail validation billed to the account's credits",
            validate: mixedCaseKey, sample: { drawn($0, alnum, 13, mixedCaseKey) }),
        key("kanbantool-api-token", "Kanban Tool", "Kanban Tool API token", ["kanbantool", "kanban_tool"], .upperAlnum, 12...12,
            env: "KANBANTOOL_API_TOKEN", category: "productivity", unlocks: "the Kanban Tool account's boards, tasks and comments (with its subdomain)",
            validate: upperKey, sample: { drawn($0, .upperAlnum, 12, upperKey) }),
        key("mrticktock-password", "MrTicktock", "MrTicktock account password", ["mrticktock"], alnum, 12...50, env: "MRTICKTOCK_PASSWORD",
            category: "productivity", unlocks: "the MrTicktock account (with its e-mail): timesheets, clients and invoices", severity: .high,
            rotate: "change the MrTicktock account's password", validate: mixedCaseKey, sample: { drawn($0, alnum, 20, mixedCaseKey) }),
        key("parsehub-api-key", "ParseHub", "ParseHub API key", ["parsehub"], alnum, 12...12, env: "PARSEHUB_API_KEY",
            category: "data", unlocks: "the ParseHub account's scraping projects: running them (billed) and reading their data",
            validate: shortMixedKey, sample: { drawn($0, alnum, 12, shortMixedKey) }),
        key("vbout-api-key", "VBOUT", "VBOUT API key", ["vbout"], Charset("0-9"), 25...25, env: "VBOUT_API_KEY",
            category: "messaging", unlocks: "the VBOUT account's contacts, lists and e-mail campaigns", severity: .high,
            // 25 random digits hold 3.03 bits per character on average, 39% of them under 3.0 and 1.8% under 2.7.
            entropy: 2.7, validate: digitKey, sample: { drawn($0, Charset("0-9"), 25, digitKey) }),
    ]
}
