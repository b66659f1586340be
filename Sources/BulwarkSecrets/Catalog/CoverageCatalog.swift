import BulwarkCore

/// Credential types the peers' rule test cases showed no specific Bulwark rule for (issue 16): each
/// is a vendor format with a distinctive prefix or signature and a structure check, never a keyword
/// next to a random value.
enum CoverageCatalog {
    static let all: [SecretPattern] = [metaAccessToken, cloudflareGlobalKey, cloudflareToken, bitbucketDataCenterToken,
                                       atlassianDataCenterToken, azureContainerRegistryPassword, powerAutomateWorkflowURL]
        + FormatCatalog.all + LongTailCatalog.all + KeywordTailCatalog.all

    static let alnum = Charset("A-Za-z0-9")
    static let hexLower = Charset("a-f0-9")
    static let base64Body = Charset("A-Za-z0-9+/")
    /// Base64 with its padding: a token read with this set ends where the base64 ends, so a 44-character
    /// token followed by `=` is 45 characters, not the format.
    static let base64Padded = Charset("A-Za-z0-9+/=")

    /// Letters of both cases and a digit: a random key, not a word or a run of one class.
    static func mixedCase(_ s: Substring) -> Bool {
        s.utf8.contains { $0 >= 48 && $0 <= 57 } && s.utf8.contains { $0 >= 65 && $0 <= 90 } && s.utf8.contains { $0 >= 97 && $0 <= 122 }
    }

    /// Meta (Facebook, Instagram, WhatsApp) Graph API user, page and system-user tokens: `EAA` then 100 or more
    /// letters and digits. Found without a keyword; a longer run that goes on with `+ / =` is base64 data.
    static let metaAccessToken = Make.token(
        "secret-meta-graph-access-token", "Meta", "Meta (Facebook) Graph API access token", ["EAA"], Charset("A-Za-z0-9+/="), 97...400,
        env: "META_GRAPH_TOKEN",
        unlocks: "the Facebook page, Instagram account, WhatsApp Business number or user the token was issued for: posts, messages, ads and insights its permissions allow",
        category: "social",
        rotate: "Meta for Developers > the app > Settings > Basic (reset the app secret invalidates its tokens); Business settings > System users (revoke)",
        entropy: 4.0,
        validate: { s in
            let body = s.dropFirst(3)
            return body.utf8.allSatisfy({ alnum.contains($0) }) && mixedCase(body) ? .plain : nil
        },
        sample: { "EAAM" + Make.s($0, .base62, 150) },
        hits: [("deploy/social.yaml", "- name: PAGE_TOKEN\n  value: \"EAAG" + Make.s(7, .base62, 120) + "\" # <-")],
        misses: [("assets/blob.txt", "data = \"EAA" + Make.s(8, .base62, 110) + "+/" + Make.s(9, .base62, 40) + "==\""),
                 ("docs/token.md", "token: EAA" + String(repeating: "x", count: 120)),
                 ("src/ids.py", "x = 'EAA" + Make.s(10, Charset("a-z"), 120) + "'")],
        // Below `secret-facebook-access-token`: where the vendor's name is on the line, that rule names the value.
        priority: 50)

    static func cloudflareChecksum(_ s: String, prefix: Int) -> Verdict? {
        let u = Array(s.utf8)
        guard u.count == prefix + 48 else { return nil }
        let body = u[prefix..<(prefix + 40)], check = u[(prefix + 40)...]
        guard check.allSatisfy({ hexLower.contains($0) }), mixedCase(Substring(String(decoding: body, as: UTF8.self))) else { return nil }
        let crc = String(Codecs.crc32(body), radix: 16)
        let expected = String(repeating: "0", count: 8 - crc.count) + crc
        return .props(["checksum": expected == String(decoding: check, as: UTF8.self) ? "crc32 matches" : "not verified"])
    }

    static func cloudflareSample(_ prefix: String, _ seed: UInt64) -> String {
        let body = Make.s(seed, .base62, 40)
        let crc = String(Codecs.crc32(Array(body.utf8)), radix: 16)
        return prefix + body + String(repeating: "0", count: 8 - crc.count) + crc
    }

    /// Cloudflare's scannable credentials (2025 on): `cfk_` global API key, 40 letters and digits then an
    /// 8-hex checksum.
    static let cloudflareGlobalKey = Make.token(
        "secret-cloudflare-global-api-key-scannable", "Cloudflare", "Cloudflare global API key (cfk_)", ["cfk_"], alnum, 48...48,
        env: "CLOUDFLARE_API_KEY", unlocks: "every zone, DNS record, Worker and account setting of the Cloudflare user (full access)",
        category: "cloud", rotate: "https://dash.cloudflare.com/profile/api-tokens (Global API Key > Change)",
        severity: .critical, entropy: 3.5, refs: ["https://developers.cloudflare.com/fundamentals/api/get-started/token-formats"],
        validate: { cloudflareChecksum($0, prefix: 4) }, sample: { cloudflareSample("cfk_", $0) },
        hits: [("scripts/purge.sh", "curl -H \"X-Auth-Email: ops@example.org\" -H \"X-Auth-Key: {S}\" https://api.cloudflare.com/client/v4/user # <-")],
        misses: [("README.md", "CLOUDFLARE_API_KEY=cfk_" + String(repeating: "x", count: 40) + "deadbeef"),
                 (".env", "CLOUDFLARE_API_KEY=cfk_" + Make.s(11, .base62, 40) + "XYZ12345")])

    /// `cfut_` user API tokens and `cfat_` account API tokens: scoped by their permissions.
    static let cloudflareToken = Make.token(
        "secret-cloudflare-api-token-scannable", "Cloudflare", "Cloudflare API token (cfut_/cfat_)", ["cfut_", "cfat_"], alnum, 48...48,
        env: "CLOUDFLARE_API_TOKEN", unlocks: "the Cloudflare zones and account resources the token's policies allow (DNS, Workers, R2, firewall)",
        category: "cloud", rotate: "https://dash.cloudflare.com/profile/api-tokens (roll or delete the token)",
        entropy: 3.5, refs: ["https://developers.cloudflare.com/fundamentals/api/get-started/token-formats"],
        validate: { s in cloudflareChecksum(s, prefix: 5) }, sample: { cloudflareSample("cfut_", $0) },
        hits: [("wrangler.env", "CLOUDFLARE_API_TOKEN=" + cloudflareSample("cfat_", 12) + " # <-")],
        misses: [("docs/api.md", "Authorization: Bearer cfut_<your-token>")])

    /// Bitbucket Data Center HTTP access tokens: `BBDC-` then 44 base64 characters that decode to the token's
    /// 12-digit id, a colon and 20 random bytes.
    static let bitbucketDataCenterToken = Make.token(
        "secret-bitbucket-data-center-token", "Atlassian", "Bitbucket Data Center HTTP access token", ["BBDC-"], base64Padded, 44...44,
        env: "BITBUCKET_TOKEN", unlocks: "the self-hosted Bitbucket's repositories (clone, push) and REST API as the user, project or repository the token belongs to",
        category: "vcs", rotate: "Bitbucket > Manage account (or project/repository settings) > HTTP access tokens (delete the token)",
        entropy: 3.5, refs: ["https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html"],
        validate: { s in
            dataCenterTokenID(s.dropFirst(5)).map { .props(["token.id": $0]) }
        },
        sample: { "BBDC-" + dataCenterSample($0) },
        misses: [("notes.txt", "BBDC-" + String(repeating: "1", count: 44)),
                 ("notes.txt", "BBDC-" + Make.s(13, .base62, 44))])

    /// The 33 bytes inside an Atlassian Data Center personal access token: a 12-digit token id, `:`, 20 random bytes.
    static func dataCenterTokenID(_ body: Substring) -> String? {
        guard body.utf8.count == 44, let raw = Codecs.base64Decode(body, maxBytes: 64), raw.count == 33, raw[12] == UInt8(ascii: ":"),
              raw[0..<12].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return String(decoding: raw[0..<12], as: UTF8.self)
    }

    static func dataCenterSample(_ seed: UInt64) -> String {
        var raw = Array(String(100_000_000_000 + seed % 800_000_000_000).utf8) + [UInt8(ascii: ":")]
        raw += Array(Make.s(seed, .base62, 20).utf8)
        return Codecs.base64Encode(raw)
    }

    /// Jira, Confluence and Bitbucket Data Center (self-hosted) personal access tokens carry no prefix: 44 base64
    /// characters that decode to a 12-digit token id, `:` and 20 random bytes. Read after the product's name on the
    /// line, and only when the value decodes to that structure.
    static let atlassianDataCenterToken: SecretPattern = {
        var p = Make.keyed(
            "secret-atlassian-data-center-pat", "Atlassian", "Jira / Confluence Data Center personal access token",
            keywords: ["jira", "confluence", "atlassian", "bitbucket"], base64Padded, 44...44,
            env: "JIRA_TOKEN", unlocks: "the self-hosted Jira, Confluence or Bitbucket as the token's user: issues, pages, repositories and their attachments",
            category: "productivity", rotate: "the product > Profile > Personal Access Tokens (revoke the token)",
            entropy: 3.5, refs: ["https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html"],
            validate: { s in dataCenterTokenID(Substring(s)).map { .props(["token.id": $0]) } },
            sample: { dataCenterSample($0) },
            hits: [("ci.env", "JIRA_URL=https://jira.example.org\nJIRA_TOKEN={S} # <-"),
                   ("notes.md", "# confluence bearer token: {S} # <-")],
            misses: [("ci.env", "JIRA_TOKEN=" + Make.s(16, .base62, 44)),
                     ("ci.env", "CONFLUENCE_TOKEN=" + dataCenterSample(17) + "AAAA"),
                     ("ci.env", "JIRA_TOKEN=" + dataCenterSample(18) + "="),
                     ("src/jira.py", "jira_token = os.environ[\"JIRA_TOKEN\"]")])
        // Above the vendor-keyword rules of the same words: the decoded structure is the stronger evidence.
        p.priority = 70
        return p
    }()

    /// Azure Container Registry admin passwords and token passwords: 52 base64 characters with Azure's
    /// identifiable-key signature `+ACR` at offset 42.
    static let azureContainerRegistryPassword = Make.custom(
        "secret-azure-container-registry-password", "Microsoft Azure", "Azure Container Registry password", keywords: ["+ACR"],
        regex: "(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{42}\\+ACR[A-Za-z0-9+/]{6})(?![A-Za-z0-9+/=])",
        env: "ACR_PASSWORD", unlocks: "pulling and pushing images of the registry (a pushed image runs wherever the registry is trusted)",
        category: "registry", rotate: "Azure portal > the container registry > Access keys (regenerate password), or the token's passwords",
        severity: .high, confidence: .high,
        sample: { Make.s($0, .base62, 42) + "+ACR" + Make.s($0 &+ 1, .base62, 6) },
        hits: [("ci/push.sh", "docker login contoso.azurecr.io -u contoso -p {S} # <-")],
        misses: [("notes.txt", "password: " + Make.s(14, .base62, 30) + "+ACR" + Make.s(15, .base62, 6)),
                 ("notes.txt", "key: " + String(repeating: "A", count: 42) + "+ACR" + "AAAAAA")]) { inp in
        let b = inp.bytes, s = inp.start
        let f = Scan.runBack(b, from: s, base64Body, max: 43)
        guard s - f == 42 else { return [] }
        let e = Scan.run(b, from: s + 4, base64Body, max: 7)
        guard e - s - 4 == 6, e >= b.count || (!base64Body.contains(b[e]) && b[e] != UInt8(ascii: "=")) else { return [] }
        let v = Scan.text(b, f..<e)
        guard mixedCase(Substring(v)), Codecs.entropy(Array(v.utf8)) >= 4.0, !Placeholders.isPlaceholder(String(v.prefix(42))) else { return [] }
        return [RawHit(range: f..<e, secret: v)]
    }

    /// Power Automate / Logic Apps HTTP-trigger URLs (Teams "Workflows" webhooks): the `sig=` query
    /// parameter is the shared access signature; anyone with the URL runs the flow.
    static let powerAutomateWorkflowURL = Make.custom(
        "secret-power-automate-workflow-url", "Microsoft", "Power Automate / Logic Apps workflow trigger URL", keywords: ["/triggers/manual/paths/invoke"],
        regex: "(https://[a-z0-9.-]+(?:\\.logic\\.azure\\.com|\\.api\\.powerplatform\\.com)(?::443)?/[^\\s\"'<>]*/triggers/manual/paths/invoke\\?[^\\s\"'<>]*sig=[A-Za-z0-9_-]{40,})",
        env: "TEAMS_WORKFLOW_URL", unlocks: "running the workflow with any input (posting into the Teams channel it feeds, or whatever the flow does)",
        category: "messaging", rotate: "Power Automate > the flow > the HTTP trigger (regenerate the URL), or the Logic App's access keys",
        severity: .medium, confidence: .high,
        sample: { "https://prod-27.westeurope.logic.azure.com:443/workflows/" + FakeSecrets.hex(32, seed: $0)
            + "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + Make.s($0, .urlSafe, 43) },
        misses: [("docs/teams.md", "POST https://prod-27.westeurope.logic.azure.com:443/workflows/<id>/triggers/manual/paths/invoke?api-version=2016-06-01&sig=<signature>"),
                 ("src/x.py", "url = f\"{base}/triggers/manual/paths/invoke?sig={sig}\"")]) { inp in
        let b = inp.bytes, s = inp.start
        let urlChars = Charset("A-Za-z0-9.:/_%-")
        let hs = Scan.runBack(b, from: s, urlChars, max: 300)
        guard let scheme = Scan.find(b, "https://", in: hs..<s) else { return [] }
        let hostStart = scheme + 8
        let hostEnd = Scan.run(b, from: hostStart, Charset("a-z0-9.-"), max: 200)
        let host = Scan.text(b, hostStart..<hostEnd)
        guard host.hasSuffix(".logic.azure.com") || host.hasSuffix(".api.powerplatform.com") else { return [] }
        let e = Scan.run(b, from: s + inp.keywordLength, Charset("A-Za-z0-9?&=%._~-"), max: 600)
        guard let q = Scan.find(b, "sig=", in: (s + inp.keywordLength)..<e) else { return [] }
        let se = Scan.run(b, from: q + 4, .urlSafe, max: 200)
        let sig = Scan.text(b, (q + 4)..<se)
        guard sig.count >= 40, Codecs.entropy(Array(sig.utf8)) >= 4.0, !Placeholders.isPlaceholder(sig) else { return [] }
        return [RawHit(range: scheme..<e, secret: Scan.text(b, scheme..<e), verdict: .props(["host": host]))]
    }
}
