import BulwarkCore
import BulwarkFormats

/// A CI file that cannot be read as YAML, or that exceeds the parser's bounds.
struct ParseErrorRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-parse-error", name: "Unreadable CI file", family: "workflows",
        summary: "A workflow, action or CI configuration could not be parsed, so it was not audited.",
        rationale: rationale(
            detects: "A GitHub Actions workflow, `action.yml`, Dependabot or GitLab CI file that is not valid YAML, or that exceeds Bulwark's bounds (size, nesting depth, alias expansion).",
            matters: "A file Bulwark cannot read is a file nobody audited. Alias bombs (\"billion laughs\") and deeply nested documents are also a way to make scanners crash or give up silently.",
            fix: "Fix the YAML syntax (GitHub refuses invalid workflows too), or remove the aliases and nesting that exceed the bounds (docs/limits.md lists them).",
            references: ["[YAML 1.2 specification](https://yaml.org/spec/1.2.2/)", "[Billion laughs attack](https://en.wikipedia.org/wiki/Billion_laughs_attack)"]),
        // Medium: the file was not checked at all, so whatever it holds (a `pull_request_target`
        // job running the head, say) goes unreported; a silent LOW would be a bypass.
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Fix the YAML so that the file can be audited.",
        examples: [
            Example(.triggers, path: wf, "on: push\njobs:\n  build: [unclosed\n", commentPrefix: nil),
            Example(.triggers, path: wf, "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"),
            Example(.clean, path: wf, "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n"),
        ])
    var description: RuleDescription { Self.rule }
    func check(_ model: CIModel, context: RuleContext) -> [Finding] { [] }

    static func finding(file: SourceFile, context: ScanContext, message: String, line: Int) -> [Finding] {
        let s = context.settings(for: rule)
        guard s.enabled else { return [] }
        return [Finding(rule: rule, message: "Could not audit this CI file: \(message).",
                        location: Location(path: file.relativePath, startLine: line), severity: s.severity,
                        anchor: "parse-error")]
    }
}
