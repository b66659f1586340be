import Foundation

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

    /// Runs `arguments[0]` found on PATH with the rest as its arguments.
    public static func run(_ arguments: [String], currentDirectory: String? = nil) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
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

    /// `git -C directory args...`.
    public static func git(_ directory: String, _ args: [String]) throws -> Output {
        try run(["git", "-C", directory] + args)
    }

    private final class ErrorBuffer: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()
        func set(_ d: Data) { data = d; done.signal() }
        func wait() -> Data { done.wait(); return data }
    }
}
