import ArgumentParser
import BulwarkAudit
import BulwarkCore
import BulwarkInventory
import BulwarkKit
import BulwarkSaaS
import Foundation

struct RunbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runbook",
        abstract: "Print the immediate-response runbook for a vendor breach, as a Markdown checklist.",
        discussion: """
        Built from what Bulwark knows about this repository and the exports in it:
        every credential stored on the breached platform that was not Sensitive, what
        each unlocks, the order to rotate them (production and the most dangerous
        first), the OAuth grants to review, and what to check. Owners are left blank
        to fill in.

        Examples:
          bulwark runbook --breached vercel examples/saas-demo
          bulwark runbook --breached vercel . --output incident-2026-04.md
          bulwark runbook --advisory GHSA-mrrh-fwg8-r2c3.json .
              (a compromised action: where it ran, what to rotate)
        """
    )

    @Option(help: "The platform that reported a breach (vercel, github-actions, netlify, ...).")
    var breached: String?

    @Option(help: "An OSV record of a compromised package or action (instead of --breached).")
    var advisory: String?

    @OptionGroup var inventory: InventoryLocation

    @Argument(help: "Repository or folder with exported settings.")
    var path: String = "."

    @Option(name: .shortAndLong, help: "Write the runbook to FILE instead of standard output.")
    var output: String?

    @Option(name: .shortAndLong, help: "Configuration file (default: .bulwark.yml in the folder).")
    var config: String?

    func run() throws {
        if let vendor = breached, advisory == nil {
            do { _ = try BlastRadius.validateVendor(vendor, known: Runbook.knownVendors) } catch { throw CLIError(error.message) }
        }
        try PathValidation.requireFolder(path, what: "a repository folder with exported settings")
        if let advisory { try PathValidation.requireFile(advisory, what: "--advisory: an OSV record (JSON file)") }
        if let output { try PathValidation.checkOutput(output) }
        let configuration = try ConfigLoader.load(explicit: config, scanPaths: [path])
        let text: String
        switch (breached, advisory) {
        case (let vendor?, nil):
            do { text = try Runbook.breach(vendor: vendor, path: path, configuration: configuration) } catch let e as BlastRadius.VendorError {
                throw CLIError(e.message)
            }
        case (nil, let file?):
            let loc = inventory.location
            let inv = DatabaseLocator.isPostgres(loc) || FileManager.default.fileExists(atPath: loc) ? try inventory.open(mustExist: true) : nil
            do {
                text = try Runbook.advisory(file: file, inventory: inv, inventoryLocation: loc, repository: path, configuration: configuration)
            } catch let e as AffectedQuery.ParseError { throw CLIError(e.message) }
        default:
            throw CLIError("give exactly one of --breached VENDOR or --advisory FILE")
        }
        if let output {
            try PathValidation.write(Data(text.utf8), to: output)
            Terminal.note("Wrote the runbook to \(output).")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
