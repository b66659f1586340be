import BulwarkCore
import BulwarkFormats

/// Dependencies installed straight from a git repository or an archive URL.
struct DirectSourceRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-direct-source", name: "Dependency from a git repository or archive URL", family: "dependencies",
        summary: "A dependency is installed from a git repository or a tarball/wheel URL instead of a registry.",
        rationale: rationale(
            detects: "Requirements and manifests that install from `git+https://...`, `github:user/repo`, `https://host/pkg.tgz` or a wheel URL, and lockfile entries resolved to such sources: package-lock.json, pnpm-lock.yaml, Gemfile.lock `GIT` sections (the Gemfile is not read), and in uv.lock and Pipfile.lock the transitive packages whose source no manifest of the project shows (`source = { url = ... }`, `\"file\"`/`\"git\"` entries). Git sources pinned to a full commit and archives with a hash are reported at low severity; unpinned ones at medium. Git references to branches are reported by `dep-git-branch-pin` instead.",
            matters: "These sources bypass the registry's immutability, malware scanning and advisory coverage: whoever controls the repository or URL controls the code, and nothing tells a reviewer when it changes. Advisory databases do not match them by version.",
            fix: "Prefer a released version from the registry. When a fork or pre-release is necessary, pin it to a full commit SHA (git) or add a `--hash` (archives), and record why.",
            references: ["[pip: VCS support](https://pip.pypa.io/en/stable/topics/vcs-support/)",
                         "[npm: git URLs as dependencies](https://docs.npmjs.com/cli/configuring-npm/package-json#git-urls-as-dependencies)"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Use a registry release, or pin the source to a full commit SHA or archive hash.",
        examples: [
            Example(.triggers, path: "package.json", """
            {"dependencies": {
              "helper": "https://example.com/helper-1.0.0.tgz" // <-
            }}
            """),
            Example(.triggers, path: "requirements.txt", """
            mylib @ git+https://github.com/org/mylib.git@3f2a9c1d4e5b6a7980f1e2d3c4b5a69788796a5b # <-
            """, commentPrefix: "#"),
            Example(.clean, path: "package.json", #"{"dependencies": {"helper": "^1.0.0"}}"#),
            Example(.triggers, path: "Gemfile.lock", """
            GIT
              remote: https://github.com/acme/acme-auth.git
              revision: 3f2a9c1d4e5b6a7980f1e2d3c4b5a69788796a5b
              specs:
                acme-auth (0.4.0) # <-

            GEM
              remote: https://rubygems.org/
              specs:
                rack (3.1.8)

            DEPENDENCIES
              acme-auth!
              rack
            """),
            Example(.triggers, path: "uv.lock", """
            version = 1
            requires-python = ">=3.11"

            [[package]]
            name = "app"
            version = "0.1.0"
            source = { virtual = "." }
            dependencies = [{ name = "sdk" }]

            [[package]]
            name = "sdk"
            version = "1.0.0"
            source = { registry = "https://pypi.org/simple" }
            dependencies = [{ name = "helper" }]

            [[package]]
            name = "helper" # <-
            version = "2.0.0"
            source = { url = "https://files.example.com/helper-2.0.0.tar.gz" }
            """),
            Example(.clean, path: "Gemfile.lock", """
            GEM
              remote: https://rubygems.org/
              specs:
                rack (3.1.8)

            DEPENDENCIES
              rack
            """),
        ])
    var description: RuleDescription { Self.rule }

    /// Lockfiles whose git and URL sources are reported here.
    static let lockfilesRead: Set<DependencyFileKind> = [.packageLock, .pnpmLock, .gemfileLock, .uvLock, .pipfileLock]
    /// Lockfiles whose direct dependencies' sources are reported at their manifest instead.
    static let manifestReports: Set<DependencyFileKind> = [.uvLock, .pipfileLock]

    static func isCommit(_ ref: String?) -> Bool {
        guard let r = ref, r.count >= 40 else { return false }
        return r.allSatisfy(\.isHexDigit)
    }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        // Lockfiles record git sources with their resolved commit; the manifest is where the choice is made,
        // except where the manifest is not read (Gemfile) or cannot say it (a transitive dependency's URL).
        guard !model.kind.isLockfile || Self.lockfilesRead.contains(model.kind) else { return [] }
        var out: [Finding] = []
        for p in model.packages where p.declaredIn == nil {
            // uv.lock and Pipfile.lock: a direct dependency's source is reported at pyproject.toml / Pipfile.
            if Self.manifestReports.contains(model.kind), p.isDirect, p.depth == 1 { continue }
            // A branch the lockfile names is dep-git-branch-pin's.
            if p.requirement?.hasPrefix("branch=") == true { continue }
            switch p.sourceKind {
            case .git:
                guard Self.isCommit(p.gitRef) else { continue } // branch or missing ref: dep-git-branch-pin
                out.append(Finding(rule: Self.rule, message: "`\(p.name)` is installed from git (`\((p.sourceURL ?? "").prefix(100))`) at a pinned commit, outside the registry.",
                                   location: context.location(line: p.line, logicalPath: p.name), severity: .low, anchor: "git:\(p.name)",
                                   properties: ["package": p.name, "source": p.sourceURL ?? ""]))
            case .url:
                let sev: Severity = p.hashes.isEmpty ? .medium : .low
                out.append(Finding(rule: Self.rule, message: "`\(p.name)` is installed from an archive URL (`\((p.sourceURL ?? "").prefix(100))`)\(p.hashes.isEmpty ? " without a hash" : ""), outside the registry.",
                                   location: context.location(line: p.line, logicalPath: p.name), severity: sev, anchor: "url:\(p.name)",
                                   properties: ["package": p.name, "source": p.sourceURL ?? ""]))
            default: continue
            }
        }
        return out
    }
}
