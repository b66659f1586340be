import BulwarkCore
import BulwarkKit
import BulwarkTestSupport
import Foundation
import Testing

/// A rule type that is written but not listed in its family's rule list never runs, silently. The
/// lists are typed (`[any Rule<FamilyModel>]`), so a rule under the wrong family does not compile;
/// this test catches the other mistake, a rule never listed at all, by reading the sources.
@Suite struct RuleRegistrationTests {
    static func sources() throws -> [String: String] {
        let root = Repository.root() + "/Sources"
        var out: [String: String] = [:]
        let e = try #require(FileManager.default.enumerator(atPath: root))
        while let p = e.nextObject() as? String {
            guard p.hasSuffix(".swift") else { continue }
            out[p] = try String(contentsOfFile: root + "/" + p, encoding: .utf8)
        }
        return out
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let re = try! NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }

    @Test func everyRuleTypeIsListedByItsFamily() throws {
        let files = try Self.sources()
        // Protocols that refine Rule (`ModelIssueRule`, ...) count as Rule.
        var protocols: Set<String> = ["Rule"]
        for text in files.values {
            for m in Self.matches(#"protocol\s+(\w+)\s*:\s*Rule\b"#, in: text) { protocols.insert(m[1]) }
        }
        var ruleTypes: [(name: String, file: String)] = []
        for (path, text) in files {
            for m in Self.matches(#"(?:struct|final class|enum)\s+(\w+)\s*:\s*([^{]+)\{"#, in: text) {
                let conformances = m[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").first.map(String.init) ?? "" }
                if conformances.contains(where: protocols.contains) { ruleTypes.append((m[1], path)) }
            }
        }
        #expect(ruleTypes.count >= 80, "the source scan found \(ruleTypes.count) rule types: the pattern is broken")
        // Registries: the typed static rule lists of the family scanners.
        let registries = files.filter { !Self.matches(#"static let \w+: \[(any Rule<\w+>|\w+Rule)\]"#, in: $0.value).isEmpty }
        #expect(registries.count >= 6, "\(registries.keys.sorted())")
        let unlisted = ruleTypes.filter { t in
            !registries.values.contains { !Self.matches("\\b\(t.name)(\\(|\\.init\\b)", in: $0).isEmpty }
        }
        #expect(unlisted.isEmpty, "rule types no family lists (they never run): \(unlisted.map { "\($0.name) in \($0.file)" })")
    }

    /// Every rule the families report is documented and belongs to exactly one family.
    @Test func everyRuleIdIsUniqueAndDocumented() throws {
        var owner: [String: String] = [:]
        var duplicates: [String] = []
        for family in Families.all {
            for rule in family.rules {
                if let other = owner[rule.id] { duplicates.append("\(rule.id) in \(other) and \(family.family)") }
                owner[rule.id] = family.family
                #expect(rule.family == family.family, "\(rule.id) says family \(rule.family), listed by \(family.family)")
            }
        }
        #expect(duplicates.isEmpty, "\(duplicates)")
        let docs = Repository.root() + "/docs/rules"
        let missing = owner.keys.filter { !FileManager.default.fileExists(atPath: "\(docs)/\($0).md") }.sorted()
        #expect(missing.isEmpty, "rules without a page in docs/rules (run `bulwark rules --write-docs docs/rules`): \(missing)")
    }
}
