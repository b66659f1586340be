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
            matters: "A package manager may still read what Bulwark could not (lenient parsers, a different format version), so its packages went unchecked: a known-malicious or typosquatted package in it would pass unseen. A lockfile that only some tools can read is also a way to hide an entry from review tools. An unchecked lockfile therefore fails the default gate (high).",
            fix: "Regenerate the file with its package manager and scan again. If the file is valid and Bulwark is wrong, please report it; to accept the gap meanwhile, lower the rule's severity (`rules: {dep-unparseable-lockfile: low}`) or exclude the path in `.bulwark.yml`.",
            references: ["[TOML 1.0](https://toml.io/en/v1.0.0)", "[RFC 8259: JSON](https://www.rfc-editor.org/rfc/rfc8259)"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Regenerate the file with its package manager.",
        examples: [
            Example(.triggers, path: "poetry.lock", """
            [[package]]
            name = "requests"
            version = 2.31.0 # <-
            """),
            Example(.clean, path: "poetry.lock", "[[package]]\nname = \"requests\"\nversion = \"2.31.0\"\nfiles = [{file = \"r.whl\", hash = \"sha256:00\"}]\n"),
            // A project template, filled in by cookiecutter or copier before any tool reads it.
            Example(.clean, path: "templates/crew/pyproject.toml", "[project]\nname = \"{{folder_name}}\"\nversion = \"0.1.0\"\ndependencies = [{{ extra_deps }}]\n"),
        ])

    /// Template syntax (`{{ ... }}` or `{% ... %}`) in the first 64 KiB.
    static func isTemplate(_ file: SourceFile) -> Bool {
        let head = file.peek(64 << 10)
        var i = 0
        while i + 1 < head.count {
            if head[i] == UInt8(ascii: "{"), head[i + 1] == UInt8(ascii: "{") || head[i + 1] == UInt8(ascii: "%") { return true }
            i += 1
        }
        return false
    }
    var description: RuleDescription { Self.rule }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        guard let e = model.error else { return [] }
        // A project template (cookiecutter, copier, Jinja) is filled in before any tool reads it:
        // `{{ ... }}` in its path or text is the template's syntax, not a broken manifest.
        if context.file.relativePath.contains("{{") || Self.isTemplate(context.file) { return [] }
        return [Finding(rule: Self.rule, message: "\(model.kind.rawValue) could not be parsed (\(e.message)), so none of its packages were checked: regenerate it with its package manager (or fix the line shown) and scan again.",
                        location: context.location(line: e.line), anchor: "parse-error")]
    }
}
