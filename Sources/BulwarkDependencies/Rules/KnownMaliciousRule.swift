import BulwarkCore
import BulwarkFormats

/// Packages at versions known to be malicious (compromised releases, typosquats, worms).
struct KnownMaliciousRule: Rule {
    typealias Model = DependencyModel
    static let rule = RuleDescription(
        id: "dep-known-malicious", name: "Known-malicious package version", family: "dependencies",
        summary: "A dependency resolves to a package version known to be malicious (compromised release, typosquat or worm).",
        rationale: rationale(
            detects: "Packages in lockfiles, manifests, Dockerfiles and OS package databases whose name and version match a malicious-package record: the bundled landmark incidents (xz-utils 5.6.0/5.6.1, ultralytics 8.3.41/8.3.42/8.3.45/8.3.46, torchtriton, event-stream 3.3.6 and flatmap-stream, ua-parser-js, eslint-config-prettier, nx s1ngularity, @ctrl/tinycolor, the September 2025 chalk/debug releases, colourama, jeIlyfish, crossenv) and every OSV `MAL-*` record imported with `bulwark db import`.",
            matters: "Installing such a version runs the attacker's code on developer machines, CI runners and production images: backdoors (xz-utils), credential theft through AI coding CLIs (nx), cryptominers (ultralytics), wallet hijacking (chalk/debug). Malicious releases are usually removed from the registry quickly, but lockfiles, caches and images keep them.",
            fix: "Remove the package or move to a clean version, regenerate the lockfile, rebuild images, and treat machines that installed it as compromised: rotate the credentials they held.",
            references: ["[CVE-2024-3094 (xz-utils)](https://nvd.nist.gov/vuln/detail/CVE-2024-3094)",
                         "[OpenSSF malicious-packages](https://github.com/ossf/malicious-packages)",
                         "[nx s1ngularity advisory](https://github.com/nrwl/nx/security/advisories/GHSA-cxm3-wv7p-598c)"]),
        defaultSeverity: .critical, defaultConfidence: .high,
        remediation: "Remove or upgrade the package, regenerate the lockfile, and rotate credentials on machines that installed it.",
        examples: [
            Example(.triggers, path: "requirements.txt", """
            fastapi==0.110.0
            ultralytics==8.3.41 # <-
            """, commentPrefix: "#"),
            Example(.triggers, path: "web/package-lock.json", """
            {"lockfileVersion": 3, "packages": {
              "": {"dependencies": {"debug": "^4.4.0"}},
              "node_modules/debug": {"version": "4.4.2", "integrity": "sha512-x"} // <-
            }}
            """),
            // Installed packages are read where they are installed, lockfile or not.
            Example(.triggers, path: "node_modules/@ctrl/tinycolor/package.json", """
            {
              "name": "@ctrl/tinycolor",
              "version": "4.1.1" // <-
            }
            """),
            Example(.clean, path: "requirements.txt", "ultralytics==8.3.40\n"),
            Example(.clean, path: "node_modules/@ctrl/tinycolor/package.json", """
            {
              "name": "@ctrl/tinycolor",
              "version": "4.1.0"
            }
            """),
        ])
    var description: RuleDescription { Self.rule }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for (i, p) in model.packages.enumerated() {
            guard i < model.advisories.count, case .some(let line) = model.reportLine(p) else { continue }
            for m in model.advisories[i] where m.malicious {
                out.append(Finding(rule: Self.rule, message: message(p, m), location: context.location(line: line, logicalPath: p.name),
                                   anchor: "\(p.ecosystem.rawValue):\(p.name)@\(p.version ?? ""):\(m.advisoryID)",
                                   properties: properties(p, m)))
            }
        }
        return out
    }
}

func properties(_ p: LockedPackage, _ m: AdvisoryMatch) -> [String: String] {
    var d = ["ecosystem": p.ecosystem.rawValue, "package": p.name, "advisories": m.ids.joined(separator: ","),
             "dependencyPath": p.pathDisplay, "advisorySource": m.origin]
    if let v = p.version { d["version"] = v }
    if let f = m.fixedVersion { d["fixedVersion"] = f }
    return d
}

private func message(_ p: LockedPackage, _ m: AdvisoryMatch) -> String {
    let via = p.parents.isEmpty ? (p.isDirect ? "a direct dependency" : "listed here") : "pulled in by \(p.pathDisplay)"
    let fixed = m.fixedVersion.map { "; clean from \($0)" } ?? ""
    return "`\(p.display)` (\(p.ecosystem.rawValue)) is known-malicious [\(m.ids.joined(separator: ", "))]: \(m.summary) (\(via)\(fixed))."
}
