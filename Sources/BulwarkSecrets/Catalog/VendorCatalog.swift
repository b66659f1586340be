import BulwarkCore
import Foundation

/// SaaS credentials that carry no distinctive prefix (found by their vendor's name on the line) or a
/// short vendor prefix: the long tail of provider families that other scanners know, each with its
/// own rule so that a finding names the service, what it unlocks and where to rotate it.
enum VendorCatalog {
    static let all: [SecretPattern] = keyedPatterns + tokenPatterns

    /// `Make.keyed` with the defaults of this catalog (medium confidence: the vendor's name on the
    /// line is the only anchor).
    static func kv(_ slug: String, _ provider: String, _ name: String, _ keywords: [String], _ body: Charset,
                   _ length: ClosedRange<Int>, prefix: String = "", env: String, unlocks: String, category: String,
                   rotate: String, severity: Severity = .high, entropy: Double = 3.0,
                   validate: (@Sendable (String) -> Verdict?)? = nil,
                   sample: (@Sendable (UInt64) -> String)? = nil) -> SecretPattern {
        var p = Make.keyed("secret-" + slug, provider, name, keywords: keywords, valuePrefix: prefix, body, length, env: env,
                           unlocks: unlocks, category: category, rotate: rotate, severity: severity, entropy: entropy,
                           validate: validate, sample: sample)
        // Below the other catalogs' keyed rules: where both match, the narrower rule names the value.
        p.priority = 55
        return p
    }

    static let alnum = Charset("A-Za-z0-9")
    static let alnumExt = Charset("A-Za-z0-9=_-")
    static let alnumLong = Charset("A-Za-z0-9/=_+-")
    static let digits = Charset("0-9")
    static let uuidSet = Charset("a-fA-F0-9-")

    static func uuid(_ s: String) -> Verdict? { AICatalog.isUUID(s.lowercased()) ? .plain : nil }
    /// Asana personal access tokens: a format number, `/`, the user's id (16 or more digits), for the current format
    /// `/` and the token's id (16 or more digits), then `:` and 32 or more letters and digits. Ids of fewer digits
    /// are not Asana gids (a made-up value): low.
    static func asanaPATVerdict(_ s: String) -> Verdict? {
        let halves = s.split(separator: ":", omittingEmptySubsequences: false)
        guard halves.count == 2, halves[1].utf8.count >= 32, halves[1].utf8.allSatisfy({ alnum.contains($0) }) else { return nil }
        let ids = halves[0].split(separator: "/", omittingEmptySubsequences: false)
        guard (2...3).contains(ids.count), ids.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { digits.contains($0) } }) else { return nil }
        guard ids.dropFirst().allSatisfy({ $0.utf8.count >= 16 }) else { return .offStructure("the shape of an Asana token", "ids of 16 or more digits") }
        return .plain
    }

    /// Kraken private keys are the base64 of 64 bytes (88 characters with `==`). A value with `=` inside it, or
    /// that decodes to another length, is not one: low.
    static func krakenVerdict(_ s: String) -> Verdict? {
        guard mixed(s) != nil else { return nil }
        let core = s.utf8.reversed().drop(while: { $0 == UInt8(ascii: "=") })
        let padding = s.utf8.count - core.count
        if padding <= 2, !core.contains(UInt8(ascii: "=")), !s.contains("_"), !s.contains("-"),
           Codecs.base64Decode(s, maxBytes: 80)?.count == 64 { return .plain }
        return .offStructure("a Kraken keyword and a long base64 value", "the base64 of 64 bytes")
    }

    /// SonarQube and SonarCloud tokens are 40 lower-case hexadecimal characters (20 random bytes), since SonarQube
    /// 9.x behind `squ_` (user), `sqp_` (project analysis) or `sqa_` (global analysis). Forty lower-case letters
    /// and digits that are not hexadecimal are not that structure: low. Upper case (`...ABCDEFH...` templates): none.
    static func sonarVerdict(_ s: String) -> Verdict? {
        let body = s.hasPrefix("squ_") || s.hasPrefix("sqp_") || s.hasPrefix("sqa_") ? String(s.dropFirst(4)) : s
        guard body.utf8.count == 40, mixed(body) != nil else { return nil }
        if body.utf8.allSatisfy({ Charset.hexLower.contains($0) }) { return .plain }
        if body.utf8.allSatisfy({ Charset.lowerAlnum.contains($0) }) { return .offStructure("a Sonar keyword and 40 characters", "40 lower-case hexadecimal characters") }
        return nil
    }

    /// Airtable's object ids have the legacy key's length (17): a base `app…`, table `tbl…`, view `viw…`, record
    /// `rec…`, field `fld…`, user `usr…`, workspace `wsp…`, share `shr…`... They name things in URLs and
    /// forms (`https://airtable.com/app…/tbl…/viw…`) and unlock nothing.
    static let airtableIDPrefixes = ["app", "tbl", "viw", "rec", "fld", "sel", "usr", "wsp", "shr", "ent", "att", "pag", "ach", "frm"]
    static func airtableLegacy(_ s: String) -> Verdict? {
        if airtableIDPrefixes.contains(where: { s.hasPrefix($0) }) { return nil }
        return mixed(s)
    }

    /// Random keys mix letters and digits; a value of letters only is a word or a name.
    static func mixed(_ s: String) -> Verdict? {
        s.utf8.contains { $0 >= 48 && $0 <= 57 } && s.utf8.contains { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) } ? .plain : nil
    }

    static let keyedPatterns: [SecretPattern] = [
        kv("adafruit-io-key", "Adafruit", "Adafruit IO key", ["adafruit"], Charset("A-Za-z0-9_-"), 32...32, env: "ADAFRUIT_IO_KEY",
           unlocks: "Adafruit IO feeds and dashboards of the account (device data, actuator control)", category: "iot",
           rotate: "https://io.adafruit.com > My Key (regenerate)", validate: mixed),
        kv("adobe-client-id", "Adobe", "Adobe API client id", ["adobe"], .hexLower, 32...32, env: "ADOBE_CLIENT_ID",
           unlocks: "identifies an Adobe Developer Console integration (with its secret: Adobe APIs as the integration)", category: "productivity",
           rotate: "Adobe Developer Console > project > Credentials", severity: .medium),
        kv("airtable-legacy-api-key", "Airtable", "Airtable legacy API key", ["airtable"], alnum, 17...17, env: "AIRTABLE_API_KEY",
           unlocks: "every Airtable base of the user (read and write)", category: "productivity",
           rotate: "https://airtable.com/create/tokens (legacy keys are retired: switch to a scoped token)", validate: airtableLegacy),
        kv("algolia-api-key", "Algolia", "Algolia API key", ["algolia"], Charset("a-z0-9"), 32...32, env: "ALGOLIA_API_KEY",
           unlocks: "Algolia indices of the application (an admin key can also delete and rewrite them)", category: "productivity",
           rotate: "Algolia dashboard > API Keys (regenerate)", severity: .medium, validate: mixed),
        kv("alibaba-secret-key", "Alibaba Cloud", "Alibaba Cloud AccessKey secret", ["alibaba", "aliyun"], alnum, 30...30, env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
           unlocks: "Alibaba Cloud APIs as the RAM user (with its AccessKey id)", category: "cloud",
           rotate: "Alibaba Cloud RAM console > Users > AccessKey (disable, then delete)", severity: .critical, validate: mixed),
        kv("asana-client-secret", "Asana", "Asana client secret", ["asana"], alnum, 32...32, env: "ASANA_CLIENT_SECRET",
           unlocks: "Asana OAuth flows of the app: tokens for its users' projects and tasks", category: "productivity",
           rotate: "https://app.asana.com/0/developer-console (reset the client secret)", validate: mixed),
        kv("asana-pat", "Asana", "Asana personal access token", ["asana"], Charset("A-Za-z0-9:/"), 40...80, env: "ASANA_TOKEN",
           unlocks: "Asana as the user: every workspace, project and task the user sees", category: "productivity",
           rotate: "https://app.asana.com/0/my-apps (revoke the token)",
           validate: { asanaPATVerdict($0) },
           sample: { "2/" + Make.s($0, digits, 16) + "/" + Make.s($0 &+ 1, digits, 16) + ":" + Make.s($0 &+ 2, .hexLower, 32) }),
        kv("atlassian-api-token-keyed", "Atlassian", "Atlassian API token (legacy format)", ["atlassian", "confluence", "jira"], alnum, 24...24,
           env: "JIRA_API_TOKEN", unlocks: "Jira and Confluence as the user: issues, pages and attachments", category: "productivity",
           rotate: "https://id.atlassian.com/manage-profile/security/api-tokens", validate: mixed),
        kv("authress-access-key", "Authress", "Authress service client access key", ["authress"], Charset("A-Za-z0-9._+/=-"), 50...200,
           env: "AUTHRESS_ACCESS_KEY", unlocks: "Authress as the service client: users, roles and access records", category: "identity",
           rotate: "Authress management portal > Service clients (delete the key)",
           validate: { s in s.split(separator: ".").count == 4 && s.contains(".acc") ? .plain : nil },
           sample: { "sc_" + Make.s($0, .lowerAlnum, 20) + "." + Make.s($0, .lowerAlnum, 5) + ".acc_" + Make.s($0 &+ 1, .lowerAlnum, 20) + "." + Make.s($0 &+ 2, .base64, 60) }),
        kv("beamer-api-token", "Beamer", "Beamer API key", ["beamer"], alnumExt, 44...44, prefix: "b_", env: "BEAMER_API_KEY",
           unlocks: "Beamer posts and user feedback of the account", category: "productivity", rotate: "Beamer > Settings > API (delete the key)"),
        kv("bitbucket-oauth-secret", "Bitbucket", "Bitbucket OAuth consumer key or secret", ["bitbucket"], alnumExt, 32...64, env: "BITBUCKET_CLIENT_SECRET",
           unlocks: "Bitbucket OAuth flows of the consumer: tokens for its users' repositories", category: "vcs",
           rotate: "Bitbucket workspace settings > OAuth consumers", validate: mixed),
        kv("bittrex-api-key", "Bittrex", "Bittrex API key or secret", ["bittrex"], alnum, 32...32, env: "BITTREX_API_SECRET",
           unlocks: "the Bittrex exchange account: balances, trades and withdrawals the key allows", category: "crypto",
           rotate: "Bittrex > Account > API keys", severity: .critical, validate: mixed),
        kv("codecov-access-token", "Codecov", "Codecov API access token", ["codecov"], alnum, 32...32, env: "CODECOV_ACCESS_TOKEN",
           unlocks: "Codecov API as the user: repositories' coverage and settings", category: "ci",
           rotate: "Codecov > Settings > Access", severity: .medium, validate: mixed),
        kv("coinbase-access-token", "Coinbase", "Coinbase API access token", ["coinbase"], Charset("A-Za-z0-9_-"), 64...64, env: "COINBASE_ACCESS_TOKEN",
           unlocks: "the Coinbase account: balances, trades and transfers the token allows", category: "crypto",
           rotate: "Coinbase > Settings > API (revoke)", severity: .critical, validate: mixed),
        kv("confluent-api-key", "Confluent", "Confluent Cloud API key or secret", ["confluent"], alnum, 16...64, env: "CONFLUENT_API_SECRET",
           unlocks: "Confluent Cloud Kafka clusters or the organization (topics, messages, connectors)", category: "data",
           rotate: "Confluent Cloud console > API keys (delete)", validate: { s in (s.count == 16 || s.count == 64) ? mixed(s) : nil }),
        kv("contentful-delivery-token", "Contentful", "Contentful delivery API token", ["contentful"], alnumExt, 43...43, env: "CONTENTFUL_ACCESS_TOKEN",
           unlocks: "published (or, for a preview token, draft) content of the Contentful space", category: "productivity",
           rotate: "Contentful > Settings > API keys", severity: .medium, validate: mixed),
        kv("datadog-access-token", "Datadog", "Datadog API or application key", ["datadog"], Charset("a-z0-9"), 32...40, env: "DATADOG_ACCESS_TOKEN",
           unlocks: "Datadog organization: metrics, logs and (application key) dashboards and monitors", category: "observability",
           rotate: "Datadog > Organization settings > API keys / Application keys", validate: mixed),
        kv("discord-client-secret", "Discord", "Discord client secret or API token", ["discord"], alnumExt, 32...64, env: "DISCORD_CLIENT_SECRET",
           unlocks: "Discord OAuth flows of the application (tokens of its users)", category: "messaging",
           rotate: "Discord developer portal > OAuth2 > Reset secret",
           validate: { s in
               guard s.count == 32 || s.count == 64 else { return nil }
               // Client secrets mix letters and digits; 32 digits after the word Discord is no snowflake id
               // (17 to 20 digits) but no secret Discord issues either.
               if s.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), !Placeholders.isPlaceholder(s) {
                   return .offStructure("the length of a Discord client secret beside the word Discord", "letters as well as digits")
               }
               return mixed(s)
           }),
        kv("droneci-access-token", "Drone", "Drone CI access token", ["drone"], alnum, 32...32, env: "DRONE_TOKEN",
           unlocks: "Drone CI as the user: builds, repository secrets and pipelines", category: "ci",
           rotate: "Drone > Account settings (regenerate the token)", validate: mixed),
        kv("dropbox-short-lived-token", "Dropbox", "Dropbox short-lived access token", ["dropbox"], alnumExt, 130...160, prefix: "sl.",
           env: "DROPBOX_ACCESS_TOKEN", unlocks: "the Dropbox account's files for a few hours", category: "storage",
           rotate: "it expires within hours; revoke the app's access in Dropbox > Settings > Connected apps", severity: .medium),
        kv("dropbox-api-token", "Dropbox", "Dropbox API token", ["dropbox"], alnumExt, 15...64, env: "DROPBOX_TOKEN",
           unlocks: "the Dropbox account's files and folders (app key secret or long-lived token)", category: "storage",
           rotate: "https://www.dropbox.com/developers/apps (regenerate)",
           validate: { s in (s.count == 15 || s.count == 64) ? mixed(s) : nil }),
        // `etsy` must be a word: `SetSysctl` (a Go kernel-parameter setter) holds it inside an identifier.
        Make.wordKeyed("secret-etsy-access-token", "Etsy", "Etsy API key", keywords: ["etsy"], alnum, 24...24, env: "ETSY_API_KEY",
           unlocks: "Etsy Open API as the app: shop listings and, with OAuth, orders", category: "payments",
           rotate: "https://www.etsy.com/developers/your-apps", severity: .medium, validate: mixed,
           sample: { Make.s($0, .lowerAlnum, 24) },
           hits: [("shop/config.go", "etsyAPIKey := \"" + Make.s(71, .lowerAlnum, 24) + "\" // <-"),
                  ("deploy/.env", "MY_ETSY_KEY=" + Make.s(72, .lowerAlnum, 24) + " # <-")],
           misses: [("node/sysctl.go", "SetSysctl = \"" + Make.s(73, .lowerAlnum, 24) + "\""),
                    ("users.csv", "betsy," + Make.s(74, .lowerAlnum, 24))]),
        kv("facebook-app-secret", "Meta", "Facebook app secret", ["facebook", "fb_app_secret", "fb_secret"], .hexLower, 32...32, env: "FACEBOOK_APP_SECRET",
           unlocks: "the Facebook app: app access tokens, webhooks verification and user data the app may read", category: "social",
           rotate: "Meta for Developers > the app > Settings > Basic (reset the app secret)"),
        kv("facebook-access-token", "Meta", "Facebook access token", ["facebook", "fb_", "fb-", "page_access_token", "access_token"], alnum, 100...400,
           env: "FACEBOOK_ACCESS_TOKEN", unlocks: "the Facebook page or user: posts, messages and insights the token's permissions allow",
           category: "social", rotate: "Meta for Developers > the app (invalidate the token, reset the app secret)", entropy: 4.0,
           validate: { s in s.hasPrefix("EAA") ? .plain : nil }, sample: { "EAAM" + Make.s($0, alnum, 120) }),
        kv("facebook-app-access-token", "Meta", "Facebook app access token", ["facebook", "fb_", "fb-"], Charset("A-Za-z0-9|_-"), 43...57,
           env: "FACEBOOK_APP_TOKEN", unlocks: "the Facebook app's API calls as the app (app id and secret joined by `|`)", category: "social",
           rotate: "Meta for Developers > the app > Settings > Basic (reset the app secret)",
           validate: { s in
               let parts = s.split(separator: "|", omittingEmptySubsequences: false)
               return parts.count == 2 && (15...16).contains(parts[0].count) && parts[0].allSatisfy(\.isNumber) && (27...40).contains(parts[1].count) ? .plain : nil
           },
           sample: { Make.s($0, digits, 16) + "|" + Make.s($0 &+ 1, .urlSafe, 32) }),
        kv("netlify-access-token-keyed", "Netlify", "Netlify access token (legacy format)", ["netlify"], alnumExt, 40...46, env: "NETLIFY_AUTH_TOKEN",
           unlocks: "Netlify sites of the user: deploys, environment variables and DNS", category: "deploy",
           rotate: "https://app.netlify.com/user/applications", validate: mixed),
        kv("fastly-api-token", "Fastly", "Fastly API token", ["fastly"], alnumExt, 32...32, env: "FASTLY_API_TOKEN",
           unlocks: "Fastly services: configuration, purges and TLS of the CDN", category: "cloud",
           rotate: "Fastly > Account > API tokens", validate: mixed),
        kv("finicity-client-secret", "Finicity", "Finicity API secret or key", ["finicity"], alnum, 20...32, env: "FINICITY_APP_SECRET",
           unlocks: "Finicity (Mastercard Open Banking) customer financial data", category: "payments",
           rotate: "Finicity developer portal > Applications", severity: .critical,
           validate: { s in (s.count == 20 || s.count == 32) ? mixed(s) : nil }),
        kv("finnhub-access-token", "Finnhub", "Finnhub API token", ["finnhub"], alnum, 20...20, env: "FINNHUB_API_KEY",
           unlocks: "Finnhub market data quota of the account", category: "data", rotate: "https://finnhub.io/dashboard", severity: .medium, validate: mixed),
        kv("flickr-access-token", "Flickr", "Flickr API key", ["flickr"], alnum, 32...32, env: "FLICKR_API_KEY",
           unlocks: "Flickr API as the app (and the user's photos with OAuth)", category: "social",
           rotate: "https://www.flickr.com/services/apps/by/me", severity: .medium, validate: mixed),
        kv("freshbooks-access-token", "FreshBooks", "FreshBooks access token", ["freshbooks"], alnum, 64...64, env: "FRESHBOOKS_TOKEN",
           unlocks: "FreshBooks invoices, clients and payments of the account", category: "payments",
           rotate: "FreshBooks developer portal (revoke)", validate: mixed),
        kv("gitter-access-token", "Gitter", "Gitter access token", ["gitter"], Charset("a-z0-9_-"), 40...40, env: "GITTER_TOKEN",
           unlocks: "Gitter rooms and messages as the user", category: "messaging", rotate: "https://developer.gitter.im/apps", severity: .medium, validate: mixed),
        kv("gocardless-api-token", "GoCardless", "GoCardless live access token", ["gocardless"], alnumExt, 40...40, prefix: "live_",
           env: "GOCARDLESS_ACCESS_TOKEN", unlocks: "GoCardless direct debits: mandates, payments and payouts", category: "payments",
           rotate: "GoCardless dashboard > Developers > Access tokens", severity: .critical),
        kv("hubspot-api-key", "HubSpot", "HubSpot API key", ["hubspot"], uuidSet, 36...36, env: "HUBSPOT_API_KEY",
           unlocks: "HubSpot CRM: contacts, deals and emails of the portal", category: "productivity",
           rotate: "HubSpot > Settings > Integrations > Private apps (legacy keys: deactivate)", validate: uuid,
           sample: { FakeSecrets.uuid(seed: $0) }),
        kv("intercom-api-key", "Intercom", "Intercom access token", ["intercom"], alnumExt, 60...60, env: "INTERCOM_ACCESS_TOKEN",
           unlocks: "Intercom conversations, contacts and messages of the workspace", category: "messaging",
           rotate: "Intercom developer hub > the app > Authentication", validate: mixed),
        kv("jfrog-identity-token", "JFrog", "JFrog API key or identity token", ["jfrog", "artifactory", "bintray", "xray"], alnum, 64...73,
           env: "JFROG_ACCESS_TOKEN", unlocks: "JFrog Artifactory repositories: download and publish (poison) packages", category: "registry",
           rotate: "JFrog platform > Edit profile > Identity tokens / API key (revoke)", severity: .critical,
           validate: { s in (s.count == 64 || s.count == 73) ? mixed(s) : nil }),
        kv("kraken-access-token", "Kraken", "Kraken API private key", ["kraken"], alnumLong, 80...90, env: "KRAKEN_PRIVATE_KEY",
           unlocks: "the Kraken exchange account: balances, trades and withdrawals the key allows", category: "crypto",
           rotate: "Kraken > Security > API (delete the key)", severity: .critical, validate: krakenVerdict),
        kv("kucoin-api-key", "KuCoin", "KuCoin API key or secret", ["kucoin"], uuidSet, 24...36, env: "KUCOIN_API_SECRET",
           unlocks: "the KuCoin exchange account: trades and withdrawals the key allows", category: "crypto",
           rotate: "KuCoin > API management (delete)", severity: .critical,
           validate: { s in s.count == 24 ? (s.contains("-") ? nil : mixed(s)) : uuid(s) }),
        kv("launchdarkly-access-token", "LaunchDarkly", "LaunchDarkly access token", ["launchdarkly"], alnumExt, 40...40, env: "LAUNCHDARKLY_ACCESS_TOKEN",
           unlocks: "LaunchDarkly feature flags: turning features on or off in production", category: "deploy",
           rotate: "LaunchDarkly > Account settings > Authorization", validate: mixed),
        kv("linear-client-secret", "Linear", "Linear OAuth client secret", ["linear"], .hexLower, 32...32, env: "LINEAR_CLIENT_SECRET",
           unlocks: "Linear OAuth flows of the application (tokens of its users)", category: "productivity",
           rotate: "Linear > Settings > API > OAuth applications", severity: .medium),
        kv("linkedin-client-secret", "LinkedIn", "LinkedIn client secret", ["linkedin", "linked_in", "linked-in"], alnum, 14...16, env: "LINKEDIN_CLIENT_SECRET",
           unlocks: "LinkedIn OAuth flows of the application (member data it may read, posting as members)", category: "social",
           rotate: "LinkedIn developer portal > the app > Auth (generate a new secret)", validate: mixed),
        kv("lob-api-key", "Lob", "Lob API key", ["lob"], Charset("a-z0-9_"), 36...45, env: "LOB_API_KEY",
           unlocks: "Lob print and mail: sending letters and checks billed to the account", category: "productivity",
           rotate: "Lob dashboard > Settings > API keys",
           validate: { s in
               guard s.hasPrefix("live_") || s.hasPrefix("test_") else { return nil }
               let pub = s.dropFirst(5).hasPrefix("pub_")
               guard s.count == (pub ? 40 : 40) else { return nil }
               return .props([:], detail: pub ? "(publishable key)" : nil, severity: s.hasPrefix("test_") || pub ? .low : nil)
           },
           sample: { "live_" + FakeSecrets.hex(35, seed: $0) }),
        kv("looker-client-secret", "Looker", "Looker API client id or secret", ["looker"], alnum, 20...24, env: "LOOKER_CLIENT_SECRET",
           unlocks: "Looker API as the user: queries over the company's data models", category: "data",
           rotate: "Looker > Admin > Users > API keys", validate: { s in (s.count == 20 || s.count == 24) ? mixed(s) : nil }),
        kv("mailgun-signing-key", "Mailgun", "Mailgun webhook signing key", ["mailgun"], Charset("a-h0-9-"), 50...50, env: "MAILGUN_SIGNING_KEY",
           unlocks: "forging Mailgun webhook events to the application", category: "messaging",
           rotate: "Mailgun > Sending > Webhooks (rotate the signing key)", severity: .medium,
           validate: { s in s.split(separator: "-").map(\.count) == [32, 8, 8] ? .plain : nil },
           sample: { Make.s($0, Charset("a-h0-9"), 32) + "-" + Make.s($0 &+ 1, Charset("a-h0-9"), 8) + "-" + Make.s($0 &+ 2, Charset("a-h0-9"), 8) }),
        kv("mattermost-access-token", "Mattermost", "Mattermost access token", ["mattermost"], Charset("a-z0-9"), 26...26, env: "MATTERMOST_TOKEN",
           unlocks: "Mattermost as the user or bot: channels and messages", category: "messaging",
           rotate: "Mattermost > Profile > Security > Personal access tokens", validate: mixed),
        kv("meraki-api-key", "Cisco Meraki", "Cisco Meraki API key", ["meraki_", "meraki-", "merakitoken", "merakiapi", "merakikey", "meraki ", "meraki\""], .hexLower, 40...40, env: "MERAKI_API_KEY",
           unlocks: "Cisco Meraki dashboard: network devices, firewall rules and VPNs of the organizations", category: "cloud",
           rotate: "Meraki dashboard > My profile > API access (revoke)", severity: .critical),
        kv("messagebird-api-token", "MessageBird", "MessageBird (Bird) API key", ["messagebird", "message_bird", "message-bird"], alnum, 25...25,
           env: "MESSAGEBIRD_API_KEY", unlocks: "sending SMS and voice messages billed to the account", category: "messaging",
           rotate: "MessageBird dashboard > Developers > API access", validate: mixed),
        kv("newrelic-insert-key", "New Relic", "New Relic insert or browser key", ["newrelic", "new_relic", "new-relic", "nr_"], alnumExt, 32...40,
           env: "NEW_RELIC_INSERT_KEY", unlocks: "sending (forged) telemetry into the New Relic account", category: "observability",
           rotate: "New Relic > API keys", severity: .medium,
           validate: { s in (s.hasPrefix("NRII-") || s.hasPrefix("NRJS-")) ? .plain : nil },
           sample: { "NRII-" + Make.s($0, Charset("A-Za-z0-9_-"), 32) }),
        kv("nytimes-access-token", "New York Times", "New York Times API key", ["nytimes", "new-york-times", "newyorktimes"], alnumExt, 32...32,
           env: "NYTIMES_API_KEY", unlocks: "the account's New York Times API quota", category: "data",
           rotate: "https://developer.nytimes.com/my-apps", severity: .low, validate: mixed),
        kv("plaid-secret-key", "Plaid", "Plaid client secret or access token", ["plaid"], Charset("a-z0-9-"), 30...60, env: "PLAID_SECRET",
           unlocks: "Plaid: bank account and transaction data of the application's users", category: "payments",
           rotate: "Plaid dashboard > Team settings > Keys (rotate the secret)", severity: .critical,
           validate: { s in
               if s.hasPrefix("access-") {
                   // `access-<environment>-` and a UUID: hexadecimal groups of 8, 4, 4, 4 and 12.
                   let parts = s.split(separator: "-", omittingEmptySubsequences: false)
                   guard parts.count == 7, AICatalog.isUUID(parts[2...].joined(separator: "-")) else { return nil }
                   return s.hasPrefix("access-production-") ? .plain : .props([:], detail: "(sandbox or development)", severity: .low)
               }
               return s.count == 30 && !s.contains("-") ? mixed(s) : nil
           }),
        kv("privateai-api-token", "Private AI", "Private AI API key", ["privateai", "private_ai", "private-ai"], Charset("a-z0-9"), 32...32,
           env: "PRIVATEAI_API_KEY", unlocks: "the account's Private AI de-identification quota", category: "ai",
           rotate: "Private AI portal (regenerate the key)", severity: .medium, validate: mixed),
        kv("rapidapi-access-token", "RapidAPI", "RapidAPI key", ["rapidapi", "x-rapidapi-key"], Charset("A-Za-z0-9_-"), 50...50, env: "RAPIDAPI_KEY",
           unlocks: "every API the RapidAPI account subscribes to, billed to it", category: "data",
           rotate: "RapidAPI > Apps > Authorization (rotate)", validate: mixed),
        kv("sendbird-access-token", "Sendbird", "Sendbird API token", ["sendbird"], .hexLower, 40...40, env: "SENDBIRD_API_TOKEN",
           unlocks: "the Sendbird application: users, channels and messages", category: "messaging",
           rotate: "Sendbird dashboard > Settings > General > API tokens"),
        kv("sentry-access-token", "Sentry", "Sentry API access token (legacy)", ["sentry"], .hexLower, 64...64, env: "SENTRY_ACCESS_TOKEN",
           unlocks: "Sentry API as the user: issues, events (with their data) and releases", category: "observability",
           rotate: "Sentry > User settings > Auth tokens"),
        kv("sidekiq-secret", "Sidekiq", "Sidekiq Pro/Enterprise license credentials",
           ["bundle_enterprise__contribsys__com", "bundle_gems__contribsys__com"], Charset("a-f0-9:"), 17...17,
           env: "BUNDLE_GEMS__CONTRIBSYS__COM", unlocks: "downloading the licensed Sidekiq Pro/Enterprise gems (license abuse)", category: "registry",
           rotate: "contact Contributed Systems to rotate the license credentials", severity: .medium,
           // `cafeb4b3:d3adb33f` is `cafebabe:deadbeef` in digits: the same filler.
           validate: { s in s.split(separator: ":").map(\.count) == [8, 8] && !FormatCatalog.isLeetPlaceholder(s) ? .plain : nil },
           sample: { FakeSecrets.hex(8, seed: $0) + ":" + FakeSecrets.hex(8, seed: $0 &+ 1) }),
        kv("sonar-token-keyed", "Sonar", "SonarQube / SonarCloud token", ["sonar"], alnumExt, 40...44, env: "SONAR_TOKEN",
           unlocks: "SonarQube/SonarCloud projects: analysis results, source code and settings", category: "ci",
           rotate: "SonarQube > My account > Security (revoke)",
           validate: { sonarVerdict($0) }, sample: { FakeSecrets.hex(40, seed: $0) }),
        kv("squarespace-access-token", "Squarespace", "Squarespace API key", ["squarespace"], uuidSet, 36...36, env: "SQUARESPACE_API_KEY",
           unlocks: "the Squarespace site's commerce data: orders, inventory and profiles", category: "payments",
           rotate: "Squarespace > Settings > Developer API keys", validate: uuid, sample: { FakeSecrets.uuid(seed: $0) }),
        kv("sumologic-access-key", "Sumo Logic", "Sumo Logic access id or key", ["sumologic", "sumo_", "sumo-", "sumotoken", "sumokey", "sumoaccess", "sumo ", "sumo\""], alnum, 14...64, env: "SUMO_ACCESS_KEY",
           unlocks: "Sumo Logic: the organization's logs and searches over them", category: "observability",
           rotate: "Sumo Logic > Preferences > Access keys",
           validate: { s in (s.count == 64 || (s.count == 14 && s.hasPrefix("su"))) ? mixed(s) : nil },
           sample: { Make.s($0, alnum, 64) }),
        kv("travisci-access-token", "Travis CI", "Travis CI access token", ["travis"], alnum, 22...22, env: "TRAVIS_TOKEN",
           unlocks: "Travis CI as the user: builds, settings and environment variables", category: "ci",
           rotate: "Travis CI > Settings > API authentication (regenerate)", validate: mixed),
        kv("trello-access-token", "Trello", "Trello API key", ["trello"], alnum, 32...32, env: "TRELLO_API_KEY",
           unlocks: "identifies the Trello Power-Up (with a token: the user's boards and cards)", category: "productivity",
           rotate: "https://trello.com/power-ups/admin", severity: .medium, validate: mixed),
        kv("twitch-api-token", "Twitch", "Twitch client secret", ["twitch"], alnum, 30...30, env: "TWITCH_CLIENT_SECRET",
           unlocks: "Twitch OAuth flows of the application", category: "social",
           rotate: "Twitch developer console > the app (new secret)", validate: mixed),
        kv("twitter-api-secret", "X (Twitter)", "X (Twitter) API key, secret or access token", ["twitter", "x_api", "x-api"], Charset("A-Za-z0-9-"), 25...66,
           env: "TWITTER_API_SECRET", unlocks: "posting and reading as the X (Twitter) account and the app's quota", category: "social",
           rotate: "X developer portal > the app > Keys and tokens (regenerate)",
           validate: { s in
               if let dash = s.firstIndex(of: "-") { return s[..<dash].allSatisfy(\.isNumber) && (15...25).contains(s[..<dash].count) ? .plain : nil }
               return [25, 45, 50].contains(s.count) ? mixed(s) : nil
           }),
        kv("typeform-api-token", "Typeform", "Typeform personal access token", ["typeform"], Charset("A-Za-z0-9._=-"), 59...59, prefix: "tfp_",
           env: "TYPEFORM_TOKEN", unlocks: "Typeform forms and their responses (personal data)", category: "productivity",
           rotate: "Typeform > Account > Personal tokens", validate: mixed),
        kv("yandex-api-key", "Yandex Cloud", "Yandex Cloud API key or token", ["yandex"], Charset("A-Za-z0-9_-"), 38...42, env: "YANDEX_API_KEY",
           unlocks: "Yandex Cloud APIs as the service account", category: "cloud",
           rotate: "Yandex Cloud console > Service accounts (delete the key)",
           validate: { s in (s.hasPrefix("AQVN") || s.hasPrefix("YC") || s.hasPrefix("t1.") || s.hasPrefix("y0_")) ? .plain : nil },
           sample: { "AQVN" + Make.s($0, .urlSafe, 36) }),
        kv("yandex-oauth-token", "Yandex Cloud", "Yandex OAuth or IAM token", ["yandex"], Charset("A-Za-z0-9._=-"), 58...300, env: "YANDEX_TOKEN",
           unlocks: "Yandex services as the user (OAuth) or Yandex Cloud as the account (IAM token, until it expires)", category: "cloud",
           rotate: "revoke the token in Yandex ID / Yandex Cloud IAM",
           validate: { s in (s.hasPrefix("t1.") || s.hasPrefix("y0_") || s.hasPrefix("y1_") || s.hasPrefix("y2_") || s.hasPrefix("y3_")) ? .plain : nil },
           sample: { "t1." + Make.s($0, .urlSafe, 80) }),
        kv("zendesk-secret-key", "Zendesk", "Zendesk API token", ["zendesk"], alnum, 40...40, env: "ZENDESK_API_TOKEN",
           unlocks: "Zendesk tickets, users and their conversations (personal data)", category: "productivity",
           rotate: "Zendesk Admin Center > Apps and integrations > Zendesk API", validate: mixed),
        kv("github-app-client-secret", "GitHub", "GitHub App or OAuth app client secret", ["github_client_secret", "github_app_client_secret", "gh_client_secret", "github_oauth_client_secret", "github_secret", "githubclientsecret"], .hexLower, 40...40,
           env: "GITHUB_CLIENT_SECRET", unlocks: "GitHub sign-in as the app: exchanging codes for user tokens", category: "vcs",
           rotate: "GitHub > the app's settings > Client secrets (generate a new one, delete the old)", entropy: 3.2,
           validate: nil),
        kv("azure-cosmosdb-key", "Microsoft Azure", "Azure Cosmos DB account key", ["cosmos", "documentdb", "primarykey", "masterkey"],
           .base64, 86...88, env: "COSMOS_KEY", unlocks: "every database and container of the Cosmos DB account (read, write, delete)", category: "database",
           rotate: "Azure portal > Cosmos DB account > Keys (regenerate)", severity: .critical, entropy: 4.5,
           validate: { s in s.hasSuffix("==") ? .plain : nil },
           sample: { Make.s($0, Charset("A-Za-z0-9+/"), 86) + "==" }),
    ]

    static let tokenPatterns: [SecretPattern] = [
        Make.token("secret-adobe-client-secret", "Adobe", "Adobe client secret", ["p8e-"], .base62, 32...32, env: "ADOBE_CLIENT_SECRET",
                   unlocks: "Adobe APIs as the integration (Creative Cloud, Experience Cloud data)", category: "productivity",
                   rotate: "Adobe Developer Console > project > Credentials (rotate the client secret)", entropy: 3.5),
        Make.token("secret-alibaba-access-key-id", "Alibaba Cloud", "Alibaba Cloud AccessKey id", ["LTAI"], .base62, 12...21, env: "ALIBABA_CLOUD_ACCESS_KEY_ID",
                   unlocks: "identifies an Alibaba Cloud AccessKey (with its secret: the RAM user's APIs)", category: "cloud",
                   rotate: "Alibaba Cloud RAM console > Users > AccessKey", severity: .medium, entropy: 3.3),
        Make.token("secret-clickhouse-cloud-key", "ClickHouse", "ClickHouse Cloud API secret key", ["4b1d"], .base62, 38...38, env: "CLICKHOUSE_KEY_SECRET",
                   unlocks: "ClickHouse Cloud organization: services, backups and their data", category: "database",
                   rotate: "ClickHouse Cloud console > API keys", severity: .critical, entropy: 3.8),
        Make.token("secret-clojars-token", "Clojars", "Clojars deploy token", ["CLOJARS_"], .base62, 60...60, env: "CLOJARS_TOKEN",
                   unlocks: "Clojars: publish (poisoned) versions of the user's libraries", category: "registry",
                   rotate: "https://clojars.org/tokens", severity: .critical, entropy: 3.5),
        Make.token("secret-cloudflare-origin-ca-key", "Cloudflare", "Cloudflare Origin CA key", ["v1.0-"], Charset("a-f0-9-"), 171...171, env: "CLOUDFLARE_ORIGIN_CA_KEY",
                   unlocks: "issuing and revoking Cloudflare Origin CA certificates for the account's zones", category: "cloud",
                   rotate: "Cloudflare dashboard > My Profile > API Tokens > Origin CA Key (change)", entropy: 3.3,
                   validate: { s in s.dropFirst(5).split(separator: "-").map(\.count) == [24, 146] ? .plain : nil },
                   sample: { "v1.0-" + FakeSecrets.hex(24, seed: $0) + "-" + FakeSecrets.hex(146, seed: $0 &+ 1) }),
        Make.token("secret-defined-networking-token", "Defined Networking", "Defined Networking API token", ["dnkey-"], Charset("A-Za-z0-9=_-"), 79...79,
                   env: "DN_API_KEY", unlocks: "the Nebula overlay network: hosts, roles and enrollment", category: "cloud",
                   rotate: "Defined Networking admin panel > API keys", entropy: 3.5),
        Make.token("secret-duffel-api-token", "Duffel", "Duffel API token", ["duffel_live_", "duffel_test_"], Charset("A-Za-z0-9=_-"), 43...43, env: "DUFFEL_ACCESS_TOKEN",
                   unlocks: "Duffel flight bookings paid from the account's balance (live tokens)", category: "payments",
                   rotate: "Duffel dashboard > Developers > Access tokens", entropy: 3.5,
                   validate: { s in s.hasPrefix("duffel_test_") ? .props([:], severity: .low) : .plain }),
        Make.token("secret-dynatrace-api-token", "Dynatrace", "Dynatrace API token", ["dt0c01."], Charset("A-Za-z0-9."), 89...89, env: "DT_API_TOKEN",
                   unlocks: "the Dynatrace environment within the token's scopes (monitoring data, configuration)", category: "observability",
                   rotate: "Dynatrace > Access tokens", entropy: 3.5,
                   validate: { s in s.dropFirst(7).split(separator: ".").map(\.count) == [24, 64] ? .plain : nil },
                   sample: { "dt0c01." + Make.s($0, .upperAlnum, 24) + "." + Make.s($0 &+ 1, .upperAlnum, 64) }),
        Make.token("secret-easypost-api-token", "EasyPost", "EasyPost API key", ["EZAK", "EZTK"], .base62, 54...54, env: "EASYPOST_API_KEY",
                   unlocks: "EasyPost shipping labels billed to the account, and its addresses", category: "payments",
                   rotate: "EasyPost dashboard > API keys", entropy: 3.5,
                   validate: { s in s.hasPrefix("EZTK") ? .props([:], detail: "(test mode)", severity: .low) : .plain }),
        Make.token("secret-flutterwave-secret-key", "Flutterwave", "Flutterwave secret or encryption key", ["FLWSECK_TEST", "FLWSECK-"], Charset("a-hA-H0-9X-"), 12...40,
                   env: "FLUTTERWAVE_SECRET_KEY", unlocks: "Flutterwave payments: charges, transfers and refunds (test keys: the sandbox)",
                   category: "payments", rotate: "Flutterwave dashboard > Settings > API keys", entropy: 3.0,
                   validate: { s in s.hasPrefix("FLWSECK_TEST") ? .props([:], detail: "(test mode)", severity: .low) : .plain },
                   sample: { "FLWSECK-" + FakeSecrets.hex(32, seed: $0) + "-X" }),
        Make.token("secret-flutterwave-public-key", "Flutterwave", "Flutterwave public key", ["FLWPUBK_TEST-", "FLWPUBK-"], Charset("a-hA-H0-9X-"), 32...40,
                   env: "FLUTTERWAVE_PUBLIC_KEY", unlocks: "nothing secret: it is meant for browsers", category: "payments",
                   rotate: "not needed", entropy: 3.0, publishable: true,
                   sample: { "FLWPUBK-" + FakeSecrets.hex(32, seed: $0) + "-X" }),
        Make.token("secret-frameio-api-token", "Frame.io", "Frame.io developer token", ["fio-u-"], Charset("A-Za-z0-9=_-"), 64...64, env: "FRAMEIO_TOKEN",
                   unlocks: "Frame.io projects and media (unreleased footage) of the user", category: "storage",
                   rotate: "Frame.io developer site > Tokens", entropy: 3.5),
        Make.token("secret-gitlab-other-token", "GitLab", "GitLab token (CI job, agent, SCIM, mail, feature flag)", ["glcbt-", "glagent-", "glsoat-", "glimt-", "glffct-"],
                   Charset("A-Za-z0-9_-"), 20...60, env: "GITLAB_TOKEN", unlocks: "GitLab within the token's purpose: CI job API, Kubernetes agent, SCIM provisioning, incoming mail or feature flags",
                   category: "vcs", rotate: "GitLab > the token's settings page (revoke or reset)", entropy: 3.5,
                   validate: { s in
                       // Words joined by `-` and `_` (`glimt-my-tokens_are-correct`) are a sentence, not random characters.
                       let words = s.split(whereSeparator: { $0 == "-" || $0 == "_" }).dropFirst()
                           .filter { $0.count >= 2 && $0.allSatisfy { $0.isLowercase } }
                       return words.count >= 2 ? nil : .plain
                   }),
        Make.token("secret-gitlab-session-cookie", "GitLab", "GitLab session cookie", ["_gitlab_session="], Charset("a-z0-9"), 32...32, env: "GITLAB_SESSION",
                   unlocks: "GitLab as the signed-in user until the session ends", category: "vcs",
                   rotate: "sign out of every GitLab session (Preferences > Active sessions)", severity: .medium, entropy: 3.3),
        Make.token("secret-grafana-api-key", "Grafana", "Grafana API key (legacy)", ["eyJrIjoi"], .base64, 70...400, env: "GRAFANA_API_KEY",
                   unlocks: "the Grafana organization with the key's role (dashboards, data sources and their credentials)", category: "observability",
                   rotate: "Grafana > Administration > API keys (migrate to service accounts)", entropy: 4.0,
                   sample: { "eyJrIjoi" + Make.s($0, .base62, 80) }),
        Make.token("secret-harness-api-key", "Harness", "Harness API key or service account token", ["pat.", "sat."], Charset("A-Za-z0-9_.-"), 68...68,
                   env: "HARNESS_API_KEY", unlocks: "Harness: pipelines, deployments and their secrets", category: "deploy",
                   rotate: "Harness > Profile / Service accounts > API keys", entropy: 3.5,
                   validate: { s in s.dropFirst(4).split(separator: ".", omittingEmptySubsequences: false).map(\.count) == [22, 24, 20] ? .plain : nil },
                   sample: { "pat." + Make.s($0, .urlSafe, 22) + "." + Make.s($0 &+ 1, .base62, 24) + "." + Make.s($0 &+ 2, .base62, 20) }),
        Make.token("secret-infracost-api-token", "Infracost", "Infracost API key", ["ico-"], .base62, 32...32, env: "INFRACOST_API_KEY",
                   unlocks: "the Infracost organization's cost estimates and settings", category: "ci",
                   rotate: "Infracost Cloud > Org settings > API key", severity: .medium, entropy: 3.5,
                   validate: { s in s.contains(where: \.isUppercase) && s.contains(where: \.isLowercase) ? .plain : nil }),
        Make.token("secret-intra42-client-secret", "42", "42 Intra client secret", ["s-s4t2ud-", "s-s4t2af-"], .hex, 64...64, env: "FT_CLIENT_SECRET",
                   unlocks: "42 Intra OAuth flows of the application", category: "identity",
                   rotate: "42 Intra > Settings > API applications (replace the secret)", severity: .medium, entropy: 3.3),
        Make.token("secret-octopus-deploy-api-key", "Octopus Deploy", "Octopus Deploy API key", ["API-"], .upperAlnum, 26...26, env: "OCTOPUS_API_KEY",
                   unlocks: "Octopus Deploy as the user: releases, deployments and project variables", category: "deploy",
                   rotate: "Octopus > Profile > My API keys", entropy: 3.5,
                   validate: { s in s.dropFirst(4).contains { $0.isNumber } ? .plain : nil }),
        Make.token("secret-openshift-user-token", "Red Hat", "OpenShift user token", ["sha256~"], .urlSafe, 43...43, env: "OPENSHIFT_TOKEN",
                   unlocks: "the OpenShift cluster as the user (projects, secrets, deployments) until it expires", category: "cloud",
                   rotate: "oc delete oauthaccesstoken (or log out of every session)", entropy: 3.5),
        Make.token("secret-rubygems-api-token", "RubyGems", "RubyGems API key", ["rubygems_"], .lowerAlnum, 48...48, env: "GEM_HOST_API_KEY",
                   unlocks: "RubyGems.org: push (poisoned) versions of the user's gems", category: "registry",
                   rotate: "https://rubygems.org/profile/api_keys", severity: .critical, entropy: 3.3,
                   validate: { StructuredTokens.hexBody($0, prefix: "rubygems_") },
                   sample: { "rubygems_" + FakeSecrets.hex(48, seed: $0) }),
        Make.token("secret-alchemy-access-token", "Alchemy", "Alchemy access token", ["alcht_"], .base62, 30...30, env: "ALCHEMY_ACCESS_TOKEN",
                   unlocks: "the Alchemy account's apps and their blockchain API keys (Admin API)", category: "crypto",
                   rotate: "Alchemy dashboard > Account > Access keys (revoke)", entropy: 3.5,
                   refs: ["https://www.alchemy.com/docs/how-to-create-access-keys"]),
        Make.token("secret-rootly-api-key", "Rootly", "Rootly API key", ["rootly_"], .hexLower, 64...64, env: "ROOTLY_API_TOKEN",
                   unlocks: "Rootly incidents, alerts and on-call schedules of the organization", category: "observability",
                   rotate: "Rootly > Organization settings > API keys (revoke)", entropy: 3.3),
        Make.token("secret-spectralops-token", "SpectralOps", "SpectralOps (Check Point Spectral) user token", ["spu-"], .hexLower, 32...32,
                   env: "SPECTRAL_DSN", unlocks: "Spectral scan results of the team (the secrets and issues it found in other repositories)",
                   category: "ci", rotate: "Spectral > Settings > Personal tokens (revoke)", entropy: 3.2),
        Make.token("secret-scalingo-api-token", "Scalingo", "Scalingo API token", ["tk-us-"], .urlSafe, 48...48, env: "SCALINGO_API_TOKEN",
                   unlocks: "Scalingo apps: deployments, environment variables and databases", category: "deploy",
                   rotate: "Scalingo dashboard > Profile > API tokens", entropy: 3.5),
        Make.token("secret-sendinblue-api-token", "Brevo", "Brevo (Sendinblue) API key", ["xkeysib-"], Charset("A-Za-z0-9-"), 81...81, env: "BREVO_API_KEY",
                   unlocks: "sending e-mail and SMS as the account, and its contact lists", category: "messaging",
                   rotate: "Brevo > SMTP & API > API keys", entropy: 3.3,
                   validate: { s in s.dropFirst(8).split(separator: "-").map(\.count) == [64, 16] ? .plain : nil },
                   sample: { "xkeysib-" + FakeSecrets.hex(64, seed: $0) + "-" + Make.s($0 &+ 1, .base62, 16) }),
        Make.token("secret-settlemint-token", "SettleMint", "SettleMint access token", ["sm_pat_", "sm_aat_", "sm_sat_"], .base62, 16...16, env: "SETTLEMINT_ACCESS_TOKEN",
                   unlocks: "SettleMint blockchain applications and their nodes", category: "crypto",
                   rotate: "SettleMint console > Access tokens", entropy: 3.3),
        Make.token("secret-sourcegraph-token", "Sourcegraph", "Sourcegraph access token", ["sgp_"], Charset("A-Za-z0-9_"), 40...62, env: "SRC_ACCESS_TOKEN",
                   unlocks: "Sourcegraph as the user: search over every indexed private repository", category: "vcs",
                   rotate: "Sourcegraph > Settings > Access tokens", entropy: 3.3,
                   validate: { s in
                       let parts = s.dropFirst(4).split(separator: "_", omittingEmptySubsequences: false)
                       let hex: (Substring) -> Bool = { $0.allSatisfy(\.isHexDigit) }
                       if parts.count == 1 { return parts[0].count == 40 && hex(parts[0]) ? .plain : nil }
                       if parts.count == 2 { return (parts[0] == "local" || (parts[0].count == 16 && hex(parts[0]))) && parts[1].count == 40 && hex(parts[1]) ? .plain : nil }
                       return nil
                   },
                   sample: { "sgp_" + FakeSecrets.hex(16, seed: $0) + "_" + FakeSecrets.hex(40, seed: $0 &+ 1) }),
        // Keyed, not a token prefix: the prefix is 21 `A`s, which a run of `A` (padding, a hostile blob)
        // matches at every byte.
        Make.keyed("secret-twitter-bearer-token", "X (Twitter)", "X (Twitter) app bearer token", keywords: ["twitter", "bearer"],
                   valuePrefix: "AAAAAAAAAAAAAAAAAAAAA", Charset("A-Za-z0-9%"), 80...120,
                   env: "TWITTER_BEARER_TOKEN", unlocks: "X (Twitter) API as the app: reading posts and users within its quota", category: "social",
                   rotate: "X developer portal > the app > Keys and tokens (regenerate the bearer token)", entropy: 3.5,
                   validate: { s in s.contains("%") ? .plain : nil },
                   sample: { "AAAAAAAAAAAAAAAAAAAAA" + Make.s($0, .base62, 20) + "%3D" + Make.s($0 &+ 1, .base62, 70) }),
        Make.token("secret-1password-secret-key", "1Password", "1Password account secret key", ["A3-"], Charset("A-Z0-9-"), 30...40, env: "OP_SECRET_KEY",
                   unlocks: "with the account password: every vault of the 1Password account", category: "identity",
                   rotate: "1Password > Profile > Secret Key (regenerate) and change the account password", severity: .critical, entropy: 3.3,
                   validate: { s in
                       let g = s.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
                       return g == [2, 6, 11, 5, 5, 5] || g == [2, 6, 6, 5, 5, 5, 5] ? .plain : nil
                   },
                   sample: { "A3-" + Make.s($0, .upperAlnum, 6) + "-" + Make.s($0 &+ 1, .upperAlnum, 11) + "-" + Make.s($0 &+ 2, .upperAlnum, 5) + "-" + Make.s($0 &+ 3, .upperAlnum, 5) + "-" + Make.s($0 &+ 4, .upperAlnum, 5) }),
        Make.token("secret-aws-appsync-api-key", "AWS", "AWS AppSync API key", ["da2-"], Charset("a-z0-9"), 26...26, env: "APPSYNC_API_KEY",
                   unlocks: "the AppSync GraphQL API as an API-key client (queries and mutations the schema allows)", category: "cloud",
                   rotate: "AWS AppSync console > the API > Settings > API keys (delete)", severity: .medium, entropy: 3.3),
        // `1%2F%2F0` is the same token URL-encoded, as recorded HTTP cassettes hold it in a form body
        // (`grant_type=refresh_token&...&refresh_token=1%2F%2F0...`).
        Make.token("secret-google-oauth-refresh-token", "Google", "Google OAuth refresh token", ["1//0", "1%2F%2F0"], Charset("A-Za-z0-9_-"), 40...300, env: "GOOGLE_REFRESH_TOKEN",
                   unlocks: "new access tokens for the Google account without a password, with every scope the user granted (Gmail, Drive, Cloud APIs) until revoked",
                   category: "cloud", rotate: "https://myaccount.google.com/permissions (remove the app's access); rotate the OAuth client secret too",
                   entropy: 3.5, sample: { "1//0" + Make.s($0, .base62, 2) + "-" + Make.s($0 &+ 1, .urlSafe, 96) },
                   hits: [("tests/cassettes/auth.yaml", "    body: grant_type=refresh_token&client_id=42.apps.googleusercontent.com&refresh_token=1%2F%2F0"
                           + Make.s(31, .base62, 2) + "-" + Make.s(32, .urlSafe, 96) + " # <-")]),
        Make.token("secret-google-oauth-access-token", "Google", "Google OAuth access token", ["ya29."], Charset("A-Za-z0-9_-"), 60...2048, env: "GOOGLE_ACCESS_TOKEN",
                   unlocks: "the Google account's APIs within the granted scopes (Gmail, Drive, Cloud) for about an hour; recorded ones show the scopes in use",
                   category: "cloud", rotate: "it expires within an hour; revoke the grant at https://myaccount.google.com/permissions",
                   entropy: 3.5, sample: { "ya29.a0" + Make.s($0, .urlSafe, 150) }),
        Make.token("secret-teams-webhook-url", "Microsoft", "Microsoft Teams incoming webhook URL", ["https://outlook.office.com/webhook/", "https://outlook.office365.com/webhook/"],
                   Charset("A-Za-z0-9@/-"), 100...250, env: "TEAMS_WEBHOOK_URL", unlocks: "posting messages (phishing links) into a Teams channel", category: "messaging",
                   rotate: "Teams channel > Connectors / Workflows (remove the webhook)", severity: .medium, entropy: 3.3,
                   validate: { s in s.contains("@") && s.contains("IncomingWebhook") ? .plain : nil },
                   sample: { "https://outlook.office.com/webhook/" + FakeSecrets.uuid(seed: $0) + "@" + FakeSecrets.uuid(seed: $0 &+ 1) + "/IncomingWebhook/" + FakeSecrets.hex(32, seed: $0) + "/" + FakeSecrets.uuid(seed: $0 &+ 2) }),
        Make.token("secret-github-installation-token-long", "GitHub", "GitHub App installation token (long format)", ["ghs_"], .base62Underscore, 90...300,
                   env: "GITHUB_TOKEN", unlocks: "GitHub repositories of the App installation until the token expires (one hour)", category: "vcs",
                   rotate: "it expires within an hour; revoke it with DELETE /installation/token and rotate the App's private key if it leaked with it",
                   entropy: 4.0, validate: { s in s.dropFirst(4).contains("_") ? .plain : nil },
                   sample: { "ghs_" + Make.s($0, .base62, 9) + "_" + Make.s($0 &+ 1, .base62, 110) }),
    ] + [maxmind, teamsWorkflow, curlUser, nugetPassword, netrcPassword, authorizationHeader, jwt, entraRefresh, githubLegacy]

    /// The value assigned right after the keyword (`KEY = "v"`, `KEY: v`, `"KEY": "v"`, `KEY := v`,
    /// `KEY => v`), or nil: for formats too plain to be found anywhere else on the line (40 hex
    /// characters are also commit and action SHAs).
    static func assignedValue(_ inp: MatchInput, _ body: Charset, _ length: ClosedRange<Int>) -> RawHit? {
        let b = inp.bytes
        var i = inp.start + inp.keywordLength
        let limit = min(b.count, i + 24)
        // The rest of the name (`GITHUB_TOKEN_CLASSIC`), then quotes and spaces, and the `]` of a subscript
        // assignment (`os.environ["GITHUB_TOKEN"] = ...`).
        while i < limit, Charset.urlSafe.contains(b[i]) { i += 1 }
        while i < limit, b[i] == 0x20 || b[i] == 0x09 || b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") || b[i] == UInt8(ascii: "]") { i += 1 }
        var op = 0
        while i < limit, op < 3, b[i] == UInt8(ascii: "=") || b[i] == UInt8(ascii: ":") || b[i] == UInt8(ascii: ">") { i += 1; op += 1 }
        guard op > 0 else { return nil }
        while i < limit, b[i] == 0x20 || b[i] == 0x09 || b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") { i += 1 }
        let e = Scan.run(b, from: i, body, max: length.upperBound + 1)
        guard length.contains(e - i), e >= b.count || !Scan.isWord(b[e]) else { return nil }
        let v = Scan.text(b, i..<e)
        guard !Placeholders.isPlaceholder(v), Codecs.entropy(Array(v.utf8)) >= 3.2 else { return nil }
        return RawHit(range: i..<e, secret: v)
    }

    /// Classic GitHub tokens before 2021: 40 hex characters, found only as the value of a GitHub token name.
    static let githubLegacy = Make.custom("secret-github-legacy-token", "GitHub", "GitHub OAuth or personal token (legacy 40-hex format)",
                                          keywords: ["github_token", "gh_token", "github_pat", "github_oauth", "github_access_token", "githubtoken",
                                                     "github-token", "github_api_key", "githubkey", "github_key", "github_api_token", "githubaccesstoken"],
                                          regex: "(?i:github_?(?:access_|api_|oauth_)?(?:token|key|pat)|gh_token)[\\w-]{0,20}[\"' \\t]*[:=>]{1,3}[\"' \\t]*([a-f0-9]{40})(?![A-Za-z0-9])",
                                          env: "GITHUB_TOKEN", unlocks: "GitHub as the user or app that owns the token (repositories its scopes reach)", category: "vcs",
                                          rotate: "https://github.com/settings/tokens (revoke; new tokens have a prefix and a checksum)",
                                          confidence: .medium,
                                          sample: { FakeSecrets.hex(40, seed: $0) },
                                          hits: [("scripts/setup.py", "os.environ[\"GITHUB_TOKEN\"] = \"{S}\" # <-")],
                                          misses: [(".github/workflows/agent.lock.yml", "# manifest: {\"secrets\":[\"GITHUB_TOKEN\",\"OTHER\"],\"hash\":\"" + FakeSecrets.hex(40, seed: 9) + "\"}")]) { inp in
        guard let hit = assignedValue(inp, .hexLower, 40...40) else { return [] }
        return [hit]
    }

    /// `0.A` + base64url of the tenant and client ids, then dot-separated encrypted parts: hundreds of
    /// characters (a run of `A` inside is structure, not a placeholder).
    static let entraRefresh = Make.custom("secret-azure-entra-refresh-token", "Microsoft Azure", "Microsoft Entra ID refresh token", keywords: ["0.A"],
                                          regex: "(?<![A-Za-z0-9._-])(0\\.A[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_.-]{200,4000})",
                                          env: "AZURE_REFRESH_TOKEN",
                                          unlocks: "new access tokens for the Microsoft account (Microsoft Graph: mail, files, Teams; Azure management) until revoked",
                                          category: "cloud", rotate: "Entra admin center > Users > the user > Revoke sessions",
                                          sample: { "0.AS" + Make.s($0, .base62, 60) + ".AgABAAAAAAD" + Make.s($0 &+ 1, .urlSafe, 300) }) { inp in
        let b = inp.bytes, s = inp.start
        if s > 0, Charset("A-Za-z0-9._-").contains(b[s - 1]) { return [] }
        let e = Scan.run(b, from: s + 3, Charset("A-Za-z0-9_.-"), max: 4001)
        guard (250...4000).contains(e - s), e >= b.count || !Charset("A-Za-z0-9_.-").contains(b[e]) else { return [] }
        let v = Scan.text(b, s..<e)
        let parts = v.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.allSatisfy({ !$0.isEmpty }), parts[1].count >= 20,
              Codecs.entropy(Array(v.utf8)) >= 4.0 else { return [] }
        return [RawHit(range: s..<e, secret: v)]
    }

    /// `XXXXXX_<29>_mmk`: the suffix is the anchor, the key runs back from it.
    static let maxmind = Make.custom("secret-maxmind-license-key", "MaxMind", "MaxMind license key", keywords: ["_mmk"],
                                     regex: "(?<![A-Za-z0-9])([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_])",
                                     env: "MAXMIND_LICENSE_KEY", unlocks: "MaxMind GeoIP downloads and web services billed to the account",
                                     category: "data", rotate: "MaxMind account portal > Manage license keys", severity: .medium,
                                     sample: { Make.s($0, .base62, 6) + "_" + Make.s($0 &+ 1, .base62, 29) + "_mmk" }) { inp in
        let b = inp.bytes, s = inp.start
        let e = s + 4
        guard e >= b.count || !Charset.urlSafe.contains(b[e]) else { return [] }
        let m = Scan.runBack(b, from: s, .base62, max: 30)
        guard s - m == 29, m > 0, b[m - 1] == UInt8(ascii: "_") else { return [] }
        let f = Scan.runBack(b, from: m - 1, .base62, max: 7)
        guard m - 1 - f == 6, f == 0 || !Charset.urlSafe.contains(b[f - 1]) else { return [] }
        let v = Scan.text(b, f..<e)
        guard Codecs.entropy(Array(v.utf8)) >= 3.5, !Placeholders.isPlaceholder(String(v.dropLast(4))) else { return [] }
        return [RawHit(range: f..<e, secret: v)]
    }

    /// `https://<tenant>.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<hex>/<uuid>`.
    static let teamsWorkflow = Make.custom("secret-teams-webhook-office-url", "Microsoft", "Microsoft Teams webhook URL (webhook.office.com)",
                                           keywords: [".webhook.office.com/webhookb2/"],
                                           regex: "(https://[a-z0-9-]+\\.webhook\\.office\\.com/webhookb2/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[A-Za-z0-9]{32}/[a-f0-9-]{36}(?:/[A-Za-z0-9_-]+)?)",
                                           env: "TEAMS_WEBHOOK_URL", unlocks: "posting messages (phishing links) into a Teams channel", category: "messaging",
                                           rotate: "Teams channel > Connectors / Workflows (remove the webhook)", severity: .medium,
                                           sample: { "https://contoso.webhook.office.com/webhookb2/" + FakeSecrets.uuid(seed: $0) + "@" + FakeSecrets.uuid(seed: $0 &+ 1) + "/IncomingWebhook/" + Make.s($0, .base62, 32) + "/" + FakeSecrets.uuid(seed: $0 &+ 2) }) { inp in
        let b = inp.bytes, s = inp.start
        let hs = Scan.runBack(b, from: s, Charset("a-z0-9-"), max: 64)
        guard hs >= 8, Scan.text(b, (hs - 8)..<hs) == "https://" else { return [] }
        let e = Scan.run(b, from: s + inp.keywordLength, Charset("A-Za-z0-9@/_-"), max: 300)
        let v = Scan.text(b, (hs - 8)..<e)
        let tail = v.components(separatedBy: "/webhookb2/").last ?? ""
        guard tail.contains("@"), tail.contains("/IncomingWebhook/"), tail.count >= 100 else { return [] }
        let parts = tail.split(separator: "/")
        guard parts.count >= 4, parts[2].count == 32, !Placeholders.isPlaceholder(String(parts[2])) else { return [] }
        return [RawHit(range: (hs - 8)..<e, secret: v)]
    }

    /// NuGet.config's `<packageSourceCredentials>` entry: `<add key="ClearTextPassword" value="..." />`. Only that
    /// XML form: the attribute `key=` with the name in quotes, then `value=` with the password in the same quotes.
    /// `key="Password"` (an encrypted password in the same element) counts only in a file named NuGet.config.
    static let nugetPassword = Make.custom("secret-nuget-config-password", "NuGet", "NuGet feed password in NuGet.config",
                                           keywords: ["cleartextpassword", "key=\"password\"", "key='password'"],
                                           regex: "(?i)<add\\s+key=[\"'](?:ClearText)?Password[\"']\\s+value=[\"']([^\"'\\n]{8,200})[\"']",
                                           env: "ClearTextPassword", unlocks: "the private NuGet feed: download and publish packages", category: "registry",
                                           rotate: "the feed's token settings (Azure Artifacts, GitHub Packages, ...)",
                                           severity: .high, confidence: .high,
                                           sample: { _ in "" },
                                           hits: [("NuGet.config", "<add key=\"ClearTextPassword\" value=\"" + Make.s(41, .base62, 20) + "\" /> # <-"),
                                                  ("build/nuget.config", "    <add key='Password' value='" + Make.s(42, .base62, 24) + "'/> # <-")],
                                           misses: [("Sources/Catalog.swift", "kv(\"nuget-config-password\", [\"cleartextpassword\"], Charset(\"A-Za-z0-9\"), 8...200,"),
                                                    ("Sources/Catalog.swift", "env: \"ClearTextPassword\", unlocks: \"the private NuGet feed\","),
                                                    ("NuGet.config", "<add key=\"ClearTextPassword\" value=\"%FEED_PASSWORD%\" />"),
                                                    ("app.config", "<add key=\"Password\" value=\"" + Make.s(43, .base62, 20) + "\" />")]) { inp in
        let b = inp.bytes, s = inp.start, kw = inp.keywordLength
        var i: Int
        if kw == "cleartextpassword".utf8.count {
            // `key="` (or `key='`) right before the name, and the same quote right after it.
            guard s >= 5, b[s - 1] == 0x22 || b[s - 1] == 0x27, b[s - 2] == UInt8(ascii: "="),
                  Scan.text(b, (s - 5)..<(s - 2)).lowercased() == "key" else { return [] }
            i = s + kw
            guard i < b.count, b[i] == b[s - 1] else { return [] }
            i += 1
        } else {
            // `key="password"`: the encrypted-password entry, a NuGet secret only in NuGet.config itself.
            guard (inp.path.split(separator: "/").last ?? "").lowercased() == "nuget.config" else { return [] }
            i = s + kw
        }
        let ws0 = i
        while i < b.count, i - ws0 < 16, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        guard i > ws0, i + 6 < b.count, Scan.text(b, i..<(i + 5)).lowercased() == "value" else { return [] }
        i += 5
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i < b.count, b[i] == UInt8(ascii: "=") else { return [] }
        i += 1
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i < b.count, b[i] == 0x22 || b[i] == 0x27 else { return [] }
        let q = b[i]
        let vs = i + 1
        var e = vs
        while e < b.count, e - vs <= 200, b[e] != q, b[e] != 0x0A { e += 1 }
        guard e < b.count, b[e] == q, e - vs >= 8, e - vs <= 200 else { return [] }
        let v = Scan.text(b, vs..<e)
        // `%VAR%`, `$(Var)`, `${VAR}` are the variables NuGet and MSBuild expand, not passwords.
        guard !(v.hasPrefix("%") && v.hasSuffix("%")), !v.contains("$("), !v.contains("${"),
              !Placeholders.isPlaceholder(v), !StructuredPasswords.common.contains(v.lowercased()),
              Codecs.entropy(Array(v.utf8)) >= 2.5 else { return [] }
        return [RawHit(range: vs..<e, secret: v)]
    }

    /// A `.netrc` (or `_netrc`) entry's `password` token: `machine api.example.com login me password <value>`,
    /// on one line or the next, separated by spaces or tabs. curl, git, pip, Heroku and many CLIs read
    /// this file, so a committed one hands every listed host to the reader. Only in files named so.
    static let netrcPassword = Make.custom("secret-netrc-password", "netrc", "Password in a committed .netrc file",
                                           keywords: ["password"],
                                           regex: "(?m)(?:^|\\s)password[ \\t]+(\\S{6,256})  # in .netrc / _netrc only",
                                           env: "NETRC", unlocks: "every host the file lists, as the user it names (git remotes, package indexes, APIs)",
                                           category: "generic", rotate: "change the password or token at each host the file lists, then keep the file out of the repository",
                                           sample: { _ in "" },
                                           hits: [(".netrc", "machine api.heroku.com\n  login ci@example.com\n  password " + FakeSecrets.hex(32, seed: 91) + " # <-"),
                                                  ("ops/_netrc", "machine git.example.com login deploy password " + Make.s(92, .base62, 24) + " # <-")],
                                           misses: [(".netrc", "machine api.example.com login me password $NETRC_PASSWORD"),
                                                    (".netrc", "machine api.example.com login me password changeme"),
                                                    ("docs/netrc.md", "machine api.example.com login me password " + Make.s(93, .base62, 24))]) { inp in
        let name = (inp.path.split(separator: "/").last ?? "").lowercased()
        guard name == ".netrc" || name == "_netrc" || name == "netrc" else { return [] }
        let b = inp.bytes, s = inp.start
        // A token of its own: preceded by a line start or blank, followed by blanks and the value.
        guard s == 0 || b[s - 1] == 0x20 || b[s - 1] == 0x09 || b[s - 1] == 0x0A || b[s - 1] == 0x0D else { return [] }
        var i = s + inp.keywordLength
        let ws0 = i
        while i < b.count, i - ws0 < 64, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        guard i > ws0 else { return [] }
        let vs = i
        while i < b.count, i - vs <= 256, b[i] != 0x20, b[i] != 0x09, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
        guard i - vs >= 6, i - vs <= 256 else { return [] }
        var v = Scan.text(b, vs..<i)
        if v.count >= 2, let f = v.first, f == "\"" || f == "'", v.last == f { v = String(v.dropFirst().dropLast()) }
        guard !v.hasPrefix("$"), !v.contains("${"), !(v.hasPrefix("%") && v.hasSuffix("%")), !v.hasPrefix("<"),
              !Placeholders.isPlaceholder(v), !StructuredPasswords.common.contains(v.lowercased()),
              Codecs.entropy(Array(v.utf8)) >= 2.5 else { return [] }
        return [RawHit(range: vs..<i, secret: v)]
    }

    /// Schemes of an `Authorization` header value, lower case, each followed by one space.
    static let authSchemes = ["bearer ", "token ", "api-token ", "oauth ", "bot ", "basic "]
    static let authValueChars = Charset("A-Za-z0-9._~+/=:-")
    /// API key headers read like `Authorization` (their value has no scheme).
    static let apiKeyHeaders = ["x-api-key", "x-api-token", "x-auth-token", "x-access-token", "api-token", "private-token"]

    /// A credential written into an HTTP `Authorization` header: `-H "Authorization: Bearer <token>"`,
    /// `Header.Set("Authorization", "Token <token>")`, `{"Authorization": "Basic <base64 user:password>"}`,
    /// or a string literal that starts with `Bearer ` (`auth = "Bearer <token>"`). The token must look random
    /// (letters and digits, entropy); a Basic value must decode to `user:password` with a real password.
    /// Tokens in a known provider's shape and JWTs are left to their own rules.
    static let authorizationHeader = Make.custom(
        "secret-authorization-header", "HTTP", "Credential in an HTTP Authorization header",
        keywords: ["authorization", "\"bearer ", "'bearer ", "`bearer "] + apiKeyHeaders,
        regex: "(?i)(?:authorization[\"']?\\s*[:=,]\\s*[\"']?|[\"'`])(?:bearer|token|api-token|oauth|bot|basic)?\\s*([A-Za-z0-9._~+/=:-]{16,512})",
        env: "API_TOKEN", unlocks: "the HTTP API the header is sent to, as the token's owner", category: "generic",
        rotate: "revoke the token (or change the password) at the service the request goes to",
        severity: .medium, confidence: .medium,
        sample: { _ in "" },
        hits: [("scripts/status.sh", "curl -s -H \"Authorization: Bearer " + Make.s(61, .base62, 40) + "\" https://status.internal.test/api # <-"),
               ("internal/client.go", "req.Header.Set(\"Authorization\", \"Token " + FakeSecrets.hex(40, seed: 62) + "\") // <-"),
               ("tests/cassettes/login.yaml", "    Authorization: Basic " + Codecs.base64Encode(Array(("deploy:" + Make.s(63, .base62, 18)).utf8)) + " # <-"),
               ("src/api.ts", "const auth = \"Bearer " + Make.s(64, .urlSafe, 36) + "\"; // <-"),
               ("scripts/search.sh", "curl -H 'X-API-Key: " + Make.s(66, .base62, 32) + "' https://search.internal.test/v1 # <-"),
               ("tests/cassettes/list.yaml", "    headers:\n      Authorization:\n      - Bearer " + Make.s(65, .base62, 48) + " # <-\n      User-Agent:\n      - python-requests")],
        misses: [("scripts/status.sh", "curl -H \"Authorization: Bearer $API_TOKEN\" https://status.internal.test/api"),
                 ("internal/client.go", "req.Header.Set(\"Authorization\", \"Bearer \"+token)"),
                 ("docs/api.md", "Send `Authorization: Bearer <your-token>` with every request."),
                 ("docs/api.md", "curl -H 'Authorization: Basic " + Codecs.base64Encode(Array("browser:".utf8)) + "' https://localhost/"),
                 ("src/auth.py", "headers = {\"Authorization\": \"Bearer \" + self.token_provider.get_access_token()}"),
                 ("docs/auth.md", "The Authorization header carries the bearer token issued by the authorization server."),
                 // Test values seen on real repositories: words, a request path, Basic of a passphrase, base64 of text.
                 ("tests/test_api.py", "headers = {\"Authorization\": \"Bearer sk-acme-boguskey123\"}"),
                 ("tests/webhooks.test.ts", "value: encrypt(\"Bearer secret-token-12345\"),"),
                 ("tests/signing.test.ts", "authorization: '/bedrock/aws4_request',"),
                 ("tests/test_redact.py", "(\"Authorization: Basic " + Codecs.base64Encode(Array("Aladdin:open sesame".utf8)) + "\", \"x\"),"),
                 ("tests/test_redact.py", "_classify(\"Authorization: Bearer " + Codecs.base64Encode(Array("AAA+SECRET/TAIL".utf8)) + "\")")]) { inp in
        let b = inp.bytes, s = inp.start, kl = inp.keywordLength
        var i = s + kl
        let headerName = b[s] != UInt8(ascii: "\"") && b[s] != UInt8(ascii: "'") && b[s] != UInt8(ascii: "`")
        if headerName {
            // `Authorization` (or `X-API-Key`...) then a quote, `:`, `=` or `,` (a setter's next argument), then an optional quote.
            guard s == 0 || !Charset.wordByte.contains(b[s - 1]) else { return [] }
            var k = 0
            var sawSeparator = false
            while i < b.count, k < 8, b[i] == 0x20 || b[i] == 0x22 || b[i] == 0x27 || b[i] == UInt8(ascii: ":")
                    || b[i] == UInt8(ascii: "=") || b[i] == UInt8(ascii: ",") || b[i] == 0x09 {
                if b[i] == UInt8(ascii: ":") || b[i] == UInt8(ascii: "=") || b[i] == UInt8(ascii: ",") { sawSeparator = true }
                i += 1; k += 1
            }
            guard sawSeparator else { return [] }
            // A YAML header list (recorded HTTP cassettes): `Authorization:` then `- Bearer ...` on the next line.
            if i < b.count, b[i] == 0x0A || b[i] == 0x0D {
                var j = i
                while j < b.count, j - i < 64, b[j] == 0x0A || b[j] == 0x0D || b[j] == 0x20 { j += 1 }
                guard j + 1 < b.count, b[j] == UInt8(ascii: "-"), b[j + 1] == 0x20 else { return [] }
                i = j + 2
                while i < b.count, i - j < 16, b[i] == 0x20 || b[i] == 0x22 || b[i] == 0x27 { i += 1 }
            }
        } else {
            // `"Bearer <token>"`: the keyword included the quote and the scheme.
            i = s + 1
        }
        // The scheme word, if any.
        var scheme = ""
        for sc in authSchemes where i + sc.utf8.count <= b.count {
            if ValueShape.containsCI(b, i..<(i + sc.utf8.count), lowered: Array(sc.utf8)) { scheme = String(sc.dropLast()); i += sc.utf8.count; break }
        }
        while i < b.count, b[i] == 0x20, i - s < 300 { i += 1 }
        let vs = i
        let ve = Scan.run(b, from: vs, authValueChars, max: 513)
        guard ve - vs >= 16, ve - vs <= 512 else { return [] }
        // The value ends the header: a quote, a space, a line end, a backslash or a comma, not more code.
        if ve < b.count {
            let c = b[ve]
            guard c == 0x22 || c == 0x27 || c == 0x60 || c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == UInt8(ascii: "\\")
                    || c == UInt8(ascii: ",") || c == UInt8(ascii: "}") || c == UInt8(ascii: ";") || c == UInt8(ascii: ")") else { return [] }
        }
        let v = Scan.text(b, vs..<ve)
        if v.hasPrefix("eyJ") || v.hasPrefix("/") || GenericSecret.isClaimed(b, vs..<ve) || Placeholders.isPlaceholder(v) { return [] }
        // Test values are words: `secret-token-12345`, `workos:token-123`, `sk-x-boguskey123`. A token has a random
        // stretch of at least 12 characters between separators, and holds no secret word.
        if GenericSecret.keywordBytes.contains(where: { ValueShape.containsCI(b, vs..<ve, lowered: $0) }) { return [] }
        if scheme != "basic" {
            let longest = v.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }).map(\.count).max() ?? 0
            guard longest >= 12 else { return [] }
            // Base64 of readable text (`AAA+SECRET/TAIL`) is an encoded test string, not a random token.
            if let raw = Codecs.base64Decode(v, maxBytes: 600), raw.count >= 8, raw.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
                let text = String(decoding: raw, as: UTF8.self)
                if Placeholders.isPlaceholder(text) || GenericSecret.keywords.contains(where: { text.lowercased().containsBytes($0) }) { return [] }
            }
        }
        if scheme == "basic" {
            guard let raw = Codecs.base64Decode(v, maxBytes: 600), let text = String(validating: raw, as: UTF8.self),
                  let colon = text.firstIndex(of: ":"), text.allSatisfy({ $0.isASCII && !$0.isNewline }) else { return [] }
            let user = String(text[..<colon]), password = String(text[text.index(after: colon)...])
            guard password.count >= 6, !password.contains(" "), !Placeholders.isPlaceholder(password), !StructuredPasswords.common.contains(password.lowercased()),
                  !GenericSecret.keywords.contains(where: { password.lowercased().containsBytes($0) }),
                  Codecs.entropy(Array(password.utf8)) >= 2.5 else { return [] }
            return [RawHit(range: vs..<ve, secret: v, verdict: .props(["http.scheme": "Basic", "http.user": String(user.prefix(60))], detail: "(Basic, user `\(user.prefix(60))`)"))]
        }
        let u = Array(v.utf8)
        let hasDigit = u.contains { $0 >= 48 && $0 <= 57 }, hasLetter = u.contains { ValueShape.isLetter($0) }
        let hexOnly = u.allSatisfy { Charset.hex.contains($0) || $0 == UInt8(ascii: "-") }
        guard hasDigit, hasLetter, Codecs.entropy(u) >= (hexOnly ? 3.0 : 3.5) else { return [] }
        // Without a scheme, only after `Authorization`: a bare quoted string elsewhere is not a header.
        if scheme.isEmpty, !headerName { return [] }
        return [RawHit(range: vs..<ve, secret: v, verdict: .props(["http.scheme": scheme.isEmpty ? "none" : scheme], detail: scheme.isEmpty ? nil : "(\(scheme.capitalized))"))]
    }

    /// `curl -u user:password` (or `--user`), the password neither a placeholder nor a variable.
    static let curlUser = Make.custom("secret-curl-basic-auth", "HTTP", "Password in a curl -u user:password command", keywords: [" -u ", " --user ", " --user="],
                                      regex: "\\bcurl\\b[^\\n]*\\s(?:-u|--user)[ =]['\"]?([^\\s'\":]{2,}:[^\\s'\"]{3,})",
                                      env: "CURL_USER", unlocks: "the HTTP service the command calls, as that user", category: "generic",
                                      rotate: "change the user's password on the service the command calls, then pass it from a netrc file or a variable",
                                      severity: .high, confidence: .medium,
                                      sample: { _ in "" },
                                      hits: [("scripts/upload.sh", "curl -u ci-bot:" + Make.s(31, .base62, 14) + " https://artifacts.internal.test/upload # <-"),
                                             ("docs/api.md", "curl --user \"reporter:" + Make.s(32, .base62, 16) + "\" https://metrics.internal.test/api # <-"),
                                             ("scripts/patch.sh", "curl --user deployer:'" + Make.s(33, .base62, 16) + "' -X PATCH https://ci.internal.test/api # <-"),
                                             ("docs/search.md", "curl -u \"" + Make.s(34, .base62, 20) + ":\" https://search.internal.test:9200 # <-")],
                                      misses: [("scripts/upload.sh", "curl -u \"$USER:$TOKEN\" https://artifacts.internal.test/upload"),
                                               ("docs/osint.md", "curl -s -u \"SERVICE_ID:SERVICE_SECRET\" https://search.internal.test/v2/hosts"),
                                               ("README.md", "curl -u admin:password http://localhost:8080/"),
                                               ("README.md", "curl -u \"browser:\" -u ops:$SEARCH_PASSWORD http://localhost:9200/"),
                                               ("Sources/Catalog.swift", "/// `curl -u user:password` (or `--user`), the password neither a placeholder nor a variable.")]) { inp in
        let b = inp.bytes, s = inp.start
        // `curl` earlier on the same line (or a continued line), within 400 bytes.
        let line = inp.memo.lineBounds(s, cap: Scan.contextWindow)
        let from = max(0, line.lowerBound - 400)
        guard inp.memo.occurs("curl", in: from..<s, caseInsensitive: false) else { return [] }
        var i = s + inp.keywordLength
        while i < b.count, b[i] == 0x20 { i += 1 }
        var quote: UInt8? = nil
        if i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") { quote = b[i]; i += 1 }
        var e = i
        // A backtick ends the pair: shell command substitution, or the end of a Markdown / doc-comment code span.
        while e < b.count, e - i < 256, b[e] != 0x0A, b[e] != 0x20, b[e] != 0x09, b[e] != quote ?? 0x20, b[e] != UInt8(ascii: "`"),
              quote != nil || (b[e] != UInt8(ascii: "\"") && b[e] != UInt8(ascii: "'")) { e += 1 }
        var pair = Scan.text(b, i..<e)
        guard let colon = pair.firstIndex(of: ":") else { return [] }
        let user = String(pair[..<colon])
        var password = String(pair[pair.index(after: colon)...])
        // `-u user:'password'`: the password quoted on its own.
        if quote == nil, password.isEmpty, e < b.count, b[e] == 0x22 || b[e] == 0x27 {
            let q = b[e]
            var f = e + 1
            while f < b.count, f - e < 256, b[f] != q, b[f] != 0x0A { f += 1 }
            // The quoted password ends the argument (a space or the line end after it) and holds no space:
            // `"curl -u user:" + value + "..."` in source code is string concatenation, not a password.
            guard f < b.count, b[f] == q, f + 1 >= b.count || b[f + 1] == 0x20 || b[f + 1] == 0x0A || b[f + 1] == 0x09
                    || b[f + 1] == 0x0D || b[f + 1] == UInt8(ascii: "\\") else { return [] }
            password = Scan.text(b, (e + 1)..<f)
            guard !password.contains(" ") else { return [] }
            pair = user + ":" + password
            e = f
        }
        // `-u "API_ID:API_SECRET"` names variables, not values.
        let isName: (String) -> Bool = { $0.contains("_") && $0.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" } }
        // `neo4j:[PASSWORD]`, `user:{token}`: a bracketed name is a template slot.
        let bracketed = (password.hasPrefix("[") && password.hasSuffix("]")) || (password.hasPrefix("{") && password.hasSuffix("}"))
        // `-u "<api key>:"`: services that take an API key as the user name (the password left empty) get the key
        // there; the user is the secret when it looks generated (letters and digits, a random stretch, entropy).
        if password.isEmpty {
            let u = Array(user.utf8)
            guard u.count >= 10, u.count <= 200, !user.contains("$"), !isName(user), !user.hasPrefix("{"), !user.hasPrefix("["),
                  u.contains(where: { $0 >= 48 && $0 <= 57 }), u.contains(where: { ValueShape.isLetter($0) }),
                  GenericSecret.hasRandomSegment(u[...]), !Placeholders.isPlaceholder(user), Codecs.entropy(u) >= 3.0 else { return [] }
            let us = e - 1 - u.count
            return [RawHit(range: us..<(e - 1), secret: user, verdict: .props(["http.user": "(api key)"], detail: "(an API key as the user name)"))]
        }
        // A `$` starts a variable or a substitution only before a name, `{` or `(` (`$USER`, `${T}`, `$(cat f)`);
        // elsewhere it is a character of the password (`P4ss$1`, `x$`).
        let pb = Array(password.utf8)
        let expands = pb.indices.contains { pb[$0] == UInt8(ascii: "$") && $0 + 1 < pb.count
            && (ValueShape.isLetter(pb[$0 + 1]) || pb[$0 + 1] == UInt8(ascii: "_") || pb[$0 + 1] == UInt8(ascii: "{") || pb[$0 + 1] == UInt8(ascii: "(")) }
        guard user.count != 1, password.count >= 6, !isName(password), !bracketed, !expands, !user.contains("$"), !password.hasPrefix("//"),
              !Placeholders.isPlaceholder(password), !StructuredPasswords.common.contains(password.lowercased()),
              Codecs.entropy(Array(password.utf8)) >= 2.5 else { return [] }
        let ps = e - password.utf8.count
        return [RawHit(range: ps..<e, secret: password, verdict: .props(["http.user": user], detail: "for user `\(user)`"))]
    }

    /// A signed JSON Web Token: three base64url parts whose header decodes to JSON naming an `alg`.
    static let jwt = Make.custom("secret-jwt", "JWT", "JSON Web Token", keywords: ["eyJ"],
                                 regex: "(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{16,})",
                                 env: "ACCESS_TOKEN", unlocks: "whatever the issuing service grants the token's subject, until it expires (often a test or sample token)",
                                 category: "identity", rotate: "revoke the session or rotate the issuer's signing key if the token is live and long-lived; delete recorded tokens",
                                 severity: .medium, confidence: .medium,
                                 sample: { JWTSamples.token(["iss": "https://auth.internal.test", "sub": Make.s($0, .lowerAlnum, 12)], seed: $0) },
                                 misses: [("src/auth.py", "HEADER_ONLY = \"eyJhbGciOiJIUzI1NiJ9\"")],
                                 priority: 70) { inp in
        let b = inp.bytes, s = inp.start
        // Three parts and no fourth, decided once per run of parts (`JWTShape`).
        guard let shape = JWTShape.candidate(inp) else { return [] }
        let e = shape.upperBound
        let token = Scan.text(b, s..<e)
        guard let claims = Structures.jwtClaims(token) else { return [] }
        // The jwt.io debugger's published sample (subject 1234567890) and its copies are documentation.
        if claims["sub"] == "1234567890" { return [] }
        let sig = token.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        var props: [String: String] = [:]
        if let iss = claims["iss"] { props["jwt.issuer"] = String(iss.prefix(80)) }
        if sig.isEmpty { return [RawHit(range: s..<e, secret: token, verdict: .props(props, detail: "(unsigned: alg none)", severity: .low))] }
        guard sig.count >= 16, !Placeholders.isPlaceholder(sig) else { return [] }
        if let exp = claims["exp"].flatMap({ Double($0) }), exp < Date().timeIntervalSince1970 {
            return [RawHit(range: s..<e, secret: token, verdict: .props(props, detail: "(expired)", severity: .low))]
        }
        return [RawHit(range: s..<e, secret: token, verdict: .props(props))]
    }
}

/// Passwords that documentation uses (`admin:password`), never reported as credentials.
enum StructuredPasswords {
    static let common: Set<String> = ["password", "passw0rd", "secret", "changeit", "changeme", "pass123", "password123", "admin123",
                                      "123456", "12345678", "hunter2", "letmein", "p@ssw0rd", "mypassword", "yourpassword", "token", "apikey"]
}
