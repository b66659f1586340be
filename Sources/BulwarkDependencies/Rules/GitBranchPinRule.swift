import BulwarkCore
import BulwarkFormats

/// Git dependencies that follow a branch (or the default branch) instead of a commit.
struct GitBranchPinRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-git-branch-pin", name: "Git dependency pinned to a branch", family: "dependencies",
        summary: "A git dependency follows a branch, tag or the default branch instead of a full commit SHA.",
        rationale: rationale(
            detects: "Git dependencies in requirements files, pyproject.toml (Poetry `branch =`, uv sources), package.json (`github:user/repo#main`, `git+https://...` without a ref), Cargo.lock/Gemfile.lock branch sources, go.mod replacements and Package.resolved branch pins whose reference is not a 40-character commit SHA.",
            matters: "A branch is a moving pointer: every install takes whatever was pushed last, so a compromised maintainer account or a force-push changes your build without any change in your repository, and reviews of the dependency become meaningless.",
            fix: "Pin to the full commit SHA you reviewed (`@3f2a9c1...`, `#3f2a9c1...`, `rev = \"...\"`), or better, use a released version from the registry.",
            references: ["[pip: VCS support, commit hashes](https://pip.pypa.io/en/stable/topics/vcs-support/)",
                         "[CWE-829: Inclusion of Functionality from Untrusted Control Sphere](https://cwe.mitre.org/data/definitions/829.html)"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Pin the git dependency to a full commit SHA.",
        examples: [
            Example(.triggers, path: "requirements.txt", """
            fastapi==0.110.0
            -e git+https://github.com/org/agent-tools.git@main#egg=agent-tools # <-
            """, commentPrefix: "#"),
            Example(.triggers, path: "package.json", """
            {"dependencies": {
              "lib": "github:org/lib" // <-
            }}
            """),
            Example(.clean, path: "requirements.txt", "agent-tools @ git+https://github.com/org/agent-tools.git@3f2a9c1d4e5b6a7980f1e2d3c4b5a69788796a5b\n"),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for p in model.packages where p.declaredIn == nil && p.sourceKind == .git {
            let branch = p.requirement.flatMap { $0.hasPrefix("branch=") ? String($0.dropFirst(7)) : ($0.hasPrefix("reference=") ? String($0.dropFirst(10)) : nil) }
            // Lockfiles record the resolved commit; only an explicit branch there is a finding.
            if model.kind.isLockfile, branch == nil { continue }
            if branch == nil, DirectSourceRule.isCommit(p.gitRef) { continue }
            let ref = branch ?? p.gitRef
            let what = ref.map { "`\($0)`" } ?? "the default branch"
            out.append(Finding(rule: Self.rule, message: "`\(p.name)` follows \(what) of `\((p.sourceURL ?? "").prefix(100))` instead of a commit SHA: every install may get different code.",
                               location: context.location(line: p.line, logicalPath: p.name), anchor: "\(p.name):\(ref ?? "")",
                               properties: ["package": p.name, "ref": ref ?? ""]))
        }
        return out
    }
}
