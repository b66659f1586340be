import BulwarkTestSupport
import Foundation
import Testing
@testable import BulwarkSigning

/// Interoperability with the reference implementation (PyPI `model-signing`, installed in the test
/// venv by scripts/test) both ways. Keys come from the `openssl` command line.
enum Reference {
    /// The venv Python when it has model_signing; records an issue otherwise.
    static var python: String? {
        guard let p = Repository.python else {
            Issue.record("no test venv: run scripts/test (it installs model-signing), or set BULWARK_PYTHON")
            return nil
        }
        let (status, _, err) = Repository.run(p, ["-c", "import model_signing, OpenSSL"])
        if status != 0 { Issue.record("model-signing is not installed in \(p): \(err)"); return nil }
        return p
    }

    static let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/openssl"

    /// Generates an EC key pair; returns (private, public) paths.
    static func keyPair(_ d: TemporaryDirectory, _ name: String, curve: String = "prime256v1") -> (String, String) {
        let priv = d.path + "/\(name).key", pub = d.path + "/\(name).pub"
        let r1 = Repository.run(openssl, ["ecparam", "-name", curve, "-genkey", "-noout", "-out", priv])
        let r2 = Repository.run(openssl, ["ec", "-in", priv, "-pubout", "-out", pub])
        #expect(r1.0 == 0 && r2.0 == 0, "openssl: \(r1.2) \(r2.2)")
        return (priv, pub)
    }

    static func run(_ python: String, _ args: [String]) -> (Int32, String) {
        let (s, o, e) = Repository.run(python, ["-m", "model_signing", "--log-level", "WARNING"] + args)
        return (s, o + e)
    }

    /// Signs with the reference library's Python API (shards, BLAKE2 are not on its command line).
    static func signAPI(_ python: String, model: String, sig: String, key: String, method: String, hash: String, shardSize: Int = 1000) -> (Int32, String) {
        let script = """
        import sys, model_signing
        model, sig, key, method, algo, shard = sys.argv[1:7]
        h = model_signing.hashing.Config()
        h = h.use_shard_serialization(hashing_algorithm=algo, shard_size=int(shard)) if method == "shards" else h.use_file_serialization(hashing_algorithm=algo)
        model_signing.signing.Config().use_elliptic_key_signer(private_key=key).set_hashing_config(h).sign(model, sig)
        """
        let (s, o, e) = Repository.run(python, ["-c", script, model, sig, key, method, hash, String(shardSize)])
        return (s, o + e)
    }
}

func verifyWith(_ model: String, sig: String, pub: String) throws -> VerificationResult {
    let key = try ECPublicKey(pem: String(contentsOfFile: pub, encoding: .utf8))
    return try ModelSignature.verify(model: model, signaturePath: sig, trust: .publicKey(key))
}

func copyModel(_ d: TemporaryDirectory, _ from: String, _ to: String) -> String {
    let dst = d.path + "/" + to
    try? FileManager.default.copyItem(atPath: from, toPath: dst)
    return dst
}

@Suite(.serialized) struct InteropTests {
    @Test func referenceSignedModelVerifiesAndTamperingFailsWithTheRightReason() throws {
        guard let py = Reference.python else { return }
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let (priv, pub) = Reference.keyPair(d, "signer")
        let (status, out) = Reference.run(py, ["sign", "key", model, "--private_key", priv, "--signature", model + "/model.sig"])
        try #require(status == 0, "reference signing failed: \(out)")

        let ok = try verifyWith(model, sig: model + "/model.sig", pub: pub)
        #expect(ok.verified, "\(ok.failures)")
        #expect(ok.fileCount == 5)

        // changed
        let changed = copyModel(d, model, "changed")
        d.write("changed/config.json", "{}")
        #expect(try verifyWith(changed, sig: changed + "/model.sig", pub: pub).diff?.changed == ["config.json"])
        // added
        let added = copyModel(d, model, "added")
        d.write("added/payload.pkl", "evil")
        #expect(try verifyWith(added, sig: added + "/model.sig", pub: pub).diff?.added == ["payload.pkl"])
        // removed
        let removed = copyModel(d, model, "removed")
        try FileManager.default.removeItem(atPath: removed + "/tokenizer/vocab.txt")
        #expect(try verifyWith(removed, sig: removed + "/model.sig", pub: pub).diff?.removed == ["tokenizer/vocab.txt"])
        // renamed
        let renamed = copyModel(d, model, "renamed")
        try FileManager.default.moveItem(atPath: renamed + "/a-b", toPath: renamed + "/a-c")
        #expect(try verifyWith(renamed, sig: renamed + "/model.sig", pub: pub).diff?.renamed == [.init(from: "a-b", to: "a-c")])
        // flipped signature bit
        let flipped = copyModel(d, model, "flipped")
        var bundle = try ModelSignature.readBundle(flipped + "/model.sig")
        bundle.signature[10] ^= 0x04
        try Data(bundle.render().utf8).write(to: URL(fileURLWithPath: flipped + "/model.sig"))
        #expect(try verifyWith(flipped, sig: flipped + "/model.sig", pub: pub).failures.map(\.kind) == ["bad-signature"])
        // wrong key
        let (_, otherPub) = Reference.keyPair(d, "other")
        #expect(try verifyWith(model, sig: model + "/model.sig", pub: otherPub).failures.map(\.kind) == ["key-mismatch"])
        // git files may change without breaking the signature
        d.write("model/.git/HEAD", "moved on")
        #expect(try verifyWith(model, sig: model + "/model.sig", pub: pub).verified)
    }

    @Test(arguments: [("files", "sha256", "secp384r1"), ("files", "blake2", "prime256v1"), ("shards", "sha256", "prime256v1"), ("shards", "blake2", "secp384r1")])
    func referenceSerializationsVerify(method: String, hash: String, curve: String) throws {
        guard let py = Reference.python else { return }
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let (priv, pub) = Reference.keyPair(d, "k", curve: curve)
        let (status, out) = Reference.signAPI(py, model: model, sig: d.path + "/m.sig", key: priv, method: method, hash: hash, shardSize: 1500)
        try #require(status == 0, "reference signing failed: \(out)")
        let r = try verifyWith(model, sig: d.path + "/m.sig", pub: pub)
        #expect(r.verified, "\(r.failures)")
        #expect(r.serialization?.method.rawValue == method)
        d.write("model/model.safetensors", bytes: [1, 2, 3])
        #expect(try verifyWith(model, sig: d.path + "/m.sig", pub: pub).diff?.changed == ["model.safetensors"])
    }

    @Test func referenceSingleFileModel() throws {
        guard let py = Reference.python else { return }
        let d = TemporaryDirectory()
        let file = d.write("weights.bin", bytes: Array(repeating: 7, count: 3000))
        let (priv, pub) = Reference.keyPair(d, "k")
        let (status, out) = Reference.run(py, ["sign", "key", file, "--private_key", priv, "--signature", d.path + "/w.sig"])
        try #require(status == 0, "\(out)")
        #expect(try verifyWith(file, sig: d.path + "/w.sig", pub: pub).verified)
    }

    @Test func referenceSymlinkPolicy() throws {
        guard let py = Reference.python else { return }
        let d = TemporaryDirectory()
        let model = makeModel(d)
        d.write("outside/shared.bin", "shared weights")
        d.write("outside/dir/inner.bin", "inner")
        try FileManager.default.createSymbolicLink(atPath: model + "/shared.bin", withDestinationPath: d.path + "/outside/shared.bin")
        try FileManager.default.createSymbolicLink(atPath: model + "/linked-dir", withDestinationPath: d.path + "/outside/dir")
        let (priv, pub) = Reference.keyPair(d, "k")
        // Without --allow_symlinks the reference refuses to sign; with it, bulwark must agree on the file set.
        let (status, out) = Reference.run(py, ["sign", "key", model, "--allow_symlinks", "--private_key", priv, "--signature", d.path + "/m.sig"])
        try #require(status == 0, "\(out)")
        let r = try verifyWith(model, sig: d.path + "/m.sig", pub: pub)
        #expect(r.verified, "\(r.failures)")
        d.write("outside/shared.bin", "swapped behind the link")
        #expect(try verifyWith(model, sig: d.path + "/m.sig", pub: pub).diff?.changed == ["shared.bin"])
        // A signature made without symlinks refuses a model that now contains one.
        let plain = makeModel(d, "plain")
        let (s2, o2) = Reference.run(py, ["sign", "key", plain, "--private_key", priv, "--signature", d.path + "/p.sig"])
        try #require(s2 == 0, "\(o2)")
        try FileManager.default.createSymbolicLink(atPath: plain + "/evil.bin", withDestinationPath: "/etc/hostname")
        #expect(try verifyWith(plain, sig: d.path + "/p.sig", pub: pub).failures.first?.description.contains("symbolic link") == true)
    }

    @Test func referenceCertificateChain() throws {
        guard let py = Reference.python else { return }
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let o = Reference.openssl
        func ossl(_ a: [String]) { let r = Repository.run(o, a); #expect(r.0 == 0, "\(a): \(r.2)") }
        for ca in ["ca", "otherca"] {
            ossl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", d.path + "/\(ca).key",
                  "-out", d.path + "/\(ca).pem", "-days", "3650", "-subj", "/CN=\(ca)", "-addext", "basicConstraints=critical,CA:TRUE",
                  "-addext", "keyUsage=critical,keyCertSign"])
        }
        let (priv, _) = Reference.keyPair(d, "leaf")
        ossl(["req", "-new", "-key", priv, "-out", d.path + "/leaf.csr", "-subj", "/CN=model signer"])
        d.write("ext.cnf", "keyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\n")
        ossl(["x509", "-req", "-in", d.path + "/leaf.csr", "-CA", d.path + "/ca.pem", "-CAkey", d.path + "/ca.key", "-CAcreateserial",
              "-out", d.path + "/leaf.pem", "-days", "365", "-extfile", d.path + "/ext.cnf"])
        let (status, out) = Reference.run(py, ["sign", "certificate", model, "--private_key", priv, "--signing_certificate", d.path + "/leaf.pem",
                                               "--certificate_chain", d.path + "/ca.pem", "--signature", d.path + "/m.sig"])
        try #require(status == 0, "\(out)")
        func certs(_ name: String) throws -> [X509Certificate] {
            try PEM.decode(String(contentsOfFile: d.path + "/\(name).pem", encoding: .utf8)).map { try X509Certificate(der: $0.der) }
        }
        let good = try ModelSignature.verify(model: model, signaturePath: d.path + "/m.sig", trust: .certificates(certs("ca")))
        #expect(good.verified, "\(good.failures)")
        let bad = try ModelSignature.verify(model: model, signaturePath: d.path + "/m.sig", trust: .certificates(certs("otherca")))
        #expect(bad.failures.map(\.kind) == ["certificate-chain"])
    }

    @Test(arguments: ["P-256", "P-384"])
    func bulwarkSignedModelVerifiesWithReference(curve: String) throws {
        guard let py = Reference.python else { return }
        let d = TemporaryDirectory()
        let model = makeModel(d)
        let key = ECPrivateKey.generate(curve: curve)
        d.write("k.pub", key.publicKey.pem)
        try signNative(model, key, sig: model + "/model.sig")
        var (status, out) = Reference.run(py, ["verify", "key", model, "--public_key", d.path + "/k.pub", "--signature", model + "/model.sig"])
        #expect(status == 0, "reference rejected bulwark's signature: \(out)")
        // Single file, signature outside the model.
        let file = d.write("w.safetensors", bytes: Array(repeating: 1, count: 100))
        try signNative(file, key, sig: d.path + "/w.sig")
        (status, out) = Reference.run(py, ["verify", "key", file, "--public_key", d.path + "/k.pub", "--signature", d.path + "/w.sig"])
        #expect(status == 0, "reference rejected bulwark's single-file signature: \(out)")
        // And the reference does notice tampering of a bulwark-signed model.
        d.write("model/config.json", "{\"tampered\": true}")
        (status, out) = Reference.run(py, ["verify", "key", model, "--public_key", d.path + "/k.pub", "--signature", model + "/model.sig"])
        #expect(status != 0)
    }
}
