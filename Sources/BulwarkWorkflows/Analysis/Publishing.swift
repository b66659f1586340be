import Foundation
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
            case "dotnet": return w.count >= 3 && w[1] == "nuget" && w[2] == "push"
            case "nuget", "nuget.exe": return w[1] == "push"
            case "bun": return w[1] == "publish"
            case "mvn", "./mvnw": return w.dropFirst().contains("deploy")
            case "gradle", "./gradlew": return w.dropFirst().contains { $0 == "publish" || $0.hasPrefix("publishTo") }
            default: return false
            }
        }
    }

    /// Whether a step only uploads finished files (it builds and installs nothing, so a restored
    /// cache cannot change what it ships): `uv publish`, `twine upload`, `gh release upload`, ...
    static func stepOnlyUploads(_ step: Step) -> Bool {
        if let a = step.action, a.kind == .repository {
            return ["pypa/gh-action-pypi-publish", "actions/download-artifact", "softprops/action-gh-release", "ncipollo/release-action"].contains(a.slug)
        }
        guard let r = step.run?.value else { return false }
        let cmds = ShellTokenizer.commands(in: r)
        return !cmds.isEmpty && cmds.allSatisfy { c in
            let w = c.effectiveWords
            guard let p = c.program else { return true }
            if Execution.inertPrograms.contains(p) && p != "gh" { return true }
            switch p {
            case "uv": return w.count >= 2 && w[1] == "publish"
            case "twine": return w.count >= 2 && (w[1] == "upload" || w[1] == "check")
            case "gh": return w.count >= 3 && w[1] == "release" && (w[2] == "create" || w[2] == "upload")
            case "gem": return w.count >= 2 && w[1] == "push"
            case "docker": return w.count >= 2 && (w[1] == "push" || w[1] == "login")
            case "dotnet": return w.count >= 3 && w[1] == "nuget" && w[2] == "push"
            default: return false
            }
        }
    }

    /// Whether everything after step `index` of the job only downloads and uploads finished files,
    /// with at least one upload: the cache restored at `index` then never reaches the release.
    static func onlyUploadsAfter(_ job: Job, index: Int) -> Bool {
        let later = job.steps.filter { $0.index > index }
        return later.contains(where: stepPublishes) && later.allSatisfy(stepOnlyUploads)
    }

    static func major(_ step: Step) -> Int? {
        guard let a = step.action else { return nil }
        var ref = a.ref ?? ""
        if a.isFullSHA, let c = step.usesComment { ref = c.split(separator: " ").first.map(String.init) ?? "" }
        let digits = ref.drop { $0 == "v" || $0 == "V" }.prefix { $0.isNumber }
        return Int(digits)
    }

    /// The runs of a workflow that make releases: tag runs (`release` events, `push` with a `tags`
    /// filter) and release-branch runs (`push` to a branch whose pattern names a release).
    struct ReleaseRuns: Equatable {
        var tags = false
        var releaseBranches = false
        /// Every run the workflow has is a release run (or a manual or reusable-workflow call): a
        /// CI workflow that also runs on tags is not a release workflow for all its jobs.
        var onlyReleases = false
        var any: Bool { tags || releaseBranches }
    }

    static func releaseRuns(_ w: Workflow) -> ReleaseRuns {
        var r = ReleaseRuns()
        var other = false
        for t in w.triggers {
            switch t.name {
            case "release": r.tags = true
            case "workflow_dispatch", "workflow_call": continue
            case "push":
                guard let m = t.config?.mapping else { other = true; continue }
                if m["tags"] != nil { r.tags = true }
                let branches = (m["branches"]?.sequence?.items.compactMap(\.string) ?? []) + [m["branches"]?.string].compactMap { $0 }
                let releaseBranches = branches.filter { $0.lowercased().contains("release") }
                if !releaseBranches.isEmpty { r.releaseBranches = true }
                if releaseBranches.count < branches.count || m["branches"] == nil && m["tags"] == nil { other = true }
            default: other = true
            }
        }
        r.onlyReleases = r.any && !other
        return r
    }

    /// Which runs a cache toggle turns caching on in.
    enum Activation: Equatable {
        case always, onTagRunsOnly, offTagRunsOnly, never
    }

    /// How a toggle value (`true`, `"yes"`, `${{ startsWith(github.ref, 'refs/tags/') }}`) turns
    /// caching on; `defaultOn` is the action's behaviour without the input.
    static func activation(_ value: String?, defaultOn: Bool, extraTrue: Set<String> = []) -> Activation {
        guard let raw = value?.trimmingCharacters(in: .whitespaces) else { return defaultOn ? .always : .never }
        let v = raw.lowercased()
        if v.contains("${{") {
            var inner = v.replacingOccurrences(of: "${{", with: "").replacingOccurrences(of: "}}", with: "")
            inner.removeAll { $0 == " " || $0 == "\t" || $0 == "\"" }
            var negated = false
            while inner.hasPrefix("!") || inner.hasPrefix("(") && inner.hasSuffix(")") {
                if inner.hasPrefix("!") { negated.toggle(); inner.removeFirst() } else { inner = String(inner.dropFirst().dropLast()) }
            }
            if isTagGuard(inner) { return negated ? .offTagRunsOnly : .onTagRunsOnly }
            return .always // an expression may be true on any run
        }
        if ["true", "yes", "on", "1"].contains(v) || extraTrue.contains(v) { return .always }
        if ["false", "no", "off", "0", "", "~", "null"].contains(v) { return .never }
        return .always // another word (`pip`, `npm`) names what to cache
    }

    /// `startsWith(github.ref, 'refs/tags/')`, `github.ref_type == 'tag'` (optionally with
    /// `github.event_name == 'push' &&`), spaces and quotes removed, lowercased.
    static func isTagGuard(_ e: String) -> Bool {
        let parts = e.components(separatedBy: "&&")
        var tag = false
        for p in parts {
            if p == "startswith(github.ref,'refs/tags/')" || p == "startswith(github.ref,'refs/tags')" || p == "github.ref_type=='tag'" || p == "'tag'==github.ref_type" {
                tag = true
            } else if p == "github.event_name=='push'" || p == "'push'==github.event_name" {
                continue
            } else { return false }
        }
        return tag
    }

    /// Whether caching is on in the runs that matter: every run when the job publishes by itself,
    /// otherwise the workflow's release runs.
    static func cacheStep(_ step: Step, releaseRuns: ReleaseRuns?) -> String? {
        guard let (what, act) = cacheActivation(step) else { return nil }
        switch act {
        case .never: return nil
        case .always:
            // In a workflow that also runs CI on branches, a cache that is on for every run is
            // judged by the publishing steps, not by the tag trigger.
            if let r = releaseRuns, !r.onlyReleases { return nil }
            return what
        case .onTagRunsOnly:
            guard let r = releaseRuns else { return what } // a publishing job may publish on any run
            return r.tags ? what + " on tag runs" : nil
        case .offTagRunsOnly:
            guard let r = releaseRuns else { return what }
            return r.releaseBranches ? what + " on release-branch runs" : nil
        }
    }

    /// Whether a step restores a cache, including setup actions that cache by default.
    static func cacheStep(_ step: Step) -> String? { cacheStep(step, releaseRuns: nil) }

    /// What a step caches and which runs its toggle turns caching on in (nil: not a cache step).
    static func cacheActivation(_ step: Step) -> (String, Activation)? {
        guard let a = step.action, a.kind == .repository else { return nil }
        let cacheInput = step.input("cache")?.value
        func named(_ what: String, _ act: Activation) -> (String, Activation)? { act == .never ? nil : (what, act) }
        switch a.slug {
        case "actions/cache": return a.path == "save" ? nil : ("actions/cache", .always)
        case "swatinem/rust-cache":
            // `lookup-only` checks for an entry without restoring it.
            if activation(step.input("lookup-only")?.value, defaultOn: false) == .always, step.input("lookup-only")?.value.contains("${{") == false { return nil }
            return ("swatinem/rust-cache", .always)
        case "mozilla-actions/sccache-action":
            return ("sccache-action (compiler cache in the Actions cache)", .always)
        case "pyo3/maturin-action":
            return named("maturin-action sccache", activation(step.input("sccache")?.value, defaultOn: false))
        case "ramsey/composer-install":
            // Caches unless `ignore-cache` is truthy.
            switch activation(step.input("ignore-cache")?.value, defaultOn: false) {
            case .never: return ("composer-install cache", .always)
            case .always: return step.input("ignore-cache")?.value.contains("${{") == true ? ("composer-install cache", .always) : nil
            case .onTagRunsOnly: return ("composer-install cache", .offTagRunsOnly)
            case .offTagRunsOnly: return ("composer-install cache", .onTagRunsOnly)
            }
        case "actions/setup-node":
            if let c = cacheInput, activation(c, defaultOn: false) != .never { return ("setup-node cache: \(c)", activation(c, defaultOn: false)) }
            if let m = major(step), m >= 5 {
                return named("setup-node v5+ (caches automatically)", activation(step.input("package-manager-cache")?.value, defaultOn: true))
            }
            return nil
        case "actions/setup-python", "actions/setup-java", "actions/setup-dotnet":
            if let c = cacheInput { return named("\(a.repo) cache: \(c)", activation(c, defaultOn: false)) }
            return nil
        case "actions/setup-go":
            if let m = major(step), m < 4 { return named("setup-go cache", activation(cacheInput, defaultOn: false)) }
            return named(cacheInput == nil ? "setup-go v4+ (caches by default)" : "setup-go cache", activation(cacheInput, defaultOn: true))
        case "astral-sh/setup-uv":
            let e = step.input("enable-cache")?.value
            let lower = e?.lowercased().trimmingCharacters(in: .whitespaces)
            if lower == "true" { return ("setup-uv enable-cache", .always) }
            if let e, e.contains("${{") { return named("setup-uv enable-cache", activation(e, defaultOn: false)) }
            if let l = lower, ["false", "no", "0"].contains(l) { return nil }
            // `auto` (the default) caches on GitHub-hosted runners from v6 up to v9.
            guard let m = major(step) else {
                return ("setup-uv of unknown version (v6 to v9 cache by default)", .always)
            }
            return m >= 6 && m < 10 ? ("setup-uv v\(m) (caches by default on hosted runners)", .always) : nil
        case "ruby/setup-ruby": return named("setup-ruby bundler-cache", activation(step.input("bundler-cache")?.value, defaultOn: false))
        default: return nil
        }
    }
}
