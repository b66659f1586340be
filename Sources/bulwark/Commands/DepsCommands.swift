import ArgumentParser
import BulwarkCore
import BulwarkDependencies
import Foundation

/// `bulwark db import PATH...` and `bulwark db status`: the offline advisory database.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Manage the offline advisory database (OSV records, malicious-package reports).",
        subcommands: [DbUpdateCommand.self, DbImportCommand.self, DbStatusCommand.self]
    )
}

struct DbImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import OSV records into the local advisory index.",
        discussion: """
        PATH may be a folder of OSV JSON files, a per-ecosystem all.zip export, the
        OpenSSF malicious-packages tree (osv/malicious/<ecosystem>/<name>/MAL-*.json),
        or one JSON file. Records merge with earlier imports; a record with the same
        id replaces the old one.

        Examples:
          bulwark db import ~/Downloads/PyPI-all.zip ~/Downloads/npm-all.zip
          bulwark db import malicious-packages/osv/malicious --db-dir .bulwark-db

        Exit codes: 0 imported (unreadable records are warnings on stderr), 2 the
        import failed.
        """
    )

    @Argument(help: "OSV folders, all.zip exports or JSON files.")
    var paths: [String]

    @Option(name: .customLong("db-dir"), help: "Index folder (default: $BULWARK_DB_DIR or ~/.bulwark/advisories).")
    var dbDir: String?

    func run() throws {
        let dir = dbDir ?? ProcessInfo.processInfo.environment["BULWARK_DB_DIR"]
        do {
            let s = try AdvisoryDatabase.importOSV(from: paths, into: dir)
            print("Imported \(s.recordsRead) records (\(s.skippedWithdrawn) withdrawn skipped); the index has \(s.entriesWritten) entries: \(s.indexPath)")
            for e in s.errors.prefix(10) { Terminal.note("warning: \(e)") }
            if s.errors.count > 10 { Terminal.note("warning: \(s.errors.count - 10) more unreadable records") }
        } catch {
            throw CLIError("advisory import failed: \(error)")
        }
    }
}

struct DbStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "Say what the advisory database holds and how old it is.")

    @Option(name: .customLong("db-dir"), help: "Index folder (default: $BULWARK_DB_DIR or ~/.bulwark/advisories).")
    var dbDir: String?

    func run() throws {
        for line in AdvisoryUpdater.statusLines(directory: dbDir ?? ProcessInfo.processInfo.environment["BULWARK_DB_DIR"] ?? AdvisoryDatabase.defaultDirectory) { print(line) }
    }
}

/// `bulwark deps diff --base REF`: the review step for dependency changes.
struct DepsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deps",
        abstract: "Review dependency changes.",
        subcommands: [DepsDiffCommand.self]
    )
}

struct DepsDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List every package added or changed since a git ref, with typosquat and advisory verdicts.",
        discussion: """
        Compares the lockfiles and manifests of the working tree with those at REF
        (read with `git show`, never checked out).

        Examples:
          bulwark deps diff --base origin/main
          bulwark deps diff --base HEAD~1 --format json

        Exit codes: 0 no change at or above --fail-on, 1 a change is malicious,
        vulnerable at --fail-on or above, or a typosquat, 2 usage or git error.
        """
    )

    @Option(help: "The git ref to compare with.")
    var base: String

    @Argument(help: "Repository root (default: the current folder).")
    var path: String?

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: String = "text"

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a change's verdict is at or above this severity.")
    var failOn: String = "medium"

    @Option(name: .customLong("db-dir"), help: "Advisory index folder (default: $BULWARK_DB_DIR or ~/.bulwark/advisories).")
    var dbDir: String?

    func run() throws {
        guard let threshold = Severity(name: failOn) else { throw CLIError("unknown severity `\(failOn)`") }
        let db = AdvisoryDatabase.load(directory: dbDir ?? ProcessInfo.processInfo.environment["BULWARK_DB_DIR"])
        let diff: DependencyDiff
        do { diff = try DependencyDiff.compare(root: path ?? ".", base: base, database: db) } catch { throw CLIError("\(error)") }
        switch format {
        case "json": print(diff.renderJSON())
        case "text": print(diff.renderText(), terminator: "")
        default: throw CLIError("unknown format `\(format)` (text or json)")
        }
        if diff.hasFindings(atOrAbove: threshold) { throw ExitCode(1) }
    }
}
