@testable import BulwarkCore
import BulwarkTestSupport
import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `FileWalker.opensFiles`: regular files are opened as the walk finds them (instead of `fstatat`) and their
/// first read uses that descriptor. The walk must give the same files, sizes and findings as without it.

private func walkBoth(_ d: TemporaryDirectory, limit: Int = 64) throws -> (plain: FileWalker.Result, ahead: FileWalker.Result) {
    let (root, only) = try FileWalker.root(for: d.path)
    let plain = FileWalker(configuration: Configuration()).walk(root, onlyFile: only)
    var w = FileWalker(configuration: Configuration())
    w.opensFiles = true
    w.openAheadLimit = limit
    let ahead = w.walk(root, onlyFile: only) { _ in }
    return (plain, ahead)
}

private func summary(_ r: FileWalker.Result) -> [String] {
    r.files.map { "\($0.relativePath) \($0.size)" }
        + r.findings.map { "\($0.ruleID) \($0.severity) \($0.location.path) \($0.message)" }.sorted()
        + r.skippedFolders
}

@Test func openingAheadGivesTheSameFilesSizesAndFindings() throws {
    let outside = TemporaryDirectory()
    outside.write("elsewhere.txt", "outside")
    let d = TemporaryDirectory()
    d.write("a.txt", "alpha")
    d.write("empty.pkl", "")
    d.write("models/b.bin", String(repeating: "b", count: 70_000))
    d.write("models/deep/c.pt", "c")
    d.write(".build/out.o", "skipped")
    d.write(".git/HEAD", "ref: refs/heads/main\n")
    d.write(".git/objects/x", "x")
    d.write(".git/refs/heads/main", "0")
    #expect(symlink(d.path + "/a.txt", d.path + "/inside-link") == 0)
    #expect(symlink(outside.path + "/elsewhere.txt", d.path + "/outside-link") == 0)
    #expect(symlink(d.path + "/missing", d.path + "/dangling-link") == 0)
    #expect(mkfifo(d.path + "/pipe.pkl", 0o644) == 0)
    let (plain, ahead) = try walkBoth(d)
    #expect(summary(ahead) == summary(plain))
    #expect(ahead.files.map(\.relativePath) == ["a.txt", "empty.pkl", "models/b.bin", "models/deep/c.pt"])
    #expect(ahead.findings.contains { $0.message.contains("FIFO") })
    #expect(ahead.findings.contains { $0.ruleID == "scan-skipped-symlink" })
    // Every regular file was opened by the walk; the plain walk opened none.
    let allHeld = ahead.files.allSatisfy { $0.holdsWalkDescriptor }
    let noneHeld = !plain.files.contains { $0.holdsWalkDescriptor }
    #expect(allHeld)
    #expect(noneHeld)
    for (a, p) in zip(ahead.files, plain.files) {
        #expect(a.bytes == p.bytes, "\(a.relativePath)")
        #expect(!a.holdsWalkDescriptor)  // the first read took (and closed) it
    }
}

/// A file the walk cannot read is reported by the walk, with or without opening ahead.
@Test func anUnreadableFileIsReportedTheSameWay() throws {
    let d = TemporaryDirectory()
    d.write("ok.txt", "ok")
    d.write("locked.txt", "secret")
    #expect(chmod(d.path + "/locked.txt", 0) == 0)
    defer { _ = chmod(d.path + "/locked.txt", 0o644) }
    let (plain, ahead) = try walkBoth(d)
    #expect(summary(ahead) == summary(plain))
    if geteuid() != 0 {
        #expect(ahead.files.map(\.relativePath) == ["ok.txt"])
        #expect(ahead.findings.contains { $0.location.path == "locked.txt" && $0.message.hasPrefix("cannot read file") })
    }
}

/// The file read is the one the walk opened: replaced by another file (or a symbolic link) afterwards, the read
/// still gets what the walk found, and never follows the link.
@Test func aFileOpenedAheadIsReadAsTheWalkFoundIt() throws {
    let outside = TemporaryDirectory()
    outside.write("secret.txt", "EVIL")
    let d = TemporaryDirectory()
    d.write("m/a.pkl", "first")
    d.write("m/b.pkl", "second")
    let (_, ahead) = try walkBoth(d)
    try FileManager.default.removeItem(atPath: d.path + "/m/a.pkl")
    d.write("m/a.pkl", "replaced")
    try FileManager.default.removeItem(atPath: d.path + "/m/b.pkl")
    try FileManager.default.createSymbolicLink(atPath: d.path + "/m/b.pkl", withDestinationPath: outside.path + "/secret.txt")
    #expect(ahead.files[0].bytes == Array("first".utf8))
    #expect(try ahead.files[1].read(offset: 1, length: 3) == Array("eco".utf8))
    // Released, a file is read again by name, as without opening ahead: the link is not followed.
    ahead.files[1].releaseCache()
    #expect(ahead.files[1].bytes == nil)
    #expect(ahead.files[1].readError == "is a symbolic link (not followed)")
}

/// Releasing a file's cache closes a descriptor nobody read through.
@Test func releasingAFileClosesItsDescriptor() throws {
    let d = TemporaryDirectory()
    d.write("x.bin", "x")
    let (_, ahead) = try walkBoth(d)
    let f = ahead.files[0]
    #expect(f.holdsWalkDescriptor)
    f.releaseCache()
    #expect(!f.holdsWalkDescriptor)
    #expect(f.text == "x")
}

/// At most `openAheadLimit` files are held open: when nobody releases them, the walk waits `openAheadPatience`,
/// then finds the rest with `fstatat` as usual (same files, no descriptor).
@Test func theWalkOpensNoMoreThanItsLimitAndGoesOnWithoutWhenNothingComesBack() throws {
    let d = TemporaryDirectory()
    for i in 0..<10 { d.write("f\(i).txt", "file \(i)") }
    let (root, only) = try FileWalker.root(for: d.path)
    var w = FileWalker(configuration: Configuration())
    w.opensFiles = true
    w.openAheadLimit = 4
    w.openAheadPatience = .milliseconds(20)
    let r = w.walk(root, onlyFile: only)
    #expect(r.files.count == 10)
    let held = r.files.filter { $0.holdsWalkDescriptor }.count
    #expect(held == 4)
    for (i, f) in r.files.enumerated() { #expect(f.text == "file \(i)") }
}

/// Files released as they are found give their places back: every file of the walk is opened ahead.
@Test func placesComeBackAsFilesAreReleased() throws {
    let d = TemporaryDirectory()
    for i in 0..<40 { d.write("f\(String(format: "%02d", i)).txt", "file \(i)") }
    let (root, only) = try FileWalker.root(for: d.path)
    var w = FileWalker(configuration: Configuration())
    w.opensFiles = true
    w.openAheadLimit = 4
    w.openAheadPatience = .seconds(5)
    let held = Mutex(0)
    let reader = OpenBudgetReader()
    let r = w.walk(root, onlyFile: only) { f in
        if f.holdsWalkDescriptor { held.withLock { $0 += 1 } }
        reader.add(f)
    }
    reader.finish()
    #expect(r.files.count == 40)
    #expect(held.withLock { $0 } == 40)
    #expect(reader.texts() == (0..<40).map { "file \($0)" })
}

/// Reads walked files on another thread, as the scanner's workers do, releasing each one.
private final class OpenBudgetReader: @unchecked Sendable {
    private let lock = NSCondition()
    private var queue: [SourceFile] = []
    private var done = false
    private var out: [String] = []
    private var thread: Thread?
    private let finished = DispatchSemaphore(value: 0)

    init() {
        let t = Thread { [unowned self] in
            while true {
                lock.lock()
                while queue.isEmpty && !done { lock.wait() }
                if queue.isEmpty { lock.unlock(); break }
                let f = queue.removeFirst()
                lock.unlock()
                let text = f.text ?? "?"
                f.releaseCache()
                lock.lock(); out.append(text); lock.unlock()
            }
            finished.signal()
        }
        thread = t
        t.start()
    }

    func add(_ f: SourceFile) { lock.lock(); queue.append(f); lock.signal(); lock.unlock() }
    func finish() { lock.lock(); done = true; lock.signal(); lock.unlock(); finished.wait() }
    func texts() -> [String] { lock.lock(); defer { lock.unlock() }; return out }
}
