import BulwarkCore
import BulwarkFormats
import BulwarkSigning
import Foundation

/// The admission policy for `bulwark model admit` (YAML).
///
///     sources: [hf:acme, hf:meta-llama/Llama-3.2-1B, https://models.internal.example/]
///     formats: [safetensors, gguf]
///     pickle-when-clean: true        # pickle/PyTorch zip only when the scan found nothing
///     signature:
///       required: true
///       keys: [keys/release.pub]     # paths relative to the policy file
///       certificate-chains: [ca.pem]
///       identities: [release-bot]    # signing certificate common names
///     max-severity: low              # highest scan severity still admitted (none: no finding at all)
///     audit-log: audit/models.jsonl
public struct AdmissionPolicy: Sendable {
    public var sources: [String] = []
    public var formats: [String] = []
    public var pickleWhenClean = false
    public var signatureRequired = false
    public var keys: [String] = []
    public var certificateChains: [String] = []
    public var identities: [String] = []
    public var maxSeverity: String?
    public var auditLog: String?

    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    static let severities = ["info", "low", "medium", "high", "critical"]
    static let knownKeys: Set<String> = ["sources", "formats", "pickle-when-clean", "signature", "max-severity", "audit-log"]

    public init() {}

    /// Parses a policy; relative paths are resolved against `baseDirectory`.
    public init(yaml text: String, baseDirectory: String) throws(Error) {
        // Read with the bounded YAML reader, like every other YAML file (docs/limits.md).
        var limits = YAMLLimits()
        limits.maxBytes = 1 << 20
        limits.maxNodes = 100_000
        limits.maxDepth = 32
        let root: YNode?
        do { root = try YAMLTree.parse(text, limits: limits) } catch { throw Error(description: "policy is not valid YAML: \(error)") }
        guard let doc = root?.mapping else { throw Error(description: "policy must be a YAML mapping") }
        for k in doc.keys where !Self.knownKeys.contains(k) {
            throw Error(description: "unknown policy key `\(k)` (known: \(Self.knownKeys.sorted().joined(separator: ", ")))")
        }
        func list(_ v: YNode?, _ key: String) throws(Error) -> [String] {
            guard let v else { return [] }
            if let s = v.scalar { return s.isNull ? [] : [s.value] }
            guard let a = v.sequence else { throw Error(description: "`\(key)` must be a list of strings") }
            var out: [String] = []
            for item in a.items {
                guard let s = item.scalar else { throw Error(description: "`\(key)` must be a list of strings") }
                out.append(s.value)
            }
            return out
        }
        func bool(_ v: YNode?, _ key: String, default d: Bool) throws(Error) -> Bool {
            guard let v else { return d }
            guard let b = v.scalar?.bool else { throw Error(description: "`\(key)` must be true or false") }
            return b
        }
        func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : (baseDirectory as NSString).appendingPathComponent(p) }
        sources = try list(doc["sources"], "sources")
        formats = try list(doc["formats"], "formats").map { $0.lowercased() }
        pickleWhenClean = try bool(doc["pickle-when-clean"], "pickle-when-clean", default: false)
        if let sig = doc["signature"] {
            if let b = sig.scalar?.bool {
                signatureRequired = b
            } else if let m = sig.mapping {
                signatureRequired = try bool(m["required"], "signature.required", default: true)
                keys = try list(m["keys"], "signature.keys").map(resolve)
                certificateChains = try list(m["certificate-chains"], "signature.certificate-chains").map(resolve)
                identities = try list(m["identities"], "signature.identities")
            } else {
                throw Error(description: "`signature` must be true/false or a mapping")
            }
            if signatureRequired, keys.isEmpty, certificateChains.isEmpty {
                throw Error(description: "`signature.required` needs `keys` or `certificate-chains` to verify against")
            }
        }
        if let s = doc["max-severity"]?.scalar {
            let v = s.value.lowercased()
            guard v == "none" || Self.severities.contains(v) else {
                throw Error(description: "`max-severity` must be none, info, low, medium, high or critical")
            }
            maxSeverity = v
        }
        auditLog = doc["audit-log"]?.scalar.flatMap { $0.isNull ? nil : $0.value }.map(resolve)
    }
}

/// One check of the admission decision.
public struct AdmissionCheck: Sendable {
    public var name: String
    public var passed: Bool
    public var reason: String
}

public struct AdmissionDecision: Sendable {
    public var model: String
    public var source: String?
    public var admitted: Bool { checks.allSatisfy(\.passed) }
    public var checks: [AdmissionCheck] = []
    public var formats: [String] = []
    public var rootDigest: String?
}

/// Scan result for admission: findings of the models family on the model's files.
public struct AdmissionScan: Sendable {
    public var available: Bool
    /// Severities of the findings (info...critical) with their rule ids.
    public var findings: [(severity: String, rule: String, path: String)]
    /// The files the scan walked (its walk is the admission's: no second listing of the folder).
    public var files: [SourceFile]?
    public init(available: Bool, findings: [(severity: String, rule: String, path: String)], files: [SourceFile]? = nil) {
        self.available = available
        self.findings = findings
        self.files = files
    }
}


public enum ModelAdmission {
    static let pickleFormats: Set<String> = ["pickle", "pytorch-zip"]

    /// Normalizes a source: `hf:org/name`, `huggingface.co/org/name`, a Hub id, or a URL.
    public static func normalizeSource(_ s: String) -> String {
        var v = s.trimmingCharacters(in: .whitespaces)
        for p in ["https://huggingface.co/", "http://huggingface.co/", "huggingface.co/", "huggingface:", "hf://"] where v.hasPrefix(p) {
            v = "hf:" + v.dropFirst(p.count)
        }
        if !v.hasPrefix("hf:"), !v.contains("://"), ModelCardFacts.isHubID(v) { v = "hf:" + v }
        while v.hasSuffix("/") && v.hasPrefix("hf:") { v.removeLast() }
        return v
    }

    static func sourceAllowed(_ source: String, by entry: String) -> Bool {
        let e = normalizeSource(entry)
        if e.hasPrefix("hf:") {
            let owner = e.dropFirst(3)
            let src = source.dropFirst(3)
            guard source.hasPrefix("hf:") else { return false }
            if owner.contains("/") { return src.lowercased() == owner.lowercased() || src.lowercased().hasPrefix(owner.lowercased() + "@") }
            return src.lowercased().hasPrefix(owner.lowercased() + "/")
        }
        // A registry URL or host prefix: match on a path boundary.
        let base = e.hasSuffix("/") ? e : e + "/"
        return source == e || source.hasPrefix(base)
    }

    /// Where the model came from: the `--source` given, the Hugging Face cache layout
    /// (`models--org--name/snapshots/REV`), or `_name_or_path` in config.json.
    public static func inferSource(model: String) -> String? {
        let comps = URL(fileURLWithPath: model).standardizedFileURL.pathComponents
        for (i, c) in comps.enumerated() where c.hasPrefix("models--") {
            let id = c.dropFirst(8).components(separatedBy: "--").joined(separator: "/")
            let rev = (i + 2 < comps.count && comps[i + 1] == "snapshots") ? "@" + comps[i + 2] : ""
            return "hf:" + id + rev
        }
        if let data = FileManager.default.contents(atPath: model + "/config.json") {
            var facts = ModelCardFacts()
            facts.readConfig([UInt8](data))
            if let n = facts.nameOrPath, n.contains("/"), ModelCardFacts.isHubID(n) { return "hf:" + n }
        }
        return nil
    }

    public static func decide(model: String, policy: AdmissionPolicy, source givenSource: String?, signaturePath: String?,
                              scan: AdmissionScan) -> AdmissionDecision {
        var d = AdmissionDecision(model: model)

        // 1. Source.
        let source = givenSource.map(normalizeSource) ?? inferSource(model: model)
        d.source = source
        if policy.sources.isEmpty {
            d.checks.append(.init(name: "source", passed: true, reason: "no source restriction (source \(source ?? "unknown"))"))
        } else if let source {
            let hit = policy.sources.first { sourceAllowed(source, by: $0) }
            d.checks.append(.init(name: "source", passed: hit != nil, reason: hit.map { "\(source) is allowed by `\($0)`" }
                ?? "\(source) is not an allowed source (allowed: \(policy.sources.joined(separator: ", ")))"))
        } else {
            d.checks.append(.init(name: "source", passed: false, reason: "the source is unknown (pass --source hf:ORG/NAME or a registry URL)"))
        }

        // 2. Formats.
        let files = scan.files.map { RepositoryFiles.adapt($0, root: model) } ?? RepositoryFiles.list(root: model).files
        var formats: [String: [String]] = [:]
        for f in files where ModelHeaderSummary.weightExtensions.contains(f.fileExtension) {
            let head = (FileHandle(forReadingAtPath: f.absolute).flatMap { try? $0.read(upToCount: 64) }).map { [UInt8]($0) } ?? []
            let fmt = ModelHeaderSummary.sniff(head: head, fileExtension: f.fileExtension)
            guard BOMBuilder.isWeight(f, format: fmt) else { continue }
            formats[fmt ?? "unknown", default: []].append(f.path)
        }
        d.formats = formats.keys.sorted()
        let clean = scan.available && scan.findings.isEmpty
        if formats.isEmpty {
            d.checks.append(.init(name: "formats", passed: false, reason: "no model weights found"))
        } else if policy.formats.isEmpty {
            d.checks.append(.init(name: "formats", passed: true, reason: "formats \(d.formats.joined(separator: ", ")) (no restriction)"))
        } else {
            var bad: [String] = []
            for (fmt, paths) in formats.sorted(by: { $0.key < $1.key }) {
                if policy.formats.contains(fmt) { continue }
                if pickleFormats.contains(fmt), policy.pickleWhenClean, clean { continue }
                let why = pickleFormats.contains(fmt) && policy.pickleWhenClean ? " (allowed only when the scan is clean)" : ""
                bad.append("\(fmt)\(why): \(paths.prefix(3).joined(separator: ", "))\(paths.count > 3 ? ", …" : "")")
            }
            d.checks.append(.init(name: "formats", passed: bad.isEmpty, reason: bad.isEmpty
                ? "formats \(d.formats.joined(separator: ", ")) are allowed"
                : "format not allowed: " + bad.joined(separator: "; ") + " (allowed: \(policy.formats.joined(separator: ", ")))"))
        }

        // 3. Signature.
        let sigPath = signaturePath ?? (model as NSString).appendingPathComponent("model.sig")
        let hasSig = FileManager.default.fileExists(atPath: sigPath)
        if policy.signatureRequired {
            if !hasSig {
                d.checks.append(.init(name: "signature", passed: false, reason: "no signature at \(sigPath), and the policy requires one"))
            } else {
                var reasons: [String] = []
                var ok = false
                var trusts: [(String, TrustRoot)] = []
                for k in policy.keys {
                    guard let text = try? String(contentsOfFile: k, encoding: .utf8), let key = try? ECPublicKey(pem: text) else {
                        reasons.append("policy key \(k) is unreadable"); continue
                    }
                    trusts.append((k, .publicKey(key)))
                }
                for c in policy.certificateChains {
                    guard let text = try? String(contentsOfFile: c, encoding: .utf8) else { reasons.append("policy chain \(c) is unreadable"); continue }
                    let certs = PEM.decode(text).filter { $0.label == "CERTIFICATE" }.compactMap { try? X509Certificate(der: $0.der) }
                    trusts.append((c, .certificates(certs)))
                }
                for (name, trust) in trusts where !ok {
                    do {
                        let r = try ModelSignature.verify(model: model, signaturePath: sigPath, trust: trust)
                        if r.verified {
                            if case .certificates = trust, !policy.identities.isEmpty, !policy.identities.contains(r.signerIdentity ?? "") {
                                reasons.append("signed by `\(r.signerIdentity ?? "?")`, not a listed identity (\(policy.identities.joined(separator: ", ")))")
                                continue
                            }
                            ok = true
                            d.rootDigest = r.rootDigest
                            reasons = ["verified with \(name) (root digest sha256:\(r.rootDigest ?? ""))"]
                        } else {
                            reasons.append("\(name): " + r.failures.map(\.description).joined(separator: "; "))
                        }
                    } catch {
                        reasons.append("\(name): \(error)")
                    }
                }
                d.checks.append(.init(name: "signature", passed: ok, reason: reasons.joined(separator: "; ")))
            }
        } else {
            d.checks.append(.init(name: "signature", passed: true, reason: hasSig ? "not required (a signature is present but was not checked)" : "not required"))
        }

        // 4. Scan.
        if let max = policy.maxSeverity {
            if !scan.available {
                d.checks.append(.init(name: "scan", passed: false, reason: "the model scanner is not available, and the policy sets max-severity \(max)"))
            } else {
                let limit = max == "none" ? -1 : (AdmissionPolicy.severities.firstIndex(of: max) ?? 0)
                let over = scan.findings.filter { (AdmissionPolicy.severities.firstIndex(of: $0.severity) ?? 4) > limit }
                d.checks.append(.init(name: "scan", passed: over.isEmpty, reason: over.isEmpty
                    ? "\(scan.findings.count) findings, none above \(max)"
                    : "\(over.count) findings above \(max): " + over.prefix(5).map { "\($0.severity) \($0.rule) in \($0.path)" }.joined(separator: "; ")))
            }
        } else {
            d.checks.append(.init(name: "scan", passed: true, reason: scan.available ? "\(scan.findings.count) findings (no severity limit)" : "not scanned (no severity limit)"))
        }
        return d
    }
}
