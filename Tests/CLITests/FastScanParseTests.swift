import BulwarkTestSupport
import Foundation
import Testing

/// `bulwark scan` in its common forms skips ArgumentParser (`ScanCommand.fastParse`): the same options
/// given in a form only ArgumentParser takes (after `--`, or `--name=value`) must give the same report.
@Test func fastScanParseMatchesArgumentParser() throws {
    let bin = try #require(Repository.bulwarkBinary, "build the executable first (`swift build`; scripts/test does it)")
    let d = TemporaryDirectory()
    // A protocol 0 pickle that calls os.system, a plain text file, and a subfolder.
    d.write("models/evil.pkl", "cos\nsystem\n(S'true'\ntR.")
    d.write("notes.txt", "nothing here\n")
    let out = TemporaryDirectory()
    func report(_ args: [String]) throws -> (Int32, String, String) {
        let (s, o, e) = Repository.run(bin, args)
        return (s, o, e)
    }
    // Every value option and flag of the fast path, against the same request in `--name=value` form.
    let fast = try report(["scan", d.path, "--only", "models", "--format", "json", "-j", "1", "--fail-on", "critical",
                           "--no-path-context", "--no-color", "--no-default-excludes", "--skip", "secrets",
                           "-o", out.path + "/fast.json"])
    let full = try report(["scan", "--only=models", "--format=json", "--jobs=1", "--fail-on=critical",
                           "--no-path-context", "--no-color", "--no-default-excludes", "--skip=secrets",
                           "--output=" + out.path + "/full.json", "--", d.path])
    #expect(fast.0 == 1)
    #expect(fast.0 == full.0)
    let a = try String(contentsOfFile: out.path + "/fast.json", encoding: .utf8)
    let b = try String(contentsOfFile: out.path + "/full.json", encoding: .utf8)
    #expect(a.contains("\"rule\": \"pickle-dangerous-call\""))
    #expect(a == b)
    // Standard output, defaults (text format, high threshold) and a path given twice.
    let t1 = try report(["scan", d.path + "/models", d.path + "/models"])
    let t2 = try report(["scan", "--", d.path + "/models", d.path + "/models"])
    #expect(t1.0 == 1)
    #expect(t1.0 == t2.0)
    #expect(t1.1 == t2.1)
    #expect(t1.1.contains("pickle-dangerous-call"))
    // Forms the fast path leaves to ArgumentParser keep its behaviour: help, errors, repeated options.
    let help = try report(["scan", d.path, "--help"])
    #expect(help.0 == 0)
    #expect(help.1.contains("Examples:"))
    let bad = try report(["scan", d.path, "--jobs", "x"])
    #expect(bad.0 == 2)
    #expect(bad.2.contains("--jobs"))
    let zero = try report(["scan", d.path, "--jobs", "0"])
    #expect(zero.0 == 2)
    #expect(zero.2.contains("--jobs must be at least 1"))
    let unknown = try report(["scan", d.path, "--no-such-option"])
    #expect(unknown.0 == 2)
    let missing = try report(["scan", d.path, "--format"])
    #expect(missing.0 == 2)
    let badFormat = try report(["scan", d.path, "--format", "xml"])
    #expect(badFormat.0 == 2)
    #expect(badFormat.2.contains("unknown format"))
}
