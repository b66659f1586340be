import BulwarkCore
import BulwarkFormats
import Foundation

/// Manifests that declare dependencies with no lockfile beside them (or in a parent folder).
struct ManifestWithoutLockfileRule {
    static let rule = RuleDescription(
        id: "dep-manifest-without-lockfile", name: "Manifest without a lockfile", family: "dependencies",
        summary: "package.json, pyproject.toml, Pipfile, Gemfile, go.mod or composer.json declares dependencies but no lockfile is committed.",
        rationale: rationale(
            detects: "Manifests with at least one dependency and no matching lockfile in the same folder or a parent folder (workspace roots): package.json without package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml or bun.lock; pyproject.toml without poetry.lock, uv.lock, pdm.lock, pylock.toml, Pipfile.lock or a requirements file; Pipfile without Pipfile.lock; Gemfile without Gemfile.lock; go.mod without go.sum; composer.json without composer.lock (platform requirements such as `php` and `ext-*` alone are not dependencies).",
            matters: "Without a lockfile every install resolves the ranges again, so a malicious release published minutes earlier is installed, transitive dependencies are invisible to review and advisories, and builds are not reproducible. Libraries published to a registry may legitimately omit lockfiles, hence the low default severity.",
            fix: "Generate and commit the lockfile (`npm install --package-lock-only`, `uv lock`, `poetry lock`, `bundle lock`, `go mod tidy`) and install from it in CI.",
            references: ["[npm: package-lock.json](https://docs.npmjs.com/cli/configuring-npm/package-lock-json)",
                         "[uv: locking](https://docs.astral.sh/uv/concepts/projects/sync/)"]),
        defaultSeverity: .low, defaultConfidence: .high,
        remediation: "Generate and commit the lockfile, and install from it.",
        examples: [
            Example(.triggers, path: "web/package.json", """
            {"name": "web", "dependencies": {"express": "^4.18.0"}}
            """),
            Example(.clean, path: "web/package.json", #"{"name": "web", "dependencies": {"express": "^4.18.0"}}"#,
                    siblings: ["package-lock.json": #"{"lockfileVersion": 3, "packages": {}}"#]),
            Example(.clean, path: "package.json", #"{"name": "tool", "scripts": {"build": "tsc"}}"#),
        ])

    func findings(files: [SourceFile], context: ScanContext, settings: RuleSettings) -> [Finding] {
        var present = Set<String>()
        for f in files { present.insert(f.relativePath) }
        var out: [Finding] = []
        for f in files where !f.isVendored {
            guard let kind = DependencyFileKind.detect(path: f.relativePath), let locks = RepositoryLayout.lockfilesFor[kind] else { continue }
            var dir = RepoPath.directory(of: f.relativePath)
            var found = false
            while true {
                if locks.contains(where: { present.contains(RepoPath.join(dir, $0)) }) { found = true; break }
                if kind == .pyproject, files.contains(where: { RepoPath.directory(of: $0.relativePath) == dir && DependencyFileKind.detect(path: $0.relativePath) == .requirementsTxt }) { found = true; break }
                if dir.isEmpty { break }
                dir = RepoPath.directory(of: dir)
            }
            // Parsed again only now, when no lockfile was found (a manifest is parsed once in the file pass).
            if found { continue }
            guard declaresDependencies(f, kind) else { continue }
            let ctx = RuleContext(file: f, settings: settings, configuration: context.configuration)
            out.append(Finding(rule: Self.rule, message: "`\(f.fileName)` declares dependencies but no lockfile (\(locks.prefix(3).joined(separator: ", ")), ...) is committed: every install resolves versions again.",
                               location: ctx.location(line: 1), anchor: f.relativePath))
        }
        return out
    }

    func declaresDependencies(_ f: SourceFile, _ kind: DependencyFileKind) -> Bool {
        guard let bytes = f.bytes else { return false }
        switch kind {
        case .gemfile: return f.text?.contains("gem ") ?? false
        default:
            guard let parsed = try? LockfileParser.parse(kind: kind, path: f.relativePath, bytes: bytes) else { return false }
            return parsed.packages.contains { $0.sourceKind != .path }
        }
    }
}
