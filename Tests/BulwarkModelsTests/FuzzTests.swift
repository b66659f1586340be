import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Foundation
import Testing

/// Deterministic generator (SplitMix64) so that a failing mutation can be replayed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func mutate(_ seed: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
    var b = seed
    let edits = Int.random(in: 1...8, using: &rng)
    for _ in 0..<edits {
        guard !b.isEmpty else { b = [UInt8.random(in: 0...255, using: &rng)]; continue }
        let i = Int.random(in: 0..<b.count, using: &rng)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: b[i] = UInt8.random(in: 0...255, using: &rng)
        case 1: b[i] ^= 1 << UInt8.random(in: 0...7, using: &rng)
        case 2: b.remove(at: i)
        case 3: b.insert(UInt8.random(in: 0...255, using: &rng), at: i)
        case 4: b.removeSubrange(i...)
        default:
            let j = Int.random(in: 0..<b.count, using: &rng)
            let n = min(16, b.count - j)
            b.insert(contentsOf: b[j..<(j + n)], at: i)
        }
    }
    return b
}

@Suite("fuzz: seeded random mutations never crash or hang")
struct FuzzTests {
    static let seeds: [[UInt8]] = [
        PickleExamples.stateDict, PickleExamples.osSystem, PickleComputedGlobalRule.rot13StackGlobal,
        PickleBuilder.torchStateDict(protocol: 4), PickleUnknownGlobalRule.customClass,
    ]

    func run(_ name: String, seeds: [[UInt8]], iterations: Int, seed: UInt64, _ body: ([UInt8]) -> Void) {
        var rng = SeededRandom(state: seed)
        let start = Date()
        for i in 0..<iterations {
            let input = mutate(seeds[i % seeds.count], &rng)
            body(input)
        }
        #expect(Date().timeIntervalSince(start) < 60, "\(name) fuzzing took too long")
    }

    @Test func pickleMachine() {
        var total = 0
        run("pickle", seeds: Self.seeds, iterations: 4000, seed: 1) { b in
            let a = PickleMachine.analyze(b)
            total += a.opcodeCount
            _ = PickleJudge(policy: PicklePolicy(), a: a).facts()
            if let r = a.results.first { _ = a.render(r) }
        }
        #expect(total > 0)
    }

    @Test func randomBytesAsPickle() {
        var rng = SeededRandom(state: 7)
        var anomalies = 0
        for _ in 0..<2000 {
            let n = Int.random(in: 0..<200, using: &rng)
            let b = [0x80, 4] + (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
            anomalies += PickleMachine.analyze(b).anomalies.count
        }
        #expect(anomalies > 0)
    }

    @Test func zipReaderAndInspector() {
        let seeds = [ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict), ArchivePathTraversalRule.traversal,
                     ArchiveZipTamperingRule.crcTrick, FormatBuilders.keras(config: FormatBuilders.kerasLambdaConfig)]
        var parsed = 0
        run("zip", seeds: seeds, iterations: 1500, seed: 2) { b in
            if (try? ZipReader.read(MemoryBytes(b))) != nil { parsed += 1 }
            _ = scanModel(b, path: "m.pt")
        }
        #expect(parsed > 0)
    }

    @Test func inflate() {
        let seeds = [zlibStored(PickleExamples.stateDict),
                     hexBytes("78dacb48cdc9c957c8cd4f49cd5128cf2fca4951c8181519151915a1a308032313330b2b1b3b072717370f2f1fbf80a090b088a898b884a494b48cac9cbc82a292b28aaa9aba86a696b68eae9ebe81a191b189a999b985a595b58dad9dbd83a393b38bab9bbb87a797b78faf9f7f4060507048685878446454744c6c5c7c426252724a6a5a7a466656764e6e5e7e4161517149695979456555754d6d5d7d436353734b6b5b7b476757774f6f5fff848993264f993a6dfa8c99b366cf993b6ffe82858b162f59ba6cf98a95ab56af59bb6efd868d9b366fd9ba6dfb8e9dbb76efd9bb6fff8183870e1f397aecf88993a74e9f397beefc858b972e5fb97aedfa8d9bb76edfb97beffe83878f1e3f79faecf98b97af5ebf79fbeefd878f9f3e7ff9faedfb8f9fbf7efff9fbef3f0072eecd5a")]
        var ok = 0
        run("inflate", seeds: seeds, iterations: 3000, seed: 3) { b in
            if let r = try? Inflate.zlib(b, maxOutput: 1 << 20) { ok += 1; #expect(r.output.count <= 1 << 20) }
        }
        #expect(ok >= 0)
    }

    @Test func gguf() {
        let seeds = [FormatBuilders.gguf(strings: [("general.architecture", "llama"), ("tokenizer.chat_template", "{{ x }}")])]
        var strings = 0
        run("gguf", seeds: seeds, iterations: 3000, seed: 4) { b in
            strings += GGUFReader.read(MemoryBytes(b)).strings.count
        }
        #expect(strings > 0)
    }

    @Test func safetensors() {
        let seeds = [FormatBuilders.tinySafetensors]
        var problems = 0
        run("safetensors", seeds: seeds, iterations: 3000, seed: 5) { b in
            problems += SafetensorsHeader.validate(MemoryBytes(b)).count
        }
        #expect(problems > 0)
    }

    @Test func protobufAndNpy() {
        let seeds = [FormatBuilders.onnx(externalLocation: "../x"), FormatBuilders.savedModel(ops: ["ReadFile"]),
                     NumpyObjectArrayRule.npy(descr: "|O", body: PickleExamples.osSystem)]
        var findings = 0
        run("proto", seeds: seeds, iterations: 2000, seed: 6) { b in
            findings += scanModel(b, path: "m.onnx").count
        }
        #expect(findings > 0)
    }
}
