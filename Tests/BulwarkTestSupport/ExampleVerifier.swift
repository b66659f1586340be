import BulwarkCore

/// Runs a rule's examples through its family the way a scan would, and says what went wrong.
public enum ExampleVerifier {
    /// Findings of one rule for an example (the example file plus its siblings form a tiny repo).
    public static func findings(rule: RuleDescription, example: Example, family: any FamilyScanner,
                                content: [UInt8]? = nil) -> [Finding] {
        var config = Configuration()
        config.rules[rule.id] = .init(enabled: true, severity: nil, options: example.options, line: nil)
        let dir = example.path.split(separator: "/").dropLast().joined(separator: "/")
        var files = [SourceFile(relativePath: example.path, bytes: content ?? example.content)]
        for (name, bytes) in example.siblings.sorted(by: { $0.key < $1.key }) {
            files.append(SourceFile(relativePath: dir.isEmpty ? name : dir + "/" + name, bytes: bytes))
        }
        let context = ScanContext(configuration: config, root: "/")
        var out: [Finding] = []
        for f in files where family.wants(f) { out += family.scan(f, context: context) }
        out += family.finish(files: files, context: context)
        // The scan's own post-processing (configuration, path context, order, duplicates).
        FindingPipeline(configuration: config, rules: family.rules).finish(&out)
        return out.filter { $0.ruleID == rule.id && $0.location.path == example.path }
    }

    /// Problems with one example; empty when it behaves as declared.
    public static func problems(rule: RuleDescription, example: Example, family: any FamilyScanner) -> [String] {
        let where_ = "\(example.file):\(example.line) (\(example.path))"
        let found = findings(rule: rule, example: example, family: family)
        switch example.expectation {
        case .clean:
            return found.isEmpty ? [] : ["\(where_): expected no `\(rule.id)` finding, got: " +
                                         found.map { "\($0.location.display) \($0.message)" }.joined(separator: "; ")]
        case .triggers:
            if found.isEmpty { return ["\(where_): expected a `\(rule.id)` finding, got none"] }
            var problems: [String] = []
            let lines = Set(found.compactMap(\.location.startLine))
            for l in example.expectedLines where !lines.contains(l) {
                problems.append("\(where_): expected `\(rule.id)` on line \(l), found on lines \(lines.sorted())")
            }
            if let prefix = example.commentPrefix, problems.isEmpty {
                problems += inlineIgnoreProblems(rule: rule, example: example, family: family, found: found,
                                                 prefix: prefix, where_: where_)
            }
            return problems
        }
    }

    /// Inserts `<prefix> bulwark: ignore[id]` above the first finding line and checks it is suppressed.
    static func inlineIgnoreProblems(rule: RuleDescription, example: Example, family: any FamilyScanner,
                                     found: [Finding], prefix: String, where_: String) -> [String] {
        guard let target = found.compactMap(\.location.startLine).min(), let text = example.text else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard target <= lines.count else { return [] }
        let indent = String(lines[target - 1].prefix { $0 == " " || $0 == "\t" })
        lines.insert("\(indent)\(prefix) bulwark: ignore[\(rule.id)] example of an accepted risk", at: target - 1)
        let newText = lines.joined(separator: "\n")
        let file = SourceFile(relativePath: example.path, text: newText)
        let again = findings(rule: rule, example: example, family: family, content: Array(newText.utf8))
        let suppressions = InlineSuppressions()
        let left = FindingPipeline.suppress(again, in: file, with: suppressions).kept.filter { $0.location.startLine == target + 1 }
        return left.isEmpty ? [] : ["\(where_): an inline `bulwark: ignore[\(rule.id)]` above line \(target) did not suppress the finding"]
    }
}
