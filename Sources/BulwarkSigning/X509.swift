import Foundation

/// A bounded DER reader: enough of X.690 to walk X.509 certificates. Never traps on input.
struct DER {
    struct Error: Swift.Error, CustomStringConvertible { var description: String }

    struct Node {
        var tag: UInt8
        /// The whole TLV.
        var raw: ArraySlice<UInt8>
        var content: ArraySlice<UInt8>
        var isConstructed: Bool { tag & 0x20 != 0 }
    }

    /// Reads one TLV at the start of `bytes`.
    static func read(_ bytes: ArraySlice<UInt8>) throws(Error) -> Node {
        var i = bytes.startIndex
        guard i < bytes.endIndex else { throw Error(description: "truncated DER") }
        let tag = bytes[i]
        if tag & 0x1F == 0x1F { throw Error(description: "high tag numbers are not used in certificates") }
        i += 1
        guard i < bytes.endIndex else { throw Error(description: "truncated DER length") }
        var length = 0
        let first = bytes[i]
        i += 1
        if first < 0x80 {
            length = Int(first)
        } else {
            let n = Int(first & 0x7F)
            guard n >= 1, n <= 4 else { throw Error(description: "unsupported DER length") }
            for _ in 0..<n {
                guard i < bytes.endIndex else { throw Error(description: "truncated DER length") }
                length = length << 8 | Int(bytes[i])
                i += 1
            }
        }
        guard length <= bytes.endIndex - i else { throw Error(description: "DER length past the end") }
        return Node(tag: tag, raw: bytes[bytes.startIndex..<(i + length)], content: bytes[i..<(i + length)])
    }

    /// The children of a constructed node.
    static func children(_ node: Node, max: Int = 10_000) throws(Error) -> [Node] {
        var out: [Node] = []
        var rest = node.content
        while !rest.isEmpty {
            let child = try read(rest)
            out.append(child)
            rest = rest[child.raw.endIndex...]
            if out.count > max { throw Error(description: "too many DER elements") }
        }
        return out
    }
}

/// The parts of an X.509 certificate that chain verification needs.
public struct X509Certificate: Sendable {
    public let der: [UInt8]
    let tbs: [UInt8]
    let signatureAlgorithm: [UInt8]
    let signature: [UInt8]
    let issuer: [UInt8]
    let subject: [UInt8]
    /// Normalized to `YYYYMMDDHHMMSSZ` so they compare as strings.
    let notBefore: String
    let notAfter: String
    public let spki: [UInt8]
    /// nil when the extension is absent.
    let isCA: Bool?
    let keyUsageDigitalSignature: Bool?
    let keyUsageCertSign: Bool?
    let extendedKeyUsage: [[UInt8]]?

    static let oidBasicConstraints: [UInt8] = [0x55, 0x1D, 0x13]
    static let oidKeyUsage: [UInt8] = [0x55, 0x1D, 0x0F]
    static let oidExtKeyUsage: [UInt8] = [0x55, 0x1D, 0x25]
    static let oidCodeSigning: [UInt8] = [0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x03]
    static let oidECDSASHA256: [UInt8] = [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02]
    static let oidECDSASHA384: [UInt8] = [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x03]
    static let oidECDSASHA512: [UInt8] = [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x04]

    public init(der: [UInt8]) throws {
        self.der = der
        let cert = try DER.read(der[...])
        guard cert.tag == 0x30, cert.raw.count == der.count else { throw DER.Error(description: "not a DER certificate") }
        let top = try DER.children(cert)
        guard top.count == 3, top[0].tag == 0x30, top[1].tag == 0x30, top[2].tag == 0x03 else {
            throw DER.Error(description: "not an X.509 certificate")
        }
        tbs = Array(top[0].raw)
        let alg = try DER.children(top[1])
        guard let oid = alg.first, oid.tag == 0x06 else { throw DER.Error(description: "bad signature algorithm") }
        signatureAlgorithm = Array(oid.content)
        guard top[2].content.first == 0 else { throw DER.Error(description: "bad signature bit string") }
        signature = Array(top[2].content.dropFirst())

        var fields = try DER.children(top[0])
        if fields.first?.tag == 0xA0 { fields.removeFirst() }  // version
        guard fields.count >= 6 else { throw DER.Error(description: "truncated tbsCertificate") }
        issuer = Array(fields[2].raw)
        let validity = try DER.children(fields[3])
        guard validity.count == 2 else { throw DER.Error(description: "bad validity") }
        notBefore = try Self.time(validity[0])
        notAfter = try Self.time(validity[1])
        subject = Array(fields[4].raw)
        spki = Array(fields[5].raw)

        var isCA: Bool?, ds: Bool?, certSign: Bool?, eku: [[UInt8]]?
        if let extWrapper = fields.dropFirst(6).first(where: { $0.tag == 0xA3 }),
           let seq = try DER.children(extWrapper).first {
            for ext in try DER.children(seq) {
                let parts = try DER.children(ext)
                guard let id = parts.first, id.tag == 0x06, let value = parts.last, value.tag == 0x04 else { continue }
                let inner = try DER.read(value.content)
                switch Array(id.content) {
                case Self.oidBasicConstraints:
                    let items = try DER.children(inner)
                    isCA = items.first.map { $0.tag == 0x01 && $0.content.first.map { $0 != 0 } == true } ?? false
                case Self.oidKeyUsage:
                    guard inner.tag == 0x03, inner.content.count >= 2 else { continue }
                    let bits = inner.content[inner.content.startIndex + 1]
                    ds = bits & 0x80 != 0
                    certSign = bits & 0x04 != 0
                case Self.oidExtKeyUsage:
                    eku = try DER.children(inner).filter { $0.tag == 0x06 }.map { Array($0.content) }
                default: break
                }
            }
        }
        self.isCA = isCA
        keyUsageDigitalSignature = ds
        keyUsageCertSign = certSign
        extendedKeyUsage = eku
    }

    static func time(_ node: DER.Node) throws(DER.Error) -> String {
        let s = String(decoding: node.content, as: UTF8.self)
        guard s.hasSuffix("Z"), s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "Z") }) else {
            throw DER.Error(description: "bad certificate time")
        }
        if node.tag == 0x17, s.count == 13 {  // UTCTime YYMMDDHHMMSSZ
            let yy = Int(s.prefix(2)) ?? 0
            return (yy >= 50 ? "19" : "20") + s
        }
        if node.tag == 0x18, s.count == 15 { return s }
        throw DER.Error(description: "bad certificate time")
    }

    var hash: CertificateHash? {
        switch signatureAlgorithm {
        case Self.oidECDSASHA256: return .sha256
        case Self.oidECDSASHA384: return .sha384
        case Self.oidECDSASHA512: return .sha512
        default: return nil
        }
    }

    /// True when `issuerCert`'s key signed this certificate.
    func isSigned(by issuerCert: X509Certificate) -> Bool {
        guard issuer == issuerCert.subject, let hash, let key = try? ECPublicKey(spki: issuerCert.spki) else { return false }
        return key.isValid(derSignature: signature, message: tbs, hash: hash)
    }

    func isValid(at time: String) -> Bool { notBefore <= time && time <= notAfter }

    /// The common name of the subject, for messages.
    public var subjectSummary: String {
        // CN OID 2.5.4.3: find it in the raw subject.
        let cn: [UInt8] = [0x06, 0x03, 0x55, 0x04, 0x03]
        guard subject.count > cn.count else { return "?" }
        for i in 0...(subject.count - cn.count) where Array(subject[i..<(i + cn.count)]) == cn {
            if let v = try? DER.read(subject[(i + cn.count)...]) { return String(decoding: v.content, as: UTF8.self) }
        }
        return "(no CN)"
    }
}

/// Chain validation as the reference verifier does it with OpenSSL: the signing certificate, the
/// intermediates carried in the bundle, and trust anchors given by the user; validity is checked
/// at the signing certificate's notBefore (the signing time), and the signing certificate must
/// allow digital signatures (key usage) or code signing (extended key usage).
public enum CertificateChain {
    public static func validate(chain: [X509Certificate], trusted: [X509Certificate]) -> Result<ECPublicKey, SigningFailure> {
        guard let leaf = chain.first else { return .failure(.chain("the signature carries no certificate")) }
        let time = leaf.notBefore
        var current = leaf
        var path: [X509Certificate] = [leaf]
        let pool = trusted + chain.dropFirst()
        while true {
            if current.issuer == current.subject, current.isSigned(by: current) {
                // A self-signed certificate ends the chain: it must be one the user trusts.
                if trusted.contains(where: { $0.der == current.der }) { break }
                return .failure(.chain("the certificate chain ends at `\(current.subjectSummary)`, which is not among the certificates given with --certificate-chain"))
            }
            guard let next = pool.first(where: { current.isSigned(by: $0) }) else {
                if current.hash == nil {
                    return .failure(.chain("certificate `\(current.subjectSummary)` uses a signature algorithm other than ECDSA, which is not supported"))
                }
                return .failure(.chain("the certificate chain does not lead to a trusted certificate (`\(current.subjectSummary)` is not signed by any certificate given with --certificate-chain)"))
            }
            let isTrusted = trusted.contains { $0.der == next.der }
            if next.isCA == false || (next.isCA == nil && !isTrusted) {
                return .failure(.chain("issuing certificate `\(next.subjectSummary)` is not a CA"))
            }
            path.append(next)
            current = next
            if path.count > 10 { return .failure(.chain("the certificate chain is too long")) }
        }
        for cert in path where !cert.isValid(at: time) {
            return .failure(.chain("certificate `\(cert.subjectSummary)` is not valid at signing time \(time) (valid \(cert.notBefore) to \(cert.notAfter))"))
        }
        let usable = leaf.keyUsageDigitalSignature == true
            || (leaf.extendedKeyUsage?.contains(X509Certificate.oidCodeSigning) ?? false)
        if !usable { return .failure(.chain("the signing certificate `\(leaf.subjectSummary)` cannot be used for signing (no digitalSignature key usage, no codeSigning extended key usage)")) }
        do {
            return .success(try ECPublicKey(spki: leaf.spki))
        } catch {
            return .failure(.chain("signing certificate key: \(error)"))
        }
    }
}
