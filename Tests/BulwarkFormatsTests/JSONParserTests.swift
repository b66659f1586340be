import BulwarkFormats
import Testing

@Test func parsesObjectsWithPositions() throws {
    let doc = try JSONParser.parse("{\n  \"mcpServers\": {\n    \"x\": {\"command\": \"npx\", \"args\": [\"-y\", \"pkg\"]}\n  }\n}")
    let x = doc["mcpServers"]?["x"]
    #expect(x?["command"]?.string == "npx")
    #expect(x?["command"]?.line == 3)
    #expect(x?["args"]?[1]?.string == "pkg")
    #expect(doc.members?.first?.keyLine == 2)
    #expect(doc.members?.first?.keyColumn == 3)
}

@Test func decodesEscapesAndSurrogates() throws {
    let v = try JSONParser.parse(#""a\n\u00e9\ud83d\ude00\"/""#)
    #expect(v.string == "a\né😀\"/")
}

@Test func rejectsMalformedWithPosition() {
    do {
        _ = try JSONParser.parse("{\n \"a\": tru }")
        Issue.record("expected an error")
    } catch {
        #expect(error.line == 2)
    }
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse("[1,]") }
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse("{} x") }
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse("\"\u{01}\"") }
}

@Test func acceptsJSONCWhenAsked() throws {
    let text = "{\n // comment\n \"a\": [1, 2,], /* b */ \"c\": true,\n}"
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse(text) }
    let v = try JSONParser.parse(text, limits: .jsonc)
    #expect(v["c"]?.bool == true)
    #expect(v["a"]?.array?.count == 2)
}

@Test func boundsNesting() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse(deep) }
}

@Test func survivesRandomMutations() {
    var rng = SplitMix64(seed: 0xB01_3A2C)
    let seed = Array(#"{"a": [1, -2.5e3, "x\u0041", true, null, {"b": {}}], "c": "\ud83d\ude00"}"#.utf8)
    for _ in 0..<20_000 {
        var input = seed
        for _ in 0..<Int(rng.next() % 4 + 1) {
            let pos = Int(rng.next() % UInt64(max(input.count, 1)))
            switch rng.next() % 3 {
            case 0: if !input.isEmpty { input[pos] = UInt8(truncatingIfNeeded: rng.next()) }
            case 1: input.insert(UInt8(truncatingIfNeeded: rng.next()), at: min(pos, input.count))
            default: if !input.isEmpty { input.remove(at: pos) }
            }
        }
        _ = try? JSONParser.parse(input, limits: Bool.random(using: &rng) ? .default : .jsonc)
    }
}

/// A small deterministic generator so fuzz runs are repeatable.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
