import BulwarkCore

/// Vendor formats of the peers' long tail (issue 16, session 10) whose structure can be checked: an Airtable
/// OAuth token carries a JSON body naming its user and OAuth application, an Azure Cache for Redis key sits in a
/// connection string to a `redis.cache.windows.net` host, a Tines webhook URL holds two 32-character path
/// secrets, Apify and pganalyze keys have their own prefixes. No keyword next to a random value.
enum LongTailCatalog {
    static let all: [SecretPattern] = [airtableOAuthToken, azureRedisKey, tinesWebhook, apifyToken, pganalyzeReadKey, newRelicInsightsKey]

    static let alnum = Charset("A-Za-z0-9")
    static let urlSafe = Charset.urlSafe
    static let hexLower = Charset("a-f0-9")
    static let lowerAlnum = Charset("a-z0-9")
    static let base64Padded = Charset("A-Za-z0-9+/=")

    // MARK: Airtable OAuth

    /// The JSON body of an Airtable OAuth token names its user (`usr...`) and OAuth integration (`oap...`).
    static func airtableBody(_ part: Substring) -> String? {
        guard (40...600).contains(part.utf8.count), let raw = Codecs.base64Decode(part, maxBytes: 500),
              raw.first == UInt8(ascii: "{"), raw.last == UInt8(ascii: "}") else { return nil }
        let json = String(decoding: raw, as: UTF8.self)
        guard let user = ServicesCatalog.mapboxField(json, "userId"), user.hasPrefix("usr"), user.utf8.count == 17,
              let app = ServicesCatalog.mapboxField(json, "oauthApplicationId"), app.hasPrefix("oap") else { return nil }
        return user
    }

    /// `<17-character id>.v1.<base64url JSON>.<64 hexadecimal>`, found at its `.v1.eyJ` seam.
    static func airtableOAuthToken(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        let ts = Scan.runBack(b, from: s, alnum, max: 18)
        guard s - ts == 17, ts == 0 || !(Charset.wordByte.contains(b[ts - 1]) || b[ts - 1] == UInt8(ascii: ".")) else { return [] }
        let bodyStart = s + 4
        let be = Scan.run(b, from: bodyStart, urlSafe, max: 601)
        guard be < b.count, b[be] == UInt8(ascii: ".") else { return [] }
        let he = Scan.run(b, from: be + 1, hexLower, max: 65)
        guard he - be - 1 == 64, he >= b.count || !(urlSafe.contains(b[he]) || b[he] == UInt8(ascii: ".")) else { return [] }
        guard let user = airtableBody(Substring(Scan.text(b, bodyStart..<be))) else { return [] }
        let sig = Array(b[(be + 1)..<he])
        guard Codecs.entropy(sig) >= 3.0, !Placeholders.isPlaceholder(String(decoding: sig, as: UTF8.self)) else { return [] }
        return [RawHit(range: ts..<he, secret: Scan.text(b, ts..<he), verdict: .props(["airtable.user": user]))]
    }

    static func airtableSample(_ seed: UInt64) -> String {
        let json = "{\"userId\":\"usr" + Make.s(seed, alnum, 14) + "\",\"expiresAt\":\"2026-03-04T05:06:07.000Z\",\"oauthApplicationId\":\"oap"
            + Make.s(seed &+ 1, alnum, 14) + "\",\"secret\":\"" + FakeSecrets.hex(64, seed: seed &+ 2) + "\"}"
        var body = Codecs.base64Encode(Array(json.utf8))
        while body.hasSuffix("=") { body.removeLast() }
        body = String(body.map { $0 == "+" ? "-" : $0 == "/" ? "_" : $0 })
        return "oaa" + Make.s(seed &+ 3, alnum, 14) + ".v1." + body + "." + FakeSecrets.hex(64, seed: seed &+ 4)
    }

    static let airtableOAuthToken: SecretPattern = Make.custom(
        "secret-airtable-oauth-token", "Airtable", "Airtable OAuth access token", keywords: [".v1.eyJ"],
        regex: "(?<![A-Za-z0-9.])([A-Za-z0-9]{17}\\.v1\\.eyJ[A-Za-z0-9_-]{37,600}\\.[a-f0-9]{64})(?![A-Za-z0-9_.-])",
        env: "AIRTABLE_OAUTH_TOKEN", unlocks: "the user's Airtable bases within the OAuth integration's scopes, until the token expires (or, for a refresh token, new access tokens)",
        category: "productivity", rotate: "Airtable > Account > Integrations (revoke the integration's access); rotate the OAuth client secret if it leaked too",
        severity: .medium, refs: ["https://airtable.com/developers/web/api/oauth-reference"],
        sample: airtableSample,
        hits: [("sync/airtable.py", "headers = {\"Authorization\": \"Bearer " + airtableSample(121) + "\"} # <-")],
        misses: [("sync/airtable.py", "token = \"" + "oaa" + Make.s(122, alnum, 14) + ".v1.eyJ" + Make.s(123, urlSafe, 80) + "." + FakeSecrets.hex(64, seed: 124) + "\""),
                 ("sync/airtable.py", "token = \"" + String(airtableSample(125).dropLast(2)) + "\"")],
        priority: 100) { inp in airtableOAuthToken(inp) }

    // MARK: Azure Cache for Redis

    /// A StackExchange.Redis connection string to an Azure Cache for Redis host: `<name>.redis.cache.windows.net:6380,
    /// password=<access key>,...`. The key is 44 base64 characters; keys issued since 2024 end `AzCa` + 6 + `=`.
    static func azureRedisKey(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start + inp.keywordLength
        let hostStart = Scan.runBack(b, from: inp.start, Charset("a-zA-Z0-9-"), max: 64)
        guard hostStart < inp.start else { return [] }
        let lineEnd = min(b.count, s + 200)
        // The service listens on 6380 (TLS) and 6379; a connection string to another port is not to this host.
        if s < b.count, b[s] == UInt8(ascii: ":") {
            let pe = Scan.run(b, from: s + 1, Sets.digits, max: 6)
            guard ["6380", "6379"].contains(Scan.text(b, (s + 1)..<pe)) else { return [] }
        }
        guard let at = Scan.find(b, "password=", in: s..<lineEnd) else { return [] }
        // Only options of the same string between the host and the password: `:6380,ssl=True,`.
        guard !b[s..<at].contains(where: { $0 == 0x0A || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: " ") }) else { return [] }
        let vs = at + 9
        let ve = Scan.run(b, from: vs, base64Padded, max: 45)
        guard ve - vs == 44, ve >= b.count || b[ve] == UInt8(ascii: ",") || b[ve] == UInt8(ascii: "\"") || b[ve] == UInt8(ascii: "'")
                || b[ve] == UInt8(ascii: ";") || b[ve] == 0x0A || b[ve] == 0x20 else { return [] }
        let v = Scan.text(b, vs..<ve)
        guard CoverageCatalog.mixedCase(Substring(v)), Codecs.entropy(Array(v.utf8)) >= 3.5, !Placeholders.isPlaceholder(v) else { return [] }
        let host = Scan.text(b, hostStart..<inp.start)
        let identifiable = v.hasSuffix("=") && Array(v.utf8)[33..<37].elementsEqual("AzCa".utf8)
        return [RawHit(range: vs..<ve, secret: v, verdict: .props(identifiable ? ["azure.redis.cache": host, "key.format": "identifiable"] : ["azure.redis.cache": host]))]
    }

    static func azureRedisSample(_ seed: UInt64) -> String { Make.s(seed, .base62, 33) + "AzCa" + Make.s(seed &+ 1, .base62, 6) + "=" }

    static let azureRedisKey: SecretPattern = Make.custom(
        "secret-azure-redis-access-key", "Microsoft Azure", "Azure Cache for Redis access key", keywords: [".redis.cache.windows.net"],
        regex: "[A-Za-z0-9-]+\\.redis\\.cache\\.windows\\.net(?::[0-9]+)?,(?:[A-Za-z]+=[^,\\s]*,)*password=([A-Za-z0-9+/=]{44})",
        env: "REDIS_CONNECTION_STRING", unlocks: "every key in the Azure cache: read, write and flush its data (sessions, tokens, queues)",
        category: "database", rotate: "Azure portal > the cache > Authentication > Access keys (regenerate the key in use, then the other)",
        refs: ["https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#access-keys"],
        sample: { "contoso-cache.redis.cache.windows.net:6380,password=" + azureRedisSample($0) + ",ssl=True,abortConnect=False" },
        hits: [("appsettings.json", "{\"Redis\": \"orders-" + Make.s(126, .lowerAlnum, 5) + ".redis.cache.windows.net:6380,password=" + azureRedisSample(127) + ",ssl=True,abortConnect=False\"} // <-"),
               (".env", "REDIS=sessions.redis.cache.windows.net:6380,ssl=True,password=" + Make.s(128, .base62, 43) + "= # <-")],
        misses: [("appsettings.json", "{\"Redis\": \"orders.redis.cache.windows.net:6380,password=<access-key>,ssl=True\"}"),
                 ("appsettings.json", "{\"Redis\": \"orders.redis.cache.windows.net:6380,password=" + String(repeating: "x", count: 44) + ",ssl=True\"}"),
                 ("notes.md", "host: orders.redis.cache.windows.net\npassword=" + Make.s(129, .base62, 43) + "="),
                 ("appsettings.json", "{\"Redis\": \"orders.redis.cache.windows.net:6390,password=" + azureRedisSample(130) + ",ssl=True\"}")]) { inp in azureRedisKey(inp) }

    // MARK: Tines

    /// `https://<tenant>.tines.com/webhook/<32>/<32>`: the action's path and secret, lower-case letters and digits.
    static func tinesWebhook(_ inp: MatchInput) -> [RawHit] {
        let b = inp.bytes, s = inp.start
        let tenantStart = Scan.runBack(b, from: s, Charset("a-zA-Z0-9-"), max: 64)
        guard tenantStart < s, tenantStart >= 8, Scan.text(b, (tenantStart - 8)..<tenantStart) == "https://" else { return [] }
        let p1 = s + inp.keywordLength
        let e1 = Scan.run(b, from: p1, lowerAlnum, max: 33)
        guard e1 - p1 == 32, e1 < b.count, b[e1] == UInt8(ascii: "/") else { return [] }
        let e2 = Scan.run(b, from: e1 + 1, lowerAlnum, max: 33)
        guard e2 - e1 - 1 == 32, e2 >= b.count || !Charset.wordByte.contains(b[e2]) else { return [] }
        let path = Scan.text(b, p1..<e1), secret = Scan.text(b, (e1 + 1)..<e2)
        guard Codecs.entropy(Array(secret.utf8)) >= 3.5, !Placeholders.isPlaceholder(secret), !Placeholders.isPlaceholder(path) else { return [] }
        return [RawHit(range: (tenantStart - 8)..<e2, secret: Scan.text(b, (tenantStart - 8)..<e2),
                       verdict: .props(["tines.tenant": Scan.text(b, tenantStart..<s)]))]
    }

    static let tinesWebhook: SecretPattern = Make.custom(
        "secret-tines-webhook-url", "Tines", "Tines webhook URL", keywords: [".tines.com/webhook/"],
        regex: "(https://[A-Za-z0-9-]+\\.tines\\.com/webhook/[a-z0-9]{32}/[a-z0-9]{32})",
        env: "TINES_WEBHOOK_URL", unlocks: "starting the Tines story behind the webhook with any payload (its automations act on the data sent)",
        category: "productivity", rotate: "Tines > the story > the Webhook action > change its secret (the URL's last part)", severity: .medium,
        refs: ["https://www.tines.com/docs/actions/types/webhook/"],
        sample: { "https://acme.tines.com/webhook/" + Make.s($0, lowerAlnum, 32) + "/" + Make.s($0 &+ 1, lowerAlnum, 32) },
        hits: [("alerts.py", "requests.post(\"https://acme-sec.tines.com/webhook/" + Make.s(131, lowerAlnum, 32) + "/" + Make.s(132, lowerAlnum, 32) + "\", json=event) # <-")],
        misses: [("alerts.py", "URL = \"https://acme.tines.com/webhook/<path>/<secret>\""),
                 ("alerts.py", "URL = \"https://acme.tines.com/webhook/" + Make.s(133, lowerAlnum, 32) + "/" + Make.s(134, lowerAlnum, 31) + "\"")]) { inp in tinesWebhook(inp) }

    // MARK: Prefixed keys

    /// Apify API tokens: `apify_api_` and 36 letters and digits.
    static let apifyToken = Make.token(
        "secret-apify-api-token", "Apify", "Apify API token", ["apify_api_"], alnum, 36...36,
        env: "APIFY_TOKEN", unlocks: "the Apify account: its actors, runs, datasets and key-value stores, and platform credits billed to it",
        category: "data", rotate: "Apify Console > Settings > API & Integrations (reset the token)", entropy: 3.5,
        refs: ["https://docs.apify.com/platform/integrations/api"],
        validate: { VendorCatalog.mixed(String($0.dropFirst(10))) })

    /// pganalyze read-only API keys: `pgar_` and 27 letters and digits.
    static let pganalyzeReadKey = Make.token(
        "secret-pganalyze-read-key", "pganalyze", "pganalyze read API key", ["pgar_"], alnum, 27...27,
        env: "PGANALYZE_API_KEY", unlocks: "reading the organization's pganalyze data: query statistics, query texts and schema of the monitored databases",
        category: "observability", rotate: "pganalyze > Settings > API keys (delete the key)", severity: .medium, entropy: 3.5,
        refs: ["https://pganalyze.com/docs/api"],
        validate: { VendorCatalog.mixed(String($0.dropFirst(5))) })

    /// New Relic Insights insert (`NRII-`) and query (`NRIQ-`) keys: the prefix and 25 to 32 URL-safe characters,
    /// found without the vendor's name on the line. A query key reads every event of the account.
    static let newRelicInsightsKey = Make.token(
        "secret-newrelic-insights-key", "New Relic", "New Relic Insights insert or query key", ["NRII-", "NRIQ-"], urlSafe, 25...32,
        env: "NEW_RELIC_INSIGHTS_KEY", unlocks: "inserting (forged) custom events into the New Relic account (NRII), or querying all of its event data (NRIQ)",
        category: "observability", rotate: "New Relic > API keys > Insights insert/query keys (delete the key)", severity: .medium, entropy: 3.5,
        refs: ["https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"],
        validate: { VendorCatalog.mixed(String($0.dropFirst(5))) },
        sample: { "NRIQ-" + Make.s($0, .base62, 32) },
        // Below the keyed New Relic record: with the vendor's name on the line, that record names the value.
        priority: 54)
}
