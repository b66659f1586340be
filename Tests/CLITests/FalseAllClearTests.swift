import BulwarkTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Queries and paths a command did not understand must be exit 2 with one line saying what was
/// expected, never an "all clear" (issue 22, "False all clear").
@Suite struct FalseAllClearTests {
    static func run(_ args: [String], cwd: String? = nil, stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let bin = try #require(Repository.bulwarkBinary, "build the executable first (`swift build`)")
        let (s, o, e) = Repository.run(bin, args, cwd: cwd, stdin: stdin)
        return (s, o, e)
    }

    /// Exit 2, one line on standard error that contains every `expected` piece, nothing on stdout.
    static func expectUsageError(_ args: [String], _ expected: [String], cwd: String? = nil,
                                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try run(args, cwd: cwd)
        #expect(r.status == 2, "\(args): exit \(r.status), \(r.err)\(r.out)", sourceLocation: sourceLocation)
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 1, "\(args): one clear line: \(r.err)", sourceLocation: sourceLocation)
        for piece in expected {
            #expect(r.err.contains(piece), "\(args): `\(piece)` not in \(r.err)", sourceLocation: sourceLocation)
        }
        #expect(!r.out.contains("NOT AFFECTED") && !r.out.contains("nothing"), "\(args): \(r.out)", sourceLocation: sourceLocation)
    }

    /// An inventory holding colourama 0.1.6 and @types/semver 7.5.8.
    static func inventory(_ d: TemporaryDirectory) throws -> String {
        let bom = d.write("bom.cdx.json", """
        {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"metadata":{"timestamp":"2026-12-01T00:00:00Z"},
         "components":[
          {"type":"library","name":"colourama","version":"0.1.6","purl":"pkg:pypi/colourama@0.1.6"},
          {"type":"library","group":"@types","name":"semver","version":"7.5.8","purl":"pkg:npm/%40types/semver@7.5.8"},
          {"type":"library","name":"legacy","version":"dev-main","purl":"pkg:pypi/legacy@dev-main"}]}
        """)
        let db = d.path + "/inv.db"
        let add = try run(["inventory", "add", bom, "--repo", "acme/app", "--db", db])
        #expect(add.status == 0, "\(add.err)")
        return db
    }

    // MARK: - affected

    @Test(arguments: ["=>0.1", ">>0.1", ">=0.1;<1", "garbage", ">=0.1,,<1", "||", "~0.1", "^0.1", ">=0.1 <1"])
    func affectedRefusesAnUnparseableRange(range: String) throws {
        let d = TemporaryDirectory()
        let db = try Self.inventory(d)
        try Self.expectUsageError(["affected", "pkg:pypi/colourama", "--range", range, "--db", db],
                                  ["invalid version range", "a range is constraints joined by `,`"])
    }

    @Test func affectedRangeTyposNameTheOperatorMeant() throws {
        let d = TemporaryDirectory()
        let db = try Self.inventory(d)
        try Self.expectUsageError(["affected", "pkg:pypi/colourama", "--range", "=>0.1", "--db", db], ["did you mean `>=`?"])
        try Self.expectUsageError(["affected", "pkg:pypi/colourama", "--range", "garbage", "--db", db], ["`garbage` is not a pypi version"])
    }

    @Test func affectedValidRangesStillAnswer() throws {
        let d = TemporaryDirectory()
        let db = try Self.inventory(d)
        let hit = try Self.run(["affected", "pkg:pypi/colourama", "--range", ">=0.1,<1", "--db", db])
        #expect(hit.status == 1 && hit.out.hasPrefix("AFFECTED"), "\(hit.out)\(hit.err)")
        let alt = try Self.run(["affected", "pkg:pypi/colourama", "--range", "<0.1 || ==0.1.6", "--db", db])
        #expect(alt.status == 1, "\(alt.out)\(alt.err)")
        let miss = try Self.run(["affected", "pkg:pypi/colourama", "--range", "<0.1", "--db", db])
        #expect(miss.status == 0 && miss.out.hasPrefix("NOT AFFECTED"), "\(miss.out)\(miss.err)")
    }

    @Test func affectedAcceptsAnUnescapedNpmScope() throws {
        let d = TemporaryDirectory()
        let db = try Self.inventory(d)
        for q in ["pkg:npm/@types/semver", "pkg:npm/%40types/semver", "pkg:npm/@types/semver@7.5.8"] {
            let r = try Self.run(["affected", q, "--db", db])
            #expect(r.status == 1, "\(q): \(r.out)\(r.err)")
            #expect(r.out.hasPrefix("AFFECTED"), "\(q): \(r.out)")
        }
        let other = try Self.run(["affected", "pkg:npm/@types/semver@1.0.0", "--db", db])
        #expect(other.status == 0, "\(other.out)\(other.err)")
    }

    @Test func affectedWithOnlyUndecidedVersionsIsNotAnAllClear() throws {
        let d = TemporaryDirectory()
        let db = try Self.inventory(d)
        let r = try Self.run(["affected", "pkg:pypi/legacy", "--range", "<1.0", "--db", db])
        #expect(r.status == 1, "\(r.out)\(r.err)")
        #expect(r.out.hasPrefix("UNDECIDED:") && !r.out.contains("NOT AFFECTED"), "\(r.out)")
        #expect(r.out.contains("dev-main"))
    }

    @Test func advisoryRunbookListsUndecidedVersions() throws {
        let d = TemporaryDirectory()
        let db = try Self.inventory(d)
        let adv = d.write("adv.json", #"{"id":"PYSEC-9","affected":[{"package":{"ecosystem":"PyPI","name":"legacy"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.0"}]}]}]}"#)
        let repo = d.path + "/repo"
        try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
        let r = try Self.run(["runbook", "--advisory", adv, repo, "--db", db])
        #expect(r.status == 0, "\(r.err)")
        #expect(!r.out.contains("has an affected version."), "\(r.out)")
        #expect(r.out.contains("could not be compared") && r.out.contains("`legacy` dev-main"), "\(r.out)")
    }

    @Test func affectedOnAnEmptyInventoryIsNotAnAnswer() throws {
        let d = TemporaryDirectory()
        let db = try Self.inventory(d)
        #expect(try Self.run(["inventory", "remove", "acme/app", "--db", db]).status == 0)
        try Self.expectUsageError(["affected", "pkg:pypi/colourama", "--db", db], ["holds no BOM"])
    }

    @Test func affectedOptionsOutOfRangeOrBadPaths() throws {
        let d = TemporaryDirectory()
        let db = try Self.inventory(d)
        try Self.expectUsageError(["affected", "pkg:pypi/colourama", "--stale-days", "0", "--db", db], ["--stale-days", "expected"])
        try Self.expectUsageError(["affected", "pkg:pypi/colourama", "--db", db, "--output", "/nonexistent-h4/dir/x.json"],
                                  ["the folder /nonexistent-h4/dir does not exist"])
        try Self.expectUsageError(["affected", "--advisories", d.path + "/bom.cdx.json", "--db", db], ["is a file", "a folder of OSV records"])
    }

    // MARK: - breached vendor names

    @Test func runbookRefusesAnUnknownVendorWithASuggestion() throws {
        let d = TemporaryDirectory()
        d.write("README.md", "# app\n")
        try Self.expectUsageError(["runbook", "--breached", "vercell", d.path], ["unknown platform `vercell`", "did you mean vercel?"])
        try Self.expectUsageError(["runbook", "--breached", "github-action", d.path], ["did you mean github-actions?"])
        let known = try Self.run(["runbook", "--breached", "Vercel", d.path])
        #expect(known.status == 0 && known.out.hasPrefix("# Breach runbook: Vercel"), "\(known.err)")
    }

    @Test func rotatePlanRefusesAnUnknownVendorWithASuggestion() throws {
        let d = TemporaryDirectory()
        d.write("README.md", "# app\n")
        try Self.expectUsageError(["saas", "rotate-plan", "--breached", "vercell", d.path], ["unknown platform `vercell`", "did you mean vercel?"])
        try Self.expectUsageError(["saas", "rotate-plan", "--breached", "zzzzzzzz", d.path], ["unknown platform", "Known: vercel"])
        let known = try Self.run(["saas", "rotate-plan", "--breached", "vercel", d.path])
        #expect(known.status == 0, "\(known.err)")
    }

    // MARK: - out-of-range options

    @Test(arguments: ["150", "101", "-1"])
    func auditRefusesAScoreOutsideZeroToHundred(score: String) throws {
        let d = TemporaryDirectory()
        d.write("README.md", "# app\n")
        try Self.expectUsageError(["audit", d.path, "--min-score=\(score)"], ["--min-score \(score)", "0 to 100"])
    }

    // MARK: - wrong kind of path, unwritable output

    @Test func folderCommandsRefuseAFile() throws {
        let d = TemporaryDirectory()
        let readme = d.write("README.md", "# app\n")
        try Self.expectUsageError(["bom", readme], ["is a file", "expected a repository folder"])
        try Self.expectUsageError(["saas", "map", readme], ["is a file", "expected a repository folder"])
        try Self.expectUsageError(["saas", "rotate-plan", "--breached", "vercel", readme], ["is a file", "expected a repository folder"])
        try Self.expectUsageError(["audit", readme], ["is a file", "expected a repository folder"])
        try Self.expectUsageError(["runbook", "--breached", "vercel", readme], ["is a file", "expected a repository folder"])
        try Self.expectUsageError(["bom", d.path, "--rootfs", readme], ["is a file", "--rootfs"])
        try Self.expectUsageError(["runbook", "--advisory", d.path, d.path], ["is a folder", "OSV record"])
        // A missing folder says so (and is not called a file).
        try Self.expectUsageError(["audit", d.path + "/nope"], ["no such folder"])
    }

    @Test func outputIntoAMissingFolderNamesTheFolder() throws {
        let d = TemporaryDirectory()
        d.write("README.md", "# app\n")
        let out = "/nonexistent-h4/dir/x.json"
        for args in [["bom", d.path, "--output", out], ["audit", d.path, "--output", out],
                     ["runbook", "--breached", "vercel", d.path, "--output", out]] {
            try Self.expectUsageError(args, ["--output \(out): the folder /nonexistent-h4/dir does not exist"])
        }
        try Self.expectUsageError(["bom", d.path, "--output", d.path], ["is a folder", "expected a file path"])
        // And a good --output still writes.
        let ok = try Self.run(["bom", d.path, "--output", d.path + "/bom.cdx.json", "--no-scan"])
        #expect(ok.status == 0, "\(ok.err)")
        #expect(FileManager.default.fileExists(atPath: d.path + "/bom.cdx.json"))
    }

    // MARK: - audit-log

    @Test func auditLogVerifyWarnsThatTruncationNeedsAnAnchor() throws {
        let d = TemporaryDirectory()
        let log = d.path + "/audit-log.jsonl"
        let a = try Self.run(["audit-log", "append", "--log", log, "--kind", "policy-exception", "--actor", "alice", "--payload", #"{"rule":"x"}"#])
        #expect(a.status == 0, "\(a.err)")
        let v = try Self.run(["audit-log", "verify", log])
        #expect(v.status == 0)
        #expect(v.out.hasPrefix("ok: 1 entries"))
        #expect(v.out.contains("entries removed from the end of the log cannot be detected"), "\(v.out)")
        let head = String(v.out.split(separator: "\n")[0].split(separator: " ").last ?? "")
        let anchored = try Self.run(["audit-log", "verify", log, "--head", head])
        #expect(anchored.status == 0 && !anchored.out.contains("cannot be detected"), "\(anchored.out)\(anchored.err)")
        try Self.expectUsageError(["audit-log", "verify", log, "--head", "abc"], ["--head abc", "64"])
        try Self.expectUsageError(["audit-log", "verify", d.path], ["is a folder"])
    }

    @Test func auditLogVerifyFailsOnAnInsertedFieldAndADuplicateKey() throws {
        let d = TemporaryDirectory()
        let log = d.path + "/audit-log.jsonl"
        for actor in ["alice", "bob"] {
            #expect(try Self.run(["audit-log", "append", "--log", log, "--kind", "dependency-approval", "--actor", actor, "--payload", "{}"]).status == 0)
        }
        let original = try String(contentsOfFile: log, encoding: .utf8)
        for tampered in [original.replacingOccurrences(of: #"{"actor":"bob","hash":"#, with: #"{"actor":"bob","approvedBy":"ceo","hash":"#),
                         original.replacingOccurrences(of: #"{"actor":"bob""#, with: #"{"actor":"mallory","actor":"bob""#)] {
            #expect(tampered != original)
            try tampered.write(toFile: log, atomically: true, encoding: .utf8)
            let v = try Self.run(["audit-log", "verify", log])
            #expect(v.status == 1, "\(v.out)")
            #expect(v.out.contains(":2:"), "\(v.out)")
        }
    }

    @Test func auditLogVerifyExtendsAnOlderCopy() throws {
        let d = TemporaryDirectory()
        let log = d.path + "/audit-log.jsonl"
        let base = d.path + "/base.jsonl"
        func append(_ actor: String) throws {
            #expect(try Self.run(["audit-log", "append", "--log", log, "--kind", "policy-exception", "--actor", actor, "--payload", "{}"]).status == 0)
        }
        try append("alice")
        try append("bob")
        try FileManager.default.copyItem(atPath: log, toPath: base)
        try append("carol")
        let ok = try Self.run(["audit-log", "verify", log, "--extends", base])
        #expect(ok.status == 0 && ok.out.contains("with 1 new"), "\(ok.out)\(ok.err)")
        // Cut the last two entries: the file alone verifies, the anchor does not.
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        try (lines[0] + "\n").write(toFile: log, atomically: true, encoding: .utf8)
        #expect(try Self.run(["audit-log", "verify", log]).status == 0)
        let cut = try Self.run(["audit-log", "verify", log, "--extends", base])
        #expect(cut.status == 1 && cut.out.contains("truncation"), "\(cut.out)\(cut.err)")
        try Self.expectUsageError(["audit-log", "verify", log, "--extends", d.path], ["is a folder", "--extends"])
    }

    @Test func fifosAreRefusedNotRead() throws {
        let d = TemporaryDirectory()
        let db = try Self.inventory(d)
        let fifo = d.path + "/pipe.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        try FileManager.default.createDirectory(atPath: d.path + "/osv", withIntermediateDirectories: true)
        #expect(mkfifo(d.path + "/osv/x.json", 0o600) == 0)
        try Self.expectUsageError(["inventory", "add", fifo, "--repo", "acme/app", "--db", db], ["not a regular file"])
        try Self.expectUsageError(["affected", fifo, "--db", db], ["not a regular file"])
        try Self.expectUsageError(["affected", "--advisories", d.path + "/osv", "--db", db], ["cannot be read", "x.json"])
        try Self.expectUsageError(["audit-log", "verify", fifo], ["not a regular file"])
    }
}
