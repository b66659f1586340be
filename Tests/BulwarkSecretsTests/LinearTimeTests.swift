import BulwarkCore
@testable import BulwarkSecrets
import Foundation
import Testing

/// Hostile single-line inputs: the scan must cost time linear in the input's length, whatever the
/// line length (a 4x longer input may take at most 8x longer, well under the 16x of a quadratic
/// scan), with absolute bounds loose enough for a debug build on a loaded 2-core machine.
enum HostileLines {
    struct Shape: Sendable, CustomTestStringConvertible {
        let name: String
        /// Builds about `n` bytes of the shape on one line.
        let make: @Sendable (Int) -> [UInt8]
        var testDescription: String { name }
    }

    static func repeated(_ unit: String, _ n: Int) -> [UInt8] {
        let u = Array(unit.utf8)
        var b: [UInt8] = []
        b.reserveCapacity(n + u.count)
        while b.count < n { b += u }
        return b
    }

    static func hex(_ n: Int, _ seed: UInt64) -> String { FakeSecrets.hex(n, seed: seed) }

    /// Minified crypto test vectors: key pairs as hex and PEM (escaped newlines), signatures, messages.
    static func cryptoVectors(_ n: Int) -> [UInt8] {
        var s = "{\"algorithm\":\"ECDSA\",\"schema\":\"ecdsa_verify_schema.json\",\"testGroups\":["
        var k: UInt64 = 1
        while s.utf8.count < n {
            let pem = PrivateKeys.samplePEM("PRIVATE KEY", seed: k, markFirst: false).replacingOccurrences(of: "\n", with: "\\n")
            s += "{\"key\":{\"curve\":\"secp256r1\",\"keySize\":256,\"type\":\"EcPrivateKey\",\"private_key\":\"\(hex(64, k))\","
            s += "\"secret\":\"\(hex(64, k &+ 1))\",\"wx\":\"\(hex(64, k &+ 2))\",\"wy\":\"\(hex(64, k &+ 3))\"},"
            s += "\"keyPem\":\"\(pem)\",\"sha\":\"SHA-256\",\"tests\":[{\"tcId\":\(k),\"comment\":\"token signature\","
            s += "\"msg\":\"313233343030\",\"sig\":\"3045\(hex(140, k &+ 4))\",\"result\":\"valid\",\"flags\":[]}]},"
            k += 1
        }
        return Array((s + "]}").utf8)
    }

    /// A minified application export: ids, URLs, keyword-named fields, base64 blobs, JWT-looking strings.
    static func minifiedJSON(_ n: Int) -> [UInt8] {
        var s = "["
        var k: UInt64 = 1
        while s.utf8.count < n {
            s += "{\"id\":\"\(FakeSecrets.uuid(seed: k))\",\"name\":\"user\(k)\",\"token_count\":\(k % 97),"
            s += "\"avatar\":\"https://cdn.example.com/u/\(k).png\",\"password_hint\":\"first pet\",\"api_key_id\":\"key_\(k)\","
            s += "\"session\":\"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ\(hex(12, k))\",\"blob\":\"\(Codecs.base64Encode(Array(hex(48, k).utf8)))\","
            s += "\"input_token_details\":{\"cached_tokens\":\(k % 13)},\"homepage\":\"mongodb://db\(k).internal:27017/app\"},"
            k += 1
        }
        return Array((s + "{}]").utf8)
    }

    static let named: [Shape] = [
        Shape(name: "PEM headers", make: { repeated("-----BEGIN PRIVATE KEY-----", $0) }),
        Shape(name: "RSA PEM headers", make: { repeated("-----BEGIN RSA PRIVATE KEY-----", $0) }),
        Shape(name: "JWT headers", make: { repeated("eyJhbGci.", $0) }),
        Shape(name: "JWT header runs", make: { repeated("eyJhbGcieyJ0eXAi", $0) }),
        Shape(name: "minified crypto test vectors", make: cryptoVectors),
        Shape(name: "minified JSON", make: minifiedJSON),
        Shape(name: "generic assignments", make: { repeated("token=", $0) }),
        Shape(name: "generic names", make: { repeated("secret_token_", $0) }),
        Shape(name: "long token bodies", make: { repeated("ops_eyJ-", $0) }),
        Shape(name: "URL schemes", make: { repeated("postgres://", $0) }),
        Shape(name: "AWS key ids", make: { n in repeated("AKIA" + FakeSecrets.string(.upperBase32, count: 16, seed: 3) + " ", n) }),
        Shape(name: "SAS signatures", make: { repeated("&sig=", $0) }),
        Shape(name: "Sentry hosts", make: { repeated("ingest.sentry.io", $0) }),
        Shape(name: "service account keys", make: { repeated("\"private_key\": \"-----BEGIN ", $0) }),
        Shape(name: "keyed vendor names", make: { repeated("qdrant mistral ", $0) }),
        Shape(name: "Azure OpenAI names", make: { repeated("azure_openai ", $0) }),
        Shape(name: "PuTTY headers", make: { repeated("PuTTY-User-Key-File-Encryption: none", $0) }),
        Shape(name: "OpenAI markers", make: { repeated("T3BlbkFJ", $0) }),
    ]

    /// Seconds to scan `bytes` once.
    static func time(_ bytes: [UInt8]) -> Double {
        let t0 = DispatchTime.now().uptimeNanoseconds
        _ = SecretCatalog.engine.scan(bytes, path: "data/export.json")
        return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    }

    /// The best of `runs` timings (the least disturbed by other processes).
    static func best(_ bytes: [UInt8], runs: Int) -> Double { (0..<runs).map { _ in time(bytes) }.min()! }
}

@Test("a 4x longer hostile line takes at most 8x longer (linear, not quadratic)", arguments: HostileLines.named)
func hostileSingleLineScansInLinearTime(_ shape: HostileLines.Shape) {
    let n = 128 << 10
    let small = shape.make(n), large = shape.make(4 * n)
    _ = HostileLines.time(Array(small.prefix(4096))) // warm the catalog
    var t1 = HostileLines.best(small, runs: 2)
    var t4 = HostileLines.best(large, runs: 2)
    // A floor keeps timer noise on a fast small scan from inflating the ratio.
    var ratio = t4 / max(t1, 0.05)
    // The shapes run in parallel on a shared machine: a ratio past the bar is measured once more, each size
    // again at its best, before it counts (RR15 saw 8.6 once under load; a quadratic scan gives 16).
    if ratio >= 8 {
        t1 = min(t1, HostileLines.best(small, runs: 3))
        t4 = min(t4, HostileLines.best(large, runs: 3))
        ratio = t4 / max(t1, 0.05)
    }
    print(String(format: "secrets linear: %@: %d bytes %.3f s, %d bytes %.3f s", shape.name, n, t1, 4 * n, t4))
    #expect(ratio < 8, "\(shape.name): \(n) bytes \(t1) s, \(4 * n) bytes \(t4) s (ratio \(ratio))")
    // About 0.5 MB in a debug build: seconds at worst (13 s measured for the slowest shape on a
    // loaded machine), never the minutes a quadratic scan took.
    #expect(t4 < 60, "\(shape.name): \(4 * n) bytes took \(t4) s")
}

@Test func everyKeywordRepeatedOnOneLineScansInLinearTime() {
    // Every keyword of the catalog, repeated with each separator: the slowest shapes are measured
    // again at 4x the length.
    var words = Set<String>()
    for p in SecretCatalog.engine.patterns { for k in p.matcher.keywords { words.insert(k) } }
    let separators = ["", ".", "=", " ", "\"", "-"]
    let n = 8 << 10
    var timed: [(Double, String)] = []
    let start = Date()
    for w in words.sorted() {
        for sep in separators {
            timed.append((HostileLines.time(HostileLines.repeated(w + sep, n)), w + sep))
        }
    }
    let sweep = Date().timeIntervalSince(start)
    #expect(sweep < 300, "the sweep of \(timed.count) shapes took \(sweep) s")
    for (_, unit) in timed.sorted(by: { $0.0 > $1.0 }).prefix(6) {
        var t1 = HostileLines.best(HostileLines.repeated(unit, 4 * n), runs: 2)
        var t4 = HostileLines.best(HostileLines.repeated(unit, 16 * n), runs: 2)
        var ratio = t4 / max(t1, 0.05)
        if ratio >= 8 {
            // On a loaded machine one slow moment can push a linear shape past 8 (seen at 8.6 and
            // 8.9 with two builds running); a quadratic one stays near 16 however often it is timed.
            t1 = HostileLines.best(HostileLines.repeated(unit, 4 * n), runs: 5)
            t4 = HostileLines.best(HostileLines.repeated(unit, 16 * n), runs: 5)
            ratio = t4 / max(t1, 0.05)
        }
        #expect(ratio < 8, "`\(unit)` repeated: \(4 * n) bytes \(t1) s, \(16 * n) bytes \(t4) s (ratio \(ratio))")
    }
}

@Test func hostileShapesFindTheSameSecretsAsTheirPrettyPrintedForm() {
    // The minified and pretty-printed crypto vectors hold the same PEM keys: both forms report them.
    let minified = HostileLines.cryptoVectors(64 << 10)
    let pretty = Array(String(decoding: minified, as: UTF8.self).replacingOccurrences(of: "},{", with: "},\n{").utf8)
    func secrets(_ b: [UInt8]) -> [String] {
        SecretCatalog.engine.scan(b, path: "vectors.json").map { SecretCatalog.patterns[$0.patternIndex].id + ":" + $0.secret }.sorted()
    }
    let a = secrets(minified), b = secrets(pretty)
    #expect(!a.isEmpty)
    #expect(a == b)
}

@Test func overlappingCandidatesResolveInLinearTime() {
    // Thousands of valid tokens: overlap resolution must not compare every pair.
    var s = ""
    for k in 0..<4000 { s += "sk_live_" + FakeSecrets.string(.base62, count: 30, seed: UInt64(k)) + " " }
    let t = HostileLines.best(Array(s.utf8), runs: 1)
    let hits = SecretCatalog.engine.scan(Array(s.utf8), path: "keys.txt")
    #expect(hits.count == 4000)
    #expect(t < 20)
}
