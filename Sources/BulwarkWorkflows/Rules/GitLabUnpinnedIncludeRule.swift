import BulwarkCore
import BulwarkFormats

/// GitLab CI `include:` of remote files, projects or components not pinned to a commit.
struct GitLabUnpinnedIncludeRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-gitlab-unpinned-include", name: "GitLab CI include not pinned", family: "workflows",
        summary: "A `.gitlab-ci.yml` includes a remote file, another project or a CI/CD component at a mutable ref.",
        rationale: rationale(
            detects: "`include: remote:` URLs (unless the URL contains a commit SHA), `include: project:` without `ref:` or with a branch/tag ref, and `include: component:` at a version that is not a commit SHA (`@~latest` is high).",
            matters: "Included configuration runs with the pipeline's variables and tokens. Whoever can change the included file, project or component (or the remote host) changes your pipeline without a merge request in your project.",
            fix: "Pin `ref:` (and component versions) to a full commit SHA; avoid `remote:` includes or vendor them into the project.",
            references: ["[GitLab: include](https://docs.gitlab.com/ci/yaml/#include)", "[GitLab: CI/CD components versions](https://docs.gitlab.com/ci/components/#component-versions)", "CWE-829"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Pin includes and components to a full commit SHA.",
        examples: [
            Example(.triggers, path: ".gitlab-ci.yml", """
            include:
              - remote: https://example.com/ci/build.yml # <-
              - project: acme/ci-templates # <-
                file: /python.yml
              - component: gitlab.com/acme/scan/sast@~latest # <-
            test:
              script: [make test]
            """, commentPrefix: "#"),
            Example(.clean, path: ".gitlab-ci.yml", """
            include:
              - local: /ci/build.yml
              - template: Security/SAST.gitlab-ci.yml
              - project: acme/ci-templates
                ref: 0123456789abcdef0123456789abcdef01234567
                file: /python.yml
              - component: gitlab.com/acme/scan/sast@0123456789abcdef0123456789abcdef01234567
            test:
              script: [make test]
            """),
        ])
    var description: RuleDescription { Self.rule }

    static func isSHA(_ s: String) -> Bool { s.count == 40 && s.allSatisfy(\.isHexDigit) }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let g = model.gitlab else { return [] }
        var out: [Finding] = []
        for inc in g.includes {
            switch inc.kind {
            case .remote:
                let hasSHA = inc.value.value.split(whereSeparator: { $0 == "/" || $0 == "=" || $0 == "@" }).contains { Self.isSHA(String($0)) }
                if !hasSHA {
                    out.append(.workflow(Self.rule, "`include: remote: \(inc.value.value)` pulls pipeline configuration from a URL that can change at any time.",
                                         context, line: inc.line, column: inc.value.column, severity: .high, anchor: inc.value.value))
                }
            case .project:
                if let r = inc.ref, Self.isSHA(r.value) { continue }
                out.append(.workflow(Self.rule, "`include: project: \(inc.value.value)` is \(inc.ref.map { "at the mutable ref `\($0.value)`" } ?? "not pinned (no `ref:`, so the default branch)").",
                                     context, line: inc.line, column: inc.value.column, anchor: inc.value.value))
            case .component:
                let v = inc.ref?.value ?? ""
                if Self.isSHA(v) { continue }
                out.append(.workflow(Self.rule, "Component `\(inc.value.value)` is not pinned to a commit SHA.",
                                     context, line: inc.line, column: inc.value.column, severity: v.contains("latest") || v.isEmpty ? .high : .medium,
                                     anchor: inc.value.value))
            case .local, .template: continue
            }
        }
        return out
    }
}
