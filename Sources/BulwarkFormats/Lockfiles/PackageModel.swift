/// A package ecosystem, named as OSV names it (`PyPI`, `npm`, `crates.io`...).
public enum Ecosystem: String, Sendable, Hashable, Codable, CaseIterable {
    case pypi = "PyPI"
    case npm = "npm"
    case crates = "crates.io"
    case go = "Go"
    case swift = "SwiftURL"
    case rubygems = "RubyGems"
    case debian = "Debian"
    case alpine = "Alpine"
    case conda = "conda"
    case docker = "Docker"
    /// PHP packages of Packagist (composer.lock, composer.json).
    case packagist = "Packagist"

    /// Parses an OSV ecosystem string (`Debian:12`, `Alpine:v3.19` keep only their base).
    public init?(osv: String) {
        let base = osv.split(separator: ":", maxSplits: 1).first.map(String.init) ?? osv
        switch base.lowercased() {
        case "pypi": self = .pypi
        case "npm": self = .npm
        case "crates.io": self = .crates
        case "go": self = .go
        case "swifturl": self = .swift
        case "rubygems": self = .rubygems
        case "debian", "ubuntu": self = .debian
        case "alpine": self = .alpine
        case "conda": self = .conda
        case "packagist": self = .packagist
        default: return nil
        }
    }

    /// The canonical form of a package name in this ecosystem, for matching and comparisons
    /// (PEP 503 for PyPI: lowercase, runs of `-_.` become `-`).
    public func normalize(_ name: String) -> String {
        switch self {
        case .pypi, .conda: return Ecosystem.pep503(name)
        case .npm, .crates, .go, .rubygems, .docker, .swift, .packagist: return name.lowercased()
        case .debian, .alpine: return name
        }
    }

    public static func pep503(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var lastSep = false
        for c in name.unicodeScalars {
            if c == "-" || c == "_" || c == "." {
                if !lastSep { out.append("-") }
                lastSep = true
            } else {
                out.unicodeScalars.append(contentsOf: String(c).lowercased().unicodeScalars)
                lastSep = false
            }
        }
        return out
    }
}

/// Where a package comes from.
public enum PackageSourceKind: String, Sendable, Hashable, Codable {
    /// A package index or registry (PyPI, npmjs, crates.io, a private index).
    case registry
    /// A git repository (`git+https://...`, `github:user/repo`).
    case git
    /// A direct URL to an archive (`https://host/pkg.tar.gz`).
    case url
    /// A local path or editable install.
    case path
    /// Not stated by the file.
    case unknown
}

/// One package as declared by a manifest or resolved by a lockfile.
public struct LockedPackage: Sendable, Hashable, Codable {
    public var ecosystem: Ecosystem
    /// The name as written.
    public var name: String
    /// The exact version when pinned or resolved, nil for a range.
    public var version: String?
    /// The requirement as written (`>=2,<3`, `^1.2.0`), when it is not an exact version.
    public var requirement: String?
    public var sourceKind: PackageSourceKind
    /// Registry, index, git or archive URL, when stated.
    public var sourceURL: String?
    /// A git reference (branch, tag or commit) for git sources.
    public var gitRef: String?
    /// Integrity hashes as written (`sha256:...`, `sha512-...`).
    public var hashes: [String]
    /// Declared by the project itself rather than pulled in by another package.
    public var isDirect: Bool
    /// 1 for direct dependencies, 2 for their dependencies, ...; 0 when unknown.
    public var depth: Int
    /// The chain of package names from a direct dependency down to this one's parent.
    public var parents: [String]
    /// 1-based line of the entry in its file, when known.
    public var line: Int?
    public var isDev: Bool
    public var isEditable: Bool
    /// An environment marker (`; python_version < "3.9"`).
    public var markers: String?
    /// The package declares install-time scripts (npm `hasInstallScript`).
    public var hasInstallScript: Bool
    /// The source package of an OS binary package (`xz-utils` for `liblzma5`), which advisories name.
    public var sourcePackage: String?
    /// The file that declared the package when it is not this one (`-r base.txt`).
    public var declaredIn: String?

    public init(ecosystem: Ecosystem, name: String, version: String? = nil, requirement: String? = nil,
                sourceKind: PackageSourceKind = .registry, sourceURL: String? = nil, gitRef: String? = nil,
                hashes: [String] = [], isDirect: Bool = true, depth: Int = 1, parents: [String] = [],
                line: Int? = nil, isDev: Bool = false, isEditable: Bool = false, markers: String? = nil,
                hasInstallScript: Bool = false) {
        self.ecosystem = ecosystem
        self.name = name
        self.version = version
        self.requirement = requirement
        self.sourceKind = sourceKind
        self.sourceURL = sourceURL
        self.gitRef = gitRef
        self.hashes = hashes
        self.isDirect = isDirect
        self.depth = depth
        self.parents = parents
        self.line = line
        self.isDev = isDev
        self.isEditable = isEditable
        self.markers = markers
        self.hasInstallScript = hasInstallScript
        self.sourcePackage = nil
        self.declaredIn = nil
    }

    /// `name@version` or the name alone.
    public var display: String { version.map { "\(name)@\($0)" } ?? name }

    /// `a > b > this`, the path that pulled the package in.
    public var pathDisplay: String { (parents + [name]).joined(separator: " > ") }

    public var normalizedName: String { ecosystem.normalize(name) }
}

/// A package index declared by a file (`--index-url`, `--extra-index-url`, `[[tool.poetry.source]]`,
/// `.npmrc`-like registry fields).
public struct PackageIndex: Sendable, Hashable, Codable {
    public var url: String
    /// True for additional indexes consulted beside the primary one (dependency confusion risk).
    public var isExtra: Bool
    public var line: Int?
    /// For an index given on a `pip install` command line: the names that command installs (nil when
    /// it also installs from a requirements file or the command is not an install).
    public var installs: [String]?

    public init(url: String, isExtra: Bool, line: Int?, installs: [String]? = nil) {
        self.url = url
        self.isExtra = isExtra
        self.line = line
        self.installs = installs
    }
}

/// A lifecycle script of package.json (`postinstall`...), an event script of composer.json
/// (`post-install-cmd`...), or composer.json's `config.allow-plugins: true` (named `config.allow-plugins`).
public struct PackageScript: Sendable, Hashable, Codable {
    public var name: String
    public var command: String
    public var line: Int?

    public init(name: String, command: String, line: Int?) {
        self.name = name
        self.command = command
        self.line = line
    }
}

/// A package-manager install in a Dockerfile `RUN` (or another shell script).
public struct InstallCommand: Sendable, Hashable, Codable {
    /// `pip`, `uv`, `poetry`, `npm`, `yarn`, `pnpm`, `apt`, `apk`, `curl|sh`, `gem`, `cargo`, `go`.
    public var tool: String
    /// The install command as written (one shell command, trimmed).
    public var command: String
    public var line: Int
    /// Installs from a lockfile or with hashes (`npm ci`, `pip install --require-hashes -r`, `uv sync --frozen`).
    public var usesLockfile: Bool
    /// Packages named on the command line.
    public var packages: [String]

    public init(tool: String, command: String, line: Int, usesLockfile: Bool, packages: [String]) {
        self.tool = tool
        self.command = command
        self.line = line
        self.usesLockfile = usesLockfile
        self.packages = packages
    }
}

/// A file pulled in by another (`-r other.txt`, `-c constraints.txt`).
public struct IncludedFile: Sendable, Hashable, Codable {
    public var path: String
    public var isConstraint: Bool
    public var line: Int
    /// Set when the include could not be followed (outside the repository, missing, too deep).
    public var problem: String?

    public init(path: String, isConstraint: Bool, line: Int, problem: String? = nil) {
        self.path = path
        self.isConstraint = isConstraint
        self.line = line
        self.problem = problem
    }
}

/// A recoverable problem met while parsing (an unparseable line): the parser goes on.
public struct ParseIssue: Sendable, Hashable, Codable {
    public var message: String
    public var line: Int?

    public init(_ message: String, line: Int?) {
        self.message = message
        self.line = line
    }
}

/// The kind of a dependency file, found from its name.
public enum DependencyFileKind: String, Sendable, Hashable, Codable, CaseIterable {
    case requirementsTxt = "requirements.txt"
    case pyproject = "pyproject.toml"
    case poetryLock = "poetry.lock"
    case uvLock = "uv.lock"
    case pipfileLock = "Pipfile.lock"
    case pipfile = "Pipfile"
    case pdmLock = "pdm.lock"
    case pylock = "pylock.toml"
    case condaEnvironment = "environment.yml"
    case setupPy = "setup.py"
    case packageLock = "package-lock.json"
    case npmShrinkwrap = "npm-shrinkwrap.json"
    case pnpmLock = "pnpm-lock.yaml"
    case yarnLock = "yarn.lock"
    case bunLock = "bun.lock"
    case packageJSON = "package.json"
    case cargoLock = "Cargo.lock"
    case cargoToml = "Cargo.toml"
    case goMod = "go.mod"
    case goSum = "go.sum"
    case packageResolved = "Package.resolved"
    case packageSwift = "Package.swift"
    case gemfileLock = "Gemfile.lock"
    case gemfile = "Gemfile"
    case composerLock = "composer.lock"
    case composerJSON = "composer.json"
    case dockerfile = "Dockerfile"
    case dpkgStatus = "dpkg status"
    case apkInstalled = "apk installed"
    /// `node_modules/<name>/package.json`: a package as installed (its name and version only).
    case installedPackage = "installed package.json"
    /// `pip.conf` / `pip.ini`: the indexes every pip install of the machine or image uses.
    case pipConfig = "pip.conf"
    /// Environment files and CI configuration, read for package-index settings only
    /// (`PIP_EXTRA_INDEX_URL`, `--extra-index-url`).
    case installSettings = "install settings"
    /// `.npmrc`, `.yarnrc`, `.yarnrc.yml`: the registries and TLS settings of npm, pnpm and Yarn installs.
    case npmConfig = ".npmrc"

    /// The kind of a repository-relative path, or nil when it is not a dependency file.
    public static func detect(path: String) -> DependencyFileKind? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lower = name.lowercased()
        if name == "package.json", isInstalledPackage(path) { return .installedPackage }
        if lower == "pip.conf" || lower == "pip.ini" { return .pipConfig }
        if lower == ".npmrc" || lower == ".yarnrc" || lower == ".yarnrc.yml" || lower == ".yarnrc.yaml" { return .npmConfig }
        if isInstallSettings(path: path, lowerName: lower) { return .installSettings }
        switch name {
        case "pyproject.toml": return .pyproject
        case "poetry.lock": return .poetryLock
        case "uv.lock": return .uvLock
        case "Pipfile.lock": return .pipfileLock
        case "Pipfile": return .pipfile
        case "pdm.lock": return .pdmLock
        case "setup.py": return .setupPy
        case "package-lock.json": return .packageLock
        case "npm-shrinkwrap.json": return .npmShrinkwrap
        case "pnpm-lock.yaml": return .pnpmLock
        case "yarn.lock": return .yarnLock
        case "bun.lock": return .bunLock
        case "package.json": return .packageJSON
        case "Cargo.lock": return .cargoLock
        case "Cargo.toml": return .cargoToml
        case "go.mod": return .goMod
        case "go.sum": return .goSum
        case "Package.resolved": return .packageResolved
        case "Package.swift": return .packageSwift
        case "Gemfile.lock", "gems.locked": return .gemfileLock
        case "Gemfile", "gems.rb": return .gemfile
        case "composer.lock": return .composerLock
        case "composer.json": return .composerJSON
        default: break
        }
        if lower == "pylock.toml" || (lower.hasPrefix("pylock.") && lower.hasSuffix(".toml")) { return .pylock }
        if lower == "environment.yml" || lower == "environment.yaml" || lower.hasSuffix(".environment.yml") { return .condaEnvironment }
        if lower == "dockerfile" || lower.hasPrefix("dockerfile.") || lower.hasSuffix(".dockerfile") || lower == "containerfile" { return .dockerfile }
        if path.hasSuffix("var/lib/dpkg/status") { return .dpkgStatus }
        if path.hasSuffix("lib/apk/db/installed") { return .apkInstalled }
        if lower.hasSuffix(".txt"), lower.hasPrefix("requirements") || lower.hasPrefix("constraints")
            || path.split(separator: "/").dropLast().last.map({ $0 == "requirements" }) == true {
            return .requirementsTxt
        }
        if lower.hasSuffix(".in"), lower.hasPrefix("requirements") { return .requirementsTxt }
        return nil
    }

    /// `node_modules/<name>/package.json` or `node_modules/@scope/<name>/package.json` (nested
    /// `node_modules` too), not a package.json deeper inside an installed package.
    static func isInstalledPackage(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard parts.count >= 3 else { return false }
        if parts[parts.count - 3] == "node_modules", !parts[parts.count - 2].hasPrefix("@") { return true }
        return parts.count >= 4 && parts[parts.count - 4] == "node_modules" && parts[parts.count - 3].hasPrefix("@")
    }

    /// Environment files (`.env`, `.env.production`, `ci.env`) and CI configuration (GitHub workflows,
    /// GitLab CI, CircleCI, Azure Pipelines, Bitbucket, Jenkinsfile), read for index settings only.
    static func isInstallSettings(path: String, lowerName: String) -> Bool {
        if lowerName == ".env" || lowerName.hasPrefix(".env.") || lowerName.hasSuffix(".env") {
            return !lowerName.hasSuffix(".example") && !lowerName.hasSuffix(".sample") && !lowerName.hasSuffix(".template")
        }
        if lowerName == ".gitlab-ci.yml" || lowerName == "azure-pipelines.yml" || lowerName == "bitbucket-pipelines.yml"
            || lowerName == "jenkinsfile" || lowerName == ".travis.yml" { return true }
        let yaml = lowerName.hasSuffix(".yml") || lowerName.hasSuffix(".yaml")
        return yaml && (path.hasPrefix(".github/workflows/") || path.contains("/.github/workflows/")
                        || path.hasPrefix(".circleci/") || path.contains("/.circleci/"))
    }

    /// Lockfiles pin the full tree; manifests only declare direct requirements.
    public var isLockfile: Bool {
        switch self {
        case .poetryLock, .uvLock, .pipfileLock, .pdmLock, .pylock, .packageLock, .npmShrinkwrap, .pnpmLock,
             .yarnLock, .bunLock, .cargoLock, .goSum, .packageResolved, .gemfileLock, .composerLock, .dpkgStatus, .apkInstalled:
            return true
        default:
            return false
        }
    }

    /// The main ecosystem of the file.
    public var ecosystem: Ecosystem {
        switch self {
        case .requirementsTxt, .pyproject, .poetryLock, .uvLock, .pipfileLock, .pipfile, .pdmLock, .pylock, .setupPy,
             .pipConfig, .installSettings: .pypi
        case .condaEnvironment: .conda
        case .packageLock, .npmShrinkwrap, .pnpmLock, .yarnLock, .bunLock, .packageJSON, .installedPackage, .npmConfig: .npm
        case .cargoLock, .cargoToml: .crates
        case .goMod, .goSum: .go
        case .packageResolved, .packageSwift: .swift
        case .gemfileLock, .gemfile: .rubygems
        case .composerLock, .composerJSON: .packagist
        case .dockerfile: .docker
        case .dpkgStatus: .debian
        case .apkInstalled: .alpine
        }
    }
}

/// Everything a dependency file says: packages, indexes, includes, scripts and installs.
public struct DependencyFile: Sendable, Hashable, Codable {
    public var path: String
    public var kind: DependencyFileKind
    public var packages: [LockedPackage]
    public var indexes: [PackageIndex]
    public var includes: [IncludedFile]
    /// package.json lifecycle scripts.
    public var scripts: [PackageScript]
    /// Dockerfile `RUN` installs.
    public var installs: [InstallCommand]
    /// Recoverable problems (unparseable lines).
    public var issues: [ParseIssue]
    /// Format version when the file states one (`lockfileVersion`).
    public var formatVersion: String?
    /// Settings that switch off TLS certificate checks of package downloads (`strict-ssl=false`, pip's
    /// `trusted-host`, Yarn's `enableStrictSsl: false`); nil when the file has none.
    public var tlsOff: [TLSOffSetting]?

    /// Problems kept per file: they are never reported one by one, and a file of 30 million
    /// malformed lines would otherwise keep 30 million of them.
    public static let maxIssues = 1_000

    /// Records a recoverable problem (the first `maxIssues` are kept).
    public mutating func addIssue(_ issue: ParseIssue) {
        if issues.count < Self.maxIssues { issues.append(issue) }
    }

    public init(path: String, kind: DependencyFileKind, packages: [LockedPackage] = [], indexes: [PackageIndex] = [],
                includes: [IncludedFile] = [], scripts: [PackageScript] = [], installs: [InstallCommand] = [],
                issues: [ParseIssue] = [], formatVersion: String? = nil) {
        self.path = path
        self.kind = kind
        self.packages = packages
        self.indexes = indexes
        self.includes = includes
        self.scripts = scripts
        self.installs = installs
        self.issues = issues
        self.formatVersion = formatVersion
    }
}

/// A package-manager setting that accepts downloads without checking the server's certificate.
public struct TLSOffSetting: Sendable, Hashable, Codable {
    /// The setting as written, shortened (`strict-ssl=false`, `trusted-host = pypi.org`).
    public var setting: String
    /// The package manager it applies to (`npm`, `pip`, `yarn`).
    public var manager: String
    /// The hosts it names, when it names some (pip's `trusted-host`, Yarn's `unsafeHttpWhitelist`).
    public var hosts: [String]
    public var line: Int

    public init(setting: String, manager: String, hosts: [String] = [], line: Int) {
        self.setting = setting
        self.manager = manager
        self.hosts = hosts
        self.line = line
    }
}

/// A dependency file that could not be parsed at all, with where.
public struct LockfileError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public var line: Int?

    public init(_ message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}
