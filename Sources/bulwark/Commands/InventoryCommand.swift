import ArgumentParser
import BulwarkInventory
import Foundation

/// `--db`, shared by the inventory commands and `affected`.
struct InventoryLocation: ParsableArguments {
    @Option(help: "Inventory: a SQLite file or a postgres:// URL (default: $BULWARK_DB, else ~/.bulwark/inventory.db).")
    var db: String?

    var location: String { DatabaseLocator.resolve(db) }

    /// Opens the inventory; `mustExist` refuses to create an empty SQLite file just to answer a question.
    func open(mustExist: Bool = false) throws -> Inventory {
        let loc = location
        if mustExist, !DatabaseLocator.isPostgres(loc), !FileManager.default.fileExists(atPath: loc) {
            throw CLIError("no inventory at \(loc); load BOMs first with `bulwark inventory add BOM.json`")
        }
        do { return try Inventory.open(loc) } catch { throw CLIError("\(error)") }
    }
}

struct InventoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory",
        abstract: "Keep an inventory of CycloneDX BOMs from every repository, for `bulwark affected`.",
        discussion: """
        The inventory is a SQLite file (~/.bulwark/inventory.db) or a PostgreSQL
        database (--db postgres://... or BULWARK_DB). Each BOM fills a slot
        (repository, service, environment); adding a newer BOM to a slot replaces the
        old one in one transaction.

        Examples:
          bulwark inventory add bom.cdx.json --repo acme/demo-ai-app --service api
            --environment prod
          bulwark inventory add boms/
              (every *.json; repository from each BOM)
          bulwark inventory list
          bulwark inventory remove acme/demo-ai-app --environment staging
          BULWARK_DB=postgres://bulwark@db.internal/inventory bulwark inventory list
        """,
        subcommands: [InventoryAddCommand.self, InventoryListCommand.self, InventoryRemoveCommand.self]
    )
}

struct InventoryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Load CycloneDX JSON BOMs (spec 1.2 to 1.7) into the inventory.",
        discussion: """
        The repository comes from --repo, else from the BOM (a `bulwark:repository`
        property, the root component's VCS reference, else its name). A BOM older than
        the one already stored for its slot is skipped unless --force. Corrupt or
        non-CycloneDX files are refused and nothing of them is written.

        Examples:
          bulwark inventory add bom.cdx.json --repo acme/demo-ai-app
          bulwark inventory add image.cdx.json --repo acme/demo-ai-app --service
            api --environment prod
          bulwark inventory add boms/ --db postgres://bulwark@127.0.0.1:5432/inventory
        """
    )

    @Argument(help: "BOM files, or folders of *.json BOMs.")
    var boms: [String]

    @Option(help: "Repository name (default: from the BOM).")
    var repo: String?

    @Option(help: "Service the BOM describes (default: none).")
    var service: String = ""

    @Option(help: "Environment: prod, staging, dev, or another name (default: none).")
    var environment: String = ""

    @Flag(help: "Replace the stored BOM even when it is newer.")
    var force = false

    @OptionGroup var location: InventoryLocation

    func validate() throws {
        if boms.isEmpty { throw ValidationError("name at least one BOM file") }
        if environment.contains(where: { $0.isWhitespace }) { throw ValidationError("--environment is one word (prod, staging, dev)") }
    }

    func run() throws {
        let files = BOMFile.expand(boms)
        guard !files.isEmpty else { throw CLIError("no *.json BOM in \(boms.joined(separator: ", "))") }
        if repo != nil, files.count > 1 {
            throw CLIError("--repo with \(files.count) BOMs would put them all in one slot; add them one at a time, or leave the repository to each BOM")
        }
        for f in files where !FileManager.default.fileExists(atPath: f) { throw CLIError("\(f): no such file") }
        let inventory = try location.open()
        defer { inventory.close() }
        if let pause = ProcessInfo.processInfo.environment["BULWARK_TEST_LOAD_PAUSE_MS"].flatMap(UInt32.init) {
            // Test hook: lets the kill-mid-load test stop the process between two chunks of one transaction.
            inventory.chunkSize = 1_000
            inventory.progress = { rows in
                FileHandle.standardError.write(Data("loaded \(rows) rows\n".utf8))
                usleep(pause * 1000)
            }
        }
        var failures = 0
        var added = 0, replaced = 0, unchanged = 0, skipped = 0, components = 0
        let started = Date()
        for file in files {
            let loaded: BOMFile.Loaded
            do { loaded = try BOMFile.load(file) } catch {
                Terminal.error(error.message)
                failures += 1
                continue
            }
            guard let repository = repo ?? loaded.document.repositoryHint, !repository.isEmpty else {
                Terminal.error("\(file): the BOM does not name its repository; pass --repo NAME; nothing was written")
                failures += 1
                continue
            }
            let origin = BOMOrigin(repository: repository, service: service, environment: environment,
                                   source: (file as NSString).standardizingPath, force: force)
            let outcome: Inventory.AddOutcome
            do { outcome = try inventory.add(loaded.document, sha256: loaded.sha256, origin: origin) } catch {
                Terminal.error("\(file): \(error); nothing was written")
                failures += 1
                continue
            }
            let n = loaded.document.components.count
            let slot = repository + (service.isEmpty ? "" : " service \(service)") + (environment.isEmpty ? "" : " env \(environment)")
            switch outcome {
            case .added: added += 1; components += n
                if files.count <= 20 { Terminal.note("added \(file): \(n) components for \(slot)") }
            case .replaced: replaced += 1; components += n
                if files.count <= 20 { Terminal.note("replaced the BOM of \(slot) with \(file): \(n) components") }
            case .unchanged: unchanged += 1
                if files.count <= 20 { Terminal.note("unchanged: \(file) is already the BOM of \(slot)") }
            case .skippedOlder(let storedAt):
                skipped += 1
                Terminal.note("skipped \(file): the inventory has a newer BOM of \(slot) (\(storedAt)); use --force to replace it")
            }
            for w in loaded.document.warnings.prefix(5) where files.count <= 20 { Terminal.note("  warning: \(w)") }
        }
        if components >= 100_000 {
            do { try inventory.optimize() } catch { Terminal.note("note: could not refresh statistics: \(error)") }
        }
        if files.count > 20 {
            let secs = Date().timeIntervalSince(started)
            Terminal.note("\(added) added, \(replaced) replaced, \(unchanged) unchanged, \(skipped) skipped, \(failures) refused; "
                          + "\(components) components in \(String(format: "%.1f", secs)) s")
        }
        if failures > 0 { throw ExitCode(2) }
    }
}

struct InventoryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the BOMs in the inventory with their age.",
        discussion: """
        Examples:
          bulwark inventory list
          bulwark inventory list --repo acme/demo-ai-app --format json
        """
    )

    @Option(help: "Only this repository.")
    var repo: String?

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: String = "text"

    @OptionGroup var location: InventoryLocation

    func run() throws {
        guard ["text", "json"].contains(format.lowercased()) else { throw CLIError("unknown format `\(format)`; use text or json") }
        let inventory = try location.open(mustExist: true)
        defer { inventory.close() }
        let boms = try inventory.list(repository: repo)
        if format.lowercased() == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(boms), as: UTF8.self))
            return
        }
        if boms.isEmpty {
            print(repo.map { "No BOM of \($0) in the inventory." } ?? "The inventory is empty; add BOMs with `bulwark inventory add`.")
            return
        }
        let now = Date()
        let rows = boms.map { b -> [String] in
            let age = Timestamp.parse(b.generatedAt).map { Timestamp.age(of: $0, now: now) } ?? "?"
            return [String(b.id), b.repository, b.service.isEmpty ? "-" : b.service, b.environment.isEmpty ? "-" : b.environment,
                    String(b.components), "\(b.generatedAt) (\(age))", b.generator ?? "-"]
        }
        let header = ["ID", "REPOSITORY", "SERVICE", "ENV", "COMPONENTS", "GENERATED (AGE)", "GENERATOR"]
        let widths = header.indices.map { i in min(48, max(header[i].count, rows.map { $0[i].count }.max() ?? 0)) }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in i == cells.count - 1 ? c : c.padding(toLength: max(widths[i], c.count), withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }
        print(line(header))
        for r in rows { print(line(r)) }
        let repos = Set(boms.map(\.repository)).count
        print("\(boms.count) BOM(s), \(repos) repositor\(repos == 1 ? "y" : "ies"), \(boms.reduce(0) { $0 + $1.components }) components")
    }
}

struct InventoryRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove the BOMs of a repository (or one service/environment of it, or one BOM by id).",
        discussion: """
        Examples:
          bulwark inventory remove acme/old-service
          bulwark inventory remove acme/demo-ai-app --service api --environment staging
          bulwark inventory remove --id 42
        """
    )

    @Argument(help: "Repository name, as `inventory list` shows it.")
    var repository: String?

    @Option(help: "Only the BOM of this service.")
    var service: String?

    @Option(help: "Only the BOM of this environment.")
    var environment: String?

    @Option(help: "Remove one BOM by its id.")
    var id: Int64?

    @OptionGroup var location: InventoryLocation

    func validate() throws {
        if (repository == nil) == (id == nil) { throw ValidationError("name a repository or --id, not both") }
    }

    func run() throws {
        let inventory = try location.open(mustExist: true)
        defer { inventory.close() }
        if let id {
            guard try inventory.remove(id: id) else { throw CLIError("no BOM with id \(id) in the inventory") }
            Terminal.note("removed BOM \(id)")
            return
        }
        guard let repository else { return }
        let n = try inventory.remove(repository: repository, service: service, environment: environment)
        guard n > 0 else { throw CLIError("no BOM of \(repository) matches in the inventory (see `bulwark inventory list`)") }
        Terminal.note("removed \(n) BOM(s) of \(repository)")
    }
}
