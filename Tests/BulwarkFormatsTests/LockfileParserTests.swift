import BulwarkFormats
import Testing

private func parse(_ path: String, _ text: String, files: [String: String] = [:]) throws -> DependencyFile {
    let f = try LockfileParser.parse(path: path, bytes: Array(text.utf8), resolve: { p in files[p].map { Array($0.utf8) } })
    guard let f else { throw LockfileError("not a dependency file") }
    return f
}

@Test func requirementsTxt() throws {
    let f = try parse("svc/requirements.txt", """
    --index-url https://pypi.org/simple
    --extra-index-url https://internal.example.com/simple
    -r base.txt
    -c ../constraints.txt
    -r ../../../etc/passwd
    fastapi==0.110.0 \\
        --hash=sha256:aaaa \\
        --hash=sha256:bbbb
    requests>=2.31 ; python_version >= "3.8"  # comment
    -e git+https://github.com/org/lib.git@main#egg=lib
    torch @ https://download.pytorch.org/whl/cpu/torch-2.3.0.whl
    numpy[extra]===1.26.4
    ???
    """, files: ["svc/base.txt": "pydantic==2.6.0\n-r requirements.txt\n", "constraints.txt": "x==1"])
    #expect(f.indexes.map(\.isExtra) == [false, true])
    #expect(f.includes.count == 3)
    #expect(f.includes[0].path == "svc/base.txt" && f.includes[0].problem == nil)
    #expect(f.includes[2].problem != nil)
    let byName = Dictionary(f.packages.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byName["fastapi"]?.version == "0.110.0")
    #expect(byName["fastapi"]?.hashes.count == 2)
    #expect(byName["fastapi"]?.line == 6)
    #expect(byName["requests"]?.requirement == ">=2.31")
    #expect(byName["requests"]?.markers == "python_version >= \"3.8\"")
    #expect(byName["lib"]?.sourceKind == .git && byName["lib"]?.gitRef == "main" && byName["lib"]?.isEditable == true)
    #expect(byName["torch"]?.sourceKind == .url)
    #expect(byName["numpy"]?.version == "1.26.4")
    #expect(byName["pydantic"]?.declaredIn == "svc/base.txt")
    #expect(f.issues.count == 1)
}

@Test func pyprojectPoetryAndPEP621() throws {
    let f = try parse("pyproject.toml", """
    [project]
    name = "app"
    dependencies = ["httpx>=0.27", "rich==13.7.1"]
    [tool.poetry.dependencies]
    python = "^3.11"
    langchain = { git = "https://github.com/x/langchain.git", branch = "master" }
    [[tool.poetry.source]]
    name = "internal"
    url = "https://pypi.internal/simple"
    priority = "supplemental"
    """)
    #expect(f.packages.map(\.name) == ["httpx", "rich", "langchain"])
    #expect(f.packages[1].version == "13.7.1" && f.packages[1].line == 3)
    #expect(f.packages[2].sourceKind == .git && f.packages[2].gitRef == "master")
    #expect(f.indexes.first?.isExtra == true)
}

@Test func poetryAndUvLock() throws {
    let poetry = try parse("poetry.lock", """
    [[package]]
    name = "requests"
    version = "2.31.0"
    files = [{file = "requests-2.31.0.tar.gz", hash = "sha256:942c"}]
    [package.dependencies]
    urllib3 = ">=1.21.1"
    [[package]]
    name = "urllib3"
    version = "2.2.1"
    files = []
    [metadata]
    lock-version = "2.0"
    """, files: ["pyproject.toml": "[tool.poetry.dependencies]\nrequests = \"^2.31\"\n"])
    #expect(poetry.packages.count == 2)
    #expect(poetry.packages[0].isDirect && poetry.packages[0].hashes == ["sha256:942c"])
    #expect(poetry.packages[1].depth == 2 && poetry.packages[1].parents == ["requests"])
    let uv = try parse("uv.lock", """
    version = 1
    [[package]]
    name = "app"
    version = "0.1.0"
    source = { editable = "." }
    dependencies = [{ name = "anyio" }]
    [[package]]
    name = "anyio"
    version = "4.3.0"
    source = { registry = "https://pypi.org/simple" }
    dependencies = [{ name = "idna" }]
    sdist = { url = "https://files/anyio.tar.gz", hash = "sha256:f7", size = 1 }
    [[package]]
    name = "idna"
    version = "3.6"
    source = { git = "https://github.com/kjd/idna?rev=main#abc123" }
    """)
    #expect(uv.packages.map(\.name) == ["anyio", "idna"])
    #expect(uv.packages[0].isDirect && uv.packages[0].hashes.count == 1)
    #expect(uv.packages[1].sourceKind == .git && uv.packages[1].gitRef == "abc123" && uv.packages[1].depth == 2)
}

@Test func pipfileLockPdmPylockConda() throws {
    let pl = try parse("Pipfile.lock", #"""
    {"_meta": {"sources": [{"name": "pypi", "url": "https://pypi.org/simple"}]},
     "default": {"django": {"hashes": ["sha256:1"], "version": "==5.0.3"}},
     "develop": {"pytest": {"version": "==8.0.0", "hashes": []}}}
    """#)
    #expect(pl.packages.count == 2 && pl.packages[0].version == "5.0.3" && pl.packages[1].isDev)
    let pdm = try parse("pdm.lock", """
    [metadata]
    lock_version = "4.4"
    [[package]]
    name = "click"
    version = "8.1.7"
    files = [{file = "click.whl", hash = "sha256:ae"}]
    """)
    #expect(pdm.packages.first?.hashes == ["sha256:ae"])
    let py = try parse("pylock.toml", """
    lock-version = "1.0"
    [[packages]]
    name = "attrs"
    version = "23.2.0"
    index = "https://pypi.org/simple"
    [[packages.wheels]]
    url = "https://files/attrs.whl"
    hashes = { sha256 = "99" }
    """)
    #expect(py.packages.first?.hashes == ["sha256:99"])
    let conda = try parse("environment.yml", """
    name: ml
    channels:
      - conda-forge
      - defaults
    dependencies:
      - python=3.11
      - numpy==1.26.4
      - pytorch::pytorch>=2.1
      - pip:
        - transformers==4.40.0
        - colourama
    """)
    #expect(conda.packages.map(\.name) == ["python", "numpy", "pytorch", "transformers", "colourama"])
    #expect(conda.packages[1].version == "1.26.4")
    #expect(conda.packages[3].ecosystem == .pypi && conda.packages[3].line == 10)
}

@Test func packageLockV3AndV1() throws {
    let f = try parse("package-lock.json", #"""
    {"name": "web", "lockfileVersion": 3, "packages": {
      "": {"name": "web", "dependencies": {"express": "^4.18.0"}},
      "node_modules/express": {"version": "4.18.2", "resolved": "https://registry.npmjs.org/express/-/express-4.18.2.tgz",
         "integrity": "sha512-abc", "dependencies": {"debug": "2.6.9"}},
      "node_modules/debug": {"version": "4.4.2", "resolved": "https://registry.npmjs.org/debug/-/debug-4.4.2.tgz", "integrity": "sha512-x"},
      "node_modules/express/node_modules/debug": {"version": "2.6.9", "resolved": "http://registry.npmjs.org/debug/-/debug-2.6.9.tgz",
         "hasInstallScript": true}
    }}
    """#)
    #expect(f.packages.count == 3)
    let nested = f.packages.first { $0.version == "2.6.9" }
    #expect(nested?.depth == 2 && nested?.parents == ["express"] && nested?.hasInstallScript == true)
    #expect(f.packages.first { $0.version == "4.4.2" }?.depth == 0)
    let v1 = try parse("npm-shrinkwrap.json", #"""
    {"lockfileVersion": 1, "dependencies": {"a": {"version": "1.0.0", "integrity": "sha1-x",
      "dependencies": {"b": {"version": "github:u/b#abc"}}}}}
    """#)
    #expect(v1.packages.count == 2 && v1.packages[1].sourceKind == .git && v1.packages[1].parents == ["a"])
}

@Test func pnpmV9V6V5() throws {
    let v9 = try parse("pnpm-lock.yaml", """
    lockfileVersion: '9.0'
    importers:
      .:
        dependencies:
          react-dom:
            specifier: ^18.2.0
            version: 18.2.0(react@18.2.0)
    packages:
      '@types/react@18.2.0':
        resolution: {integrity: sha512-aaa}
      react-dom@18.2.0:
        resolution: {integrity: sha512-bbb}
      react@18.2.0:
        resolution: {integrity: sha512-ccc}
    snapshots:
      react-dom@18.2.0(react@18.2.0):
        dependencies:
          react: 18.2.0
      react@18.2.0: {}
    """)
    #expect(v9.packages.map(\.name) == ["@types/react", "react-dom", "react"])
    #expect(v9.packages[1].isDirect && v9.packages[2].depth == 2 && v9.packages[2].parents == ["react-dom"])
    #expect(v9.packages[0].hashes == ["sha512-aaa"])
    let v6 = try parse("pnpm-lock.yaml", """
    lockfileVersion: '6.0'
    dependencies:
      lodash:
        specifier: ^4.17.0
        version: 4.17.21
    packages:
      /lodash@4.17.21:
        resolution: {integrity: sha512-v2kDE}
        dev: false
      /evil@1.0.0:
        resolution: {tarball: http://evil.example/evil-1.0.0.tgz}
        requiresBuild: true
    """)
    #expect(v6.packages[0].isDirect && v6.packages[1].sourceKind == .url && v6.packages[1].hasInstallScript)
    let v5 = try parse("pnpm-lock.yaml", """
    lockfileVersion: 5.4
    specifiers:
      '@babel/core': ^7.0.0
    dependencies:
      '@babel/core': 7.24.0
    packages:
      /@babel/core/7.24.0:
        resolution: {integrity: sha512-q}
        dependencies:
          debug: 4.3.4_supports-color@8.0.0
      /debug/4.3.4_supports-color@8.0.0:
        resolution: {integrity: sha512-r}
    """)
    #expect(v5.packages.map(\.name) == ["@babel/core", "debug"])
    #expect(v5.packages[1].version == "4.3.4" && v5.packages[1].depth == 2)
}

@Test func yarnClassicBerryAndBun() throws {
    let classic = try parse("yarn.lock", """
    # yarn lockfile v1


    "@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":
      version "7.12.13"
      resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.12.13.tgz#dcfc826beef"
      integrity sha512-HV1Cm0Q3ZrpCR93tkWOYiuYIgLxZXZFVG2VgK+MBWjUqZTundupbfx2aXarXuw5Ko5aMcjtJgbSs4vUGBS5v6g==
      dependencies:
        "@babel/highlight" "^7.12.13"

    "@babel/highlight@^7.12.13":
      version "7.13.10"
      resolved "https://registry.yarnpkg.com/@babel/highlight/-/highlight-7.13.10.tgz"
    """, files: ["package.json": #"{"dependencies": {"@babel/code-frame": "^7.0.0"}}"#])
    #expect(classic.packages.count == 2)
    #expect(classic.packages[0].isDirect && classic.packages[0].hashes.first?.hasPrefix("sha512-") == true)
    #expect(classic.packages[1].depth == 2 && classic.packages[1].hashes.isEmpty)
    let berry = try parse("yarn.lock", """
    __metadata:
      version: 6
      cacheKey: 8

    "app@workspace:.":
      version: 0.0.0-use.local
      resolution: "app@workspace:."
      dependencies:
        lodash: ^4.17.21
      languageName: unknown
      linkType: soft

    "lodash@npm:^4.17.21":
      version: 4.17.21
      resolution: "lodash@npm:4.17.21"
      checksum: eb835a2e51d381e561e508ce932ea50a8e5a68f4ebdd771ea240d3048244a8d13658acbd502cd4829768c56f2e16bdd4340b9ea141297d472517b83868e677f7
      languageName: node
      linkType: hard
    """)
    #expect(berry.packages.count == 1 && berry.packages[0].isDirect && berry.packages[0].version == "4.17.21")
    let bun = try parse("bun.lock", """
    {
      // comment
      "lockfileVersion": 1,
      "workspaces": { "": { "name": "app", "dependencies": { "chalk": "^5.0.0", }, }, },
      "packages": {
        "chalk": ["chalk@5.6.1", "", {}, "sha512-zzz"],
        "x": ["x@github:u/x#abc", {}, "yyy"],
      },
    }
    """)
    #expect(bun.packages.count == 2 && bun.packages[0].version == "5.6.1" && bun.packages[0].isDirect)
    #expect(bun.packages[1].sourceKind == .git)
}

@Test func packageJSONScriptsAndSpecs() throws {
    let f = try parse("web/package.json", #"""
    {"name": "web", "scripts": {"postinstall": "curl -s https://x.sh | sh"},
     "dependencies": {"a": "^1.0.0", "b": "1.2.3", "c": "github:u/c#main", "d": "https://x/d.tgz", "e": "file:../e"}}
    """#)
    #expect(f.scripts.first?.name == "postinstall" && f.scripts.first?.line == 1)
    #expect(f.packages.map(\.sourceKind) == [.registry, .registry, .git, .url, .path])
    #expect(f.packages[1].version == "1.2.3" && f.packages[0].requirement == "^1.0.0")
}

@Test func cargoGoSwiftRuby() throws {
    let cargo = try parse("Cargo.lock", """
    version = 3
    [[package]]
    name = "app"
    version = "0.1.0"
    dependencies = ["serde", "rand 0.8.5"]
    [[package]]
    name = "serde"
    version = "1.0.197"
    source = "registry+https://github.com/rust-lang/crates.io-index"
    checksum = "3fb1"
    [[package]]
    name = "rand"
    version = "0.8.5"
    source = "git+https://github.com/rust-random/rand?branch=master#abcdef"
    """)
    #expect(cargo.packages.count == 2 && cargo.packages.allSatisfy(\.isDirect))
    #expect(cargo.packages[1].sourceKind == .git && cargo.packages[1].gitRef == "abcdef")
    let gomod = try parse("go.mod", """
    module example.com/app
    go 1.22
    require (
        github.com/gin-gonic/gin v1.9.1
        golang.org/x/net v0.0.0-20240101000000-abcdefabcdef // indirect
    )
    require github.com/x/y v1.0.0
    replace github.com/x/y => ../y
    """)
    #expect(gomod.packages.count == 3 && gomod.packages[1].isDirect == false && gomod.packages[2].sourceKind == .path)
    let gosum = try parse("go.sum", """
    github.com/gin-gonic/gin v1.9.1 h1:4idEAncQnU5cB7BeOkPtxjfCSye0AAm1R0RVIqJ+Jmg=
    github.com/gin-gonic/gin v1.9.1/go.mod h1:hPrL7YrpYKXt5YId3A/Tnip5kqbEAP+KLuI3SUcPTeU=
    """)
    #expect(gosum.packages.count == 1 && gosum.packages[0].hashes.count == 2)
    let resolved = try parse("Package.resolved", #"""
    {"pins": [{"identity": "swift-nio", "kind": "remoteSourceControl", "location": "https://github.com/apple/swift-nio.git",
      "state": {"revision": "abc", "version": "2.65.0"}}], "version": 2}
    """#)
    #expect(resolved.packages.first?.version == "2.65.0")
    let gem = try parse("Gemfile.lock", """
    GEM
      remote: https://rubygems.org/
      specs:
        nokogiri (1.16.2-x86_64-linux)
          racc (~> 1.4)
        racc (1.7.3)

    DEPENDENCIES
      nokogiri
    """)
    #expect(gem.packages.map(\.name) == ["nokogiri", "racc"])
    #expect(gem.packages[0].version == "1.16.2" && gem.packages[1].depth == 2)
}

@Test func dockerfileAndOSDatabases() throws {
    let d = try parse("Dockerfile", """
    FROM python:3.12-slim@sha256:abc AS build
    RUN pip install --no-cache-dir -r requirements.txt && \\
        pip install uvicorn
    RUN curl -fsSL https://get.example.sh | bash
    FROM build
    RUN npm ci && npm install left-pad
    """)
    #expect(d.packages.count == 3 && d.packages[0].version == "3.12-slim" && d.packages[0].hashes == ["sha256:abc"])
    // Packages named on `RUN` lines are listed too, so advisories and typosquat checks see them.
    #expect(d.packages.filter { $0.ecosystem != .docker }.map(\.name) == ["uvicorn", "left-pad"])
    #expect(d.installs.map(\.tool) == ["pip", "pip", "curl|sh", "npm", "npm"])
    #expect(d.installs[0].usesLockfile == true && d.installs[1].packages == ["uvicorn"] && d.installs[1].line == 2)
    let dpkg = try parse("rootfs/var/lib/dpkg/status", """
    Package: liblzma5
    Status: install ok installed
    Source: xz-utils (5.6.1-1)
    Version: 5.6.1-1
    Description: x
     continued

    Package: removed
    Status: deinstall ok config-files
    Version: 1.0
    """)
    #expect(dpkg.packages.count == 1 && dpkg.packages[0].sourcePackage == "xz-utils")
    let apk = try parse("rootfs/lib/apk/db/installed", "C:Q1abc=\nP:xz-libs\nV:5.6.1-r0\no:xz\n\nP:musl\nV:1.2.4-r2\n")
    #expect(apk.packages.map(\.name) == ["xz-libs", "musl"] && apk.packages[0].sourcePackage == "xz")
}

@Test func malformedLockfilesGiveErrorsNotCrashes() {
    for (path, text) in [("package-lock.json", "{\"packages\": "), ("poetry.lock", "[[package]\nname="),
                         ("pnpm-lock.yaml", "lockfileVersion: '9.0'\n  bad:\n indent"), ("Pipfile.lock", "[]x")] {
        #expect(throws: LockfileError.self, "\(path)") { try parse(path, text) }
    }
}

@Test func lockfileParsersSurviveRandomMutations() {
    var rng = SplitMix64(seed: 0x10C_F11E)
    let seeds: [(String, String)] = [
        ("requirements.txt", "-r b.txt\nfastapi==0.110.0 --hash=sha256:aa\n-e git+https://h/x.git@v1#egg=x\nreq>=1;python_version<'3'\n"),
        ("pnpm-lock.yaml", "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      a:\n        specifier: ^1\n        version: 1.0.0\npackages:\n  a@1.0.0:\n    resolution: {integrity: sha512-x}\nsnapshots:\n  a@1.0.0: {}\n"),
        ("yarn.lock", "\"a@^1\", a@^1.1:\n  version \"1.0.0\"\n  resolved \"https://r/a/-/a-1.0.0.tgz#ab\"\n  dependencies:\n    b \"^2\"\n"),
        ("package-lock.json", #"{"lockfileVersion":3,"packages":{"":{"dependencies":{"a":"1"}},"node_modules/a":{"version":"1.0.0","integrity":"sha512-x"}}}"#),
        ("Cargo.lock", "version = 3\n[[package]]\nname = \"a\"\nversion = \"1.0.0\"\nsource = \"registry+https://x\"\ndependencies = [\"b\"]\n"),
        ("Gemfile.lock", "GEM\n  remote: https://rubygems.org/\n  specs:\n    a (1.0)\n      b (>= 1)\n\nDEPENDENCIES\n  a\n"),
        ("Dockerfile", "FROM a:1 AS x\nRUN pip install b && \\\n curl x | sh\nRUN <<EOF\nnpm i c\nEOF\n"),
        ("go.mod", "module m\nrequire (\n a v1.0.0 // indirect\n)\nreplace a => ../a\n"),
        ("environment.yml", "channels:\n  - c\ndependencies:\n  - a=1\n  - pip:\n    - b==2\n"),
        ("bun.lock", "{\"packages\": {\"a\": [\"a@1.0.0\", \"\", {}, \"sha512-x\"],}}"),
        ("var/lib/dpkg/status", "Package: a\nVersion: 1\nSource: b (2)\n\n"),
    ]
    var ok = 0
    for (path, text) in seeds {
        let seed = Array(text.utf8)
        for _ in 0..<1_500 {
            var input = seed
            for _ in 0..<Int(rng.next() % 4 + 1) {
                let pos = Int(rng.next() % UInt64(max(input.count, 1)))
                switch rng.next() % 3 {
                case 0: if !input.isEmpty { input[pos] = UInt8(truncatingIfNeeded: rng.next()) }
                case 1: input.insert(UInt8(truncatingIfNeeded: rng.next()), at: min(pos, input.count))
                default: if !input.isEmpty { input.remove(at: pos) }
                }
            }
            if (try? LockfileParser.parse(path: path, bytes: input)) != nil { ok += 1 }
        }
    }
    #expect(ok > 0)
}
