import BulwarkCore

/// A tiny family for pipeline tests: flags every line that contains `EVIL` (rule `test-evil`,
/// high) and every file named `*.bad` (rule `test-bad-file`, critical, no line).
public struct TestFamily: FamilyScanner {
    public static let evil = RuleDescription(
        id: "test-evil", name: "Evil line", family: "test", summary: "A line says EVIL.",
        rationale: "## What it detects\nEVIL\n## Why it matters\nTests.\n## How to fix\nRemove it.\n## References\n- none",
        defaultSeverity: .high, remediation: "Remove the word.")
    public static let badFile = RuleDescription(
        id: "test-bad-file", name: "Bad file", family: "test", summary: "A file is named *.bad.",
        rationale: "## What it detects\nx\n## Why it matters\nx\n## How to fix\nx\n## References\n- none",
        defaultSeverity: .critical)

    /// Paths read by `wants`, so tests can check the walker's selection.
    public init() {}
    public var family: String { "test" }
    public var title: String { "Test family" }
    public var rules: [RuleDescription] { [Self.evil, Self.badFile] }
    public func wants(_ file: SourceFile) -> Bool { true }

    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] {
        var out: [Finding] = []
        if file.fileExtension == "bad", context.settings(for: Self.badFile).enabled {
            out.append(Finding(rule: Self.badFile, message: "bad file", location: Location(path: file.relativePath, byteOffset: 0)))
        }
        guard context.settings(for: Self.evil).enabled, file.isReadableWhole, let text = file.text else { return out }
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("EVIL") {
            out.append(Finding(rule: Self.evil, message: "line says EVIL", location: context.ruleContext(Self.evil, file: file).location(line: i + 1),
                               anchor: String(line.trimmingCharacters(in: .whitespaces))))
        }
        return out
    }
}

import Foundation

/// A temporary folder removed when the value is released.
public final class TemporaryDirectory: Sendable {
    public let path: String

    public init() {
        let base = NSTemporaryDirectory() + "bulwark-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (creating folders) and returns its absolute path.
    @discardableResult
    public func write(_ relative: String, _ text: String) -> String {
        write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    public func write(_ relative: String, bytes: [UInt8]) -> String {
        let full = path + "/" + relative
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }
}

/// Where the repository lives, for tests that read committed files (docs, examples, schemas).
public enum Repository {
    public static func root(_ file: String = #filePath) -> String {
        var url = URL(fileURLWithPath: file)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }

    /// The Python of the project's venv (created by `scripts/test`), holding the official validators.
    public static var python: String? {
        if let p = ProcessInfo.processInfo.environment["BULWARK_PYTHON"], FileManager.default.isExecutableFile(atPath: p) { return p }
        let p = root() + "/.venv/bin/python"
        return FileManager.default.isExecutableFile(atPath: p) ? p : nil
    }

    /// Reads a pipe to its end with read(2), retrying on EINTR. (Foundation's
    /// `readDataToEndOfFile` traps on an interrupted read, which crashed whole test runs.)
    static func readAll(_ fd: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { data.append(contentsOf: buffer[0..<n]); continue }
            if n < 0 && errno == EINTR { continue }
            return data
        }
    }

    /// Runs a program and returns (exit status, stdout, stderr).
    public static func run(_ executable: String, _ arguments: [String], cwd: String? = nil, stdin: String? = nil) -> (Int32, String, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        do { try p.run() } catch { return (-1, "", "\(error)") }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty child cannot block on a full pipe.
        nonisolated(unsafe) var errData = Data()
        let t = Thread { errData = readAll(err.fileHandleForReading.fileDescriptor) }
        t.start()
        let outData = readAll(out.fileHandleForReading.fileDescriptor)
        p.waitUntilExit()
        while t.isExecuting || !t.isFinished { usleep(1000) }
        return (p.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

extension Repository {
    /// The `bulwark` executable built beside the test bundle (`swift build` builds it; scripts/test does).
    public static var bulwarkBinary: String? {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["BULWARK_BIN"] { candidates.append(env) }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(runner.appendingPathComponent("bulwark").path)
        candidates.append(runner.deletingLastPathComponent().appendingPathComponent("bulwark").path)
        candidates.append(root() + "/.build/debug/bulwark")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
