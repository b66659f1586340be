import Foundation

/// Checks of the paths a command is given, before any work: a folder argument that is a file (or a
/// file argument that is a folder) and an `--output` whose folder does not exist are usage errors
/// (exit 2) with one line saying what was expected, never an empty answer or Foundation's generic
/// "The file couldn't be saved" message.
enum PathValidation {
    /// `path` must be an existing folder; `what` names it in the message ("the repository folder").
    static func requireFolder(_ path: String, what: String = "a repository folder") throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CLIError("\(path): no such folder; expected \(what)")
        }
        guard isDir.boolValue else {
            throw CLIError("\(path) is a file; expected \(what)")
        }
    }

    /// `path` must be an existing file (not a folder).
    static func requireFile(_ path: String, what: String = "a file") throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CLIError("\(path): no such file; expected \(what)")
        }
        guard !isDir.boolValue else {
            throw CLIError("\(path) is a folder; expected \(what)")
        }
    }

    /// An `--output FILE` that can be written: its folder exists, is a folder and is writable, and
    /// the path is not itself a folder. Call it before the work so a typo costs nothing.
    static func checkOutput(_ path: String, option: String = "--output") throws {
        guard !path.isEmpty else { throw CLIError("\(option): expected a file path, got an empty string") }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw CLIError("\(option) \(path) is a folder; expected a file path to write")
        }
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        var parentIsDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &parentIsDir) else {
            throw CLIError("\(option) \(path): the folder \(folder) does not exist; create it first")
        }
        guard parentIsDir.boolValue else {
            throw CLIError("\(option) \(path): \(folder) is a file, not a folder")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw CLIError("\(option) \(path): the folder \(folder) is not writable")
        }
    }

    /// Opens `path` for writing, truncated, creating it if needed, with open(2). Never a temporary
    /// file renamed over the path: `FileManager.createFile` does that, and run as root with
    /// `--output /dev/null` it replaced the device with a regular file.
    static func openForWriting(_ path: String, option: String = "--output") throws -> FileHandle {
        try checkOutput(path, option: option)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw CLIError("cannot write \(option) \(path): \(String(cString: strerror(errno)))")
        }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// Writes `data` to `path` (checked with `checkOutput` first), with a one-line error naming it.
    static func write(_ data: Data, to path: String, option: String = "--output") throws {
        try checkOutput(path, option: option)
        do { try data.write(to: URL(fileURLWithPath: path)) } catch {
            throw CLIError("cannot write \(option) \(path): \(error.localizedDescription)")
        }
    }
}
