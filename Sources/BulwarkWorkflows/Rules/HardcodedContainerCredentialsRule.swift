import BulwarkCore
import BulwarkFormats

/// `container:`/`services:` `credentials.password` written in clear text.
struct HardcodedContainerCredentialsRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-hardcoded-container-credentials", name: "Hard-coded container registry credentials", family: "workflows",
        summary: "A job container or service has a registry password written in the workflow instead of a secret.",
        rationale: rationale(
            detects: "`credentials: { username, password }` under `container:` or `services:` where the password is a literal rather than a `${{ secrets.* }}` expression.",
            matters: "Workflow files are readable by everyone who can read the repository (and forks keep them forever): the registry account is exposed.",
            fix: "Store the password as an encrypted secret and reference it with `${{ secrets.REGISTRY_PASSWORD }}`; rotate the leaked one.",
            references: ["[GitHub: jobs.<job_id>.container.credentials](https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontainercredentials)",
                         "CWE-798", "zizmor audit `hardcoded-container-credentials`"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Use `${{ secrets.* }}` for registry passwords and rotate the exposed one.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              test:
                runs-on: ubuntu-latest
                container:
                  image: ghcr.io/acme/ci@sha256:0000000000000000000000000000000000000000000000000000000000000000
                  credentials:
                    username: ci
                    password: hunter2-registry # <-
                steps:
                  - run: make test
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              test:
                runs-on: ubuntu-latest
                container:
                  image: ghcr.io/acme/ci@sha256:0000000000000000000000000000000000000000000000000000000000000000
                  credentials:
                    username: ${{ github.actor }}
                    password: ${{ secrets.GITHUB_TOKEN }}
                steps:
                  - run: make test
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow else { return [] }
        var out: [Finding] = []
        for j in w.jobs {
            var containers: [YNode] = j.container.map { [$0] } ?? []
            containers += j.services?.entries.map(\.value) ?? []
            for c in containers {
                guard let pw = c["credentials"]?["password"]?.scalar, !pw.isNull, !pw.value.contains("${{") else { continue }
                out.append(.workflow(Self.rule, "Job `\(j.id.value)` has a registry password written in the workflow; anyone who can read the repository can use it.",
                                     context, line: pw.line, column: pw.column, anchor: "\(j.id.value):password"))
            }
        }
        return out
    }
}
