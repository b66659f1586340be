import BulwarkCore
import BulwarkFormats

/// Setup actions that download the newest release of a tool unless told a version.
struct UnpinnedToolRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-unpinned-tool", name: "Setup action installs the latest tool release", family: "workflows",
        summary: "A pinned setup action still downloads whatever release of its tool is newest at run time, because no version is given (or `latest` is).",
        rationale: rationale(
            detects: """
            Steps of setup actions whose version input defaults to `latest`, used without that input or with \
            `latest`: `aquasecurity/setup-trivy` (`version`), `1password/load-secrets-action` (`version`), \
            `hashicorp/setup-terraform` (`terraform_version`, unless `terraform_version_file`), `azure/setup-helm` \
            (`version`, unless `version-file`) and `azure/setup-kubectl` (`version`, unless `checksum`). A version \
            given by an expression is reported with low confidence. Steps with a literal `if: false` are skipped.
            """,
            matters: """
            Pinning the action by SHA does not pin what it installs: the tool binary is fetched from the vendor's \
            latest release on every run. A compromised or broken release (scanners and secret managers are prime \
            targets, and they run with the job's secrets) reaches CI within minutes, and runs are not reproducible.
            """,
            fix: "Set the version input to an exact release (`version: v0.58.1`), or use the action's version-file or checksum input, and update it deliberately (Dependabot or Renovate can track it).",
            references: ["[aquasecurity/setup-trivy inputs](https://github.com/aquasecurity/setup-trivy#inputs)",
                         "[hashicorp/setup-terraform inputs](https://github.com/hashicorp/setup-terraform#inputs)",
                         "zizmor audit `unpinned-tools`", "CWE-494"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Give the setup action an exact tool version.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              scan:
                runs-on: ubuntu-latest
                steps:
                  - uses: aquasecurity/setup-trivy@9ea583eb67910444b1f64abf338bd2e105a0a93d # <-
                  - uses: hashicorp/setup-terraform@b9cd54a3c349d3f38e8881555d616ced269862dd
                    with:
                      terraform_version: latest # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              scan:
                runs-on: ubuntu-latest
                steps:
                  - uses: aquasecurity/setup-trivy@9ea583eb67910444b1f64abf338bd2e105a0a93d
                    with:
                      version: v0.58.1
                  - uses: hashicorp/setup-terraform@b9cd54a3c349d3f38e8881555d616ced269862dd
                    with:
                      terraform_version_file: .terraform-version
                  - uses: azure/setup-kubectl@776406bce94f63e41d621b960d78ee25c8b76ede
                    with:
                      checksum: 8d8c3f5a0b6ab6b2aa6b2cbd0d2d7b2b2d0e4c1a9f5b3c7d1e2f3a4b5c6d7e8f
            """),
        ])
    var description: RuleDescription { Self.rule }

    /// Action -> (version input, inputs that pin the tool another way).
    static let table: [String: (input: String, alternatives: [String])] = [
        "aquasecurity/setup-trivy": ("version", []),
        "1password/load-secrets-action": ("version", []),
        "hashicorp/setup-terraform": ("terraform_version", ["terraform_version_file"]),
        "azure/setup-helm": ("version", ["version-file"]),
        "azure/setup-kubectl": ("version", ["checksum"]),
    ]

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for (_, step) in model.steps {
            guard let a = step.action, a.kind == .repository, let entry = Self.table[a.fullName], let u = step.uses else { continue }
            if step.node["with"]?.scalar != nil { continue }
            if let c = step.condition, c.bool == false || c.value.replacingOccurrences(of: " ", with: "") == "${{false}}" { continue }
            if entry.alternatives.contains(where: { step.input($0).map { !$0.value.isEmpty } ?? false }) { continue }
            guard let v = step.input(entry.input), !v.value.trimmingCharacters(in: .whitespaces).isEmpty else {
                out.append(.workflow(Self.rule, "`\(a.slug)` without `\(entry.input):` downloads the newest release of its tool on every run.",
                                     context, line: u.line, column: u.column, anchor: a.slug + ":default"))
                continue
            }
            let value = v.value.trimmingCharacters(in: .whitespaces)
            if value.lowercased() == "latest" {
                out.append(.workflow(Self.rule, "`\(entry.input): latest` makes `\(a.slug)` download the newest release of its tool on every run.",
                                     context, line: v.line, column: v.column, anchor: a.slug + ":latest"))
            } else if value.contains("${{") {
                out.append(.workflow(Self.rule, "`\(entry.input): \(value)` is computed at run time and may be `latest` or empty (the newest release).",
                                     context, line: v.line, column: v.column, severity: .low, confidence: .low, anchor: a.slug + ":expr"))
            }
        }
        return out
    }
}
