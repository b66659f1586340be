import BulwarkFormats

/// Which jobs publish artifacts (packages, images, releases) and which restore caches.
enum Publishing {
    static let publishingActions: Set<String> = [
        "pypa/gh-action-pypi-publish", "softprops/action-gh-release", "goreleaser/goreleaser-action",
        "ncipollo/release-action", "actions/create-release", "js-devtools/npm-publish", "changesets/action",
        "rubygems/release-gem", "docker/build-push-action", "actions/attest-build-provenance",
    ]

    /// Whether a step publishes (by action or by command).
    static func stepPublishes(_ step: Step) -> Bool {
        if let a = step.action, a.kind == .repository, publishingActions.contains(a.slug) {
            if a.slug == "docker/build-push-action" { return step.input("push")?.value == "true" }
            return true
        }
        guard let r = step.run?.value else { return false }
        return ShellTokenizer.commands(in: r).contains { c in
            let w = c.effectiveWords
            guard let p = c.program, w.count >= 2 else { return false }
            switch p {
            case "npm", "pnpm", "yarn": return w[1] == "publish"
            case "twine": return w[1] == "upload"
            case "cargo": return w[1] == "publish"
            case "gem": return w[1] == "push"
            case "docker": return w[1] == "push"
            case "uv", "poetry", "flit", "hatch": return w[1] == "publish"
            case "gh": return w.count >= 3 && w[1] == "release" && (w[2] == "create" || w[2] == "upload")
            default: return false
            }
        }
    }

    static func major(_ step: Step) -> Int? {
        guard let a = step.action else { return nil }
        var ref = a.ref ?? ""
        if a.isFullSHA, let c = step.usesComment { ref = c.split(separator: " ").first.map(String.init) ?? "" }
        let digits = ref.drop { $0 == "v" || $0 == "V" }.prefix { $0.isNumber }
        return Int(digits)
    }

    /// Whether a step restores a cache, including setup actions that cache by default.
    static func cacheStep(_ step: Step) -> String? {
        guard let a = step.action, a.kind == .repository else { return nil }
        let cacheInput = step.input("cache")?.value.lowercased()
        switch a.slug {
        case "actions/cache": return a.path == "save" ? nil : "actions/cache"
        case "swatinem/rust-cache": return a.slug
        case "actions/setup-node":
            if let c = cacheInput, !c.isEmpty, c != "false" { return "setup-node cache: \(c)" }
            if let m = major(step), m >= 5, step.input("package-manager-cache")?.value != "false" { return "setup-node v5+ (caches automatically)" }
            return nil
        case "actions/setup-python", "actions/setup-java", "actions/setup-dotnet":
            if let c = cacheInput, !c.isEmpty, c != "false" { return "\(a.repo) cache: \(c)" }
            if a.slug == "actions/setup-dotnet", step.input("cache")?.value == "true" { return "setup-dotnet cache" }
            return nil
        case "actions/setup-go":
            if cacheInput == "false" { return nil }
            if let m = major(step), m < 4 { return cacheInput == "true" ? "setup-go cache" : nil }
            return "setup-go v4+ (caches by default)"
        case "astral-sh/setup-uv":
            let e = step.input("enable-cache")?.value.lowercased()
            if e == "true" { return "setup-uv enable-cache" }
            if e == "false" { return nil }
            if let m = major(step), m >= 6 { return "setup-uv v6+ (caches by default on hosted runners)" }
            return nil
        case "ruby/setup-ruby": return step.input("bundler-cache")?.value == "true" ? "setup-ruby bundler-cache" : nil
        case "pnpm/action-setup", "oven-sh/setup-bun": return nil
        default: return nil
        }
    }
}
