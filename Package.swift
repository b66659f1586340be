// swift-tools-version: 6.1
import PackageDescription

// Families plug in as one target each (see docs/ARCHITECTURE.md). Heavy dependencies stay in the
// targets that need them so that a core-only build stays fast.
let package = Package(
    name: "bulwark",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "bulwark", targets: ["bulwark"]),
        .library(name: "BulwarkKit", targets: ["BulwarkKit"]),
    ],
    // Every direct dependency is pinned exactly to the version the tests passed with (README.md,
    // "Tested dependency versions"): Package.resolved is not committed, so a range would let a new
    // machine build with whatever is newest that day. Raise a pin deliberately, after the tests pass.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // Only BulwarkSigning and BulwarkBOM use it (ECDSA, fast SHA-256 over gigabytes).
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        // The bounded YAML reader (libyaml events through Yams' C target) shared by Core (configuration)
        // and Formats (scanned files), which do not depend on each other.
        .target(name: "BulwarkYAML", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "BulwarkCore", dependencies: ["BulwarkYAML", .product(name: "Yams", package: "Yams")]),
        // bzip2 and xz/lzma payloads (joblib compress=, zip methods 12/14/95) go through the system libraries.
        .systemLibrary(name: "CBZip2", path: "Sources/CBZip2", providers: [.apt(["libbz2-dev"])]),
        .systemLibrary(name: "CLZMA", path: "Sources/CLZMA", pkgConfig: "liblzma", providers: [.apt(["liblzma-dev"])]),
        // DEFLATE (zip members, gzip, zlib streams) goes through the system zlib.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "BulwarkFormats", dependencies: ["CBZip2", "CLZMA", "CZlib", "BulwarkYAML", .product(name: "Yams", package: "Yams")]),
        .target(name: "BulwarkModels", dependencies: ["BulwarkCore", "BulwarkFormats"]),
        .target(name: "BulwarkWorkflows", dependencies: ["BulwarkCore", "BulwarkFormats", .product(name: "Yams", package: "Yams")]),
        .target(name: "BulwarkSecrets", dependencies: ["BulwarkCore", "BulwarkFormats"]),
        .target(name: "BulwarkSaaS", dependencies: ["BulwarkCore", "BulwarkFormats", "BulwarkSecrets", .product(name: "Yams", package: "Yams")]),
        .target(name: "BulwarkDependencies", dependencies: ["BulwarkCore", "BulwarkFormats", .product(name: "Yams", package: "Yams")]),
        .target(name: "BulwarkAgents", dependencies: ["BulwarkCore", "BulwarkFormats", "BulwarkDependencies", .product(name: "Yams", package: "Yams")]),
        .target(name: "BulwarkReporters", dependencies: ["BulwarkCore"]),
        // The inventory talks to the system SQLite and libpq through their C APIs (no Swift packages).
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // libpq is opened with dlopen on first use (Sources/CLibPQ), so scans do not load it; its header
        // comes from libpq-dev.
        .target(name: "CLibPQ", path: "Sources/CLibPQ"),
        .target(name: "BulwarkInventory", dependencies: ["BulwarkCore", "BulwarkFormats", "CSQLite", "CLibPQ"]),
        .target(name: "BulwarkSigning", dependencies: ["BulwarkFormats", "BulwarkReporters", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "BulwarkBOM", dependencies: ["BulwarkCore", "BulwarkFormats", "BulwarkKit", "BulwarkReporters", "BulwarkSigning",
                                                   .product(name: "Crypto", package: "swift-crypto"), .product(name: "Yams", package: "Yams")]),
        .target(name: "BulwarkAudit", dependencies: ["BulwarkCore", "BulwarkFormats", "BulwarkKit", "BulwarkSaaS", "BulwarkAgents", "BulwarkInventory", "BulwarkDependencies", "BulwarkReporters", .product(name: "Yams", package: "Yams")]),
        .target(name: "BulwarkKit", dependencies: ["BulwarkCore", "BulwarkReporters", "BulwarkModels", "BulwarkWorkflows", "BulwarkSecrets", "BulwarkSaaS", "BulwarkDependencies", "BulwarkAgents"]),
        .executableTarget(name: "bulwark", dependencies: [
            "BulwarkKit", "BulwarkReporters", "BulwarkAudit", "BulwarkSigning", "BulwarkBOM", "BulwarkInventory",
            "BulwarkAgents", "BulwarkModels", "BulwarkSaaS",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "BulwarkTestSupport", dependencies: ["BulwarkCore"], path: "Tests/BulwarkTestSupport"),
        .testTarget(name: "BulwarkFormatsTests", dependencies: ["BulwarkFormats"]),
        .testTarget(name: "BulwarkCoreTests", dependencies: ["BulwarkCore", "BulwarkTestSupport"]),
        .testTarget(name: "BulwarkReportersTests", dependencies: ["BulwarkReporters", "BulwarkKit", "BulwarkTestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "BulwarkKitTests", dependencies: ["BulwarkKit", "BulwarkTestSupport"]),
        .testTarget(name: "RuleExampleTests", dependencies: ["BulwarkKit", "BulwarkTestSupport"]),
        .testTarget(name: "BulwarkModelsTests", dependencies: ["BulwarkModels", "BulwarkKit", "BulwarkTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "BulwarkWorkflowsTests", dependencies: ["BulwarkWorkflows", "BulwarkFormats", "BulwarkKit", "BulwarkTestSupport"],
                    exclude: ["Corpus"]),
        .testTarget(name: "BulwarkSecretsTests", dependencies: ["BulwarkSecrets", "BulwarkKit", "BulwarkTestSupport"]),
        .testTarget(name: "BulwarkSaaSTests", dependencies: ["BulwarkSaaS", "BulwarkKit", "BulwarkTestSupport"]),
        .testTarget(name: "BulwarkDependenciesTests", dependencies: ["BulwarkDependencies", "BulwarkKit", "BulwarkTestSupport"],
                    exclude: ["RedTeam"]),
        .testTarget(name: "BulwarkAgentsTests", dependencies: ["BulwarkAgents", "BulwarkKit", "BulwarkTestSupport"]),
        .testTarget(name: "BulwarkAuditTests", dependencies: ["BulwarkAudit", "BulwarkTestSupport"]),
        .testTarget(name: "BulwarkSigningTests", dependencies: ["BulwarkSigning", "BulwarkTestSupport"]),
        .testTarget(name: "BulwarkBOMTests", dependencies: ["BulwarkBOM", "BulwarkSigning", "BulwarkTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "BulwarkInventoryTests", dependencies: ["BulwarkInventory", "BulwarkTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["BulwarkKit", "BulwarkTestSupport"]),
    ]
)
