import ArgumentParser
import BulwarkCore
import BulwarkKit
import BulwarkSaaS
import Foundation

struct SaaSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saas",
        abstract: "Map which services each credential unlocks and where copies live; plan rotations after a breach.",
        subcommands: [SaaSMapCommand.self, SaaSRotatePlanCommand.self]
    )
}

struct SaaSMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw the blast-radius map: places that hold a credential, the credential, the service it unlocks.",
        discussion: """
        Reads the repository and any exported settings in it (the Vercel
        environment-variables API JSON, vercel.json, .env files, Terraform variables,
        GitHub Actions secrets references). Values are never printed.

        Examples:
          bulwark saas map examples/saas-demo
          bulwark saas map . --format dot | dot -Tsvg > blast-radius.svg
          bulwark saas map . --format json
        """
    )

    @Argument(help: "Repository or folder with exported settings.")
    var path: String = "."

    @Option(name: .shortAndLong, help: "mermaid, dot or json.")
    var format: String = "mermaid"

    func run() throws {
        try PathValidation.requireFolder(path, what: "a repository folder with exported settings")
        let configuration = try ConfigLoader.load(explicit: nil, scanPaths: [path])
        let map = try BlastRadius.map(path: path, configuration: configuration)
        let out: String
        switch format.lowercased() {
        case "mermaid": out = map.mermaid()
        case "dot": out = map.dot()
        case "json": out = map.json() + "\n"
        default: throw CLIError("unknown format `\(format)`; use mermaid, dot or json")
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

struct SaaSRotatePlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate-plan",
        abstract: "List the keys to rotate after a platform breach, most dangerous first.",
        discussion: """
        Examples:
          bulwark saas rotate-plan --breached vercel examples/saas-demo
          bulwark runbook --breached vercel examples/saas-demo     (the full checklist)
        """
    )

    @Option(help: "The breached platform: vercel, github-actions, repository, terraform, env-file.")
    var breached: String

    @Argument(help: "Repository or folder with exported settings.")
    var path: String = "."

    @Option(name: .shortAndLong, help: "text or json.")
    var format: String = "text"

    func run() throws {
        let breached: String
        do { breached = try BlastRadius.validateVendor(self.breached) } catch { throw CLIError(error.message) }
        try PathValidation.requireFolder(path, what: "a repository folder with exported settings")
        let configuration = try ConfigLoader.load(explicit: nil, scanPaths: [path])
        let steps = BlastRadius.rotatePlan(try BlastRadius.map(path: path, configuration: configuration), breached: breached)
        switch format.lowercased() {
        case "text":
            FileHandle.standardOutput.write(Data(BlastRadius.renderPlan(steps, breached: breached).utf8))
        case "json":
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys]
            FileHandle.standardOutput.write(try e.encode(steps) + Data("\n".utf8))
        default:
            throw CLIError("unknown format `\(format)`; use text or json")
        }
    }
}
