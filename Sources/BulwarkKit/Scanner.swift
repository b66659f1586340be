import BulwarkCore
import BulwarkSecrets
import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What to scan and how.
public struct ScanOptions: Sendable {
    public var paths: [String]
    public var configuration: Configuration
    /// Family ids to run (empty: all).
    public var only: Set<String> = []
    public var skip: Set<String> = []
    /// Worker threads (defaults to the number of cores, counted only when no number was set: `--jobs 1` reads no
    /// affinity mask or cgroup file).
    public var jobs: Int {
        get { chosenJobs ?? ProcessorCount.active }
        set { chosenJobs = newValue }
    }
    private var chosenJobs: Int?
    /// Fingerprints to leave out of the report.
    public var baseline: Set<String> = []
    /// Also scan every commit reachable from any ref for secrets (`scan --history`).
    public var history = false
    /// Leave out build output and tool caches (`.build/`, `.venv/`, `__pycache__/`, folders with
    /// `pyvenv.cfg` or `CACHEDIR.TAG`); `--no-default-excludes` turns this off.
    public var defaultExcludes = true
    /// When set, only these root-relative files are scanned (for a single root).
    public var onlyPaths: Set<String>? = nil
    /// Lower findings in test, fixture, documentation and example paths (`PathContext`);
    /// `scan --no-path-context` or `path-context: false` in `.bulwark.yml` keeps every severity.
    public var pathContext = true
    /// Tests: scan one-worker runs on the calling thread (true) or on a worker thread (false) whatever the thread;
    /// nil decides by `Scanner.mainThreadHasWorkerStack`.
    var scansOnCallingThread: Bool? = nil

    public init(paths: [String], configuration: Configuration) {
        self.paths = paths
        self.configuration = configuration
    }
}

/// The outcome of a scan, findings in deterministic order.
public struct ScanResult: Sendable {
    public var findings: [Finding]
    public var filesScanned: Int
    public var roots: [String]
    public var suppressedInline: Int
    public var suppressedByBaseline: Int
    public var rules: [RuleDescription]
    public var durationSeconds: Double
    /// Facts the families want stated in the report.
    public var notes: [String]
    /// Folders left out by the default excludes, as `root-relative path` (first root) or
    /// `root/path` for later roots.
    public var skippedFolders: [String] = []
    /// Every walked file: root-relative for the first root, `root/path` for later roots. Jobs built
    /// on a scan (audit, BOM) read this list instead of walking again.
    public var files: [String] = []
    /// The walked files themselves (paths relative to their own root; contents released after the
    /// scan and read again on demand), for jobs that look at files the families did not report on.
    public var sourceFiles: [SourceFile] = []
}

/// Files handed from the walk to the scanning workers as they are found. `next` blocks until a file
/// is available or the walk has finished; each file is returned once, with its walk-order index.
final class FileFeed: Sendable {
    private struct State { var files: [SourceFile] = []; var taken = 0; var finished = false }
    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)

    var count: Int { state.withLock { $0.files.count } }

    func add(_ file: SourceFile) {
        state.withLock { $0.files.append(file) }
        available.signal()
    }

    func finish() {
        state.withLock { $0.finished = true }
        available.signal()
    }

    func next() -> (Int, SourceFile)? {
        while true {
            available.wait()
            let item: (Int, SourceFile)?? = state.withLock { s in
                if s.taken < s.files.count {
                    defer { s.taken += 1 }
                    return .some((s.taken, s.files[s.taken]))
                }
                return s.finished ? .some(nil) : nil
            }
            switch item {
            case .some(.some(let x)): return x
            case .some(.none):
                available.signal()  // wake the next worker so that it sees the end too
                return nil
            case .none: continue
            }
        }
    }
}

/// What the workers of one root's scan gather. A class rather than local `Mutex`/`Atomic` values captured by the
/// workers' closure: such captures are boxed, and destroying the boxes looked up the `AtomicRepresentable`
/// conformances of `Int` and `UInt32` at run time (two scans of every conformance record of the binary) in every scan.
final class ScanTally: Sendable {
    let perFile = Mutex<[Int: [Finding]]>([:])
    let suppressed = Atomic<Int>(0)
    let done = Atomic<Int>(0)
}

/// Runs the families over files: walk, sniff, parse once per family, judge, suppress.
public struct Scanner: Sendable {
    public var families: [any FamilyScanner]

    public init(families: [any FamilyScanner] = Families.all) {
        self.families = families
    }

    /// The enabled families for a set of options.
    public func selectedFamilies(_ options: ScanOptions) -> [any FamilyScanner] {
        families.filter { f in
            (options.only.isEmpty || options.only.contains(f.family) || f.family == "core")
                && !options.skip.contains(f.family)
                && options.configuration.families[f.family]?.enabled != false
        }
    }

    /// Scans every path; throws only for usage problems (a path that does not exist).
    public func scan(_ options: ScanOptions, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> ScanResult {
        let start = Date()
        let active = selectedFamilies(options)
        var allFindings: [Finding] = []
        var filesScanned = 0
        var inlineCount = 0
        var roots: [String] = []
        var skippedFolders: [String] = []
        var walkedPaths: [String] = []
        var walkedFiles: [SourceFile] = []
        // Markers of the selected families only: a family's markers name its own rules, and gathering every
        // family's table set up the workflows family's audit list on a models-only scan.
        let suppressions = InlineSuppressions(foreign: Families.foreignSuppressions(of: active), aliases: { [families] in Self.aliasTable(families) })

        // Resolve every path before scanning any, so a typo fails fast.
        let resolved = try options.paths.map { try FileWalker.root(for: $0) }
        for (root, onlyFile) in resolved {
            roots.append(root.absolutePath)
            var walker = FileWalker(configuration: options.configuration, defaultExcludes: options.defaultExcludes,
                                    onlyPaths: options.onlyPaths)
            // Every walked file is read or released below (`releaseCache`), as `opensFiles` needs.
            walker.opensFiles = active.contains { $0.readsEveryFile }
            let context = ScanContext(configuration: options.configuration, root: root.absolutePath)
            let tally = ScanTally()
            let workers = max(1, min(options.jobs, 256))  // threads are started before the file count is known
            // One file: its families' findings, suppressed and sorted, kept under the file's walk index.
            let scanOne: @Sendable (Int, SourceFile, Int) -> Void = { i, file, seen in
                var found: [Finding] = []
                for fam in active where !options.configuration.isExcluded(file.relativePath, family: fam.family) {
                    guard fam.wants(file) else { continue }
                    found += fam.scan(file, context: context)
                }
                if let reason = file.readError {
                    found.append(Finding(rule: FileWalker.scanErrorRule, message: "could not scan: \(reason)",
                                         location: Location(path: file.relativePath), anchor: "scan-error"))
                }
                if !found.isEmpty {
                    let (kept, dropped) = FindingPipeline.suppress(found, in: file, with: suppressions)
                    tally.suppressed.add(dropped, ordering: .relaxed)
                    // Sorted here, in parallel: the final sort then mostly merges sorted runs.
                    found = kept.sorted(by: Finding.stableOrder)
                    let result = found
                    tally.perFile.withLock { $0[i] = result }
                }
                file.releaseCache()
                let n = tally.done.add(1, ordering: .relaxed).newValue
                progress?(n, seen)
            }
            let walked: FileWalker.Result
            if workers == 1, options.scansOnCallingThread ?? Self.mainThreadHasWorkerStack() {
                // One worker on the main thread: each file is scanned as the walk finds it, with no thread to start
                // and no hand-over between threads, and the file the walk just opened is read at once.
                var seen = 0
                walked = walker.walk(root, onlyFile: onlyFile) { file in
                    seen += 1
                    scanOne(seen - 1, file, seen)
                }
                Timings.mark("walk and files (\(walked.files.count) files)")
            } else {
                // Workers scan files while the walk is still finding them: on a folder of small files the
                // walk is a tenth of the run.
                let feed = FileFeed()
                let waitForWorkers = Parallel.start {
                    Parallel.run(workers) { _ in
                        while let (i, file) = feed.next() { scanOne(i, file, feed.count) }
                    }
                }
                walked = walker.walk(root, onlyFile: onlyFile) { feed.add($0) }
                feed.finish()
                Timings.mark("walk (\(walked.files.count) files)")
                waitForWorkers()
            }
            let files = walked.files
            filesScanned += files.count
            let prefix = roots.count == 1 ? "" : root.displayPath + "/"
            walkedPaths += files.map { prefix + $0.relativePath }
            walkedFiles += files
            skippedFolders += walked.skippedFolders
            Timings.mark("files")
            var rootFindings = walked.findings
            for i in tally.perFile.withLock({ $0.keys.sorted() }) { rootFindings += tally.perFile.withLock { $0[i] ?? [] } }
            // Repository-level findings honour inline markers too, in the file they point at.
            let finished = active.flatMap { $0.finish(files: files, context: context) }
            if !finished.isEmpty {
                let byPath = Dictionary(files.map { ($0.relativePath, $0) }, uniquingKeysWith: { a, _ in a })
                for f in finished {
                    let (kept, dropped) = FindingPipeline.suppress([f], in: byPath[f.location.path], with: suppressions)
                    tally.suppressed.add(dropped, ordering: .relaxed)
                    rootFindings += kept
                }
            }
            if options.history, active.contains(where: { $0.family == "secrets" }) {
                rootFindings = try Self.mergeHistory(root: root.absolutePath, into: rootFindings, configuration: options.configuration)
            }
            inlineCount += tally.suppressed.load(ordering: .relaxed)
            allFindings += rootFindings
        }

        let pipeline = FindingPipeline(configuration: options.configuration, rules: active.flatMap(\.rules),
                                       pathContext: options.pathContext, baseline: options.baseline)
        let byBaseline = pipeline.finish(&allFindings)
        Timings.mark("finish, sort and deduplicate")
        let enabledRules = active.flatMap(\.rules).filter { options.configuration.settings(for: $0).enabled }
        let noteContext = ScanContext(configuration: options.configuration, root: roots.first ?? "/")
        let notes = active.flatMap { $0.reportNotes(context: noteContext) }
        return ScanResult(findings: allFindings, filesScanned: filesScanned, roots: roots,
                          suppressedInline: inlineCount, suppressedByBaseline: byBaseline,
                          rules: enabledRules, durationSeconds: Date().timeIntervalSince(start), notes: notes,
                          skippedFolders: skippedFolders, files: walkedPaths, sourceFiles: walkedFiles)
    }

    /// Whether this is the process's main thread and its stack may grow to the 8 MiB a worker thread gets
    /// (`Parallel.start`): only then does a one-worker scan run its families on this thread. Other threads (a test's,
    /// a library caller's) may have small stacks, and parsers are bounded against a worker's stack.
    static func mainThreadHasWorkerStack() -> Bool {
        #if canImport(Glibc)
        guard Thread.isMainThread else { return false }
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_STACK.rawValue), &limit) == 0 else { return false }
        return limit.rlim_cur == rlim_t.max || limit.rlim_cur >= 8 << 20  // RLIM_INFINITY is all ones
        #else
        return false
        #endif
    }

    /// Lowers findings in test, fixture, docs and example paths (see `FindingPipeline.applyPathContext`).
    public static func applyPathContext(_ findings: inout [Finding]) { FindingPipeline.applyPathContext(&findings) }

    /// Adds secrets found in git history. A secret still in the working tree keeps its finding and
    /// gains the introducing commit; one removed from HEAD is reported from history.
    static func mergeHistory(root: String, into findings: [Finding], configuration: Configuration) throws -> [Finding] {
        let top: Subprocess.Output
        do { top = try Subprocess.git(root, ["rev-parse", "--show-toplevel"]) } catch {
            throw FileWalker.WalkError(message: "--history needs git: \(error)")
        }
        guard top.status == 0 else {
            throw FileWalker.WalkError(message: "--history: \(root) is not inside a git repository")
        }
        let out = top.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        let real = URL(fileURLWithPath: out).resolvingSymlinksInPath().path
        guard real == URL(fileURLWithPath: root).resolvingSymlinksInPath().path else {
            throw FileWalker.WalkError(message: "--history scans a whole repository: pass its top folder (\(out))")
        }
        let history: [Finding]
        do { history = try GitHistoryScanner.scan(repository: root, configuration: configuration) } catch {
            throw FileWalker.WalkError(message: "--history: \(error)")
        }
        var merged = findings
        var index: [String: Int] = [:]
        for (i, f) in merged.enumerated() where f.family == "secrets" { index[f.fingerprint] = i }
        for h in history {
            if let i = index[h.fingerprint] {
                for (k, v) in h.properties where merged[i].properties[k] == nil { merged[i].properties[k] = v }
            } else {
                var f = h
                f.message += " (in git history; no longer in the working tree, but every clone still has it)"
                merged.append(f)
            }
        }
        return merged
    }

    func aliasTable() -> [String: String] { Self.aliasTable(families) }

    static func aliasTable(_ families: [any FamilyScanner]) -> [String: String] {
        var out: [String: String] = [:]
        for f in families { for r in f.rules { for a in r.aliases { out[a] = r.id } } }
        return out
    }

    /// Scans one in-memory file with every selected family (rule examples, tests, archive members).
    public func scan(file: SourceFile, configuration: Configuration, families only: Set<String> = []) -> [Finding] {
        let context = ScanContext(configuration: configuration, root: "/")
        let suppressions = InlineSuppressions(foreign: Families.foreignSuppressions, aliases: { [families] in Self.aliasTable(families) })
        var found: [Finding] = []
        for fam in families where only.isEmpty || only.contains(fam.family) {
            if fam.wants(file) { found += fam.scan(file, context: context) }
        }
        let ran = families.filter { only.isEmpty || only.contains($0.family) }
        found += ran.flatMap { $0.finish(files: [file], context: context) }
        var kept = FindingPipeline.suppress(found, in: file, with: suppressions).kept
        // An in-memory file has no place in a repository: no path context.
        FindingPipeline(configuration: configuration, rules: ran.flatMap(\.rules), pathContext: false).finish(&kept)
        return kept
    }
}
