import BulwarkCore
import BulwarkFormats

/// Agent CLIs started with flags that remove approvals or the sandbox.
struct LaunchBypassFlagRule: Rule {
    var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
            id: "agent-launch-bypass-flag",
            name: "Agent launched with a permission-bypass flag",
            family: AgentRuleSupport.family,
            summary: "A script, Makefile, package.json script, CI job or install script starts an agent CLI with approvals or the sandbox switched off.",
            rationale: """
            ## What it detects
            Agent CLI launches with `--dangerously-skip-permissions` or `--permission-mode bypassPermissions` \
            (Claude Code), `--yolo` or `--approval-mode yolo` (Gemini CLI, Codex), `-y` after `gemini` or `qwen` (not \
            before it, where it belongs to `npx`), \
            `--dangerously-bypass-approvals-and-sandbox`, `--sandbox danger-full-access` or \
            `--ask-for-approval never` (Codex), `--trust-all-tools` (Amazon Q), `--allow-all-tools` \
            (Copilot CLI), `cursor-agent --force`, `aider --yes-always`, `amp --dangerously-allow-all` and \
            `opencode run --auto` (after `opencode` only), in shell scripts, Makefiles, package.json scripts, \
            CI workflows, Dockerfiles and git hooks. In JavaScript, TypeScript and Python a flag name in a \
            string is not a launch (security-review prompts, help texts, option aliases, per-agent flag \
            tables and test assertions quote them): it counts only in an argument list that names the \
            agent (`["claude", "-p", task, "--dangerously-skip-permissions"]`, \
            `spawn('gemini', ['--yolo'])`) or in a command string whose command word is the agent, in a \
            file that spawns processes. A third-party package's install script counts with any quoted \
            flag; the agents' own packages are skipped.

            Severity follows who writes the prompt. High when the prompt is built from outside text \
            (issue or pull-request text, CI event data, `gh issue view`, `curl`, command output, a file \
            read at run time), when it comes from outside the script in a way the file does not show (an \
            environment variable or the script's arguments), and in CI definitions (the job may work on a \
            merge request's checkout). Medium when the prompt is literal text the file defines: in shell \
            scripts the prompt (the launch's last argument, or what a pipe feeds it) is traced through \
            variable assignments and function arguments in the same file; in JavaScript, TypeScript and \
            Python the file must read no outside text at all (no HTTP client, stdin, file reads or \
            environment). Developer and CI-harness scripts that drive agents on fixed prompts are medium \
            for that reason; a third-party package's launch is critical whatever its prompt.

            ## Why it matters
            The nx "s1ngularity" compromise (August 2025) shipped a postinstall script that ran the \
            locally installed `claude`, `gemini` and `q` CLIs with these flags and a prompt that searched \
            the disk for wallets and credentials. In CI, a bypassed agent that reads untrusted issue or \
            pull-request text runs with the job's secrets and write token.

            ## How to fix
            Run agents with their default approvals; in CI give them an allowlist of tools \
            (`--allowedTools "Bash(npm run test:*)"`) and a read-only token. A package that launches an \
            agent CLI from an install script is malware: remove it and rotate credentials.

            ## References
            - nx advisory GHSA-cxm3-wv7p-598c: https://github.com/nrwl/nx/security/advisories/GHSA-cxm3-wv7p-598c
            - Claude Code CLI reference: https://code.claude.com/docs/en/cli-reference
            - Gemini CLI approval modes: https://geminicli.com/docs/reference/configuration
            """,
            defaultSeverity: .high,
            remediation: "Launch agents with default approvals and an explicit tool allowlist.",
            examples: [
                Example(.triggers, path: "scripts/ai-fix.sh", """
                #!/bin/sh
                set -e
                claude --dangerously-skip-permissions -p "fix the failing tests" # <-
                """, commentPrefix: "#"),
                Example(.triggers, path: ".gitlab-ci.yml", """
                triage:
                  script:
                    - npx @google/gemini-cli --yolo -p "triage the failing pipeline" # <-
                """, commentPrefix: "#"),
                Example(.triggers, path: "node_modules/evil-telemetry/telemetry.js", """
                const { spawnSync } = require('child_process');
                const cli = { q: { cmd: 'q', args: ['chat', '--trust-all-tools', '--no-interactive', PROMPT] } }; // <-
                """),
                Example(.triggers, path: "scripts/triage.sh", """
                #!/bin/sh
                BODY=$(gh issue view "$1" --json body -q .body)
                claude -p "Triage this issue: $BODY" --dangerously-skip-permissions # <-
                """, commentPrefix: "#"),
                Example(.clean, path: "scripts/ai-review.sh", """
                #!/bin/sh
                # Never use --dangerously-skip-permissions here.
                claude -p "review the diff" --allowedTools "Bash(git diff:*)"
                """),
                // GitHub workflows are the workflows family's: workflow-ai-agent-permission-bypass reports them.
                Example(.clean, path: ".github/workflows/triage.yml", """
                on: issues
                jobs:
                  triage:
                    runs-on: ubuntu-latest
                    steps:
                      - run: npx @google/gemini-cli --yolo -p "triage issue ${{ github.event.issue.number }}"
                """),
                Example(.clean, path: "package.json", """
                {"scripts": {"lint": "eslint . --fix", "build": "tsc -p . --force"}}
                """),
                Example(.clean, path: "hooks/review.py", """
                import subprocess
                PROMPT = "Flag code that runs `claude --dangerously-skip-permissions` or `gemini --yolo`."
                subprocess.run(["claude", "-p", PROMPT])
                """),
                Example(.triggers, path: "tools/fix.py", """
                import subprocess
                subprocess.run(["claude", "--dangerously-skip-permissions", "-p", "fix the tests"]) # <-
                """, commentPrefix: "#"),
            ])

    func check(_ doc: AgentDocument, context: RuleContext) -> [Finding] {
        // GitHub workflows belong to the workflows family (`workflow-ai-agent-permission-bypass`),
        // which also knows the triggers; reporting them here too would double every finding.
        if Self.isGitHubWorkflow(doc.path) { return [] }
        return doc.launches.map { l in
            let vendoredCode = doc.isVendored
            let severity: Severity = vendoredCode ? .critical : (l.prompt.isFixed ? .medium : .high)
            var loc = context.location(line: l.line, column: l.column)
            loc.logicalPath = l.flag
            return Finding(rule: description, message: Self.message(l, vendored: vendoredCode), location: loc,
                           severity: severity, anchor: l.flag + l.excerpt,
                           properties: ["agent": l.product.rawValue, "flag": l.flag, "effect": l.effect.rawValue])
        }
    }
}

extension LaunchBypassFlagRule {
    static func isGitHubWorkflow(_ path: String) -> Bool {
        let comps = path.split(separator: "/")
        let lower = path.lowercased()
        return comps.count >= 3 && comps[comps.count - 3] == ".github" && comps[comps.count - 2] == "workflows"
            && (lower.hasSuffix(".yml") || lower.hasSuffix(".yaml"))
    }

    static func message(_ l: AgentLaunch, vendored: Bool) -> String {
        let effect: String
        switch l.effect {
        case .approvalsOff: effect = "every tool call approved"
        case .approvalsAndSandboxOff: effect = "approvals and the sandbox switched off"
        case .sandboxOff: effect = "the sandbox switched off"
        case .allToolsTrusted: effect = "every tool trusted"
        }
        let prefix = vendored ? "Third-party code launches" : "Launches"
        let base = "\(prefix) \(l.product.displayName) with `\(l.flag)` (\(effect)): `\(AgentRuleSupport.shown(l.excerpt, max: 120))`"
        if vendored { return base }
        switch l.prompt {
        case .fixed:
            return base + ". The prompt is literal text the file defines and the file reads no outside text, so no issue, pull request or web page writes the agent's orders (medium); the agent still runs any command it decides on, so keep it to a throwaway sandbox"
        case .outside(let why):
            return base + ". The agent's instructions can come from outside: \(why)"
        case .unknown(let why):
            return base + ". The prompt is not shown to be fixed: \(why)"
        }
    }
}
