import BulwarkCore
import BulwarkFormats

/// Dependency files that could not be parsed, so their packages were not checked.
struct UnparseableRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-unparseable-lockfile", name: "Unparseable dependency file", family: "dependencies",
        summary: "A lockfile or manifest could not be parsed, so none of its packages were checked.",
        rationale: rationale(
            detects: "Lockfiles and manifests that are not valid for their format (broken JSON, TOML or YAML, a truncated file), with the line of the first error.",
            matters: "A package manager may still read what Bulwark could not (lenient parsers, a different format version), so its packages went unchecked. A lockfile that only some tools can read is also a way to hide an entry from review tools.",
            fix: "Regenerate the file with its package manager; if Bulwark is wrong about a valid file, please report it.",
            references: ["[TOML 1.0](https://toml.io/en/v1.0.0)", "[RFC 8259: JSON](https://www.rfc-editor.org/rfc/rfc8259)"]),
        defaultSeverity: .low, defaultConfidence: .high,
        remediation: "Regenerate the file with its package manager.",
        examples: [
            Example(.triggers, path: "poetry.lock", """
            [[package]]
            name = "requests"
            version = 2.31.0 # <-
            """),
            Example(.clean, path: "poetry.lock", "[[package]]\nname = \"requests\"\nversion = \"2.31.0\"\nfiles = [{file = \"r.whl\", hash = \"sha256:00\"}]\n"),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        guard let e = model.error else { return [] }
        return [Finding(rule: Self.rule, message: "\(model.kind.rawValue) could not be parsed (\(e.message)); its packages were not checked.",
                        location: context.location(line: e.line), anchor: "parse-error")]
    }
}
