import BulwarkCore
import BulwarkFormats

/// Requirements and Python lockfiles whose entries lack hashes, wholly or partly.
struct MissingHashesRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-missing-hashes", name: "Missing or partial package hashes", family: "dependencies",
        summary: "A Python requirements file or lockfile lists packages without `--hash`/file hashes, or hashes only some of them.",
        rationale: rationale(
            detects: "In `requirements*.txt`: packages without `--hash` when other lines have hashes (a partial hash set, medium), or a file with pinned packages and no hashes at all (low, one finding). In `Pipfile.lock`, `poetry.lock`, `pdm.lock` and `uv.lock`: registry packages recorded without any file hash.",
            matters: "Hashes bind a pin to the exact file that was reviewed; without them a re-uploaded or substituted artifact (a compromised index, a mirror, a man in the middle, a build-time substitution like ultralytics 8.3.41) installs silently. A partial set is worse than it looks: a line added without a hash is exactly what an attacker's pull request would look like.",
            fix: "Regenerate the file with hashes for every package (`pip-compile --generate-hashes`, `uv pip compile --generate-hashes`, `poetry lock`) and install with `--require-hashes`.",
            references: ["[pip: hash-checking mode](https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode)"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Regenerate with hashes for every package and install with `--require-hashes`.",
        examples: [
            Example(.triggers, path: "requirements.txt", """
            fastapi==0.110.0 --hash=sha256:aaaa
            torch==2.6.0 # <-
            """, commentPrefix: "#"),
            Example(.triggers, path: "Pipfile.lock", """
            {"_meta": {"sources": []}, "default": {
              "django": {"version": "==5.0.3", "hashes": []} // <-
            }, "develop": {}}
            """),
            Example(.clean, path: "requirements.txt", "fastapi==0.110.0 --hash=sha256:aaaa\ntorch==2.6.0 --hash=sha256:bbbb\n"),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        switch model.kind {
        case .requirementsTxt:
            let own = model.packages.filter { $0.declaredIn == nil && !$0.isEditable && $0.sourceKind != .path }
            let hashed = own.filter { !$0.hashes.isEmpty }
            if !hashed.isEmpty {
                for p in own where p.hashes.isEmpty {
                    out.append(Finding(rule: Self.rule, message: "`\(p.name)` has no `--hash` while \(hashed.count) other requirement(s) do: a partial hash set lets this line install any artifact.",
                                       location: context.location(line: p.line, logicalPath: p.name), anchor: p.normalizedName,
                                       properties: ["package": p.name]))
                }
            } else if let first = own.first(where: { $0.version != nil }), !model.file.fileName.hasSuffix(".in") {
                out.append(Finding(rule: Self.rule, message: "No requirement in this file has a `--hash` (\(own.count) package(s)): pins are not bound to reviewed artifacts.",
                                   location: context.location(line: first.line), severity: .low, anchor: "no-hashes",
                                   properties: ["packages": "\(own.count)"]))
            }
        case .pipfileLock, .poetryLock, .pdmLock, .uvLock:
            for p in model.packages where p.hashes.isEmpty && p.sourceKind == .registry {
                out.append(Finding(rule: Self.rule, message: "`\(p.display)` is locked without any file hash.",
                                   location: context.location(line: p.line, logicalPath: p.name), anchor: p.normalizedName,
                                   properties: ["package": p.name]))
            }
        default: break
        }
        return out
    }
}
