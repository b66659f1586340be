import BulwarkCore

/// A `vercel env pull` output committed under `.vercel/`.
public struct VercelEnvPullCommittedRule: Rule {
    public typealias Model = SaaSDocument
    public init() {}

    public static let rule = RuleDescription(
        id: "saas-vercel-env-pull-committed", name: "Committed .vercel/.env pull", family: "saas",
        summary: "A `.vercel/.env.*` file pulled from Vercel is in the repository",
        rationale: RuleText.rationale(
            what: "A file under `.vercel/` whose name starts with `.env` (what `vercel env pull` and `vercel pull` write). The `.vercel` folder is meant to be git-ignored.",
            why: "The pull holds every non-Sensitive variable of the environment in clear text, production included when `--environment=production` was used.",
            fix: "Delete the file from the repository and its history, add `.vercel` to `.gitignore`, and rotate the variables it held.",
            refs: RuleText.vercelRefs + ["Vercel CLI: env pull <https://vercel.com/docs/cli/env>"]),
        defaultSeverity: .high, remediation: "Remove `.vercel/` from git, ignore it, rotate what it held.",
        examples: [
            Example(.triggers, path: ".vercel/.env.production.local", "# Created by Vercel CLI\nDATABASE_URL=\"postgres://app:" + RuleText.fake("", 20, seed: 3) + "@db.acme.io/app\"", lines: [1]),
            Example(.clean, path: ".vercel/project.json", "{\"projectId\": \"prj_123\", \"orgId\": \"team_456\"}"),
        ])

    public var description: RuleDescription { Self.rule }

    public func check(_ model: SaaSDocument, context: RuleContext) -> [Finding] {
        guard case .vercelPull(let path) = model else { return [] }
        let keys = SaaSParser.dotenv(context.file.text ?? "").filter { CredentialNames.isCredential($0.key) }.map(\.key)
        return [Finding(rule: Self.rule,
                        message: "`\(path)` is a Vercel environment pull\(keys.isEmpty ? "" : " holding \(keys.count) credential(s): \(keys.prefix(8).joined(separator: ", "))")",
                        location: context.location(line: 1), anchor: path, properties: ["keys": keys.joined(separator: ",")])]
    }
}
