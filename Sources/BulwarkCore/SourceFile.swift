import Foundation
import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One file of the scan: its path, size, and lazily loaded bytes, text and line index.
///
/// Files above `Limits.maxWholeFileBytes` are never read whole through `bytes`/`text` (they return
/// nil); model scanners read what they need with `read(offset:length:)`. A file is scanned by one
/// worker at a time, but the lazy caches are guarded anyway so that a family may share it safely.
public final class SourceFile: Sendable {
    /// Repository-relative path with `/` separators (what reports show).
    public let relativePath: String
    /// Absolute path on disk, or nil for an in-memory file (examples, archive members).
    public let absolutePath: String?
    /// The exact bytes of the path on disk (names need not be valid UTF-8).
    private let fsPath: [CChar]?
    /// The walked folder that holds the file, kept open, and the file's name in it: opening by name
    /// relative to the folder skips resolving every component of the full path again (the kernel's path
    /// walk was a third of the cost of opening each file of a folder of small models), and the file
    /// read is the one in the folder the walk listed. Nil for files reached otherwise.
    private let directory: DirectoryHandle?
    private let nameInDirectory: [CChar]?
    public let size: Int
    public let maxWholeFileBytes: Int

    private struct Cache {
        var bytes: [UInt8]??
        var text: String??
        var lineStarts: [Int]?
        var readError: String?
        var ignoreLines: Set<Int>?
        var markers: [Int: (ids: Set<String>, commentOnly: Bool)] = [:]
        /// The descriptor the walk opened (see `FileWalker.opensFiles`), until the first read takes it.
        var opened: OpenedFile?
    }
    private let cache: Mutex<Cache>

    /// A file on disk.
    public init(relativePath: String, absolutePath: String, size: Int, maxWholeFileBytes: Int,
                fileSystemPath: [CChar]? = nil, directory: DirectoryHandle? = nil, nameInDirectory: [CChar]? = nil,
                opened: OpenedFile? = nil) {
        self.relativePath = relativePath
        (fileName, fileExtension) = Self.nameAndExtension(relativePath)
        self.absolutePath = absolutePath
        self.fsPath = fileSystemPath ?? Array(absolutePath.utf8CString)
        if let directory, let nameInDirectory {
            self.directory = directory
            self.nameInDirectory = nameInDirectory
        } else {
            self.directory = nil
            self.nameInDirectory = nil
        }
        self.size = size
        self.maxWholeFileBytes = maxWholeFileBytes
        self.cache = Mutex(Cache(opened: opened))
    }

    /// Whether the file still holds the descriptor the walk opened (tests).
    var holdsWalkDescriptor: Bool { cache.withLock { $0.opened != nil } }

    /// The descriptor the walk opened, taken by the first read (which closes it when done), or nil.
    private func takeOpened() -> OpenedFile? {
        cache.withLock { c in
            guard let o = c.opened else { return nil }
            c.opened = nil
            return o
        }
    }

    /// An in-memory file (rule examples, tests, archive members).
    public init(relativePath: String, bytes: [UInt8]) {
        self.relativePath = relativePath
        (fileName, fileExtension) = Self.nameAndExtension(relativePath)
        self.absolutePath = nil
        self.fsPath = nil
        self.directory = nil
        self.nameInDirectory = nil
        self.size = bytes.count
        self.maxWholeFileBytes = Int.max
        self.cache = Mutex(Cache(bytes: .some(bytes)))
    }

    public convenience init(relativePath: String, text: String) {
        self.init(relativePath: relativePath, bytes: Array(text.utf8))
    }

    /// The last file name component, e.g. `requirements.txt` (computed once: every family asks).
    public let fileName: String

    /// Lowercased extension without the dot (`pt`, `yml`), or "".
    public let fileExtension: String

    /// Name and lowercased extension, found on the UTF-8 bytes (this runs for every walked file, and
    /// Character-based searching and Unicode lowercasing cost more than the rest of the walk).
    static func nameAndExtension(_ relativePath: String) -> (String, String) {
        let u = relativePath.utf8
        var end = u.endIndex
        while end > u.startIndex, u[u.index(before: end)] == 0x2F { end = u.index(before: end) }  // trailing "/"
        var start = end
        while start > u.startIndex, u[u.index(before: start)] != 0x2F { start = u.index(before: start) }
        guard start < end else { return (relativePath, "") }
        let name = String(relativePath[start..<end])
        let nu = name.utf8
        guard let dot = nu.lastIndex(of: 0x2E), dot != nu.startIndex else { return (name, "") }
        let ext = nu[nu.index(after: dot)...]
        if ext.allSatisfy({ $0 < 0x80 }) {
            return (name, String(decoding: ext.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
        }
        return (name, String(name[nu.index(after: dot)...]).lowercased())
    }

    /// Whether the file is small enough to be read whole.
    public var isReadableWhole: Bool { size <= maxWholeFileBytes }

    /// The whole content, or nil when the file is too large or unreadable (see `readError`).
    public var bytes: [UInt8]? {
        if let cached = cache.withLock({ $0.bytes }) { return cached }
        var loaded: [UInt8]?
        var failure: String?
        if size <= maxWholeFileBytes, let p = fsPath {
            do {
                if let opened = takeOpened() {
                    loaded = try Self.readAll(fd: opened.fd, expected: size, cap: maxWholeFileBytes)
                } else {
                    loaded = try Self.readAll(p, expected: size, cap: maxWholeFileBytes, in: directory, name: nameInDirectory)
                }
            } catch let e { failure = Self.reason(e) }
        }
        let result = loaded
        let failureReason = failure
        cache.withLock {
            $0.bytes = .some(result)
            if let failureReason { $0.readError = failureReason }
        }
        return result
    }

    static func reason(_ error: any Error) -> String {
        (error as? FileReadError)?.message ?? "\(error)"
    }

    /// Drops cached bytes, text and line index so that a finished file holds no memory.
    /// In-memory files keep their bytes (they have nowhere to reload from).
    public func releaseCache() {
        guard absolutePath != nil else { return }
        cache.withLock { $0 = Cache(readError: $0.readError) }
    }

    /// Why the last read failed, if it did.
    public var readError: String? { cache.withLock { $0.readError } }

    /// The content decoded as UTF-8 (invalid sequences repaired), or nil when `bytes` is nil.
    public var text: String? {
        if let cached = cache.withLock({ $0.text }) { return cached }
        let t = bytes.map { String(decoding: $0, as: UTF8.self) }
        cache.withLock { $0.text = .some(t) }
        return t
    }

    /// Whether the content is valid UTF-8 (nil if unreadable).
    public var isValidUTF8: Bool? {
        guard let b = bytes else { return nil }
        return String(validating: b, as: UTF8.self) != nil
    }

    /// Byte offsets at which each line starts (line 1 at index 0).
    public var lineStarts: [Int] {
        if let cached = cache.withLock({ $0.lineStarts }) { return cached }
        var starts = [0]
        if let b = bytes {
            // memchr (vectorized) from newline to newline: a minified file is one long stretch without any.
            b.withUnsafeBufferPointer { p in
                guard let base = p.baseAddress else { return }
                var i = 0
                while i < p.count, let hit = memchr(base + i, 0x0A, p.count - i) {
                    i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(i)
                }
            }
        }
        cache.withLock { $0.lineStarts = starts }
        return starts
    }

    /// 1-based line and column (in bytes) of a byte offset.
    public func lineColumn(ofByte offset: Int) -> (line: Int, column: Int) {
        let starts = lineStarts
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - starts[lo] + 1)
    }

    /// The 1-based numbers of the lines that contain `ignore` (where inline suppression markers can
    /// be), found in one pass over the bytes: checking each finding's line text instead was quadratic
    /// for a long line with many findings (a minified file).
    public var linesContainingIgnore: Set<Int> {
        if let cached = cache.withLock({ $0.ignoreLines }) { return cached }
        var out = Set<Int>()
        if let b = bytes {
            let starts = lineStarts
            let n = b.count
            // memchr (vectorized) jumps to each `g` (rarer than `i` in text and code), then the six
            // bytes around it are compared: a 50 MB file without the word costs a few milliseconds.
            b.withUnsafeBufferPointer { p in
                guard let base = p.baseAddress, n >= 6 else { return }
                var i = 1 // where the next `g` may be (the second byte of "ignore")
                while i + 5 <= n, let hit = memchr(base + i, 0x67, n - 4 - i) {
                    let g = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    let s = g - 1
                    guard base[s] == 0x69, base[g + 1] == 0x6E, base[g + 2] == 0x6F, base[g + 3] == 0x72, base[g + 4] == 0x65 else {
                        i = g + 1
                        continue
                    }
                    // Line of byte s: the last start <= s (binary search).
                    var lo = 0, hi = starts.count - 1
                    while lo < hi {
                        let mid = (lo + hi + 1) / 2
                        if starts[mid] <= s { lo = mid } else { hi = mid - 1 }
                    }
                    out.insert(lo + 1)
                    // Skip to the next line: one mention is enough.
                    guard lo + 1 < starts.count else { return }
                    i = max(g + 1, starts[lo + 1] + 1)
                }
            }
        }
        cache.withLock { $0.ignoreLines = out }
        return out
    }

    /// The suppression markers of a line, parsed once per file and line by `parse` (which gets the
    /// line's text), with whether the line is only a comment.
    public func markers(onLine n: Int, parse: (String) -> (ids: Set<String>, commentOnly: Bool)) -> (ids: Set<String>, commentOnly: Bool)? {
        if let hit = cache.withLock({ $0.markers[n] }) { return hit }
        guard let text = line(n) else { return nil }
        let parsed = parse(text)
        cache.withLock { $0.markers[n] = parsed }
        return parsed
    }

    /// The text of a 1-based line without its newline, or nil.
    public func line(_ n: Int) -> String? {
        guard let b = bytes, n >= 1 else { return nil }
        let starts = lineStarts
        guard n <= starts.count else { return nil }
        let s = starts[n - 1]
        var e = n < starts.count ? starts[n] - 1 : b.count
        if e > s, e <= b.count, b[e - 1] == 0x0D { e -= 1 }
        guard s <= e else { return "" }
        return String(decoding: b[s..<e], as: UTF8.self)
    }

    /// Reads at most `length` bytes at `offset` without loading the whole file.
    public func read(offset: Int, length: Int) throws -> [UInt8] {
        guard offset >= 0, length >= 0 else { return [] }
        if let b = cache.withLock({ $0.bytes }), let all = b {
            guard offset < all.count else { return [] }
            // All of it is shared, not copied (a small file's tail read is often the whole file).
            if offset == 0, length >= all.count { return all }
            return Array(all[offset..<min(all.count, offset + length)])
        }
        guard let p = fsPath else { return [] }
        // A small file is read whole, once: sniffing reads its head and its tail, then a family
        // usually reads all of it, and each separate read would open the file again.
        if size <= Self.smallFileBytes, size <= maxWholeFileBytes, let all = bytes {
            guard offset < all.count else { return [] }
            return Array(all[offset..<min(all.count, offset + length)])
        }
        if let opened = takeOpened() { return try Self.readRange(fd: opened.fd, offset: offset, length: length) }
        return try Self.readRange(p, offset: offset, length: length, in: directory, name: nameInDirectory)
    }

    /// Files up to this size are loaded whole on their first ranged read.
    static let smallFileBytes = 256 << 10

    /// Whether the file sits in vendored or installed third-party code
    /// (`node_modules`, `vendor`, `site-packages`, virtual environments).
    public var isVendored: Bool { hasFolder(in: SourceFile.vendorDirectories) }

    /// Whether a folder of the path (not the file name itself) is one of `names`; compared on the
    /// bytes without splitting the path, since every family asks this of every file.
    public func hasFolder(in names: Set<String>) -> Bool {
        var found = false
        relativePath.utf8.withContiguousStorageIfAvailable { buf in
            var start = 0
            for i in 0..<buf.count where buf[i] == 0x2F {
                if i > start, names.contains(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)) {
                    found = true
                    return
                }
                start = i + 1
            }
        } ?? {
            found = relativePath.split(separator: "/").dropLast().contains { names.contains(String($0)) }
        }()
        return found
    }

    public static let vendorDirectories: Set<String> = [
        "node_modules", "vendor", "site-packages", "dist-packages", ".venv", "venv", "bower_components",
        "Pods", "third_party", ".tox", ".nox",
    ]

    /// The first `n` bytes (for magic sniffing), or [] when unreadable.
    public func peek(_ n: Int) -> [UInt8] {
        (try? read(offset: 0, length: n)) ?? []
    }

    // MARK: - Low-level I/O

    /// An I/O failure with a one-line reason.
    public struct FileReadError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads a whole file. `expected` is the size the walk saw: one read of that size plus a byte
    /// usually returns everything and proves the end (a short read of a regular file is its end), so a
    /// small file costs open, read and close. A file that grew past `cap` since the walk is an error.
    static func readAll(_ path: [CChar], expected: Int, cap: Int, in directory: DirectoryHandle? = nil, name: [CChar]? = nil) throws -> [UInt8] {
        let fd = try openRegular(path, in: directory, name: name)
        defer { close(fd) }
        return try readAll(fd: fd, expected: expected, cap: cap)
    }

    /// `readAll` of an open regular file (the caller closes it).
    static func readAll(fd: Int32, expected: Int, cap: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: max(0, min(expected, cap)) + 1)
        var got = 0
        while true {
            if got == out.count {
                guard got <= cap else {
                    throw FileReadError(message: "the file grew beyond the \(cap)-byte max-file-size while it was scanned")
                }
                out.append(contentsOf: repeatElement(0, count: max(1 << 16, out.count)))
            }
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, $0.count - got) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileReadError(message: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            got += n
            if got < out.count, got >= expected { break }  // short read of a regular file: its end
        }
        out.removeSubrange(got...)
        return out
    }

    /// Opens a regular file for reading without following a final symlink and without blocking on a FIFO
    /// or a device (which could be swapped in after the walk): anything else is a one-line error.
    static func openRegular(_ path: [CChar], in directory: DirectoryHandle? = nil, name: [CChar]? = nil) throws -> Int32 {
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW
        let fd: Int32
        if let directory, let name { fd = openat(directory.fd, name, flags) } else { fd = open(path, flags) }
        guard fd >= 0 else {
            if errno == ELOOP { throw FileReadError(message: "is a symbolic link (not followed)") }
            throw FileReadError(message: String(cString: strerror(errno)))
        }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw FileReadError(message: "not a regular file (a FIFO, socket or device is never read)")
        }
        return fd
    }

    static func readRange(_ path: [CChar], offset: Int, length: Int, in directory: DirectoryHandle? = nil, name: [CChar]? = nil) throws -> [UInt8] {
        let fd = try openRegular(path, in: directory, name: name)
        defer { close(fd) }
        return try readRange(fd: fd, offset: offset, length: length)
    }

    /// `readRange` of an open regular file (the caller closes it).
    static func readRange(fd: Int32, offset: Int, length: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: length)
        var got = 0
        while got < length {
            let n = out.withUnsafeMutableBytes {
                pread(fd, $0.baseAddress! + got, length - got, off_t(offset + got))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileReadError(message: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            got += n
        }
        out.removeSubrange(got...)
        return out
    }
}

/// An open folder of the walk, shared by the files found in it (`SourceFile` opens them by name relative
/// to it) and closed when the last of them goes. At most `limit` are open at once: past that the walk hands
/// out none and files are opened by their full path, so a tree of a hundred thousand folders cannot exhaust
/// the process's descriptors.
public final class DirectoryHandle: Sendable {
    public let fd: Int32

    public static let limit = 256
    private static let open = Atomic<Int>(0)
    /// How many handles are open now (tests).
    public static var openCount: Int { open.load(ordering: .relaxed) }

    private init(fd: Int32) { self.fd = fd }

    /// A handle on a duplicate of `fd` (an open folder, e.g. `dirfd` of the walk's `DIR`), or nil when
    /// `limit` handles are open or the descriptor cannot be duplicated.
    public static func duplicating(_ fd: Int32) -> DirectoryHandle? {
        guard open.add(1, ordering: .relaxed).newValue <= limit else {
            open.subtract(1, ordering: .relaxed)
            return nil
        }
        let copy = fcntl(fd, F_DUPFD_CLOEXEC, 0)
        guard copy >= 0 else {
            open.subtract(1, ordering: .relaxed)
            return nil
        }
        return DirectoryHandle(fd: copy)
    }

    deinit {
        close(fd)
        Self.open.subtract(1, ordering: .relaxed)
    }
}

/// A regular file the walk opened ahead of its reading (`FileWalker.opensFiles`): its descriptor is closed when the
/// file's first read is done or its cache is released, whichever comes first, and gives its place back to the walk's
/// `OpenBudget`.
public final class OpenedFile: Sendable {
    public let fd: Int32
    private let budget: OpenBudget

    init(fd: Int32, budget: OpenBudget) {
        self.fd = fd
        self.budget = budget
    }

    deinit {
        close(fd)
        budget.release()
    }
}

/// How many files one walk holds open ahead of the workers that read them. The walk takes a place for each file
/// it opens (only the walking thread takes places); when none is left it waits until half of them are given back
/// (one wake-up per `limit / 2` files, not one per file), and gives up opening ahead for the rest of the walk if
/// nothing comes back within `patience` (a worker busy with one huge file, or files nobody releases).
public final class OpenBudget: Sendable {
    public let limit: Int
    private let inUse = Atomic<Int>(0)
    private let waiting = Atomic<Bool>(false)
    private let wake = DispatchSemaphore(value: 0)
    private let patience: DispatchTimeInterval

    public init(limit: Int = 128, patience: DispatchTimeInterval = .milliseconds(250)) {
        self.limit = max(2, limit)
        self.patience = patience
    }

    /// How many places are taken now (tests).
    public var taken: Int { inUse.load(ordering: .sequentiallyConsistent) }

    /// Takes a place, waiting for half the places to come back when none is free; false when the wait ran out.
    func acquire() -> Bool {
        while true {
            if inUse.load(ordering: .sequentiallyConsistent) < limit {
                inUse.add(1, ordering: .sequentiallyConsistent)
                return true
            }
            waiting.store(true, ordering: .sequentiallyConsistent)
            // Checked again after announcing the wait: a release in between saw no waiter and sent no wake-up.
            if inUse.load(ordering: .sequentiallyConsistent) <= limit / 2 {
                waiting.store(false, ordering: .sequentiallyConsistent)
                continue
            }
            if wake.wait(timeout: .now() + patience) == .timedOut {
                waiting.store(false, ordering: .sequentiallyConsistent)
                if inUse.load(ordering: .sequentiallyConsistent) < limit { continue }
                return false
            }
        }
    }

    /// Gives a place back (an `OpenedFile` closing, or a file the walk opened and then did not keep).
    func release() {
        let left = inUse.subtract(1, ordering: .sequentiallyConsistent).newValue
        if left <= limit / 2, waiting.exchange(false, ordering: .sequentiallyConsistent) { wake.signal() }
    }
}
