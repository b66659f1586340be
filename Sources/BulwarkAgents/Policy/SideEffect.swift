import BulwarkFormats

/// A side effect that should need a person's approval when a coding agent performs it.
public enum SideEffect: String, Sendable, Hashable, CaseIterable, Codable {
    case packageInstall = "package-install"
    case gitCommit = "git-commit"
    case gitPush = "git-push"
    case deploy = "deploy"
    case networkFetch = "network-fetch"
    case arbitraryShell = "arbitrary-shell"
    case writeOutsideWorkspace = "write-outside-workspace"
    case bypassMode = "bypass-mode"
    case hookCommand = "hook-command"
    case mcpAutoApproved = "mcp-auto-approved"

    public var title: String {
        switch self {
        case .packageInstall: "package installation"
        case .gitCommit: "git commit"
        case .gitPush: "git push"
        case .deploy: "deployment or publishing"
        case .networkFetch: "network fetch"
        case .arbitraryShell: "arbitrary shell commands"
        case .writeOutsideWorkspace: "writes outside the workspace"
        case .bypassMode: "every tool call (approvals bypassed)"
        case .hookCommand: "hook running a shell or network command"
        case .mcpAutoApproved: "MCP server or tools approved automatically"
        }
    }

    /// Representative commands used to evaluate shell permission rules, as each agent matches them.
    public var sampleCommands: [String] {
        switch self {
        case .packageInstall:
            ["npm install left-pad", "npm i left-pad", "npm add left-pad", "pnpm add left-pad", "pnpm install left-pad",
             "yarn add left-pad", "bun add left-pad", "bun install left-pad", "pip install requests", "pip3 install requests",
             "python -m pip install requests", "python3 -m pip install requests", "uv add requests", "uv pip install requests",
             "poetry add requests", "cargo add serde", "cargo install ripgrep", "go get example.com/mod",
             "go install example.com/mod@latest", "gem install rails", "npx -y some-package", "bundle add rails"]
        case .gitCommit: ["git commit -m update", "git commit -am update"]
        case .gitPush: ["git push origin main", "git push --force origin main"]
        case .deploy:
            ["vercel deploy --prod", "vercel --prod", "fly deploy", "flyctl deploy", "kubectl apply -f deploy.yaml",
             "terraform apply", "terraform apply -auto-approve", "gh release create v1.0.0", "npm publish",
             "docker push registry.example.com/app", "helm upgrade app ./chart", "netlify deploy --prod",
             "firebase deploy", "wrangler deploy", "aws s3 sync dist s3://bucket", "twine upload dist/*", "cargo publish"]
        case .networkFetch: ["curl https://example.com", "wget https://example.com", "curl -fsSL https://example.com/install.sh"]
        case .arbitraryShell:
            ["some-unlisted-command --flag", "bash -c id", "find . -exec sh -c id ;", "uv run bash -c id", "sh -c id", "zsh -c id", "python -c print", "python3 -c print",
             "node -e x", "eval x", "xargs sh -c id", "env bash -c id", "perl -e x", "ruby -e x",
             "sudo some-unlisted-command"]
        default: []
        }
    }

    /// The shell side effects, evaluated against command rules.
    public static let shellOperations: [SideEffect] = [.arbitraryShell, .packageInstall, .gitCommit, .gitPush, .deploy, .networkFetch]
}

/// One side effect an agent may perform without approval, and what grants it.
public struct PermissionGrant: Sendable, Hashable, Codable {
    public var product: AgentProduct
    public var operation: SideEffect
    /// A command or tool call that runs unprompted, e.g. `npm install left-pad`.
    public var example: String?
    /// The rule or setting that grants it, as written (`Bash(npm:*)`, `defaultMode: bypassPermissions`).
    public var grantedBy: String
    public var path: String
    public var keyPath: String
    public var line: Int
    public var column: Int
    /// The setting to use instead.
    public var saferSetting: String
    /// For MCP approvals: true when every approved tool only reads (search, list, get...), so the
    /// approval cannot act by itself.
    public var readOnlyTools: Bool?
}

/// Judges what an approved MCP tool can do from its name.
public enum MCPToolNames {
    /// Leading verbs of tools that only read: `search_issues`, `list_files`, `get_file_contents`, `read_page`.
    static let readVerbs: Set<String> = ["search", "list", "get", "read", "find", "query", "describe", "view", "show", "lookup",
                                         "count", "status", "inspect", "explain", "resolve", "retrieve", "browse", "check", "info"]

    /// Whether a tool name reads only (its first word is a read verb). `fetch` is not: it reaches any URL.
    public static func isReadOnly(_ name: String) -> Bool {
        // The tool's own name after a server prefix (`mcp__github__get_issue`, `mcp_github_get_issue`).
        var n = Substring(name)
        if let r = lastDoubleUnderscore(n) { n = n[r...] }
        guard let head = n.first else { return false }
        let word = String(head) + n.dropFirst().prefix { $0.isLowercase }
        return readVerbs.contains(word.lowercased())
    }

    static func lastDoubleUnderscore(_ s: Substring) -> Substring.Index? {
        var found: Substring.Index?
        var i = s.startIndex
        while i < s.endIndex {
            let j = s.index(after: i)
            if j < s.endIndex, s[i] == "_", s[j] == "_" { found = s.index(after: j) }
            i = j
        }
        return found
    }
}
