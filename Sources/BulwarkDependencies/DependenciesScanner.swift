import BulwarkCore
import BulwarkFormats
import Foundation

/// Dependencies: malicious, vulnerable, typosquatted packages and lockfile discipline.
///
/// Parses every lockfile and manifest once (`LockfileParser`), looks each package up in the offline
/// advisory database and the typosquat engine once, then hands the model to every rule.
public struct DependenciesScanner: FamilyScanner {
    private let databaseOverride: AdvisoryDatabase?

    /// `database` defaults to the index in `$BULWARK_DB_DIR` or `~/.bulwark/advisories` (bundled incidents only when absent).
    public init(database: AdvisoryDatabase? = nil) {
        self.databaseOverride = database
    }

    /// The database used when none is passed, loaded once per process.
    public static let defaultDatabase: AdvisoryDatabase = {
        AdvisoryDatabase.load(directory: ProcessInfo.processInfo.environment["BULWARK_DB_DIR"])
    }()

    public var database: AdvisoryDatabase { databaseOverride ?? Self.defaultDatabase }

    public var family: String { "dependencies" }
    public var title: String { "Dependencies: malicious, vulnerable, typosquatted packages and lockfile discipline" }

    static let fileRules: [any Rule<DependencyModel>] = [
        KnownMaliciousRule(), KnownVulnerableRule(), TyposquatRule(), UnpinnedRequirementRule(), MissingHashesRule(),
        IntegrityMissingRule(), InsecureSourceRule(), DirectSourceRule(), GitBranchPinRule(), ExtraIndexRule(),
        InstallScriptRule(), SetupPyBuildExecRule(), DockerfileIgnoresLockfileRule(), DockerfilePipeToShellRule(),
        UnparseableRule(), TLSVerificationOffRule(),
    ]

    public var rules: [RuleDescription] { Self.fileRules.map(\.description) + [ManifestWithoutLockfileRule.rule] }

    public func wants(_ file: SourceFile) -> Bool {
        guard let kind = DependencyFileKind.detect(path: file.relativePath) else { return false }
        // Installed packages are read where they are installed: a compromised version in node_modules.
        if kind == .installedPackage { return true }
        guard !file.isVendored else { return false }
        // Cargo.toml, Package.swift and Gemfile are read only by the repository pass.
        return kind != .packageSwift && kind != .gemfile && kind != .cargoToml
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] {
        guard let model = model(for: file, root: context.root) else { return [] }
        if model.kind == .installedPackage {
            // An installed package is judged by what it is (a known-malicious release), not by how it was
            // declared: its typosquat, advisory and source findings belong to the lockfile that chose it.
            // node_modules holds many odd package.json files; one that does not parse is not a finding.
            guard model.parsed != nil else { return [] }
            return context.run(Self.installedRules, model: model, file: file)
        }
        return context.run(Self.fileRules, model: model, file: file)
    }

    static let installedRules: [any Rule<DependencyModel>] = [KnownMaliciousRule()]

    /// Parses and analyses one file (also used by `DependencyDiff`).
    public func model(for file: SourceFile, root: String) -> DependencyModel? {
        guard let kind = DependencyFileKind.detect(path: file.relativePath) else { return nil }
        guard let bytes = file.bytes else {
            return DependencyModel(file: file, parsed: nil, error: LockfileError(file.readError ?? "file too large to read"), kind: kind,
                                   advisories: [], typosquats: [])
        }
        let resolver = Self.resolver(root: root, inMemory: file.absolutePath == nil)
        // While a large lockfile is parsed, another thread loads the advisory index and builds the
        // typosquat index its packages will be checked against.
        // (Both are lazily initialised once per process, so the lookups simply wait for them if needed.)
        let eco = kind.ecosystem
        let warmed: (() -> Void)? = bytes.count < Self.warmUpBytes ? nil : Parallel.start { [self] in
            _ = self.database.ageDescription()
            TyposquatEngine.prepare(eco)
        }
        defer { warmed?() }
        do {
            let parsed = try LockfileParser.parse(kind: kind, path: file.relativePath, bytes: bytes, resolve: resolver)
            return DependencyModel.analyse(file: file, parsed: parsed, error: nil, kind: kind, database: database)
        } catch {
            return DependencyModel(file: file, parsed: nil, error: error, kind: kind, advisories: [], typosquats: [])
        }
    }

    /// Files from this size on get their lookup indexes built while they are parsed.
    static let warmUpBytes = 1 << 20

    /// Reads sibling files for includes (`-r base.txt`) and manifests, never outside the scan root.
    static func resolver(root: String, inMemory: Bool) -> LockfileParser.Resolver {
        guard !inMemory, !root.isEmpty, root != "/" else { return { _ in nil } }
        // No link is followed on the way (SafeRead): a `-r` include that is a link out of the
        // repository is not read, and neither is a FIFO.
        return { rel in try? SafeRead.file(rel, under: root, maxBytes: 32 << 20) }
    }

    /// Every report states how old the advisory data is (`bulwark db update` refreshes it), and warns
    /// when it is older than `dep-known-vulnerable`'s `max-db-age-days` (7 by default).
    public func reportNotes(context: ScanContext) -> [String] {
        var notes = [database.ageDescription()]
        let maxAge = context.settings(for: KnownVulnerableRule.rule).int("max-db-age-days") ?? 7
        if let days = database.ageInDays(), days > maxAge {
            notes.append("warning: the advisory data is \(days) days old (more than \(maxAge)): run `bulwark db update`")
        }
        return notes
    }

    public func finish(files: [SourceFile], context: ScanContext) -> [Finding] {
        let rule = ManifestWithoutLockfileRule.rule
        let settings = context.settings(for: rule)
        guard settings.enabled else { return [] }
        return ManifestWithoutLockfileRule().findings(files: files, context: context, settings: settings)
    }
}
