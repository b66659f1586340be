import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a helper program (git, tar) and collects its output. Both pipes are drained at the same
/// time, so a child that fills stderr while we read stdout cannot deadlock the scan.
public enum Subprocess {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: String
        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        /// The first line of stderr, or the exit status when stderr is empty (for one-line errors).
        public var errorLine: String {
            let line = stderr.split(separator: "\n").first.map(String.init) ?? ""
            return line.isEmpty ? "exit status \(status)" : line
        }
    }

    public struct LaunchError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `arguments[0]` found on PATH with the rest as its arguments. `environment` replaces the
    /// inherited one when given.
    public static func run(_ arguments: [String], currentDirectory: String? = nil,
                           environment: [String: String]? = nil) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
        if let environment { p.environment = environment }
        if let currentDirectory { p.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch {
            throw LaunchError(description: "cannot run \(arguments.first ?? "?"): \(error.localizedDescription)")
        }
        let errBox = ErrorBuffer()
        let reader = Thread { errBox.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let errData = errBox.wait()
        return Output(status: p.terminationStatus, stdout: [UInt8](data), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a program and hands its standard output to `consume` in chunks as it arrives, so output of
    /// any size (a repository's whole history) is never held in memory at once. `consume` returns
    /// false to stop early; the child is then terminated. Standard error is kept up to 64 KiB.
    public static func stream(_ arguments: [String], environment: [String: String]? = nil, input: [UInt8]? = nil,
                              consume: ([UInt8]) -> Bool) throws -> (status: Int32, stderr: String, stopped: Bool) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
        if let environment { p.environment = environment }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let inPipe = input.map { _ in Pipe() }
        p.standardInput = inPipe ?? FileHandle.nullDevice
        do { try p.run() } catch {
            throw LaunchError(description: "cannot run \(arguments.first ?? "?"): \(error.localizedDescription)")
        }
        if let inPipe, let input {
            // A child that exits before reading all its input must not kill us with SIGPIPE.
            signal(SIGPIPE, SIG_IGN)
            // Written from another thread: the child's output must be read while it reads its input.
            let writer = Thread {
                let fd = inPipe.fileHandleForWriting.fileDescriptor
                var off = 0
                while off < input.count {
                    let n = input.withUnsafeBytes { write(fd, $0.baseAddress! + off, input.count - off) }
                    if n < 0 { if errno == EINTR { continue }; break }
                    off += n
                }
                try? inPipe.fileHandleForWriting.close()
            }
            writer.start()
        }
        let errBox = ErrorBuffer()
        let errHandle = err.fileHandleForReading
        let reader = Thread {
            var kept = Data()
            while true {
                let d = errHandle.availableData
                if d.isEmpty { break }
                if kept.count < 64 << 10 { kept.append(d.prefix((64 << 10) - kept.count)) }
            }
            errBox.set(kept)
        }
        reader.start()
        let fd = out.fileHandleForReading.fileDescriptor
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var stopped = false
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            if !consume(Array(buffer[0..<n])) {
                stopped = true
                p.terminate()
                break
            }
        }
        // Drain what is left so the child is not blocked on a full pipe while it exits.
        if stopped { while buffer.withUnsafeMutableBytes({ read(fd, $0.baseAddress, $0.count) }) > 0 {} }
        p.waitUntilExit()
        let errData = errBox.wait()
        return (p.terminationStatus, String(decoding: errData, as: UTF8.self), stopped)
    }

    // MARK: git, with everything a repository can make it run switched off

    /// `-c` settings given to every git command Bulwark runs. A scanned repository's `.git/config`,
    /// `.gitattributes` and `info/attributes` are attacker-controlled: they can name programs that git
    /// runs for diffs (`diff.external`, `diff.<driver>.command`, `diff.<driver>.textconv`), for the
    /// index (`core.fsmonitor`), for hooks (`core.hooksPath`), for signatures (`gpg.program` through
    /// `log.showSignature`), for paging (`core.pager`) and for content filters
    /// (`filter.<driver>.smudge|clean|process`). Command-line settings win over every config file, so
    /// these neutralise all of them; filters are never triggered because Bulwark reads blobs with
    /// `cat-file` (which applies no filter) and never checks out, archives or refreshes the index.
    public static let gitSafetySettings: [String] = [
        "-c", "core.fsmonitor=false",
        "-c", "core.hooksPath=/dev/null",
        "-c", "core.pager=cat",
        "-c", "core.attributesFile=/dev/null",
        "-c", "core.untrackedCache=false",
        "-c", "core.quotePath=false",
        "-c", "diff.external=",
        "-c", "log.showSignature=false",
        "-c", "gpg.program=/bin/false",
        "-c", "gpg.ssh.program=/bin/false",
        "-c", "gpg.x509.program=/bin/false",
        "-c", "core.sshCommand=/bin/false",
        "-c", "credential.helper=",
        "-c", "protocol.allow=never",
        "--no-pager",
    ]

    /// The environment for git: the caller's, without variables that make git run programs or read
    /// other configuration (`GIT_EXTERNAL_DIFF`, `GIT_PAGER`, `GIT_SSH*`, `GIT_ASKPASS`,
    /// `GIT_CONFIG_*`), with the system configuration and system attributes switched off, no prompts
    /// and no optional index writes.
    public static var gitEnvironment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        for key in env.keys where key.hasPrefix("GIT_") || key == "PAGER" || key == "SSH_ASKPASS" {
            // Keep only what locates the user's identity; everything else is dropped.
            if key != "GIT_AUTHOR_NAME" && key != "GIT_AUTHOR_EMAIL" && key != "GIT_COMMITTER_NAME" && key != "GIT_COMMITTER_EMAIL" {
                env[key] = nil
            }
        }
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_ATTR_NOSYSTEM"] = "1"
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["GIT_OPTIONAL_LOCKS"] = "0"
        env["GIT_PAGER"] = "cat"
        env["PAGER"] = "cat"
        env["GIT_ASKPASS"] = "/bin/false"
        env["SSH_ASKPASS"] = "/bin/false"
        env["LC_ALL"] = "C"
        return env
    }

    /// `git -C directory args...` with `gitSafetySettings` and `gitEnvironment`. Every git command
    /// Bulwark runs goes through here or `gitStream`.
    public static func git(_ directory: String, _ args: [String]) throws -> Output {
        try run(["git"] + gitSafetySettings + ["-C", directory] + args, environment: gitEnvironment)
    }

    /// `git -C directory args...` with its output streamed to `consume` (see `stream`).
    public static func gitStream(_ directory: String, _ args: [String], input: [UInt8]? = nil,
                                 consume: ([UInt8]) -> Bool) throws -> (status: Int32, stderr: String, stopped: Bool) {
        try stream(["git"] + gitSafetySettings + ["-C", directory] + args, environment: gitEnvironment, input: input,
                   consume: consume)
    }

    private final class ErrorBuffer: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()
        func set(_ d: Data) { data = d; done.signal() }
        func wait() -> Data { done.wait(); return data }
    }
}
