import BulwarkTestSupport
import Foundation
import Testing
@testable import BulwarkSigning

/// A small model folder: a weights file, a config, a nested tokenizer, git files that are never signed.
func makeModel(_ d: TemporaryDirectory, _ name: String = "model") -> String {
    d.write("\(name)/model.safetensors", bytes: (0..<5000).map { UInt8($0 % 256) })
    d.write("\(name)/config.json", "{\"architectures\": [\"BertModel\"]}\n")
    d.write("\(name)/tokenizer/vocab.txt", "[PAD]\n[UNK]\nhello\n")
    d.write("\(name)/a-b", "dash sorts before slash as a string, after as a component\n")
    d.write("\(name)/a/b", "nested\n")
    d.write("\(name)/.git/HEAD", "ref: refs/heads/main\n")
    d.write("\(name)/.gitattributes", "*.safetensors filter=lfs\n")
    return d.path + "/" + name
}

func publicKeyPEM(_ k: ECPrivateKey) -> String { k.publicKey.pem }

@discardableResult
func signNative(_ model: String, _ key: ECPrivateKey, sig: String, _ ser: Serialization = Serialization()) throws -> SigstoreBundle {
    let signed = try ModelSignature.sign(model: model, key: key, serialization: ser, signaturePath: sig)
    try Data(signed.bundle.render().utf8).write(to: URL(fileURLWithPath: sig))
    return signed.bundle
}

func verifyNative(_ model: String, _ key: ECPrivateKey, sig: String) throws -> VerificationResult {
    try ModelSignature.verify(model: model, signaturePath: sig, trust: .publicKey(key.publicKey))
}

@Suite struct ModelSignatureTests {
    @Test(arguments: ["P-256", "P-384", "P-521"])
    func roundTripEachCurve(curve: String) throws {
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let key = ECPrivateKey.generate(curve: curve)
        try signNative(model, key, sig: model + "/model.sig")
        let r = try verifyNative(model, key, sig: model + "/model.sig")
        #expect(r.verified, "\(r.failures)")
        #expect(r.fileCount == 5)  // .git and .gitattributes and the signature are ignored
    }

    @Test(arguments: [ContentHash.sha256, .blake2b])
    func shardsRoundTrip(hash: ContentHash) throws {
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let key = ECPrivateKey.generate()
        try signNative(model, key, sig: d.path + "/m.sig", Serialization(method: .shards, hash: hash, shardSize: 1024))
        var r = try verifyNative(model, key, sig: d.path + "/m.sig")
        #expect(r.verified, "\(r.failures)")
        #expect(r.resourceCount == 9)  // 5 shards of the weights + 4 small files
        // Change one byte in the third shard only.
        var bytes = [UInt8](FileManager.default.contents(atPath: model + "/model.safetensors")!)
        bytes[2500] ^= 1
        d.write("model/model.safetensors", bytes: bytes)
        r = try verifyNative(model, key, sig: d.path + "/m.sig")
        #expect(r.diff?.changed == ["model.safetensors"])
    }

    @Test func resourcesAreOrderedByPathComponents() throws {
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let signed = try ModelSignature.sign(model: model, key: .generate(), serialization: Serialization(), signaturePath: nil)
        let statement = try SignedStatement(payload: signed.bundle.payload)
        #expect(statement.items.map(\.name) == ["a/b", "a-b", "config.json", "model.safetensors", "tokenizer/vocab.txt"])
    }

    @Test func singleFileModel() throws {
        let d = TemporaryDirectory()
        let file = d.write("w.gguf", bytes: Array("GGUF....".utf8))
        let key = ECPrivateKey.generate()
        let bundle = try signNative(file, key, sig: d.path + "/w.sig")
        #expect(try SignedStatement(payload: bundle.payload).items.map(\.name) == ["."])
        #expect(try verifyNative(file, key, sig: d.path + "/w.sig").verified)
        d.write("w.gguf", "GGUF!!!!")
        #expect(try verifyNative(file, key, sig: d.path + "/w.sig").diff?.changed == ["."])
    }

    @Test func tamperingIsReportedPrecisely() throws {
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let key = ECPrivateKey.generate()
        try signNative(model, key, sig: model + "/model.sig")
        d.write("model/config.json", "{\"architectures\": [\"Evil\"]}\n")
        d.write("model/extra.pkl", "cos\nsystem\n")
        try FileManager.default.removeItem(atPath: model + "/a-b")
        try FileManager.default.moveItem(atPath: model + "/tokenizer/vocab.txt", toPath: model + "/tokenizer/vocab2.txt")
        let r = try verifyNative(model, key, sig: model + "/model.sig")
        #expect(!r.verified)
        #expect(r.diff?.changed == ["config.json"])
        #expect(r.diff?.added == ["extra.pkl"])
        #expect(r.diff?.removed == ["a-b"])
        #expect(r.diff?.renamed == [.init(from: "tokenizer/vocab.txt", to: "tokenizer/vocab2.txt")])
        // Git files may change freely.
        d.write("model/.git/HEAD", "changed")
    }

    @Test func wrongKeyAndFlippedSignature() throws {
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let key = ECPrivateKey.generate()
        let bundle = try signNative(model, key, sig: model + "/model.sig")
        let other = ECPrivateKey.generate()
        let wrong = try verifyNative(model, other, sig: model + "/model.sig")
        #expect(wrong.failures.map(\.kind) == ["key-mismatch"])

        var flipped = bundle
        flipped.signature[flipped.signature.count - 3] ^= 0x01
        try Data(flipped.render().utf8).write(to: URL(fileURLWithPath: model + "/model.sig"))
        #expect(try verifyNative(model, key, sig: model + "/model.sig").failures.map(\.kind) == ["bad-signature"])

        // A payload changed after signing (e.g. a resource digest swapped) no longer verifies.
        var forged = bundle
        forged.payload = Array(String(decoding: bundle.payload, as: UTF8.self).replacingOccurrences(of: "config.json", with: "config.jsom").utf8)
        try Data(forged.render().utf8).write(to: URL(fileURLWithPath: model + "/model.sig"))
        #expect(try verifyNative(model, key, sig: model + "/model.sig").failures.map(\.kind) == ["bad-signature"])
    }

    @Test func symlinksAreRefusedUnlessAllowed() throws {
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let key = ECPrivateKey.generate()
        try signNative(model, key, sig: d.path + "/m.sig")
        try FileManager.default.createSymbolicLink(atPath: model + "/link.bin", withDestinationPath: model + "/model.safetensors")
        let r = try verifyNative(model, key, sig: d.path + "/m.sig")
        #expect(r.failures.map(\.kind) == ["model-mismatch"])
        #expect(r.failures.first?.description.contains("symbolic link") == true)
        // Signed with symlinks allowed, the link is hashed as its target.
        try signNative(model, key, sig: d.path + "/m2.sig", Serialization(allowSymlinks: true))
        #expect(try verifyNative(model, key, sig: d.path + "/m2.sig").verified)
    }

    @Test func garbageSignatureIsUnreadableInput() throws {
        let d = TemporaryDirectory()
        let model = makeModel(d)
        for junk in ["", "not json", "{}", "{\"mediaType\": \"application/vnd.dev.sigstore.bundle.v0.3+json\"}", "[1,2,3]"] {
            d.write("junk.sig", junk)
            #expect(throws: ModelSignature.InputError.self) {
                _ = try verifyNative(model, .generate(), sig: d.path + "/junk.sig")
            }
        }
    }

    @Test func inconsistentRootDigestIsRejected() throws {
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let key = ECPrivateKey.generate()
        // Sign a statement whose subject digest does not match its resources.
        let items = try ModelFiles.hash(ModelFiles.list(model: model, serialization: Serialization()), serialization: Serialization())
        var (payload, root) = SignedStatement.payload(modelName: "model", serialization: Serialization(), items: items)
        payload = Array(String(decoding: payload, as: UTF8.self).replacingOccurrences(of: root, with: String(repeating: "0", count: 64)).utf8)
        let sig = try key.sign(SigstoreBundle.pae(payloadType: SigstoreBundle.inTotoPayloadType, payload: payload))
        let bundle = SigstoreBundle(payload: payload, signature: sig, keyHint: key.publicKey.hint)
        try Data(bundle.render().utf8).write(to: URL(fileURLWithPath: d.path + "/m.sig"))
        let r = try verifyNative(model, key, sig: d.path + "/m.sig")
        #expect(r.failures.map(\.kind) == ["bad-statement"])
        #expect(r.failures.first?.description.contains("root digest") == true)
    }

    @Test func keyHintMatchesOpenSSLPEM() throws {
        // `openssl ec -pubout` PEM of a fixed P-256 key and the hint model-signing 1.1.1 wrote for it.
        let pem = """
        -----BEGIN PUBLIC KEY-----
        MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEK0PKx43caj+1vGPc0B666XYz0vI/
        FANiGs5V7CCCUDdfnXGiab5xPv6FjLYFHkc30TD+RqI3ni7gmukDqDDA2g==
        -----END PUBLIC KEY-----

        """
        let k = try ECPublicKey(pem: pem)
        #expect(k.pem == pem)
        #expect(k.hint == "4c74946e11a0788e762a4d8c6b3f6d77cef47f41cc69a08d1a106de8c5070f53")
        #expect(k.curveName == "P-256")
    }
}

/// Seeded mutations of a valid bundle and certificate: never a crash, always an answer.
@Suite struct SigningFuzzTests {
    struct RNG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 { state &+= 0x9E3779B97F4A7C15; var z = state; z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) &* 0x94D049BB133111EB; return z ^ (z >> 31) }
    }

    func mutate(_ base: [UInt8], _ rng: inout RNG) -> [UInt8] {
        var b = base
        for _ in 0..<Int.random(in: 1...8, using: &rng) where !b.isEmpty {
            let i = Int.random(in: 0..<b.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: b[i] = UInt8.random(in: 0...255, using: &rng)
            case 1: b.remove(at: i)
            case 2: b.insert(b[i], at: i)
            default: b = Array(b[..<i])
            }
        }
        return b
    }

    @Test func mutatedBundlesAndStatements() throws {
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let key = ECPrivateKey.generate()
        let bundle = try signNative(model, key, sig: d.path + "/m.sig")
        let base = Array(bundle.render().utf8)
        var rng = RNG(state: 42)
        var parsed = 0
        let start = Date()
        for _ in 0..<3000 {
            let m = mutate(base, &rng)
            if (try? SigstoreBundle(json: m)) != nil { parsed += 1 }
            _ = try? SignedStatement(payload: mutate(bundle.payload, &rng))
        }
        #expect(parsed > 0)
        #expect(Date().timeIntervalSince(start) < 60)
    }

    @Test func mutatedCertificates() throws {
        // A small self-signed P-256 certificate (openssl req -x509).
        let pem = """
        -----BEGIN CERTIFICATE-----
        MIIBiDCCAS+gAwIBAgIUTOiILMh2IvdN9t0mclSQlVkFf44wCgYIKoZIzj0EAwIw
        EjEQMA4GA1UEAwwHVGVzdCBDQTAeFw0yNjExMjcwOTA1MjdaFw0zNjExMjQwOTA1
        MjdaMBIxEDAOBgNVBAMMB1Rlc3QgQ0EwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNC
        AARzd0t98tV8K6HNbN2Sstu2HYhk1OiVjbM6wP4gblvlJKiNeilrjCt64ajjROdh
        87hihA/ISTYkVZeltgJpsL05o2MwYTAdBgNVHQ4EFgQUpGHvPnFmC44B90GX59BM
        MlOFvDowHwYDVR0jBBgwFoAUpGHvPnFmC44B90GX59BMMlOFvDowDwYDVR0TAQH/
        BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAgQwCgYIKoZIzj0EAwIDRwAwRAIgHPcg+1qF
        rpiVzfhkEgmpQKohkTgqR6Zrv+S3zYEpGqoCIDQ85hKmwZkYo43b1E3+QqPnlUig
        xHBrwH6/GGzCJh5D
        -----END CERTIFICATE-----
        """
        let der = PEM.decode(pem).first?.der ?? []
        let ca = try X509Certificate(der: der)
        #expect(ca.subjectSummary == "Test CA")
        #expect(ca.isCA == true)
        // Self-signed and trusted: the chain validates up to the key usage check (no digitalSignature).
        if case .failure(let f) = CertificateChain.validate(chain: [ca], trusted: [ca]) {
            #expect(f.description.contains("cannot be used for signing"))
        } else { Issue.record("a CA-only certificate must not be accepted as a signing certificate") }
        var rng = RNG(state: 7)
        for _ in 0..<3000 {
            let m = mutate(der, &rng)
            if let c = try? X509Certificate(der: m) {
                _ = CertificateChain.validate(chain: [c], trusted: [c])
            }
        }
    }
}
