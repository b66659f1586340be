import BulwarkCore
import BulwarkFormats
import BulwarkSecrets

/// A literal credential in `vercel.json` (`env`, `build.env`).
public struct VercelJSONLiteralSecretRule: Rule {
    public typealias Model = SaaSDocument
    public init() {}

    public static let rule = RuleDescription(
        id: "saas-vercel-json-literal-secret", name: "Literal secret in vercel.json", family: "saas",
        summary: "vercel.json sets a credential as a literal value",
        rationale: RuleText.rationale(
            what: "`env` or `build.env` entries of `vercel.json` whose value is a literal credential: a value any secrets rule recognizes, or a high-entropy literal under a credential-looking name. References to Vercel secrets (`@name`) are fine.",
            why: "`vercel.json` is committed: the value is in the repository, its forks and history, and in every preview deployment's build logs.",
            fix: "Remove the value from `vercel.json`, add it as a Sensitive environment variable in the project settings, and rotate it.",
            refs: RuleText.vercelRefs + ["Vercel: project configuration <https://vercel.com/docs/project-configuration>"]),
        defaultSeverity: .high, remediation: "Move the value to a Sensitive project variable and rotate it.",
        examples: [
            Example(.triggers, path: "vercel.json", "{\n  \"env\": {\n    \"INTERNAL_API_TOKEN\": \"" + RuleText.fake("q7", 30, seed: 5) + "\" // <-\n  }\n}"),
            Example(.clean, path: "vercel.json", "{\n  \"env\": {\n    \"INTERNAL_API_TOKEN\": \"@internal-api-token\",\n    \"SITE_NAME\": \"acme\"\n  }\n}"),
        ])

    public var description: RuleDescription { Self.rule }

    public func check(_ model: SaaSDocument, context: RuleContext) -> [Finding] {
        guard case .vercelJSON(let root) = model else { return [] }
        var out: [Finding] = []
        for block in [root["env"], root["build"]?["env"]].compactMap({ $0 }) {
            for m in block.members ?? [] {
                guard let value = m.value.string, !value.hasPrefix("@") else { continue }
                let hits = SecretCatalog.engine.scan(Array("\(m.key)=\(value)".utf8), path: "vercel.json")
                    .filter { !SecretCatalog.engine.patterns[$0.patternIndex].publishable }
                guard !hits.isEmpty else { continue }
                let name = SecretCatalog.engine.patterns[hits[0].patternIndex].name
                out.append(Finding(rule: Self.rule, message: "`\(m.key)` in vercel.json is a literal \(name) `\(SecretFindings.redact(value))`",
                                   location: context.location(line: m.keyLine, column: m.keyColumn, logicalPath: "env.\(m.key)"),
                                   anchor: m.key + ":" + SecretFindings.hash(value), properties: ["key": m.key, "secret": SecretFindings.redact(value)]))
            }
        }
        return out
    }
}
