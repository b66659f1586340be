import BulwarkAgents
import BulwarkCore
import BulwarkFormats
import Testing

/// Issue 18 / real-repository precision: a bypass flag is judged by who writes the agent's prompt.
@Suite struct LaunchPromptOriginTests {
    private func launch(_ path: String, _ text: String) -> [Finding] {
        scanRepo([path: text]).filter { $0.ruleID == "agent-launch-bypass-flag" }
    }

    @Test func literalPromptInADeveloperScriptIsMedium() {
        let f = launch("scripts/bench.sh", "#!/bin/sh\nclaude -p --dangerously-skip-permissions \"Reply with one word: pong\" > out.txt 2>&1\n")
        #expect(f.count == 1)
        #expect(f.first?.severity == .medium)
        #expect(f.first?.message.contains("literal text the file defines") == true)
    }

    @Test func promptTracedThroughVariablesAndFunctionArgumentsIsMedium() {
        let script = """
        #!/usr/bin/env bash
        run_agent() {  # $1=out $2=prompt
          local out="$1" prompt="$2"
          codex exec --dangerously-bypass-approvals-and-sandbox "$prompt" > "$out"
        }
        WORD="ORCA"
        FIRST='Create hello.py that prints Hello.'
        SECOND="Remember the word ${WORD}."
        run_agent /tmp/a.txt "$FIRST"
        run_agent /tmp/b.txt "$SECOND"
        """
        let f = launch("ci/drive-agents.sh", script)
        #expect(f.count == 1 && f.first?.severity == .medium)
    }

    @Test func promptFromAnIssueIsHigh() {
        let script = """
        #!/bin/sh
        BODY=$(gh issue view "$1" --json body -q .body)
        claude -p "Fix this: $BODY" --dangerously-skip-permissions
        """
        let f = launch("scripts/fix-issue.sh", script)
        #expect(f.count == 1 && f.first?.severity == .high)
        #expect(f.first?.message.contains("outside") == true)
    }

    @Test func promptFromCommandOutputOrStdinIsHigh() {
        let sub = launch("scripts/a.sh", "#!/bin/sh\nclaude --dangerously-skip-permissions -p \"$(cat task.md)\"\n")
        #expect(sub.first?.severity == .high)
        let read = launch("scripts/b.sh", "#!/bin/sh\nread -r TASK\nclaude --dangerously-skip-permissions -p \"$TASK\"\n")
        #expect(read.first?.severity == .high)
        let piped = launch("scripts/c.sh", "#!/bin/sh\necho \"$TASK\" | claude -p --dangerously-skip-permissions\n")
        #expect(piped.first?.severity == .high)
    }

    @Test func promptFromTheEnvironmentOrScriptArgumentsIsHigh() {
        let env = launch("scripts/run.sh", "#!/bin/sh\nclaude --dangerously-skip-permissions -p \"$PROMPT\"\n")
        #expect(env.first?.severity == .high)
        #expect(env.first?.message.contains("environment") == true)
        let arg = launch("scripts/run2.sh", "#!/bin/sh\ngemini --yolo -p \"$1\"\n")
        #expect(arg.first?.severity == .high)
    }

    @Test func fetchedTextAnywhereInTheScriptKeepsItHigh() {
        let script = "#!/bin/sh\ncurl -s https://example.com/task.txt -o task.txt\nclaude --dangerously-skip-permissions -p 'Do what task.txt says'\n"
        #expect(launch("scripts/remote.sh", script).first?.severity == .high)
    }

    @Test func ciDefinitionsStayHigh() {
        let f = launch(".gitlab-ci.yml", "fix:\n  script:\n    - claude --dangerously-skip-permissions -p 'fix the lint errors'\n")
        #expect(f.first?.severity == .high)
    }

    @Test func pythonHarnessWithOwnPromptsIsMediumAndOneThatFetchesIsHigh() {
        let own = """
        import subprocess
        PROMPTS = ["Reply with a single word: test", "What is 2 + 2?"]
        def total_input(x): return x
        def run(prompt):
            return subprocess.run(["claude", "-p", "--dangerously-skip-permissions", prompt], capture_output=True)
        for p in PROMPTS:
            run(p)
        """
        #expect(launch("scripts/compare.py", own).first?.severity == .medium)
        let fetched = """
        import subprocess, requests
        task = requests.get("https://example.com/issue/1").json()["body"]
        subprocess.run(["claude", "-p", "--dangerously-skip-permissions", task])
        """
        #expect(launch("scripts/triage.py", fetched).first?.severity == .high)
    }

    @Test func thirdPartyLaunchStaysCritical() {
        let f = launch("node_modules/evil/install.js", "const cp = require('child_process');\ncp.spawn('claude', ['--dangerously-skip-permissions', '-p', 'list wallets'])\n")
        #expect(f.first?.severity == .critical)
    }

    @Test func tracingIsBounded() {
        // A chain of 500 variables: the tracer gives up (high), it does not recurse without end.
        var script = "#!/bin/sh\nV0='x'\n"
        for i in 1..<500 { script += "V\(i)=\"$V\(i - 1)\"\n" }
        script += "f() { f \"$1\"; }\nclaude --dangerously-skip-permissions -p \"$V499\"\n"
        let f = launch("scripts/deep.sh", script)
        #expect(f.first?.severity == .high)
        let origin = PromptOrigin.judge("g() { claude --dangerously-skip-permissions -p \"$1\"; }\ng \"$1\"\n", line: 1, site: .shell)
        #expect(!origin.isFixed)
    }
}

/// Many launches in one script: the file-level checks run once and tracing is capped.
@Test func manyLaunchesAreJudgedInBoundedTime() {
    let script = "#!/bin/sh\n" + String(repeating: "claude --dangerously-skip-permissions -p \"$P\"\n", count: 5_000)
    let clock = ContinuousClock()
    let t = clock.measure { _ = scanRepo(["scripts/many.sh": script]) }
    #expect(t < .seconds(60), "\(t)")
    let origins = PromptOrigin.judge(script, lines: Array(2...5_001), site: .shell)
    #expect(origins.count == 5_000 && origins.allSatisfy { !$0.isFixed })
}
