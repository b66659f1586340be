import BulwarkCore
import BulwarkFormats

/// Package names that imitate popular packages.
struct TyposquatRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-typosquat", name: "Typosquatted package name", family: "dependencies",
        summary: "A dependency's name imitates a popular package (typo, homoglyph, separator, affix or scope confusion).",
        rationale: rationale(
            detects: "Names one keystroke away from a popular PyPI, npm, crates.io, Go or SwiftPM package (omission, repetition, adjacent swap, keyboard-adjacent substitution), lookalike characters (`0`/`o`, `1`/`l`, capital `I` for `l`, `rn`/`m`, `vv`/`w`, Cyrillic and Greek confusables), separator changes and a moved language tag (`dateutil-python` for `python-dateutil`) after PEP 503 normalization, `py`/`python`/`js`/`node` affixes and version suffixes on the most popular names, and npm scope confusion (`types-node` for `@types/node`, lookalike scopes). Never reported: names that are themselves popular (bundled lists of 15,000 PyPI and 20,000 npm names), known legitimate lookalikes (`python-dateutil`, `types-*`, `@types/*`), names in the same owner or scope as the popular one (`github.com/aws/aws-cdk-go` beside `github.com/aws/aws-sdk-go`, any `@scope/name`), reordered words (`fresh-import` beside `import-fresh`: word order makes another name, as `url-parse` and `parse-url` are both popular), and npm aliases (`\"prettier-2\": \"npm:prettier@^2\"`, judged by the package they resolve to). Severity: high only for a strong technique (homoglyph, confusable, swap, edit on a long name) on a package the project depends on directly; medium for weaker techniques; low for a transitive dependency (another package chose it, nobody typed it) and for version suffixes and a letter appended to a word (`httpx2`, `cobbler`).",
            matters: "Typosquats are the most common malicious-package technique: `colourama` replaced copied cryptocurrency addresses, `jeIlyfish` stole SSH and GPG keys, `crossenv` sent npm tokens to its author. A single mistyped line in a requirements file, or a package an AI coding agent hallucinated, is enough.",
            fix: "Check the name against the project you meant (the finding names it), fix the spelling and regenerate the lockfile. If the package is a genuine, intended one, allow it in `.bulwark.yml` (`rules.dep-typosquat.options.allow`).",
            references: ["[PEP 503: name normalization](https://peps.python.org/pep-0503/#normalized-names)",
                         "[jeIlyfish and python3-dateutil (2019)](https://github.com/dateutil/dateutil/issues/984)",
                         "[crossenv (2017)](https://blog.npmjs.org/post/163723642530/crossenv-malware-on-the-npm-registry)"]),
        defaultSeverity: .high, defaultConfidence: .medium,
        remediation: "Fix the package name to the project you meant and regenerate the lockfile.",
        options: [.strings("allow", "package names that are intended and not reported")],
        examples: [
            Example(.triggers, path: "requirements.txt", """
            fastapi==0.110.0
            reqeusts==2.31.0 # <-
            """, commentPrefix: "#"),
            Example(.triggers, path: "package.json", """
            {"dependencies": {
              "types-node": "^20.0.0" // <-
            }}
            """),
            Example(.clean, path: "requirements.txt", "requests==2.31.0\npython-dateutil==2.9.0\ntypes-requests==2.31.0.20240311\n"),
            Example(.clean, path: "requirements.txt", "reqeusts==1.0.0\n", options: ["allow": .list([.string("reqeusts")])]),
            // Reordered words are another name (vite depends on `fresh-import`; `import-fresh` is popular).
            Example(.clean, path: "package.json", """
            {"dependencies": {"fresh-import": "^0.2.1", "import-fresh": "^3.3.0"}}
            """),
        ])
    var description: RuleDescription { Self.rule }

    /// A squat verdict is an alarm only for a name somebody typed: a direct dependency (or one whose
    /// depth the file does not say). A transitive dependency was chosen by another package's maintainer;
    /// weak techniques are shared by many legitimate names. Both are notes.
    static func severity(_ v: TyposquatVerdict, _ p: LockedPackage) -> Severity {
        if v.weak || (!p.isDirect && p.depth >= 2) { return .low }
        return v.strong ? .high : .medium
    }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        let allow = Set(context.settings.strings("allow").map { $0.lowercased() } + context.configuration.allowlist("packages").map { $0.lowercased() })
        var out: [Finding] = []
        for (i, p) in model.packages.enumerated() {
            guard i < model.typosquats.count, let v = model.typosquats[i], case .some(let line) = model.reportLine(p) else { continue }
            if allow.contains(p.name.lowercased()) || allow.contains(p.normalizedName) { continue }
            out.append(Finding(rule: Self.rule,
                               message: "`\(p.name)` looks like a typosquat of the popular \(p.ecosystem.rawValue) package `\(v.imitated)` (\(v.technique)).",
                               location: context.location(line: line, logicalPath: p.name),
                               severity: Self.severity(v, p), confidence: v.strong ? .high : .medium,
                               anchor: "\(p.ecosystem.rawValue):\(p.name)",
                               properties: ["package": p.name, "imitates": v.imitated, "technique": v.technique,
                                            "ecosystem": p.ecosystem.rawValue, "dependencyPath": p.pathDisplay]))
        }
        return out
    }
}
