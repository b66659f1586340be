import ArgumentParser
import BulwarkReporters
import BulwarkSigning
import Foundation

struct VerifyModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify an OpenSSF model-signing (v1.0) signature of a model folder or file.",
        discussion: """
        Checks the sigstore bundle (v0.3) and its DSSE envelope, the ECDSA
        (P-256/P-384/P-521) signature over the DSSE pre-authentication encoding, the
        in-toto statement and its root digest, then hashes the model the way the
        signature says (files or shards, SHA-256 or BLAKE2b, ignored paths, symlink
        policy) and reports exactly what differs. Git files and the signature file
        itself are ignored.

        Examples:
          bulwark model verify llama --public-key signer.pub   (reads llama/model.sig)
          bulwark model verify w.safetensors --signature w.sig --public-key signer.pub
          bulwark model verify llama --signature model.sig --certificate-chain ca.pem
          bulwark model verify llama --public-key k.pub --format json

        Exit codes: 0 verified, 1 verification failed, 2 usage error or unreadable
        input.
        """
    )

    @Argument(help: "The model folder (or single model file).")
    var model: String

    @Option(help: "The signature (sigstore bundle) file (default: MODEL/model.sig).")
    var signature: String?

    @Option(name: .customLong("public-key"), help: "PEM public key of the signer.")
    var publicKey: String?

    @Option(name: .customLong("certificate-chain"), parsing: .upToNextOption, help: "PEM certificate(s) trusted as roots of the signing certificate's chain.")
    var certificateChain: [String] = []

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: String = "text"

    func run() throws {
        guard format == "text" || format == "json" else { throw CLIError("unknown format `\(format)`; use text or json") }
        let trust: TrustRoot
        switch (publicKey, certificateChain.isEmpty) {
        case (let k?, true):
            guard let text = try? String(contentsOfFile: k, encoding: .utf8) else { throw CLIError("cannot read the public key \(k)") }
            do { trust = .publicKey(try ECPublicKey(pem: text)) } catch { throw CLIError("\(k): \(error)") }
        case (nil, false):
            var certs: [X509Certificate] = []
            for path in certificateChain {
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CLIError("cannot read the certificate chain \(path)") }
                let blocks = PEM.decode(text).filter { $0.label == "CERTIFICATE" }
                if blocks.isEmpty { throw CLIError("\(path): no PEM CERTIFICATE block") }
                for b in blocks {
                    do { certs.append(try X509Certificate(der: b.der)) } catch { throw CLIError("\(path): malformed certificate: \(error)") }
                }
            }
            trust = .certificates(certs)
        case (nil, true):
            throw CLIError("give the signer with --public-key PEM or --certificate-chain PEM...")
        default:
            throw CLIError("use either --public-key or --certificate-chain, not both")
        }
        var isDir: ObjCBool = false
        let sigPath = signature ?? (model as NSString).appendingPathComponent("model.sig")
        if signature == nil, !(FileManager.default.fileExists(atPath: model, isDirectory: &isDir) && isDir.boolValue) {
            throw CLIError("--signature is required when the model is a single file")
        }
        let result: VerificationResult
        do { result = try ModelSignature.verify(model: model, signaturePath: sigPath, trust: trust) } catch { throw CLIError(error.description) }

        if format == "json" {
            var obj: [(String, JSON)] = [("verified", .bool(result.verified)), ("model", .string(model)), ("signature", .string(sigPath))]
            if let s = result.signer { obj.append(("signer", .string(s))) }
            if let r = result.rootDigest { obj.append(("rootDigest", .string("sha256:" + r))) }
            if let s = result.serialization {
                obj.append(("serialization", .object([("method", .string(s.method.rawValue)), ("hashType", .string(s.hashTypeName)),
                                                       ("shardSize", s.method == .shards ? .int(s.shardSize) : .null)])))
            }
            obj.append(("failures", .array(result.failures.map { .object([("kind", .string($0.kind)), ("message", .string($0.description))]) })))
            if let d = result.diff {
                obj.append(("diff", .object([
                    ("added", .array(d.added.map(JSON.string))), ("removed", .array(d.removed.map(JSON.string))),
                    ("changed", .array(d.changed.map(JSON.string))),
                    ("renamed", .array(d.renamed.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) })),
                ])))
            }
            print(JSON.object(obj).render())
        } else if result.verified {
            let s = result.serialization
            print("verified: \(model)")
            print("  signer: \(result.signer ?? "?")")
            print("  root digest: sha256:\(result.rootDigest ?? "")")
            print("  \(result.fileCount) files, \(result.resourceCount) resources, \(s?.method.rawValue ?? "?") / \(s?.hashTypeName ?? "?")")
        } else {
            print("verification FAILED: \(model)")
            for f in result.failures {
                if case .model = f, let d = result.diff, !d.isEmpty {
                    for line in d.lines { print("  \(line)") }
                } else {
                    print("  \(f.kind): \(f.description)")
                }
            }
        }
        if !result.verified { throw ExitCode(1) }
    }
}
