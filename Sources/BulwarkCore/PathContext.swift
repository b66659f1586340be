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
        let parts = path.split(separator: "/")
        for dir in parts.dropLast() {
            let d = dir.lowercased()
            if let c = folders[d] { return c }
            // Swift/Xcode test targets: `Tests/FooTests/`.
            if dir.hasSuffix("Tests") && dir.count > 5 { return .test }
            // Test servers and harnesses: `pebble-test/`, `integration_tests/`, `test-server/`.
            for suffix in ["-test", "_test", "-tests", "_tests"] where d.hasSuffix(suffix) && d.count > suffix.count { return .test }
            for prefix in ["test-", "test_", "tests-", "tests_"] where d.hasPrefix(prefix) && d.count > prefix.count { return .test }
        }
        guard let name = parts.last.map(String.init) else { return nil }
        let lower = name.lowercased()
        // Templates meant to be copied and filled in: `.env.example`, `config.sample.yml`, `settings.template.json`.
        for marker in [".example", ".sample", ".template", ".dist"] {
            if lower.hasSuffix(marker) || lower.contains(marker + ".") { return .example }
        }
        if lower.hasPrefix("example.") || lower.hasPrefix("sample.") { return .example }
        if lower == "conftest.py" { return .test }
        if lower.hasPrefix("test_") && lower.hasSuffix(".py") { return .test }
        for suffix in ["_test.go", "_test.py", "_tests.py", "_spec.rb", "_test.rb", "_test.exs", "_test.dart"] where lower.hasSuffix(suffix) { return .test }
        for marker in [".test.", ".spec.", ".tests.", ".e2e."] where lower.contains(marker) { return .test }
        for suffix in ["Tests.swift", "Test.swift", "Test.java", "Tests.java", "Test.kt", "Tests.cs", "Test.cs"] where name.hasSuffix(suffix) { return .test }
        return nil
    }

    /// Whether a path looks like recorded traffic (VCR cassettes, HAR files): credentials there were
    /// captured from real sessions, so they keep their severity in any context.
    public static func isRecording(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.contains("cassette") || lower.contains("/vcr") || lower.hasPrefix("vcr") || lower.hasSuffix(".har")
            || lower.contains("recordings/") || lower.contains("/recorded")
    }
}
