import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import Foundation
import Testing

// Session 12 (FZ12): line-based dependency readers. A requirements file over its line limit is
// refused before anything is built (a file just under it is read whole); lines are cut lazily on
// the byte (CRLF files included), and Dockerfile continuations grow in place.

private func scan(_ path: String, _ text: String) -> [Finding] {
    let scanner = DependenciesScanner(database: .bundledOnly)
    let context = ScanContext(configuration: Configuration(), root: "/")
    let f = SourceFile(relativePath: path, text: text)
    return scanner.wants(f) ? scanner.scan(f, context: context) : []
}

private func unparseable(_ findings: [Finding]) -> String? {
    findings.first { $0.ruleID == "dep-unparseable-lockfile" }?.message
}

private func malicious(_ findings: [Finding]) -> Bool {
    findings.contains { $0.ruleID == "dep-known-malicious" }
}

@Test func requirementsOverTheLineLimitAreRefusedBeforeAnyPackageIsBuilt() {
    let limit = RequirementsParser.maxLines
    let over = scan("requirements.txt", "ultralytics==8.3.41\n" + String(repeating: "a==1\n", count: limit))
    #expect(unparseable(over)?.contains("more than \(limit) lines, the most Bulwark reads in a requirements file") == true)
    #expect(!malicious(over))
    // Just under: every line is read.
    let underText = "ultralytics==8.3.41\n" + String(repeating: "a==1\n", count: limit - 2)
    let under = scan("requirements.txt", underText)
    #expect(unparseable(under) == nil)
    #expect(malicious(under))
    let parsed = try? RequirementsParser.parse(path: "requirements.txt", bytes: Array(underText.utf8))
    #expect(parsed?.packages.count == limit - 1)
    #expect(parsed?.packages.last?.line == limit - 1)
}

@Test func crlfRequirementsAreReadLineByLine() throws {
    // Swift's "\r\n" is one Character, so splitting the text on "\n" kept a CRLF file as one line
    // (its second requirement on, nothing was read). Lines are now cut on the byte.
    let text = "requests==2.31.0\r\nultralytics==8.3.41\r\n# comment\r\nflask>=2\r\n"
    let parsed = try RequirementsParser.parse(path: "requirements.txt", bytes: Array(text.utf8))
    #expect(parsed.packages.map(\.name) == ["requests", "ultralytics", "flask"])
    #expect(parsed.packages.map(\.line) == [1, 2, 4])
    #expect(parsed.packages[1].version == "8.3.41")
    #expect(malicious(scan("requirements.txt", text)))
}

@Test func dockerfileLinesAreReadOneByOneAndContinuationsGrowInPlace() throws {
    // Two million blank lines (an array of every line was 40 bytes each: 30 million took 2.4 GB).
    let blank = "FROM python:3.12\n" + String(repeating: "\n", count: 2_000_000) + "RUN pip install ultralytics==8.3.41\n"
    let a = SystemPackages.dockerfile(path: "Dockerfile", bytes: Array(blank.utf8))
    #expect(a.packages.contains { $0.name == "ultralytics" && $0.line == 2_000_002 })
    // 100,000 continuation lines (the instruction was copied whole for each: quadratic, minutes).
    let continued = "FROM python:3.12\nRUN pip install \\\n" + String(repeating: "x \\\n", count: 100_000) + "ultralytics==8.3.41\n"
    let b = SystemPackages.dockerfile(path: "Dockerfile", bytes: Array(continued.utf8))
    #expect(b.packages.contains { $0.name == "ultralytics" && $0.line == 2 })
    // A heredoc body is read up to its marker (the first MiB of it), and what follows is read as before.
    let heredoc = "FROM python:3.12\nRUN <<EOF\npip install ultralytics==8.3.41\n" + String(repeating: "echo padding\n", count: 200_000)
        + "EOF\nRUN pip install event-stream==3.3.6\n"
    let c = SystemPackages.dockerfile(path: "Dockerfile", bytes: Array(heredoc.utf8))
    #expect(c.packages.contains { $0.name == "ultralytics" })
    #expect(c.packages.contains { $0.name == "event-stream" && $0.line == 200_005 })
    // CRLF Dockerfiles keep their continuations.
    let crlf = "FROM python:3.12\r\nRUN pip install \\\r\n    ultralytics==8.3.41\r\n"
    #expect(SystemPackages.dockerfile(path: "Dockerfile", bytes: Array(crlf.utf8)).packages.contains { $0.name == "ultralytics" })
}

@Test func packagesPerFileAreBoundedAndIssuesAreCapped() throws {
    let limit = LockfileParser.maxPackages
    func goSum(_ n: Int) -> [UInt8] {
        var s = "github.com/evil/x v1.0.0 h1:abc=\n"
        s.reserveCapacity(n * 24)
        for i in 1..<n { s += "m\(i) v1.0.0 h1:abc=\n" }
        return Array(s.utf8)
    }
    // One package past the limit: refused, naming it.
    #expect(throws: LockfileError.self) { try LockfileParser.parse(path: "go.sum", bytes: goSum(limit + 1)) }
    do { _ = try LockfileParser.parse(path: "go.sum", bytes: goSum(limit + 5)) } catch {
        #expect(error.message.contains("more than \(limit) packages, the most Bulwark reads from one file"))
    }
    // At the limit: every package is read.
    let at = try LockfileParser.parse(path: "go.sum", bytes: goSum(limit))
    #expect(at?.packages.count == limit)
    #expect(at?.packages.first?.name == "github.com/evil/x")
    // Malformed lines are kept as issues up to a thousand (they are never reported one by one).
    let junk = Array(String(repeating: "x\n", count: 5_000).utf8)
    let parsed = try LockfileParser.parse(path: "go.sum", bytes: junk)
    #expect(parsed?.issues.count == DependencyFile.maxIssues)
}

/// composer.lock used to stop at the limit and keep a partial list; it is now refused like every other
/// lockfile one package past it, and read whole at it.
@Test func composerLockPastThePackageLimitIsRefused() throws {
    let limit = LockfileParser.maxPackages
    func lock(_ n: Int) -> [UInt8] {
        var s = "{\"packages\": ["
        s.reserveCapacity(n * 40)
        for i in 0..<n { s += (i == 0 ? "" : ",") + "{\"name\": \"v/p\(i)\", \"version\": \"1.0.\(i)\"}" }
        s += "]}"
        return Array(s.utf8)
    }
    do {
        _ = try LockfileParser.parse(path: "composer.lock", bytes: lock(limit + 3))
        Issue.record("a composer.lock past the limit was read in part")
    } catch {
        #expect(error.message.contains("more than \(limit) packages"))
    }
    #expect(try LockfileParser.parse(path: "composer.lock", bytes: lock(limit))?.packages.count == limit)
}

/// Session 15: a download saved to a file and run from it in the same `RUN`, with no check between.
@Test func downloadSavedThenRunIsPipeToShell() {
    func piped(_ run: String) -> Bool {
        scan("Dockerfile", "FROM ubuntu:24.04\nRUN \(run)\n").contains { $0.ruleID == "dep-dockerfile-pipe-to-shell" }
    }
    #expect(piped("curl -fsSLo /tmp/i.sh https://get.example.sh && bash /tmp/i.sh"))
    #expect(piped("wget https://repo.example.com/Miniconda3-latest-Linux-x86_64.sh -O ~/mc.sh && bash ~/mc.sh -b -p /opt/conda"))
    #expect(piped("curl -sSL https://x.example/setup.sh > setup.sh; chmod +x setup.sh; ./setup.sh"))
    #expect(piped("wget https://x.example/dl/install.sh && sh install.sh"))
    #expect(piped("curl -O https://x.example/get-tool.py && python3 get-tool.py --yes"))
    // Verified first, or the download is data: clean.
    #expect(!piped("curl -fsSLo /tmp/i.sh https://get.example.sh && echo \"e3b0c442  /tmp/i.sh\" | sha256sum -c - && sh /tmp/i.sh"))
    #expect(!piped("curl -fsSLo /tmp/k.asc https://x.example/k.asc && gpg --verify /tmp/k.asc /tmp/i.sh && sh /tmp/i.sh"))
    #expect(!piped("curl -fsSLo /tmp/data.tar.gz https://x.example/data.tar.gz && tar xzf /tmp/data.tar.gz && bash build.sh"))
    #expect(!piped("wget -O /usr/share/keyrings/k.gpg https://x.example/k.gpg && apt-get update"))
}

/// Session 15: overrides and resolutions that point a package at a git repository or a tarball URL
/// install that code anywhere in the tree; registry ranges there are not dependencies of their own.
@Test func overridesAndResolutionsToGitOrURLAreDirectSources() {
    let manifest = """
    {"name": "app", "version": "1.0.0",
     "dependencies": {"left-pad": "1.3.0"},
     "overrides": {"minimist": "https://evil.example.com/minimist-1.2.8.tgz", "react": {"scheduler": "0.23.2"}, "glob": {".": "10.4.5"}},
     "resolutions": {"**/@scope/lodash": "github:attacker/lodash#main", "webpack/terser": "^5.31.0"},
     "pnpm": {"overrides": {"foo>bar": "git+https://github.com/x/bar.git#0123456789abcdef0123456789abcdef01234567"}}}
    """
    let f = scan("package.json", manifest)
    let direct = f.filter { $0.ruleID == "dep-direct-source" || $0.ruleID == "dep-git-branch-pin" }.map(\.message)
    #expect(direct.contains { $0.contains("`minimist`") && $0.contains("archive URL") }, "\(direct)")
    #expect(direct.contains { $0.contains("`@scope/lodash`") && $0.contains("follows `main`") }, "\(direct)")
    #expect(direct.contains { $0.contains("`bar`") }, "\(direct)")
    #expect(!direct.contains { $0.contains("scheduler") || $0.contains("terser") || $0.contains("glob") }, "\(direct)")
}

/// Session 15 (RR15's NextChat): yarn classic checks the SHA-1 fragment of a tarball URL, a registry's or
/// any other host's; only a git source's fragment names a commit.
@Test func yarnClassicTarballFragmentIsAHash() {
    let lock = """
    # yarn lockfile v1


    "rt-client@https://github.com/example/sdk/releases/download/js/v0.5.0/rt-client-0.5.0.tgz":
      version "0.5.0"
      resolved "https://github.com/example/sdk/releases/download/js/v0.5.0/rt-client-0.5.0.tgz#abf2e9a850201e3571b8d36830f77bc52af3de9b"

    "other@https://example.com/other-1.0.0.tgz":
      version "1.0.0"
      resolved "https://example.com/other-1.0.0.tgz"
    """
    let f = scan("yarn.lock", lock).filter { $0.ruleID == "dep-integrity-missing" }.map(\.message)
    #expect(!f.contains { $0.contains("rt-client") }, "\(f)")
    #expect(f.contains { $0.contains("other") }, "\(f)")
}
