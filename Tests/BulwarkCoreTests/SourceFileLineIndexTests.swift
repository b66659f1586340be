@testable import BulwarkCore
import Testing

/// `SourceFile.lineStarts` and `linesContainingIgnore` (memchr-based) against a plain byte loop.
enum LineIndexReference {
    static func lineStarts(_ b: [UInt8]) -> [Int] {
        var out = [0]
        for (i, c) in b.enumerated() where c == 0x0A { out.append(i + 1) }
        return out
    }

    static func ignoreLines(_ b: [UInt8]) -> Set<Int> {
        let needle = Array("ignore".utf8)
        var out = Set<Int>()
        var line = 1
        for i in 0..<b.count {
            if b[i] == 0x0A { line += 1; continue }
            if i + needle.count <= b.count, Array(b[i..<(i + needle.count)]) == needle { out.insert(line) }
        }
        return out
    }

    /// Texts with the word at the first and last byte, split by a newline, twice on a line, and near misses.
    static let texts: [String] = [
        "", "ignore", "\nignore\n", "ignor", "gignore", "x ignore", "ignore y\n\n\nignore",
        "ig\nnore ignore", "ignoreignore\nigg ignor\ne\nbulwark: ignore[all]", "iignore\ngignore\n ignor",
        String(repeating: "g", count: 97) + "ignore" + String(repeating: "ig", count: 50),
        (0..<300).map { $0 % 7 == 0 ? "line \($0) # bulwark: ignore[x]" : "line \($0) gig ignor" }.joined(separator: "\n"),
    ]
}

@Test("line starts and the lines that mention `ignore` match a plain byte loop", arguments: LineIndexReference.texts)
func lineIndexMatchesReference(_ text: String) {
    let bytes = Array(text.utf8)
    let file = SourceFile(relativePath: "a.txt", bytes: bytes)
    #expect(file.lineStarts == LineIndexReference.lineStarts(bytes))
    #expect(file.linesContainingIgnore == LineIndexReference.ignoreLines(bytes))
}
