/// Where in a repository a file sits, for judging how much a finding there matters.
///
/// A credential in `tests/fixtures/` that tests a redactor, a TLS key under `testdata/`, a
/// documented example in `docs/`: these are kept (a reader may still want them) but lowered, so a
/// gate at `--fail-on high` acts on what ships. What is live-looking in a way fixtures are not
/// keeps its severity (see `Scanner` for the exceptions: checksum-valid tokens, recorded traffic).
public enum PathContext: String, Sendable, CaseIterable {
    case test, fixture, docs, example

    static let folders: [String: PathContext] = [
        "test": .test, "tests": .test, "__tests__": .test, "spec": .test, "specs": .test, "testing": .test, "e2e": .test,
        "testdata": .fixture, "test-data": .fixture, "test_data": .fixture, "fixtures": .fixture, "fixture": .fixture,
        "__fixtures__": .fixture, "__mocks__": .fixture, "mocks": .fixture, "testfixtures": .fixture, "snapshots": .fixture,
        "__snapshots__": .fixture,
        "docs": .docs, "doc": .docs, "documentation": .docs, "website": .docs,
        "examples": .example, "example": .example, "samples": .example, "sample": .example, "cookbook": .example,
    ]

    /// The context of a root-relative path, or nil for ordinary source. Folders decide first (the
    /// outermost recognised one wins), then test file names (`*_test.go`, `test_*.py`, `*.spec.ts`,
    /// `*Tests.swift`, `conftest.py`...).
    public static func of(_ path: String) -> PathContext? {
        // Bytes, ASCII-lowercased (every folder name and marker below is ASCII): this runs for every
        // finding, and String's lowercased()/contains (Foundation's) cost tens of microseconds each.
        let raw = Array(path.utf8)
        var lower = raw
        for i in lower.indices where lower[i] >= 0x41 && lower[i] <= 0x5A { lower[i] |= 0x20 }
        var parts: [Range<Int>] = []
        var start = 0
        for i in 0...raw.count where i == raw.count || raw[i] == 0x2F {
            if i > start { parts.append(start..<i) }
            start = i + 1
        }
        guard let last = parts.last else { return nil }
        for r in parts.dropLast() {
            let d = lower[r]
            if let c = folders[String(decoding: d, as: UTF8.self)] { return c }
            // Swift/Xcode test targets: `Tests/FooTests/`.
            if r.count > 5, ends(raw[r], "Tests".utf8) { return .test }
            // Test servers and harnesses: `pebble-test/`, `integration_tests/`, `test-server/`.
            for suffix in dirSuffixes where r.count > suffix.count && ends(d, suffix) { return .test }
            for prefix in dirPrefixes where r.count > prefix.count && begins(d, prefix) { return .test }
        }
        let name = raw[last], lowerName = lower[last]
        // Templates meant to be copied and filled in: `.env.example`, `config.sample.yml`, `settings.template.json`.
        for (marker, dotted) in templateMarkers {
            if ends(lowerName, marker) || has(lowerName, dotted) { return .example }
        }
        if begins(lowerName, "example.".utf8) || begins(lowerName, "sample.".utf8) { return .example }
        if lowerName.elementsEqual("conftest.py".utf8) { return .test }
        if begins(lowerName, "test_".utf8) && ends(lowerName, ".py".utf8) { return .test }
        for suffix in testFileSuffixes where ends(lowerName, suffix) { return .test }
        for marker in testFileMarkers where has(lowerName, marker) { return .test }
        for suffix in testClassSuffixes where ends(name, suffix) { return .test }
        return nil
    }

    static let dirSuffixes = ["-test", "_test", "-tests", "_tests"].map { Array($0.utf8) }
    static let dirPrefixes = ["test-", "test_", "tests-", "tests_"].map { Array($0.utf8) }
    static let templateMarkers = [".example", ".sample", ".template", ".dist"].map { (Array($0.utf8), Array(($0 + ".").utf8)) }
    static let testFileSuffixes = ["_test.go", "_test.py", "_tests.py", "_spec.rb", "_test.rb", "_test.exs", "_test.dart"].map { Array($0.utf8) }
    static let testFileMarkers = [".test.", ".spec.", ".tests.", ".e2e."].map { Array($0.utf8) }
    static let testClassSuffixes = ["Tests.swift", "Test.swift", "Test.java", "Tests.java", "Test.kt", "Tests.cs", "Test.cs"].map { Array($0.utf8) }

    private static func ends(_ s: ArraySlice<UInt8>, _ suffix: some Collection<UInt8>) -> Bool {
        let n = suffix.count
        return s.count >= n && s[(s.endIndex - n)...].elementsEqual(suffix)
    }

    private static func begins(_ s: ArraySlice<UInt8>, _ prefix: some Collection<UInt8>) -> Bool {
        let n = prefix.count
        return s.count >= n && s[s.startIndex..<(s.startIndex + n)].elementsEqual(prefix)
    }

    private static func has(_ s: ArraySlice<UInt8>, _ n: [UInt8]) -> Bool {
        guard s.count >= n.count, let first = n.first else { return n.isEmpty }
        var i = s.startIndex
        while i <= s.endIndex - n.count {
            if s[i] == first, s[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }

    /// Whether a path looks like recorded traffic (VCR cassettes, HAR files): credentials there were
    /// captured from real sessions, so they keep their severity in any context.
    public static func isRecording(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.contains("cassette") || lower.contains("/vcr") || lower.hasPrefix("vcr") || lower.hasSuffix(".har")
            || lower.contains("recordings/") || lower.contains("/recorded")
    }
}
