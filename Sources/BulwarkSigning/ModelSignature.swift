import BulwarkFormats
import BulwarkReporters
import Crypto
import Foundation

/// Why a verification failed, in words a person can act on.
public enum SigningFailure: Error, CustomStringConvertible, Sendable, Equatable {
    case key(String)
    case chain(String)
    case signature(String)
    case statement(String)
    case model(String)

    public var description: String {
        switch self {
        case .key(let s), .chain(let s), .signature(let s), .statement(let s), .model(let s): return s
        }
    }

    /// A short machine-readable kind for tests and JSON output.
    public var kind: String {
        switch self {
        case .key: return "key-mismatch"
        case .chain: return "certificate-chain"
        case .signature: return "bad-signature"
        case .statement: return "bad-statement"
        case .model: return "model-mismatch"
        }
    }
}

/// What differs between the signed manifest and the model on disk.
public struct ModelDiff: Sendable, Equatable {
    public var added: [String] = []
    public var removed: [String] = []
    public var changed: [String] = []
    public var renamed: [Renamed] = []
    public struct Renamed: Sendable, Equatable { public var from: String; public var to: String }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty && renamed.isEmpty }

    public var lines: [String] {
        var out: [String] = []
        for r in renamed { out.append("renamed: \(r.from) -> \(r.to)") }
        for p in changed { out.append("changed: \(p)") }
        for p in added { out.append("added (not in the signature): \(p)") }
        for p in removed { out.append("removed (signed but missing): \(p)") }
        return out
    }

    /// Compares manifests file by file (shards of one file are grouped).
    public static func compare(expected: [ManifestItem], actual: [ManifestItem]) -> ModelDiff {
        func group(_ items: [ManifestItem]) -> [String: [String]] {
            var out: [String: [String]] = [:]
            for i in items.sorted(by: ManifestItem.canonicalOrder) {
                out[i.path, default: []].append("\(i.start ?? -1):\(i.end ?? -1):\(i.algorithm):\(FileHashing.hex(i.digest))")
            }
            return out
        }
        let e = group(expected), a = group(actual)
        var diff = ModelDiff()
        var removed = e.keys.filter { a[$0] == nil }.sorted(by: ModelFiles.componentOrder)
        var added = a.keys.filter { e[$0] == nil }.sorted(by: ModelFiles.componentOrder)
        diff.changed = e.keys.filter { a[$0] != nil && a[$0] != e[$0] }.sorted(by: ModelFiles.componentOrder)
        for r in removed {
            if let i = added.firstIndex(where: { a[$0] == e[r] }) {
                diff.renamed.append(.init(from: r, to: added[i]))
                added.remove(at: i)
            }
        }
        removed.removeAll { r in diff.renamed.contains { $0.from == r } }
        diff.added = added
        diff.removed = removed
        return diff
    }
}

/// What the signer is trusted by.
public enum TrustRoot: Sendable {
    case publicKey(ECPublicKey)
    case certificates([X509Certificate])
}

/// The outcome of `ModelSignature.verify`.
public struct VerificationResult: Sendable {
    public var failures: [SigningFailure] = []
    public var diff: ModelDiff?
    public var modelName: String?
    public var rootDigest: String?
    public var serialization: Serialization?
    public var resourceCount = 0
    public var fileCount = 0
    public var signer: String?
    /// The signing certificate's common name (certificate mode).
    public var signerIdentity: String?
    public var verified: Bool { failures.isEmpty }
}

/// The signed content of a model signature (the in-toto statement), not yet trusted.
public struct SignedStatement: Sendable {
    public var modelName: String
    public var rootDigest: String
    public var serialization: Serialization
    public var items: [ManifestItem]
    public var isLegacy: Bool

    public static let statementType = "https://in-toto.io/Statement/v1"
    public static let predicateType = "https://model_signing/signature/v1.0"
    public static let legacyPredicateType = "https://model_signing/Digests/v0.1"

    public init(payload: [UInt8]) throws(SigningFailure) {
        let root: JSONNode
        do { root = try JSONParser.parse(payload) } catch { throw .statement("the signed payload is not JSON (\(error))") }
        guard root["_type"]?.string == Self.statementType else {
            throw .statement("the payload is not an in-toto v1 statement (_type is \(root["_type"]?.string.map { "`\($0)`" } ?? "missing"))")
        }
        let ptype = root["predicateType"]?.string ?? ""
        guard let subjects = root["subject"]?.array else { throw .statement("the statement has no subject") }
        if ptype == Self.legacyPredicateType {
            // v0.2 of the reference library: one subject per file, SHA-256 only.
            var items: [ManifestItem] = []
            for s in subjects {
                guard let n = s["name"]?.string, let d = s["digest"]?["sha256"]?.string, let bytes = FileHashing.unhex(d) else {
                    throw .statement("a legacy subject lacks a name or sha256 digest")
                }
                items.append(ManifestItem(path: n, algorithm: "sha256", digest: bytes))
            }
            modelName = "(legacy signature)"
            rootDigest = ""
            serialization = Serialization(ignorePaths: Serialization.gitPaths)
            self.items = items
            isLegacy = true
            return
        }
        guard ptype == Self.predicateType else {
            throw .statement("unsupported predicate type `\(ptype)` (expected \(Self.predicateType))")
        }
        guard subjects.count == 1 else { throw .statement("expected exactly one subject, found \(subjects.count)") }
        modelName = subjects[0]["name"]?.string ?? ""
        guard let root256 = subjects[0]["digest"]?["sha256"]?.string else { throw .statement("the subject has no sha256 root digest") }
        rootDigest = root256.lowercased()
        guard let pred = root["predicate"], let ser = pred["serialization"] else { throw .statement("the predicate has no serialization") }
        guard let methodName = ser["method"]?.string, let method = Serialization.Method(rawValue: methodName) else {
            throw .statement("unknown serialization method \(ser["method"]?.string.map { "`\($0)`" } ?? "(missing)")")
        }
        guard let hashName = ser["hash_type"]?.string else { throw .statement("the serialization has no hash_type") }
        guard let hash = ContentHash(hashType: hashName) else {
            throw .statement("unsupported hash_type `\(hashName)` (bulwark verifies sha256 and blake2b)")
        }
        var s = Serialization(method: method, hash: hash, allowSymlinks: ser["allow_symlinks"]?.bool ?? false,
                              ignorePaths: (ser["ignore_paths"]?.array ?? []).compactMap(\.string))
        s.hashTypeName = hashName
        if method == .shards {
            // Protobuf's Struct writes numbers as doubles ("shard_size": 1000.0).
            guard let d = ser["shard_size"]?.value.numberValue, d >= 1, d <= 1e15, d == d.rounded() else {
                throw .statement("shard serialization without a positive integer shard_size")
            }
            s.shardSize = Int(d)
        }
        serialization = s
        guard let resources = pred["resources"]?.array else { throw .statement("the predicate has no resources") }
        var items: [ManifestItem] = []
        items.reserveCapacity(resources.count)
        var rootHasher = Crypto.SHA256()
        for r in resources {
            guard let name = r["name"]?.string, let alg = r["algorithm"]?.string, let hex = r["digest"]?.string,
                  let digest = FileHashing.unhex(hex) else {
                throw .statement("a resource lacks a name, algorithm or hex digest")
            }
            guard let item = ManifestItem.parse(name: name, sharded: method == .shards, algorithm: alg, digest: digest) else {
                throw .statement("resource name `\(name)` is not `path:start:end`")
            }
            rootHasher.update(data: digest)
            items.append(item)
        }
        let computed = FileHashing.hex(Array(rootHasher.finalize()))
        guard computed == rootDigest else {
            throw .statement("the manifest is inconsistent: the root digest is \(rootDigest) but the resources hash to \(computed)")
        }
        self.items = items
        isLegacy = false
    }

    /// Builds the statement JSON for a manifest (resources in canonical order).
    public static func payload(modelName: String, serialization: Serialization, items: [ManifestItem]) -> (json: [UInt8], rootDigest: String) {
        let sorted = items.sorted(by: ManifestItem.canonicalOrder)
        var h = Crypto.SHA256()
        for i in sorted { h.update(data: i.digest) }
        let root = FileHashing.hex(Array(h.finalize()))
        var ser: [(String, JSON)] = [
            ("method", .string(serialization.method.rawValue)),
            ("hash_type", .string(serialization.hash.rawValue)),
        ]
        if serialization.method == .shards { ser.append(("shard_size", .int(serialization.shardSize))) }
        ser.append(("allow_symlinks", .bool(serialization.allowSymlinks)))
        if !serialization.ignorePaths.isEmpty { ser.append(("ignore_paths", .array(serialization.ignorePaths.map(JSON.string)))) }
        let doc = JSON.object([
            ("_type", .string(statementType)),
            ("subject", .array([.object([("name", .string(modelName)), ("digest", .object([("sha256", .string(root))]))])])),
            ("predicateType", .string(predicateType)),
            ("predicate", .object([
                ("serialization", .object(ser)),
                ("resources", .array(sorted.map { .object([("name", .string($0.name)), ("algorithm", .string($0.algorithm)), ("digest", .string(FileHashing.hex($0.digest)))]) })),
            ])),
        ])
        return (Array(doc.render(indent: 2).utf8), root)
    }
}

public enum ModelSignature {
    /// Input that cannot be read at all (exit 2 in the CLI), as opposed to a failed verification.
    public struct InputError: Error, CustomStringConvertible, Sendable {
        public var description: String
        public init(_ d: String) { description = d }
    }

    public static func readBundle(_ path: String) throws(InputError) -> SigstoreBundle {
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError("cannot read the signature \(path)") }
        do { return try SigstoreBundle(json: Array(data)) } catch { throw InputError("\(path) is not a model signature: \(error)") }
    }

    /// Verifies `model` (a folder or a file) against the signature at `signaturePath`.
    public static func verify(model: String, signaturePath: String, trust: TrustRoot) throws(InputError) -> VerificationResult {
        var result = VerificationResult()
        var st = stat()
        guard stat(model, &st) == 0 else { throw InputError("cannot read the model \(model): \(String(cString: strerror(errno)))") }
        let bundle = try readBundle(signaturePath)

        // 1. Who signed: the key, or the certificate chain.
        let key: ECPublicKey
        switch trust {
        case .publicKey(let k):
            key = k
            result.signer = "public key \(k.curveName) sha256:\(k.hint.prefix(16))…"
            if let hint = bundle.keyHint, !hint.isEmpty, hint.lowercased() != k.hint {
                result.failures.append(.key("key mismatch: the signature names public key \(hint.prefix(16))…, the given key is \(k.hint.prefix(16))…"))
                return result
            }
        case .certificates(let trusted):
            guard !bundle.certificates.isEmpty else {
                result.failures.append(.chain("the signature carries no certificate chain (it was signed with a bare key: use --public-key)"))
                return result
            }
            var chain: [X509Certificate] = []
            for (i, der) in bundle.certificates.enumerated() {
                do { chain.append(try X509Certificate(der: der)) } catch {
                    result.failures.append(.chain("certificate \(i) in the signature is malformed: \(error)"))
                    return result
                }
            }
            switch CertificateChain.validate(chain: chain, trusted: trusted) {
            case .failure(let f): result.failures.append(f); return result
            case .success(let k): key = k
            }
            result.signer = "certificate `\(chain[0].subjectSummary)` (\(key.curveName))"
            result.signerIdentity = chain[0].subjectSummary
        }

        // 2. The signature over the DSSE pre-authentication encoding.
        guard bundle.payloadType == SigstoreBundle.inTotoPayloadType else {
            result.failures.append(.statement("DSSE payload type is `\(bundle.payloadType)`, expected \(SigstoreBundle.inTotoPayloadType)"))
            return result
        }
        let pae = SigstoreBundle.pae(payloadType: bundle.payloadType, payload: bundle.payload)
        guard key.isValid(derSignature: bundle.signature, message: pae) else {
            switch trust {
            case .publicKey: result.failures.append(.signature("the signature does not verify with the given public key (wrong key, or the signature or payload was altered)"))
            case .certificates: result.failures.append(.signature("the signature does not verify with the signing certificate's key (the signature or payload was altered)"))
            }
            return result
        }

        // 3. The statement (now authenticated).
        let statement: SignedStatement
        do { statement = try SignedStatement(payload: bundle.payload) } catch {
            result.failures.append(error)
            return result
        }
        result.modelName = statement.modelName
        result.rootDigest = statement.rootDigest
        result.serialization = statement.serialization
        result.resourceCount = statement.items.count
        let expectedAlgorithm = statement.serialization.resourceAlgorithm
        if !statement.isLegacy, let odd = statement.items.first(where: { $0.algorithm != expectedAlgorithm }) {
            result.failures.append(.statement("resource `\(odd.name)` uses algorithm `\(odd.algorithm)` but the serialization says `\(expectedAlgorithm)`"))
            return result
        }

        // 4. The model on disk.
        let actual: [ManifestItem]
        do {
            let files = try ModelFiles.list(model: model, serialization: statement.serialization, extraIgnores: [signaturePath])
            result.fileCount = files.count
            actual = try ModelFiles.hash(files, serialization: statement.serialization)
        } catch {
            result.failures.append(.model(error.description))
            return result
        }
        let diff = ModelDiff.compare(expected: statement.items, actual: actual)
        result.diff = diff
        if !diff.isEmpty {
            result.failures.append(.model("the model differs from what was signed: " + diff.lines.joined(separator: "; ")))
        }
        return result
    }

    /// Signs `model`; returns the bundle and the root digest.
    public static func sign(model: String, key: ECPrivateKey, serialization: Serialization, signaturePath: String?,
                            certificates: [[UInt8]] = []) throws -> (bundle: SigstoreBundle, rootDigest: String, fileCount: Int) {
        var ser = serialization
        if let signaturePath {
            let root = URL(fileURLWithPath: model).standardizedFileURL.path
            let abs = URL(fileURLWithPath: signaturePath).standardizedFileURL.path
            if abs.hasPrefix(root + "/") {
                let rel = String(abs.dropFirst(root.count + 1))
                if !ser.ignorePaths.contains(rel) { ser.ignorePaths.append(rel) }
            }
        }
        let files = try ModelFiles.list(model: model, serialization: ser)
        let items = try ModelFiles.hash(files, serialization: ser)
        var name = URL(fileURLWithPath: model).standardizedFileURL.lastPathComponent
        if name.isEmpty || name == "/" { name = "model" }
        let (payload, root) = SignedStatement.payload(modelName: name, serialization: ser, items: items)
        let pae = SigstoreBundle.pae(payloadType: SigstoreBundle.inTotoPayloadType, payload: payload)
        let sig = try key.sign(pae)
        let bundle = SigstoreBundle(payload: payload, signature: sig, keyHint: certificates.isEmpty ? key.publicKey.hint : nil, certificates: certificates)
        return (bundle, root, files.count)
    }

    /// Reads the signed root digest and model name from a signature WITHOUT verifying it (for the
    /// BOM, which records what a signature claims; `verify` is the check).
    public static func peek(signaturePath: String) -> (modelName: String, rootDigest: String, serialization: Serialization)? {
        guard let b = try? readBundle(signaturePath), let s = try? SignedStatement(payload: b.payload) else { return nil }
        return (s.modelName, s.rootDigest, s.serialization)
    }
}
