import BulwarkCore
import BulwarkFormats
import Dispatch
import Foundation
import Synchronization

/// Builds the four-section Markdown rationale every rule carries.
func rationale(detects: String, matters: String, fix: String, references: [String]) -> String {
    """
    ## What it detects
    \(detects)

    ## Why it matters
    \(matters)

    ## How to fix
    \(fix)

    ## References
    \(references.map { "- " + $0 }.joined(separator: "\n"))
    """
}

/// What every dependency rule sees: the parsed file and the verdicts computed once per package.
public struct DependencyModel: Sendable {
    public var file: SourceFile
    /// Nil when the file could not be parsed (`error` says why) or is not a package list (setup.py).
    public var parsed: DependencyFile?
    public var error: LockfileError?
    public var kind: DependencyFileKind
    /// Advisory matches per package (parallel to `parsed.packages`).
    public var advisories: [[AdvisoryMatch]]
    /// Typosquat verdict per package (parallel to `parsed.packages`).
    public var typosquats: [TyposquatVerdict?]

    public var packages: [LockedPackage] { parsed?.packages ?? [] }

    /// Analyses a parsed file: advisory lookups and typosquat checks, each once per distinct name/version.
    public static func analyse(file: SourceFile, parsed: DependencyFile?, error: LockfileError?, kind: DependencyFileKind,
                               database: AdvisoryDatabase, typosquats engine: TyposquatEngine = .shared) -> DependencyModel {
        let pkgs = parsed?.packages ?? []
        // A large lockfile is one file, so the scanner's per-file parallelism does not help it: its
        // packages are split over the cores instead (both lookups are read-only and thread-safe).
        let workers = pkgs.count >= parallelThreshold ? max(1, min(ProcessorCount.active, 8)) : 1
        if workers == 1 {
            let (adv, typo) = verdicts(pkgs[...], database: database, engine: engine)
            return DependencyModel(file: file, parsed: parsed, error: error, kind: kind, advisories: adv, typosquats: typo)
        }
        let chunk = (pkgs.count + workers - 1) / workers
        let parts = Mutex<[Int: ([[AdvisoryMatch]], [TyposquatVerdict?])]>([:])
        Parallel.run(workers) { w in
            let lo = w * chunk, hi = min(pkgs.count, lo + chunk)
            guard lo < hi else { return }
            let part = verdicts(pkgs[lo..<hi], database: database, engine: engine)
            parts.withLock { $0[w] = part }
        }
        var adv: [[AdvisoryMatch]] = []
        var typo: [TyposquatVerdict?] = []
        adv.reserveCapacity(pkgs.count)
        typo.reserveCapacity(pkgs.count)
        parts.withLock { all in
            for w in 0..<workers {
                guard let (a, t) = all[w] else { continue }
                adv += a
                typo += t
            }
        }
        return DependencyModel(file: file, parsed: parsed, error: error, kind: kind, advisories: adv, typosquats: typo)
    }

    /// Packages above which one file's lookups run on several threads.
    static let parallelThreshold = 4_000

    /// Advisory matches and typosquat verdicts of a run of packages, each computed once per distinct key.
    static func verdicts(_ pkgs: ArraySlice<LockedPackage>, database: AdvisoryDatabase,
                         engine: TyposquatEngine) -> ([[AdvisoryMatch]], [TyposquatVerdict?]) {
        var adv: [[AdvisoryMatch]] = []
        var typo: [TyposquatVerdict?] = []
        adv.reserveCapacity(pkgs.count)
        typo.reserveCapacity(pkgs.count)
        var advCache: [String: [AdvisoryMatch]] = [:]
        var typoCache: [String: TyposquatVerdict?] = [:]
        for p in pkgs {
            let key = p.ecosystem.rawValue + "|" + p.name + "|" + (p.version ?? "") + "|" + (p.sourcePackage ?? "")
            if let c = advCache[key] { adv.append(c) } else {
                let m = database.matches(p)
                advCache[key] = m
                adv.append(m)
            }
            // SwiftPM has no registry: every package is a git repository, judged by its name and its owner.
            if p.ecosystem == .swift, p.sourceKind == .git {
                typo.append(engine.check(p.name, ecosystem: .swift) ?? engine.checkSwiftLocation(identity: p.name, url: p.sourceURL))
                continue
            }
            // Packages from git, URLs or local paths are not looked up in the registry by name.
            guard p.sourceKind == .registry || p.sourceKind == .unknown, p.ecosystem != .docker else { typo.append(nil); continue }
            let tkey = p.ecosystem.rawValue + "|" + p.name
            if let c = typoCache[tkey] { typo.append(c) } else {
                let v = engine.check(p.name, ecosystem: p.ecosystem)
                typoCache[tkey] = v
                typo.append(v)
            }
        }
        return (adv, typo)
    }

    /// The line to report a package at: its own line, or the `-r` line that pulled in a file no scan visits.
    /// Nil when another scanned file declares it (that file reports it).
    public func reportLine(_ p: LockedPackage) -> Int?? {
        guard let d = p.declaredIn else { return .some(p.line) }
        if DependencyFileKind.detect(path: d) != nil { return nil }
        return .some(parsed?.includes.first { $0.path == d }?.line ?? p.line)
    }
}

extension Severity {
    init(advisory: String) {
        switch advisory {
        case "critical": self = .critical
        case "high": self = .high
        case "low": self = .low
        default: self = .medium
        }
    }
}

/// Repository-level facts the `finish` pass needs.
enum RepositoryLayout {
    static let lockfilesFor: [DependencyFileKind: [String]] = [
        .packageJSON: ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb"],
        .pyproject: ["poetry.lock", "uv.lock", "pdm.lock", "pylock.toml", "Pipfile.lock", "requirements.txt", "requirements.lock"],
        .pipfile: ["Pipfile.lock"],
        .gemfile: ["Gemfile.lock"],
        .goMod: ["go.sum"],
        .composerJSON: ["composer.lock"],
    ]
}
