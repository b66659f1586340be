import ArgumentParser
import BulwarkSigning
import Foundation

struct SignModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign a model folder or file with an EC private key (OpenSSF model-signing v1.0).",
        discussion: """
        Writes a sigstore bundle (v0.3, DSSE envelope over an in-toto statement)
        that `model_signing verify key` (PyPI model-signing) and
        `bulwark model verify` accept. Git files (.git, .gitattributes, .github,
        .gitignore) and the signature itself are not signed.

        Examples:
          openssl ecparam -name prime256v1 -genkey -noout -out signer.key
          openssl ec -in signer.key -pubout -out signer.pub
          bulwark model sign llama --private-key signer.key --output llama/model.sig
          bulwark model sign llama --private-key signer.key --output llama.sig \\
              --hash blake2b --shard-size 1000000000
          bulwark model sign llama --private-key signer.key --certificate signer.crt \\
              --certificate-chain ca.pem --output llama/model.sig

        Exit codes: 0 signed, 2 usage error or unreadable input.
        """
    )

    @Argument(help: "The model folder (or single model file).")
    var model: String

    @Option(name: .customLong("private-key"), help: "PEM EC private key (P-256, P-384 or P-521; unencrypted).")
    var privateKey: String

    @Option(name: .shortAndLong, help: "Where to write the signature.")
    var output: String

    @Option(help: "Content hash: sha256 or blake2b.")
    var hash: String = "sha256"

    @Option(name: .customLong("shard-size"), help: "Hash files in shards of this many bytes (shard serialization).")
    var shardSize: Int?

    @Option(name: .customLong("ignore"), help: "A path (relative to the model) to leave out of the signature; repeatable.")
    var ignore: [String] = []

    @Flag(name: .customLong("allow-symlinks"), help: "Follow symbolic links instead of refusing them.")
    var allowSymlinks = false

    @Option(help: "PEM signing certificate for the private key (certificate mode).")
    var certificate: String?

    @Option(name: .customLong("certificate-chain"), parsing: .upToNextOption, help: "PEM intermediate/root certificates to embed after the signing certificate.")
    var certificateChain: [String] = []

    func run() throws {
        guard let alg = ContentHash(hashType: hash) else { throw CLIError("unknown hash `\(hash)`; use sha256 or blake2b") }
        if let s = shardSize, s <= 0 { throw CLIError("--shard-size must be positive") }
        guard let keyText = try? String(contentsOfFile: privateKey, encoding: .utf8) else { throw CLIError("cannot read the private key \(privateKey)") }
        let key: ECPrivateKey
        do { key = try ECPrivateKey(pem: keyText) } catch { throw CLIError("\(privateKey): \(error)") }
        var certs: [[UInt8]] = []
        if let certificate {
            guard let text = try? String(contentsOfFile: certificate, encoding: .utf8),
                  let leaf = PEM.decode(text).first(where: { $0.label == "CERTIFICATE" }) else {
                throw CLIError("cannot read a PEM certificate from \(certificate)")
            }
            guard let cert = try? X509Certificate(der: leaf.der), cert.spki == key.publicKey.spki else {
                throw CLIError("\(certificate) does not certify the public key of \(privateKey)")
            }
            certs.append(leaf.der)
            for path in certificateChain {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CLIError("cannot read \(path)") }
                certs += PEM.decode(text).filter { $0.label == "CERTIFICATE" }.map(\.der)
            }
        } else if !certificateChain.isEmpty {
            throw CLIError("--certificate-chain needs --certificate")
        }
        var ser = Serialization(method: shardSize == nil ? .files : .shards, hash: alg,
                                shardSize: shardSize ?? Serialization.defaultShardSize, allowSymlinks: allowSymlinks)
        for p in ignore where !ser.ignorePaths.contains(p) { ser.ignorePaths.append(p) }
        guard FileManager.default.fileExists(atPath: model) else { throw CLIError("cannot read the model \(model)") }
        let signed: (bundle: SigstoreBundle, rootDigest: String, fileCount: Int)
        do {
            signed = try ModelSignature.sign(model: model, key: key, serialization: ser, signaturePath: output, certificates: certs)
        } catch {
            throw CLIError("\(error)")
        }
        do { try Data(signed.bundle.render().utf8).write(to: URL(fileURLWithPath: output)) } catch {
            throw CLIError("cannot write \(output): \(error.localizedDescription)")
        }
        Terminal.note("Signed \(signed.fileCount) files of \(model) (root digest sha256:\(signed.rootDigest)) -> \(output)")
    }
}
