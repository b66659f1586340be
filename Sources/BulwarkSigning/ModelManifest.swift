import Foundation

/// How a model is cut into resources (the predicate's `serialization`).
public struct Serialization: Sendable, Equatable {
    public enum Method: String, Sendable { case files, shards }
    public var method: Method
    public var hash: ContentHash
    /// As written in the signature (kept for messages and for re-emitting).
    public var hashTypeName: String
    public var shardSize: Int
    public var allowSymlinks: Bool
    /// Paths relative to the model root; a folder hides everything below it.
    public var ignorePaths: [String]

    public static let defaultShardSize = 1_000_000_000
    public static let gitPaths = [".git", ".gitattributes", ".github", ".gitignore"]

    public init(method: Method = .files, hash: ContentHash = .sha256, shardSize: Int = defaultShardSize,
                allowSymlinks: Bool = false, ignorePaths: [String] = gitPaths) {
        self.method = method
        self.hash = hash
        hashTypeName = hash.rawValue
        self.shardSize = shardSize
        self.allowSymlinks = allowSymlinks
        self.ignorePaths = ignorePaths
    }

    /// The `algorithm` of each resource: `sha256`, or `sha256-sharded-1000000000` in shard mode.
    public var resourceAlgorithm: String {
        method == .files ? hash.rawValue : "\(hash.rawValue)-sharded-\(shardSize)"
    }
}

/// One resource of a model: a file, or a byte range `[start, end)` of a file in shard mode.
public struct ManifestItem: Sendable, Equatable {
    /// Path relative to the model root with `/` separators; "." for a single-file model.
    public var path: String
    public var start: Int64?
    public var end: Int64?
    public var algorithm: String
    public var digest: [UInt8]

    public init(path: String, start: Int64? = nil, end: Int64? = nil, algorithm: String, digest: [UInt8]) {
        self.path = path
        self.start = start
        self.end = end
        self.algorithm = algorithm
        self.digest = digest
    }

    /// The resource `name`: the path, or `path:start:end`.
    public var name: String {
        guard let start, let end else { return path }
        return "\(path):\(start):\(end)"
    }

    /// Parses a resource name (`path` or `path:start:end`; the path itself may contain `:`).
    public static func parse(name: String, sharded: Bool, algorithm: String, digest: [UInt8]) -> ManifestItem? {
        guard sharded else { return ManifestItem(path: name, algorithm: algorithm, digest: digest) }
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let s = Int64(parts[parts.count - 2]), let e = Int64(parts[parts.count - 1]),
              s >= 0, e > s else { return nil }
        return ManifestItem(path: parts.dropLast(2).joined(separator: ":"), start: s, end: e, algorithm: algorithm, digest: digest)
    }

    /// The canonical order: by path components (as Python's `PurePosixPath` compares), then offsets.
    public static func canonicalOrder(_ a: ManifestItem, _ b: ManifestItem) -> Bool {
        if a.path != b.path { return ModelFiles.componentOrder(a.path, b.path) }
        return (a.start ?? 0, a.end ?? 0) < (b.start ?? 0, b.end ?? 0)
    }
}

public enum ModelFiles {
    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        public var description: String
        public init(_ d: String) { description = d }
    }

    public struct Entry: Sendable {
        public var relativePath: String
        public var absolutePath: String
        public var size: Int64
    }

    /// Compares two relative paths component by component, each by UTF-8 bytes (= code points).
    public static func componentOrder(_ a: String, _ b: String) -> Bool {
        let pa = a.split(separator: "/"), pb = b.split(separator: "/")
        for (x, y) in zip(pa, pb) where x != y {
            return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
        }
        return pa.count < pb.count
    }

    /// True when `path` is `ignore` or below it.
    static func isIgnored(_ path: String, by ignores: [String]) -> Bool {
        ignores.contains { ig in
            let i = ig.hasSuffix("/") ? String(ig.dropLast()) : ig
            return path == i || path.hasPrefix(i + "/") || i == "."
        }
    }

    /// Lists the files of a model (a folder or a single file), applying the ignore rules and the
    /// symlink policy of `serialization`. `extraIgnores` are absolute paths (e.g. the signature file).
    public static func list(model: String, serialization: Serialization, extraIgnores: [String] = [],
                            maxFiles: Int = 1_000_000) throws(Error) -> [Entry] {
        var st = stat()
        guard lstat(model, &st) == 0 else { throw Error("cannot read \(model): \(String(cString: strerror(errno)))") }
        let rootIsLink = (st.st_mode & S_IFMT) == S_IFLNK
        if rootIsLink {
            guard stat(model, &st) == 0 else { throw Error("\(model) is a broken symbolic link") }
        }
        if (st.st_mode & S_IFMT) == S_IFREG {
            if rootIsLink && !serialization.allowSymlinks { throw Error("\(model) is a symbolic link and the signature does not allow symlinks") }
            return [Entry(relativePath: ".", absolutePath: model, size: Int64(st.st_size))]
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw Error("\(model) is neither a file nor a folder") }

        let root = URL(fileURLWithPath: model).standardizedFileURL.path
        var ignores = serialization.ignorePaths.filter { !$0.hasPrefix("/") && !$0.split(separator: "/").contains("..") }
        for extra in extraIgnores {
            let abs = URL(fileURLWithPath: extra).standardizedFileURL.path
            if abs.hasPrefix(root + "/") { ignores.append(String(abs.dropFirst(root.count + 1))) }
        }
        var out: [Entry] = []
        var visited: Set<[UInt64]> = [[UInt64(st.st_dev), UInt64(st.st_ino)]]
        func walk(_ dir: String, _ rel: String, depth: Int) throws(Error) {
            guard depth < 256 else { throw Error("folder nesting deeper than 256 at \(rel)") }
            guard let d = opendir(dir) else { throw Error("cannot read folder \(dir): \(String(cString: strerror(errno)))") }
            var names: [String] = []
            while let ent = readdir(d) {
                let name = withUnsafePointer(to: ent.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                names.append(name)
            }
            closedir(d)
            for name in names.sorted() {
                let full = dir + "/" + name
                let relPath = rel.isEmpty ? name : rel + "/" + name
                var s = stat()
                guard lstat(full, &s) == 0 else { throw Error("cannot read \(relPath): \(String(cString: strerror(errno)))") }
                let ignored = isIgnored(relPath, by: ignores)
                let isLink = (s.st_mode & S_IFMT) == S_IFLNK
                if isLink {
                    if !serialization.allowSymlinks {
                        if ignored { continue }
                        throw Error("`\(relPath)` is a symbolic link and the signature does not allow symlinks")
                    }
                    guard stat(full, &s) == 0 else {
                        if ignored { continue }
                        throw Error("`\(relPath)` is a broken symbolic link")
                    }
                }
                if ignored { continue }
                switch s.st_mode & S_IFMT {
                case S_IFREG:
                    out.append(Entry(relativePath: relPath, absolutePath: full, size: Int64(s.st_size)))
                    if out.count > maxFiles { throw Error("more than \(maxFiles) files in the model") }
                case S_IFDIR:
                    // Like the reference (pathlib's `**`), a symlinked folder is not descended into.
                    if isLink { continue }
                    let key = [UInt64(s.st_dev), UInt64(s.st_ino)]
                    if visited.contains(key) { continue }  // symlink loop
                    visited.insert(key)
                    try walk(full, relPath, depth: depth + 1)
                default:
                    throw Error("`\(relPath)` is not a regular file or folder (device, socket or pipe)")
                }
            }
        }
        try walk(root, "", depth: 0)
        return out
    }

    /// Hashes the files into manifest items (in canonical order), in parallel.
    public static func hash(_ entries: [Entry], serialization: Serialization) throws(Error) -> [ManifestItem] {
        struct Job { var entry: Entry; var start: Int64?; var end: Int64? }
        var jobs: [Job] = []
        for e in entries {
            if serialization.method == .files {
                jobs.append(Job(entry: e, start: nil, end: nil))
            } else {
                // Empty files have no shard (as in the reference implementation).
                var start: Int64 = 0
                let step = Int64(max(1, serialization.shardSize))
                let shards = e.size / step + 1
                if Int64(jobs.count) + shards > 20_000_000 {
                    throw Error("the shard size \(serialization.shardSize) cuts the model into more than 20,000,000 shards")
                }
                while start < e.size {
                    let end = start > e.size - step ? e.size : start + step
                    jobs.append(Job(entry: e, start: start, end: end))
                    start = end
                }
            }
        }
        nonisolated(unsafe) var results = [ManifestItem?](repeating: nil, count: jobs.count)
        nonisolated(unsafe) var failure: Error?
        let lock = NSLock()
        let algorithm = serialization.resourceAlgorithm
        let hash = serialization.hash
        let jobsCopy = jobs
        results.withUnsafeMutableBufferPointer { buf in
            nonisolated(unsafe) let out = buf
            DispatchQueue.concurrentPerform(iterations: jobsCopy.count) { i in
                let job = jobsCopy[i]
                do {
                    let length = job.start.map { job.end! - $0 }
                    let digest = try FileHashing.hash(path: job.entry.absolutePath, algorithm: hash, offset: job.start ?? 0, length: length)
                    out[i] = ManifestItem(path: job.entry.relativePath, start: job.start, end: job.end, algorithm: algorithm, digest: digest)
                } catch {
                    lock.lock(); failure = Error("cannot read \(job.entry.relativePath): \((error as? FileHashing.Error)?.message ?? "\(error)")"); lock.unlock()
                }
            }
        }
        if let failure { throw failure }
        return results.compactMap { $0 }.sorted(by: ManifestItem.canonicalOrder)
    }
}
