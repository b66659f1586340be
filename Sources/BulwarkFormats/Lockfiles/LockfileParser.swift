import Foundation

/// Parses any dependency file Bulwark knows, chosen by its path.
///
/// Parsers are pure over bytes. `resolve` reads another file of the repository by its
/// repository-relative path (for `-r other.txt` includes, or a manifest beside a lockfile that
/// says which packages are direct); it returns nil for files that do not exist.
public enum LockfileParser {
    public struct Limits: Sendable {
        /// Maximum nesting of `-r`/`-c` includes.
        public var maxIncludeDepth: Int = 5
        /// Packages read from one file: a file with more is refused (`dep-unparseable-lockfile`).
        /// Real lockfiles have a few thousand (a 50,000-package one is a very large monorepo); a
        /// go.sum of 1.5 million one-line modules took 800 MB and two minutes (debug).
        public var maxPackages: Int = LockfileParser.maxPackages
        public init() {}
    }

    /// The default of `Limits.maxPackages`; line-based readers stop one package past it.
    public static let maxPackages = 200_000

    public typealias Resolver = @Sendable (String) -> [UInt8]?

    /// Parses the file at `path`; nil when the path is not a dependency file.
    public static func parse(path: String, bytes: [UInt8], limits: Limits = Limits(),
                             resolve: Resolver = { _ in nil }) throws(LockfileError) -> DependencyFile? {
        guard let kind = DependencyFileKind.detect(path: path) else { return nil }
        return try parse(kind: kind, path: path, bytes: bytes, limits: limits, resolve: resolve)
    }

    public static func parse(kind: DependencyFileKind, path: String, bytes: [UInt8], limits: Limits = Limits(),
                             resolve: Resolver = { _ in nil }) throws(LockfileError) -> DependencyFile {
        let file = try parseAny(kind: kind, path: path, bytes: bytes, limits: limits, resolve: resolve)
        if file.packages.count > limits.maxPackages {
            throw LockfileError("more than \(limits.maxPackages) packages, the most Bulwark reads from one file (real lockfiles have a few thousand)",
                                line: file.packages[limits.maxPackages].line)
        }
        return file
    }

    private static func parseAny(kind: DependencyFileKind, path: String, bytes: [UInt8], limits: Limits,
                                 resolve: Resolver) throws(LockfileError) -> DependencyFile {
        let dir = RepoPath.directory(of: path)
        switch kind {
        case .requirementsTxt:
            return try RequirementsParser.parse(path: path, bytes: bytes, limits: limits, resolve: resolve)
        case .pyproject: return try PythonLockfiles.pyproject(path: path, bytes: bytes)
        case .poetryLock: return try PythonLockfiles.poetryLock(path: path, bytes: bytes, manifest: resolve(RepoPath.join(dir, "pyproject.toml")))
        case .uvLock: return try PythonLockfiles.uvLock(path: path, bytes: bytes)
        case .pipfileLock: return try PythonLockfiles.pipfileLock(path: path, bytes: bytes, manifest: resolve(RepoPath.join(dir, "Pipfile")))
        case .pipfile: return try PythonLockfiles.pipfile(path: path, bytes: bytes)
        case .pdmLock: return try PythonLockfiles.pdmLock(path: path, bytes: bytes, manifest: resolve(RepoPath.join(dir, "pyproject.toml")))
        case .pylock: return try PythonLockfiles.pylock(path: path, bytes: bytes)
        case .condaEnvironment: return try PythonLockfiles.conda(path: path, bytes: bytes)
        case .setupPy: return DependencyFile(path: path, kind: .setupPy)
        case .packageLock, .npmShrinkwrap:
            return try NpmLockfiles.packageLock(path: path, kind: kind, bytes: bytes, manifest: resolve(RepoPath.join(dir, "package.json")))
        case .pnpmLock: return try PnpmLockParser.parse(path: path, bytes: bytes)
        case .yarnLock: return try NpmLockfiles.yarnLock(path: path, bytes: bytes, manifest: resolve(RepoPath.join(dir, "package.json")))
        case .bunLock: return try NpmLockfiles.bunLock(path: path, bytes: bytes)
        case .packageJSON: return try NpmLockfiles.packageJSON(path: path, bytes: bytes)
        case .cargoLock: return try OtherLockfiles.cargoLock(path: path, bytes: bytes)
        case .cargoToml: return try OtherLockfiles.cargoToml(path: path, bytes: bytes)
        case .goMod: return OtherLockfiles.goMod(path: path, bytes: bytes)
        case .goSum: return OtherLockfiles.goSum(path: path, bytes: bytes, goMod: resolve(RepoPath.join(dir, "go.mod")))
        case .packageResolved: return try OtherLockfiles.packageResolved(path: path, bytes: bytes)
        case .packageSwift: return DependencyFile(path: path, kind: .packageSwift)
        case .gemfileLock: return OtherLockfiles.gemfileLock(path: path, bytes: bytes)
        case .gemfile: return DependencyFile(path: path, kind: .gemfile)
        case .composerLock: return try ComposerLockfiles.lock(path: path, bytes: bytes, manifest: resolve(RepoPath.join(dir, "composer.json")))
        case .composerJSON: return try ComposerLockfiles.manifest(path: path, bytes: bytes)
        case .dockerfile: return TLSOffSettings.adding(TLSOffSettings.commandsAndVariables(bytes), to: SystemPackages.dockerfile(path: path, bytes: bytes))
        case .dpkgStatus: return SystemPackages.dpkgStatus(path: path, bytes: bytes)
        case .apkInstalled: return SystemPackages.apkInstalled(path: path, bytes: bytes)
        case .installedPackage: return try NpmLockfiles.installedPackage(path: path, bytes: bytes)
        case .pipConfig: return TLSOffSettings.adding(TLSOffSettings.pipConf(bytes), to: PipIndexSettings.pipConf(path: path, bytes: bytes))
        case .installSettings:
            return TLSOffSettings.adding(TLSOffSettings.commandsAndVariables(bytes), to: PipIndexSettings.environmentOrCI(path: path, bytes: bytes))
        case .npmConfig: return NpmConfigSettings.parse(path: path, bytes: bytes)
        }
    }
}

/// Repository-relative path arithmetic that never leaves the repository.
public enum RepoPath {
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    public static func join(_ dir: String, _ name: String) -> String {
        dir.isEmpty ? name : dir + "/" + name
    }

    /// Resolves `rel` against `dir`; nil when it is absolute or climbs above the repository root.
    public static func resolve(_ rel: String, from dir: String) -> String? {
        if rel.hasPrefix("/") || rel.hasPrefix("~") || rel.contains("://") { return nil }
        var parts = dir.split(separator: "/").map(String.init)
        for comp in rel.split(separator: "/") {
            if comp == "." || comp.isEmpty { continue }
            if comp == ".." {
                if parts.isEmpty { return nil }
                parts.removeLast()
            } else {
                parts.append(String(comp))
            }
        }
        return parts.joined(separator: "/")
    }
}

/// Line arithmetic over bytes: a cheap line index for parsers that search text.
struct LineIndex {
    let starts: [Int]
    init(_ b: [UInt8]) {
        var s = [0]
        for (i, c) in b.enumerated() where c == 0x0A { s.append(i + 1) }
        starts = s
    }
    func line(ofByte o: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= o { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }
}

/// Splits bytes into lines (without terminators), with 1-based numbers.
///
/// Lazy: lines are cut as they are read, so a 64 MiB file of empty lines costs its text, not an
/// array of 64 million 40-byte entries (2.5 GB). `Array(textLines(b))` where lines are revisited.
func textLines(_ bytes: [UInt8]) -> TextLines { TextLines(String(decoding: bytes, as: UTF8.self)) }

/// The lines of a text with their 1-based numbers (a trailing `\r` removed), read one by one.
struct TextLines: Sequence {
    let text: String
    init(_ text: String) { self.text = text }

    struct Iterator: IteratorProtocol {
        let text: String
        /// UTF-8 offset of the next line.
        var offset = 0
        var number = 0
        var done = false

        mutating func next() -> (Int, Substring)? {
            guard !done else { return nil }
            number += 1
            let utf8 = text.utf8
            let from = offset
            // memchr over the string's own storage (always contiguous: it was decoded from bytes).
            let end = utf8.withContiguousStorageIfAvailable { p -> Int in
                guard let base = p.baseAddress, from < p.count,
                      let hit = memchr(base + from, 0x0A, p.count - from) else { return p.count }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            } ?? (utf8[utf8.index(utf8.startIndex, offsetBy: from)...].firstIndex(of: 0x0A).map { utf8.distance(from: utf8.startIndex, to: $0) } ?? utf8.count)
            let s = utf8.index(utf8.startIndex, offsetBy: from)
            var e = utf8.index(utf8.startIndex, offsetBy: end)
            if end >= utf8.count { done = true } else { offset = end + 1 }
            if end > from, utf8[utf8.index(before: e)] == 0x0D { e = utf8.index(before: e) }
            return (number, text[s..<e])
        }
    }

    func makeIterator() -> Iterator { Iterator(text: text) }
}

/// Depth and dependency path by breadth-first search from the direct dependencies.
///
/// `edges[i]` lists the indexes of package i's dependencies. Packages never reached keep depth 0.
func assignDepths(_ packages: inout [LockedPackage], roots: [Int], edges: [[Int]]) {
    var parent = [Int](repeating: -1, count: packages.count)
    var depth = [Int](repeating: 0, count: packages.count)
    var queue: [Int] = []
    for r in roots where r >= 0 && r < packages.count && depth[r] == 0 {
        depth[r] = 1
        queue.append(r)
    }
    var head = 0
    while head < queue.count {
        let u = queue[head]; head += 1
        guard u < edges.count else { continue }
        for v in edges[u] where v >= 0 && v < packages.count && depth[v] == 0 {
            depth[v] = depth[u] + 1
            parent[v] = u
            queue.append(v)
        }
    }
    for i in packages.indices {
        packages[i].depth = depth[i]
        packages[i].isDirect = depth[i] == 1
        if depth[i] > 1 {
            var chain: [String] = []
            var p = parent[i]
            while p >= 0, chain.count < 64 { chain.append(packages[p].name); p = parent[p] }
            packages[i].parents = chain.reversed()
        } else {
            packages[i].parents = []
        }
    }
}
