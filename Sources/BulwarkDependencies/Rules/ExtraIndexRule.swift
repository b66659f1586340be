import BulwarkCore
import BulwarkFormats

/// Several package indexes consulted together: dependency confusion.
struct ExtraIndexRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-extra-index-url", name: "Extra package index (dependency confusion)", family: "dependencies",
        summary: "Packages are resolved from more than one index (`--extra-index-url`, supplemental sources), so a public package can shadow a private one.",
        rationale: rationale(
            detects: "`--extra-index-url` and `--find-links` in requirements files and conda environments, secondary/supplemental `[[tool.poetry.source]]` entries, non-explicit `[[tool.uv.index]]` entries and `extra-index-url` in `[tool.uv]` when `index-strategy` is `unsafe-first-match` or `unsafe-best-match` (uv's default, `first-index`, takes each name from the first index that has it, so those are not reported), and additional sources in Pipfile; and the settings that apply to every install of a machine, image or job: `extra-index-url` / `find-links` in `pip.conf` and `pip.ini`, `PIP_EXTRA_INDEX_URL` / `PIP_FIND_LINKS` in Dockerfile `ENV`/`ARG`, environment files and CI configuration (GitHub workflows, GitLab CI, CircleCI...), and `--extra-index-url` on `pip`/`uv pip` command lines there; and in composer.json, a `composer` repository with `\"canonical\": false` while Packagist is on (Composer repositories are canonical by default: a package found there is never taken from Packagist, so those are not reported, nor are `vcs`, `path` or `package` repositories). Bulwark cannot see which names the extra index hosts, so every extra index that mixes with the public one is reported: the dangerous names are the internal-looking ones (`acme-auth`), which exist only on the private index until somebody uploads them to PyPI. User-info in index URLs (tokens) is never printed.",
            matters: "pip merges candidates from every index and takes the highest version: anyone can upload a higher-numbered package with your private package's name to PyPI and it wins. This is how the torchtriton package reached PyTorch nightly users in December 2022, and the technique behind the 2021 dependency-confusion attacks on dozens of companies.",
            fix: "Use a single index that proxies the public one (`--index-url`), or pin private packages to their index (uv `explicit = true` with `[tool.uv.sources]`, Poetry `priority = \"explicit\"`), and register your internal names on the public registry.",
            references: ["[PyTorch: compromised nightly dependency (torchtriton)](https://pytorch.org/blog/compromised-nightly-dependency/)",
                         "[Dependency confusion (Alex Birsan, 2021)](https://medium.com/@alex.birsan/dependency-confusion-4a5d60fec610)",
                         "[uv: index strategy](https://docs.astral.sh/uv/concepts/indexes/)"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Resolve from one index, or pin private packages to an explicit index.",
        examples: [
            Example(.triggers, path: "requirements.txt", """
            --extra-index-url https://download.pytorch.org/whl/nightly/cpu # <-
            torch==2.6.0
            """, commentPrefix: "#"),
            Example(.triggers, path: "pyproject.toml", """
            [project]
            name = "app"
            [tool.uv]
            index-strategy = "unsafe-best-match"
            [[tool.uv.index]]
            name = "internal"
            url = "https://pypi.internal.example/simple" # <-
            """, commentPrefix: "#"),
            // uv's default `first-index` strategy: each name comes from the first index that has it.
            Example(.clean, path: "pyproject.toml", """
            [project]
            name = "app"
            [[tool.uv.index]]
            name = "internal"
            url = "https://pypi.internal.example/simple"
            """),
            Example(.triggers, path: "pip.conf", """
            [global]
            index-url = https://pypi.org/simple
            extra-index-url = https://pypi.internal.example/simple # <-
            """),
            Example(.triggers, path: "Dockerfile", """
            FROM python:3.12-slim
            ENV PIP_EXTRA_INDEX_URL=https://pypi.internal.example/simple # <-
            RUN pip install acme-auth==1.4.0
            """),
            Example(.triggers, path: ".github/workflows/test.yml", """
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - run: pip install --extra-index-url https://pypi.internal.example/simple acme-auth # <-
            """),
            Example(.triggers, path: "composer.json", """
            {"require": {"acme/billing": "^2.0"},
             "repositories": [{"type": "composer", "canonical": false,
                               "url": "https://php.internal.example"}]} // <-
            """),
            // Canonical by default: packages found in the private repository never come from Packagist.
            Example(.clean, path: "composer.json", """
            {"require": {"acme/billing": "^2.0"},
             "repositories": [{"type": "composer", "url": "https://php.internal.example"}]}
            """),
            Example(.clean, path: "requirements.txt", "--index-url https://pypi.internal.example/simple\ntorch==2.6.0\n"),
            // One index that proxies the public one: nothing can shadow a private name.
            Example(.clean, path: "pip.conf", """
            [global]
            index-url = https://pypi.internal.example/simple
            timeout = 60
            """),
            Example(.clean, path: ".env", "PIP_INDEX_URL=https://pypi.internal.example/simple\nPIP_DEFAULT_TIMEOUT=60\n"),
        ])
    var description: RuleDescription { Self.rule }

    /// How dangerous the mix is, from the names it installs. Confusion needs a name that only the extra
    /// index has, which anyone may then claim on the public index: internal-looking names (not among the
    /// most downloaded public projects), or names nobody can see (pip.conf, environment variables,
    /// `-r requirements.txt`): high. When every name installed is a well-known public project (`torch`,
    /// `torchvision` from download.pytorch.org), each is already claimed by its owner: medium, because
    /// their dependencies still resolve across both indexes (torchtriton came in that way). TestPyPI
    /// takes uploads of any name from anyone: always high.
    static func judge(_ ix: PackageIndex, _ model: DependencyModel) -> (Severity, String) {
        let host = ix.url.split(separator: "/").dropFirst().first { !$0.isEmpty }.map { $0.lowercased() } ?? ""
        if host.hasSuffix("test.pypi.org") { return (.high, "anyone can upload any name to TestPyPI") }
        if model.kind == .composerJSON {
            return (.high, "the repository is not canonical, so Composer takes whichever of it and Packagist offers the higher version of each name; remove `\"canonical\": false` or limit it with `only`")
        }
        let names: [String]?
        if let listed = ix.installs {
            names = listed
        } else if [.requirementsTxt, .pyproject, .pipfile, .condaEnvironment].contains(model.kind) {
            let own = model.packages.filter { $0.ecosystem == .pypi && $0.sourceKind == .registry }.map(\.name)
            names = own.isEmpty ? nil : own
        } else {
            names = nil
        }
        guard let names, !names.isEmpty else { return (.high, "which names it serves cannot be seen here") }
        let unclaimed = names.filter { !TyposquatEngine.isPopular($0, ecosystem: .pypi) }
        if unclaimed.isEmpty {
            let shown = names.prefix(3).map { "`\($0)`" }.joined(separator: ", ")
            return (.medium, "every name installed with it (\(shown)) is a well-known public project, but their dependencies resolve across both indexes")
        }
        // A vendor's public wheel index (PyTorch's, NVIDIA's) holds the vendor's own builds, not this
        // project's private packages: the other names listed beside it live on PyPI, so nobody can
        // claim them there first. What remains is the torchtriton case: a name only the vendor
        // index hosts, resolved across both.
        if let vendor = Self.publicVendorIndex(host: host) {
            return (.medium, "`\(vendor)` is a vendor's public wheel index, not a private one, so the other names listed (\(unclaimed.prefix(3).map { "`\($0)`" }.joined(separator: ", "))) are not private packages that someone could claim on PyPI; a name only that index hosts still resolves across both (the torchtriton case)")
        }
        let shown = unclaimed.prefix(3).map { "`\($0)`" }.joined(separator: ", ")
        return (.high, "internal-looking names (\(shown)) can be claimed on the public index")
    }

    /// Public wheel indexes that vendors run for their own builds (GPU and accelerator variants of
    /// their projects). Anyone can read them and only the vendor publishes there.
    static let publicVendorIndexHosts: Set<String> = [
        "download.pytorch.org", "pypi.nvidia.com", "pypi.ngc.nvidia.com", "wheels.vllm.ai", "flashinfer.ai",
        "pypi.jetson-ai-lab.io", "pypi.jetson-ai-lab.dev", "pytorch-extension.intel.com", "data.pyg.org",
        "download.openmmlab.com",
    ]

    /// The index's host when it is one of `publicVendorIndexHosts` (user-info and port removed).
    static func publicVendorIndex(host: String) -> String? {
        let h = host.split(separator: "@").last.map(String.init) ?? host
        let bare = h.split(separator: ":").first.map(String.init) ?? h
        return publicVendorIndexHosts.contains(bare) ? bare : nil
    }

    /// The lines of `[[tool.uv.index]]` URLs and `[tool.uv] extra-index-url` entries of a pyproject that
    /// uv resolves with its default `first-index` strategy (no `index-strategy = "unsafe-..."`): uv
    /// searches those indexes in order and stops at the first one that has a name, so nothing merges
    /// versions across indexes. pip never reads `[tool.uv]`.
    static func uvFirstIndexLines(_ text: String?) -> Set<Int> {
        guard let text, text.contains("tool.uv"), let doc = try? TOMLParser.parse(text),
              let uv = doc.table(at: ["tool", "uv"]) else { return [] }
        let strategy = uv.string("index-strategy") ?? uv.node(at: ["pip", "index-strategy"])?.string ?? "first-index"
        guard strategy == "first-index" else { return [] }
        var lines = Set<Int>()
        for idx in uv["index"]?.tables ?? [] { if let l = idx.line(of: "url") { lines.insert(l) } }
        for u in uv["extra-index-url"]?.array ?? [] { lines.insert(u.line) }
        return lines
    }

    static let kinds: Set<DependencyFileKind> = [.requirementsTxt, .pyproject, .pipfile, .condaEnvironment, .pipConfig,
                                                 .installSettings, .dockerfile, .composerJSON]

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        guard Self.kinds.contains(model.kind) else { return [] }
        var out: [Finding] = []
        var seen = Set<String>()
        let firstIndex = model.kind == .pyproject ? Self.uvFirstIndexLines(context.file.text) : []
        for ix in model.parsed?.indexes ?? [] where ix.isExtra {
            // uv takes each name from the first index that has it (its default `first-index`
            // strategy): a public upload cannot outrank a name the configured index already serves.
            if let l = ix.line, firstIndex.contains(l) { continue }
            if model.kind == .condaEnvironment, !ix.url.contains("://") { continue } // extra conda channels are a different model
            let url = PipIndexSettings.redactedURL(ix.url)
            // One finding per index and set of names installed with it: the same command repeated in a
            // file (a CI matrix, a retry) is one weakness with one fingerprint.
            let key = url + (ix.installs.map { " " + $0.joined(separator: ",") } ?? "")
            guard seen.insert(key).inserted else { continue }
            let scope = model.kind == .pipConfig ? " for every pip install that reads this file" : ""
            let (severity, why) = Self.judge(ix, model)
            out.append(Finding(rule: Self.rule, message: "Packages may also come from `\(url.prefix(120))`\(scope): with several indexes the highest version of a name wins, so a public upload can shadow a private package; \(why).",
                               location: context.location(line: ix.line), severity: severity, anchor: key, properties: ["index": url]))
        }
        return out
    }
}
