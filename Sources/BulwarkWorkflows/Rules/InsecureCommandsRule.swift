import Foundation
import BulwarkCore
import BulwarkFormats

/// `ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `::set-env` and `::add-path`.
struct InsecureCommandsRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-insecure-commands", name: "Insecure workflow commands enabled", family: "workflows",
        summary: "`ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables the deprecated `::set-env` and `::add-path` log commands.",
        rationale: rationale(
            detects: "`ACTIONS_ALLOW_UNSECURE_COMMANDS: true` in any `env:` block, or written to `$GITHUB_ENV`.",
            matters: "With it, any text a step prints to its log (a test name, a file name, a PR title echoed by a tool) can set environment variables or PATH entries for later steps: CVE-2020-15228.",
            fix: "Remove the variable and update the action that needed it to use `$GITHUB_ENV` / `$GITHUB_PATH` files.",
            references: ["CVE-2020-15228", "[GitHub: Deprecating set-env and add-path](https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/)",
                         "zizmor audit `insecure-commands`"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Remove `ACTIONS_ALLOW_UNSECURE_COMMANDS`.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                env:
                  ACTIONS_ALLOW_UNSECURE_COMMANDS: true # <-
                steps:
                  - run: make
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                env:
                  ACTIONS_ALLOW_UNSECURE_COMMANDS: false
                steps:
                  - run: echo "ok"
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var envs: [YMapping.Entry] = (model.workflow?.env ?? []) + (model.action?.env ?? [])
        envs += model.workflow?.jobs.flatMap(\.env) ?? []
        envs += model.steps.flatMap(\.step.env)
        var out: [Finding] = envs.filter { $0.key.value == "ACTIONS_ALLOW_UNSECURE_COMMANDS" && ($0.value.string?.lowercased() ?? "") != "false" }.map { e in
            .workflow(Self.rule, "`ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `::set-env`/`::add-path`: anything printed to the log can set variables for later steps.",
                      context, line: e.key.line, column: e.key.column)
        }
        for site in model.scripts where site.scalar.value.contains("ACTIONS_ALLOW_UNSECURE_COMMANDS=true") {
            out.append(.workflow(Self.rule, "The script enables `ACTIONS_ALLOW_UNSECURE_COMMANDS`.", context,
                                 line: model.line(of: "ACTIONS_ALLOW_UNSECURE_COMMANDS", in: site.scalar, offset: 0)))
        }
        return out
    }
}
