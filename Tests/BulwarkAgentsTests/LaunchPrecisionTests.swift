import BulwarkAgents
import BulwarkCore
import BulwarkFormats
import Foundation
import Testing

/// Flag names quoted in source code are not launches; an argument list or command string that
/// runs the agent is (issue 18, real-repository false findings of agent-launch-bypass-flag).
private func launchFlags(_ path: String, _ text: String) -> [String] {
    scanOne(path, text).filter { $0.ruleID == "agent-launch-bypass-flag" }.map { $0.properties["flag"] ?? "" }
}

@Test func launchFlagInSecurityReviewPromptIsNotALaunch() {
    // A review prompt (Python triple-quoted string) that tells the model to flag bypass flags.
    let prompt = #"""
    import subprocess
    PROMPT = """
    **Agent/Subprocess Permission Bypass**: Code that spawns Claude Code or any LLM-with-tools subprocess
    with permission gates removed: `--permission-mode bypassPermissions`, `--dangerously-skip-permissions`, `--yolo`.
    Never run `claude --dangerously-skip-permissions` on untrusted input.
    """
    def review(diff):
        return subprocess.run(["claude", "-p", PROMPT + diff], capture_output=True)
    """#
    #expect(launchFlags("hooks/llm.py", prompt).isEmpty)
    // The same file really launching the agent with the flag still fires.
    let launch = prompt.replacingOccurrences(of: #"["claude", "-p", PROMPT + diff]"#,
                                             with: #"["claude", "--dangerously-skip-permissions", "-p", PROMPT + diff]"#)
    #expect(launchFlags("hooks/llm.py", launch) == ["--dangerously-skip-permissions"])
}

@Test func launchFlagAliasesAndMappingsAreNotLaunches() {
    // An opt-in CLI option's aliases, a per-agent flag mapping, and a flag list chosen by a config switch.
    let source = #"""
    import subprocess
    import typer
    YOLO = typer.Option(False, "--yolo", "--dangerously-skip-permissions",
                        "--dangerously-bypass-approvals-and-sandbox", help="Auto-approve tools.")
    FLAGS = {
        "claude": ["--dangerously-skip-permissions"],
        "codex": ["--dangerously-bypass-approvals-and-sandbox"],
        "hermes": ["--yolo"],
    }
    CLAUDE_SKIP = "--dangerously-skip-permissions"
    def run(config, prompt):
        permissions = (
            ["--dangerously-bypass-approvals-and-sandbox"]
            if config.get("bypass") is True
            else ["--sandbox", "workspace-write"]
        )
        command = ["codex", "exec", *permissions, prompt]
        return subprocess.Popen(command)
    """#
    #expect(launchFlags("cli/start.py", source).isEmpty)
}

@Test func launchFlagInTestAssertionsIsNotALaunch() {
    let test = #"""
    import subprocess
    def test_yolo(start, claude, codex, monkeypatch):
        monkeypatch.setattr(subprocess, "Popen", fake)
        assert start.flags("claude", True) == ["--dangerously-skip-permissions"]
        assert "--dangerously-skip-permissions" in claude.output
        assert "--dangerously-bypass-approvals-and-sandbox" not in codex.output
        command = captured["command"]
        assert command[:2] == ["/usr/local/bin/codex", "--oss"]
        assert "--dangerously-bypass-approvals-and-sandbox" in command
    """#
    #expect(launchFlags("tests/test_start.py", test).isEmpty)
}

@Test func launchFlagInArgvAndCommandStringsStillFires() {
    // Python argv list, multi-line.
    #expect(launchFlags("tools/fix.py", """
    import subprocess
    subprocess.run([
        "claude",
        "-p", "fix the tests",
        "--dangerously-skip-permissions",
    ])
    """) == ["--dangerously-skip-permissions"])
    // A variable that names the agent's binary.
    #expect(launchFlags("tools/fix.py", """
    import subprocess
    subprocess.run([claude_bin, "--dangerously-skip-permissions", "-p", prompt])
    """) == ["--dangerously-skip-permissions"])
    // spawn(command, args) and a value flag split over two elements.
    #expect(launchFlags("scripts/agent.mjs", """
    import { spawn } from 'node:child_process';
    spawn('codex', ['exec', '--sandbox', 'danger-full-access', task]);
    """) == ["--sandbox danger-full-access"])
    // A command string run through a shell.
    #expect(launchFlags("scripts/agent.ts", """
    import { execSync } from 'child_process';
    execSync(`cd ${dir} && npx @google/gemini-cli --yolo -p "${task}"`);
    """) == ["--yolo"])
    // --yolo after a non-agent command is not Gemini's.
    #expect(launchFlags("scripts/agent.ts", """
    import { execSync } from 'child_process';
    execSync('some-tool --yolo');
    // spawn('claude', ['--dangerously-skip-permissions'])
    """).isEmpty)
}

@Test func launchFlagInThirdPartyInstallScriptStaysPermissive() {
    // A vendored package's install script: any quoted bypass flag in a file that spawns processes counts.
    let payload = """
    const { spawnSync } = require('child_process');
    const table = { a: ['--dangerously-skip-permissions', '-p', PROMPT] };
    for (const [bin, args] of Object.entries(table)) spawnSync(bin, args);
    """
    #expect(launchFlags("node_modules/evil/postinstall.js", payload) == ["--dangerously-skip-permissions"])
    #expect(launchFlags("scripts/postinstall.js", payload).isEmpty, "first-party: no agent named in the argument list")
}

@Test func sourceLaunchScannerStaysBounded() {
    let start = Date()
    // Deep nesting, an unterminated triple quote and a long run of flags in one list.
    let deep = "import subprocess\n" + String(repeating: "[", count: 100_000) + "\"claude\", \"--dangerously-skip-permissions\""
    _ = AgentLaunchParser.parse(Array(deep.utf8), site: .sourceCode, path: "x.py")
    let open = "import subprocess\nx = \"\"\"" + String(repeating: "claude --dangerously-skip-permissions\n", count: 12_000)
    #expect(AgentLaunchParser.parse(Array(open.utf8), site: .sourceCode, path: "x.py").count == 10_000)
    let many = "import subprocess\nsubprocess.run([\"claude\", " + String(repeating: "\"--dangerously-skip-permissions\", ", count: 20_000) + "])"
    #expect(AgentLaunchParser.parse(Array(many.utf8), site: .sourceCode, path: "x.py").count == 1, "one finding per line and flag")
    #expect(Date().timeIntervalSince(start) < 30)
}
