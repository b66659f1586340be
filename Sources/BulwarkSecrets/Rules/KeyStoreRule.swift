import BulwarkCore

/// A committed key store (PKCS#12 `.p12` / `.pfx`, Java JKS / JCEKS), recognized by its structure.
public struct KeyStoreRule: Rule {
    public typealias Model = SecretsModel
    public init() {}
    public var description: RuleDescription { Self.info }

    public static let info = RuleDescription(
        id: "secret-key-store-file", name: "Key store file (PKCS#12, Java KeyStore)", family: "secrets",
        summary: "A PKCS#12 (.p12/.pfx) or Java key store file is committed",
        rationale: """
        ## What it detects
        A file whose bytes are a key store, whatever its name: a PKCS#12 `PFX` (DER sequence, version 3, a \
        PKCS#7 `data` or `signedData` content) or a Java key store (JKS magic `FEEDFEED`, JCEKS `CECECECE`). A \
        `.p12` file that is not one is not reported; a key store under another name is.

        Bulwark never decrypts the file and never tries passwords. What is visible without a password sets \
        the severity: a PKCS#12 private key stored without encryption (`keyBag`) is high; a password-protected \
        key (`pkcs8ShroudedKeyBag`, a JKS private key entry) or encrypted contents are medium; certificates \
        only (a trust store) are low.

        ## Why it matters
        Key stores hold TLS client and server keys, code-signing keys (Windows Authenticode `.pfx`, Android \
        upload keys), Apple push certificates and service-account keys. Their passwords are often defaults \
        (`changeit`, `android`, an empty password) or sit in the same repository, a build script or a CI \
        variable, so a committed key store is a leaked key for anyone who finds the password.

        ## How to fix
        Revoke the certificate and issue a new key pair (for a signing key: the store's key reset procedure, \
        such as Google Play's upload key reset); remove the file, purge it from history, and load the key store \
        from a secret manager or CI secret at build time.

        ## References
        - RFC 7292, PKCS #12: Personal Information Exchange Syntax v1.1 <https://www.rfc-editor.org/rfc/rfc7292>
        - CWE-321: Use of Hard-coded Cryptographic Key <https://cwe.mitre.org/data/definitions/321.html>
        """,
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Revoke the certificate and issue a new key pair, then load the key store from a secret manager at build time.",
        options: [.strings("ignore-paths", "globs of files where this rule does not report")],
        examples: [
            Example(.triggers, path: "certs/client.p12", bytes: KeyStoreSamples.pkcs12(bags: [.shroudedKey, .cert])),
            Example(.triggers, path: "signing/release.keystore", bytes: KeyStoreSamples.jks(privateKey: true)),
            Example(.triggers, path: "deploy/identity.bin.txt", bytes: KeyStoreSamples.pkcs12(bags: [.plainKey])),
            Example(.clean, path: "certs/readme.p12", bytes: Array("not a key store, a note named .p12\n".utf8)),
            Example(.clean, path: "certs/ca.pem", "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZ\n-----END CERTIFICATE-----\n"),
        ])

    public func check(_ model: SecretsModel, context: RuleContext) -> [Finding] {
        guard let ks = model.keyStore else { return [] }
        let ignored = context.settings.strings("ignore-paths").map(Glob.init)
        if ignored.contains(where: { $0.matches(context.file.relativePath) }) { return [] }
        let severity: Severity
        switch ks.contents {
        case .plainKey: severity = .high
        case .encryptedKey, .encryptedContents: severity = .medium
        case .certificatesOnly: severity = .low
        }
        var props = ["keyStore.kind": ks.kind.rawValue, "keyStore.contents": ks.contents.rawValue, "category": "crypto"]
        if let n = ks.entries { props["keyStore.entries"] = String(n) }
        let message = "\(ks.kind.rawValue) key store with \(ks.contents.rawValue) is committed"
            + (ks.contents == .plainKey || ks.contents == .certificatesOnly ? "" : " (its password is not tried)")
        return [Finding(rule: Self.info, message: message, location: context.location(line: nil), severity: severity,
                        anchor: "keystore", properties: props)]
    }
}

/// Minimal key stores for examples and tests (structure only; no real key material).
public enum KeyStoreSamples {
    public enum Bag { case plainKey, shroudedKey, cert }

    static func der(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
        let n = content.count
        if n < 0x80 { return [tag, UInt8(n)] + content }
        if n < 0x100 { return [tag, 0x81, UInt8(n)] + content }
        return [tag, 0x82, UInt8(n >> 8), UInt8(n & 0xFF)] + content
    }

    /// PFX { 3, ContentInfo { data, [0] OCTET STRING { AuthenticatedSafe { ContentInfo { data, SafeContents } } } } }.
    public static func pkcs12(bags: [Bag]) -> [UInt8] {
        var safeBags: [UInt8] = []
        for bag in bags {
            let arc: UInt8 = bag == .plainKey ? 1 : bag == .shroudedKey ? 2 : 3
            let oid = der(0x06, KeyStores.pkcs + [0x0C, 0x0A, 0x01, arc])
            safeBags += der(0x30, oid + der(0xA0, der(0x04, [UInt8](repeating: 0x5A, count: 24))))
        }
        let inner = der(0x30, KeyStores.oidData + der(0xA0, der(0x04, der(0x30, safeBags))))
        let authSafe = der(0x30, inner)
        let contentInfo = der(0x30, KeyStores.oidData + der(0xA0, der(0x04, authSafe)))
        return der(0x30, [0x02, 0x01, 0x03] + contentInfo)
    }

    /// JKS version 2 with one entry: a private key (tag 1, empty chain) or a trusted certificate (tag 2).
    public static func jks(privateKey: Bool) -> [UInt8] {
        var b: [UInt8] = [0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0, 0, 0, 1]
        b += [0, 0, 0, privateKey ? 1 : 2, 0, 5] + Array("alias".utf8) + [UInt8](repeating: 0, count: 8)
        if privateKey {
            b += [0, 0, 0, 16] + [UInt8](repeating: 0x33, count: 16) + [0, 0, 0, 0]
        } else {
            b += [0, 5] + Array("X.509".utf8) + [0, 0, 0, 4, 0x30, 0x02, 0x05, 0x00]
        }
        return b
    }
}
