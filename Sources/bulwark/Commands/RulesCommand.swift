import ArgumentParser
import BulwarkCore
import BulwarkKit
import BulwarkReporters
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its id, family, default severity and summary.",
        discussion: """
        Examples:
          bulwark rules
          bulwark rules --family models
          bulwark rules --format json
          bulwark rules --write-docs docs/rules    (regenerate the rule docs)

        Exit codes: 0 listed or written, 2 unknown family or format, or a write error.
        """
    )

    @Option(name: .shortAndLong, help: "Output format: table, json or markdown.")
    var format: String = "table"

    @Option(help: "Only rules of this family.")
    var family: String?

    @Option(name: .customLong("write-docs"), help: "Write docs/rules/<id>.md and an index to FOLDER, removing stale rule pages.")
    var writeDocs: String?

    func run() throws {
        if let dir = writeDocs {
            let fm = FileManager.default
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let docs = RuleDocs.all()
            for existing in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] where existing.hasSuffix(".md") && docs[existing] == nil {
                try fm.removeItem(atPath: (dir as NSString).appendingPathComponent(existing))
            }
            for (name, content) in docs {
                try Data(content.utf8).write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent(name)))
            }
            Terminal.note("Wrote \(docs.count) files to \(dir).")
            if let readme = try? String(contentsOfFile: "README.md", encoding: .utf8),
               let updated = RuleDocs.updatingReadme(readme), updated != readme {
                try Data(updated.utf8).write(to: URL(fileURLWithPath: "README.md"))
                Terminal.note("Updated the rules table in README.md.")
            }
            return
        }
        if let family, !Families.familyIDs.contains(family) {
            throw CLIError("unknown family `\(family)`; families are \(Families.familyIDs.joined(separator: ", "))")
        }
        let rules = Families.all.filter { family == nil || $0.family == family }.flatMap(\.rules)
        var out = ""
        switch format.lowercased() {
        case "json":
            let items: [JSON] = rules.map { r in
                .object([
                    ("id", .string(r.id)), ("name", .string(r.name)), ("family", .string(r.family)),
                    ("severity", .string(r.defaultSeverity.rawValue)), ("confidence", .string(r.defaultConfidence.rawValue)),
                    ("optIn", .bool(r.optIn)), ("summary", .string(r.summary)),
                    ("aliases", .array(r.aliases.map(JSON.string))),
                ])
            }
            out = JSON.array(items).render() + "\n"
        case "markdown", "md":
            out = RuleDocs.index(families: Families.all.filter { family == nil || $0.family == family })
        case "table":
            let idW = min(44, rules.map(\.id.count).max() ?? 10)
            for fam in Families.all where family == nil || fam.family == family {
                out += "\(fam.family) — \(fam.title) (\(fam.rules.count) rules)\n"
                for r in fam.rules {
                    let sev = r.defaultSeverity.rawValue + (r.optIn ? "*" : "")
                    out += "  " + r.id.padding(toLength: max(idW, r.id.count), withPad: " ", startingAt: 0) + "  "
                        + sev.padding(toLength: 9, withPad: " ", startingAt: 0) + r.summary + "\n"
                }
                out += "\n"
            }
            out += "\(rules.count) rules. * = opt-in. `bulwark explain ID` shows the full text.\n"
        default:
            throw CLIError("unknown format `\(format)`; use table, json or markdown")
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show what a rule detects, why it matters, how to fix it, and examples.",
        discussion: "Example:\n  bulwark explain scan-error"
    )

    @Argument(help: "A rule id (or a former id).")
    var rule: String

    func run() throws {
        guard let r = Families.rule(rule) else {
            let ids = Families.allRules.map(\.id)
            let best = ids.min { editDistance($0, rule) < editDistance($1, rule) }
            var msg = "unknown rule `\(rule)`"
            if let b = best, editDistance(b, rule) <= 4 { msg += " (did you mean `\(b)`?)" }
            throw CLIError(msg + "; `bulwark rules` lists every rule")
        }
        FileHandle.standardOutput.write(Data(RuleDocs.markdown(for: r).utf8))
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented default .bulwark.yml.",
        discussion: """
        Examples:
          bulwark init
          bulwark init path/to/repo --force

        Exit codes: 0 written, 2 no such folder, the file exists (without --force)
        or cannot be written.
        """
    )

    @Argument(help: "Folder to write .bulwark.yml into (default: the current folder).")
    var folder: String?

    @Flag(help: "Overwrite an existing .bulwark.yml.")
    var force = false

    func run() throws {
        let folder = self.folder ?? "."
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError("\(folder): no such folder")
        }
        let path = (folder as NSString).appendingPathComponent(Configuration.fileName)
        if FileManager.default.fileExists(atPath: path) && !force {
            throw CLIError("\(path) already exists; pass --force to overwrite it")
        }
        do { try Data(DefaultConfiguration.text.utf8).write(to: URL(fileURLWithPath: path)) } catch {
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
        Terminal.note("Wrote \(path). Edit it, then run `bulwark scan \(folder)`.")
    }
}
