import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

private func scan(_ d: TemporaryDirectory, config: Configuration = Configuration(), jobs: Int = 2,
                  baseline: Set<String> = [], families: [any FamilyScanner] = [TestFamily()]) throws -> ScanResult {
    var o = ScanOptions(paths: [d.path], configuration: config)
    o.jobs = jobs
    o.baseline = baseline
    return try Scanner(families: families).scan(o)
}

@Test func outputIsDeterministicAcrossJobCounts() throws {
    let d = TemporaryDirectory()
    for i in 0..<200 { d.write("dir\(i % 7)/f\(i).txt", i % 3 == 0 ? "ok\nEVIL \(i)\n" : "fine") }
    d.write("z.bad", "")
    let one = try scan(d, jobs: 1)
    let many = try scan(d, jobs: 8)
    #expect(one.findings == many.findings)
    #expect(one.findings.count == 68)
    #expect(one.filesScanned == 201)
    #expect(one.findings.map(\.location.path) == one.findings.map(\.location.path).sorted())
}

@Test func inlineSuppressionAndSeverityOverride() throws {
    let d = TemporaryDirectory()
    d.write("a.py", "EVIL = 1  # bulwark: ignore[test-evil] fixture\nEVIL = 2\n")
    let r = try scan(d)
    #expect(r.findings.map(\.location.startLine) == [2])
    #expect(r.suppressedInline == 1)
    var c = Configuration()
    c.rules["test-evil"] = .init(severity: .low)
    #expect(try scan(d, config: c).findings.map(\.severity) == [.low])
    c.rules["test-evil"] = .init(enabled: false)
    #expect(try scan(d, config: c).findings.isEmpty)
}

@Test func baselineHidesOnlyKnownFindings() throws {
    let d = TemporaryDirectory()
    d.write("a.py", "EVIL one\n")
    let first = try scan(d)
    let baseline = Set(first.findings.map(\.fingerprint))
    d.write("a.py", "# a new line above shifts everything\nEVIL one\nEVIL two\n")
    let second = try scan(d, baseline: baseline)
    #expect(second.findings.count == 1)
    #expect(second.findings.first?.location.startLine == 3)
    #expect(second.suppressedByBaseline == 1)
}

@Test func unreadableFilesBecomeScanErrorsAndTheScanGoesOn() throws {
    // A family that deletes a file before reading it: the file vanishes mid-scan, as it can on a live system.
    struct Vanishing: FamilyScanner {
        var family: String { "test" }
        var title: String { "t" }
        var rules: [RuleDescription] { [TestFamily.evil] }
        func wants(_ file: SourceFile) -> Bool {
            if file.fileName == "gone.txt", let p = file.absolutePath { try? FileManager.default.removeItem(atPath: p) }
            return true
        }
        func scan(_ file: SourceFile, context: ScanContext) -> [Finding] { TestFamily().scan(file, context: context) }
    }
    let d = TemporaryDirectory()
    d.write("gone.txt", "EVIL")
    d.write("kept.txt", "EVIL")
    let r = try scan(d, families: [Vanishing()])
    #expect(r.findings.map(\.ruleID) == ["scan-error", "test-evil"])
    #expect(r.findings.first?.message.contains("No such file") == true)
}

@Test func familySelectionAndExcludes() throws {
    let d = TemporaryDirectory()
    d.write("a.txt", "EVIL")
    d.write("vendor/b.txt", "EVIL")
    var c = Configuration()
    c.families["test"] = .init(exclude: [Glob("vendor/")])
    #expect(try scan(d, config: c).findings.map(\.location.path) == ["a.txt"])
    var o = ScanOptions(paths: [d.path], configuration: Configuration())
    o.skip = ["test"]
    #expect(try Scanner(families: [TestFamily()]).scan(o).findings.isEmpty)
}

@Test func defaultConfigurationParsesAndValidates() throws {
    let c = try Configuration.parse(DefaultConfiguration.text, source: ".bulwark.yml")
    try ConfigLoader.validate(c, source: ".bulwark.yml")
    #expect(c.failOn == .high)
}

@Test func aHundredThousandFileTreeScansInBoundedMemory() throws {
    // The full 100,000-file run lives in scripts/bench/walk.sh; here a 10,000-file tree checks
    // that per-file caches are released (resident memory must not grow with file content).
    let d = TemporaryDirectory()
    let payload = String(repeating: "x", count: 4096)
    for i in 0..<10_000 { d.write("d\(i / 500)/f\(i).txt", payload) }
    let before = residentBytes()
    let r = try scan(d)
    #expect(r.filesScanned == 10_000)
    let grown = residentBytes() - before
    #expect(grown < 60 << 20, "resident memory grew by \(grown >> 20) MiB while scanning 40 MiB of files")
}

private func residentBytes() -> Int {
    guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let parts = s.split(separator: " ")
    return parts.count > 1 ? (Int(parts[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}

/// A family whose only findings come from the repository-level `finish` pass.
private struct FinishOnlyFamily: FamilyScanner {
    static let rule = RuleDescription(
        id: "test-repo-level", name: "Repository-level", family: "test", summary: "A file says REPO.",
        rationale: "## What it detects\nx\n## Why it matters\nx\n## How to fix\nx\n## References\n- none",
        defaultSeverity: .medium)
    var family: String { "test" }
    var title: String { "Finish-only family" }
    var rules: [RuleDescription] { [Self.rule] }
    func wants(_ file: SourceFile) -> Bool { false }
    func scan(_ file: SourceFile, context: ScanContext) -> [Finding] { [] }
    func finish(files: [SourceFile], context: ScanContext) -> [Finding] {
        files.compactMap { f -> Finding? in
            guard let text = f.text, let n = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(where: { $0.contains("REPO") }) else { return nil }
            return Finding(rule: Self.rule, message: "repo-level", location: Location(path: f.relativePath, startLine: n + 1))
        }
    }
}

@Test func inlineMarkersSuppressRepositoryLevelFindings() throws {
    let d = TemporaryDirectory()
    d.write("kept.yml", "REPO: 1\n")
    d.write("ignored.yml", "# bulwark: ignore[test-repo-level] reviewed\nREPO: 2\n")
    let r = try scan(d, families: [FinishOnlyFamily()])
    #expect(r.findings.map(\.location.path) == ["kept.yml"])
    #expect(r.suppressedInline == 1)
}
