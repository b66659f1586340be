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
    /// Secrets found past the first `maxListed` of the file, counted per pattern id and not kept: a file of test
    /// vectors or a dump can hold a hundred thousand keys, and each listed one costs memory and report space.
    /// Reported as one finding (`UnlistedSecretsRule`).
    public var unlisted: [String: Unlisted] = [:]
    /// Secrets listed per file; the rest are counted in `unlisted`.
    public static let maxListed = 500

    /// How many secrets of one pattern were found but not listed, and the highest severity among them.
    public struct Unlisted: Sendable, Equatable {
        public var count: Int
        public var severity: Severity
    }
    /// Set when the file is a key store (PKCS#12, JKS), recognized by its structure; such a file is not read as text.
    public var keyStore: KeyStores.Info? = nil

    /// Scans a file once with the whole catalog: whole when it is at most `wholeFileLimit` bytes,
    /// else in chunks of `chunkBytes` (see `SecretViews.wholeFileLimit`).
    public init(file: SourceFile, engine: SecretEngine = SecretCatalog.engine,
                wholeFileLimit: Int = SecretViews.wholeFileLimit, chunkBytes: Int = SecretViews.chunkBytes,
                maxListed: Int = SecretsModel.maxListed, isEnabled: ((Int) -> Bool)? = nil) {
        var out: [String: [LocatedSecret]] = [:]
        var over: [String: Unlisted] = [:]
        var listed = 0
        // Per pattern index: 0 not asked yet, 1 enabled, 2 disabled (asked once per file and pattern).
        var enabled: [UInt8] = isEnabled == nil ? [] : Array(repeating: 0, count: engine.patterns.count)
        /// Keeps the secret while fewer than `maxListed` are kept, else counts it. A disabled rule's secrets are
        /// neither kept nor counted, so they cannot push an enabled rule's past the limit.
        func keep(_ id: String, _ index: Int, _ located: @autoclosure () -> LocatedSecret, severity: Severity) {
            if let isEnabled {
                if enabled[index] == 0 { enabled[index] = isEnabled(index) ? 1 : 2 }
                if enabled[index] == 2 { return }
            }
            if listed < maxListed {
                out[id, default: []].append(located())
                listed += 1
            } else if let u = over[id] {
                over[id] = Unlisted(count: u.count + 1, severity: max(u.severity, severity))
            } else {
                over[id] = Unlisted(count: 1, severity: severity)
            }
        }
        if file.size <= KeyStores.maxBytes, let bytes = file.bytes, SecretViews.mayBeKeyStore(file, firstByte: bytes.first),
           let ks = KeyStores.identify(bytes) {
            byPattern = [:]
            keyStore = ks
            return
        }
        if file.size > wholeFileLimit || !file.isReadableWhole {
            ChunkedScan.run(file: file, engine: engine, chunkBytes: chunkBytes, overlap: min(SecretViews.chunkOverlap, chunkBytes)) { hit, line, column, encoding in
                keep(engine.patterns[hit.patternIndex].id, hit.patternIndex,
                     LocatedSecret(patternIndex: hit.patternIndex, secret: hit.secret, verdict: hit.verdict,
                                   line: line, column: column, endColumn: nil, encoding: encoding),
                     severity: hit.verdict.severity ?? engine.patterns[hit.patternIndex].severity)
            }
            byPattern = out
            unlisted = over
            return
        }
        let segments = SecretViews.segments(for: file)
        // Lines whose Kubernetes Secret value was decoded: the generic rule judges the decoded text there, not the
        // base64 it came from (reporting both named one secret twice, and the base64 of a placeholder looks random).
        var decodedLines = Set<Int>()
        for s in segments { if case .decoded(let line, _, let encoding) = s.origin, encoding.hasPrefix("base64 (Kubernetes") { decodedLines.insert(line) } }
        for segment in segments {
            for hit in engine.scanParallel(segment.bytes, path: file.relativePath) {
                let id = engine.patterns[hit.patternIndex].id
                if !decodedLines.isEmpty, id == GenericSecret.pattern.id, case .raw = segment.origin, segment.transcodedFrom == nil,
                   decodedLines.contains(file.lineColumn(ofByte: hit.range.lowerBound).0) {
                    continue
                }
                if listed >= maxListed {
                    keep(id, hit.patternIndex, LocatedSecret(patternIndex: 0, secret: "", verdict: hit.verdict, line: 0, column: 0),
                         severity: hit.verdict.severity ?? engine.patterns[hit.patternIndex].severity)
                    continue
                }
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
                keep(id, hit.patternIndex, located, severity: hit.verdict.severity ?? engine.patterns[hit.patternIndex].severity)
            }
        }
        byPattern = out
        unlisted = over
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
