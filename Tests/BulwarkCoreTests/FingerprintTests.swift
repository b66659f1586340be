import BulwarkCore
import Testing

/// Fingerprints are stored in baselines: their value must never change. Expected values are
/// SHA-256 of the parts, each followed by a zero byte, first 32 hex digits (computed with Python's hashlib).
@Test func fingerprintValuesAreStable() {
    #expect(Fingerprint.make(ruleID: "pickle-dangerous-call", location: Location(path: "models/a.pkl"), anchor: "call:os.system")
            == "d433d963a75c829c5f906e3199e3d66e")
    // Archive member and logical path; an anchor long enough to cross a 64-byte block.
    let loc = Location(path: "p", archiveMember: "archive/data.pkl", logicalPath: "jobs.build.steps[0]")
    #expect(Fingerprint.make(ruleID: "r", location: loc, anchor: String(repeating: "x", count: 70)) == "f2e3a4e59fda249945e7d03fc9cfc02c")
}

@Test func sha256HexDigestMatchesFinalize() {
    // Inputs of every length around the block and padding boundaries, fed whole and byte by byte.
    let data = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    for n in [0, 1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 200] {
        var whole = SHA256()
        whole.update(data[0..<n])
        var bytewise = SHA256()
        for b in data[0..<n] { bytewise.update(byte: b) }
        let expected = SHA256.hash(data[0..<n]).hexString
        #expect(whole.finalizeHex() == expected, "length \(n)")
        #expect(bytewise.finalize().hexString == expected, "length \(n)")
    }
    // Python's hashlib on the same bytes.
    let known = [55: "8aa994584139d128848eeebc4e815639ba5ab6e6e39574195a63ac4f14f7c43b",
                 56: "ad574708f75c044c9b85de64cb568ee7711ff4f36448c6242f053ba8f6cc2b63",
                 64: "c6ab9724ade5b6a7a1edfffb12f3aa9181351355af8fd08c919952ad211339dd",
                 119: "3d610547d68216dedf7435a4fb6260353911f6b3fd3f18805ddb8be285d726fe",
                 200: "44cae5223d431caed4a9e32271d6abf17c3f2f4abac45fcdb48a99fcc6072a09"]
    for (n, hex) in known {
        var s = SHA256()
        for b in data[0..<n] { s.update(byte: b) }
        #expect(s.finalizeHex() == hex, "length \(n)")
    }
    var h = SHA256()
    h.update(string: "abc")
    #expect(h.finalizeHex(byteCount: 4) == "ba7816bf")
}
