import BulwarkCore
import BulwarkFormats
import Foundation

/// Packages or indexes fetched over plain HTTP or from hosts outside the known registries.
struct InsecureSourceRule: Rule {
    typealias Model = DependencyModel
    static let knownHosts: Set<String> = [
        "registry.npmjs.org", "registry.yarnpkg.com", "registry.npmmirror.com", "npm.pkg.github.com",
        "pypi.org", "pypi.python.org", "files.pythonhosted.org", "test.pypi.org", "download.pytorch.org",
        "crates.io", "index.crates.io", "static.crates.io", "github.com", "codeload.github.com", "gitlab.com", "bitbucket.org",
        "proxy.golang.org", "sum.golang.org", "rubygems.org", "conda.anaconda.org", "repo.anaconda.com",
        "swiftpackageindex.com", "huggingface.co",
        // Packagist lockfiles download GitHub and GitLab archives through their APIs.
        "packagist.org", "repo.packagist.org", "api.github.com",
    ]

    static let rule = RuleDescription(
        id: "dep-insecure-source", name: "Package source over HTTP or from an unknown host", family: "dependencies",
        summary: "A package or package index is fetched over plain HTTP (high) or from a host outside the well-known registries (low).",
        rationale: rationale(
            detects: "`resolved`/`tarball` URLs in lockfiles, direct URL requirements and `--index-url`/`--extra-index-url`/`[[tool.poetry.source]]`/`[[tool.uv.index]]` entries that use `http://` (except localhost; low for a well-known registry host when the lockfile records the package's integrity hash), and those served from a host that is not a well-known public registry. Trusted private registries go in `rules.dep-insecure-source.options.trusted-hosts` or the `registries` allowlist of `.bulwark.yml`.",
            matters: "Over HTTP anyone on the path (a café network, a compromised proxy, a CI provider's egress) can replace the package. An unknown host means a single server, often outside the organization's control, decides what gets installed; lockfiles edited to point at such a host are a known injection technique.",
            fix: "Use `https://` and the registry's canonical host; list legitimate private registries as trusted hosts.",
            references: ["[CWE-494: Download of Code Without Integrity Check](https://cwe.mitre.org/data/definitions/494.html)",
                         "[CWE-319: Cleartext Transmission](https://cwe.mitre.org/data/definitions/319.html)"]),
        defaultSeverity: .high, defaultConfidence: .high,
        remediation: "Fetch packages over HTTPS from the canonical registry, or list your private registry as trusted.",
        options: [.strings("trusted-hosts", "private registry hosts that are not reported")],
        examples: [
            Example(.triggers, path: "requirements.txt", """
            --index-url http://pypi.internal.example.com/simple # <-
            fastapi==0.110.0
            """, commentPrefix: "#"),
            Example(.triggers, path: "pnpm-lock.yaml", """
            lockfileVersion: '9.0'
            packages:
              evil@1.0.0: # <-
                resolution: {tarball: http://203.0.113.7/evil-1.0.0.tgz}
            """),
            Example(.clean, path: "requirements.txt", "--index-url https://pypi.org/simple\nfastapi==0.110.0\n"),
            Example(.clean, path: "requirements.txt", "--index-url https://pypi.corp.example/simple\nfastapi==0.110.0\n",
                    options: ["trusted-hosts": .list([.string("pypi.corp.example")])]),
        ])
    var description: RuleDescription { Self.rule }

    static func host(_ url: String) -> (scheme: String, host: String)? {
        var u = url
        for p in ["git+", "registry+", "sparse+"] where u.hasPrefix(p) { u = String(u.dropFirst(p.count)) }
        guard let r = u.range(of: "://") else { return nil }
        let scheme = u[..<r.lowerBound].lowercased()
        var rest = u[r.upperBound...]
        if let at = rest.firstIndex(of: "@"), rest[..<at].firstIndex(of: "/") == nil { rest = rest[rest.index(after: at)...] }
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }.lowercased()
        return host.isEmpty ? nil : (scheme, host)
    }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        guard model.kind != .dockerfile else { return [] }
        let trusted = Set((context.settings.strings("trusted-hosts") + context.configuration.allowlist("registries")).map { $0.lowercased() })
        var out: [Finding] = []
        var seenHosts = Set<String>()
        func judge(_ url: String, line: Int?, what: String, anchor: String, noteUnknownHost: Bool = true, hashed: Bool = false) {
            // Fast path for the overwhelmingly common canonical registries.
            if url.hasPrefix("https://registry.npmjs.org/") || url.hasPrefix("https://files.pythonhosted.org/")
                || url.hasPrefix("https://registry.yarnpkg.com/") { return }
            guard let (scheme, host) = Self.host(url) else { return }
            let local = host == "localhost" || host == "127.0.0.1" || host == "::1"
            if scheme == "http", !local, hashed, Self.knownHosts.contains(host) || host.hasSuffix(".npmjs.org") {
                // Old lockfiles recorded `http://registry.npmjs.org/...`; the recorded hash still decides what is
                // installed (and npm fetches from its configured registry), so this is a note, not an alarm,
                // once per host and file.
                guard seenHosts.insert("http:" + host).inserted else { return }
                out.append(Finding(rule: Self.rule, message: "\(what) (and any other package from `\(host)` in this file) is recorded with a plain-HTTP URL; its integrity hash still pins the content, but regenerate the lockfile to record HTTPS.",
                                   location: context.location(line: line), severity: .low, confidence: .high, anchor: "http-host:\(host)", properties: ["url": url]))
                return
            }
            if scheme == "http", !local {
                out.append(Finding(rule: Self.rule, message: "\(what) is fetched over plain HTTP (`\(url.prefix(120))`): anyone on the network path can replace it.",
                                   location: context.location(line: line), anchor: anchor, properties: ["url": url]))
                return
            }
            guard scheme == "https" || scheme == "http" || scheme == "ssh" else { return }
            if !noteUnknownHost { return }
            if local || trusted.contains(host) || Self.knownHosts.contains(host) || trusted.contains(where: { host.hasSuffix("." + $0) }) { return }
            if host.hasSuffix(".githubusercontent.com") || host.hasSuffix(".pythonhosted.org") || host.hasSuffix(".npmjs.org") { return }
            // One finding per unknown host and file keeps large lockfiles readable.
            guard seenHosts.insert(host).inserted else { return }
            out.append(Finding(rule: Self.rule, message: "\(what) comes from `\(host)`, which is not a well-known registry; add it to `trusted-hosts` if it is yours.",
                               location: context.location(line: line), severity: .low, confidence: .medium, anchor: "host:\(host)",
                               properties: ["host": host]))
        }
        for ix in model.parsed?.indexes ?? [] where ix.url.contains("://") {
            judge(ix.url, line: ix.line, what: "The package index", anchor: "index:\(ix.url)")
        }
        for p in model.packages where p.declaredIn == nil {
            guard let u = p.sourceURL, p.sourceKind != .path else { continue }
            // A git or archive source declared in a manifest is already reported by dep-direct-source or
            // dep-git-branch-pin; only plain HTTP adds something there.
            let declared = !model.kind.isLockfile && (p.sourceKind == .url || p.sourceKind == .git)
            judge(u, line: p.line, what: "`\(p.display)`", anchor: "pkg:\(p.name)@\(p.version ?? "")", noteUnknownHost: !declared,
                  hashed: model.kind.isLockfile && !p.hashes.isEmpty)
        }
        return out
    }
}
