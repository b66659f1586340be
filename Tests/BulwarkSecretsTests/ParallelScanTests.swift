@testable import BulwarkSecrets
import Testing

/// `SecretEngine.scanParallel` must report exactly what the single pass reports, wherever the
/// chunk borders fall: inside a secret, inside a keyword, inside an assignment whose value lies in
/// the next chunk.
enum ParallelScanCorpus {
    /// Every catalog pattern's sample and extra examples (hits and misses), one text after another.
    static let texts: [String] = {
        var out: [String] = []
        for p in SecretCatalog.patterns {
            let s = p.sample(FakeSecrets.seed(p.id) &+ 3000)
            if !s.isEmpty { out.append("\(p.envName) = \"\(s)\"") }
            for (_, text) in p.extraHits + p.extraMisses {
                out.append(text.replacingOccurrences(of: "{S}", with: p.sample(FakeSecrets.seed(p.id) &+ 4000)))
            }
        }
        return out
    }()

    /// The corpus as a file of many lines.
    static let lines: [UInt8] = Array(texts.joined(separator: "\n").utf8)
    /// The corpus on one line (a minified file).
    static let oneLine: [UInt8] = Array(texts.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: " , ").utf8)

    /// What a scan reported, comparably.
    static func keys(_ hits: [SecretHit]) -> [String] {
        hits.map { "\($0.patternIndex) \($0.range.lowerBound) \($0.range.upperBound) \($0.secret) \(String(describing: $0.verdict.severity)) \($0.verdict.detail ?? "")" }
    }

    /// Chunk plans that put borders at many different offsets.
    static let plans: [SecretEngine.ChunkPlan] = [
        .init(chunks: 2, minChunk: 1 << 10, margin: 256, syncStride: 16, syncPoints: 16),
        .init(chunks: 3, minChunk: 1_531, margin: 512, syncStride: 7, syncPoints: 64),
        .init(chunks: 7, minChunk: 2_039, margin: 1_000, syncStride: 64, syncPoints: 8),
        .init(chunks: 16, minChunk: 4_093, margin: 4_096, syncStride: 31, syncPoints: 32),
        .init(chunks: 2, minChunk: 1 << 10, margin: 20 << 10, syncStride: 256, syncPoints: 16),
    ]
}

struct NamedText: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    var testDescription: String { name }
}

@Test("a parallel scan reports what the single pass reports, on every catalog example, wherever the borders fall",
      arguments: [NamedText(name: "many lines", bytes: ParallelScanCorpus.lines), NamedText(name: "one line", bytes: ParallelScanCorpus.oneLine)])
func parallelScanMatchesSinglePass(_ input: NamedText) {
    let (name, bytes) = (input.name, input.bytes)
    let engine = SecretCatalog.engine
    let single = engine.scan(bytes, path: "config/all.txt")
    #expect(single.count > 300, "\(name): the corpus should hold hundreds of findings, got \(single.count)")
    var crossing = 0
    for plan in ParallelScanCorpus.plans {
        var work = SecretEngine.Work()
        var outcome = SecretEngine.ParallelOutcome()
        let parallel = engine.scanParallel(bytes, path: "config/all.txt", plan: plan, work: &work, outcome: &outcome)
        #expect(outcome.chunks > 1, "\(name): plan \(plan) did not split \(bytes.count) bytes")
        let borders = (1..<outcome.chunks).map { $0 * (bytes.count / outcome.chunks) }
        // A chunk that starts inside a long secret (a PEM key of a few KiB, with a test plan's margin
        // of 256 bytes) cannot know the pass before it skips to that secret's end, so its state cannot
        // agree at any sync point inside the secret: falling back is right only then.
        let margin = max(plan.margin, engine.maxKeywordLength)
        let lastSync = plan.syncStride * (plan.syncPoints - 1)
        let unsyncable = single.contains { h in
            borders.contains { h.range.lowerBound < $0 - margin && h.range.upperBound > $0 + lastSync }
        }
        // A secret that starts before the chunk and ends inside the sync window leaves its matcher's state (the
        // stretch it examined) open at the first sync points: the chunks may or may not agree after it ends, and
        // either is right. Elsewhere the chunks must agree without rescanning.
        let straddles = single.contains { h in
            borders.contains { h.range.lowerBound < $0 - margin && h.range.upperBound > $0 - margin }
        }
        if unsyncable { #expect(outcome.fellBack, "\(name): plan \(plan): a secret covers a whole sync window, yet the chunks agreed") }
        if !straddles { #expect(!outcome.fellBack, "\(name): plan \(plan) fell back with no secret across the chunk's start") }
        #expect(ParallelScanCorpus.keys(parallel) == ParallelScanCorpus.keys(single), "\(name): plan \(plan)")
        // Findings that straddle a border (the case the chunks' overlap exists for).
        crossing += single.filter { h in borders.contains { h.range.lowerBound < $0 && $0 < h.range.upperBound } }.count
    }
    #expect(crossing >= 3, "\(name): only \(crossing) findings straddle a border; the test would not show the overlap works")
}

@Test("a parallel scan reports what the single pass reports on hostile single lines", arguments: HostileLines.named)
func parallelScanMatchesOnHostileLines(_ shape: HostileLines.Shape) {
    let bytes = shape.make(96 << 10)
    let single = ParallelScanCorpus.keys(SecretCatalog.engine.scan(bytes, path: "data/export.json"))
    for plan in ParallelScanCorpus.plans.prefix(3) {
        var work = SecretEngine.Work()
        var outcome = SecretEngine.ParallelOutcome()
        let parallel = SecretCatalog.engine.scanParallel(bytes, path: "data/export.json", plan: plan, work: &work, outcome: &outcome)
        #expect(outcome.chunks > 1)
        #expect(ParallelScanCorpus.keys(parallel) == single, "\(shape.name): plan \(plan), fell back: \(outcome.fellBack)")
    }
}

@Test("chunks whose states never agree fall back to one pass, with the same findings")
func parallelScanFallsBack() {
    // A generic assignment whose quoted value holds `token = <value>` and runs past the border: the
    // single pass skips that inner keyword (it lies inside the value it has examined), the chunk that
    // starts between the two keywords does not know it is inside a value and would report the inner
    // one. Their states differ at the only sync point, so the text is scanned again in one pass.
    var s = String(repeating: "x ", count: 600)
    s += "SERVICE_TOKEN = \"" + FakeSecrets.string(.base62, count: 40, seed: 5) + " token"
    let border = s.utf8.count - 2
    s += " = " + FakeSecrets.string(.base62, count: 40, seed: 6) + " end\"\n"
    s += String(repeating: "y", count: 2 * border - s.utf8.count)
    let bytes = Array(s.utf8)
    #expect(bytes.count / 2 == border)
    let plan = SecretEngine.ChunkPlan(chunks: 2, minChunk: 1 << 10, margin: 30, syncStride: 8, syncPoints: 1)
    var work = SecretEngine.Work()
    var outcome = SecretEngine.ParallelOutcome()
    // Without the fallback, the second chunk's finding would be spliced in: show that it exists.
    var state = SecretEngine.PassState()
    var snapshots: [Snapshot] = []
    SecretCatalog.engine.pass(bytes, path: "config/app.env", from: border - 30, checkpoints: [], stops: false, state: &state, snapshots: &snapshots)
    #expect(state.hits.count == 1, "the chunk alone should report the inner value")
    let parallel = SecretCatalog.engine.scanParallel(bytes, path: "config/app.env", plan: plan, work: &work, outcome: &outcome)
    let single = SecretCatalog.engine.scan(bytes, path: "config/app.env")
    #expect(outcome.chunks == 2)
    #expect(outcome.fellBack)
    #expect(single.isEmpty)
    #expect(ParallelScanCorpus.keys(parallel) == ParallelScanCorpus.keys(single))
}

@Test("short texts are scanned in one pass")
func parallelScanKeepsShortTextsWhole() {
    var work = SecretEngine.Work()
    var outcome = SecretEngine.ParallelOutcome()
    _ = SecretCatalog.engine.scanParallel(ParallelScanCorpus.lines, path: "config/all.txt", plan: .automatic, work: &work, outcome: &outcome)
    #expect(outcome.chunks == 1)
    #expect(work.keywordHits > 0)
}

