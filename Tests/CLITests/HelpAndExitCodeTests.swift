import BulwarkTestSupport
import Foundation
import Testing

/// Help text a newcomer reads at 80 columns, and the exit codes docs/exit-codes.md promises.
@Suite struct HelpAndExitCodeTests {
    static let commands: [[String]] = [
        [], ["scan"], ["rules"], ["explain"], ["init"], ["model"], ["model", "sign"], ["model", "verify"], ["model", "admit"],
        ["db", "import"], ["db", "update"], ["db", "status"], ["deps", "diff"], ["model", "explain"],
    ]

    func help(_ command: [String], columns: Int) throws -> String {
        let bin = try #require(Repository.bulwarkBinary, "build the executable first (`swift build`; scripts/test does it)")
        let (status, out, err) = Repository.run("/usr/bin/env", ["COLUMNS=\(columns)", bin] + command + ["--help"])
        #expect(status == 0, "\(command) --help: \(err)")
        return out
    }

    /// Model commands live under `bulwark model`; the former top-level names still run them but are
    /// no longer listed.
    @Test func formerModelCommandNamesAreHiddenAliases() throws {
        let bin = try #require(Repository.bulwarkBinary, "build the executable first (`swift build`; scripts/test does it)")
        let root = Repository.run(bin, ["--help"]).1
        #expect(!root.contains("verify-model") && !root.contains("sign-model") && !root.contains("explain-model"), "\(root)")
        #expect(root.contains("model"))
        for (old, new) in [("verify-model", "model verify"), ("sign-model", "model sign"), ("explain-model", "model explain")] {
            let (status, out, err) = Repository.run(bin, [old, "--help"])
            #expect(status == 0, "\(old): \(err)")
            #expect(out.contains("bulwark " + new), "\(old) --help shows the new usage: \(String(out.prefix(300)))")
            let viaHelp = Repository.run(bin, ["help", old])
            #expect(viaHelp.0 == 0 && viaHelp.1.contains("bulwark " + new))
        }
        // A missing file is still a usage error (2) under both names.
        #expect(Repository.run(bin, ["explain-model", "/nonexistent/m.pkl"]).0 == 2)
        #expect(Repository.run(bin, ["model", "explain", "/nonexistent/m.pkl"]).0 == 2)
    }

    /// The discussion (between the overview and USAGE) is written to fit 80 columns, so the help
    /// renderer never breaks one of its lines mid-sentence.
    @Test(arguments: commands) func discussionFitsEightyColumns(_ command: [String]) throws {
        let wide = try help(command, columns: 400)
        let lines = wide.components(separatedBy: "\n")
        let usage = try #require(lines.firstIndex { $0.hasPrefix("USAGE:") })
        let start = (lines.firstIndex { $0.isEmpty } ?? 0)
        let long = lines[start..<usage].filter { $0.count > 80 }
        #expect(long.isEmpty, "bulwark \(command.joined(separator: " ")): lines over 80 columns: \(long)")
    }

    /// No argument or option states its default twice ("(default: the current folder). (default: .)").
    @Test(arguments: commands) func defaultsAreStatedOnce(_ command: [String]) throws {
        let text = try help(command, columns: 80)
        var entries: [String] = []
        var inList = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("ARGUMENTS:") || line.hasPrefix("OPTIONS:") { inList = true; continue }
            guard inList, !line.isEmpty else { continue }
            if line.hasPrefix("  "), !line.hasPrefix("   ") { entries.append(line) } else if !entries.isEmpty { entries[entries.count - 1] += " " + line.trimmingCharacters(in: .whitespaces) }
        }
        for e in entries {
            #expect(e.components(separatedBy: "(default").count <= 2, "\(command): \(e)")
            #expect(!e.lowercased().contains("(default)"), "\(command): \(e)")
        }
    }

    /// `explain-model` exits 1 when what it decompiles has a finding at or above --fail-on (high).
    @Test func explainModelExitCodes() throws {
        let bin = try #require(Repository.bulwarkBinary, "build the executable first")
        let d = TemporaryDirectory()
        // PROTO 2, GLOBAL 'posix system', BINUNICODE 'true', TUPLE1, REDUCE, STOP
        let evil: [UInt8] = [0x80, 0x02] + Array("cposix\nsystem\n".utf8) + [0x58, 4, 0, 0, 0] + Array("true".utf8) + [0x85, 0x52, 0x2E]
        // PROTO 2, EMPTY_DICT, BINUNICODE 'k', BININT1 1, SETITEM, STOP
        let clean: [UInt8] = [0x80, 0x02, 0x7D, 0x58, 1, 0, 0, 0, 0x6B, 0x4B, 1, 0x73, 0x2E]
        let evilPath = d.path + "/evil.pkl", cleanPath = d.path + "/clean.pkl"
        #expect(FileManager.default.createFile(atPath: evilPath, contents: Data(evil)))
        #expect(FileManager.default.createFile(atPath: cleanPath, contents: Data(clean)))

        let bad = Repository.run(bin, ["model", "explain", evilPath])
        #expect(bad.0 == 1, "critical payload: \(bad.1) \(bad.2)")
        #expect(bad.1.contains("_var0 = posix.system('true')"))
        #expect(bad.1.contains("# verdict: 1 critical"))
        #expect(Repository.run(bin, ["model", "explain", evilPath, "--fail-on", "none"]).0 == 0)
        #expect(Repository.run(bin, ["model", "explain", evilPath, "--fail-on", "critical"]).0 == 1)
        let ok = Repository.run(bin, ["model", "explain", cleanPath])
        #expect(ok.0 == 0, "\(ok.1) \(ok.2)")
        #expect(ok.1.contains("# verdict: no findings"))
        #expect(Repository.run(bin, ["model", "explain", d.path + "/missing.pkl"]).0 == 2)
        #expect(Repository.run(bin, ["model", "explain", evilPath, "--fail-on", "urgent"]).0 == 2)
    }
}
