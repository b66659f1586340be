@preconcurrency import Crypto
import Foundation

/// An ECDSA public key on one of the curves OpenSSF model-signing accepts (P-256, P-384, P-521).
/// Each curve is paired with its hash: SHA-256, SHA-384, SHA-512 (as the reference signer does).
public enum ECPublicKey: Sendable {
    case p256(P256.Signing.PublicKey)
    case p384(P384.Signing.PublicKey)
    case p521(P521.Signing.PublicKey)

    public var curveName: String {
        switch self {
        case .p256: return "P-256"
        case .p384: return "P-384"
        case .p521: return "P-521"
        }
    }

    /// DER SubjectPublicKeyInfo.
    public var spki: [UInt8] {
        switch self {
        case .p256(let k): return Array(k.derRepresentation)
        case .p384(let k): return Array(k.derRepresentation)
        case .p521(let k): return Array(k.derRepresentation)
        }
    }

    /// The key as PEM exactly as OpenSSL/`cryptography` write it (64-column base64, trailing newline).
    public var pem: String { PEM.encode(spki, label: "PUBLIC KEY") }

    /// The sigstore `publicKey.hint` model-signing writes: hex SHA-256 of `pem`.
    public var hint: String { FileHashing.hex(Array(Crypto.SHA256.hash(data: Array(pem.utf8)))) }

    public init(spki der: [UInt8]) throws(KeyError) {
        if let k = try? P256.Signing.PublicKey(derRepresentation: der) { self = .p256(k); return }
        if let k = try? P384.Signing.PublicKey(derRepresentation: der) { self = .p384(k); return }
        if let k = try? P521.Signing.PublicKey(derRepresentation: der) { self = .p521(k); return }
        throw KeyError("not an EC public key on P-256, P-384 or P-521 (RSA and Ed25519 keys are not used by model-signing)")
    }

    /// Reads a PEM `PUBLIC KEY` (or the public key of a PEM `CERTIFICATE`).
    public init(pem text: String) throws(KeyError) {
        let blocks = PEM.decode(text)
        if let b = blocks.first(where: { $0.label == "PUBLIC KEY" }) {
            try self.init(spki: b.der)
            return
        }
        if let b = blocks.first(where: { $0.label == "CERTIFICATE" }) {
            do {
                let cert = try X509Certificate(der: b.der)
                try self.init(spki: cert.spki)
            } catch let e as KeyError { throw e } catch { throw KeyError("certificate: \(error)") }
            return
        }
        if blocks.contains(where: { $0.label.contains("PRIVATE KEY") }) {
            throw KeyError("this is a private key; verification needs the public key (openssl ec -in KEY -pubout)")
        }
        throw KeyError("no PEM `PUBLIC KEY` block found")
    }

    /// Verifies a DER ECDSA signature over `message` (hashed with the curve's hash).
    public func isValid(derSignature: [UInt8], message: [UInt8]) -> Bool {
        switch self {
        case .p256(let k):
            guard let s = try? P256.Signing.ECDSASignature(derRepresentation: derSignature) else { return false }
            return k.isValidSignature(s, for: message)
        case .p384(let k):
            guard let s = try? P384.Signing.ECDSASignature(derRepresentation: derSignature) else { return false }
            return k.isValidSignature(s, for: message)
        case .p521(let k):
            guard let s = try? P521.Signing.ECDSASignature(derRepresentation: derSignature) else { return false }
            return k.isValidSignature(s, for: message)
        }
    }

    /// Verifies a DER ECDSA signature over a message hashed with an explicit hash (X.509 signatures).
    func isValid(derSignature: [UInt8], message: [UInt8], hash: CertificateHash) -> Bool {
        switch self {
        case .p256(let k):
            guard let s = try? P256.Signing.ECDSASignature(derRepresentation: derSignature) else { return false }
            switch hash {
            case .sha256: return k.isValidSignature(s, for: Crypto.SHA256.hash(data: message))
            case .sha384: return k.isValidSignature(s, for: SHA384.hash(data: message))
            case .sha512: return k.isValidSignature(s, for: SHA512.hash(data: message))
            }
        case .p384(let k):
            guard let s = try? P384.Signing.ECDSASignature(derRepresentation: derSignature) else { return false }
            switch hash {
            case .sha256: return k.isValidSignature(s, for: Crypto.SHA256.hash(data: message))
            case .sha384: return k.isValidSignature(s, for: SHA384.hash(data: message))
            case .sha512: return k.isValidSignature(s, for: SHA512.hash(data: message))
            }
        case .p521(let k):
            guard let s = try? P521.Signing.ECDSASignature(derRepresentation: derSignature) else { return false }
            switch hash {
            case .sha256: return k.isValidSignature(s, for: Crypto.SHA256.hash(data: message))
            case .sha384: return k.isValidSignature(s, for: SHA384.hash(data: message))
            case .sha512: return k.isValidSignature(s, for: SHA512.hash(data: message))
            }
        }
    }
}

enum CertificateHash { case sha256, sha384, sha512 }

/// An ECDSA private key for `sign-model`.
public enum ECPrivateKey: Sendable {
    case p256(P256.Signing.PrivateKey)
    case p384(P384.Signing.PrivateKey)
    case p521(P521.Signing.PrivateKey)

    /// Reads a PEM `EC PRIVATE KEY` (SEC 1) or unencrypted `PRIVATE KEY` (PKCS #8).
    public init(pem text: String) throws(KeyError) {
        let blocks = PEM.decode(text)
        if blocks.contains(where: { $0.label == "ENCRYPTED PRIVATE KEY" }) || text.contains("Proc-Type: 4,ENCRYPTED") {
            throw KeyError("encrypted private keys are not supported; decrypt it first (openssl ec -in KEY -out PLAIN)")
        }
        guard let block = blocks.first(where: { $0.label == "EC PRIVATE KEY" || $0.label == "PRIVATE KEY" }) else {
            throw KeyError("no PEM `EC PRIVATE KEY` or `PRIVATE KEY` block found")
        }
        let pem = PEM.encode(block.der, label: block.label)
        if let k = try? P256.Signing.PrivateKey(pemRepresentation: pem) { self = .p256(k); return }
        if let k = try? P384.Signing.PrivateKey(pemRepresentation: pem) { self = .p384(k); return }
        if let k = try? P521.Signing.PrivateKey(pemRepresentation: pem) { self = .p521(k); return }
        throw KeyError("not an EC private key on P-256, P-384 or P-521")
    }

    /// A new random key (tests, examples).
    public static func generate(curve: String = "P-256") -> ECPrivateKey {
        switch curve {
        case "P-384": return .p384(P384.Signing.PrivateKey())
        case "P-521": return .p521(P521.Signing.PrivateKey())
        default: return .p256(P256.Signing.PrivateKey())
        }
    }

    /// PKCS #8 PEM.
    public var pemRepresentation: String {
        switch self {
        case .p256(let k): return k.pemRepresentation
        case .p384(let k): return k.pemRepresentation
        case .p521(let k): return k.pemRepresentation
        }
    }

    public var publicKey: ECPublicKey {
        switch self {
        case .p256(let k): return .p256(k.publicKey)
        case .p384(let k): return .p384(k.publicKey)
        case .p521(let k): return .p521(k.publicKey)
        }
    }

    /// DER ECDSA signature over `message` hashed with the curve's hash.
    public func sign(_ message: [UInt8]) throws -> [UInt8] {
        switch self {
        case .p256(let k): return Array(try k.signature(for: message).derRepresentation)
        case .p384(let k): return Array(try k.signature(for: message).derRepresentation)
        case .p521(let k): return Array(try k.signature(for: message).derRepresentation)
        }
    }
}

public struct KeyError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ d: String) { description = d }
}

/// RFC 7468 PEM blocks.
public enum PEM {
    public struct Block: Sendable { public var label: String; public var der: [UInt8] }

    /// Every well-formed block in `text`, in order; malformed blocks are skipped.
    public static func decode(_ text: String) -> [Block] {
        var out: [Block] = []
        var label: String?
        var body = ""
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.hasPrefix("-----BEGIN "), line.hasSuffix("-----") {
                label = String(line.dropFirst(11).dropLast(5))
                body = ""
            } else if line.hasPrefix("-----END "), line.hasSuffix("-----") {
                if let l = label, String(line.dropFirst(9).dropLast(5)) == l, let d = Data(base64Encoded: body) {
                    out.append(Block(label: l, der: Array(d)))
                }
                label = nil
            } else if label != nil, !line.contains(":") {
                body += line
            }
            if out.count > 1000 { break }
        }
        return out
    }

    public static func encode(_ der: [UInt8], label: String) -> String {
        let b64 = Data(der).base64EncodedString()
        var out = "-----BEGIN \(label)-----\n"
        var i = b64.startIndex
        while i < b64.endIndex {
            let j = b64.index(i, offsetBy: 64, limitedBy: b64.endIndex) ?? b64.endIndex
            out += b64[i..<j] + "\n"
            i = j
        }
        return out + "-----END \(label)-----\n"
    }
}
