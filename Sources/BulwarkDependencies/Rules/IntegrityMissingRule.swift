import BulwarkCore
import BulwarkFormats

/// JavaScript and Rust lockfile entries without an integrity hash.
struct IntegrityMissingRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-integrity-missing", name: "Lockfile entry without integrity", family: "dependencies",
        summary: "A package-lock.json, pnpm-lock.yaml, yarn.lock, bun.lock or Cargo.lock entry from a registry has no integrity hash or checksum.",
        rationale: rationale(
            detects: "Registry packages in npm, pnpm, yarn and bun lockfiles without `integrity` (or a yarn `checksum`/resolved hash), and Cargo.lock registry packages without `checksum`. Local links, workspaces, git dependencies (pinned by commit) and yarn berry packages with `conditions:` (platform-specific packages yarn never checksums) are not reported.",
            matters: "The package manager then accepts whatever bytes the registry or a proxy returns for that version. Lockfile entries with their integrity removed are also a known way to slip a substituted tarball through review, since diffs of large lockfiles are rarely read.",
            fix: "Regenerate the lockfile with a current package manager (`npm install --package-lock-only`, `pnpm install --lockfile-only`, `cargo generate-lockfile`) and check that every entry has an integrity hash.",
            references: ["[npm: package-lock.json `integrity`](https://docs.npmjs.com/cli/configuring-npm/package-lock-json#packages)",
                         "[Subresource Integrity](https://www.w3.org/TR/SRI/)"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Regenerate the lockfile so that every entry records its integrity hash.",
        examples: [
            Example(.triggers, path: "package-lock.json", """
            {"lockfileVersion": 3, "packages": {
              "": {"dependencies": {"left-pad": "1.3.0"}},
              "node_modules/left-pad": {"version": "1.3.0", "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz"} // <-
            }}
            """),
            Example(.clean, path: "package-lock.json", """
            {"lockfileVersion": 3, "packages": {
              "": {"dependencies": {"left-pad": "1.3.0"}},
              "node_modules/left-pad": {"version": "1.3.0", "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz", "integrity": "sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQTbsdsgMkRdt9H9KC+EA6MfFeP3J5WcXHwfftVjBCkbYWrNg=="}
            }}
            """),
        ])
    var description: RuleDescription { Self.rule }

    /// Whether the package-lock entry whose key is on 1-based `keyLine` says `"inBundle": true` (or
    /// v1's `"bundled": true`) among its own keys. Looks at most 60 lines, tracking braces.
    static func isBundled(_ lines: [Substring], keyLine: Int) -> Bool {
        guard keyLine >= 1, keyLine <= lines.count else { return false }
        func says(_ l: Substring) -> Bool {
            l.contains("\"inBundle\": true") || l.contains("\"inBundle\":true") || l.contains("\"bundled\": true") || l.contains("\"bundled\":true")
        }
        let key = lines[keyLine - 1]
        // An entry written on one line (npm pretty-prints, so only short lines are read this way).
        if key.utf8.count < 2_000, let open = key.firstIndex(of: "{") {
            let body = key[open...].prefix { $0 != "}" }
            if says(body) { return true }
        }
        var depth = 0
        for l in lines[(keyLine - 1)..<min(lines.count, keyLine + 59)] {
            if depth == 1, says(l) { return true }
            for c in l.utf8 { if c == 0x7B { depth += 1 } else if c == 0x7D { depth -= 1 } }
            if depth <= 0 { return false }
        }
        return false
    }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        guard [.packageLock, .npmShrinkwrap, .pnpmLock, .yarnLock, .bunLock, .cargoLock].contains(model.kind) else { return [] }
        var out: [Finding] = []
        var lockLines: [Substring]?
        for p in model.packages where p.hashes.isEmpty && (p.sourceKind == .registry || p.sourceKind == .url) {
            // package-lock v1 `bundled` and optional platform entries may lack versions: skip those without a version.
            guard p.version != nil else { continue }
            // npm never checksums bundled dependencies (`"inBundle": true`): they ship inside their
            // parent's tarball, whose integrity covers them.
            if model.kind == .packageLock || model.kind == .npmShrinkwrap, let line = p.line {
                if lockLines == nil { lockLines = (context.file.text ?? "").split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" } }
                if Self.isBundled(lockLines ?? [], keyLine: line) { continue }
            }
            // yarn berry never checksums platform-conditional packages (`conditions: os=... & cpu=...`).
            if model.kind == .yarnLock, p.markers != nil { continue }
            out.append(Finding(rule: Self.rule, message: "`\(p.display)` is locked without an integrity hash: any tarball served for it will be installed.",
                               location: context.location(line: p.line, logicalPath: p.name), anchor: "\(p.name)@\(p.version ?? "")",
                               properties: ["package": p.name, "dependencyPath": p.pathDisplay]))
        }
        return out
    }
}
