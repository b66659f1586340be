import BulwarkCore
import Foundation
import Testing

/// SHA-512, SHA-384 and HMAC against the published test vectors (FIPS 180-4 examples, RFC 4231 case 2 and 6).
private func hex(_ b: [UInt8]) -> String { b.map { String(format: "%02x", $0) }.joined() }

@Test func sha512KnownVectors() {
    #expect(hex(SHA512.hash(Array("abc".utf8))) == "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
    #expect(hex(SHA512.hash([UInt8]())) == "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e")
    // Two blocks (112 bytes: the length no longer fits the first block).
    let two = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    #expect(hex(SHA512.hash(Array(two.utf8))) == "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909")
    #expect(hex(SHA512.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1000))) == "67ba5535a46e3f86dbfbed8cbbaf0125c76ed549ff8b0b9e03e0c88cf90fa634fa7b12b47d77b694de488ace8d9a65967dc96df599727d3292a8d9d447709c97")
    #expect(hex(SHA512.hash384(Array("abc".utf8))) == "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")
}

@Test func hmacKnownVectors() {
    let key = Array("Jefe".utf8), data = Array("what do ya want for nothing?".utf8)
    #expect(hex(HMAC.authenticate(.sha256, key: key, message: data)) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    #expect(hex(HMAC.authenticate(.sha384, key: key, message: data)) == "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649")
    #expect(hex(HMAC.authenticate(.sha512, key: key, message: data)) == "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737")
    // A key longer than the block is hashed first.
    let long = [UInt8](repeating: 0xaa, count: 131)
    #expect(hex(HMAC.authenticate(.sha512, key: long, message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
            == "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598")
    // A wrong key gives another tag.
    #expect(hex(HMAC.authenticate(.sha512, key: Array("Jeff".utf8), message: data)) != "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737")
}
