import BulwarkCore
import BulwarkFormats

/// Requirements files that name ranges instead of exact versions.
struct UnpinnedRequirementRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-unpinned-requirement", name: "Unpinned requirement", family: "dependencies",
        summary: "A requirements file installs a package without an exact `==` version.",
        rationale: rationale(
            detects: "Lines of `requirements*.txt` (not `requirements.in`, the input of pip-compile) and of the `pip:` section of a conda `environment.yml` whose requirement has no exact `==`/`===` pin: bare names, `>=` ranges, `~=`, wildcards. Constraint files and direct references (git, URLs) are handled by other rules; conda's own specs are resolved by conda and not judged here.",
            matters: "`pip install -r` then installs whatever the index serves at that moment: a compromised release (ultralytics 8.3.41 was live for hours) or a newly uploaded malicious version reaches the build without any change in the repository, and builds are not reproducible.",
            fix: "Pin every requirement with `==` (generate the file with `pip-compile --generate-hashes` or `uv pip compile --generate-hashes`) and update pins deliberately.",
            references: ["[pip: repeatable installs](https://pip.pypa.io/en/stable/topics/repeatable-installs/)",
                         "[pip-tools](https://pip-tools.readthedocs.io/)"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Pin the requirement with `==` (pip-compile or uv pip compile generate pinned, hashed files).",
        examples: [
            Example(.triggers, path: "requirements.txt", """
            fastapi==0.110.0
            transformers>=4.40 # <-
            uvicorn # <-
            """, commentPrefix: "#"),
            Example(.clean, path: "requirements.txt", "fastapi==0.110.0\n-e .\n"),
            Example(.clean, path: "requirements.in", "fastapi\n"),
            Example(.triggers, path: "environment.yml", """
            name: train
            dependencies:
              - python=3.11
              - pip
              - pip:
                - accelerate==1.2.1
                - transformers>=4.40 # <-
            """),
            Example(.clean, path: "environment.yml", """
            name: train
            dependencies:
              - python=3.11
              - pytorch
              - pip:
                - accelerate==1.2.1
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        // A conda environment's `pip:` section is a requirements list pip installs as written; its conda
        // specs are resolved by conda (and `conda-lock` pins them), so only the pip section is judged.
        let conda = model.kind == .condaEnvironment
        guard model.kind == .requirementsTxt || conda, !model.file.fileName.hasSuffix(".in") else { return [] }
        if model.file.fileName.lowercased().hasPrefix("constraints") { return [] }
        var out: [Finding] = []
        for p in model.packages where p.declaredIn == nil && p.version == nil && p.sourceKind == .registry && !p.isEditable
            && (!conda || p.ecosystem == .pypi) {
            let req = p.requirement.map { $0.isEmpty ? "any version" : "`\($0)`" } ?? "any version"
            out.append(Finding(rule: Self.rule, message: "`\(p.name)` is not pinned to an exact version (\(req)): each install may get a different, possibly malicious, release.",
                               location: context.location(line: p.line, logicalPath: p.name), anchor: p.normalizedName,
                               properties: ["package": p.name]))
        }
        return out
    }
}
