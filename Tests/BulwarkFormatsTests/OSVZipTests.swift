import BulwarkFormats
import Foundation
import Testing

@Test func osvZipReadsStoredAndDeflatedMembers() throws {
    let zip = Array(Data(base64Encoded: "UEsDBBQAAAAIAAAAIQAPZsihZQAAAEQBAAAPAAAATUFMLTIwMjUtMS5qc29uq1bKTFGyUlDydfTRNTIwMtU1VNJRUEpMS0tNLkkFyURXKxUkJmcnpqcCOdVKqcn5xZXFJam5IE15Bbkg1XmJuSBJpdSyzBylWqBAWWpRcWZ+XjFIu5KhnoGegVJsbWxt9TC1CwBQSwMEFAAAAAAAAAAhAAAAAAAAAAAAAAAAAAQAAABkaXIvUEsDBBQAAAAAAAAAIQBD5SKDHQAAAB0AAAALAAAAR0hTQS0xLmpzb257ImlkIjoiR0hTQS0xIiwiYWZmZWN0ZWQiOltdfVBLAQIUAxQAAAAIAAAAIQAPZsihZQAAAEQBAAAPAAAAAAAAAAAAAACAAQAAAABNQUwtMjAyNS0xLmpzb25QSwECFAMUAAAAAAAAACEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAgAGSAAAAZGlyL1BLAQIUAxQAAAAAAAAAIQBD5SKDHQAAAB0AAAALAAAAAAAAAAAAAACAAbQAAABHSFNBLTEuanNvblBLBQYAAAAAAwADAKgAAAD6AAAAAAA=")!)
    var names: [String] = []
    var sizes: [Int] = []
    try OSVZip.forEachEntry(zip) { name, data in names.append(name); sizes.append(data.count) }
    #expect(names == ["MAL-2025-1.json", "GHSA-1.json"])
    #expect(sizes == [324, 29])
}

@Test func inflateDynamicHuffman() throws {
    let deflated = Array(Data(base64Encoded: "7c9XOxUAAAbgY+8RkcxjlswoJCKKbJWdZBY5nAinQVZWsjKyVyHKLCoyskJDRYXMaAntyKr/4M7zfHfv7UugoqahpaNnYGRiZmFlY+fg3MDFvZGHdxPfZn4BQSFhEaKomLiEpNSWrdLbZGTl5BUUtysp79ipoqq2S323huYeLe29Orr79uvpHzAwNDI2MTUzP3josIWllbWNrd0R+6MOxxydnF1c3Y6fcPc46Uny8iaf8vE97ecfQDlz9tz5wKALwSGhYeEXIyKjomMuxV6Oi09ITLqSnJKadjU9IzMrOyc3L7+g8Nr1ouKSG6VlN2+VV1RWVdfcvlNbd/fe/fqGB41NzS0PW9vaOzofdXX3PH7y9Fnv8xcv+/pfvX4zMDj0dnhkdGx84t3k1PsPHz99nv4yMzv39dv3Hz9//f4zv/B3cWl5ZfUfAX/88ccff/zxxx9//PHHH3/88ccff/zxxx9//PHHH3/88ccff/zxxx9//PHHH3/81+Hf3Y1EIhMpZF+SKxGGYRiGYRiGYRiGYRiGYRiG4bX5Pw==")!)
    let expected = Array((0..<40).flatMap { _ in (0..<256).map { UInt8($0) } }) + Array(String(repeating: "hello world ", count: 500).utf8)
    #expect(try Inflater.inflate(deflated, maxOutput: expected.count) == expected)
    #expect(throws: (any Error).self) { try Inflater.inflate(deflated, maxOutput: 100) }
}

@Test func osvZipSurvivesMutations() {
    let zip = Array(Data(base64Encoded: "UEsDBBQAAAAIAAAAIQAPZsihZQAAAEQBAAAPAAAATUFMLTIwMjUtMS5qc29uq1bKTFGyUlDydfTRNTIwMtU1VNJRUEpMS0tNLkkFyURXKxUkJmcnpqcCOdVKqcn5xZXFJam5IE15Bbkg1XmJuSBJpdSyzBylWqBAWWpRcWZ+XjFIu5KhnoGegVJsbWxt9TC1CwBQSwMEFAAAAAAAAAAhAAAAAAAAAAAAAAAAAAQAAABkaXIvUEsDBBQAAAAAAAAAIQBD5SKDHQAAAB0AAAALAAAAR0hTQS0xLmpzb257ImlkIjoiR0hTQS0xIiwiYWZmZWN0ZWQiOltdfVBLAQIUAxQAAAAIAAAAIQAPZsihZQAAAEQBAAAPAAAAAAAAAAAAAACAAQAAAABNQUwtMjAyNS0xLmpzb25QSwECFAMUAAAAAAAAACEAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAgAGSAAAAZGlyL1BLAQIUAxQAAAAAAAAAIQBD5SKDHQAAAB0AAAALAAAAAAAAAAAAAACAAbQAAABHSFNBLTEuanNvblBLBQYAAAAAAwADAKgAAAD6AAAAAAA=")!)
    var rng = SplitMix64(seed: 0x21B)
    var read = 0
    for _ in 0..<5_000 {
        var input = zip
        for _ in 0..<Int(rng.next() % 3 + 1) {
            let pos = Int(rng.next() % UInt64(input.count))
            input[pos] = UInt8(truncatingIfNeeded: rng.next())
        }
        try? OSVZip.forEachEntry(input) { _, _ in read += 1 }
    }
    #expect(read > 0)
}
