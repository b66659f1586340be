import BulwarkTestSupport
import Foundation
import Testing
@testable import BulwarkSigning

/// The commands end to end through the built `bulwark` binary: exit codes 0 / 1 / 2.
@Suite(.serialized) struct CommandTests {
    var bulwark: String? {
        guard let b = Repository.bulwarkBinary else { Issue.record("bulwark binary not built (swift build)"); return nil }
        return b
    }

    @Test func verifyAndSignExitCodes() throws {
        guard let b = bulwark else { return }
        let d = TemporaryDirectory()
        d.write("m/weights.safetensors", bytes: [UInt8](FileManager.default.contents(atPath: fixture + "/models/sentiment/model.safetensors")!))
        d.write("m/config.json", "{}")
        let key = ECPrivateKey.generate(curve: "P-384")
        d.write("k.pem", key.pemRepresentation)
        d.write("k.pub", key.publicKey.pem)
        var r = Repository.run(b, ["model", "sign", d.path + "/m", "--private-key", d.path + "/k.pem", "--output", d.path + "/m/model.sig"])
        #expect(r.0 == 0, "\(r.2)")
        r = Repository.run(b, ["verify-model", d.path + "/m", "--public-key", d.path + "/k.pub"])
        #expect(r.0 == 0, "\(r.1)\(r.2)")
        #expect(r.1.contains("verified"))
        d.write("m/config.json", "{\"x\": 1}")
        r = Repository.run(b, ["verify-model", d.path + "/m", "--public-key", d.path + "/k.pub"])
        #expect(r.0 == 1)
        #expect(r.1.contains("changed: config.json"))
        r = Repository.run(b, ["model", "verify", d.path + "/m", "--public-key", d.path + "/k.pub", "--format", "json"])
        #expect(r.0 == 1 && r.1.contains("\"model-mismatch\""))
        d.write("junk.sig", "garbage")
        r = Repository.run(b, ["verify-model", d.path + "/m", "--signature", d.path + "/junk.sig", "--public-key", d.path + "/k.pub"])
        #expect(r.0 == 2 && r.2.contains("not a model signature"))
        r = Repository.run(b, ["verify-model", d.path + "/m", "--public-key", d.path + "/k.pem"])
        #expect(r.0 == 2 && r.2.contains("private key"))
        r = Repository.run(b, ["verify-model", d.path + "/m"])
        #expect(r.0 == 2)
        r = Repository.run(b, ["verify-model", "--help"])
        #expect(r.0 == 0 && r.1.contains("Examples"))
    }

    @Test func bomExitCodesAndFiles() throws {
        guard let b = bulwark else { return }
        let d = TemporaryDirectory()
        var r = Repository.run(b, ["bom", fixture, "--deterministic", "--no-scan", "--output", d.path + "/bom.json"])
        #expect(r.0 == 0, "\(r.2)")
        let text = try String(contentsOfFile: d.path + "/bom.json", encoding: .utf8)
        #expect(text.contains("\"machine-learning-model\""))
        r = Repository.run(b, ["bom", fixture, "--format", "spdx", "--no-scan"])
        #expect(r.0 == 0 && r.1.contains("ai_AIPackage"))
        r = Repository.run(b, ["bom", fixture, "--format", "xml"])
        #expect(r.0 == 2)
        r = Repository.run(b, ["bom", d.path + "/nope"])
        #expect(r.0 == 2)
    }

    @Test func admitExitCodes() throws {
        guard let b = bulwark else { return }
        let d = TemporaryDirectory()
        d.write("ok.yml", "sources: [hf:acme]\nformats: [safetensors]\nsignature:\n  keys: [\(Repository.root())/Tests/BulwarkBOMTests/Fixtures/signer.pub]\n")
        d.write("strict.yml", "sources: [hf:trusted-org]\n")
        d.write("bad.yml", "formats: safetensors\nunknown: 1\n")
        let model = fixture + "/models/sentiment"
        var r = Repository.run(b, ["model", "admit", model, "--policy", d.path + "/ok.yml"])
        #expect(r.0 == 0, "\(r.1)\(r.2)")
        #expect(r.1.hasPrefix("ADMIT"))
        r = Repository.run(b, ["model", "admit", model, "--policy", d.path + "/strict.yml"])
        #expect(r.0 == 1)
        #expect(r.1.contains("not an allowed source"))
        r = Repository.run(b, ["model", "admit", model, "--policy", d.path + "/bad.yml"])
        #expect(r.0 == 2)
    }
}
