import BulwarkAudit
import BulwarkCore
import BulwarkTestSupport
import Foundation
import Testing

/// A throwaway git repository with a committed base.
private final class GitRepo {
    let dir = TemporaryDirectory()
    var path: String { dir.path }

    init() throws {
        try git("init", "-q", "-b", "main")
        dir.write("requirements.txt", "fastapi==0.115.0\nuvicorn==0.30.6\n")
        dir.write("app.py", "print('hello')\n")
        dir.write(".github/workflows/ci.yml", """
        name: ci
        on: push
        permissions:
          contents: read
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false
              - run: echo test

        """)
        dir.write(".mcp.json", #"{"mcpServers": {"docs": {"command": "docs-server", "args": []}}}"#)
        try commit("base")
    }

    @discardableResult
    func git(_ args: String...) throws -> String {
        let (s, o, e) = Repository.run("/usr/bin/env", ["git", "-c", "user.name=t", "-c", "user.email=t@example.com",
                                                       "-c", "commit.gpgsign=false"] + args, cwd: path)
        guard s == 0 else { throw Gate.GateError(description: "git \(args.joined(separator: " ")): \(e)") }
        return o
    }

    func commit(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }
}

private func gate(_ repo: GitRepo, base: String = "main") throws -> Gate.Result {
    try Gate.run(Gate.Options(repository: repo.path, base: base))
}

@Test func unchangedBranchPasses() throws {
    let repo = try GitRepo()
    try repo.git("checkout", "-q", "-b", "feature")
    let r = try gate(repo)
    #expect(r.passed, "\(r.blocking.map(\.message))")
    #expect(r.dependencyChanges.isEmpty)
}

@Test func unapprovedDependencyFailsThenApprovalPasses() throws {
    let repo = try GitRepo()
    try repo.git("checkout", "-q", "-b", "feature")
    repo.dir.write("requirements.txt", "fastapi==0.115.0\nuvicorn==0.30.6\nhttpx==0.27.2\n")
    try repo.commit("add httpx")
    let r = try gate(repo)
    #expect(!r.passed)
    #expect(r.violations.map(\.ruleID) == ["gate-unapproved-dependency"])
    #expect(r.violations.first?.message.contains("`httpx` 0.27.2") == true)
    repo.dir.write(".bulwark/approvals.yml", """
    version: 1
    dependencies:
      - package: pypi/httpx
        version: 0.27.2
        approved-by: alice
        reason: async client for webhooks
    """)
    try repo.commit("approve httpx")
    let again = try gate(repo)
    #expect(again.passed, "\(again.blocking.map(\.message))")
    #expect(again.dependencyChanges.first?.approved == true)
    #expect(GateReport.markdown(again).contains("✅ Bulwark gate passed"))
}

@Test func unpinnedActionFails() throws {
    let repo = try GitRepo()
    try repo.git("checkout", "-q", "-b", "feature")
    var wf = try String(contentsOfFile: repo.path + "/.github/workflows/ci.yml", encoding: .utf8)
    wf = wf.replacingOccurrences(of: "      - run: echo test", with: "      - uses: tj-actions/changed-files@v44\n      - run: echo test")
    repo.dir.write(".github/workflows/ci.yml", wf)
    try repo.commit("use changed-files")
    let r = try gate(repo)
    #expect(!r.passed)
    #expect(r.blocking.contains { $0.family == "workflows" }, "\(r.blocking.map(\.ruleID))")
    #expect(GateReport.markdown(r).contains("❌ Bulwark gate failed"))
}

@Test func pickleModelFailsUntilApprovedByHash() throws {
    let repo = try GitRepo()
    try repo.git("checkout", "-q", "-b", "feature")
    // A benign pickle (protocol 2, an empty dict): the gate refuses the format, not the content.
    let bytes: [UInt8] = [0x80, 0x02, 0x7D, 0x71, 0x00, 0x2E]
    repo.dir.write("models/classifier.pkl", bytes: bytes)
    try repo.commit("add model")
    let r = try gate(repo)
    #expect(r.violations.map(\.ruleID) == ["gate-unapproved-model"])
    let digest = SHA256.hex(bytes)
    repo.dir.write(".bulwark/approvals.yml", "version: 1\nmodels:\n  - path: models/classifier.pkl\n    sha256: \(digest)\n    approved-by: bob\n")
    try repo.commit("approve model")
    #expect(try gate(repo).passed)
    repo.dir.write("models/classifier.pkl", bytes: [0x80, 0x02, 0x5D, 0x71, 0x00, 0x2E])
    try repo.commit("swap the model")
    #expect(try gate(repo).violations.map(\.ruleID) == ["gate-unapproved-model"], "a swapped file no longer matches the approved hash")
}

@Test func newMCPServerFails() throws {
    let repo = try GitRepo()
    try repo.git("checkout", "-q", "-b", "feature")
    repo.dir.write(".mcp.json", #"{"mcpServers": {"docs": {"command": "docs-server", "args": []}, "shell": {"command": "shell-server", "args": []}}}"#)
    try repo.commit("add shell server")
    let r = try gate(repo)
    #expect(r.violations.map(\.ruleID) == ["gate-new-mcp-server"])
}

@Test func theBaseConfigurationJudgesTheChange() throws {
    let repo = try GitRepo()
    try repo.git("checkout", "-q", "-b", "feature")
    var wf = try String(contentsOfFile: repo.path + "/.github/workflows/ci.yml", encoding: .utf8)
    wf = wf.replacingOccurrences(of: "      - run: echo test", with: "      - uses: tj-actions/changed-files@v44\n      - run: echo test")
    repo.dir.write(".github/workflows/ci.yml", wf)
    repo.dir.write(".bulwark.yml", "version: 1\nfamilies:\n  workflows: false\n")
    try repo.commit("disable the workflow family and add an unpinned action")
    #expect(try !gate(repo).passed, "the change's own .bulwark.yml must not relax the gate")
}

@Test func unknownBaseIsAClearError() throws {
    let repo = try GitRepo()
    #expect(throws: Gate.GateError.self) { try gate(repo, base: "no-such-branch") }
}

/// `gate` writes like every other command: `--format markdown|json|sarif`, `--output FILE`.
@Test func gateWritesJSONAndSARIFWithOutput() throws {
    let bin = try #require(Repository.bulwarkBinary, "build the executable first (`swift build`)")
    let repo = try GitRepo()
    repo.dir.write("requirements.txt", "fastapi==0.115.0\nuvicorn==0.30.6\nrequests==2.32.3\n")
    let out = TemporaryDirectory()
    var r = Repository.run(bin, ["gate", repo.path, "--base", "main", "--format", "json", "--output", out.path + "/gate.json"])
    #expect(r.0 == 1, "an unapproved dependency blocks: \(r.2)")
    #expect(r.1.isEmpty, "with --output nothing goes to stdout: \(r.1)")
    let data = try #require(FileManager.default.contents(atPath: out.path + "/gate.json"))
    let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(doc["schemaVersion"] as? Int == 1)
    #expect(doc["passed"] as? Bool == false)
    let blocking = try #require(doc["blocking"] as? [[String: Any]])
    #expect(blocking.contains { $0["ruleId"] as? String == "gate-unapproved-dependency" })
    let changes = try #require(doc["dependencyChanges"] as? [[String: Any]])
    #expect(changes.contains { $0["name"] as? String == "requests" && $0["approved"] as? Bool == false })
    r = Repository.run(bin, ["gate", repo.path, "--base", "main", "--format", "sarif"])
    let sarif = try #require(try JSONSerialization.jsonObject(with: Data(r.1.utf8)) as? [String: Any], "SARIF on stdout: \(r.2)")
    #expect(sarif["version"] as? String == "2.1.0")
    r = Repository.run(bin, ["gate", repo.path, "--base", "main", "--format", "yaml"])
    #expect(r.0 == 2, "an unknown format is a usage error")
    r = Repository.run(bin, ["gate", repo.path, "--base", "main", "--output", "/nonexistent/dir/g.json"])
    #expect(r.0 == 2 && r.2.contains("--output"), "\(r.2)")
}
