import BulwarkCore

/// Communication, payments, observability and productivity SaaS, plus structured secrets
/// (private keys, connection strings, JWTs).
enum ServicesCatalog {
    /// Mapbox access tokens: `sk.` (secret), `pk.` (public) or `tk.` (temporary), the base64url of a small JSON
    /// object naming the account (`"u"`) and the token id (`"a"`), `.`, a 22-character base64url signature.
    static func mapboxVerdict(_ token: String, kind: String) -> Verdict? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == kind, (20...240).contains(parts[1].utf8.count), parts[2].utf8.count == 22,
              let raw = Codecs.base64Decode(parts[1], maxBytes: 200), raw.first == UInt8(ascii: "{"), raw.last == UInt8(ascii: "}") else { return nil }
        let json = String(decoding: raw, as: UTF8.self)
        guard let user = mapboxField(json, "u"), !user.isEmpty, let id = mapboxField(json, "a"), id.utf8.count >= 8,
              Codecs.entropy(Array(parts[2].utf8)) >= 3.0 else { return nil }
        return .props(["mapbox.user": user])
    }

    /// The string value of `"key":"..."` in a small JSON object (no escapes inside: user names and ids have none).
    static func mapboxField(_ json: String, _ key: String) -> String? {
        guard let r = json.range(of: "\"\(key)\":\"") else { return nil }
        let rest = json[r.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let v = rest[..<end]
        return v.contains("\\") ? nil : String(v)
    }

    static func mapboxSample(_ seed: UInt64, kind: String) -> String {
        let json = "{\"u\":\"" + Make.s(seed, .lowerAlnum, 9) + "\",\"a\":\"" + Make.s(seed &+ 1, .lowerAlnum, 25) + "\"}"
        var body = Codecs.base64Encode(Array(json.utf8))
        while body.hasSuffix("=") { body.removeLast() }
        body = String(body.map { $0 == "+" ? "-" : $0 == "/" ? "_" : $0 })
        return kind + "." + body + "." + Make.s(seed &+ 2, .urlSafe, 22)
    }

    /// A random (version 4, RFC 4122 variant) UUID, either case: what Snyk issues as API and service account
    /// tokens. A UUID of another version, or a template's `12345678-ABCD-...`, is no such token.
    static func isRandomUUID(_ s: String) -> Bool {
        let l = s.lowercased()
        guard AICatalog.isUUID(l) else { return false }
        let u = Array(l.utf8)
        return u[14] == UInt8(ascii: "4") && [UInt8(ascii: "8"), UInt8(ascii: "9"), UInt8(ascii: "a"), UInt8(ascii: "b")].contains(u[19])
    }

    static let all: [SecretPattern] = tokenPatterns + StructuredCatalog.all

    static let tokenPatterns: [SecretPattern] = [
        Make.token("secret-slack-bot-token", "Slack", "Slack bot token", ["xoxb-"], .base62Dash, 24...120,
                   env: "SLACK_BOT_TOKEN", unlocks: "Slack workspace as the bot: read channels it is in, post messages",
                   category: "messaging", rotate: "https://api.slack.com/apps > OAuth & Permissions (reinstall / revoke)", entropy: 3.5,
                   validate: StructuredTokens.slackIdsValidate,
                   sample: { "xoxb-" + Make.s($0, Charset("0-9"), 12) + "-" + Make.s($0 &+ 1, Charset("0-9"), 13) + "-" + Make.s($0 &+ 2, .base62, 24) }),
        Make.token("secret-slack-user-token", "Slack", "Slack user token", ["xoxp-", "xoxe-"], .base62Dash, 40...120,
                   env: "SLACK_USER_TOKEN", unlocks: "Slack as the user: private channels and direct messages", category: "messaging",
                   rotate: "https://api.slack.com/apps (revoke tokens)", severity: .critical, entropy: 3.5,
                   validate: StructuredTokens.slackIdsValidate,
                   sample: { "xoxp-" + Make.s($0, Charset("0-9"), 12) + "-" + Make.s($0 &+ 1, Charset("0-9"), 12) + "-" + Make.s($0 &+ 2, Charset("0-9"), 13) + "-" + FakeSecrets.hex(32, seed: $0) },
                   // Ids typed as counting digits: a filler, whatever the secret part looks like.
                   misses: [("tests/fixtures.json", "\"token\": \"xoxp-1234-1234-1234-" + FakeSecrets.hex(32, seed: 75) + "\""),
                            ("docs/slack.md", "SLACK_USER_TOKEN=xoxp-123456789-123456789-0123456789-" + FakeSecrets.hex(32, seed: 76))]),
        StructuredTokens.slackLegacy,
        Make.token("secret-slack-config-token", "Slack", "Slack configuration token", ["xoxe.xoxp-", "xoxe-"], .base62Dash, 100...300,
                   env: "SLACK_CONFIG_TOKEN", unlocks: "Slack app configuration: create and modify apps of the workspace", category: "messaging",
                   rotate: "https://api.slack.com/authentication/config-tokens", entropy: 3.5),
        Make.token("secret-slack-app-token", "Slack", "Slack app-level token", ["xapp-"], .base62Dash, 60...150,
                   env: "SLACK_APP_TOKEN", unlocks: "Slack Socket Mode connections of the app", category: "messaging",
                   rotate: "https://api.slack.com/apps > Basic Information > App-Level Tokens", severity: .medium, entropy: 3.5,
                   sample: { "xapp-1-A" + Make.s($0, .upperAlnum, 10) + "-" + Make.s($0 &+ 1, Charset("0-9"), 13) + "-" + FakeSecrets.hex(64, seed: $0) }),
        // Matched without the scheme: `http://` and bare `hooks.slack.com/...` reach the same webhook.
        Make.token("secret-slack-webhook-url", "Slack", "Slack incoming webhook URL", ["hooks.slack.com/services/"], Charset("A-Za-z0-9/"), 40...80,
                   env: "SLACK_WEBHOOK_URL", unlocks: "posting messages (phishing links) into a Slack channel", category: "messaging",
                   rotate: "Slack app > Incoming Webhooks (remove the webhook)", severity: .medium, entropy: 3.5,
                   validate: { s in
                       let parts = s.dropFirst(25).split(separator: "/", omittingEmptySubsequences: false)
                       if parts.count == 3 { return .plain }
                       return parts.count == 1 ? .offStructure("the Slack webhook host and path", "a workspace id, a webhook id and a secret (`T.../B.../...`)") : nil
                   },
                   sample: { "https://hooks.slack.com/services/T" + Make.s($0, .upperAlnum, 10) + "/B" + Make.s($0 &+ 1, .upperAlnum, 10) + "/" + Make.s($0 &+ 2, .base62, 24) },
                   hits: [("notify.sh", "curl -X POST http://hooks.slack.com/services/T" + Make.s(41, .upperAlnum, 10) + "/B" + Make.s(42, .upperAlnum, 10) + "/" + Make.s(43, .base62, 24) + " -d @msg.json # <-"),
                          ("alerts.yml", "webhook: hooks.slack.com/services/" + Make.s(44, .lowerAlnum, 44) + " # <-")],
                   misses: [("docs/slack.md", "Post to `https://hooks.slack.com/services/...` from your app."),
                            ("tests/hooks.txt", "https://hooks.slack.com/apps/L" + Make.s(45, .upperAlnum, 14) + "/BASE/" + Make.s(46, .base62, 24))]),
        Make.token("secret-slack-workflow-webhook-url", "Slack", "Slack workflow webhook URL", ["hooks.slack.com/workflows/", "hooks.slack.com/triggers/"],
                   Charset("A-Za-z0-9/"), 40...120, env: "SLACK_WORKFLOW_URL", unlocks: "triggering a Slack workflow", category: "messaging",
                   rotate: "Slack Workflow Builder (regenerate the trigger)", severity: .medium, entropy: 3.5,
                   sample: { "https://hooks.slack.com/triggers/T" + Make.s($0, .upperAlnum, 10) + "/" + Make.s($0, Charset("0-9"), 13) + "/" + FakeSecrets.hex(32, seed: $0) }),
        Make.token("secret-discord-webhook-url", "Discord", "Discord webhook URL", ["https://discord.com/api/webhooks/", "https://discordapp.com/api/webhooks/"],
                   Charset("A-Za-z0-9/_-"), 70...100, env: "DISCORD_WEBHOOK_URL", unlocks: "posting messages into a Discord channel", category: "messaging",
                   rotate: "Discord channel settings > Integrations > Webhooks (delete)", severity: .medium, entropy: 3.5,
                   sample: { "https://discord.com/api/webhooks/" + Make.s($0, Charset("0-9"), 19) + "/" + Make.s($0 &+ 1, .urlSafe, 68) }),
        Make.keyed("secret-discord-bot-token", "Discord", "Discord bot token", keywords: ["discord"], Charset("A-Za-z0-9_.-"), 59...80,
                   env: "DISCORD_BOT_TOKEN", unlocks: "the Discord bot: every server it joined", category: "messaging",
                   rotate: "Discord developer portal > Bot > Reset token", entropy: 4.0,
                   validate: { $0.split(separator: ".").count == 3 ? .plain : nil },
                   sample: { "M" + Make.s($0, .base62, 25) + "." + Make.s($0 &+ 1, .urlSafe, 6) + "." + Make.s($0 &+ 2, .urlSafe, 38) }),
        Make.custom("secret-telegram-bot-token", "Telegram", "Telegram bot token", keywords: [":AA"],
                    regex: "(?<![0-9])([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])",
                    env: "TELEGRAM_BOT_TOKEN", unlocks: "the Telegram bot: its chats and messages", category: "messaging",
                    rotate: "@BotFather > /revoke",
                    sample: { Make.s($0, Charset("1-9"), 10) + ":AA" + Make.s($0 &+ 1, .urlSafe, 33) }) { inp in
            let b = inp.bytes, s = inp.start
            let ds = Scan.runBack(b, from: s, Sets.digits, max: 11)
            guard (8...10).contains(s - ds), ds == 0 || !Scan.isWord(b[ds - 1]) else { return [] }
            let e = Scan.run(b, from: s + 3, .urlSafe, max: 34)
            guard e - s - 3 == 33, e >= b.count || !Charset.urlSafe.contains(b[e]) else { return [] }
            let v = Scan.text(b, ds..<e)
            guard Codecs.entropy(Array(v.utf8.dropFirst(s - ds + 3))) >= 3.8, !Placeholders.isPlaceholder(String(v.dropFirst(s - ds + 3))) else { return [] }
            return [RawHit(range: ds..<e, secret: v)]
        },
        Make.token("secret-stripe-secret-key", "Stripe", "Stripe live secret key", ["sk_live_", "sk_prod_"], .base62, 24...247,
                   env: "STRIPE_SECRET_KEY", unlocks: "Stripe live mode: charges, refunds, payouts and customer data",
                   category: "payments", rotate: "https://dashboard.stripe.com/apikeys (roll key)", severity: .critical, entropy: 3.5,
                   refs: ["https://docs.stripe.com/keys"]),
        Make.token("secret-stripe-restricted-key", "Stripe", "Stripe live restricted key", ["rk_live_", "rk_prod_"], .base62, 24...247,
                   env: "STRIPE_RESTRICTED_KEY", unlocks: "Stripe live mode within the key's restrictions", category: "payments",
                   rotate: "https://dashboard.stripe.com/apikeys", entropy: 3.5),
        Make.token("secret-stripe-test-key", "Stripe", "Stripe test-mode secret key", ["sk_test_", "rk_test_"], .base62, 24...247,
                   env: "STRIPE_SECRET_KEY", unlocks: "Stripe test mode only (no money moves), but account metadata", category: "payments",
                   rotate: "https://dashboard.stripe.com/test/apikeys", severity: .low, entropy: 3.5),
        Make.token("secret-stripe-webhook-secret", "Stripe", "Stripe webhook signing secret", ["whsec_"], .base62, 32...64,
                   env: "STRIPE_WEBHOOK_SECRET", unlocks: "forging Stripe webhook events to the application", category: "payments",
                   rotate: "Stripe dashboard > Webhooks > Roll secret", severity: .medium, entropy: 3.5),
        Make.token("secret-stripe-publishable-key", "Stripe", "Stripe publishable key", ["pk_live_"], .base62, 24...247,
                   env: "NEXT_PUBLIC_STRIPE_KEY", unlocks: "nothing secret: it is meant for browsers", category: "payments",
                   rotate: "not needed", entropy: 3.5, publishable: true),
        Make.custom("secret-sentry-dsn", "Sentry", "Sentry DSN", keywords: ["ingest.sentry.io", "ingest.us.sentry.io", "ingest.de.sentry.io"],
                    regex: "https://([a-f0-9]{32})@o[0-9]+\\.ingest(?:\\.[a-z]+)?\\.sentry\\.io/[0-9]+",
                    env: "SENTRY_DSN", unlocks: "sending events to the Sentry project (public by design)", category: "observability",
                    rotate: "not needed", publishable: true,
                    sample: { "https://" + FakeSecrets.hex(32, seed: $0) + "@o" + Make.s($0, Charset("0-9"), 6) + ".ingest.sentry.io/" + Make.s($0 &+ 1, Charset("0-9"), 7) }) { inp in
            let b = inp.bytes
            // The `@` before `o<org>.ingest`, on the same line within 128 bytes.
            var k = inp.start - 1
            while k >= 0, inp.start - k <= 128, b[k] != UInt8(ascii: "@"), b[k] != 0x0A { k -= 1 }
            guard k >= 0, inp.start - k <= 128, b[k] == UInt8(ascii: "@") else { return [] }
            let at = k
            let ks = Scan.runBack(b, from: at, .hexLower, max: 33)
            guard at - ks == 32 else { return [] }
            return [RawHit(range: ks..<at, secret: Scan.text(b, ks..<at))]
        },
        Make.token("secret-sentry-org-token", "Sentry", "Sentry organization auth token", ["sntrys_"], Charset("A-Za-z0-9+/=_"), 60...400,
                   env: "SENTRY_AUTH_TOKEN", unlocks: "Sentry organization: releases, source maps (upload) and issues", category: "observability",
                   rotate: "Sentry > Settings > Auth tokens", entropy: 4.0,
                   validate: { s in
                       // `sntrys_` + base64 of a JSON payload (`iat`, `url`, `region_url`, `org`) + `_` + a 43-character secret.
                       let body = s.dropFirst(7)
                       guard let u = body.lastIndex(of: "_"), body[body.index(after: u)...].count == 43 else { return nil }
                       guard let json = Codecs.base64Decode(body[..<u], maxBytes: 2048) else { return nil }
                       let text = String(decoding: json, as: UTF8.self)
                       guard text.hasPrefix("{"), text.contains("\"iat\""), text.contains("\"region_url\"") else { return nil }
                       let org = text.components(separatedBy: "\"org\":\"").dropFirst().first?.split(separator: "\"").first.map(String.init)
                       return .props(org.map { ["sentry.org": $0] } ?? [:], detail: org.map { "for organization `\($0)`" })
                   },
                   sample: { seed in
                       let payload = "{\"iat\":1700000000.0,\"url\":\"https://sentry.io\",\"region_url\":\"https://us.sentry.io\",\"org\":\"org-" + Make.s(seed, .lowerAlnum, 6) + "\"}"
                       return "sntrys_" + Codecs.base64Encode(Array(payload.utf8)) + "_" + Make.s(seed &+ 1, Charset("A-Za-z0-9+/"), 43)
                   }),
        Make.token("secret-sentry-user-token", "Sentry", "Sentry user auth token", ["sntryu_"], .hexLower, 64...64,
                   env: "SENTRY_AUTH_TOKEN", unlocks: "Sentry as the user", category: "observability",
                   rotate: "Sentry > User settings > Personal tokens", entropy: 3.3),
        Make.token("secret-posthog-personal-key", "PostHog", "PostHog personal API key", ["phx_"], .base62Underscore, 40...50,
                   env: "POSTHOG_PERSONAL_API_KEY", unlocks: "PostHog projects: events, recordings and person data", category: "observability",
                   rotate: "PostHog > Settings > Personal API keys", entropy: 3.5),
        Make.token("secret-posthog-project-key", "PostHog", "PostHog project API key", ["phc_"], .base62, 40...50,
                   env: "NEXT_PUBLIC_POSTHOG_KEY", unlocks: "sending events to the project (public by design)", category: "observability",
                   rotate: "not needed", entropy: 3.5, publishable: true),
        Make.token("secret-twilio-api-key", "Twilio", "Twilio API key SID", ["SK"], .hexLower, 32...32,
                   env: "TWILIO_API_KEY", unlocks: "identifies a Twilio API key (with its secret: SMS, calls, billing)", category: "messaging",
                   rotate: "https://console.twilio.com > API keys", severity: .medium, confidence: .medium, entropy: 3.3),
        Make.keyed("secret-twilio-auth-token", "Twilio", "Twilio auth token", keywords: ["twilio_auth_token", "twilio_token", "auth_token", "authtoken"],
                   .hexLower, 32...32, env: "TWILIO_AUTH_TOKEN", unlocks: "Twilio account: SMS, calls and billing", category: "messaging",
                   rotate: "https://console.twilio.com (rotate auth token)", severity: .critical, entropy: 3.2),
        Make.custom("secret-sendgrid-api-key", "Twilio SendGrid", "SendGrid API key", keywords: ["SG."],
                    regex: "(?<![A-Za-z0-9])(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])",
                    env: "SENDGRID_API_KEY", unlocks: "sending email as the domain (phishing with valid SPF/DKIM)", category: "messaging",
                    rotate: "https://app.sendgrid.com/settings/api_keys",
                    sample: { "SG." + Make.s($0, .urlSafe, 22) + "." + Make.s($0 &+ 1, .urlSafe, 43) },
                    hits: [("mail.ini", "sendgrid_token = \"SG." + Make.s(52, .lowerAlnum, 66) + "\" # <-")],
                    misses: [("mail.ini", "sendgrid_token = \"SG." + Make.s(53, .lowerAlnum, 70) + "\""),
                             ("notes.txt", "SG." + Make.s(54, .urlSafe, 22) + "." + Make.s(55, .urlSafe, 4))]) { inp in
            let b = inp.bytes, s = inp.start
            guard SecretEngine.equalsAt(b, s, Array("SG.".utf8)), s == 0 || !Scan.isWord(b[s - 1]) else { return [] }
            let m = Scan.run(b, from: s + 3, .urlSafe, max: 23)
            guard m - s - 3 == 22, m < b.count, b[m] == UInt8(ascii: ".") else {
                // `SG.` + 66 characters without the `.` after the 22-character id: the length of a key, not its structure.
                let f = Scan.run(b, from: s + 3, .urlSafe, max: 67)
                guard f - s - 3 == 66, StructuredTokens.endsToken(b, f) else { return [] }
                let v = Scan.text(b, s..<f)
                guard !Placeholders.isPlaceholder(String(v.dropFirst(3))), Codecs.entropy(Array(v.utf8)) >= 4.0 else { return [] }
                return [RawHit(range: s..<f, secret: v, verdict: .offStructure("the `SG.` prefix and length", "a `.` after the 22-character key id"))]
            }
            let e = Scan.run(b, from: m + 1, .urlSafe, max: 44)
            guard e - m - 1 == 43 else { return [] }
            let v = Scan.text(b, s..<e)
            guard !Placeholders.isPlaceholder(String(v.dropFirst(3))), Codecs.entropy(Array(v.utf8)) >= 4.0 else { return [] }
            return [RawHit(range: s..<e, secret: v)]
        },
        Make.token("secret-mailgun-api-key", "Mailgun", "Mailgun private API key", ["key-"], .hexLower, 32...32,
                   env: "MAILGUN_API_KEY", unlocks: "sending email through Mailgun domains", category: "messaging",
                   rotate: "Mailgun > API security", entropy: 3.3),
        Make.custom("secret-mailchimp-api-key", "Mailchimp", "Mailchimp API key", keywords: ["-us"],
                    regex: "(?<![a-f0-9])([a-f0-9]{32}-us[0-9]{1,2})(?![0-9])",
                    env: "MAILCHIMP_API_KEY", unlocks: "Mailchimp audiences (subscriber lists) and campaigns", category: "messaging",
                    rotate: "Mailchimp > Account > Extras > API keys",
                    sample: { FakeSecrets.hex(32, seed: $0) + "-us14" }) { inp in
            let b = inp.bytes, s = inp.start
            let hs = Scan.runBack(b, from: s, .hexLower, max: 33)
            guard s - hs == 32, hs == 0 || !Scan.isWord(b[hs - 1]) else { return [] }
            let e = Scan.run(b, from: s + 3, Sets.digits, max: 3)
            guard (1...2).contains(e - s - 3), e >= b.count || !Scan.isWord(b[e]) else { return [] }
            let v = Scan.text(b, hs..<e)
            guard Codecs.entropy(Array(v.utf8.prefix(32))) >= 3.2, !Placeholders.isPlaceholder(String(v.prefix(32))) else { return [] }
            return [RawHit(range: hs..<e, secret: v)]
        },
        Make.keyed("secret-postmark-server-token", "Postmark", "Postmark server token", keywords: ["postmark"], .hexDash, 36...36,
                   env: "POSTMARK_SERVER_TOKEN", unlocks: "sending email through the Postmark server", category: "messaging",
                   rotate: "Postmark > Server > API tokens", entropy: 3.0,
                   validate: { AICatalog.isUUID($0) ? .plain : nil }, sample: { FakeSecrets.uuid(seed: $0) }),
        Make.token("secret-resend-api-key", "Resend", "Resend API key", ["re_"], .base62Underscore, 33...40,
                   env: "RESEND_API_KEY", unlocks: "sending email from the account's domains", category: "messaging",
                   rotate: "https://resend.com/api-keys", entropy: 3.5,
                   validate: { s in s.dropFirst(3).contains("_") ? .plain : nil },
                   sample: { "re_" + Make.s($0, .base62, 8) + "_" + Make.s($0 &+ 1, .base62, 24) }),
        Make.token("secret-shopify-access-token", "Shopify", "Shopify Admin API access token", ["shpat_", "shpca_", "shppa_"], .hex, 32...32,
                   env: "SHOPIFY_ACCESS_TOKEN", unlocks: "Shopify store: orders, customers and products", category: "payments",
                   rotate: "Shopify admin > Apps > the app (uninstall / rotate)", entropy: 3.2),
        Make.token("secret-shopify-shared-secret", "Shopify", "Shopify app shared secret", ["shpss_"], .hex, 32...32,
                   env: "SHOPIFY_API_SECRET", unlocks: "forging Shopify webhooks and OAuth for the app", category: "payments",
                   rotate: "Shopify Partners > app > API credentials", severity: .medium, entropy: 3.2),
        Make.custom("secret-braintree-access-token", "PayPal", "PayPal Braintree access token", keywords: ["access_token$production$"],
                    regex: "(access_token\\$production\\$[a-z0-9]{16}\\$[a-f0-9]{32})",
                    env: "BRAINTREE_ACCESS_TOKEN", unlocks: "Braintree production payments", category: "payments",
                    rotate: "Braintree control panel > API keys", severity: .critical,
                    sample: { "access_token$production$" + Make.s($0, .lowerAlnum, 16) + "$" + FakeSecrets.hex(32, seed: $0) }) { inp in
            let b = inp.bytes, s = inp.start
            let e = Scan.run(b, from: s + inp.keywordLength, Sets.braintree, max: 60)
            let v = Scan.text(b, s..<e)
            let parts = v.split(separator: "$")
            guard parts.count == 4, parts[2].count == 16, parts[3].count == 32, !Placeholders.isPlaceholder(String(parts[3])) else { return [] }
            return [RawHit(range: s..<e, secret: v)]
        },
        StructuredTokens.squareAccess,
        StructuredTokens.squareSecret,
        Make.token("secret-shippo-api-token", "Shippo", "Shippo live API token", ["shippo_live_", "shippo_test_"], .hexLower, 40...40,
                   env: "SHIPPO_API_TOKEN", unlocks: "Shippo labels billed to the account, customer addresses", category: "payments",
                   rotate: "Shippo > Settings > API", entropy: 3.2,
                   validate: { s in s.hasPrefix("shippo_test_") ? .props([:], detail: "(test mode)", severity: .low) : .plain }),
        Make.token("secret-linear-api-key", "Linear", "Linear API key", ["lin_api_"], .base62, 40...40,
                   env: "LINEAR_API_KEY", unlocks: "Linear issues and projects of the workspace", category: "productivity",
                   rotate: "Linear > Settings > API", severity: .medium, entropy: 3.5),
        Make.token("secret-notion-token", "Notion", "Notion integration token", ["ntn_"], .base62, 46...46,
                   env: "NOTION_TOKEN", unlocks: "Notion pages and databases shared with the integration", category: "productivity",
                   rotate: "https://www.notion.so/my-integrations", entropy: 3.5),
        Make.token("secret-notion-legacy-token", "Notion", "Notion integration token (legacy)", ["secret_"], .base62, 43...43,
                   env: "NOTION_TOKEN", unlocks: "Notion pages and databases shared with the integration", category: "productivity",
                   rotate: "https://www.notion.so/my-integrations", confidence: .medium, entropy: 4.0),
        Make.token("secret-figma-pat", "Figma", "Figma personal access token", ["figd_"], .urlSafe, 40...45,
                   env: "FIGMA_TOKEN", unlocks: "Figma files of the user", category: "productivity",
                   rotate: "Figma > Settings > Security > Personal access tokens", severity: .medium, entropy: 3.5),
        Make.token("secret-hubspot-private-app-token", "HubSpot", "HubSpot private app token", ["pat-na1-", "pat-eu1-"], .hexDash, 36...36,
                   env: "HUBSPOT_ACCESS_TOKEN", unlocks: "HubSpot CRM contacts and deals", category: "productivity",
                   rotate: "HubSpot > Settings > Integrations > Private apps", entropy: 3.0,
                   validate: { AICatalog.isUUID(String($0.dropFirst(8))) ? .plain : nil },
                   sample: { "pat-na1-" + FakeSecrets.uuid(seed: $0) }),
        Make.token("secret-contentful-pat", "Contentful", "Contentful personal access token", ["CFPAT-"], .urlSafe, 43...43,
                   env: "CONTENTFUL_MANAGEMENT_TOKEN", unlocks: "Contentful content management", category: "productivity",
                   rotate: "Contentful > Settings > CMA tokens", severity: .medium, entropy: 3.5),
        Make.token("secret-airtable-pat", "Airtable", "Airtable personal access token", ["pat"], Charset("A-Za-z0-9."), 79...79,
                   env: "AIRTABLE_API_KEY", unlocks: "Airtable bases within the token's scopes", category: "productivity",
                   rotate: "https://airtable.com/create/tokens", entropy: 3.5,
                   validate: { s in
                       let p = s.dropFirst(3).split(separator: ".", omittingEmptySubsequences: false)
                       return p.count == 2 && p[0].count == 14 && p[1].count == 64 && Charset.hexLower.containsAll(String(p[1])) ? .plain : nil
                   },
                   sample: { "pat" + Make.s($0, .base62, 14) + "." + FakeSecrets.hex(64, seed: $0) }),
        Make.token("secret-mapbox-secret-token", "Mapbox", "Mapbox secret token", ["sk.eyJ"], Charset("A-Za-z0-9._-"), 80...300,
                   env: "MAPBOX_SECRET_TOKEN", unlocks: "Mapbox account APIs with the token's secret scopes (uploads, styles, datasets, tokens, billing)", category: "productivity",
                   rotate: "https://account.mapbox.com/access-tokens (delete the token, create a new one)", severity: .medium, entropy: 4.0,
                   refs: ["https://docs.mapbox.com/accounts/guides/tokens/"],
                   validate: { mapboxVerdict($0, kind: "sk") }, sample: { mapboxSample($0, kind: "sk") },
                   hits: [("upload.sh", "export MAPBOX_SECRET_TOKEN=" + mapboxSample(71, kind: "sk") + " # <-")],
                   misses: [("upload.sh", "MAPBOX_SECRET_TOKEN=sk.eyJ" + Make.s(72, .urlSafe, 70) + "." + Make.s(73, .urlSafe, 22)),
                            ("upload.sh", "MAPBOX_SECRET_TOKEN=" + mapboxSample(74, kind: "sk") + Make.s(75, .urlSafe, 3))]),
        Make.token("secret-mapbox-public-token", "Mapbox", "Mapbox public token", ["pk.eyJ"], Charset("A-Za-z0-9._-"), 80...300,
                   env: "MAPBOX_ACCESS_TOKEN", unlocks: "nothing beyond public scopes: map tiles and styles billed to the account (it ships in web pages by design)",
                   category: "productivity", rotate: "nothing to rotate; restrict it by URL in the Mapbox account", publishable: true,
                   refs: ["https://docs.mapbox.com/accounts/guides/tokens/"],
                   validate: { mapboxVerdict($0, kind: "pk") }, sample: { mapboxSample($0, kind: "pk") },
                   misses: [("map.js", "mapboxgl.accessToken = 'pk.eyJ" + Make.s(76, .urlSafe, 70) + "." + Make.s(77, .urlSafe, 22) + "';")]),
        Make.token("secret-newrelic-user-key", "New Relic", "New Relic user API key", ["NRAK-"], .base62, 27...27,
                   env: "NEW_RELIC_API_KEY", unlocks: "New Relic account data and configuration", category: "observability",
                   rotate: "New Relic > API keys", entropy: 3.5),
        Make.keyed("secret-datadog-api-key", "Datadog", "Datadog API key", keywords: ["datadog_api_key", "dd_api_key", "datadog-api-key", "dd-api-key"],
                   .hexLower, 32...32, env: "DD_API_KEY", unlocks: "submitting metrics, logs and events to the Datadog org", category: "observability",
                   rotate: "Datadog > Organization settings > API keys", severity: .medium, entropy: 3.2),
        Make.keyed("secret-datadog-app-key", "Datadog", "Datadog application key", keywords: ["datadog_app_key", "dd_app_key", "dd_application_key", "datadog-app-key"],
                   .hexLower, 40...40, env: "DD_APP_KEY", unlocks: "reading Datadog data (logs, dashboards) as the user", category: "observability",
                   rotate: "Datadog > Organization settings > Application keys", entropy: 3.2),
        Make.keyed("secret-algolia-admin-key", "Algolia", "Algolia admin API key", keywords: ["algolia_admin", "algolia_api_key", "algolia_write"],
                   .hexLower, 32...32, env: "ALGOLIA_ADMIN_API_KEY", unlocks: "Algolia indices: read, write and delete", category: "productivity",
                   rotate: "Algolia dashboard > API keys", entropy: 3.2),
        Make.keyed("secret-okta-api-token", "Okta", "Okta API token", keywords: ["okta_", "okta-", "oktatoken", "oktaapi", "oktakey", "okta ", "okta\"", "okta.com", "okta:"], valuePrefix: "00", .urlSafe, 40...40,
                   env: "OKTA_API_TOKEN", unlocks: "Okta org administration as the token's admin: users, groups, apps", category: "identity",
                   rotate: "Okta admin > Security > API > Tokens", severity: .critical, entropy: 4.0,
                   misses: [("src/table.js", "rookTable = 00" + Make.s(11, .urlSafe, 40))]),
        Make.keyed("secret-auth0-client-secret", "Auth0", "Auth0 client secret", keywords: ["auth0_client_secret", "auth0_secret"],
                   .urlSafe, 64...64, env: "AUTH0_CLIENT_SECRET", unlocks: "Auth0 application: tokens for its APIs", category: "identity",
                   rotate: "Auth0 dashboard > Applications > Credentials (rotate)", entropy: 4.0),
        Make.keyed("secret-snyk-token", "Snyk", "Snyk API token", keywords: ["snyk"], .hexDash, 36...36,
                   env: "SNYK_TOKEN", unlocks: "Snyk organizations and their vulnerability data", category: "ci",
                   rotate: "Snyk > Account settings > Auth token (Revoke & Regenerate), or the service account's token", severity: .medium, entropy: 3.0,
                   refs: ["https://docs.snyk.io/snyk-api/authentication-for-api"],
                   validate: { isRandomUUID($0) ? .plain : nil }, sample: { FakeSecrets.uuid(seed: $0) },
                   hits: [("ci/scan.yml", "env:\n  SNYK_TOKEN: " + FakeSecrets.uuid(seed: 64) + " # <-")],
                   misses: [("ci/scan.yml", "SNYK_TOKEN: " + FakeSecrets.hex(8, seed: 65) + "-" + FakeSecrets.hex(4, seed: 66) + "-1" + FakeSecrets.hex(3, seed: 67) + "-8" + FakeSecrets.hex(3, seed: 68) + "-" + FakeSecrets.hex(12, seed: 69)),
                            ("ci/scan.yml", "SNYK_TOKEN: 87654321-dcba-dcba-dcba-ba0987654321")]),
        Make.keyed("secret-codecov-token", "Codecov", "Codecov upload token", keywords: ["codecov_token"], .hexDash, 36...36,
                   env: "CODECOV_TOKEN", unlocks: "uploading coverage reports for the repository", category: "ci",
                   rotate: "Codecov > repository settings", severity: .low, entropy: 3.0,
                   validate: { AICatalog.isUUID($0) ? .plain : nil }, sample: { FakeSecrets.uuid(seed: $0) }),
        Make.keyed("secret-heroku-legacy-api-key", "Heroku", "Heroku API key (legacy)", keywords: ["heroku_api_key", "heroku_token", "herokutoken", "herokuapikey", "heroku-api-key", "heroku_api_token"], .hexDash, 36...36,
                   env: "HEROKU_API_KEY", unlocks: "Heroku apps and config vars", category: "deploy",
                   rotate: "https://dashboard.heroku.com/account", entropy: 3.0,
                   validate: { AICatalog.isUUID($0) ? .plain : nil }, sample: { FakeSecrets.uuid(seed: $0) }),
        Make.keyed("secret-railway-token", "Railway", "Railway API token", keywords: ["railway_token", "railway_api_token"], .hexDash, 36...36,
                   env: "RAILWAY_TOKEN", unlocks: "Railway projects, deploys and variables", category: "deploy",
                   rotate: "Railway > Account > Tokens", entropy: 3.0,
                   validate: { AICatalog.isUUID($0) ? .plain : nil }, sample: { FakeSecrets.uuid(seed: $0) }),
        Make.keyed("secret-upstash-redis-token", "Upstash", "Upstash Redis REST token", keywords: ["upstash_redis_rest_token", "upstash_token"],
                   Charset("A-Za-z0-9_=-"), 40...120, env: "UPSTASH_REDIS_REST_TOKEN", unlocks: "the Upstash Redis database", category: "database",
                   rotate: "Upstash console > database > Reset credentials", entropy: 4.0),
        Make.keyed("secret-mongodb-atlas-private-key", "MongoDB", "MongoDB Atlas API private key", keywords: ["atlas_private_key", "mongodb_atlas_private_key"],
                   .hexDash, 36...36, env: "MONGODB_ATLAS_PRIVATE_KEY", unlocks: "MongoDB Atlas organization/project administration", category: "database",
                   rotate: "Atlas > Access manager > API keys", severity: .critical, entropy: 3.0,
                   validate: { AICatalog.isUUID($0) ? .plain : nil }, sample: { FakeSecrets.uuid(seed: $0) }),
        Make.custom("secret-kubeconfig-client-key", "Kubernetes", "Kubernetes client key in a kubeconfig", keywords: ["client-key-data:"],
                    regex: "client-key-data:\\s*([A-Za-z0-9+/=]{100,})",
                    env: "KUBECONFIG", unlocks: "the Kubernetes cluster as the certificate's user (often cluster-admin)", category: "cloud",
                    rotate: "revoke the client certificate (rotate the cluster CA if it cannot be revoked)", severity: .critical,
                    sample: { _ in "" },
                    hits: [("kubeconfig.yaml", "users:\n- name: admin\n  user:\n    client-key-data: " + Codecs.base64Encode(Array(PrivateKeys.samplePEM("RSA PRIVATE KEY", seed: 8, markFirst: false).utf8)) + " # <-")]) { inp in
            let b = inp.bytes
            var vs = inp.start + inp.keywordLength
            while vs < b.count, b[vs] == 0x20 { vs += 1 }
            let e = Scan.run(b, from: vs, .base64, max: 20000)
            guard e - vs >= 100, let d = Codecs.base64Decode(Substring(Scan.text(b, vs..<min(e, vs + 128)))),
                  String(decoding: d.prefix(64), as: UTF8.self).contains("PRIVATE KEY") else { return [] }
            return [RawHit(range: vs..<e, secret: Scan.text(b, vs..<e))]
        },
    ]
}
