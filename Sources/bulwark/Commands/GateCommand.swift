import ArgumentParser
import BulwarkAudit
import BulwarkCore
import Foundation

struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Fail a pull request that adds weaknesses, unapproved dependencies, models or MCP servers.",
        discussion: """
        Compares the working tree with a base commit: new findings at or above
        --fail-on (findings that already exist on the base do not count), direct
        dependencies added or changed without an approval in .bulwark/approvals.yml,
        pickle-capable model files added without an approval pinned by SHA-256, and
        MCP servers added without approval, and audit-log entries rewritten instead of
        appended. Both trees are judged with the base's .bulwark.yml, so a change
        cannot relax its own rules. Only files git tracks (and new ones it does not
        ignore) are the change: build output in ignored folders never blocks.

        Examples:
          bulwark gate --base origin/main
          bulwark gate --base HEAD~1 --markdown summary.md --sarif gate.sarif
          bulwark gate --base "$GITHUB_BASE_REF" --fail-on high
          bulwark gate --base origin/main --format json --output gate.json

        Exit codes: 0 the change may land, 1 it is blocked, 2 usage or git error.
        """
    )

    @Option(help: "The base commit, branch or tag to compare with (e.g. origin/main).")
    var base: String

    @Argument(help: "The repository.")
    var path: String = "."

    @Option(name: .customLong("fail-on"), help: "Block new findings at or above this severity.")
    var failOn: String = "medium"

    @Option(name: .shortAndLong, help: "Output format: markdown, json or sarif.")
    var format: GateFormat = .markdown

    @Option(name: .shortAndLong, help: "Write the report in --format to FILE instead of standard output.")
    var output: String?

    @Option(help: "Also write the Markdown summary (for a PR comment) to FILE.")
    var markdown: String?

    @Option(help: "Also write the new findings and gate violations as SARIF to FILE.")
    var sarif: String?

    func run() throws {
        for (path, option) in [(output, "--output"), (markdown, "--markdown"), (sarif, "--sarif")] {
            if let path { try PathValidation.checkOutput(path, option: option) }
        }
        guard let sev = Severity(name: failOn) else {
            throw CLIError("--fail-on: unknown severity `\(failOn)`; use critical, high, medium, low or info")
        }
        var options = Gate.Options(repository: path, base: base)
        options.failOn = sev
        let result: Gate.Result
        do { result = try Gate.run(options) } catch let e as Gate.GateError { throw CLIError(e.description) }
        let report: String
        switch format {
        case .markdown: report = GateReport.markdown(result)
        case .json: report = GateReport.json(result)
        case .sarif: report = GateReport.sarif(result)
        }
        if let output {
            try PathValidation.write(Data(report.utf8), to: output)
        } else if markdown == nil || format != .markdown {
            Terminal.writeStdout(report)
        }
        if let markdown { try PathValidation.write(Data(GateReport.markdown(result).utf8), to: markdown, option: "--markdown") }
        if let sarif { try PathValidation.write(Data(GateReport.sarif(result).utf8), to: sarif, option: "--sarif") }
        Terminal.note(result.passed ? "Gate passed." : "Gate failed: \(result.blocking.count) blocking item(s).")
        if !result.passed { throw ExitCode(1) }
    }
}

enum GateFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json, sarif
}
