import ArgumentParser
import BulwarkCore
import BulwarkKit
import BulwarkReporters
import Foundation
import Synchronization

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan folders and files for AI supply-chain weaknesses.",
        discussion: """
        Every file under each PATH is scanned except .git/ internals, configured
        excludes and build output or tool caches (.build, .venv, __pycache__, ...;
        --no-default-excludes scans them too); other gitignored files are scanned
        (model folders and .env files are often ignored yet loaded).

        Examples:
          bulwark scan
          bulwark scan examples/demo-ai-app --fail-on critical
          bulwark scan . --only models,secrets --format json --output report.json
          bulwark scan . --format sarif --output bulwark.sarif
              (for GitHub code scanning)
          bulwark scan . --write-baseline .bulwark-baseline.json
              (accept today's findings)
          bulwark scan . --baseline .bulwark-baseline.json
              (report only new findings)
          bulwark scan . --history --only secrets
              (secrets in any commit of any branch)

        Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
        2 usage, configuration or I/O error (docs/exit-codes.md).
        """
    )

    @Argument(help: "Files or folders to scan (default: the current folder).")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Output format: text, json or sarif.")
    var format: String = "text"

    @Option(name: .shortAndLong, help: "Write the report to FILE instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: critical, high, medium, low, info, or none (default: high).")
    var failOn: String?

    @Option(help: "Run only these families (comma-separated). See `bulwark rules`.")
    var only: String?

    @Option(help: "Skip these families (comma-separated).")
    var skip: String?

    @Option(name: .shortAndLong, help: "Configuration file (default: .bulwark.yml in the first scanned folder).")
    var config: String?

    @Option(help: "Report only findings whose fingerprint is not in this baseline file.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write the fingerprints of all current findings to FILE and exit 0.")
    var writeBaseline: String?

    @Option(name: .shortAndLong, help: "Worker threads (default: number of cores).")
    var jobs: Int?

    @Flag(help: "Also scan every commit reachable from any ref for secrets (the folder must be a repository's top).")
    var history = false

    @Flag(help: "Also scan build output and tool caches (.build, .venv, __pycache__, folders holding pyvenv.cfg or CACHEDIR.TAG), which are skipped by default.")
    var noDefaultExcludes = false

    @Flag(help: "Keep every severity in test, fixture, docs and example paths (by default findings there are lowered and marked with their context).")
    var noPathContext = false

    @Flag(help: "Never colour the text output.")
    var noColor = false

    /// `bulwark scan` in its common forms, read without ArgumentParser: its reflection of every command's
    /// options costs a few milliseconds of runtime type lookups at each start, a tenth of a small scan.
    /// Only exact `--name value` / `-x value` pairs (a value not starting with `-`), the four flags and plain
    /// paths, each option at most once, are taken; anything else (help, `--name=value`, combined short
    /// flags, `--`, a repeated or unknown option, a path starting with `-` or named `help`, an empty
    /// argument, a non-numeric `--jobs`) returns nil and goes through ArgumentParser, so messages and
    /// behaviour are unchanged. CLITests.fastScanParseMatchesArgumentParser compares both paths.
    static func fastParse(_ arguments: [String]) -> ScanRequest? {
        guard arguments.first == "scan" else { return nil }
        var paths: [String] = []
        var values = [String?](repeating: nil, count: 9)
        var flags = [false, false, false, false]
        var i = 1
        while i < arguments.count {
            let a = arguments[i]
            if let k = fastValueIndex(a) {
                guard i + 1 < arguments.count, values[k] == nil else { return nil }
                let v = arguments[i + 1]
                guard !v.isEmpty, !v.hasPrefix("-") else { return nil }
                values[k] = v
                i += 2
                continue
            }
            if let k = fastFlagIndex(a) {
                guard !flags[k] else { return nil }
                flags[k] = true
                i += 1
                continue
            }
            guard !a.isEmpty, !a.hasPrefix("-"), a != "help" else { return nil }
            paths.append(a)
            i += 1
        }
        var jobs: Int?
        if let j = values[8] {
            guard j.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(j) else { return nil }
            jobs = n
        }
        // A plain request, not a `ScanCommand`: making one builds every option's ArgumentParser definition (name
        // sets whose element types the runtime looks up), about 0.4 ms of an empty scan's 5.
        var c = ScanRequest()
        c.paths = paths
        c.format = values[0] ?? "text"
        c.output = values[1]
        c.failOn = values[2]
        c.only = values[3]
        c.skip = values[4]
        c.config = values[5]
        c.baseline = values[6]
        c.writeBaseline = values[7]
        c.jobs = jobs
        c.history = flags[0]
        c.noDefaultExcludes = flags[1]
        c.noPathContext = flags[2]
        c.noColor = flags[3]
        return c
    }

    /// The index in `fastParse`'s values of an option name it reads (a switch, not a table: a table's first
    /// use costs runtime type lookups).
    static func fastValueIndex(_ name: String) -> Int? {
        switch name {
        case "-f", "--format": 0
        case "-o", "--output": 1
        case "--fail-on": 2
        case "--only": 3
        case "--skip": 4
        case "-c", "--config": 5
        case "--baseline": 6
        case "--write-baseline": 7
        case "-j", "--jobs": 8
        default: nil
        }
    }

    static func fastFlagIndex(_ name: String) -> Int? {
        switch name {
        case "--history": 0
        case "--no-default-excludes": 1
        case "--no-path-context": 2
        case "--no-color": 3
        default: nil
        }
    }

    /// The request ArgumentParser read, as `fastParse` gives it.
    var request: ScanRequest {
        ScanRequest(paths: paths, format: format, output: output, failOn: failOn, only: only, skip: skip, config: config,
                    baseline: baseline, writeBaseline: writeBaseline, jobs: jobs, history: history,
                    noDefaultExcludes: noDefaultExcludes, noPathContext: noPathContext, noColor: noColor)
    }

    mutating func run() throws {
        try request.run()
    }
}

/// `bulwark scan`'s options as plain values, and the scan itself (from `ScanCommand` or `ScanCommand.fastParse`).
struct ScanRequest {
    var paths: [String] = []
    var format = "text"
    var output: String?
    var failOn: String?
    var only: String?
    var skip: String?
    var config: String?
    var baseline: String?
    var writeBaseline: String?
    var jobs: Int?
    var history = false
    var noDefaultExcludes = false
    var noPathContext = false
    var noColor = false
    /// The process ends when the scan is done (`bulwark scan` from the command line, not a test calling `run`):
    /// the report written, it exits at once with its code instead of returning, and leaves the findings, files and
    /// report to the kernel. Freeing them one by one took about 1.5% of the CPU of a `--jobs 1` scan of the
    /// benchmark's 640 model files (session 15).
    var endsProcess = false

    /// A family name of `--only`/`--skip`: `CharacterSet.whitespaces` (general category Zs and tab) trimmed from
    /// both ends, lowercased. Foundation's `trimmingCharacters(in:)` bridged each name through `NSString`
    /// (CoreFoundation's character sets, about 0.3 ms of an empty scan).
    static func familyName(_ s: Substring) -> String {
        func space(_ u: Unicode.Scalar) -> Bool { u == "\t" || u.properties.generalCategory == .spaceSeparator }
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !space($0) }), let last = scalars.lastIndex(where: { !space($0) })
        else { return "" }
        return String(scalars[first...last]).lowercased()
    }

    func run() throws {
        Timings.mark("scan command entered")
        guard let fmt = OutputFormat(rawValue: format.lowercased()) else {
            throw CLIError("unknown format `\(format)`; use text, json or sarif")
        }
        let scanPaths = paths.isEmpty ? ["."] : paths
        for p in scanPaths where !FileManager.default.fileExists(atPath: p) {
            throw CLIError("\(p): no such file or folder")
        }
        let configuration = try ConfigLoader.load(explicit: config, scanPaths: scanPaths)
        var options = ScanOptions(paths: scanPaths, configuration: configuration)
        Timings.mark("configuration")
        let known = Set(Families.familyIDs)
        func families(_ list: String?, _ flag: String) throws -> Set<String> {
            guard let list else { return [] }
            let ids = Set(list.split(separator: ",").map(Self.familyName).filter { !$0.isEmpty })
            if let bad = ids.first(where: { !known.contains($0) }) {
                throw CLIError("--\(flag): unknown family `\(bad)`; families are \(Families.familyIDs.joined(separator: ", "))")
            }
            return ids
        }
        options.only = try families(only, "only")
        options.skip = try families(skip, "skip")
        if let jobs {
            guard jobs >= 1 else { throw CLIError("--jobs must be at least 1") }
            options.jobs = jobs
        }
        let threshold: Severity?
        let failName = failOn ?? configuration.failOn?.rawValue ?? "high"
        if failName.lowercased() == "none" { threshold = nil } else {
            guard let s = Severity(name: failName) else {
                throw CLIError("--fail-on: unknown severity `\(failName)`; use critical, high, medium, low, info or none")
            }
            threshold = s
        }
        options.history = history
        options.defaultExcludes = !noDefaultExcludes
        options.pathContext = !noPathContext
        if let baseline {
            options.baseline = try Baseline.load(path: baseline).fingerprints
        }

        let progress = ProgressLine(enabled: Terminal.stderrIsTTY)
        let result: ScanResult
        do {
            result = try Scanner().scan(options) { done, total in progress.update(done, total) }
        } catch let e as FileWalker.WalkError {
            throw CLIError(e.message)
        }
        progress.finish()
        Timings.mark("scan (total)")

        if let writeBaseline {
            do {
                try Baseline(findings: result.findings).write(path: writeBaseline)
            } catch {
                throw CLIError("cannot write the baseline to \(writeBaseline): \(error.localizedDescription)")
            }
            Terminal.note("Wrote \(result.findings.count) finding fingerprint(s) to \(writeBaseline). Scan with --baseline \(writeBaseline) to see only new findings.")
            return
        }

        let report = ReportBuilder.report(from: result)
        let color = !noColor && output == nil && Terminal.stdoutIsTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let text = fmt.reporter(color: color).renderBytes(report)
        Timings.mark("render \(fmt.rawValue)")
        if let output {
            do { try Data(text).write(to: URL(fileURLWithPath: output)) } catch {
                throw CLIError("cannot write \(output): \(error.localizedDescription)")
            }
            Terminal.note("Wrote \(fmt.rawValue) report with \(result.findings.count) finding(s) to \(output).")
        } else {
            Terminal.writeStdout(text)
        }
        Timings.mark("write")
        let failed = threshold.map { t in result.findings.contains(where: { $0.severity >= t }) } ?? false
        if endsProcess { exit(failed ? 1 : 0) }
        if failed { throw ExitCode(1) }
    }
}

/// A single progress line on stderr, shown only on a terminal and only after the first second.
final class ProgressLine: Sendable {
    private struct State { var start = Date(); var last = Date.distantPast; var shown = false }
    private let enabled: Bool
    private let state = Mutex(State())

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ done: Int, _ total: Int) {
        guard enabled else { return }
        let now = Date()
        let line: String? = state.withLock { s in
            guard now.timeIntervalSince(s.start) > 1, now.timeIntervalSince(s.last) > 0.1 || done == total else { return nil }
            s.last = now
            s.shown = true
            return "\r\u{1B}[2Kscanning: \(done)/\(total) files (\(Int(100 * Double(done) / Double(max(total, 1))))%)"
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    func finish() {
        guard enabled, state.withLock({ $0.shown }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
