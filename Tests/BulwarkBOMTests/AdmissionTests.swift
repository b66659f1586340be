import BulwarkTestSupport
import Foundation
import Testing
@testable import BulwarkBOM
@testable import BulwarkSigning

@Suite struct AdmissionTests {
    let clean = AdmissionScan(available: true, findings: [])

    func model(_ d: TemporaryDirectory, pickle: Bool = false) -> String {
        let st = [UInt8](FileManager.default.contents(atPath: fixture + "/models/sentiment/model.safetensors")!)
        d.write("m/model.safetensors", bytes: st)
        d.write("m/config.json", "{\"_name_or_path\": \"acme/sentiment\"}")
        if pickle { d.write("m/pytorch_model.pkl", bytes: [0x80, 0x04, 0x95] + Array("cos\nsystem\n".utf8)) }
        return d.path + "/m"
    }

    func policy(_ yaml: String, _ base: String = "/") throws -> AdmissionPolicy { try AdmissionPolicy(yaml: yaml, baseDirectory: base) }

    @Test func policyErrorsAreClear() {
        #expect(throws: AdmissionPolicy.Error.self) { try policy("bogus: 1") }
        #expect(throws: AdmissionPolicy.Error.self) { try policy("max-severity: extreme") }
        #expect(throws: AdmissionPolicy.Error.self) { try policy("signature:\n  required: true\n") }
        #expect(throws: AdmissionPolicy.Error.self) { try policy("- a list") }
    }

    @Test func sources() throws {
        #expect(ModelAdmission.normalizeSource("https://huggingface.co/acme/x") == "hf:acme/x")
        #expect(ModelAdmission.normalizeSource("acme/x") == "hf:acme/x")
        #expect(ModelAdmission.sourceAllowed("hf:acme/x", by: "hf:acme"))
        #expect(!ModelAdmission.sourceAllowed("hf:acme-evil/x", by: "hf:acme"))
        #expect(ModelAdmission.sourceAllowed("hf:meta-llama/Llama-3.2-1B@abc", by: "hf:meta-llama/Llama-3.2-1B"))
        #expect(ModelAdmission.sourceAllowed("https://models.internal/team/m", by: "https://models.internal"))
        #expect(!ModelAdmission.sourceAllowed("https://models.internal.evil/m", by: "https://models.internal"))
        #expect(ModelAdmission.inferSource(model: "/home/u/.cache/huggingface/hub/models--acme--sent/snapshots/0123") == "hf:acme/sent@0123")

        let d = TemporaryDirectory()
        let m = model(d)
        let p = try policy("sources: [hf:acme]")
        #expect(ModelAdmission.decide(model: m, policy: p, source: nil, signaturePath: nil, scan: clean).admitted)  // from config.json
        let refused = ModelAdmission.decide(model: m, policy: p, source: "hf:other/x", signaturePath: nil, scan: clean)
        #expect(!refused.admitted)
        #expect(refused.checks.first { !$0.passed }?.name == "source")
    }

    @Test func formatsAndPickleOnlyWhenClean() throws {
        let d = TemporaryDirectory()
        let m = model(d, pickle: true)
        let strict = try policy("formats: [safetensors, gguf]")
        let r = ModelAdmission.decide(model: m, policy: strict, source: nil, signaturePath: nil, scan: clean)
        #expect(!r.admitted)
        #expect(r.checks.first { $0.name == "formats" }?.reason.contains("pickle") == true)
        let lenient = try policy("formats: [safetensors]\npickle-when-clean: true")
        #expect(ModelAdmission.decide(model: m, policy: lenient, source: nil, signaturePath: nil, scan: clean).admitted)
        let dirty = AdmissionScan(available: true, findings: [(severity: "critical", rule: "pickle-dangerous-call", path: "m/pytorch_model.pkl")])
        #expect(!ModelAdmission.decide(model: m, policy: lenient, source: nil, signaturePath: nil, scan: dirty).admitted)
    }

    @Test func requiredSignatureFromListedKey() throws {
        let d = TemporaryDirectory()
        let m = model(d)
        let key = ECPrivateKey.generate()
        d.write("keys/release.pub", key.publicKey.pem)
        d.write("keys/other.pub", ECPrivateKey.generate().publicKey.pem)
        let p = try policy("signature:\n  required: true\n  keys: [keys/release.pub]\n", d.path)
        var r = ModelAdmission.decide(model: m, policy: p, source: nil, signaturePath: nil, scan: clean)
        #expect(!r.admitted)
        #expect(r.checks.first { $0.name == "signature" }?.reason.contains("no signature") == true)
        let signed = try ModelSignature.sign(model: m, key: key, serialization: Serialization(), signaturePath: m + "/model.sig")
        try Data(signed.bundle.render().utf8).write(to: URL(fileURLWithPath: m + "/model.sig"))
        r = ModelAdmission.decide(model: m, policy: p, source: nil, signaturePath: nil, scan: clean)
        #expect(r.admitted, "\(r.checks)")
        #expect(r.rootDigest == signed.rootDigest)
        let wrongKey = try policy("signature:\n  keys: [keys/other.pub]\n", d.path)
        #expect(!ModelAdmission.decide(model: m, policy: wrongKey, source: nil, signaturePath: nil, scan: clean).admitted)
        d.write("m/config.json", "{\"tampered\": true}")
        r = ModelAdmission.decide(model: m, policy: p, source: nil, signaturePath: nil, scan: clean)
        #expect(!r.admitted)
        #expect(r.checks.first { $0.name == "signature" }?.reason.contains("changed: config.json") == true)
    }

    @Test func maxSeverity() throws {
        let d = TemporaryDirectory()
        let m = model(d)
        let p = try policy("max-severity: low")
        let low = AdmissionScan(available: true, findings: [(severity: "low", rule: "r", path: "p")])
        let high = AdmissionScan(available: true, findings: [(severity: "high", rule: "r", path: "p")])
        #expect(ModelAdmission.decide(model: m, policy: p, source: nil, signaturePath: nil, scan: low).admitted)
        #expect(!ModelAdmission.decide(model: m, policy: p, source: nil, signaturePath: nil, scan: high).admitted)
        #expect(!ModelAdmission.decide(model: m, policy: p, source: nil, signaturePath: nil, scan: AdmissionScan(available: false, findings: [])).admitted)
        let none = try policy("max-severity: none")
        #expect(!ModelAdmission.decide(model: m, policy: none, source: nil, signaturePath: nil, scan: low).admitted)
    }

    @Test func fixtureSignatureVerifiesWithCommittedKey() throws {
        let key = try ECPublicKey(pem: String(contentsOfFile: Repository.root() + "/Tests/BulwarkBOMTests/Fixtures/signer.pub", encoding: .utf8))
        let r = try ModelSignature.verify(model: fixture + "/models/sentiment", signaturePath: fixture + "/models/sentiment/model.sig", trust: .publicKey(key))
        #expect(r.verified, "\(r.failures)")
    }
}
