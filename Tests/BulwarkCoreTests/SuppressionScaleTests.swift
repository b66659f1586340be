import BulwarkCore
import Foundation
import Testing

private let rule = RuleDescription(id: "secret-generic-assignment", name: "Generic", family: "secrets", summary: "s",
                                   rationale: "## What it detects\nx", defaultSeverity: .high)

/// Many findings on one long line (a minified file) are judged against the line's markers parsed
/// once, not by rebuilding the line per finding (which was quadratic), and markers still work.
@Test func suppressionOnALongLineIsParsedOnceAndStillApplies() {
    let cells = (0..<20_000).map { "\"k\($0)\":\"v\($0)\"" }.joined(separator: ",")
    let marked = TemporaryFileBytes("{" + cells + "} // bulwark: ignore[secret-generic-assignment] vectors\n{" + cells + "}\n")
    let s = InlineSuppressions()
    let start = Date()
    var suppressed = 0, kept = 0
    for col in stride(from: 1, to: 400_000, by: 100) {
        let onMarked = Finding(rule: rule, message: "m", location: Location(path: "v.json", startLine: 1, startColumn: col), anchor: "a\(col)")
        let onPlain = Finding(rule: rule, message: "m", location: Location(path: "v.json", startLine: 2, startColumn: col), anchor: "b\(col)")
        if s.isSuppressed(onMarked, in: marked) { suppressed += 1 }
        if !s.isSuppressed(onPlain, in: marked) { kept += 1 }
    }
    #expect(suppressed == 4_000)
    #expect(kept == 4_000)  // a trailing marker covers its own line only (line 1 is not comment-only)
    #expect(Date().timeIntervalSince(start) < 10, "8,000 lookups on a 400 KB line must not rebuild the line each time")
    #expect(marked.linesContainingIgnore == [1])
}

private func TemporaryFileBytes(_ text: String) -> SourceFile { SourceFile(relativePath: "v.json", bytes: Array(text.utf8)) }
