import BulwarkCore
import BulwarkKit
@testable import BulwarkSecrets
import Foundation
import Testing

/// Files the secrets family once skipped without a word: each is compared with a control that is found.
enum GapSamples {
    static let key = "sk-proj-" + AICatalog.openAIBody(41)
    static let text = "# service settings\nDEBUG=false\nOPENAI_API_KEY=\(key)\n"

    static func found(_ path: String, _ bytes: [UInt8]) -> [Finding] {
        Scanner(families: [SecretsScanner()]).scan(file: SourceFile(relativePath: path, bytes: bytes),
                                                   configuration: Configuration(), families: ["secrets"])
            .filter { $0.ruleID == "secret-openai-project-key" }
    }

    static func utf16(_ s: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for u in s.utf16 {
            let hi = UInt8(u >> 8), lo = UInt8(u & 0xFF)
            out += bigEndian ? [hi, lo] : [lo, hi]
        }
        return out
    }
}

@Test func envFileWhoseFirstByteIsNULIsScanned() {
    let control = GapSamples.found(".env", Array(GapSamples.text.utf8))
    #expect(control.count == 1 && control.first?.location.startLine == 3)
    let hidden = GapSamples.found(".env", [0] + Array(GapSamples.text.utf8))
    #expect(hidden.count == 1)
    #expect(hidden.first?.location.startLine == 3)
    // Also for other configuration names, and NULs further in.
    #expect(GapSamples.found("config/app.yaml", Array(GapSamples.text.utf8) + [0, 0, 0]).count == 1)
    #expect(GapSamples.found(".env.production", [0, 0] + Array(GapSamples.text.utf8)).count == 1)
}

@Test func utf16TextIsDecodedAndScannedWithLineNumbers() {
    let control = GapSamples.found("settings.txt", Array(GapSamples.text.utf8))
    #expect(control.count == 1)
    for (bigEndian, bom) in [(false, true), (false, false), (true, true), (true, false)] {
        let f = GapSamples.found("settings.txt", GapSamples.utf16(GapSamples.text, bigEndian: bigEndian, bom: bom))
        #expect(f.count == 1, "UTF-16\(bigEndian ? "BE" : "LE") bom=\(bom)")
        #expect(f.first?.location.startLine == control.first?.location.startLine)
        #expect(f.first?.location.startColumn == control.first?.location.startColumn)
        #expect(f.first?.properties["secretHash"] == control.first?.properties["secretHash"])
        #expect(f.first?.properties["encoding"] == (bigEndian ? "UTF-16BE text" : "UTF-16LE text"))
    }
    // A PowerShell profile saved as UTF-16LE with a BOM (Windows' default), key on line 5.
    let ps = "# profile\r\n\r\n$env:DEBUG = '1'\r\n\r\n$env:OPENAI_API_KEY = '\(GapSamples.key)'\r\n"
    let f = GapSamples.found("profile.ps1", GapSamples.utf16(ps, bigEndian: false, bom: true))
    #expect(f.first?.location.startLine == 5)
}

@Test func filesOverTheWholeFileLimitAreScannedInChunks() {
    // Lines of filler with a secret every so often, some across chunk boundaries; scanned whole
    // (control) and in chunks of 16 KiB with a 64 KiB whole-file limit: same secrets, same lines.
    var rows: [String] = []
    var expected: [Int] = []
    for i in 1...12000 {
        if i % 1500 == 0 {
            rows.append("OPENAI_API_KEY=sk-proj-" + AICatalog.openAIBody(UInt64(i)))
            expected.append(i)
        } else {
            rows.append("value_\(i) = \(i * 7919 % 100003)")
        }
    }
    let bytes = Array(rows.joined(separator: "\n").utf8)
    #expect(bytes.count > 4 * (16 << 10))
    let file = SourceFile(relativePath: "data/big.env", bytes: bytes)
    func lines(_ m: SecretsModel) -> [Int] { (m.byPattern["secret-openai-project-key"] ?? []).map(\.line).sorted() }
    let whole = SecretsModel(file: file)
    let chunked = SecretsModel(file: file, wholeFileLimit: 64 << 10, chunkBytes: 16 << 10)
    #expect(lines(whole) == expected)
    #expect(lines(chunked) == expected)
    let wholeCols = (whole.byPattern["secret-openai-project-key"] ?? []).map(\.column)
    let chunkCols = (chunked.byPattern["secret-openai-project-key"] ?? []).map(\.column)
    #expect(wholeCols.sorted() == chunkCols.sorted())
    // A single line longer than a chunk: the secret near its end is still found once.
    let long = Array((String(repeating: "x", count: 50_000) + " OPENAI_API_KEY=sk-proj-" + AICatalog.openAIBody(3)).utf8)
    let lm = SecretsModel(file: SourceFile(relativePath: "long.txt", bytes: long), wholeFileLimit: 16 << 10, chunkBytes: 8 << 10)
    #expect(lm.byPattern["secret-openai-project-key"]?.count == 1)
    #expect(lm.byPattern["secret-openai-project-key"]?.first?.column == 50_002 + "OPENAI_API_KEY=".utf8.count)
}

@Test func utf16FilesOverTheLimitAreTranscodedChunkByChunk() {
    var text = ""
    for i in 1...3000 { text += i == 2500 ? "OPENAI_API_KEY=\(GapSamples.key)\n" : "line \(i) of filler text\n" }
    let file = SourceFile(relativePath: "notes.txt", bytes: GapSamples.utf16(text, bigEndian: false, bom: true))
    let m = SecretsModel(file: file, wholeFileLimit: 32 << 10, chunkBytes: 8 << 10)
    #expect(m.byPattern["secret-openai-project-key"]?.map(\.line) == [2500])
    #expect(m.byPattern["secret-openai-project-key"]?.first?.encoding == "UTF-16LE text")
}

@Test func theWholeFileLimitIsDocumented() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let doc = try String(contentsOf: root.appendingPathComponent("docs/families/secrets.md"), encoding: .utf8)
    #expect(SecretViews.wholeFileLimit == 64 << 20)
    #expect(doc.contains("64 MiB") && doc.contains("16 MiB"))
}

@Test func messagesAndFixesDoNotRepeatThemselves() {
    let f = secretFindings("config/settings.py", "INTERNAL_SERVICE_TOKEN = \"\(FakeSecrets.string(.base62, count: 32, seed: 4))\"")
    let g = f.first { $0.ruleID == "secret-generic-assignment" }
    #expect(g?.message.hasPrefix("High-entropy secret `") == true)
    #expect(g?.message.hasSuffix("assigned to `internal_service_token` is committed") == true)
    #expect(g?.message.contains("secret-looking name") == false)
    for p in SecretCatalog.patterns where !p.publishable {
        let r = SecretRuleDocs.description(for: p).remediation ?? ""
        #expect(!r.contains("Rotate it ("), "\(p.id): \(r)")
        #expect(r.components(separatedBy: "secret store").count <= 2, "\(p.id): \(r)")
        #expect(r.components(separatedBy: ", then read it").count == 2, "\(p.id): \(r)")
    }
}

@Test func keywordAnchoredRulesCaptureValuesNotIdentifiers() {
    let cases: [(String, String)] = [
        ("docs/v3/quickstart.md", "from roboflow import RoboflowTrainingSpec"),
        ("docs/search.md", "Qdrant collections take qdrant_client.models.VectorParams (size and distance)."),
        ("src/store.py", "store = open_store(allow_s3_credential_upload=allow_s3_credential_upload)"),
        ("src/agent.py", "agent = Agent(api_key=token_source_3)"),
        ("fixtures/usage.json", "{\"usage\":{\"input_tokens\":12,\"input_token_details\":{\"cached_tokens\":4}}}"),
        ("src/app.py", "MISTRAL_API_KEY = mistral_settings.api_key_value"),
    ]
    for (path, text) in cases {
        let f = secretFindings(path, text)
        #expect(f.isEmpty, "\(path): \(f.map { $0.ruleID + " " + $0.message })")
    }
    // Controls: literals in the same places are still found.
    let key20 = FakeSecrets.string(.base62, count: 20, seed: 12)
    #expect(secretFindings(".env", "ROBOFLOW_API_KEY=\(key20)").contains { $0.ruleID == "secret-roboflow-api-key" })
    #expect(secretFindings("src/rf.py", "rf = Roboflow(api_key=\"\(key20)\")  # roboflow").isEmpty == false)
    let letters = "PxKmWbTzRqLvNcYdHsGf"
    #expect(secretFindings(".env", "ROBOFLOW_API_KEY=\(letters)").contains { $0.ruleID == "secret-roboflow-api-key" })
    #expect(secretFindings("src/rf.py", "ROBOFLOW_API_KEY = \"\(letters)\"").contains { $0.ruleID == "secret-roboflow-api-key" })
    #expect(secretFindings("src/rf.py", "ROBOFLOW_API_KEY = \(letters)").isEmpty)
}
