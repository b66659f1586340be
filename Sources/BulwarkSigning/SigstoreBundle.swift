import BulwarkFormats
import BulwarkReporters
import Foundation

/// The parts of a sigstore bundle (v0.3) that OpenSSF model-signing uses: a DSSE envelope over an
/// in-toto statement, and verification material that is a public-key hint or an X.509 chain.
public struct SigstoreBundle: Sendable {
    public static let mediaType = "application/vnd.dev.sigstore.bundle.v0.3+json"
    static let mediaTypeAlternative = "application/vnd.dev.sigstore.bundle+json;version=0.3"
    public static let inTotoPayloadType = "application/vnd.in-toto+json"

    public var payloadType: String
    public var payload: [UInt8]
    public var signature: [UInt8]
    public var keyHint: String?
    public var certificates: [[UInt8]]
    /// True when the bundle carries a Rekor transparency log entry (keyless Sigstore signing).
    public var hasTransparencyLog: Bool

    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        public var description: String
        init(_ d: String) { description = d }
    }

    public init(payloadType: String = inTotoPayloadType, payload: [UInt8], signature: [UInt8], keyHint: String?, certificates: [[UInt8]] = []) {
        self.payloadType = payloadType
        self.payload = payload
        self.signature = signature
        self.keyHint = keyHint
        self.certificates = certificates
        hasTransparencyLog = false
    }

    /// Parses a bundle. Errors say what is missing or malformed.
    public init(json bytes: [UInt8]) throws(Error) {
        guard bytes.count <= 256 << 20 else { throw Error("the signature file is larger than 256 MiB") }
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch { throw Error("not JSON (\(error))") }
        guard root.members != nil else { throw Error("not a sigstore bundle (top level is not an object)") }
        guard let media = root["mediaType"]?.string else { throw Error("not a sigstore bundle (no mediaType)") }
        guard media == Self.mediaType || media == Self.mediaTypeAlternative else {
            throw Error("unsupported bundle media type `\(media)` (expected \(Self.mediaType))")
        }
        guard let env = root["dsseEnvelope"] else {
            throw Error("the bundle has no dsseEnvelope (a message-signature bundle is not a model signature)")
        }
        guard let pt = env["payloadType"]?.string else { throw Error("dsseEnvelope has no payloadType") }
        guard let p64 = env["payload"]?.string, let p = Data(base64Encoded: p64) else { throw Error("dsseEnvelope payload is missing or not base64") }
        guard let sigs = env["signatures"]?.array, !sigs.isEmpty else { throw Error("dsseEnvelope has no signatures") }
        guard sigs.count == 1 else { throw Error("dsseEnvelope has \(sigs.count) signatures; model-signing uses exactly one") }
        guard let s64 = sigs[0]["sig"]?.string, let s = Data(base64Encoded: s64) else { throw Error("signature is missing or not base64") }
        payloadType = pt
        payload = Array(p)
        signature = Array(s)
        let vm = root["verificationMaterial"]
        keyHint = vm?["publicKey"]?["hint"]?.string
        var certs: [[UInt8]] = []
        if let chain = vm?["x509CertificateChain"]?["certificates"]?.array {
            for c in chain.prefix(32) {
                guard let r = c["rawBytes"]?.string, let d = Data(base64Encoded: r) else { throw Error("a certificate in the bundle is not base64") }
                certs.append(Array(d))
            }
        } else if let r = vm?["certificate"]?["rawBytes"]?.string {
            guard let d = Data(base64Encoded: r) else { throw Error("the bundle certificate is not base64") }
            certs.append(Array(d))
        }
        certificates = certs
        hasTransparencyLog = !(vm?["tlogEntries"]?.array?.isEmpty ?? true)
    }

    /// The bundle as model-signing writes it (compact JSON).
    public func render() -> String {
        var vm: [(String, JSON)] = []
        if certificates.isEmpty {
            vm.append(("publicKey", .object([("hint", .string(keyHint ?? ""))])))
        } else {
            vm.append(("x509CertificateChain", .object([("certificates", .array(certificates.map {
                .object([("rawBytes", .string(Data($0).base64EncodedString()))])
            }))])))
        }
        vm.append(("tlogEntries", .array([])))
        let doc = JSON.object([
            ("mediaType", .string(Self.mediaType)),
            ("verificationMaterial", .object(vm)),
            ("dsseEnvelope", .object([
                ("payload", .string(Data(payload).base64EncodedString())),
                ("payloadType", .string(payloadType)),
                ("signatures", .array([.object([("sig", .string(Data(signature).base64EncodedString())), ("keyid", .string(""))])])),
            ])),
        ])
        return doc.render(indent: 0)
    }

    /// DSSE v1 pre-authentication encoding.
    public static func pae(payloadType: String, payload: [UInt8]) -> [UInt8] {
        Array("DSSEv1 \(payloadType.utf8.count) \(payloadType) \(payload.count) ".utf8) + payload
    }
}
