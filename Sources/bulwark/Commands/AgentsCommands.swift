import ArgumentParser
import BulwarkAgents
import BulwarkModels
import BulwarkCore
import BulwarkKit
import Foundation

struct AgentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agents",
        abstract: "Coding agents: what runs without approval, and a least-privilege configuration per agent.",
        subcommands: [AgentsPolicyCommand.self]
    )
}

struct AgentsPolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Print a recommended least-privilege configuration for each agent found, and check the current one against it.",
        discussion: """
        Code generation stays allowed; package installs, commits, pushes and
        deployments go under ask or deny. Each deviation names the operation, the rule
        that grants it and the safer setting.

        Examples:
          bulwark agents policy
          bulwark agents policy examples/demo-ai-app --format json

        Exit codes: 0 every agent matches the policy, 1 deviations, 2 usage error.
        """
    )

    @Argument(help: "Repository folder.")
    var path: String = "."

    @Option(name: .shortAndLong, help: "text or json.")
    var format: String = "text"

    func run() throws {
        guard FileManager.default.fileExists(atPath: path) else { throw CLIError("\(path): no such file or folder") }
        let configuration = try ConfigLoader.load(explicit: nil, scanPaths: [path])
        let report = try AgentPolicyAdvisor.analyze(path: path, configuration: configuration)
        switch format.lowercased() {
        case "text": FileHandle.standardOutput.write(Data(report.renderText().utf8))
        case "json": FileHandle.standardOutput.write(Data((report.renderJSON() + "\n").utf8))
        default: throw CLIError("unknown format `\(format)`; use text or json")
        }
        if report.hasDeviations { throw ExitCode(1) }
    }
}

struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Lock MCP tool descriptions against rug pulls.",
        subcommands: [MCPPinCommand.self]
    )
}

struct MCPPinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pin",
        abstract: "Record the SHA-256 of each tool's name, description and input schema in bulwark.mcp.lock.",
        discussion: """
        Reads `tools/list` JSON snapshots (save a server's answer to a file, e.g.
        .bulwark/mcp-snapshots/github.json). `bulwark scan` then compares snapshots
        with the lock and reports changed, added and removed tools.

        Examples:
          bulwark mcp pin .bulwark/mcp-snapshots/*.json
          bulwark mcp pin snapshots/github.json --lock tools/bulwark.mcp.lock
        """
    )

    @Argument(help: "tools/list JSON snapshot files.")
    var snapshots: [String]

    @Option(help: "The lock file to write (merged with an existing one).")
    var lock: String = MCPLock.fileName

    func run() throws {
        guard !snapshots.isEmpty else { throw CLIError("give at least one tools/list snapshot file") }
        let written: MCPLock
        do { written = try MCPPinning.pin(snapshotPaths: snapshots, lockPath: lock) } catch {
            throw CLIError("\(error)")
        }
        let tools = written.servers.values.reduce(0) { $0 + $1.tools.count }
        Terminal.note("Pinned \(tools) tool(s) of \(written.servers.count) server(s) in \(lock).")
    }
}

struct AuditLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit-log",
        abstract: "A tamper-evident, hash-chained log of approvals and configuration changes.",
        subcommands: [AuditLogAppendCommand.self, AuditLogVerifyCommand.self]
    )
}

struct AuditLogAppendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append",
        abstract: "Append one entry (kind, actor, JSON payload) chained to the previous one.",
        discussion: """
        Kinds are kebab-case: agent-config-change, mcp-pin-change,
        dependency-approval, model-admission... The payload is JSON, from --payload or
        standard input (for example `bulwark deps diff --format json`).

        Examples:
          bulwark audit-log append --kind dependency-approval --actor alice
            --payload '{"package":"pypi/httpx","version":"0.27.2"}'
          bulwark deps diff --base origin/main --format json | bulwark audit-log
            append --kind dependency-approval --actor alice
        """
    )

    @Option(help: "The log file.")
    var log: String = ".bulwark/audit-log.jsonl"

    @Option(help: "What happened (kebab-case).")
    var kind: String

    @Option(help: "Who did it.")
    var actor: String

    @Option(help: "JSON payload (default: read standard input).")
    var payload: String?

    func run() throws {
        let json: String
        if let payload { json = payload } else {
            json = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        let dir = (log as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        do {
            let entry = try AuditLog(path: log).append(kind: kind, actor: actor, payloadJSON: json)
            Terminal.note("Appended entry \(entry.seq) to \(log); new head \(entry.hash) (record it elsewhere for `verify --head`).")
        } catch {
            throw CLIError("\(error)")
        }
    }
}

struct AuditLogVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the hash chain; report any edited, reordered or deleted line by number.",
        discussion: """
        Every line must be its own canonical JSON with exactly the format's fields: an
        added field, a duplicate key or re-spaced JSON is reported as tampering.
        Entries cut from the end of the log leave no trace in the file itself: give
        --head (a head hash recorded elsewhere), or let `bulwark gate --base` compare
        the branch's log with the base branch's.

        Examples:
          bulwark audit-log verify
          bulwark audit-log verify .bulwark/audit-log.jsonl --head 3f9a...
              (also detect truncation)
          git show origin/main:.bulwark/audit-log.jsonl > /tmp/base.jsonl
          bulwark audit-log verify --extends /tmp/base.jsonl
              (only appended to since main)

        Exit codes: 0 intact, 1 tampered, 2 unreadable.
        """
    )

    @Argument(help: "The log file.")
    var log: String = ".bulwark/audit-log.jsonl"

    @Option(help: "The head hash recorded elsewhere, to detect lines cut from the end.")
    var head: String?

    @Option(help: "An older copy of the log (e.g. the base branch's): the log must extend it entry for entry.")
    var extends: String?

    func run() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: log, isDirectory: &isDir) else { throw CLIError("\(log): no such file") }
        guard !isDir.boolValue else { throw CLIError("\(log) is a folder; expected the log file (e.g. .bulwark/audit-log.jsonl)") }
        let head = head?.lowercased()
        if let head {
            guard head.count == 64, head.allSatisfy({ $0.isHexDigit }) else {
                throw CLIError("--head \(head): expected a head hash of 64 lower-case hex digits, as `audit-log verify` prints it")
            }
        }
        var base: [UInt8]?
        if let extends {
            try PathValidation.requireFile(extends, what: "--extends: an older copy of the audit log")
            guard let data = FileManager.default.contents(atPath: extends) else { throw CLIError("\(extends): cannot read") }
            base = Array(data)
        }
        let v: AuditLog.Verification
        do { v = try AuditLog(path: log).verify(expectedHead: head) } catch { throw CLIError("\(error)") }
        if v.isIntact, let base, let extends {
            guard let data = FileManager.default.contents(atPath: log) else { throw CLIError("\(log): cannot read") }
            do {
                let ext = try AuditLog.checkExtends(base: base, head: Array(data))
                print("ok: \(v.entries) entries, head \(v.head); extends \(extends) (\(ext.baseEntries) entries) with \(ext.appended) new")
            } catch {
                print("\(log): does not extend \(extends): \(error.message)")
                throw ExitCode(1)
            }
        } else if v.isIntact {
            print("ok: \(v.entries) entries, head \(v.head)")
            if head == nil {
                print("note: without --head, entries removed from the end of the log cannot be detected; record the head above elsewhere (or use `gate --base`, which anchors the log on the base branch)")
            }
        } else {
            for p in v.problems { print("\(log):\(p.line): \(p.message)") }
            throw ExitCode(1)
        }
    }
}

struct ExplainModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show what loading a model file would run: every pickle decompiled, with verdicts. Nothing is executed.",
        discussion: """
        The last line is the verdict: the findings that
        `bulwark scan --only models FILE` reports.

        Examples:
          bulwark model explain models/classifier.pt
          bulwark model explain pytorch_model.bin | less
          bulwark model explain model.pkl --fail-on none   (always exit 0)

        Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it,
        2 usage error or unreadable file.
        """
    )

    @Argument(help: "A model file (pickle, PyTorch zip or legacy, joblib, numpy, Keras...).")
    var file: String

    @Option(help: "Stop after this many lines of output.")
    var maxLines: Int = 2_000

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: critical, high, medium, low, info, or none.")
    var failOn: String = "high"

    func run() throws {
        let threshold: Severity?
        if failOn.lowercased() == "none" { threshold = nil } else {
            guard let s = Severity(name: failOn) else {
                throw CLIError("--fail-on: unknown severity `\(failOn)`; use critical, high, medium, low, info or none")
            }
            threshold = s
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDir), !isDir.boolValue else {
            throw CLIError("\(file): no such file")
        }
        let (root, only) = try FileWalker.root(for: file)
        let walked = FileWalker(configuration: Configuration()).walk(root, onlyFile: only)
        guard let source = walked.files.first else { throw CLIError("\(file): cannot read it") }
        let explanation = ModelExplainer.explanation(source, maxLines: maxLines)
        FileHandle.standardOutput.write(Data(explanation.text.utf8))
        if let threshold, let worst = explanation.worstSeverity, worst >= threshold { throw ExitCode(1) }
    }
}
