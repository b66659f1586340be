import BulwarkCore
import BulwarkTestSupport
import Foundation
import Testing

/// Walked files are opened by name relative to their folder, kept open by a shared handle.
@Test func walkedFilesAreReadThroughTheirFoldersHandle() throws {
    let d = TemporaryDirectory()
    d.write("models/a.bin", "alpha")
    d.write("models/b.bin", "beta")
    d.write("top.txt", "top")
    let (root, only) = try FileWalker.root(for: d.path)
    let files = FileWalker(configuration: Configuration()).walk(root, onlyFile: only).files
    #expect(files.map(\.relativePath) == ["models/a.bin", "models/b.bin", "top.txt"])
    // The folder is renamed after the walk: the full paths no longer exist, but the files are read in
    // the folder the walk listed (and a folder swapped in under the old name is not read).
    try FileManager.default.moveItem(atPath: d.path + "/models", toPath: d.path + "/moved")
    d.write("models/a.bin", "swapped in")
    #expect(files[0].bytes == Array("alpha".utf8))
    #expect(try files[1].read(offset: 1, length: 3) == Array("eta".utf8))
    #expect(files[2].text == "top")
    #expect(files[0].readError == nil)
}

@Test func aSymlinkSwappedInAfterTheWalkIsNotFollowed() throws {
    let outside = TemporaryDirectory()
    outside.write("secret.txt", "EVIL")
    let d = TemporaryDirectory()
    d.write("dir/file.txt", "ok")
    let (root, only) = try FileWalker.root(for: d.path)
    let files = FileWalker(configuration: Configuration()).walk(root, onlyFile: only).files
    try FileManager.default.removeItem(atPath: d.path + "/dir/file.txt")
    try FileManager.default.createSymbolicLink(atPath: d.path + "/dir/file.txt", withDestinationPath: outside.path + "/secret.txt")
    #expect(files.count == 1)
    #expect(files[0].bytes == nil)
    #expect(files[0].readError == "is a symbolic link (not followed)")
}

@Test func foldersBeyondTheHandleLimitAreReadByFullPath() throws {
    let d = TemporaryDirectory()
    let n = DirectoryHandle.limit + 20
    for i in 0..<n { d.write("d\(i)/f.txt", "file \(i)") }
    let (root, only) = try FileWalker.root(for: d.path)
    let files = FileWalker(configuration: Configuration()).walk(root, onlyFile: only).files
    #expect(files.count == n)
    #expect(DirectoryHandle.openCount <= DirectoryHandle.limit)
    for f in files {
        let i = f.relativePath.dropFirst().prefix { $0 != "/" }
        #expect(f.text == "file \(i)", "\(f.relativePath)")
    }
}

@Test func folderHandlesCloseWithTheirFiles() throws {
    let d = TemporaryDirectory()
    d.write("x/a.txt", "a")
    let (root, only) = try FileWalker.root(for: d.path)
    var fds: Set<String> { Set((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []) }
    do {
        let files = FileWalker(configuration: Configuration()).walk(root, onlyFile: only).files
        #expect(files.first?.text == "a")
        // The handle's descriptor is a folder of the walk while the file lives.
        let dirs = fds.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0) }
        #if os(Linux)
        #expect(dirs.contains { $0.hasSuffix("/x") })
        #endif
    }
    // Other tests open folders in parallel: only this walk's folder is checked.
    let left = fds.compactMap { try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0) }
    #expect(!left.contains { $0 == (root.absolutePath + "/x") })
}
