import BulwarkCore

/// A validated secret located in a file.
public struct LocatedSecret: Sendable {
    public var patternIndex: Int
    public var secret: String
    public var verdict: Verdict
    public var line: Int
    public var column: Int
    public var endColumn: Int?
    /// How the text was decoded before matching (`notebook JSON string`, `base64 ...`), if it was.
    public var encoding: String?
}

/// The parsed model of one file for the secrets rules: every candidate, grouped by pattern id.
public struct SecretsModel: Sendable {
    public var byPattern: [String: [LocatedSecret]]
    /// Set when the file is a key store (PKCS#12, JKS), recognized by its structure; such a file is not read as text.
    public var keyStore: KeyStores.Info? = nil

    /// Scans a file once with the whole catalog: whole when it is at most `wholeFileLimit` bytes,
    /// else in chunks of `chunkBytes` (see `SecretViews.wholeFileLimit`).
    public init(file: SourceFile, engine: SecretEngine = SecretCatalog.engine,
                wholeFileLimit: Int = SecretViews.wholeFileLimit, chunkBytes: Int = SecretViews.chunkBytes) {
        var out: [String: [LocatedSecret]] = [:]
        if file.size <= KeyStores.maxBytes, let bytes = file.bytes, SecretViews.mayBeKeyStore(file, firstByte: bytes.first),
           let ks = KeyStores.identify(bytes) {
            byPattern = [:]
            keyStore = ks
            return
        }
        if file.size > wholeFileLimit || !file.isReadableWhole {
            ChunkedScan.run(file: file, engine: engine, chunkBytes: chunkBytes, overlap: min(SecretViews.chunkOverlap, chunkBytes)) { hit, line, column, encoding in
                out[engine.patterns[hit.patternIndex].id, default: []].append(
                    LocatedSecret(patternIndex: hit.patternIndex, secret: hit.secret, verdict: hit.verdict,
                                  line: line, column: column, endColumn: nil, encoding: encoding))
            }
            byPattern = out
            return
        }
        for segment in SecretViews.segments(for: file) {
            for hit in engine.scanParallel(segment.bytes, path: file.relativePath) {
                let located: LocatedSecret
                switch segment.origin {
                case .raw where segment.transcodedFrom == nil:
                    let (l, c) = file.lineColumn(ofByte: hit.range.lowerBound)
                    let (el, ec) = file.lineColumn(ofByte: hit.range.upperBound)
                    located = LocatedSecret(patternIndex: hit.patternIndex, secret: hit.secret, verdict: hit.verdict,
                                            line: l, column: c, endColumn: el == l ? ec : nil, encoding: nil)
                default:
                    let (l, c, encoding) = segment.location(ofByte: hit.range.lowerBound, in: file)
                    located = LocatedSecret(patternIndex: hit.patternIndex, secret: hit.secret, verdict: hit.verdict,
                                            line: l, column: c, endColumn: nil, encoding: encoding)
                }
                out[engine.patterns[hit.patternIndex].id, default: []].append(located)
            }
        }
        byPattern = out
    }

    public init(byPattern: [String: [LocatedSecret]]) { self.byPattern = byPattern }
}

/// Turns located secrets into redacted findings.
public enum SecretFindings {
    /// `sk-p…(164 chars)`: the first 4 characters and the length, never more.
    public static func redact(_ secret: String) -> String {
        "\(secret.prefix(4))…(\(secret.count) chars)"
    }

    /// A stable hash of the secret value (not of its place), for baselines and cross-file matching.
    public static func hash(_ secret: String) -> String {
        String(SHA256.hex(string: canonical(secret)).prefix(16))
    }

    /// The form a value was hashed in before matchers stopped at a common prefix: Slack webhooks are matched
    /// from `hooks.slack.com/` (so that `http://` and bare hooks are found), but baselines written earlier hold
    /// the hash of the `https://` URL.
    static func canonical(_ secret: String) -> String {
        secret.hasPrefix("hooks.slack.com/") ? "https://" + secret : secret
    }

    public static func make(_ pattern: SecretPattern, rule: RuleDescription, located s: LocatedSecret, path: String,
                            extraProperties: [String: String] = [:]) -> Finding {
        var props = s.verdict.properties
        let secretHash = hash(s.secret)
        props["secret"] = redact(s.secret)
        props["secretHash"] = secretHash
        props["provider"] = pattern.provider
        props["unlocks"] = pattern.unlocks
        props["category"] = pattern.category
        if let e = s.encoding { props["encoding"] = e }
        props.merge(extraProperties) { _, b in b }
        var message = "\(pattern.messageName) `\(redact(s.secret))`"
        if let d = s.verdict.detail, !d.isEmpty { message += " \(d)" }
        message += pattern.publishable ? " (publishable, not a secret)" : " is committed"
        if let e = s.encoding { message += " (found in a \(e))" }
        let location = Location(path: path, startLine: s.line, startColumn: s.column,
                                endLine: s.endColumn == nil ? nil : s.line, endColumn: s.endColumn)
        return Finding(rule: rule, message: message, location: location, severity: s.verdict.severity,
                       confidence: s.verdict.confidence, remediation: rule.remediation,
                       anchor: "secret:" + secretHash, properties: props)
    }
}
