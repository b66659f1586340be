import BulwarkCore
import BulwarkKit
@testable import BulwarkSecrets
import Testing

/// False highs found on real repositories held out of the rules' writing (session 14), each reproduced with our
/// own values: Airtable object ids taken for legacy keys, a documentation link's page id taken for an Azure OpenAI
/// key, documented database URLs on the Docker host or with a password made of the user name.
@Suite struct HeldOutPrecisionSession14Tests {
    func findings(_ path: String, _ text: String) -> [Finding] {
        Scanner(families: [SecretsScanner()]).scan(file: SourceFile(relativePath: path, text: text), configuration: Configuration(), families: ["secrets"])
    }

    @Test func airtableObjectIdsAreNotLegacyKeys() {
        for id in ["app", "tbl", "viw", "rec", "fld"].map({ $0 + FakeSecrets.string(.base62, count: 11, seed: 4) + "9Xq" }) {
            let ts = "// airtable\nconst field = { placeholder: '\(id)', description: 'airtable.com/\(id) is the id' }\n"
            #expect(!findings("src/nodes/Airtable.ts", ts).contains { $0.ruleID == "secret-airtable-legacy-api-key" }, "\(id)")
        }
        // A legacy key (`key` and 14 letters and digits) and a random 17-character value still count.
        let key = "key" + FakeSecrets.string(.base62, count: 11, seed: 5) + "7Qz"
        #expect(findings("config/airtable.py", "AIRTABLE_API_KEY = \"\(key)\"\n").contains { $0.ruleID == "secret-airtable-legacy-api-key" })
        let random = "mdz4" + FakeSecrets.string(.base62, count: 10, seed: 6) + "x7a"
        #expect(findings("config/airtable.py", "airtableToken = \"\(random)\"\n").contains { $0.ruleID == "secret-airtable-legacy-api-key" })
    }

    @Test func azureOpenAIKeyIsNotAPageIdInALink() {
        let hex = FakeSecrets.hex(32, seed: 41)
        let doc = "See the [usage](https://www.notion.so/AzureOpenAIChatGenerator-\(hex)?pvs=21) for details.\n"
        #expect(!findings("docs/generators/azureopenai.mdx", doc).contains { $0.ruleID == "secret-azure-openai-key" })
        let slug = "AzureOpenAI-\(hex) is the page.\n"
        #expect(!findings("docs/azure.md", slug).contains { $0.ruleID == "secret-azure-openai-key" })
        // The key itself, on the keyword's line, and in a URL's query, is still reported.
        #expect(findings("app/azure.py", "AZURE_OPENAI_API_KEY = \"\(hex)\"\n").contains { $0.ruleID == "secret-azure-openai-key" })
        let query = "curl \"https://contoso.openai.azure.com/openai/deployments/x/chat/completions?api-version=2024-06-01&api-key=\(hex)\"\n"
        #expect(findings("scripts/ask.sh", query).contains { $0.ruleID == "secret-azure-openai-key" })
    }

    @Test func aRedactionMarkerIsNotASecret() {
        let marker = "export const REDACTED_CREDENTIAL_VALUE = '_APP_BLANK_\(FakeSecrets.hex(8, seed: 3))-1a71-43b1-bf8f-\(FakeSecrets.hex(12, seed: 4))'\n"
        #expect(!findings("src/utils/index.ts", marker).contains { $0.ruleID == "secret-generic-assignment" })
        let real = "export const SERVICE_CREDENTIAL = '\(FakeSecrets.string(.base62, count: 32, seed: 12))'\n"
        #expect(findings("src/utils/index.ts", real).contains { $0.ruleID == "secret-generic-assignment" })
    }

    @Test func awsKeyIdsNeedTheirExactPrefixAndNoLetterAround() {
        let body = FakeSecrets.string(.upperBase32, count: 16, seed: 21)
        #expect(findings("deploy/aws.env", "AWS_ACCESS_KEY_ID=AKIA\(body)\n").contains { $0.ruleID == "secret-aws-access-key" })
        #expect(findings("deploy/aws.json", "{\"key\": \"AKIA\(body)\"}\n").contains { $0.ruleID == "secret-aws-access-key" })
        // In base64 of an image: lower-case letters around it, or a prefix of mixed case.
        #expect(!findings("img/logo.svg", "data:image/png;base64,iVBORmvAKIA\(body)h/1bla7Me\n").contains { $0.ruleID == "secret-aws-access-key" })
        #expect(!findings("img/logo.svg", "data:image/png;base64,iVBOR+ACcA\(body)/1bla7Me\n").contains { $0.ruleID == "secret-aws-access-key" })
    }

    @Test func aKubernetesSecretValueIsReportedOnceDecoded() {
        func b64(_ s: String) -> String { Codecs.base64Encode(Array(s.utf8)) }
        let real = FakeSecrets.string(.base62, count: 20, seed: 31)
        let manifest = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: \(b64(real))\n  api-token: \(b64("sk_live_51H8abcdefghijklmnopqrstuvwxyz"))\n"
        let f = findings("k8s/secret.yaml", manifest).filter { $0.ruleID == "secret-generic-assignment" }
        #expect(f.count == 1)
        #expect(f.first?.location.startLine == 7)
        #expect(f.first?.properties["encoding"] == "base64 (Kubernetes Secret data)")
        // Outside a Secret, the same line is judged as written.
        #expect(findings("k8s/config.yaml", "data:\n  password: \(b64(real))\n").count == 1)
    }

    @Test func renderEnvVarsNamedByKey() {
        let value = FakeSecrets.string(.base62, count: 20, seed: 33)
        let yaml = "services:\n  - type: web\n    envVars:\n      - key: DATABASE_PASSWORD\n        value: \(value)\n      - key: SECRET_KEY\n        generateValue: true\n"
        let f = findings("render.yaml", yaml).filter { $0.ruleID == "secret-generic-assignment" }
        #expect(f.map(\.location.startLine) == [5])
        // A bare `key:` holding a value is still no credential by itself.
        #expect(findings("config.yaml", "key: \(value)\n").isEmpty)
    }

    @Test func documentedDatabaseURLsAreNotLeakedPasswords() {
        let docker = "postgresql://vectors:\(FakeSecrets.string(.base62, count: 14, seed: 7))@host.docker.internal:5432/app\n"
        #expect(!findings("docs/SETUP.md", docker).contains { $0.ruleID == "secret-database-url-password" })
        for (user, pw) in [("dbuser", "dbuserpass"), ("admin", "admin123"), ("app", "app_pw")] {
            let url = "postgresql://\(user):\(pw)@db.internal.acme.io:5432/yourdb\n"
            #expect(!findings("docs/SETUP.md", url).contains { $0.ruleID == "secret-database-url-password" }, "\(pw)")
        }
        #expect(StructuredCatalog.namesItsUser("dbuserpass", user: "dbuser"))
        #expect(!StructuredCatalog.namesItsUser("dbuser" + "Zq81vTx", user: "dbuser"))
        // A real-looking password on a remote host is still high.
        let real = "postgresql://app:\(FakeSecrets.string(.base62, count: 20, seed: 8))@db.internal.acme.io:5432/app\n"
        #expect(findings("config/db.env", real).contains { $0.ruleID == "secret-database-url-password" && $0.severity == .high })
    }
}
