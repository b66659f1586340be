import Foundation
import BulwarkCore
import BulwarkFormats

/// `if:` values that are always true because text surrounds the `${{ }}`.
struct UnsoundConditionRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-unsound-condition", name: "Condition that is always true", family: "workflows",
        summary: "An `if:` mixes `${{ }}` with other text (or a block scalar's trailing newline), so it is a non-empty string and always true.",
        rationale: rationale(
            detects: """
            `if:` values where `${{ ... }}` does not cover the whole value: `${{ a }} && ${{ b }}`, \
            `${{ cond }} ` followed by text, or `if: |` block scalars whose trailing newline is part of the \
            string. GitHub evaluates such a value as a non-empty string, which is truthy.
            """,
            matters: "The guard silently never blocks: a job meant to run only for maintainers, for a branch or after a check runs for everyone.",
            fix: "Write the whole condition inside one `${{ }}` (or without it), and use `if: >-` or a single line instead of `if: |`.",
            references: ["[GitHub: Expressions in if conditionals](https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/evaluate-expressions-in-workflows-and-actions#example-expression-in-an-if-conditional)",
                         "zizmor audit `unsound-condition`"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Put the entire condition inside a single `${{ }}` and avoid `|` block scalars for `if:`.",
        examples: [
            Example(.triggers, path: wf, """
            on: issue_comment
            jobs:
              deploy:
                runs-on: ubuntu-latest
                if: ${{ github.event.comment.author_association == 'OWNER' }} && ${{ contains(github.event.comment.body, '/deploy') }} # <-
                steps:
                  - run: ./deploy.sh
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: issue_comment
            jobs:
              deploy:
                runs-on: ubuntu-latest
                if: >-
                  ${{ github.event.comment.author_association == 'OWNER' &&
                      contains(github.event.comment.body, '/deploy') }}
                steps:
                  - if: github.ref == 'refs/heads/main'
                    run: ./deploy.sh
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var conds: [YScalar] = model.workflow?.jobs.compactMap(\.condition) ?? []
        conds += model.steps.compactMap(\.step.condition)
        return conds.compactMap { c -> Finding? in
            let v = c.value
            let emb = ExpressionParser.embedded(in: v)
            guard !emb.isEmpty else { return nil }
            if emb.count == 1, emb[0].offset == 0, emb[0].raw.utf8.count == v.utf8.count { return nil }
            // Leading/trailing spaces are trimmed by YAML for plain scalars; anything else is text.
            if emb.count == 1, v.trimmingCharacters(in: .whitespaces) == emb[0].raw, c.style != .literal { return nil }
            return .workflow(Self.rule, "This `if:` is text around `${{ }}` (\(c.style == .literal ? "a `|` block keeps a trailing newline" : "more than one expression or extra text")), so it is always true.",
                             context, line: c.line, column: c.column)
        }
    }
}
