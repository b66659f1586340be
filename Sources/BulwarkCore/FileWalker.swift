import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Walks files and folders for a scan.
///
/// Every file under a root is returned except the internals of git directories, configured
/// excludes and, by default, build output and tool caches (`defaultExcludeReason`); other gitignored
/// files are included on purpose (model folders and `.env` files are often ignored yet loaded).
/// FIFOs, sockets and devices are reported, never opened. Symbolic links inside a walk are never followed: a link to a place inside the root
/// is scanned where it points, and a link out of the root is reported, so no walk can escape the
/// root or loop. Folders are also tracked by device and inode, which stops bind-mount cycles.
public struct FileWalker: Sendable {
    public struct Result: Sendable {
        public var files: [SourceFile]
        /// Walk problems turned into findings (`scan-error`, `scan-skipped-symlink`).
        public var findings: [Finding]
        /// Folders left out by the default excludes (build output, dependency caches), relative paths.
        public var skippedFolders: [String] = []
    }

    /// A scan root: the folder that relative paths are computed from.
    public struct Root: Sendable {
        public var absolutePath: String
        public var displayPath: String

        public init(absolutePath: String, displayPath: String) {
            self.absolutePath = absolutePath
            self.displayPath = displayPath
        }
    }

    public var configuration: Configuration
    /// Leave out build output and dependency caches the repository does not own (see
    /// `defaultExcludeReason`). On by default; `scan --no-default-excludes` turns it off.
    public var defaultExcludes: Bool
    /// When set, only these root-relative file paths are returned (the gate passes the files git
    /// tracks, so ignored build output is never part of a change).
    public var onlyPaths: Set<String>?
    /// Open each regular file as the walk finds it (`openat` and `fstat` instead of `fstatat`), for a scan that
    /// reads nearly every file (the models family sniffs the content of every file): the file's first read then
    /// uses that descriptor, which saves one of the five system calls each file cost (walk `fstatat`, `open`,
    /// `fstat`, `read`, `close`). The walk holds at most `OpenBudget.limit` files open ahead of their readers,
    /// which must read or `releaseCache()` every file it hands out. A file that cannot be opened so (a symbolic
    /// link or a special file swapped in, no permission) goes through the usual `fstatat` checks, which give
    /// the same files and findings as without this option.
    public var opensFiles = false
    /// How many files `opensFiles` holds open ahead of their readers, and how long the walk waits for places to come
    /// back before it stops opening ahead (see `OpenBudget`).
    public var openAheadLimit = 128
    public var openAheadPatience: DispatchTimeInterval = .milliseconds(250)

    public init(configuration: Configuration, defaultExcludes: Bool = true, onlyPaths: Set<String>? = nil) {
        self.configuration = configuration
        self.defaultExcludes = defaultExcludes
        self.onlyPaths = onlyPaths
    }

    /// Folder names that are always build output or tool caches, never sources a repository ships.
    /// `node_modules` is not among them: installed packages carry instructions agents read and
    /// manifests the dependency family checks.
    public static let defaultExcludedFolderNames: Set<String> = [
        ".build", ".swiftpm", ".venv", ".tox", ".nox", ".gradle", "__pycache__", ".mypy_cache", ".pytest_cache",
        ".ruff_cache", ".next", ".nuxt", ".turbo", ".parcel-cache", ".terraform", ".eggs", ".dart_tool",
    ]

    /// Why a folder is build output or a cache, or nil. By name (`.build`, `.venv`, `__pycache__`,
    /// `.build-*`...) or by the marker such folders carry: `pyvenv.cfg` (a Python virtual environment
    /// under any name) and `CACHEDIR.TAG` (Cargo's `target/` and other caches, by the Cache Directory
    /// Tagging Specification).
    static func defaultExcludeReason(name: String, dfd: Int32, cname: [CChar]) -> String? {
        if defaultExcludedFolderNames.contains(name) { return name }
        if name.hasPrefix(".build-") || name.hasPrefix(".build_") { return ".build-*" }
        var st = stat()
        for marker in ["pyvenv.cfg", "CACHEDIR.TAG"] {
            let rel = cname.dropLast() + [47] + Array(marker.utf8CString)
            if fstatat(dfd, rel, &st, AT_SYMLINK_NOFOLLOW) == 0, (st.st_mode & S_IFMT) == S_IFREG { return marker }
        }
        return nil
    }

    /// Whether a folder named `.git` is a git directory (objects, refs and HEAD), whose internals are
    /// not scanned. A folder that merely carries the name is scanned like any other.
    static func isGitDirectory(dfd: Int32, cname: [CChar]) -> Bool {
        var st = stat()
        for (part, dir) in [("HEAD", false), ("objects", true), ("refs", true)] {
            let rel = cname.dropLast() + [47] + Array(part.utf8CString)
            guard fstatat(dfd, rel, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            if ((st.st_mode & S_IFMT) == S_IFDIR) != dir { return false }
        }
        return true
    }

    /// Resolves what the user passed into a root. A file argument is scanned relative to its folder.
    public static func root(for argument: String) throws -> (root: Root, onlyFile: String?) {
        let cwd = FileManager.default.currentDirectoryPath
        let abs = argument.hasPrefix("/") ? argument : cwd + "/" + argument
        guard let real = realpath(abs, nil) else {
            throw WalkError(message: "\(argument): \(String(cString: strerror(errno)))")
        }
        let resolved = String(cString: real)
        free(real)
        var st = stat()
        guard stat(resolved, &st) == 0 else {
            throw WalkError(message: "\(argument): \(String(cString: strerror(errno)))")
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            return (Root(absolutePath: resolved, displayPath: argument), nil)
        }
        let parent = (resolved as NSString).deletingLastPathComponent
        let name = (resolved as NSString).lastPathComponent
        return (Root(absolutePath: parent.isEmpty ? "/" : parent, displayPath: argument), name)
    }

    public struct WalkError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
        public init(message: String) { self.message = message }
    }

    /// Walks one root (or a single file inside it) and returns files in sorted path order.
    /// `found` is called with each file as soon as the walk reaches it (in walk order), so that
    /// scanning can start before the walk ends.
    public func walk(_ root: Root, onlyFile: String? = nil, found: ((SourceFile) -> Void)? = nil) -> Result {
        var files: [SourceFile] = []
        func add(_ f: SourceFile) {
            files.append(f)
            found?(f)
        }
        var findings: [Finding] = []
        var skippedFolders: [String] = []
        let rootPath = root.absolutePath == "/" ? "" : root.absolutePath
        // Folders that lead to a wanted file, when the walk is limited to a list of files.
        var wantedFolders: Set<String>? = nil
        if let only = onlyPaths {
            var folders: Set<String> = [""]
            for p in only {
                var parts = p.split(separator: "/").dropLast()
                while !parts.isEmpty {
                    if !folders.insert(parts.joined(separator: "/")).inserted { break }
                    parts = parts.dropLast()
                }
            }
            wantedFolders = folders
        }

        if let name = onlyFile {
            var st = stat()
            let abs = rootPath + "/" + name
            if stat(abs, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG, (st.st_mode & S_IFMT) != S_IFDIR {
                var f = Self.scanError(path: name, reason: "not a regular file (\(Self.kindName(st.st_mode & S_IFMT))); not opened")
                f.severity = .low
                findings.append(f)
            } else if stat(abs, &st) == 0 {
                add(SourceFile(relativePath: name, absolutePath: abs, size: Int(st.st_size),
                               maxWholeFileBytes: configuration.maxFileSize))
            } else {
                findings.append(Self.scanError(path: name, reason: String(cString: strerror(errno))))
            }
            return Result(files: files, findings: findings)
        }

        let euid = geteuid()
        var budget: OpenBudget? = opensFiles ? OpenBudget(limit: openAheadLimit, patience: openAheadPatience) : nil
        // Folders seen, by device and inode (device -> inodes): keyed by plain integers, since a set of a struct
        // of the two cost a run-time `Hashable` conformance lookup in every process.
        var visited: [Int: Set<Int>] = [:]
        func firstVisit(_ st: stat) -> Bool {
            visited[Int(truncatingIfNeeded: UInt64(st.st_dev)), default: []].insert(Int(truncatingIfNeeded: UInt64(st.st_ino))).inserted
        }
        // Stack of (absolute fs path bytes, relative display path).
        var stack: [([CChar], String)] = [(Array(root.absolutePath.utf8CString), "")]
        var rootStat = stat()
        if stat(root.absolutePath, &rootStat) == 0 {
            _ = firstVisit(rootStat)
        }

        while let (dirPath, relDir) = stack.popLast() {
            guard let dir = opendir(dirPath) else {
                findings.append(Self.scanError(path: relDir.isEmpty ? "." : relDir,
                                               reason: "cannot open folder: " + String(cString: strerror(errno))))
                continue
            }
            var entries: [(name: [CChar], display: String, type: UInt8)] = []
            while let ent = readdir(dir) {
                let name = withUnsafeBytes(of: ent.pointee.d_name) { raw -> [CChar] in
                    let p = raw.bindMemory(to: CChar.self)
                    let len = strnlen(p.baseAddress!, p.count)
                    return Array(p[0..<len])
                }
                if name == [46] || name == [46, 46] { continue }
                entries.append((name, Self.displayName(name), ent.pointee.d_type))
            }
            // Entries are looked up relative to the open folder (fstatat/faccessat): resolving each full
            // path again from the root cost more than the rest of the walk.
            let dfd = dirfd(dir)
            defer { closedir(dir) }
            entries.sort { $0.display < $1.display }
            var subdirs: [([CChar], String)] = []
            // The folder stays open for the files found in it (taken at the first one; nil past the limit).
            var handle: DirectoryHandle?
            var triedHandle = false
            for (name, display, type) in entries {
                let rel = relDir.isEmpty ? display : relDir + "/" + display
                if configuration.isExcluded(rel) { continue }
                var full = dirPath.dropLast() // drop NUL
                full.append(47)
                full.append(contentsOf: name)
                full.append(0)
                let fullPath = Array(full)
                var st = stat()
                let cname = name + [0]
                // A regular file by its directory entry, opened now (`opensFiles`); any failure falls through to
                // the `fstatat` path below, which decides what the file is and what to report.
                if let openBudget = budget, type == UInt8(DT_REG), onlyPaths?.contains(rel) ?? true {
                    if openBudget.acquire() {
                        let fd = openat(dfd, cname, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
                        if fd >= 0, fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
                            if !triedHandle {
                                triedHandle = true
                                handle = DirectoryHandle.duplicating(dfd)
                            }
                            add(SourceFile(relativePath: rel, absolutePath: String(decoding: fullPath.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self),
                                           size: Int(st.st_size), maxWholeFileBytes: configuration.maxFileSize,
                                           fileSystemPath: fullPath, directory: handle, nameInDirectory: handle == nil ? nil : cname,
                                           opened: OpenedFile(fd: fd, budget: openBudget)))
                            continue
                        }
                        if fd >= 0 { close(fd) }
                        openBudget.release()
                    } else {
                        budget = nil  // nothing came back in time: the rest of the walk opens nothing ahead
                    }
                }
                guard fstatat(dfd, cname, &st, AT_SYMLINK_NOFOLLOW) == 0 else {
                    findings.append(Self.scanError(path: rel, reason: String(cString: strerror(errno))))
                    continue
                }
                let kind = st.st_mode & S_IFMT
                if kind == S_IFLNK {
                    if let target = Self.symlinkEscapes(fullPath, rootPath: root.absolutePath) {
                        findings.append(Self.skippedSymlink(path: rel, target: target))
                    }
                    continue
                }
                if kind == S_IFDIR {
                    if let wanted = wantedFolders, !wanted.contains(rel) { continue }
                    if display == ".git", Self.isGitDirectory(dfd: dfd, cname: cname) { continue }
                    if defaultExcludes, wantedFolders == nil, Self.defaultExcludeReason(name: display, dfd: dfd, cname: cname) != nil {
                        skippedFolders.append(rel)
                        continue
                    }
                    if firstVisit(st) { subdirs.append((fullPath, rel)) }
                    continue
                }
                if let only = onlyPaths, !only.contains(rel) { continue }
                guard kind == S_IFREG else {
                    // FIFOs, sockets and devices are never opened: reading one can block forever.
                    var f = Self.scanError(path: rel, reason: "not a regular file (\(Self.kindName(kind))); not opened")
                    f.severity = .low
                    findings.append(f)
                    continue
                }
                // Readable for sure (our own file with its owner-read bit, or root) needs no access(2) call.
                let surelyReadable = euid == 0 || (st.st_uid == euid && st.st_mode & S_IRUSR != 0)
                if !surelyReadable, faccessat(dfd, cname, R_OK, 0) != 0 {
                    findings.append(Self.scanError(path: rel, reason: "cannot read file: " + String(cString: strerror(errno))))
                    continue
                }
                if !triedHandle {
                    triedHandle = true
                    handle = DirectoryHandle.duplicating(dfd)
                }
                add(SourceFile(relativePath: rel, absolutePath: String(decoding: fullPath.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self),
                               size: Int(st.st_size), maxWholeFileBytes: configuration.maxFileSize,
                               fileSystemPath: fullPath, directory: handle, nameInDirectory: handle == nil ? nil : cname))
            }
            // Depth-first in sorted order: push in reverse so the smallest name pops first.
            stack.append(contentsOf: subdirs.reversed())
        }
        files.sort { $0.relativePath < $1.relativePath }
        return Result(files: files, findings: findings, skippedFolders: skippedFolders.sorted())
    }

    static func kindName(_ kind: mode_t) -> String {
        switch kind {
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "a special file"
        }
    }

    /// Names that are not UTF-8 are shown with each invalid byte as `\xNN`.
    static func displayName(_ name: [CChar]) -> String {
        let bytes = name.map { UInt8(bitPattern: $0) }
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        var out = ""
        var i = 0
        while i < bytes.count {
            var matched = false
            for len in stride(from: 4, through: 1, by: -1) where i + len <= bytes.count {
                if let s = String(validating: bytes[i..<(i + len)], as: UTF8.self) {
                    out += s
                    i += len
                    matched = true
                    break
                }
            }
            if !matched {
                out += String(format: "\\x%02X", bytes[i])
                i += 1
            }
        }
        return out
    }

    /// Returns the link target when a symlink resolves outside the root (or dangles), else nil.
    static func symlinkEscapes(_ path: [CChar], rootPath: String) -> String? {
        var buf = [CChar](repeating: 0, count: 4097)
        let n = readlink(path, &buf, 4096)
        let target = n > 0 ? String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
        guard let real = realpath(path, nil) else { return nil } // dangling or looping link: nothing to read
        defer { free(real) }
        let resolved = String(cString: real)
        let prefix = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
        if resolved == rootPath || resolved.hasPrefix(prefix) { return nil }
        return target
    }

    public static let scanErrorRule = RuleDescription(
        id: "scan-error", name: "File could not be scanned", family: "core",
        summary: "A file or folder could not be read, so it was not scanned.",
        rationale: """
        ## What it detects
        A file or folder that Bulwark could not open or read (permissions, I/O errors, a file that vanished during the scan).

        ## Why it matters
        An unscanned file is not a clean file: a payload can hide in exactly the file a scanner skips.

        ## How to fix
        Make the file readable by the user that runs the scan, or exclude it deliberately in `.bulwark.yml` (`exclude:`).

        ## References
        - CWE-1059: Insufficient Technical Documentation (an unscanned artifact is unaccounted for)
        """,
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Make the file readable by the scanning user, or exclude it on purpose in .bulwark.yml.")

    public static let skippedSymlinkRule = RuleDescription(
        id: "scan-skipped-symlink", name: "Symbolic link out of the scan root", family: "core",
        summary: "A symbolic link points outside the scanned folder and was not followed.",
        rationale: """
        ## What it detects
        A symbolic link whose target lies outside the folder being scanned (or that cannot be resolved).

        ## Why it matters
        Bulwark never follows links out of the scan root, so the target was not scanned. Links out of a repository can also be an attack: a checked-out link to `~/.ssh` or `/etc` turns a harmless-looking read into a data leak. Hugging Face cache snapshots are links into `../../blobs`.

        ## How to fix
        Scan the folder that holds the targets (for a Hugging Face snapshot, the model's cache folder), or replace the link with the file itself.

        ## References
        - CWE-59: Improper Link Resolution Before File Access
        """,
        defaultSeverity: .info, defaultConfidence: .high,
        remediation: "Scan the folder that contains the link target, or replace the link with the file.")

    static func scanError(path: String, reason: String) -> Finding {
        Finding(rule: scanErrorRule, message: "could not scan: \(reason)", location: Location(path: path), anchor: "scan-error")
    }

    static func skippedSymlink(path: String, target: String) -> Finding {
        Finding(rule: skippedSymlinkRule, message: "symbolic link to `\(target)` leaves the scan root; not followed",
                location: Location(path: path), anchor: target)
    }
}
