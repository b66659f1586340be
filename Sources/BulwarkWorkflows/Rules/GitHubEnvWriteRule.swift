import BulwarkCore
import BulwarkFormats

/// Writes of non-constant data to `$GITHUB_ENV` / `$GITHUB_PATH` under untrusted triggers.
struct GitHubEnvWriteRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-github-env-write", name: "GITHUB_ENV or GITHUB_PATH written under an untrusted trigger", family: "workflows",
        summary: "A privileged workflow for untrusted events writes variable data to `$GITHUB_ENV` or `$GITHUB_PATH`.",
        rationale: rationale(
            detects: """
            Shell commands in workflows triggered by `pull_request_target`, `workflow_run`, `issue_comment` and \
            similar events that append non-constant data (variables, command output, expressions) to \
            `$GITHUB_ENV` or `$GITHUB_PATH` (`echo "X=$Y" >> $GITHUB_ENV`, `tee -a "$GITHUB_PATH"`).
            """,
            matters: """
            A value with a newline can define any environment variable for the following steps, such as \
            `LD_PRELOAD`, `NODE_OPTIONS` or `BASH_ENV`, and a `$GITHUB_PATH` entry can shadow any program: \
            arbitrary code execution in the privileged job. Artifact contents and PR metadata are typical sources.
            """,
            fix: "Pass data between steps with `$GITHUB_OUTPUT` and step outputs, or validate the value strictly (digits only, no newline) before writing it.",
            references: ["[GitHub Security Lab: GITHUB_ENV injection](https://securitylab.github.com/resources/github-actions-new-patterns-and-mitigations/)",
                         "CWE-454", "zizmor audit `github-env`"]),
        defaultSeverity: .high, defaultConfidence: .medium,
        remediation: "Use step outputs instead of `$GITHUB_ENV`, or validate the value first.",
        examples: [
            Example(.triggers, path: wf, """
            on:
              workflow_run:
                workflows: [CI]
                types: [completed]
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      unzip pr.zip
                      echo "PR_NUMBER=$(cat NR)" >> "$GITHUB_ENV" # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "VERSION=$(cat VERSION)" >> "$GITHUB_ENV"
              other:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "MODE=release" >> "$GITHUB_ENV"
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        guard let w = model.workflow, w.hasPrivilegedUntrustedTrigger else { return [] }
        var out: [Finding] = []
        for site in model.scripts where site.kind == .run && site.isShell {
            for c in ShellTokenizer.commands(in: site.scalar.value) {
                let words = c.words
                var target: String?
                for (i, wd) in words.enumerated() {
                    if (wd == ">>" || wd == ">"), i + 1 < words.count, words[i + 1].contains("GITHUB_ENV") || words[i + 1].contains("GITHUB_PATH") {
                        target = words[i + 1]
                    }
                }
                if c.program == "tee", let t = words.first(where: { $0.contains("GITHUB_ENV") || $0.contains("GITHUB_PATH") }) { target = t }
                guard let t = target else { continue }
                let payload = words.filter { $0 != t && $0 != ">>" && $0 != ">" }.joined(separator: " ")
                let piped = c.pipePosition > 0
                guard payload.contains("$") || piped else { continue }
                let name = t.contains("GITHUB_PATH") ? "$GITHUB_PATH" : "$GITHUB_ENV"
                let line = model.line(ofScriptLine: c.line, in: site.scalar)
                out.append(.workflow(Self.rule, "A step writes variable data to \(name) in a workflow triggered by \(w.triggerNames.intersection(Triggers.privilegedUntrusted).sorted().joined(separator: ", ")); a crafted value can set any environment variable or PATH entry for later steps.",
                                     context, line: line, anchor: "\(site.step?.index ?? 0):\(c.line)"))
            }
        }
        return out
    }
}
