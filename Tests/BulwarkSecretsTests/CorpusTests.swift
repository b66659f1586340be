import BulwarkCore
import BulwarkKit
@testable import BulwarkSecrets
import Foundation
import Testing

/// A corpus of true secrets (generated at run time, valid checksums, embedded the ways real
/// repositories hold them) and decoys, scored per line.
enum CorpusSamples {
    struct Doc { var path: String; var text: String; var expected: [Int]; var rule: String? }

    static var scorable: [SecretPattern] {
        SecretCatalog.patterns.filter { !$0.publishable && $0.id != "secret-generic-assignment" }
    }

    static func embed(_ p: SecretPattern, _ secret: String, style: Int) -> Doc {
        let env = p.envName
        switch style % 8 {
        case 0: return Doc(path: ".env", text: "# local settings\n\(env)=\(secret)\n", expected: [2], rule: p.id)
        case 1: return Doc(path: "app/config.py", text: "import os\n\(env) = \"\(secret)\"\n", expected: [2], rule: p.id)
        case 2: return Doc(path: "src/client.ts", text: "// client\nexport const \(env) = \"\(secret)\";\n", expected: [2], rule: p.id)
        case 3: return Doc(path: "deploy/values.yaml", text: "env:\n  \(env): \"\(secret)\"\n", expected: [2], rule: p.id)
        case 4:
            let nb = "{\n \"cells\": [\n  {\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [],\n   \"source\": [\n    \"import os\\n\",\n    \"os.environ[\\\"\(env)\\\"] = \\\"\(secret)\\\"\\n\"\n   ]}\n ],\n \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5\n}\n"
            return Doc(path: "notebooks/eval.ipynb", text: nb, expected: [6], rule: p.id)
        case 5:
            let y = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  \(env): \(Codecs.base64Encode(Array(secret.utf8)))\n"
            return Doc(path: "k8s/secret.yaml", text: y, expected: [6], rule: p.id)
        case 6: return Doc(path: "config/settings.json", text: "{\n  \"\(env)\": \"\(secret)\",\n  \"debug\": false\n}\n", expected: [2], rule: p.id)
        default: return Doc(path: "config/app.toml", text: "[service]\n\(env) = \"\(secret)\"\n", expected: [2], rule: p.id)
        }
    }

    static func truths() -> [Doc] {
        var out: [Doc] = []
        for (i, p) in scorable.enumerated() {
            let s = p.sample(FakeSecrets.seed(p.id) &+ 1000)
            if !s.isEmpty { out.append(embed(p, s, style: i)) }
            for (path, text) in p.extraHits {
                let t = text.replacingOccurrences(of: "{S}", with: p.sample(FakeSecrets.seed(p.id) &+ 2000))
                let ex = Example(.triggers, path: path, t)
                // The AWS sample also holds the secret access key on line 3: a true secret too.
                let extra = p.id == "secret-aws-access-key" ? [3] : []
                out.append(Doc(path: path, text: ex.text ?? "", expected: ex.expectedLines + extra, rule: p.id))
            }
        }
        // Connection strings in the shapes applications use them.
        let pw = { (n: UInt64) in FakeSecrets.string(.base62, count: 18, seed: n) }
        out += [
            Doc(path: "app/db.py", text: "engine = create_engine(\"postgresql+psycopg2://svc:\(pw(1))@10.0.3.4:5432/prod\")\n", expected: [1], rule: nil),
            Doc(path: "docker-compose.yml", text: "services:\n  api:\n    environment:\n      - MONGO_URL=mongodb://root:\(pw(2))@mongo:27017/admin\n", expected: [4], rule: nil),
            Doc(path: "src/cache.js", text: "const redis = new Redis('rediss://default:\(pw(3))@eu1-cache.upstash.io:6379');\n", expected: [1], rule: nil),
            Doc(path: "pip.conf", text: "[global]\nextra-index-url = https://deploy:\(pw(4))@pypi.internal.acme.io/simple\n", expected: [2], rule: nil),
            Doc(path: "app/settings.py", text: "DB_PASSWORD = \"Kx9#mQ2v!Lr7pZ4w\"\n", expected: [1], rule: nil),
        ]
        return out
    }

    static func decoys() -> [Doc] {
        var out: [Doc] = []
        // Placeholders in each token shape, and unset references.
        for p in scorable {
            if case .token(let prefixes, _, let length) = p.matcher {
                out.append(Doc(path: ".env.example", text: "\(p.envName)=\(prefixes[0])\(String(repeating: "x", count: length.lowerBound))\n", expected: [], rule: nil))
            }
        }
        // GitHub and npm tokens with a wrong checksum.
        for k in 0..<12 {
            let good = FakeSecrets.checksummed(prefix: k % 2 == 0 ? "ghp_" : "npm_", seed: UInt64(500 + k))
            var chars = Array(good)
            chars[chars.count - 3] = chars[chars.count - 3] == "Q" ? "R" : "Q"
            out.append(Doc(path: "tests/fixtures/tokens.txt", text: "token: \(String(chars))\n", expected: [], rule: nil))
        }
        let hex = { (n: Int, s: UInt64) in FakeSecrets.hex(n, seed: s) }
        let png = Codecs.base64Encode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(FakeSecrets.string(.base62, count: 600, seed: 1).utf8))
        let lines: [(String, String)] = [
            ("Dockerfile", "FROM python:3.12-slim@sha256:\(hex(64, 1))"),
            ("CHANGELOG.md", "Fixed in commit \(hex(40, 2))."),
            ("requirements.txt", "torch==2.4.0 --hash=sha256:\(hex(64, 3))"),
            ("app/models.py", "request_id = \"\(FakeSecrets.uuid(seed: 4))\""),
            ("app/models.py", "TRACE_ID = \"\(hex(32, 5))\""),
            ("web/package.json", "\"integrity\": \"sha512-\(Codecs.base64Encode(Array(hex(64, 6).utf8)))\""),
            ("notebooks/plot.ipynb", "{\"cells\": [{\"cell_type\": \"code\", \"metadata\": {}, \"source\": [], \"outputs\": [{\"output_type\": \"display_data\", \"metadata\": {}, \"data\": {\"image/png\": \"\(png)\"}}]}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}"),
            ("docs/aws.md", "aws_access_key_id = AKIA" + "IOSFODNN7" + "EXAMPLE"),
            ("docs/aws.md", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY"),
            ("README.md", "export OPENAI_API_KEY=sk-...your-key..."),
            ("README.md", "OPENAI_API_KEY=<your-openai-key>"),
            (".env.example", "ANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxxxxxxxxxx"),
            ("settings.py", "SECRET_KEY = os.environ.get(\"SECRET_KEY\")"),
            ("settings.py", "password = \"password\""),
            ("config.yml", "api_key: ${API_KEY}"),
            (".github/workflows/ci.yml", "token: ${{ secrets.GITHUB_TOKEN }}"),
            ("app/llm.py", "response = client.chat.completions.create(model=\"gpt-4o\", max_tokens=4096)"),
            ("app/tokenizer.py", "eos_token = \"</s>\""),
            ("styles.css", ".btn { color: #a1b2c3; background: #ffeedd; }"),
            ("src/theme.ts", "export const token = { primary: '#0052cc', radius: 4 };"),
            ("go.mod", "golang.org/x/crypto v0.28.0 h1:\(Codecs.base64Encode(Array(hex(32, 7).utf8)))"),
            ("app/auth.py", "TOKEN_URL = \"https://oauth2.googleapis.com/token\""),
            ("app/auth.py", "if token == expected_token:"),
            ("app/db.py", "DATABASE_URL = \"postgresql://user:password@localhost:5432/dev\""),
            ("app/db.py", "DATABASE_URL = f\"postgresql://{user}:{password}@{host}:5432/{db}\""),
            ("compose.yml", "REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0"),
            ("docs/sentry.md", "dsn = \"https://\(hex(32, 8))@o12345.ingest.sentry.io/6789012\""),
            ("web/.env", "NEXT_PUBLIC_STRIPE_KEY=pk_live_\(FakeSecrets.string(.base62, count: 34, seed: 9))"),
            ("web/.env", "NEXT_PUBLIC_POSTHOG_KEY=phc_\(FakeSecrets.string(.base62, count: 43, seed: 10))"),
            ("web/.env", "NEXT_PUBLIC_SUPABASE_ANON_KEY=\(JWTSamples.token(["iss": "supabase", "ref": "qwhfkxzmdplvbnrtycsa", "role": "anon"], seed: 11))"),
            ("tests/test_jwt.py", "TOKEN = \"\(JWTSamples.token(["sub": "1234567890", "name": "Jane"], seed: 12))\""),
            ("app/ids.py", "EXPERIMENT = \"exp-\(hex(24, 13))\""),
            ("yarn-offline/.yarnrc", "checksum \(hex(128, 14))"),
            ("k8s/deploy.yaml", "        image: ghcr.io/acme/api@sha256:\(hex(64, 15))"),
            ("app/const.py", "ALPHABET = \"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789\""),
            ("app/const.py", "PASSWORD_REGEX = r\"^(?=.*[A-Z])(?=.*\\d).{12,}$\""),
            ("app/forms.py", "password = forms.CharField(widget=forms.PasswordInput)"),
            ("app/views.js", "const password = req.body.password;"),
            ("infra/main.tf", "  password = var.db_password"),
            ("infra/main.tf", "  secret_string = random_password.db.result"),
            ("ansible/vars.yml", "db_password: \"{{ vault_db_password }}\""),
            ("app/i18n/fr.json", "\"password\": \"Mot de passe\","),
            ("scripts/gen.sh", "openssl rand -hex 32 > secret.key"),
            ("app/keys.py", "PUBLIC_KEY = \"-----BEGIN PUBLIC KEY-----\""),
            ("app/ssh.py", "HEADER = \"-----BEGIN OPENSSH PRIVATE KEY-----\""),
            ("Makefile", "VERSION := 1.2.3-rc.4+build.\(hex(12, 16))"),
            ("app/tasks.py", "task-\(hex(32, 17)) = 1"),
            ("README.md", "Use `hf_` tokens from https://huggingface.co/settings/tokens."),
            ("README.md", "Keys look like `sk-proj-...` and start with `sk-`."),
            ("settings.py", "SECRET_KEY = \"django-insecure-\" + get_random_secret_key()"),
            ("app/cache.py", "cache_key = f\"user:{user_id}:profile\""),
            ("app/config.py", "AWS_REGION = \"eu-west-1\""),
            ("app/config.py", "S3_BUCKET = \"acme-ml-artifacts-prod\""),
            ("app/config.py", "MODEL_NAME = \"meta-llama/Llama-3.1-8B-Instruct\""),
        ]
        for (p, t) in lines { out.append(Doc(path: p, text: t + "\n", expected: [], rule: nil)) }
        return out
    }

    static func allTrueSecretsText() -> String { truths().map(\.text).joined(separator: "\n") }
}

struct Score { var tp = 0, fn = 0, fp = 0; var missed: [String] = []; var falseAlarms: [String] = []; var wrongRule: [String] = [] }

func score(_ docs: [CorpusSamples.Doc]) -> Score {
    var s = Score()
    let scanner = Scanner(families: [SecretsScanner()])
    for d in docs {
        let f = scanner.scan(file: SourceFile(relativePath: d.path, text: d.text), configuration: Configuration(), families: ["secrets"])
        let lines = Set(f.compactMap(\.location.startLine))
        for l in d.expected {
            if lines.contains(l) {
                s.tp += 1
                if let r = d.rule, l == d.expected.first, !f.contains(where: { $0.ruleID == r && $0.location.startLine == l }) {
                    s.wrongRule.append("\(r) in \(d.path): got \(f.map(\.ruleID))")
                }
            } else { s.fn += 1; s.missed.append("\(d.rule ?? "-") in \(d.path): \(d.text.prefix(160))") }
        }
        for l in lines.subtracting(d.expected) {
            s.fp += 1
            s.falseAlarms.append("\(d.path):\(l) \(f.filter { $0.location.startLine == l }.map { "\($0.ruleID): \($0.message)" })")
        }
    }
    return s
}

@Test func corpusRecallAndPrecisionAreAtLeast97Percent() {
    let truths = CorpusSamples.truths(), decoys = CorpusSamples.decoys()
    let providers = Set(CorpusSamples.scorable.map(\.provider))
    #expect(providers.count >= 50, "only \(providers.count) providers")
    #expect(decoys.count >= 100, "only \(decoys.count) decoys")
    let s = score(truths + decoys)
    let recall = Double(s.tp) / Double(max(1, s.tp + s.fn))
    let precision = Double(s.tp) / Double(max(1, s.tp + s.fp))
    print("corpus: \(truths.count) true-secret files, \(decoys.count) decoys, recall \(recall), precision \(precision)")
    #expect(recall >= 0.97, "recall \(recall); missed:\n\(s.missed.joined(separator: "\n"))")
    #expect(precision >= 0.97, "precision \(precision); false alarms:\n\(s.falseAlarms.joined(separator: "\n"))")
    #expect(s.missed.isEmpty, "missed:\n\(s.missed.joined(separator: "\n"))")
    #expect(s.falseAlarms.isEmpty, "false alarms:\n\(s.falseAlarms.joined(separator: "\n"))")
    #expect(s.wrongRule.isEmpty, "found by another rule:\n\(s.wrongRule.joined(separator: "\n"))")
}
