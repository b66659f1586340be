import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// One parameterized test over every rule of every family: examples behave as declared, ids are
/// unique kebab-case, every rule has both kinds of example, and the committed docs are current.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let family: String
    let rule: RuleDescription
    var testDescription: String { rule.id }
}

let allCases: [RuleCase] = Families.all.flatMap { f in f.rules.map { RuleCase(family: f.family, rule: $0) } }

@Test("rule examples behave as declared", arguments: allCases)
func examplesBehave(_ c: RuleCase) {
    let family = Families.all.first { $0.family == c.family }!
    guard c.family != "core" else { return } // walker findings are tested in BulwarkCoreTests
    for example in c.rule.examples {
        for problem in ExampleVerifier.problems(rule: c.rule, example: example, family: family) {
            Issue.record(Comment(rawValue: problem))
        }
    }
}

@Test("every rule has a triggering and a non-triggering example", arguments: allCases)
func hasBothExamples(_ c: RuleCase) {
    guard c.family != "core" else { return }
    #expect(!c.rule.triggeringExamples.isEmpty, "\(c.rule.id) has no triggering example")
    #expect(!c.rule.nonTriggeringExamples.isEmpty, "\(c.rule.id) has no non-triggering example")
}

@Test("rule ids are unique kebab-case and docs have the required sections")
func idsAreUniqueKebabCase() {
    var seen = Set<String>()
    for c in allCases {
        let id = c.rule.id
        #expect(seen.insert(id).inserted, "duplicate rule id \(id)")
        for a in c.rule.aliases { #expect(seen.insert(a).inserted, "alias \(a) collides") }
        let kebab = id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
        #expect(kebab, "\(id) is not kebab-case")
        #expect(c.rule.family == c.family, "\(id) declares family \(c.rule.family) but is listed by \(c.family)")
        for section in ["## What it detects", "## Why it matters", "## How to fix", "## References"] {
            #expect(c.rule.rationale.contains(section), "\(id) rationale lacks \(section)")
        }
    }
}

@Test("committed docs/rules match the rule descriptions")
func docsAreCurrent() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let dir = root.appendingPathComponent("docs/rules")
    let generated = RuleDocs.all()
    var stale: [String] = []
    for (name, content) in generated {
        let committed = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        if committed != content { stale.append(name) }
    }
    let onDisk = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    let extra = onDisk.filter { $0.hasSuffix(".md") && generated[$0] == nil }
    #expect(stale.isEmpty, "stale docs (run `swift run bulwark rules --write-docs docs/rules`): \(stale.sorted())")
    #expect(extra.isEmpty, "docs for rules that no longer exist: \(extra.sorted())")
}

@Test("README's table of families and rule counts is current")
func readmeTableIsCurrent() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let updated = try #require(RuleDocs.updatingReadme(readme), "README.md lacks the rules-table markers")
    #expect(updated == readme, "README rules table is stale: run `swift run bulwark rules --write-docs docs/rules` from the repository root")
}
