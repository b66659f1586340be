import ArgumentParser
import BulwarkAudit
import BulwarkCore
import BulwarkKit
import Foundation

struct RunbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runbook",
        abstract: "Print the immediate-response runbook for a vendor breach, as a Markdown checklist.",
        discussion: """
        Built from what Bulwark knows about this repository and the exports in it: every credential
        stored on the breached platform that was not Sensitive, what each unlocks, the order to rotate
        them (production and the most dangerous first), the OAuth grants to review, and what to check.
        Owners are left blank to fill in.

        Examples:
          bulwark runbook --breached vercel examples/saas-demo
          bulwark runbook --breached vercel . --output incident-2026-04.md
        """
    )

    @Option(help: "The platform that reported a breach (vercel, github-actions, netlify, ...).")
    var breached: String

    @Argument(help: "Repository or folder with exported settings (default: the current folder).")
    var path: String = "."

    @Option(name: .shortAndLong, help: "Write the runbook to FILE instead of standard output.")
    var output: String?

    @Option(name: .shortAndLong, help: "Configuration file (default: .bulwark.yml in the folder).")
    var config: String?

    func run() throws {
        guard FileManager.default.fileExists(atPath: path) else { throw CLIError("\(path): no such file or folder") }
        let configuration = try ConfigLoader.load(explicit: config, scanPaths: [path])
        let text = try Runbook.breach(vendor: breached, path: path, configuration: configuration)
        if let output {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: output)) } catch {
                throw CLIError("cannot write \(output): \(error.localizedDescription)")
            }
            Terminal.note("Wrote the \(breached) breach runbook to \(output).")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
