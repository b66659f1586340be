import BulwarkCore
import BulwarkFormats

/// Several package indexes consulted together: dependency confusion.
struct ExtraIndexRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-extra-index-url", name: "Extra package index (dependency confusion)", family: "dependencies",
        summary: "Packages are resolved from more than one index (`--extra-index-url`, supplemental sources), so a public package can shadow a private one.",
        rationale: rationale(
            detects: "`--extra-index-url` and `--find-links` in requirements files and conda environments, secondary/supplemental `[[tool.poetry.source]]` entries, non-explicit `[[tool.uv.index]]` entries and `extra-index-url` in `[tool.uv]`, and additional sources in Pipfile.",
            matters: "pip merges candidates from every index and takes the highest version: anyone can upload a higher-numbered package with your private package's name to PyPI and it wins. This is how the torchtriton package reached PyTorch nightly users in December 2022, and the technique behind the 2021 dependency-confusion attacks on dozens of companies.",
            fix: "Use a single index that proxies the public one (`--index-url`), or pin private packages to their index (uv `explicit = true` with `[tool.uv.sources]`, Poetry `priority = \"explicit\"`), and register your internal names on the public registry.",
            references: ["[PyTorch: compromised nightly dependency (torchtriton)](https://pytorch.org/blog/compromised-nightly-dependency/)",
                         "[Dependency confusion (Alex Birsan, 2021)](https://medium.com/@alex.birsan/dependency-confusion-4a5d60fec610)",
                         "[uv: index strategy](https://docs.astral.sh/uv/concepts/indexes/)"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Resolve from one index, or pin private packages to an explicit index.",
        examples: [
            Example(.triggers, path: "requirements.txt", """
            --extra-index-url https://download.pytorch.org/whl/nightly/cpu # <-
            torch==2.6.0
            """, commentPrefix: "#"),
            Example(.triggers, path: "pyproject.toml", """
            [project]
            name = "app"
            [[tool.uv.index]]
            name = "internal"
            url = "https://pypi.internal.example/simple" # <-
            """, commentPrefix: "#"),
            Example(.clean, path: "requirements.txt", "--index-url https://pypi.internal.example/simple\ntorch==2.6.0\n"),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        guard [.requirementsTxt, .pyproject, .pipfile, .condaEnvironment].contains(model.kind) else { return [] }
        var out: [Finding] = []
        for ix in model.parsed?.indexes ?? [] where ix.isExtra {
            if model.kind == .condaEnvironment, !ix.url.contains("://") { continue } // extra conda channels are a different model
            out.append(Finding(rule: Self.rule, message: "Packages may also come from `\(ix.url.prefix(120))`: with several indexes the highest version of a name wins, so a public upload can shadow a private package.",
                               location: context.location(line: ix.line), anchor: ix.url, properties: ["index": ix.url]))
        }
        return out
    }
}
