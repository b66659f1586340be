import BulwarkCore

/// SaaS exposure: credentials stored the unsafe way in platforms and their configuration, and
/// app manifests asking for more than they need. The blast-radius map lives in `BlastRadius`.
public struct SaaSScanner: FamilyScanner {
    public init() {}
    public var family: String { "saas" }
    public var title: String { "SaaS exposure: unsafe storage and blast radius of keys" }

    public static let allRules: [any Rule<SaaSDocument>] = [
        VercelEnvNotSensitiveRule(), VercelEnvSharedAcrossTargetsRule(), VercelJSONLiteralSecretRule(),
        VercelEnvPullCommittedRule(), EnvExampleRealValueRule(), TerraformSecretNotSensitiveRule(),
        GitHubAppManifestPermissionsRule(), SlackAppManifestScopesRule(),
    ]

    public var rules: [RuleDescription] { Self.allRules.map(\.description) }

    public func wants(_ file: SourceFile) -> Bool { !file.isVendored && SaaSParser.kind(of: file) != nil }

    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] {
        guard let doc = SaaSParser.parse(file) else { return [] }
        return context.run(Self.allRules, model: doc, file: file)
    }
}
