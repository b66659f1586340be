import BulwarkCore
import BulwarkFormats

/// GitHub App and Slack app manifests that request more than an integration needs.
public struct GitHubAppManifestPermissionsRule: Rule {
    public typealias Model = SaaSDocument
    public init() {}

    static let dangerous: Set<String> = ["administration", "secrets", "workflows", "organization_administration", "members",
                                         "organization_secrets", "actions", "environments", "organization_self_hosted_runners",
                                         "organization_user_blocking", "security_events", "deployments", "pages"]

    public static let rule = RuleDescription(
        id: "saas-github-app-excessive-permissions", name: "GitHub App manifest requests admin or sensitive write permissions", family: "saas",
        summary: "A GitHub App manifest asks for admin, or write on secrets, workflows, administration or members",
        rationale: RuleText.rationale(
            what: "`default_permissions` of a GitHub App manifest granting `admin`, or `write` on `administration`, `secrets`, `workflows`, `actions`, `environments`, `members`, `organization_*` and similar high-impact permissions.",
            why: "Every installation inherits these permissions, and the App's private key (often stored beside an AI bot's other keys) mints installation tokens with them: write on `workflows` or `secrets` turns a leaked key into code execution in CI and exfiltration of every repository secret.",
            fix: "Request only what the App's features use (usually `contents: read`, `pull_requests: write`, `issues: write`); split rare admin tasks into a separate, narrowly installed App.",
            refs: ["GitHub: choosing permissions for a GitHub App <https://docs.github.com/en/apps/creating-github-apps/registering-a-github-app/choosing-permissions-for-a-github-app>"]),
        defaultSeverity: .high, remediation: "Drop admin and sensitive write permissions from the manifest.",
        examples: [
            Example(.triggers, path: "github-app-manifest.json", "{\n  \"name\": \"review-bot\",\n  \"default_permissions\": {\n    \"contents\": \"read\",\n    \"workflows\": \"write\" // <-\n  }\n}"),
            Example(.clean, path: "github-app-manifest.json", "{\n  \"name\": \"review-bot\",\n  \"default_permissions\": {\n    \"contents\": \"read\",\n    \"pull_requests\": \"write\"\n  }\n}"),
        ])

    public var description: RuleDescription { Self.rule }

    public func check(_ model: SaaSDocument, context: RuleContext) -> [Finding] {
        guard case .githubAppManifest(let root) = model else { return [] }
        return (root["default_permissions"]?.members ?? []).compactMap { m in
            guard let level = m.value.string, level == "admin" || (level == "write" && Self.dangerous.contains(m.key)) else { return nil }
            return Finding(rule: Self.rule, message: "the App requests `\(m.key): \(level)`",
                           location: context.location(line: m.keyLine, column: m.keyColumn, logicalPath: "default_permissions.\(m.key)"),
                           anchor: m.key + ":" + level)
        }
    }
}

public struct SlackAppManifestScopesRule: Rule {
    public typealias Model = SaaSDocument
    public init() {}

    static let userScopesOfConcern: Set<String> = ["channels:history", "groups:history", "im:history", "mpim:history", "files:read",
                                                    "search:read", "users:read.email", "chat:write", "files:write"]

    public static let rule = RuleDescription(
        id: "saas-slack-app-excessive-scopes", name: "Slack app manifest requests admin or broad user scopes", family: "saas",
        summary: "A Slack app manifest asks for admin scopes or user-token scopes that read private messages",
        rationale: RuleText.rationale(
            what: "`oauth_config.scopes` of a Slack app manifest with any `admin*` scope, or user-token scopes that read or act across the user's private conversations (`im:history`, `groups:history`, `search:read`, `files:read`, `chat:write` as the user).",
            why: "A bot or AI assistant token with these scopes reads every private conversation of whoever installed it; leaked (Slack tokens are among the most committed secrets), it is a full-text archive of the company.",
            fix: "Use bot scopes limited to the channels the bot joins, drop user scopes unless a feature needs them, and never request admin scopes in a distributed app.",
            refs: ["Slack: scopes <https://api.slack.com/scopes>", "Slack: app manifests <https://api.slack.com/reference/manifests>"]),
        defaultSeverity: .medium, remediation: "Remove admin and broad user scopes from the manifest.",
        examples: [
            Example(.triggers, path: "slack/manifest.json", "{\n  \"display_information\": {\"name\": \"ai-helper\"},\n  \"oauth_config\": {\"scopes\": {\n    \"bot\": [\"chat:write\"],\n    \"user\": [\"im:history\", \"search:read\"] // <-\n  }}\n}"),
            Example(.clean, path: "slack/manifest.json", "{\n  \"display_information\": {\"name\": \"ai-helper\"},\n  \"oauth_config\": {\"scopes\": {\n    \"bot\": [\"chat:write\", \"app_mentions:read\"]\n  }}\n}"),
        ])

    public var description: RuleDescription { Self.rule }

    public func check(_ model: SaaSDocument, context: RuleContext) -> [Finding] {
        guard case .slackAppManifest(let root) = model, let scopes = root["oauth_config"]?["scopes"] else { return [] }
        var out: [Finding] = []
        for kind in ["bot", "user"] {
            guard let node = scopes[kind], let list = node.array else { continue }
            let bad = list.compactMap(\.string).filter { $0.hasPrefix("admin") || (kind == "user" && Self.userScopesOfConcern.contains($0)) }
            guard !bad.isEmpty else { continue }
            out.append(Finding(rule: Self.rule, message: "the app requests \(kind) scopes \(bad.map { "`\($0)`" }.joined(separator: ", "))",
                               location: context.location(line: node.line, column: node.column, logicalPath: "oauth_config.scopes.\(kind)"),
                               severity: bad.contains { $0.hasPrefix("admin") } ? .high : nil, anchor: kind + ":" + bad.joined(separator: ",")))
        }
        return out
    }
}
