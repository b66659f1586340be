import Testing
import BulwarkCore
@testable import BulwarkSecrets

/// Values with a credential's distinctive prefix but not its structure are reported low (never high),
/// real structures keep their severity, and published example values are not reported.
@Suite struct LookalikeTokenTests {
    func hits(_ path: String, _ text: String, _ rule: String) -> [Finding] { secretFindings(path, text).filter { $0.ruleID == rule } }

    @Test func fineGrainedPATWithoutTheSeparatorIsLow() throws {
        let p = try #require(SecretCatalog.pattern("secret-github-fine-grained-pat"))
        #expect(hits(".env", "GH_TOKEN=\(p.sample(3))", p.id).map(\.severity) == [.high])
        let flat = hits(".env", "GH_TOKEN=github_pat_\(Make.s(4, .lowerAlnum, 82))", p.id)
        #expect(flat.map(\.severity) == [.low])
        #expect(flat.first?.message.contains("not the structure") == true)
        // An underscore elsewhere is neither shape.
        #expect(hits(".env", "GH_TOKEN=github_pat_\(Make.s(5, .lowerAlnum, 40))_\(Make.s(6, .lowerAlnum, 41))", p.id).isEmpty)
    }

    @Test func firebaseSDKTestKeysAreNotReported() {
        for key in AICatalog.firebaseSDKTestKeys {
            #expect(secretFindings("src/test/java/AppTest.java", "String API_KEY = \"\(key)\";").isEmpty, "\(key.prefix(8))")
        }
        // Control: another AIzaSy key in the same place is reported.
        #expect(hits("src/main/java/App.java", "String API_KEY = \"AIzaSy\(Make.s(7, .urlSafe, 33))\";", "secret-google-api-key").count == 1)
    }

    @Test func slackTokensJudgeTheSecretPartNotTheIds() {
        let rule = "secret-slack-legacy-token"
        let ids = Make.s(8, Charset("1-9"), 12) + "-" + Make.s(9, Charset("1-9"), 12) + "-" + Make.s(10, Charset("1-9"), 12)
        // Numeric ids lower the entropy of the whole token; the hex secret part is what counts.
        #expect(hits(".env", "SLACK_TOKEN=xoxs-\(ids)-\(FakeSecrets.hex(10, seed: 11))", rule).map(\.severity) == [.high])
        #expect(hits(".env", "SLACK_TOKEN=xoxa-2-511111111-31111111111-3111111111111-\(FakeSecrets.hex(18, seed: 12))", rule).map(\.severity) == [.low])
        // Digits cut by `?` (a redacted log line) and an image name are not tokens.
        #expect(hits("log.txt", "token - 'xoxa-\(Make.s(13, Charset("1-9"), 11))?\(Make.s(14, Charset("1-9"), 11))c'", rule).isEmpty)
        #expect(hits("README.md", "![x](https://example.org/xoxo-indieweb-1.jpg)", rule).isEmpty)
        #expect(hits(".env", "SLACK_TOKEN=xoxs-\(ids)-xxxxxxxxxxxx", rule).isEmpty)
    }

    @Test func squareTokensOfTheWrongLengthNeedTheWordSquare() {
        let rule = "secret-square-access-token"
        #expect(hits(".env", "TOKEN=EAAA\(Make.s(15, .urlSafe, 60))", rule).map(\.severity) == [.high])
        #expect(hits("config.yml", "square_token: EAAA\(Make.s(16, .urlSafe, 50))", rule).map(\.severity) == [.low])
        #expect(hits("config.yml", "facebook_token: EAAA\(Make.s(16, .urlSafe, 50))", rule).isEmpty)
        #expect(hits("config.yml", "square = 'EAAA\(Make.s(17, .urlSafe, 28))?b=\(Make.s(18, .urlSafe, 12))'", rule).isEmpty)
        let secret = "secret-square-oauth-secret"
        #expect(hits(".env", "S=sq0csp-\(Make.s(19, .urlSafe, 43))", secret).map(\.severity) == [.high])
        #expect(hits(".env", "S=sq0csp-\(Make.s(20, .urlSafe, 30))\\\(Make.s(21, .urlSafe, 12))", secret).map(\.severity) == [.low])
    }

    @Test func bedrockShortTermKeyWithoutSignedQueryIsLow() throws {
        let p = try #require(SecretCatalog.pattern("secret-aws-bedrock-short-term-key"))
        #expect(hits(".env", "K=\(p.sample(22))", p.id).map(\.severity) == [.medium])
        let host = Codecs.base64Encode(Array("bedrock.amazonaws.com".utf8))
        #expect(hits(".env", "K=bedrock-api-key-\(host)", p.id).map(\.severity) == [.low])
        #expect(hits(".env", "K=bedrock-api-key-\(Codecs.base64Encode(Array("bedrock.amazonaws.co1".utf8)))", p.id).isEmpty)
    }

    @Test func discordClientSecretOfDigitsIsLow() {
        let rule = "secret-discord-client-secret"
        #expect(hits(".env", "DISCORD_CLIENT_SECRET=\(Make.s(23, Charset("0-9"), 32))", rule).map(\.severity) == [.low])
        #expect(hits(".env", "DISCORD_CLIENT_SECRET=\(Make.s(24, .base62, 32))", rule).map(\.severity) == [.high])
        #expect(hits(".env", "DISCORD_CLIENT_SECRET=12345678901234567890123456789012", rule).isEmpty)
    }

    @Test func jenkinsCiphertextAfterAnAssignmentAndInATemplate() {
        let rule = "secret-jenkins-encrypted-credential"
        #expect(hits(".env", "JENKINS_CREDENTIAL=\(JenkinsSamples.secret(seed: 25))", rule).map(\.severity) == [.medium])
        let template = "<secret>{AQAAABAAA \(Make.s(26, .base62, 22))}</secret>"
        #expect(hits("credentials.xml", template, rule).map(\.severity) == [.low])
        // The same outside an element body is not reported.
        #expect(hits("notes.txt", "see {AQAAABAAA \(Make.s(26, .base62, 22))}", rule).isEmpty)
    }

    @Test func slackUserTokensWithShortIdsAreLow() throws {
        let p = try #require(SecretCatalog.pattern("secret-slack-user-token"))
        #expect(hits(".env", "T=\(p.sample(27))", p.id).map(\.severity) == [.critical])
        // Short ids are low; ids typed as counting digits (`1234`) are a placeholder (VendorFormatsSession9Tests).
        #expect(hits("a.json", "\"token3\": \"xoxp-4172-9083-6651-\(FakeSecrets.hex(32, seed: 28))\"", p.id).map(\.severity) == [.low])
    }

    @Test func curlTemplateSlotsAndWordyGitLabTokensAreNotSecrets() {
        #expect(hits("README.md", "curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/", "secret-curl-basic-auth").isEmpty)
        #expect(hits("s.sh", "curl --user neo4j:\(Make.s(29, .base62, 14)) http://db.internal.test:7474/", "secret-curl-basic-auth").count == 1)
        #expect(hits("t.txt", "glimt-my-tokens_are-correctAB", "secret-gitlab-other-token").isEmpty)
        #expect(hits("t.txt", "glimt-\(Make.s(30, .base62, 25))", "secret-gitlab-other-token").count == 1)
    }

    @Test func slackWebhooksWithoutTheSchemeAndFlyMacaroonsWithZeroRuns() {
        let path = "T\(Make.s(31, .upperAlnum, 10))/B\(Make.s(32, .upperAlnum, 10))/\(Make.s(33, .base62, 24))"
        #expect(hits("n.sh", "curl http://hooks.slack.com/services/\(path)", "secret-slack-webhook-url").map(\.severity) == [.medium])
        #expect(hits("n.yml", "url: hooks.slack.com/services/\(Make.s(34, .lowerAlnum, 44))", "secret-slack-webhook-url").map(\.severity) == [.low])
        // A macaroon's zero bytes (`AAAAAAAA`) are part of the format, not filler.
        #expect(hits("Dockerfile", "ENV FLY_API_TOKEN=\"FlyV1 fm2_lJPECAAAAAAAA\(Make.s(35, Charset("A-Za-z0-9+/"), 200))\"", "secret-flyio-token").count == 1)
        #expect(hits(".env", "FLY_API_TOKEN=fm2_\(Make.s(36, .base62, 20))AAAAAAAA\(Make.s(37, .base62, 40))", "secret-flyio-token").isEmpty)
        // Vault batch tokens longer than 200 characters.
        #expect(hits(".env", "VAULT_TOKEN=hvb.\(Make.s(38, .urlSafe, 216))", "secret-vault-token").count == 1)
    }

    @Test func hexTokensInOtherLettersAreLowAndNewPrefixesAreFound() {
        #expect(hits(".env", "PULUMI_ACCESS_TOKEN=pul-\(FakeSecrets.hex(40, seed: 39))", "secret-pulumi-access-token").map(\.severity) == [.critical])
        #expect(hits(".env", "PULUMI_ACCESS_TOKEN=pul-\(Make.s(40, .lowerAlnum, 40))", "secret-pulumi-access-token").map(\.severity) == [.low])
        #expect(hits(".env", "T=pul-\(FakeSecrets.hex(64, seed: 41))", "secret-pulumi-access-token").isEmpty)
        #expect(hits("log.txt", "Using Key=alcht_\(Make.s(42, .base62, 30))", "secret-alchemy-access-token").count == 1)
        #expect(hits("log.txt", "Using Key=alcht_\(Make.s(43, .base62, 31))", "secret-alchemy-access-token").isEmpty)
        #expect(hits("log.txt", "token spu-\(FakeSecrets.hex(32, seed: 44))", "secret-spectralops-token").count == 1)
        #expect(hits("log.txt", "token spu-\(FakeSecrets.hex(32, seed: 44).uppercased())", "secret-spectralops-token").isEmpty)
        #expect(hits(".env", "ROOTLY=rootly_\(FakeSecrets.hex(64, seed: 45))", "secret-rootly-api-key").count == 1)
    }

    @Test func azureStorageKeysOnTheNextLinesAndAfterCompositeNames() {
        let rule = "secret-azure-storage-account-key"
        let key = Make.s(50, Charset("A-Za-z0-9+/"), 86) + "=="
        #expect(hits("src/storage.ts", "export const name = process.env.ACCOUNT_NAME || \"data\";\nexport const key =\n  process.env.ACCOUNT_KEY ||\n  \"\(key)\";", rule).map(\.severity) == [.critical])
        #expect(hits("Main.java", "static final String AzuriteAccountKey = \"\(key)\";", rule).count == 1)
        // Four lines below is too far; a value that does not decode to 64 bytes is not a storage key.
        #expect(hits("src/storage.ts", "const accountKey = process.env.ACCOUNT_KEY;\n\n\n\n\nconst other = \"\(key)\";", rule).isEmpty)
        #expect(hits(".env", "ACCOUNT_KEY=\(Make.s(51, Charset("A-Za-z0-9+/"), 84))==", rule).isEmpty)
    }

    @Test func sendGridKeysWithoutTheInnerDotAreLow() throws {
        let p = try #require(SecretCatalog.pattern("secret-sendgrid-api-key"))
        #expect(hits(".env", "SENDGRID_API_KEY=\(p.sample(56))", p.id).map(\.severity) == [.high])
        #expect(hits(".env", "SENDGRID_API_KEY=SG.\(Make.s(57, .lowerAlnum, 66))", p.id).map(\.severity) == [.low])
        #expect(hits(".env", "SENDGRID_API_KEY=SG.\(Make.s(58, .lowerAlnum, 60))", p.id).isEmpty)
    }

    @Test func expiredAzureSASIsLow() {
        let rule = "secret-azure-sas-token"
        let sig = Make.s(59, .base62, 43) + "%3D"
        #expect(hits("u.sh", "curl \"https://a.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&se=2099-01-01T00:00:00Z&sig=\(sig)\"", rule).map(\.severity) == [.medium])
        let expired = hits(".env", "SAS=sp=rl&st=2025-03-04T07:24:52Z&se=2025-04-04T15:24:52Z&spr=https&sv=2022-11-02&sr=c&sig=\(sig)", rule)
        #expect(expired.map(\.severity) == [.low])
        #expect(expired.first?.message.contains("expired on 2025-04-04") == true)
    }
}
