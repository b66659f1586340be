import ArgumentParser
import BulwarkDependencies
import BulwarkInventory
import Foundation

struct AffectedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "affected",
        abstract: "Are we affected? Match a disclosure against every BOM in the inventory.",
        discussion: """
        QUERY is one of:
          pkg:TYPE/NAMESPACE/NAME[@VERSION]  a package (--range for a version range)
          hf:ORG/NAME[@REVISION]             a model or dataset, and its fine-tunes
          pkg:github/OWNER/REPO@SHA          a GitHub Action at a commit
          SHA-256 (64 hex digits)            a file or image digest
          FILE.json or FOLDER                OSV advisory records
          ADVISORY-ID                        an advisory in --advisories DIR, or a
                                             bundled incident (CVE-2024-3094...)

        Without QUERY, --advisories DIR matches every advisory in DIR, most severe
        first. Versions compare per ecosystem (dpkg, PEP 440, SemVer, Go, RubyGems).
        Every answer states how old the newest and oldest BOM of each repository are.

        Examples:
          bulwark affected pkg:deb/debian/xz-utils --range ">=5.5.1alpha-0.1,<=5.6.1-1"
          bulwark affected pkg:pypi/transformers --range "<4.38.0" --format csv \\
              --output exposed.csv
          bulwark affected hf:distilbert/distilbert-base-uncased
          bulwark affected pkg:github/tj-actions/changed-files@0e58ed86...
              (the full 40-character commit)
          bulwark affected CVE-2024-3094        (bundled: the xz backdoor)
          bulwark affected CVE-2024-3094.json
          bulwark affected --advisories osv/ --format json

        Exit codes: 0 nothing affected, 1 something affected or undecided (check by
        hand), 2 usage, input or database error (also an empty inventory).
        """
    )

    @Argument(help: "What to look for (see above). Optional with --advisories.")
    var query: String?

    @Option(help: "Version range for a purl query, e.g. \">=5.5.1alpha-0.1,<=5.6.1-1\" (`,` = and, `||` = or).")
    var range: String?

    @Option(help: "Folder of OSV advisory records: bulk mode without QUERY, or where to find an advisory id.")
    var advisories: String?

    @Option(name: .shortAndLong, help: "Output format: text, json or csv.")
    var format: String = "text"

    @Option(name: .shortAndLong, help: "Write the answer to FILE instead of standard output.")
    var output: String?

    @Option(name: .customLong("stale-days"), help: "Call a BOM stale after this many days.")
    var staleDays: Double = AffectedRenderer.defaultStaleDays

    @OptionGroup var location: InventoryLocation

    func run() throws {
        guard let fmt = AffectedRenderer.Format(rawValue: format.lowercased()) else {
            throw CLIError("unknown format `\(format)`; use text, json or csv")
        }
        if let advisories { try PathValidation.requireFolder(advisories, what: "--advisories: a folder of OSV records") }
        guard staleDays.isFinite, staleDays > 0, staleDays <= 36_500 else {
            throw CLIError("--stale-days \(staleDays): expected a number of days above 0 (at most 36500)")
        }
        if let output { try PathValidation.checkOutput(output) }
        let parsed: AffectedQuery
        let description: String
        do {
            if let query {
                let bundled = CuratedIncidents.advisories.map { Advisory(osv: $0, source: "bundled incidents \(CuratedIncidents.version)") }
                parsed = try AffectedQuery.parse(query, range: range, advisoryDirectory: advisories, bundled: bundled)
                description = range.map { "\(query) \($0)" } ?? query
            } else if let advisories {
                guard range == nil else { throw CLIError("--range needs a purl QUERY") }
                let records = try AffectedQuery.readAdvisories(directory: advisories)
                guard !records.isEmpty else { throw CLIError("\(advisories): no OSV records (*.json) in this folder") }
                parsed = .advisories(records)
                description = "\(records.count) advisories in \(advisories)"
            } else {
                throw CLIError("name what to look for (a purl, hf:org/name, SHA-256, OSV file) or pass --advisories DIR")
            }
        } catch let e as CLIError {
            throw e
        } catch {
            throw CLIError("\(error)")
        }
        let inventory = try location.open(mustExist: true)
        defer { inventory.close() }
        let report: AffectedReport
        do { report = try inventory.affected(parsed, description: description) } catch { throw CLIError("\(error)") }
        if !report.isAffected, report.freshness.isEmpty {
            throw CLIError("the inventory at \(location.location) holds no BOM, so \"not affected\" would mean nothing; load BOMs with `bulwark inventory add`")
        }
        let handle: FileHandle
        if let output {
            handle = try PathValidation.openForWriting(output)
        } else {
            handle = FileHandle.standardOutput
        }
        defer { if output != nil { try? handle.close() } }
        do {
            if fmt == .csv {
                // Streamed: a bulk answer can have millions of rows.
                var failure: Error?
                AffectedRenderer.csv(report) { piece in
                    guard failure == nil else { return }
                    do { try handle.write(contentsOf: Data(piece.utf8)) } catch { failure = error }
                }
                if let failure { throw failure }
            } else {
                try handle.write(contentsOf: Data(AffectedRenderer.render(report, format: fmt, staleDays: staleDays).utf8))
            }
        } catch {
            throw CLIError("cannot write \(output ?? "standard output"): \(error.localizedDescription)")
        }
        // Undecided components may be affected: not an all clear.
        if report.isAffected || !report.undecided.isEmpty { throw ExitCode(1) }
    }
}
