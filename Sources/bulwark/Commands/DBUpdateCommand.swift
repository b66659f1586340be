import ArgumentParser
import BulwarkCore
import BulwarkDependencies
import Foundation

/// `bulwark db update`: download today's OSV data and swap it into the local index.
struct DbUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Download the OSV exports for your ecosystems and update the local advisory index.",
        discussion: """
        Downloads OSV's per-ecosystem all.zip exports (osv.dev's public bucket) for
        the ecosystems of the lockfiles under PATH (default: the current folder), or
        those named with --ecosystems, and imports them. An unchanged export costs one
        conditional request (ETag / Last-Modified). Each download is size-limited and
        checked (complete zip, every member's CRC-32) before it is imported into a
        copy of the index, which then replaces the old one in one step: an interrupted
        or failed update leaves the previous index usable.

        Examples:
          bulwark db update
          bulwark db update --ecosystems npm,PyPI --malicious
          bulwark db status

        Exit codes: 0 every source is current, 2 a source could not be updated (the
        others are imported; the message says which and why).
        """
    )

    @Argument(help: "Folder whose lockfiles decide the ecosystems (default: the current folder).")
    var path: String?

    @Option(help: "Comma-separated OSV ecosystems (npm, PyPI, Go, crates.io, RubyGems, Debian, Alpine...).")
    var ecosystems: String?

    @Flag(help: "Also fetch the OpenSSF malicious-packages archive (records not yet in OSV's exports).")
    var malicious = false

    @Option(name: .customLong("url"), help: "Base URL of the OSV exports (<url>/<ecosystem>/all.zip).")
    var baseURL: String = AdvisoryUpdater.defaultBaseURL

    @Option(name: .customLong("malicious-url"), help: "URL of the malicious-packages zip (with --malicious).")
    var maliciousURL: String = AdvisoryUpdater.defaultMaliciousURL

    @Option(name: .customLong("max-mb"), help: "Largest accepted download, in MiB.")
    var maxMB: Int = 1024

    @Option(name: .customLong("db-dir"), help: "Index folder (default: $BULWARK_DB_DIR or ~/.bulwark/advisories).")
    var dbDir: String?

    func run() throws {
        let dir = dbDir ?? ProcessInfo.processInfo.environment["BULWARK_DB_DIR"] ?? AdvisoryDatabase.defaultDirectory
        var ecos = (ecosystems ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if ecosystems == nil {
            ecos = AdvisoryUpdater.ecosystems(in: path ?? ".")
            if ecos.isEmpty && !malicious {
                throw CLIError("no lockfile with an OSV ecosystem under \(path ?? "."): name them with --ecosystems npm,PyPI,...")
            }
            if !ecos.isEmpty { Terminal.note("ecosystems from the lockfiles: \(ecos.joined(separator: ", "))") }
        }
        guard maxMB > 0 else { throw CLIError("--max-mb must be positive") }
        var options = AdvisoryUpdater.Options(ecosystems: ecos, directory: dir)
        options.baseURL = baseURL
        options.maliciousURL = malicious ? maliciousURL : nil
        options.maxBytes = maxMB << 20
        let result: AdvisoryUpdater.Result
        do { result = try AdvisoryUpdater.update(options) } catch { throw CLIError("advisory update failed: \(error)") }
        var failures: [String] = []
        for (name, outcome) in result.outcomes {
            switch outcome {
            case .updated(let records, let bytes): print("\(name): \(records) records imported (\(bytes) bytes)")
            case .notModified: print("\(name): unchanged since the last update")
            case .failed(let why): print("\(name): NOT updated: \(why)"); failures.append(name)
            }
        }
        print(result.indexReplaced ? "index updated: \(result.indexPath)" : "index unchanged: \(result.indexPath)")
        if !failures.isEmpty {
            throw CLIError("\(failures.joined(separator: ", ")) could not be updated; the index keeps their previous data")
        }
    }
}
