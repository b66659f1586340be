import Testing
@testable import BulwarkSigning

/// RFC 7693 Appendix A, and Python hashlib.blake2b on block-boundary lengths.
@Suite struct BLAKE2bTests {
    func hex(_ b: [UInt8]) -> String { FileHashing.hex(b) }

    @Test func rfc7693Abc() {
        #expect(hex(BLAKE2b.hash(Array("abc".utf8))) == "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")
    }

    @Test func quickBrownFox() {
        #expect(hex(BLAKE2b.hash(Array("The quick brown fox jumps over the lazy dog".utf8))) == "a8add4bdddfd93e4877d2746e62817b116364a1fa7bc148d95090bc7333b3673f82401cf7aa2e4cb1ecd90296e3f14cb5413f8ed77be73045b13914cdcd6a918")
    }

    @Test(arguments: [
        (0, "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce"),
        (1, "2fa3f686df876995167e7c2e5d74c4c7b6e48f8068fe0e44208344d480f7904c36963e44115fe3eb2a3ac8694c28bcb4f5a0f3276f2e79487d8219057a506e4b"),
        (127, "b6292669ccd38d5f01caae96ba272c76a879a45743afa0725d83b9ebb26665b731f1848c52f11972b6644f554c064fa90780dbbbf3a89d4fc31f67df3e5857ef"),
        (128, "2319e3789c47e2daa5fe807f61bec2a1a6537fa03f19ff32e87eecbfd64b7e0e8ccff439ac333b040f19b0c4ddd11a61e24ac1fe0f10a039806c5dcc0da3d115"),
        (129, "f59711d44a031d5f97a9413c065d1e614c417ede998590325f49bad2fd444d3e4418be19aec4e11449ac1a57207898bc57d76a1bcf3566292c20c683a5c4648f"),
        (255, "fe2c02da499516b0e9fb2dd70c49eb3629039f632e20a880946fb7bc97a7ab09deb7d48774d7f0648141c9d9ede19ae6e0dbf07863a128cf4b00195f0f179f74"),
        (256, "93463ac058b6163eb43be3f5bb32b28541498f4e3366f1effe253ad44e1e076e41c3616046027c82a7124f8f4746668ad10b12e8e25a95ac8f3151df01cd5a93"),
        (1000, "c11e1c0340bd7e5a1b275f1230c962fad215ecb1391486e74e31b960a2f2996381a5fad092da06841d5f26e38f6ecfeaf441acbcd1c2de61aef121e7927175f5"),
    ])
    func blockBoundaries(length: Int, expected: String) {
        let data = (0..<length).map { UInt8($0 % 251) }
        #expect(hex(BLAKE2b.hash(data)) == expected)
        // Same digest when fed in odd pieces.
        var b = BLAKE2b()
        var i = 0
        var step = 1
        while i < data.count {
            let j = min(data.count, i + step)
            b.update(data[i..<j])
            i = j
            step = step * 3 % 200 + 1
        }
        #expect(hex(b.finalize()) == expected)
    }
}
