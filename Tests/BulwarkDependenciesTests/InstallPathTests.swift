import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import BulwarkKit
import Foundation
import Testing

// Install paths that were not read (issue 20): packages installed in node_modules, package indexes set
// in pip.conf, environment files, CI configuration and Dockerfiles. Minimal reproductions of our own.

private func repo(_ files: [String: String]) throws -> String {
    let root = NSTemporaryDirectory() + "bulwark-install-paths-\(UUID().uuidString)"
    for (p, t) in files {
        let full = root + "/" + p
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(t.utf8).write(to: URL(fileURLWithPath: full))
    }
    return root
}

/// A whole scan (walker included) of a temporary repository, dependencies family only.
private func scanRepo(_ files: [String: String]) throws -> [Finding] {
    let root = try repo(files)
    defer { try? FileManager.default.removeItem(atPath: root) }
    var options = ScanOptions(paths: [root], configuration: Configuration())
    options.jobs = 1
    return try Scanner(families: [DependenciesScanner(database: .bundledOnly)]).scan(options).findings
}

private func scanInMemory(_ path: String, _ text: String) -> [Finding] {
    let scanner = DependenciesScanner(database: .bundledOnly)
    let f = SourceFile(relativePath: path, text: text)
    guard scanner.wants(f) else { return [] }
    return scanner.scan(f, context: ScanContext(configuration: Configuration(), root: "/"))
}

// MARK: - node_modules

@Test func compromisedTinycolorInstalledInNodeModulesIsCritical() throws {
    let fs = try scanRepo([
        "package.json": #"{"name": "app", "dependencies": {"left-pad": "1.3.0"}}"#,
        // No lockfile mentions it: only the installed copy tells.
        "node_modules/@ctrl/tinycolor/package.json": "{\n  \"name\": \"@ctrl/tinycolor\",\n  \"version\": \"4.1.1\",\n  \"scripts\": {\"postinstall\": \"node bundle.js\"}\n}\n",
        "node_modules/left-pad/package.json": #"{"name": "left-pad", "version": "1.3.0"}"#,
    ])
    let mal = fs.filter { $0.ruleID == "dep-known-malicious" }
    #expect(mal.count == 1, "\(fs.map { "\($0.location.path) \($0.message)" })")
    #expect(mal.first?.location.path == "node_modules/@ctrl/tinycolor/package.json")
    #expect(mal.first?.location.startLine == 3)
    #expect(mal.first?.severity == .critical)
    // Nothing else is reported about installed packages (their lockfile owns those findings).
    #expect(!fs.contains { $0.location.path.hasPrefix("node_modules/") && $0.ruleID != "dep-known-malicious" })
}

@Test func installedPackagesAreFoundNestedAndOnlyAtPackageRoots() throws {
    #expect(DependencyFileKind.detect(path: "node_modules/@ctrl/tinycolor/package.json") == .installedPackage)
    #expect(DependencyFileKind.detect(path: "web/node_modules/a/node_modules/debug/package.json") == .installedPackage)
    #expect(DependencyFileKind.detect(path: "node_modules/debug/package.json") == .installedPackage)
    // A package.json inside an installed package (a `"type": "module"` marker) is not a package.
    #expect(DependencyFileKind.detect(path: "node_modules/debug/src/package.json") == .packageJSON)
    #expect(DependencyFileKind.detect(path: "node_modules/@ctrl/tinycolor/dist/package.json") == .packageJSON)
    #expect(DependencyFileKind.detect(path: "package.json") == .packageJSON)

    let fs = try scanRepo([
        "web/node_modules/a/node_modules/debug/package.json": #"{"name": "debug", "version": "4.4.2"}"#,
        "web/node_modules/debug/package.json": #"{"name": "debug", "version": "4.4.1"}"#,
        "web/node_modules/b/lib/package.json": #"{"type": "module", "version": "4.4.2", "name": "debug"}"#,
        "web/node_modules/broken/package.json": "{\"name\": ",
    ])
    let mal = fs.filter { $0.ruleID == "dep-known-malicious" }.map(\.location.path)
    #expect(mal == ["web/node_modules/a/node_modules/debug/package.json"], "\(fs.map(\.message))")
    // A broken package.json inside node_modules is not a finding (it is not the project's own file).
    #expect(!fs.contains { $0.ruleID == "dep-unparseable-lockfile" })
}

@Test func installedPackageWithoutANameTakesItsFolderName() throws {
    let file = try NpmLockfiles.installedPackage(path: "node_modules/@ctrl/tinycolor/package.json", bytes: Array(#"{"version": "4.1.2"}"#.utf8))
    #expect(file.packages.map(\.name) == ["@ctrl/tinycolor"])
    #expect(file.packages.first?.version == "4.1.2")
    let none = try NpmLockfiles.installedPackage(path: "node_modules/x/package.json", bytes: Array(#"{"name": "x"}"#.utf8))
    #expect(none.packages.isEmpty)
}

// MARK: - pip.conf, environment, CI and Dockerfile index settings

private func extraIndexes(_ fs: [Finding]) -> [String] {
    fs.filter { $0.ruleID == "dep-extra-index-url" }.map { "\($0.location.startLine ?? 0) \($0.properties["index"] ?? "")" }
}

@Test func pipConfExtraIndexesIncludingContinuationLinesAreReportedWithoutTheirToken() {
    let conf = """
    [global]
    index-url = https://pypi.org/simple
    extra_index_url =
        https://deploy:tok3n-value@pypi.acme.example/simple
        https://download.pytorch.org/whl/cpu
    timeout = 30

    [install]
    find-links = https://wheels.acme.example/
    """
    let fs = scanInMemory("pip.conf", conf)
    #expect(extraIndexes(fs) == ["4 https://***@pypi.acme.example/simple", "5 https://download.pytorch.org/whl/cpu",
                                 "9 https://wheels.acme.example/"])
    #expect(!fs.contains { $0.message.contains("tok3n") })
    #expect(fs.first { $0.ruleID == "dep-extra-index-url" }?.severity == .high)
    #expect(extraIndexes(scanInMemory("etc/pip.ini", "[global]\nindex-url = https://pypi.acme.example/simple\n")).isEmpty)
}

@Test func pipExtraIndexInDockerfileEnvArgAndRunLines() {
    let docker = """
    FROM python:3.12-slim
    ARG PIP_INDEX_URL=https://pypi.acme.example/simple
    ENV PIP_EXTRA_INDEX_URL https://pypi.acme.example/extra
    RUN pip install --no-cache-dir --extra-index-url=https://x.acme.example/simple acme-auth==1.0 \\
        && uv pip install --extra-index-url https://y.acme.example/simple acme-db==2.0
    RUN pip install --index-url https://pypi.acme.example/simple acme-core==1.0
    """
    #expect(extraIndexes(scanInMemory("docker/Dockerfile", docker)) == [
        "3 https://pypi.acme.example/extra", "4 https://x.acme.example/simple", "4 https://y.acme.example/simple"])
}

@Test func pipExtraIndexInCIAndEnvironmentFiles() {
    let workflow = """
    on: push
    jobs:
      test:
        runs-on: ubuntu-latest
        env:
          PIP_EXTRA_INDEX_URL: ${{ secrets.PRIVATE_INDEX }}
        steps:
          - run: pip install -r requirements.txt
          - run: pip config set global.extra-index-url https://pypi.acme.example/simple
          - run: pip install --index-url https://pypi.org/simple acme-auth
    """
    #expect(extraIndexes(scanInMemory(".github/workflows/test.yml", workflow)) == [
        "6 ${{ secrets.PRIVATE_INDEX }}", "9 https://pypi.acme.example/simple"])
    let gitlab = "test:\n  script:\n    - export PIP_EXTRA_INDEX_URL=https://gitlab.acme.example/api/v4/projects/1/packages/pypi/simple\n"
    #expect(extraIndexes(scanInMemory(".gitlab-ci.yml", gitlab)).count == 1)
    let env = "PIP_EXTRA_INDEX_URL=\"https://a.acme.example/simple https://b.acme.example/simple\"\nNOT_PIP_INDEX_URL_X=1\n"
    #expect(extraIndexes(scanInMemory(".env", env)) == ["1 https://a.acme.example/simple", "1 https://b.acme.example/simple"])
    // A primary index alone, unrelated variables, and templates of env files are not findings.
    #expect(extraIndexes(scanInMemory(".env.production", "PIP_INDEX_URL=https://pypi.acme.example/simple\nDEBUG=1\n")).isEmpty)
    #expect(extraIndexes(scanInMemory(".env.example", "PIP_EXTRA_INDEX_URL=https://a.acme.example/simple\n")).isEmpty)
    #expect(extraIndexes(scanInMemory(".github/workflows/lint.yml", "on: push\njobs: {}\n")).isEmpty)
}

// MARK: - conda environment.yml pip section

@Test func condaPipSectionWithoutPinsIsUnpinnedButCondaSpecsAreNot() {
    let env = """
    name: train
    channels:
      - conda-forge
    dependencies:
      - python=3.11
      - pytorch
      - pip
      - pip:
        - --extra-index-url=https://pypi.acme.example/simple
        - numpy==1.26.4
        - torch>=2.0
        - requests
    """
    let fs = scanInMemory("environment.yml", env)
    let unpinned = fs.filter { $0.ruleID == "dep-unpinned-requirement" }.map { "\($0.location.startLine ?? 0) \($0.properties["package"] ?? "")" }
    #expect(unpinned == ["11 torch", "12 requests"], "\(fs.map(\.message))")
    #expect(extraIndexes(fs) == ["9 https://pypi.acme.example/simple"])
}

// MARK: - Direct sources in lockfiles

@Test func gemfileLockGitSourcesAreReportedOnceEach() {
    let lock = """
    GIT
      remote: https://github.com/acme/pinned.git
      revision: 0123456789abcdef0123456789abcdef01234567
      specs:
        pinned (1.0.0)

    GIT
      remote: https://github.com/acme/moving.git
      revision: 89abcdef0123456789abcdef0123456789abcdef
      branch: main
      specs:
        moving (2.0.0)

    GEM
      remote: https://rubygems.org/
      specs:
        rack (3.1.8)

    DEPENDENCIES
      moving!
      pinned!
      rack
    """
    let fs = scanInMemory("Gemfile.lock", lock)
    let direct = fs.filter { $0.ruleID == "dep-direct-source" }
    #expect(direct.map(\.location.startLine) == [5])
    #expect(direct.first?.severity == .low)
    // The branch one is the branch rule's, not reported twice.
    #expect(fs.filter { $0.ruleID == "dep-git-branch-pin" }.map(\.location.startLine) == [12])
}

@Test func uvLockAndPipfileLockTransitiveDirectURLsAreReported() throws {
    let uv = """
    version = 1
    requires-python = ">=3.11"

    [[package]]
    name = "app"
    version = "0.1.0"
    source = { editable = "." }
    dependencies = [{ name = "sdk" }, { name = "mine" }]

    [[package]]
    name = "mine"
    version = "1.0.0"
    source = { url = "https://files.example.com/mine-1.0.0.tar.gz" }

    [[package]]
    name = "sdk"
    version = "1.0.0"
    source = { registry = "https://pypi.org/simple" }
    dependencies = [{ name = "helper" }, { name = "tool" }]

    [[package]]
    name = "helper"
    version = "2.0.0"
    source = { url = "https://files.example.com/helper-2.0.0.tar.gz" }
    sdist = { url = "https://files.example.com/helper-2.0.0.tar.gz", hash = "sha256:ab" }

    [[package]]
    name = "tool"
    version = "0.1.0"
    source = { git = "https://github.com/acme/tool?rev=main#0123456789abcdef0123456789abcdef01234567" }
    """
    let fs = scanInMemory("uv.lock", uv)
    let direct = fs.filter { $0.ruleID == "dep-direct-source" }.map { "\($0.properties["package"] ?? "") \($0.severity)" }
    // `mine` is direct: pyproject.toml (`mine @ https://...`) reports it. helper and tool come from sdk.
    #expect(direct.sorted() == ["helper low", "tool low"], "\(fs.map(\.message))")

    let pipfileLock = """
    {"_meta": {"hash": {"sha256": "x"}, "pipfile-spec": 6, "requires": {}, "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": true}]},
     "default": {
      "wheelhouse-tool": {"file": "https://files.example.com/wheelhouse_tool-1.0-py3-none-any.whl"},
      "requests": {"version": "==2.32.3", "hashes": ["sha256:aa"]}
     },
     "develop": {}}
    """
    let pf = scanInMemory("Pipfile.lock", pipfileLock).filter { $0.ruleID == "dep-direct-source" }
    #expect(pf.map { $0.properties["package"] ?? "" } == ["wheelhouse-tool"])
    #expect(pf.first?.severity == .medium) // an archive without a hash
}

// MARK: - Index confusion: how dangerous the mix is

private func extraIndexSeverities(_ fs: [Finding]) -> [String] {
    fs.filter { $0.ruleID == "dep-extra-index-url" }.map { "\($0.location.startLine ?? 0) \($0.severity)" }
}

@Test func extraIndexIsHighForInternalLookingOrUnseenNamesAndMediumForPublicProjects() {
    // Only well-known public projects: each name is claimed by its owner on PyPI.
    let publicOnly = scanInMemory("requirements.txt", "--extra-index-url https://download.pytorch.org/whl/cu121\ntorch==2.5.1\ntorchvision==0.20.1\n")
    #expect(extraIndexSeverities(publicOnly) == ["1 medium"])
    // An internal-looking name: whoever uploads `acme-billing-client` to PyPI with a higher version wins.
    let privateName = scanInMemory("requirements.txt", "--extra-index-url https://pypi.acme.example/simple\nrequests==2.32.3\nacme-billing-client==1.4.0\n")
    #expect(extraIndexSeverities(privateName) == ["1 high"])
    #expect(privateName.first { $0.ruleID == "dep-extra-index-url" }?.message.contains("`acme-billing-client`") == true)
    // TestPyPI takes any upload of any name.
    let test = scanInMemory("Dockerfile", "FROM python:3.12\nRUN pip install --extra-index-url https://test.pypi.org/simple/ requests==2.32.3\n")
    #expect(extraIndexSeverities(test) == ["2 high"])

    let docker = """
    FROM python:3.12
    RUN pip install --index-url https://download.pytorch.org/whl/cpu --extra-index-url https://pypi.org/simple torch==2.5.1 'torchvision<0.21'
    RUN pip install --extra-index-url https://pypi.acme.example/simple -r requirements.txt
    RUN pip install --extra-index-url https://pypi.acme.example/simple acme-auth==1.0 && pip install requests
    """
    #expect(extraIndexSeverities(scanInMemory("Dockerfile", docker)) == ["2 medium", "3 high", "4 high"])
}

@Test func vendorWheelIndexBesideModestPyPINamesIsMedium() {
    // RR15: a GPU variant of a backend's requirements adds PyTorch's wheel index and lists small PyPI
    // projects next to torch. Those names are not packages of a private index, so nobody can claim
    // them on PyPI first; what remains is a name only the vendor hosts (medium).
    let gpu = "--extra-index-url https://download.pytorch.org/whl/cu128\ntorch>=2.8.0\nkiwi-speech-vocoder>=1.2.0\nsoundfile\n"
    let fs = scanInMemory("backend/tts/requirements-cuda.txt", gpu)
    #expect(extraIndexSeverities(fs) == ["1 medium"])
    #expect(fs.first { $0.ruleID == "dep-extra-index-url" }?.message.contains("vendor's public wheel index") == true)
    // The same names beside an index of the organisation's own host stay high: those names may live
    // only there.
    let own = gpu.replacingOccurrences(of: "https://download.pytorch.org/whl/cu128", with: "https://wheels.kiwi-labs.example/simple")
    #expect(extraIndexSeverities(scanInMemory("backend/tts/requirements-cuda.txt", own)) == ["1 high"])
    // A host that only ends like a vendor's is not the vendor's.
    let lookalike = gpu.replacingOccurrences(of: "download.pytorch.org", with: "download.pytorch.org.mirror-kiwi.example")
    #expect(extraIndexSeverities(scanInMemory("backend/tts/requirements-cuda.txt", lookalike)) == ["1 high"])
}

@Test func ciInstallContinuedOverSeveralLinesIsJudgedByTheNamesItInstalls() {
    let workflow = """
    jobs:
      cpu:
        runs-on: ubuntu-latest
        steps:
          - run: |
              pip install --index-url https://download.pytorch.org/whl/cpu --extra-index-url https://pypi.org/simple \\
                'torch>=2.4,<2.11' 'torchvision<0.26'
              pip install --extra-index-url https://pypi.acme.example/simple \\
                acme-eval-harness==0.3
    """
    #expect(extraIndexSeverities(scanInMemory(".github/workflows/ci.yml", workflow)) == ["6 medium", "8 high"])
    // The same install repeated (a retry) is one finding.
    let repeated = workflow + "\n          pip install --extra-index-url https://pypi.acme.example/simple acme-eval-harness==0.3\n"
    #expect(extraIndexSeverities(scanInMemory(".github/workflows/ci.yml", repeated)) == ["6 medium", "8 high"])
    #expect(PipIndexSettings.installedNames(in: "uv pip install -U --extra-index-url https://x/simple .[dev] 'numpy>=2' ${{ matrix.extra }} scipy==1.14") == ["numpy", "scipy"])
    #expect(PipIndexSettings.installedNames(in: "pip3 install .[\"dev\"] ${{ matrix.numpy-requirement }} torch==${{ matrix.pytorch-version }}+cpu --index-url https://x/cpu") == ["torch"])
    #expect(PipIndexSettings.installedNames(in: "pip install -r requirements.txt --extra-index-url https://x/simple") == nil)
    #expect(PipIndexSettings.installedNames(in: "echo --extra-index-url https://x/simple") == nil)
}
