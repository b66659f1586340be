import BulwarkTestSupport
import Foundation
import Testing

private func bulwark(_ args: [String], cwd: String? = nil) throws -> (status: Int32, out: String, err: String) {
    let bin = try #require(Repository.bulwarkBinary, "build the executable first (`swift build`; scripts/test does it)")
    let (s, o, e) = Repository.run(bin, args, cwd: cwd)
    return (s, o, e)
}

@Test func versionAndHelp() throws {
    let v = try bulwark(["--version"])
    #expect(v.status == 0)
    #expect(v.out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    let h = try bulwark(["scan", "--help"])
    #expect(h.status == 0)
    #expect(h.out.contains("Examples:"))
}

@Test func exitCodes() throws {
    let clean = TemporaryDirectory()
    clean.write("README.md", "# nothing to see\n")
    #expect(try bulwark(["scan", clean.path]).status == 0)

    let missing = try bulwark(["scan", "/no/such/path/anywhere"])
    #expect(missing.status == 2)
    #expect(missing.err.split(separator: "\n").count == 1, "one clear line: \(missing.err)")
    #expect(missing.err.contains("no such file or folder"))

    let badFlag = try bulwark(["scan", "--format", "xml", clean.path])
    #expect(badFlag.status == 2)
    #expect(try bulwark(["scan", "--fail-on", "urgent", clean.path]).status == 2)
    #expect(try bulwark(["scan", "--only", "nosuchfamily", clean.path]).status == 2)
    #expect(try bulwark(["frobnicate"]).status == 2)
    #expect(try bulwark(["explain", "no-such-rule"]).status == 2)
}

@Test func brokenConfigurationExitsTwoWithFileAndLine() throws {
    let d = TemporaryDirectory()
    d.write(".bulwark.yml", "version: 1\nrules:\n  scan-eror: false\n")
    let r = try bulwark(["scan", d.path])
    #expect(r.status == 2)
    #expect(r.err.contains(".bulwark.yml:3: unknown rule `scan-eror` (did you mean `scan-error`?)"), "\(r.err)")
    #expect(r.err.split(separator: "\n").count == 1)
    d.write(".bulwark.yml", "version: 1\nexclude: [\n")
    let y = try bulwark(["scan", d.path])
    #expect(y.status == 2)
    #expect(y.err.contains("invalid YAML"))
}

@Test func findingsAtOrAboveFailOnExitOne() throws {
    let d = TemporaryDirectory()
    d.write("ok.txt", "x")
    try FileManager.default.createSymbolicLink(atPath: d.path + "/out", withDestinationPath: "/etc/hostname")
    // scan-skipped-symlink is info: below the default threshold, at or above `--fail-on info`.
    #expect(try bulwark(["scan", d.path]).status == 0)
    let r = try bulwark(["scan", d.path, "--fail-on", "info", "--format", "json"])
    #expect(r.status == 1)
    #expect(r.out.contains("\"rule\": \"scan-skipped-symlink\""))
    #expect(try bulwark(["scan", d.path, "--fail-on", "none"]).status == 0)
}

@Test func baselineRoundTripThroughTheCLI() throws {
    let d = TemporaryDirectory()
    try FileManager.default.createSymbolicLink(atPath: d.path + "/out", withDestinationPath: "/etc/hostname")
    let base = d.path + "/../baseline-\(UUID().uuidString).json"
    defer { try? FileManager.default.removeItem(atPath: base) }
    let w = try bulwark(["scan", d.path, "--write-baseline", base])
    #expect(w.status == 0)
    #expect(w.err.contains("Wrote 1 finding"))
    #expect(try bulwark(["scan", d.path, "--fail-on", "info", "--baseline", base]).status == 0)
    try FileManager.default.createSymbolicLink(atPath: d.path + "/out2", withDestinationPath: "/etc/passwd")
    let r = try bulwark(["scan", d.path, "--fail-on", "info", "--baseline", base, "--format", "json"])
    #expect(r.status == 1)
    #expect(r.out.contains("\"path\": \"out2\""))
    #expect(!r.out.contains("\"path\": \"out\","))
}

@Test func initWritesAValidConfigurationOnce() throws {
    let d = TemporaryDirectory()
    #expect(try bulwark(["init", d.path]).status == 0)
    #expect(FileManager.default.fileExists(atPath: d.path + "/.bulwark.yml"))
    #expect(try bulwark(["init", d.path]).status == 2, "refuses to overwrite without --force")
    #expect(try bulwark(["init", d.path, "--force"]).status == 0)
    #expect(try bulwark(["scan", d.path]).status == 0, "the default configuration validates")
}

@Test func outputFileAndFormats() throws {
    let d = TemporaryDirectory()
    d.write("a.txt", "x")
    let out = d.path + "/../out-\(UUID().uuidString).sarif"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let r = try bulwark(["scan", d.path, "--format", "sarif", "--output", out])
    #expect(r.status == 0)
    let sarif = try String(contentsOfFile: out, encoding: .utf8)
    #expect(sarif.contains("\"version\": \"2.1.0\""))
    let rules = try bulwark(["rules", "--format", "json"])
    #expect(rules.status == 0)
    let parsed = try JSONSerialization.jsonObject(with: Data(rules.out.utf8)) as? [[String: Any]]
    #expect((parsed?.count ?? 0) >= 2)
    let explain = try bulwark(["explain", "scan-error"])
    #expect(explain.out.contains("## Why it matters"))
}

@Test func demoProjectScanFindsWeaknessesAndValidates() throws {
    let demo = Repository.root() + "/examples/demo-ai-app"
    let text = try bulwark(["scan", demo])
    #expect(text.status == 1, "the demo holds findings at or above high:\n\(text.out)\(text.err)")
    let d = TemporaryDirectory()
    for (fmt, kind) in [("sarif", "sarif"), ("json", "json")] {
        let r = try bulwark(["scan", demo, "--format", fmt])
        #expect(r.status == 1)
        try validateOutput(kind, r.out, in: d)
    }
}

func validateOutput(_ kind: String, _ content: String, in d: TemporaryDirectory) throws {
    guard let python = Repository.python else {
        Issue.record("no validator venv: run scripts/test (it creates .venv), or set BULWARK_PYTHON")
        return
    }
    let file = d.write("out-\(UUID().uuidString).\(kind)", content)
    let (status, out, err) = Repository.run(python, [Repository.root() + "/scripts/validate.py", kind, file])
    #expect(status == 0, "\(kind) output failed validation:\n\(out)\(err)")
}

@Test func historyFindsSecretsRemovedFromHEAD() throws {
    let d = TemporaryDirectory()
    func git(_ args: String...) { _ = Repository.run("/usr/bin/env", ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"] + args, cwd: d.path) }
    git("init", "-q")
    // A structurally valid OpenAI project key, assembled at run time so no literal key sits in the repository.
    let body = String(repeating: "Ab3dE5fG7h", count: 8).prefix(74)
    d.write(".env", "OPENAI_API_KEY=sk-proj-\(body)T3BlbkFJ\(body)\n")
    git("add", "-A"); git("commit", "-q", "-m", "add key")
    git("rm", "-q", ".env"); git("commit", "-q", "-m", "remove key")
    #expect(try bulwark(["scan", d.path, "--only", "secrets"]).status == 0, "HEAD is clean")
    let r = try bulwark(["scan", d.path, "--only", "secrets", "--history", "--format", "json"])
    #expect(r.status == 1, "\(r.out)\(r.err)")
    #expect(r.out.contains("\"commit\""))
    #expect(!r.out.contains(String(body)), "secrets are redacted")
    let sub = d.path + "/sub"
    try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
    #expect(try bulwark(["scan", sub, "--history"]).status == 2, "history needs the repository's top folder")
}

@Test func saasMapAndRotatePlan() throws {
    let demo = Repository.root() + "/examples/saas-demo"
    let map = try bulwark(["saas", "map", demo])
    #expect(map.status == 0)
    #expect(map.out.hasPrefix("flowchart LR"))
    let json = try bulwark(["saas", "map", demo, "--format", "json"])
    #expect((try? JSONSerialization.jsonObject(with: Data(json.out.utf8))) != nil)
    let plan = try bulwark(["saas", "rotate-plan", "--breached", "vercel", demo])
    #expect(plan.status == 0)
    #expect(plan.out.contains("1. STRIPE_SECRET_KEY"))
    #expect(try bulwark(["saas", "map", demo, "--format", "png"]).status == 2)
}
