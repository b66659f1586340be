import ArgumentParser
import BulwarkCore
import BulwarkKit
import Foundation

/// The root command. Subcommands live in `Commands/`.
struct Bulwark: ParsableCommand {
    static let version = BulwarkVersion.current

    static let configuration = CommandConfiguration(
        commandName: "bulwark",
        abstract: "Find AI supply-chain weaknesses: malicious model files, tampered CI, leaked keys, risky dependencies, over-privileged coding agents.",
        discussion: """
        Static analysis only: Bulwark never loads, unpickles or runs what it scans.

        Examples:
          bulwark scan                          scan the current folder
          bulwark scan models/ --only models    scan model files only
          bulwark scan . --format sarif --output bulwark.sarif
          bulwark rules                         list every rule
          bulwark explain pickle-dangerous-call
          bulwark init                          write a commented .bulwark.yml

        Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage,
        configuration or I/O error. Each command's help states its own; all of them
        are in docs/exit-codes.md.
        """,
        version: version,
        subcommands: [
            ScanCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self,
            AuditCommand.self, GateCommand.self, RunbookCommand.self, SaaSCommand.self,
            BomCommand.self, ModelCommand.self,
            DbCommand.self, DepsCommand.self, InventoryCommand.self, AffectedCommand.self,
            AgentsCommand.self, MCPCommand.self, AuditLogCommand.self,
        ],
        defaultSubcommand: nil
    )
}

extension Bulwark {
    /// Commands that moved under `bulwark model` keep their former top-level names as hidden aliases.
    static let formerNames = ["verify-model": ["model", "verify"], "sign-model": ["model", "sign"],
                              "explain-model": ["model", "explain"]]

    /// `bulwark verify-model X` -> `bulwark model verify X` (only as the first argument).
    static func rewritingFormerNames(_ arguments: [String]) -> [String] {
        // Every former name ends in `-model`: other arguments never touch the table (its first use costs
        // runtime type lookups at every start).
        guard let head = arguments.first, head == "help" || head.hasSuffix("-model") else { return arguments }
        if let first = arguments.first, let new = formerNames[first] { return new + arguments.dropFirst() }
        if arguments.count >= 2, arguments[0] == "help", let new = formerNames[arguments[1]] {
            return ["help"] + new + arguments.dropFirst(2)
        }
        return arguments
    }
}

/// A user-facing failure: one line on stderr, exit code 2.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
    init(_ message: String) { self.message = message }
}

enum Terminal {
    /// Writes text to standard output with write(2), straight from the string's UTF-8 storage (no `Data`
    /// copy of a report that can be megabytes). A closed pipe (`| head`) ends the writing quietly.
    static func writeStdout(_ text: String) {
        var t = text
        t.withUTF8 { writeStdout(bytes: $0) }
    }

    static func writeStdout(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeStdout(bytes: $0) }
    }

    private static func writeStdout(bytes buf: UnsafeBufferPointer<UInt8>) {
        guard let base = buf.baseAddress, buf.count > 0 else { return }
        var done = 0
        while done < buf.count {
            let n = write(1, base + done, buf.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            done += n
        }
    }

    static var stderrIsTTY: Bool { isatty(2) == 1 }
    static var stdoutIsTTY: Bool { isatty(1) == 1 }

    static func error(_ message: String) {
        let prefix = stderrIsTTY ? "\u{1B}[1;31merror:\u{1B}[0m " : "error: "
        FileHandle.standardError.write(Data((prefix + message + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

@main
enum Main {
    static func main() {
        #if canImport(Glibc)
        // glibc hands freed memory at the top of the heap back to the kernel once 128 KiB lie free, and the next
        // file's buffers then fault the pages in again: keeping up to 64 MiB (and growing the heap 8 MiB at a
        // time) took 5 to 8% of the CPU of a scan of the hub-mirror benchmark folder (full-size checkpoints).
        // `mallopt` is not in Swift's Glibc module (malloc.h): looked up in libc; M_TRIM_THRESHOLD is -1, M_TOP_PAD -2.
        if let f = dlsym(nil, "mallopt") {
            let mallopt = unsafeBitCast(f, to: (@convention(c) (Int32, Int32) -> Int32).self)
            _ = mallopt(-1, 64 << 20)
            _ = mallopt(-2, 8 << 20)
        }
        #endif
        Timings.mark("main entered")
        do {
            let arguments = Bulwark.rewritingFormerNames(Array(CommandLine.arguments.dropFirst()))
            if var scan = ScanCommand.fastParse(arguments) {
                Timings.mark("arguments parsed")
                scan.endsProcess = true
                try scan.run()
            } else {
                var command = try Bulwark.parseAsRoot(arguments)
                Timings.mark("arguments parsed")
                try command.run()
            }
        } catch let e as CLIError {
            Terminal.error(e.message)
            exit(2)
        } catch let e as Configuration.Error {
            Terminal.error(e.description)
            exit(2)
        } catch let e as ExitCode {
            exit(e.rawValue)
        } catch {
            let code = Bulwark.exitCode(for: error)
            if code == .success || error is CleanExit {
                Bulwark.exit(withError: error)
            }
            // Usage errors: ArgumentParser's message, then a pointer to help, exit 2.
            let message = Bulwark.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            Terminal.error(message.replacingOccurrences(of: "Error: ", with: ""))
            Terminal.note("Run `bulwark --help` or `bulwark help <command>` for usage.")
            exit(2)
        }
    }
}
