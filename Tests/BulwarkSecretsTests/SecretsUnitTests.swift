import BulwarkCore
import BulwarkKit
@testable import BulwarkSecrets
import Foundation
import Testing

func secretFindings(_ path: String, _ text: String, config: Configuration = Configuration()) -> [Finding] {
    Scanner(families: [SecretsScanner()]).scan(file: SourceFile(relativePath: path, text: text), configuration: config, families: ["secrets"])
}

@Test func catalogHasAtLeast120TypesAndUniqueIDs() {
    let ids = SecretCatalog.patterns.map(\.id)
    #expect(ids.count >= 120, "only \(ids.count) credential types")
    #expect(Set(ids).count == ids.count)
    #expect(ids.allSatisfy { $0.hasPrefix("secret-") })
}

@Test func everyAIProviderHasAnAnchoredRule() {
    let required = ["secret-openai-project-key", "secret-openai-service-account-key", "secret-openai-admin-key", "secret-openai-api-key",
                    "secret-anthropic-api-key", "secret-anthropic-admin-key", "secret-huggingface-token", "secret-replicate-api-token",
                    "secret-groq-api-key", "secret-xai-api-key", "secret-mistral-api-key", "secret-cohere-api-key",
                    "secret-together-api-key", "secret-perplexity-api-key", "secret-openrouter-api-key", "secret-deepseek-api-key",
                    "secret-fireworks-api-key", "secret-google-api-key", "secret-azure-openai-key", "secret-aws-bedrock-api-key",
                    "secret-pinecone-api-key", "secret-weaviate-api-key", "secret-qdrant-api-key", "secret-langsmith-personal-token",
                    "secret-langsmith-service-key", "secret-langfuse-secret-key", "secret-wandb-api-key", "secret-comet-api-key",
                    "secret-neptune-api-token", "secret-elevenlabs-api-key", "secret-modal-token-secret", "secret-databricks-token"]
    for id in required { #expect(SecretCatalog.pattern(id) != nil, "missing \(id)") }
}

@Test func keyedPatternsEmbedTheirKeywordInTheSampleVariable() {
    for p in SecretCatalog.patterns {
        guard case .keyed(let keywords, _, _, _) = p.matcher else { continue }
        let env = p.envName.lowercased() + "="
        #expect(keywords.contains { env.contains($0.lowercased()) }, "\(p.id): \(p.envName) lacks a keyword")
    }
}

@Test func crc32MatchesZlib() {
    #expect(Codecs.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(Codecs.crc32([]) == 0)
}

@Test func githubChecksumIsValidatedAndWrongChecksumsAreNotReported() {
    let good = FakeSecrets.checksummed(prefix: "ghp_", seed: 42)
    #expect(Codecs.hasValidCRC32Checksum(token: good, prefixLength: 4))
    var bad = Array(good)
    bad[bad.count - 1] = bad[bad.count - 1] == "A" ? "B" : "A"
    let badToken = String(bad)
    #expect(!Codecs.hasValidCRC32Checksum(token: badToken, prefixLength: 4))
    #expect(secretFindings(".env", "GITHUB_TOKEN=\(good)").contains { $0.ruleID == "secret-github-pat" })
    #expect(secretFindings(".env", "GITHUB_TOKEN=\(badToken)").isEmpty)
    let npm = FakeSecrets.checksummed(prefix: "npm_", seed: 7)
    #expect(secretFindings(".npmrc", "//registry.npmjs.org/:_authToken=\(npm)").contains { $0.ruleID == "secret-npm-access-token" })
}

@Test func awsAccountIDIsDecodedFromTheKeyID() {
    // Account 123456789012 encoded the way AWS encodes it (bits 1...40 of the decoded id).
    let account: UInt64 = 123_456_789_012
    var raw = [UInt8](repeating: 0, count: 10)
    let z = account << 7
    for k in 0..<6 { raw[k] = UInt8((z >> UInt64(8 * (5 - k))) & 0xFF) }
    raw[6] = 0x5A; raw[7] = 0x11; raw[8] = 0x93; raw[9] = 0xC4
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    var bits: UInt64 = 0, n = 0, out = ""
    for b in raw { bits = bits << 8 | UInt64(b); n += 8; while n >= 5 { n -= 5; out.append(alphabet[Int((bits >> UInt64(n)) & 31)]) } }
    #expect(Codecs.awsAccountID(fromKeyID: "AKIA" + out) == "123456789012")
    let f = secretFindings("deploy/credentials", "aws_access_key_id = AKIA\(out)\naws_secret_access_key = \(FakeSecrets.string(Charset("A-Za-z0-9/+"), count: 40, seed: 3))")
    let key = f.first { $0.ruleID == "secret-aws-access-key" }
    #expect(key?.properties["aws.account"] == "123456789012")
    #expect(key?.severity == .critical)
    #expect(f.contains { $0.ruleID == "secret-aws-secret-access-key" })
}

@Test func pypiTokenScopeIsDecoded() {
    let userWide = PyPISamples.token(seed: 1, projects: nil)
    let scoped = PyPISamples.token(seed: 2, projects: ["bulwark-demo"])
    #expect(Structures.pypiScope(userWide)?.kind == .userWide)
    #expect(Structures.pypiScope(scoped)?.kind == .projectScoped)
    #expect(Structures.pypiScope(scoped)?.projects == ["bulwark-demo"])
    let f = secretFindings(".pypirc", "password = \(scoped)")
    #expect(f.first?.properties["pypi.scope"] == "project-scoped")
    #expect(f.first?.severity == .high)
    #expect(secretFindings(".pypirc", "password = \(userWide)").first?.severity == .critical)
}

@Test func supabaseServiceRoleIsCriticalAndAnonIsNotReportedByDefault() {
    let service = JWTSamples.token(["iss": "supabase", "ref": "qwhfkxzmdplvbnrtycsa", "role": "service_role"], seed: 1)
    let anon = JWTSamples.token(["iss": "supabase", "ref": "qwhfkxzmdplvbnrtycsa", "role": "anon"], seed: 2)
    let f = secretFindings(".env", "SUPABASE_SERVICE_ROLE_KEY=\(service)\nNEXT_PUBLIC_SUPABASE_ANON_KEY=\(anon)")
    #expect(f.count == 1)
    #expect(f.first?.ruleID == "secret-supabase-service-role-key")
    #expect(f.first?.properties["jwt.role"] == "service_role")
}

@Test func findingsAreRedactedWithAStableFingerprint() {
    let key = "sk-proj-" + AICatalog.openAIBody(11)
    let a = secretFindings(".env", "OPENAI_API_KEY=\(key)")
    let b = secretFindings(".env", "# moved\n\n\nOPENAI_API_KEY=\(key)")
    #expect(a.count == 1 && b.count == 1)
    guard let fa = a.first, let fb = b.first else { return }
    #expect(!fa.message.contains(key) && !fa.properties.values.contains { $0.contains(String(key.dropFirst(4).prefix(12))) })
    #expect(fa.properties["secret"] == "sk-p…(\(key.count) chars)")
    #expect(fa.fingerprint == fb.fingerprint)
    #expect(fa.location.startLine == 1 && fb.location.startLine == 4)
}

@Test func notebookStringsAreUnescapedAndOutputsScanned() {
    let key = "hf_" + FakeSecrets.string(.letters, count: 34, seed: 5)
    let openai = "sk-proj-" + AICatalog.openAIBody(6)
    let nb = """
    {
     "cells": [
      {"cell_type": "code", "metadata": {}, "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["token loaded\\n\(openai)\\n"]}
       ],
       "source": [
        "import os\\n",
        "os.environ[\\"HF_TOKEN\\"] = \\"\(key)\\"\\n"
       ]}
     ],
     "metadata": {}, "nbformat": 4, "nbformat_minor": 5
    }
    """
    let f = secretFindings("notebooks/eval.ipynb", nb)
    #expect(f.contains { $0.ruleID == "secret-huggingface-token" && $0.location.startLine == 8 })
    #expect(f.contains { $0.ruleID == "secret-openai-project-key" && $0.location.startLine == 4 })
}

@Test func kubernetesSecretDataIsDecoded() {
    let pw = FakeSecrets.string(.base62, count: 20, seed: 9)
    let url = "postgresql://app:\(pw)@db.prod.internal:5432/app"
    let yaml = """
    apiVersion: v1
    kind: Secret
    metadata:
      name: app
    type: Opaque
    data:
      DATABASE_URL: \(Codecs.base64Encode(Array(url.utf8)))
      username: \(Codecs.base64Encode(Array("app".utf8)))
    """
    let f = secretFindings("k8s/secret.yaml", yaml)
    #expect(f.contains { $0.ruleID == "secret-database-url-password" && $0.location.startLine == 7 && $0.properties["encoding"] != nil })
}

@Test func lockfilesMinifiedAndVendoredFilesAreSkipped() {
    let key = FakeSecrets.checksummed(prefix: "ghp_", seed: 1)
    #expect(secretFindings("package-lock.json", "\"token\": \"\(key)\"").isEmpty)
    #expect(secretFindings("node_modules/x/index.js", "const t = '\(key)'").isEmpty)
    #expect(secretFindings("dist/app.min.js", "var t='\(key)'").isEmpty)
    #expect(!secretFindings("src/app.js", "var t='\(key)'").isEmpty)
}

@Test func genericRuleHonoursIgnorePaths() throws {
    let text = "INTERNAL_SERVICE_TOKEN = \"\(FakeSecrets.string(.base62, count: 32, seed: 4))\""
    #expect(secretFindings("config/settings.py", text).contains { $0.ruleID == "secret-generic-assignment" })
    let config = try Configuration.parse("rules:\n  secret-generic-assignment:\n    options:\n      ignore-paths: [\"tests/**\"]\n", source: "test")
    #expect(secretFindings("tests/settings.py", text, config: config).isEmpty)
}

@Test func prefilterAndMatchersSurviveRandomMutations() {
    // Seeded mutations of a text dense with keywords: no crash, bounded time.
    var seed: UInt64 = 0xB01D_FACE
    func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 33 }
    let base = Array(CorpusSamples.allTrueSecretsText().utf8)
    let start = Date()
    var total = 0
    for _ in 0..<3000 {
        var b = base
        let cut = Int(next() % UInt64(b.count))
        b = Array(b[cut..<min(b.count, cut + 600)])
        for _ in 0..<(1 + Int(next() % 8)) where !b.isEmpty {
            let i = Int(next() % UInt64(b.count))
            switch next() % 4 {
            case 0: b[i] = UInt8(truncatingIfNeeded: next())
            case 1: b.remove(at: i)
            case 2: b.insert(UInt8(truncatingIfNeeded: next()), at: i)
            default: b.insert(contentsOf: Array("\"\n=:\\-----BEGIN sk-AKIAghp_eyJhbGci://@".utf8).shuffled().prefix(5), at: i)
            }
        }
        total += SecretCatalog.engine.scan(b, path: "fuzz.txt").count
    }
    #expect(Date().timeIntervalSince(start) < 60)
    #expect(total >= 0)
}

@Test func automatonFindsEveryOccurrenceCaseInsensitively() {
    let a = KeywordAutomaton(["he", "she", "his", "hers"])
    var hits: [(Int, Int)] = []
    a.scan(Array("uSHErs".utf8)) { hits.append(($0, $1)) }
    let found = Set(hits.map { "\($0.0)@\($0.1)" })
    #expect(found == ["1@1", "0@2", "3@2"])
}

@Test func historyScanReportsTheIntroducingCommit() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-history-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    func git(_ args: String...) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", dir.path, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"] + args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run(); p.waitUntilExit()
        #expect(p.terminationStatus == 0, "git \(args)")
    }
    let token = FakeSecrets.checksummed(prefix: "ghp_", seed: 99)
    try git("init", "-q")
    try "print('hello')\n".write(to: dir.appendingPathComponent("app.py"), atomically: true, encoding: .utf8)
    try git("add", "."); try git("commit", "-qm", "first")
    try "print('hello')\nGITHUB_TOKEN = \"\(token)\"\n".write(to: dir.appendingPathComponent("app.py"), atomically: true, encoding: .utf8)
    try git("add", "."); try git("commit", "-qm", "add token")
    try "print('hello')\n# token moved to the environment\nGITHUB_TOKEN = \"\(token)\"\n".write(to: dir.appendingPathComponent("app.py"), atomically: true, encoding: .utf8)
    try git("add", "."); try git("commit", "-qm", "comment")
    try "print('hello')\n".write(to: dir.appendingPathComponent("app.py"), atomically: true, encoding: .utf8)
    try git("add", "."); try git("commit", "-qm", "remove token")
    let f = try GitHistoryScanner.scan(repository: dir.path)
    let hits = f.filter { $0.ruleID == "secret-github-pat" }
    #expect(hits.count == 1)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["git", "-C", dir.path, "log", "--format=%H %s"]
    let pipe = Pipe(); p.standardOutput = pipe
    try p.run(); p.waitUntilExit()
    let log = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let introducing = log.split(separator: "\n").first { $0.hasSuffix("add token") }.map { String($0.prefix(40)) }
    #expect(hits.first?.properties["commit"] == introducing)
    #expect(hits.first?.location.path == "app.py")
    #expect(hits.first?.location.startLine == 2)
}
