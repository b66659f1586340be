import BulwarkAgents
import BulwarkAudit
import BulwarkCore
import BulwarkDependencies
@testable import BulwarkSecrets
import BulwarkTestSupport
import Foundation
import Testing

/// Bulwark never runs what it scans, and that includes the programs a scanned repository's
/// `.git/config` and `.gitattributes` name. Each test plants one mechanism whose program touches a
/// marker file, shows with a plain git command that the mechanism is live (the control), then runs
/// every Bulwark path that invokes git (history, gate, deps diff) and checks the marker was never made.
private final class HostileRepo {
    let dir = TemporaryDirectory()
    let markers = TemporaryDirectory()
    var path: String { dir.path }

    init() throws {
        try git("init", "-q", "-b", "main")
        dir.write("app.txt", "hello\n")
        dir.write("requirements.txt", "fastapi==0.115.0\n")
        try commit("base")
        dir.write("app.txt", "hello\nworld\n")
        dir.write("requirements.txt", "fastapi==0.115.0\nhttpx==0.27.2\n")
        try commit("change")
    }

    /// A script that records that it ran by creating `markers/name`.
    func program(_ name: String) -> String {
        let script = markers.path + "/" + name + ".sh"
        FileManager.default.createFile(atPath: script, contents: Data("#!/bin/sh\ntouch '\(markers.path)/\(name)'\ncat\n".utf8),
                                       attributes: [.posixPermissions: 0o755])
        return script
    }

    func ran(_ name: String) -> Bool { FileManager.default.fileExists(atPath: markers.path + "/" + name) }
    func reset(_ name: String) { try? FileManager.default.removeItem(atPath: markers.path + "/" + name) }

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

    /// Every Bulwark entry point that runs git, against this repository.
    func runBulwarkGitPaths() throws {
        _ = try GitHistoryScanner.scan(repository: path)
        _ = try Gate.run(Gate.Options(repository: path, base: "HEAD~1"))
        _ = try DependencyDiff.compare(root: path, base: "HEAD~1")
    }
}

@Test func gitTextconvDriverNeverRuns() throws {
    let repo = try HostileRepo()
    repo.dir.write(".gitattributes", "*.txt diff=evil\n")
    try repo.git("config", "diff.evil.textconv", repo.program("textconv"))
    // Control: git's own `log -p` runs the driver.
    _ = try repo.git("log", "-p")
    #expect(repo.ran("textconv"))
    repo.reset("textconv")
    try repo.runBulwarkGitPaths()
    #expect(!repo.ran("textconv"))
}

@Test func gitExternalDiffNeverRuns() throws {
    let repo = try HostileRepo()
    try repo.git("config", "diff.external", repo.program("external"))
    repo.dir.write(".gitattributes", "*.txt diff=evil2\n")
    try repo.git("config", "diff.evil2.command", repo.program("command"))
    _ = try repo.git("diff", "HEAD~1")
    #expect(repo.ran("external") || repo.ran("command"))
    repo.reset("external"); repo.reset("command")
    try repo.runBulwarkGitPaths()
    #expect(!repo.ran("external"))
    #expect(!repo.ran("command"))
}

@Test func gitFsmonitorNeverRuns() throws {
    let repo = try HostileRepo()
    try repo.git("config", "core.fsmonitor", repo.program("fsmonitor"))
    _ = try repo.git("status")
    #expect(repo.ran("fsmonitor"))
    repo.reset("fsmonitor")
    try repo.runBulwarkGitPaths()
    #expect(!repo.ran("fsmonitor"))
}

@Test func gitSmudgeAndProcessFiltersNeverRun() throws {
    let repo = try HostileRepo()
    repo.dir.write(".gitattributes", "* filter=evil\n")
    try repo.commit("attributes")
    try repo.git("config", "filter.evil.smudge", repo.program("smudge"))
    try repo.git("config", "filter.evil.clean", repo.program("clean"))
    // Control: `git archive` (what the gate used to unpack its base with) runs the smudge filter.
    let archive = repo.markers.path + "/base.tar"
    _ = try repo.git("archive", "-o", archive, "HEAD")
    #expect(repo.ran("smudge"))
    repo.reset("smudge"); repo.reset("clean")
    _ = try GitHistoryScanner.scan(repository: repo.path)
    _ = try Gate.run(Gate.Options(repository: repo.path, base: "HEAD"))
    _ = try Gate.run(Gate.Options(repository: repo.path, base: "HEAD~2"))
    _ = try DependencyDiff.compare(root: repo.path, base: "HEAD~2")
    #expect(!repo.ran("smudge"))
    #expect(!repo.ran("clean"))
}

@Test func gitPagerAndEnvironmentProgramsNeverRun() throws {
    let repo = try HostileRepo()
    try repo.git("config", "core.pager", repo.program("pager"))
    try repo.git("config", "log.showSignature", "true")
    try repo.git("config", "gpg.program", repo.program("gpg"))
    setenv("GIT_EXTERNAL_DIFF", repo.program("envdiff"), 1)
    defer { unsetenv("GIT_EXTERNAL_DIFF") }
    try repo.runBulwarkGitPaths()
    #expect(!repo.ran("pager"))
    #expect(!repo.ran("gpg"))
    #expect(!repo.ran("envdiff"))
    // The settings Bulwark passes name every mechanism above.
    let settings = Subprocess.gitSafetySettings.joined(separator: " ")
    for key in ["core.fsmonitor=false", "diff.external=", "core.hooksPath=/dev/null", "core.pager=cat", "log.showSignature=false"] {
        #expect(settings.contains(key), "\(key)")
    }
    #expect(GitHistoryScanner.gitLogArguments.contains("--no-textconv"))
    #expect(GitHistoryScanner.gitLogArguments.contains("--no-ext-diff"))
}

@Test func gateBaseTreeIsReadFromObjectsWithLinksAndExecutables() throws {
    let repo = try HostileRepo()
    repo.dir.write("bin/run.sh", "#!/bin/sh\necho hi\n")
    _ = symlink("app.txt", repo.path + "/link.txt")
    try repo.commit("more")
    let out = TemporaryDirectory()
    let written = try GitRepository.extract(repo.path, commit: try GitRepository.commit(repo.path, "HEAD"), into: out.path)
    #expect(Set(written) == ["app.txt", "requirements.txt", "bin/run.sh", "link.txt"])
    #expect(try String(contentsOfFile: out.path + "/app.txt", encoding: .utf8) == "hello\nworld\n")
    var st = stat()
    #expect(lstat(out.path + "/link.txt", &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK)
    #expect(GitRepository.isSafeTreePath("a/b.txt"))
    for bad in ["../x", "/etc/passwd", "a/../../x", "a/.git/config", ".GIT/hooks/x", "a//b", ""] {
        #expect(!GitRepository.isSafeTreePath(bad), "\(bad)")
    }
}

/// The gate judges the change, not the disk: ignored build output and caches full of weak files
/// are not part of the change and must not block an unchanged branch.
@Test func gateIgnoresIgnoredBuildOutputAndCaches() throws {
    let repo = try HostileRepo()
    repo.dir.write(".gitignore", ".build/\nnode_modules/\n.venv/\n")
    try repo.commit("ignore build output")
    try repo.git("checkout", "-q", "-b", "feature")
    let weak = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz8xq4Lm2R\n"
    repo.dir.write(".build/checkouts/dep/.env", weak)
    repo.dir.write("node_modules/pkg/.env", weak)
    repo.dir.write(".venv/lib/site.env", weak)
    let r = try Gate.run(Gate.Options(repository: repo.path, base: "main"))
    #expect(r.passed, "\(r.blocking.map(\.message))")
    #expect(r.newFindings.isEmpty, "\(r.newFindings.map(\.location.path))")
    // Control: the same file, tracked, is part of the change and blocks.
    repo.dir.write("config/.env", weak)
    let blocked = try Gate.run(Gate.Options(repository: repo.path, base: "main"))
    #expect(!blocked.passed)
    #expect(blocked.newFindings.contains { $0.location.path == "config/.env" })
}

/// A content line that reads `++ b/x` shows as `+++ b/x` in a patch; it must not be taken as a new
/// file header, which would hide the secrets added after it.
@Test func historyContentLineLookingLikeAHeaderIsContent() throws {
    let log = """
    commit 1111111111111111111111111111111111111111
    Author: t
    Date: 2026-01-01T00:00:00Z

    diff --git a/deploy/notes.txt b/deploy/notes.txt
    new file mode 100644
    --- /dev/null
    +++ b/deploy/notes.txt
    @@ -0,0 +1,3 @@
    +++ b/node_modules/x/index.js
    +aws_access_key_id = AKIAQYLPMN5HFIQR7XAM
    +aws_secret_access_key = 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

    """
    let found = GitHistoryScanner.scan(gitLog: Array(log.utf8))
    #expect(found.contains { $0.location.path == "deploy/notes.txt" && $0.ruleID.hasPrefix("secret-aws") }, "\(found.map { "\($0.ruleID) \($0.location.path)" })")
    #expect(!found.contains { $0.location.path.hasPrefix("node_modules") })
}

/// History is streamed: the parser gives the same findings whatever the chunk size.
@Test func historyParserIsChunkIndependent() throws {
    let log = """
    commit 2222222222222222222222222222222222222222
    Author: t
    Date: 2026-01-01T00:00:00Z

    diff --git a/.env b/.env
    --- /dev/null
    +++ b/.env
    @@ -0,0 +1,2 @@
    +aws_access_key_id = AKIAQYLPMN5HFIQR7XAM
    +aws_secret_access_key = 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

    """
    let bytes = Array(log.utf8)
    let whole = GitHistoryScanner.scan(gitLog: bytes).map(\.fingerprint)
    #expect(!whole.isEmpty)
    for size in [1, 7, 64] {
        let parser = GitHistoryScanner.HistoryParser(configuration: Configuration(), engine: SecretCatalog.engine)
        var i = 0
        while i < bytes.count { parser.feed(bytes[i..<min(bytes.count, i + size)]); i += size }
        #expect(parser.finish().map(\.fingerprint) == whole, "chunk size \(size)")
    }
}

/// The base branch's audit log anchors the branch's: appending passes, truncating or editing blocks.
@Test func gateChecksTheAuditLogExtendsTheBase() throws {
    let repo = try HostileRepo()
    let log = repo.path + "/.bulwark/audit-log.jsonl"
    try FileManager.default.createDirectory(atPath: repo.path + "/.bulwark", withIntermediateDirectories: true)
    let audit = AuditLog(path: log)
    _ = try audit.append(kind: "approval", actor: "alice", payloadJSON: #"{"subject":"pypi/httpx@0.27.2"}"#)
    _ = try audit.append(kind: "approval", actor: "bob", payloadJSON: #"{"subject":"npm/zod@3.23.8"}"#)
    try repo.commit("log")
    try repo.git("checkout", "-q", "-b", "feature")
    _ = try audit.append(kind: "approval", actor: "carol", payloadJSON: #"{"subject":"pypi/rich@13.7.1"}"#)
    let appended = try Gate.run(Gate.Options(repository: repo.path, base: "main"))
    #expect(!appended.violations.contains { $0.ruleID == "gate-audit-log-rewritten" }, "\(appended.violations.map(\.message))")
    // Truncation at the end: the shorter chain still verifies on its own, but not against the base.
    let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
    try (lines[0] + "\n").write(toFile: log, atomically: true, encoding: .utf8)
    let truncated = try Gate.run(Gate.Options(repository: repo.path, base: "main"))
    #expect(truncated.violations.contains { $0.ruleID == "gate-audit-log-rewritten" })
    #expect(!truncated.passed)
}
