import BulwarkCore
import Foundation

/// The state of a pass at one point of the text, reduced to what can still change its findings.
///
/// Keyword occurrences arrive in order of their end, so after an occurrence that ends at `position`
/// every later one starts at or after `position - maxKeyword` (the horizon). A skip offset at or
/// before the horizon (`frontier`, the generic rule's examined stretch, `ScanMemo.examined`) skips
/// nothing any more, and a token run that ends before it is never reused: two states that agree on
/// everything past the horizon report the same candidates from there on. The look-around caches
/// of `ScanMemo` are not part of it: they answer every query as a fresh scan would.
struct Snapshot: Sendable {
    /// How many candidates the pass had found at this point.
    let hitCount: Int
    let horizon: Int
    /// `(pattern, skip offset)` past the horizon, by pattern.
    let frontier: [Int]
    /// `(pattern, from, end, done, covered)` of the token runs that reach the horizon, by pattern.
    let runs: [Int]
    let generic: Int
    let examined: [String: Int]

    init(position: Int, maxKeyword: Int, hitCount: Int, frontier: [Int], runs: [SecretEngine.TokenRun],
         generic: Int, examined: [String: Int]) {
        let h = position - maxKeyword
        self.hitCount = hitCount
        self.horizon = h
        var f: [Int] = []
        for (p, v) in frontier.enumerated() where v > h { f += [p, v] }
        self.frontier = f
        var r: [Int] = []
        for (p, run) in runs.enumerated() where run.end >= h || run.covered > h {
            r += [p, run.from, run.end, run.done ? 1 : 0, run.covered]
        }
        self.runs = r
        self.generic = generic > h ? generic : 0
        self.examined = examined.filter { $0.value > h }
    }

    /// Whether the two passes, at the same point of the text, will report the same candidates from here on.
    func sameFuture(_ o: Snapshot) -> Bool {
        horizon == o.horizon && frontier == o.frontier && runs == o.runs && generic == o.generic && examined == o.examined
    }
}

/// Per-chunk results written by the chunk threads.
final class ChunkResults<T: Sendable>: @unchecked Sendable {
    private var items: [T]
    private let lock = NSLock()
    init(_ items: [T]) { self.items = items }
    func set(_ i: Int, _ v: T) { lock.lock(); items[i] = v; lock.unlock() }
    var all: [T] { lock.lock(); defer { lock.unlock() }; return items }
}

extension SecretEngine {
    /// How `scanParallel` cuts a text (tests use small values to put many borders in a short text).
    public struct ChunkPlan: Sendable {
        /// Upper bound on the number of chunks (scanned at the same time).
        public var chunks: Int
        /// No chunk is shorter than this (bytes).
        public var minChunk: Int
        /// Each chunk after the first starts this many bytes before its border, so that its state
        /// has settled by the time it reaches it.
        public var margin: Int
        /// The states of two neighbouring chunks are compared at `syncPoints` points `syncStride`
        /// bytes apart, from the border on.
        public var syncStride: Int
        public var syncPoints: Int

        public init(chunks: Int, minChunk: Int = 4 << 20, margin: Int = 64 << 10, syncStride: Int = 1024, syncPoints: Int = 64) {
            self.chunks = chunks
            self.minChunk = minChunk
            self.margin = margin
            self.syncStride = syncStride
            self.syncPoints = syncPoints
        }

        /// One chunk per processor, for texts of at least two `minChunk`s.
        public static var automatic: ChunkPlan { ChunkPlan(chunks: processors) }

        /// Read once per process: this plan is made for every scanned file, and Foundation's
        /// `activeProcessorCount`, which reads the cgroup files anew at every call, was 7% of a secrets
        /// scan of a 10,000-file tree (session 13).
        static let processors = min(8, ProcessorCount.active)
    }

    /// How a parallel scan ended (for tests).
    public struct ParallelOutcome: Sendable {
        /// Chunks scanned at the same time (1 when the text was too short to split).
        public var chunks = 1
        /// Whether a neighbouring pair never reached the same state, so the text was scanned again in one pass.
        public var fellBack = false
    }

    /// The same candidates as `scan(_:path:)`, found by several threads on one long text.
    ///
    /// The text is cut at `chunks - 1` borders. Chunk `j` runs the ordinary pass from `margin` bytes
    /// before its border (its state is then unknown, but settles within a few hundred bytes: every
    /// matcher's memory is bounded) through the next border and `syncPoints * syncStride` bytes past
    /// it, recording its state (`Snapshot`) at each sync point; chunk `j + 1` records its own at the
    /// same points. At the first point where the two states agree, the rest of chunk `j + 1`'s pass is
    /// exactly what chunk `j`'s would have been, so chunk `j`'s candidates up to that point and chunk
    /// `j + 1`'s after it are the single pass's candidates, in the same order. If a pair never
    /// agrees (a text built to keep some matcher's state out of step), the whole text is scanned
    /// again in one pass: the result is always the single pass's.
    public func scanParallel(_ bytes: [UInt8], path: String, plan: ChunkPlan = .automatic, work: inout Work,
                             outcome: inout ParallelOutcome) -> [SecretHit] {
        let n = bytes.count
        let span = max(plan.minChunk, 2 * plan.syncStride * plan.syncPoints, 1)
        let k = max(1, min(plan.chunks, n / span))
        outcome = ParallelOutcome(chunks: k)
        guard k > 1, plan.syncPoints > 0, plan.syncStride > 0 else { return scan(bytes, path: path, work: &work) }
        let margin = max(plan.margin, maxKeywordLength)
        let borders = (0...k).map { $0 * (n / k) }
        let points = (0...k).map { j in (0..<plan.syncPoints).map { borders[j] + $0 * plan.syncStride } }
        struct Chunk: Sendable {
            var hits: [SecretHit] = []
            var entry: [Snapshot] = []
            var exit: [Snapshot] = []
            var keywordHits = 0, matcherCalls = 0, examined = 0
        }
        let results = ChunkResults(Array(repeating: Chunk(), count: k))
        let scanChunk: @Sendable (Int) -> Void = { j in
            let entryPoints = j == 0 ? [] : points[j]
            let exitPoints = j == k - 1 ? [] : points[j + 1]
            var state = PassState()
            var snapshots: [Snapshot] = []
            pass(bytes, path: path, from: j == 0 ? 0 : max(0, borders[j] - margin), checkpoints: entryPoints + exitPoints,
                 stops: j < k - 1, state: &state, snapshots: &snapshots)
            var w = Work()
            state.add(to: &w)
            let c = Chunk(hits: state.hits, entry: Array(snapshots.prefix(entryPoints.count)),
                          exit: Array(snapshots.dropFirst(entryPoints.count)),
                          keywordHits: w.keywordHits, matcherCalls: w.matcherCalls, examined: w.examinedBytes)
            results.set(j, c)
        }
        // Threads of their own: the scanner's workers already fill the dispatch pool, and a nested
        // `concurrentPerform` runs its iterations one after another on the calling thread.
        let done = DispatchGroup()
        for j in 1..<k {
            done.enter()
            let t = Thread {
                scanChunk(j)
                done.leave()
            }
            t.stackSize = 8 << 20
            t.start()
        }
        scanChunk(0)
        done.wait()
        let chunks = results.all
        for c in chunks {
            work.keywordHits += c.keywordHits
            work.matcherCalls += c.matcherCalls
            work.examinedBytes += c.examined
        }
        var hits: [SecretHit] = []
        var from = 0 // where chunk j's own candidates begin in its list
        for j in 0..<k {
            var upTo = chunks[j].hits.count
            var nextFrom = 0
            if j < k - 1 {
                let a = chunks[j].exit, b = chunks[j + 1].entry
                guard let i = (0..<min(a.count, b.count)).first(where: { a[$0].sameFuture(b[$0]) }) else {
                    outcome.fellBack = true
                    return scan(bytes, path: path, work: &work)
                }
                upTo = a[i].hitCount
                nextFrom = b[i].hitCount
            }
            hits += chunks[j].hits[from..<upTo]
            from = nextFrom
        }
        return Self.resolveOverlaps(hits, patterns: patterns)
    }

    public func scanParallel(_ bytes: [UInt8], path: String, plan: ChunkPlan = .automatic) -> [SecretHit] {
        var work = Work()
        var outcome = ParallelOutcome()
        return scanParallel(bytes, path: path, plan: plan, work: &work, outcome: &outcome)
    }
}
