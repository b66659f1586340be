import BulwarkCore
import BulwarkTestSupport
import Foundation
import Testing

private func walk(_ dir: TemporaryDirectory, config: Configuration = Configuration()) throws -> FileWalker.Result {
    let (root, only) = try FileWalker.root(for: dir.path)
    return FileWalker(configuration: config).walk(root, onlyFile: only)
}

@Test func walksEverythingButGitInternalsInSortedOrder() throws {
    let d = TemporaryDirectory()
    d.write("b.txt", "b")
    d.write("a/z.py", "z")
    d.write(".git/config", "[core]")
    d.write(".git/HEAD", "ref: refs/heads/main\n")
    d.write(".git/objects/info/packs", "")
    d.write(".git/refs/heads/main", "0000000000000000000000000000000000000000\n")
    d.write(".gitignore", "models/\n.env\n")
    d.write("models/model.pt", "x")
    d.write(".env", "KEY=1")
    let r = try walk(d)
    #expect(r.files.map(\.relativePath) == [".env", ".gitignore", "a/z.py", "b.txt", "models/model.pt"])
    #expect(r.findings.isEmpty)
}

@Test func honoursConfiguredExcludes() throws {
    let d = TemporaryDirectory()
    d.write("src/app.py", "x")
    d.write("tests/fixtures/big.bin", "x")
    d.write("node_modules/x/index.js", "x")
    var c = Configuration()
    c.exclude = [Glob("tests/fixtures/**"), Glob("node_modules")]
    #expect(try walk(d, config: c).files.map(\.relativePath) == ["src/app.py"])
}

@Test func neverFollowsSymlinkLoops() throws {
    let d = TemporaryDirectory()
    d.write("a/file.txt", "x")
    try FileManager.default.createSymbolicLink(atPath: d.path + "/a/loop", withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(atPath: d.path + "/self", withDestinationPath: "self")
    let r = try walk(d)
    #expect(r.files.map(\.relativePath) == ["a/file.txt"])
    #expect(r.findings.isEmpty, "links inside the root are scanned where they point")
}

@Test func reportsSymlinksEscapingTheRootWithoutFollowing() throws {
    let outside = TemporaryDirectory()
    outside.write("secret.txt", "EVIL")
    let d = TemporaryDirectory()
    d.write("in.txt", "ok")
    try FileManager.default.createSymbolicLink(atPath: d.path + "/leak", withDestinationPath: outside.path + "/secret.txt")
    try FileManager.default.createSymbolicLink(atPath: d.path + "/etc", withDestinationPath: "/etc")
    let r = try walk(d)
    #expect(r.files.map(\.relativePath) == ["in.txt"])
    #expect(Set(r.findings.map(\.location.path)) == ["leak", "etc"])
    #expect(r.findings.allSatisfy { $0.ruleID == "scan-skipped-symlink" && $0.severity == .info })
}

@Test func emptyAndHugeSparseFilesAreSafe() throws {
    let d = TemporaryDirectory()
    d.write("empty.bin", "")
    let big = d.path + "/huge.bin"
    let fd = open(big, O_CREAT | O_WRONLY, 0o644)
    #expect(ftruncate(fd, 20 << 30) == 0) // 20 GiB, sparse
    _ = pwrite(fd, "TAIL", 4, off_t((20 << 30) - 4))
    close(fd)
    var c = Configuration()
    c.maxFileSize = 1 << 20
    let r = try walk(d, config: c)
    let huge = try #require(r.files.first { $0.relativePath == "huge.bin" })
    #expect(huge.size == 20 << 30)
    #expect(huge.bytes == nil, "a file above the limit is never read whole")
    #expect(huge.peek(4) == [0, 0, 0, 0])
    #expect(try huge.read(offset: (20 << 30) - 4, length: 100) == Array("TAIL".utf8))
    let empty = try #require(r.files.first { $0.relativePath == "empty.bin" })
    #expect(empty.bytes == [])
    #expect(empty.text == "")
    #expect(empty.lineStarts == [0])
}

@Test func nonUTF8NamesAreShownEscapedAndStillRead() throws {
    let d = TemporaryDirectory()
    var raw = Array((d.path + "/caf").utf8CString.dropLast())
    raw.append(CChar(bitPattern: 0xE9)) // Latin-1 é: invalid UTF-8
    raw.append(contentsOf: Array(".txt".utf8CString))
    let fd = open(raw, O_CREAT | O_WRONLY, 0o644)
    _ = write(fd, "EVIL", 4)
    close(fd)
    let r = try walk(d)
    let f = try #require(r.files.first)
    #expect(f.relativePath == "caf\\xE9.txt")
    #expect(f.text == "EVIL")
}

@Test func aNonexistentRootIsAnError() {
    #expect(throws: FileWalker.WalkError.self) { try FileWalker.root(for: "/definitely/not/here") }
}

@Test func fileArgumentScansJustThatFile() throws {
    let d = TemporaryDirectory()
    d.write("one.txt", "1")
    d.write("two.txt", "2")
    let r = FileWalker(configuration: Configuration()).walk(try FileWalker.root(for: d.path + "/two.txt").root, onlyFile: "two.txt")
    #expect(r.files.map(\.relativePath) == ["two.txt"])
}

@Test func sourceFileLineIndex() {
    let f = SourceFile(relativePath: "x.txt", text: "ab\r\ncd\n\nlast")
    #expect(f.line(1) == "ab")
    #expect(f.line(2) == "cd")
    #expect(f.line(3) == "")
    #expect(f.line(4) == "last")
    #expect(f.line(5) == nil)
    #expect(f.lineColumn(ofByte: 5).line == 2)
    #expect(f.lineColumn(ofByte: 5).column == 2)
    #expect(f.fileExtension == "txt")
}

@Test func fileNameAndExtensionAreTakenFromTheLastComponent() {
    let cases: [(String, String, String)] = [
        ("models/Model.PT", "Model.PT", "pt"),
        ("a/b/archive.tar.gz", "archive.tar.gz", "gz"),
        (".env", ".env", ""),
        ("config/.bulwark.yml", ".bulwark.yml", "yml"),
        ("Makefile", "Makefile", ""),
        ("dir.d/noext", "noext", ""),
        ("trailing.", "trailing.", ""),
        ("weights/ÜBER.SafeTensors", "ÜBER.SafeTensors", "safetensors"),
        ("daten/modell.PÜ", "modell.PÜ", "pü"),
    ]
    for (path, name, ext) in cases {
        let f = SourceFile(relativePath: path, text: "")
        #expect(f.fileName == name, "\(path)")
        #expect(f.fileExtension == ext, "\(path)")
    }
}

/// Only a real git directory's internals are skipped: a folder that merely carries the name `.git`
/// can hold a model a loader reads, so it is scanned.
@Test func scansFoldersNamedGitThatAreNotGitDirectories() throws {
    let d = TemporaryDirectory()
    d.write("pkg/.git/model.pkl", "x")
    d.write("vendor/lib/.git/HEAD", "ref: refs/heads/main\n")
    d.write("vendor/lib/.git/objects/ab/cdef", "x")
    d.write("vendor/lib/.git/refs/heads/main", "x")
    d.write("vendor/lib/src.py", "x")
    let r = try walk(d)
    #expect(r.files.map(\.relativePath) == ["pkg/.git/model.pkl", "vendor/lib/src.py"])
}

/// Build output and tool caches are skipped by default and listed; `defaultExcludes: false` scans them.
@Test func defaultExcludesSkipBuildOutputAndCachesAndSayWhich() throws {
    let d = TemporaryDirectory()
    d.write("src/app.py", "x")
    d.write(".build/checkouts/dep/key.pem", "x")
    d.write(".build-static/release/x", "x")
    d.write("pkg/__pycache__/m.pyc", "x")
    d.write("env2/pyvenv.cfg", "home = /usr/bin\n")
    d.write("env2/lib/site.py", "x")
    d.write("target/CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n")
    d.write("target/debug/x", "x")
    d.write("node_modules/pkg/package.json", "{}")
    d.write("models/.venv-notes.txt", "x")
    let r = try walk(d)
    #expect(r.files.map(\.relativePath) == ["models/.venv-notes.txt", "node_modules/pkg/package.json", "src/app.py"])
    #expect(r.skippedFolders == [".build", ".build-static", "env2", "pkg/__pycache__", "target"])
    let (root, _) = try FileWalker.root(for: d.path)
    let all = FileWalker(configuration: Configuration(), defaultExcludes: false).walk(root)
    #expect(all.files.count == 10)
    #expect(all.skippedFolders.isEmpty)
}

/// FIFOs are never opened (a read would block the scan) and are reported.
@Test func fifosAreReportedNotOpened() throws {
    let d = TemporaryDirectory()
    d.write("a.txt", "x")
    #expect(mkfifo(d.path + "/pipe.pkl", 0o644) == 0)
    let r = try walk(d)
    #expect(r.files.map(\.relativePath) == ["a.txt"])
    #expect(r.findings.contains { $0.ruleID == "scan-error" && $0.location.path == "pipe.pkl" && $0.message.contains("FIFO") })
    // Named directly on the command line, too.
    let (root, only) = try FileWalker.root(for: d.path + "/pipe.pkl")
    let direct = FileWalker(configuration: Configuration()).walk(root, onlyFile: only)
    #expect(direct.files.isEmpty)
    #expect(direct.findings.contains { $0.message.contains("FIFO") })
}

/// The gate's view: only listed files, and the folders leading to them.
@Test func onlyPathsLimitsTheWalk() throws {
    let d = TemporaryDirectory()
    d.write("src/app.py", "x")
    d.write("src/gen/out.py", "x")
    d.write("build/x.py", "x")
    let (root, _) = try FileWalker.root(for: d.path)
    let r = FileWalker(configuration: Configuration(), onlyPaths: ["src/app.py"]).walk(root)
    #expect(r.files.map(\.relativePath) == ["src/app.py"])
}
