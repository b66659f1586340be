/// Key store files recognized by their structure, whatever their name: PKCS#12 (`.p12`, `.pfx`: a DER
/// `PFX` with version 3 and a PKCS#7 content type) and Java key stores (JKS `FEEDFEED`, JCEKS `CECECECE`).
///
/// Nothing is decrypted and no password is tried: what is visible without a password decides the
/// severity. A PKCS#12 bag holding a private key in clear (`keyBag`) can be used as is; a shrouded key
/// (`pkcs8ShroudedKeyBag`) or encrypted contents need the password, which weak defaults and nearby
/// files often give away; certificates alone are a trust store.
public enum KeyStores {
    public enum Kind: String, Sendable { case pkcs12 = "PKCS#12", jks = "Java KeyStore (JKS)", jceks = "Java KeyStore (JCEKS)" }

    public enum Contents: String, Sendable {
        /// A private key stored without encryption (PKCS#12 `keyBag`).
        case plainKey = "a private key stored without encryption"
        /// A password-encrypted private key (PKCS#12 `pkcs8ShroudedKeyBag`, JKS private key entry).
        case encryptedKey = "a password-protected private key"
        /// Encrypted contents whose bags are not visible without the password (PKCS#12 `encryptedData`).
        case encryptedContents = "password-encrypted contents (may hold a private key)"
        /// Certificates only: a trust store.
        case certificatesOnly = "certificates only (a trust store, no private key)"
    }

    public struct Info: Sendable, Equatable {
        public var kind: Kind
        public var contents: Contents
        public var entries: Int?
    }

    /// How many bytes of a file `identify` reads at most.
    public static let maxBytes = 4 << 20

    // 1.2.840.113549.1 (PKCS) as DER content bytes, then the arcs this needs.
    static let pkcs: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01]
    static let oidData: [UInt8] = [0x06, 0x09] + pkcs + [0x07, 0x01]
    static let oidSignedData: [UInt8] = [0x06, 0x09] + pkcs + [0x07, 0x02]
    static let oidEncryptedData: [UInt8] = [0x06, 0x09] + pkcs + [0x07, 0x06]
    static let oidKeyBag: [UInt8] = [0x06, 0x0B] + pkcs + [0x0C, 0x0A, 0x01, 0x01]
    static let oidShroudedKeyBag: [UInt8] = [0x06, 0x0B] + pkcs + [0x0C, 0x0A, 0x01, 0x02]
    static let oidCertBag: [UInt8] = [0x06, 0x0B] + pkcs + [0x0C, 0x0A, 0x01, 0x03]

    /// The key store `bytes` hold (the first `maxBytes` of a file), or nil.
    public static func identify(_ bytes: [UInt8]) -> Info? {
        if let jks = javaKeyStore(bytes) { return jks }
        return pkcs12(bytes)
    }

    /// A DER (or BER, indefinite length) header at `i`: (tag, content start, content length or nil when indefinite).
    static func header(_ b: [UInt8], _ i: Int) -> (tag: UInt8, start: Int, length: Int?)? {
        guard i + 2 <= b.count else { return nil }
        let tag = b[i]
        let first = b[i + 1]
        if first < 0x80 { return (tag, i + 2, Int(first)) }
        if first == 0x80 { return (tag, i + 2, nil) }
        let n = Int(first & 0x7F)
        guard n <= 4, i + 2 + n <= b.count else { return nil }
        var len = 0
        for k in 0..<n { len = len << 8 | Int(b[i + 2 + k]) }
        return (tag, i + 2 + n, len)
    }

    static func pkcs12(_ b: [UInt8]) -> Info? {
        // PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData MacData OPTIONAL }
        guard let outer = header(b, 0), outer.tag == 0x30 else { return nil }
        if let len = outer.length, len < 16 { return nil }
        let v = outer.start
        guard v + 3 <= b.count, b[v] == 0x02, b[v + 1] == 0x01, b[v + 2] == 0x03 else { return nil }
        // ContentInfo ::= SEQUENCE { contentType OID (data or signedData), content [0] EXPLICIT }
        guard let ci = header(b, v + 3), ci.tag == 0x30 else { return nil }
        let t = ci.start
        guard t + oidData.count <= b.count,
              ByteSearch.equals(b, at: t, oidData) || ByteSearch.equals(b, at: t, oidSignedData) else { return nil }
        let n = min(b.count, maxBytes)
        let body = b[0..<n]
        let contents: Contents
        if ByteSearch.contains(body, oidKeyBag) { contents = .plainKey }
        else if ByteSearch.contains(body, oidShroudedKeyBag) { contents = .encryptedKey }
        else if ByteSearch.contains(body, oidEncryptedData) { contents = .encryptedContents }
        else if ByteSearch.contains(body, oidCertBag) { contents = .certificatesOnly }
        else { contents = .encryptedContents }
        return Info(kind: .pkcs12, contents: contents, entries: nil)
    }

    /// JKS / JCEKS: magic, version (1 or 2), entry count, then entries (tag 1: private key, 2: trusted
    /// certificate, 3: secret key in JCEKS). Entries are walked with bounds checks, at most 10,000.
    static func javaKeyStore(_ b: [UInt8]) -> Info? {
        guard b.count >= 12 else { return nil }
        let kind: Kind
        if b[0] == 0xFE, b[1] == 0xED, b[2] == 0xFE, b[3] == 0xED { kind = .jks }
        else if b[0] == 0xCE, b[1] == 0xCE, b[2] == 0xCE, b[3] == 0xCE { kind = .jceks }
        else { return nil }
        func u32(_ i: Int) -> Int? { i + 4 <= b.count ? Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3]) : nil }
        func u16(_ i: Int) -> Int? { i + 2 <= b.count ? Int(b[i]) << 8 | Int(b[i + 1]) : nil }
        guard let version = u32(4), version == 1 || version == 2, let count = u32(8), count <= 1_000_000 else { return nil }
        var i = 12
        var hasKey = false, walked = 0
        // A certificate: (version 2: type name) + length + DER bytes.
        func skipCert(_ at: Int) -> Int? {
            var j = at
            if version == 2 { guard let l = u16(j) else { return nil }; j += 2 + l }
            guard let l = u32(j) else { return nil }
            j += 4 + l
            return j <= b.count ? j : nil
        }
        walk: while walked < min(count, 10_000) {
            guard let tag = u32(i), let aliasLength = u16(i + 4) else { break }
            i += 6 + aliasLength + 8 // alias, then the creation date
            switch tag {
            case 1:
                hasKey = true
                guard let keyLength = u32(i) else { break walk }
                i += 4 + keyLength
                guard let chain = u32(i), chain <= 64 else { break walk }
                i += 4
                for _ in 0..<chain { guard let j = skipCert(i) else { break walk }; i = j }
            case 2:
                guard let j = skipCert(i) else { break walk }
                i = j
            case 3:
                hasKey = true
                break walk // a serialized Java object: not walked further
            default:
                break walk
            }
            walked += 1
        }
        return Info(kind: kind, contents: hasKey ? .encryptedKey : (walked == count ? .certificatesOnly : .encryptedKey), entries: count)
    }
}
