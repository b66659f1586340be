import ArgumentParser
import BulwarkAudit
import BulwarkCore
import BulwarkKit
import Foundation

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Score the layered defences of an AI pipeline: which are present, partial or missing.",
        discussion: """
        Runs a full scan, looks at the repository's files and CI, and rates each
        defensive layer across the four vectors (models, dependencies, SaaS/CI-CD,
        coding agents), with evidence, the findings behind it, a score per vector and
        overall, and the three changes that would raise the score most.

        Examples:
          bulwark audit .
          bulwark audit examples/demo-ai-app --format html --output audit.html
          bulwark audit . --format json | jq '.layers[] |
            select(.status=="missing") | .name'
        """
    )

    @Argument(help: "Repository folder.")
    var path: String = "."

    @Option(name: .shortAndLong, help: "Output format: markdown, json or html.")
    var format: String = "markdown"

    @Option(name: .shortAndLong, help: "Write the report to FILE instead of standard output.")
    var output: String?

    @Option(name: .shortAndLong, help: "Configuration file (default: .bulwark.yml in the folder).")
    var config: String?

    @Option(name: .customLong("min-score"), help: "Exit 1 when the overall score is below this (0-100).")
    var minScore: Int?

    func run() throws {
        try PathValidation.requireFolder(path, what: "a repository folder to audit")
        if let minScore, !(0...100).contains(minScore) {
            throw CLIError("--min-score \(minScore): expected a score from 0 to 100")
        }
        if let output { try PathValidation.checkOutput(output) }
        let render: (Scorecard) -> String
        switch format.lowercased() {
        case "markdown", "md": render = ScorecardRenderer.markdown
        case "json": render = ScorecardRenderer.json
        case "html": render = ScorecardRenderer.html
        default: throw CLIError("unknown format `\(format)`; use markdown, json or html")
        }
        let configuration = try ConfigLoader.load(explicit: config, scanPaths: [path])
        let card = try Auditor.audit(path: path, configuration: configuration)
        let text = render(card)
        if let output {
            try PathValidation.write(Data(text.utf8), to: output)
            Terminal.note("Wrote the audit (\(card.overall)/100) to \(output).")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if let minScore, card.overall < minScore { throw ExitCode(1) }
    }
}
