import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Foundation
import Testing

/// Issue 22: the existing fuzzing extended to the container and compression paths a payload can
/// hide behind (tar, gzip, bzip2, xz/lzma). Seeded mutations of small valid containers holding a
/// pickle; each must be scanned without a crash, within time, and the unmutated seeds must still
/// yield the payload (so the harness is known to reach the inner pickle).
@Suite("fuzz: tar and compressed containers")
struct ContainerFuzzTests {
    static let payload = PickleExamples.osSystem

    static var seeds: [(String, [UInt8])] {
        [
            ("model.tar", Shapes.tar([("archive/data.pkl", payload), ("archive/version", Array("3\n".utf8))])),
            ("model.pkl.gz", gzipStored(payload)),
            ("model.joblib", CompressedSamples.logregBz2),
            ("model.joblib", CompressedSamples.logregXz),
            ("model.joblib", CompressedSamples.logregLzma),
            ("model.pt", CompressedSamples.zipBzip2Member),
            ("model.pt", CompressedSamples.zipLzmaMember),
        ]
    }

    @Test func seedsReachTheirPayload() {
        // The tar and gzip seeds carry posix.system; the compressed joblib samples are real models.
        for (name, bytes) in Self.seeds.prefix(2) {
            #expect(scanModel(bytes, path: name).contains { $0.ruleID == "pickle-dangerous-call" }, "\(name)")
        }
    }

    @Test func mutatedContainersNeverCrashOrHang() {
        var rng = SeededRandom(state: 22)
        let seeds = Self.seeds
        let start = Date()
        var findings = 0
        for i in 0..<1400 {
            let (name, seed) = seeds[i % seeds.count]
            let input = mutate(seed, &rng)
            findings += scanModel(input, path: name).count
        }
        #expect(findings > 0)
        #expect(Date().timeIntervalSince(start) < 120, "container fuzzing took too long")
    }

    /// Raw stream decoders straight on mutated bytes, with a small output limit: every stop is
    /// a typed result, never a trap.
    @Test func streamDecodersOnMutatedInput() {
        var rng = SeededRandom(state: 23)
        let seeds: [[UInt8]] = [gzipStored(Self.payload), CompressedSamples.zerosBz2, CompressedSamples.zerosXz,
                                CompressedSamples.logregLzma]
        for i in 0..<1200 {
            let input = mutate(seeds[i % seeds.count], &rng)
            _ = scanModel(input, path: ["a.gz", "a.bz2", "a.xz", "a.lzma"][i % 4])
        }
    }
}
