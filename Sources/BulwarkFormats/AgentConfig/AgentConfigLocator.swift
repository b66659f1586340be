/// Recognises agent configuration files by their repository-relative path.
///
/// Paths only: a cheap check called for every walked file. The content decides the rest.
public enum AgentConfigLocator {
    /// The agent and file format of a configuration file, or nil when the path is not one.
    public static func classify(_ path: String) -> (product: AgentProduct, format: AgentConfigFormat)? {
        let comps = path.split(separator: "/").map(String.init)
        guard let name = comps.last else { return nil }
        let parent = comps.count >= 2 ? comps[comps.count - 2] : ""
        let lower = name.lowercased()
        switch lower {
        case "settings.json", "settings.local.json":
            if parent == ".claude" { return (.claudeCode, .claudeSettings) }
            if parent == ".gemini" && lower == "settings.json" { return (.gemini, .geminiSettings) }
            if parent == ".vscode" && lower == "settings.json" { return (.vscode, .vscodeSettings) }
            if parent == "claude-code" { return (.claudeCode, .claudeSettings) } // /etc/claude-code/
            if parent == "gemini-cli" { return (.gemini, .geminiSettings) }
            // Zed: project `.zed/settings.json`, user `~/.config/zed/settings.json` (as kept in dotfiles).
            if lower == "settings.json", parent == ".zed" || parent == "zed" { return (.zed, .zedSettings) }
            return nil
        case "tasks.json":
            // VS Code and its forks (Cursor, Windsurf) run a task marked `runOn: folderOpen` when the folder
            // opens; Cursor did so without asking while Workspace Trust was off by default.
            return parent == ".vscode" ? (.vscode, .vscodeTasks) : nil
        case "managed-settings.json":
            return (.claudeCode, .claudeSettings)
        case ".claude.json":
            return (.claudeCode, .claudeState)
        case ".mcp.json", "managed-mcp.json":
            return (.claudeCode, .mcpJSON)
        case "mcp.json":
            if parent == ".cursor" { return (.cursor, .mcpJSON) }
            if parent == ".vscode" { return (.vscode, .vscodeMCP) }
            if parent == ".roo" { return (.roo, .mcpJSON) }
            if parent == ".kiro" || parent == "settings" { return (.genericMCP, .mcpJSON) }
            // Amazon Q Developer: workspace `.amazonq/mcp.json`, user `~/.aws/amazonq/mcp.json`.
            if parent == ".amazonq" || parent == "amazonq" { return (.amazonQ, .mcpJSON) }
            return nil
        case "mcp_config.json":
            return (.windsurf, .mcpJSON)
        case "cline_mcp_settings.json":
            return (.cline, .mcpJSON)
        case "mcp_settings.json":
            return (.roo, .mcpJSON)
        case "cli.json", "cli-config.json":
            return parent == ".cursor" ? (.cursor, .cursorCLI) : nil
        case "permissions.json":
            return parent == ".cursor" ? (.cursor, .cursorPermissions) : nil
        case "config.toml":
            return parent == ".codex" ? (.codex, .codexConfig) : nil
        case "codex.toml":
            return (.codex, .codexConfig)
        case "config.yaml", "config.yml", "config.json":
            return parent == ".continue" ? (.continueDev, .continueConfig) : nil
        case "permissions.yaml", "permissions.yml":
            return parent == ".continue" ? (.continueDev, .continuePermissions) : nil
        case ".aider.conf.yml", ".aider.conf.yaml":
            return (.aider, .aiderConfig)
        case "opencode.json", "opencode.jsonc":
            return (.openCode, .openCodeConfig)
        default:
            // Gemini CLI policy engine: `.gemini/policies/*.toml` (workspace), `/etc/gemini-cli/policies/*.toml` (admin).
            let grand = comps.count >= 3 ? comps[comps.count - 3] : ""
            // Continue MCP blocks: `.continue/mcpServers/*.yaml` (a `mcpServers:` list) and JSON files in the
            // Claude Desktop / Cursor format copied there.
            if parent == "mcpServers", grand == ".continue" {
                if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return (.continueDev, .continueConfig) }
                if lower.hasSuffix(".json") { return (.continueDev, .mcpJSON) }
            }
            // Amazon Q Developer CLI agents (`.amazonq/cli-agents/*.json`): `mcpServers` in the usual form.
            if parent == "cli-agents", grand == ".amazonq" || grand == "amazonq", lower.hasSuffix(".json") {
                return (.amazonQ, .mcpJSON)
            }
            if lower.hasSuffix(".toml"), parent == "policies", grand == ".gemini" || grand == "gemini-cli" || grand == "GeminiCli" {
                return (.gemini, .geminiPolicy)
            }
            return nil
        }
    }

    /// What kind of text an agent reads at this path, or nil when agents do not read it as guidance.
    public static func instructionKind(_ path: String) -> InstructionKind? {
        let comps = path.split(separator: "/").map(String.init)
        guard let name = comps.last else { return nil }
        let lower = name.lowercased()
        let dirs = comps.dropLast().map { $0.lowercased() }
        let vendored = dirs.contains { ["node_modules", "vendor", "site-packages", "dist-packages", "bower_components", "third_party"].contains($0) }
        if vendored {
            if lower.hasPrefix("readme") { return .vendoredReadme }
            if lower == "package.json" || lower == "metadata" || lower == "pkg-info" { return .packageMetadata }
            if lower == "claude.md" || lower == "agents.md" || lower == "gemini.md" || lower == ".cursorrules" { return .vendoredReadme }
            return nil
        }
        switch lower {
        case "claude.md", "claude.local.md", "agents.md", "agent.md", "gemini.md", "copilot-instructions.md",
             ".cursorrules", ".windsurfrules", ".clinerules", ".roorules", ".rules", "conventions.md", ".goosehints",
             "skill.md", "qwen.md", "crush.md", "warp.md", ".augment-guidelines", ".kilocoderules":
            return .agentInstructions
        default: break
        }
        if lower.hasSuffix(".instructions.md") || lower.hasSuffix(".prompt.md") || lower.hasSuffix(".chatmode.md") {
            return .agentInstructions
        }
        let isText = lower.hasSuffix(".md") || lower.hasSuffix(".mdc") || lower.hasSuffix(".txt")
            || lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") || !lower.contains(".")
        if isText {
            let joined = dirs.joined(separator: "/")
            for agentDir in [".cursor/rules", ".windsurf/rules", ".clinerules", ".claude/commands", ".claude/agents",
                             ".claude/skills", ".github/instructions", ".github/prompts", ".github/chatmodes",
                             ".gemini/commands", ".codex/prompts", ".roo", ".kiro/steering", ".continue/rules", ".amazonq/rules",
                             // JetBrains Junie, OpenHands microagents, OpenCode agents and commands, Cursor commands,
                             // Kilo Code, Trae and Augment rules.
                             ".junie", ".openhands/microagents", ".opencode/agent", ".opencode/command", ".cursor/commands",
                             ".kilocode/rules", ".trae/rules", ".augment/rules"]
            where joined.hasSuffix(agentDir) || joined.contains(agentDir + "/") {
                return .agentInstructions
            }
            if joined.hasSuffix(".github/issue_template") || lower.hasPrefix("pull_request_template") {
                return .issueTemplate
            }
        }
        if lower.hasPrefix("readme") && (lower == "readme" || lower.hasSuffix(".md") || lower.hasSuffix(".txt") || lower.hasSuffix(".rst")) {
            return .readme
        }
        return nil
    }

    /// Whether a path is a script, build file or CI file where an agent CLI may be launched.
    public static func isLaunchSite(_ path: String) -> LaunchSite? {
        let comps = path.split(separator: "/").map(String.init)
        guard let name = comps.last else { return nil }
        let lower = name.lowercased()
        let dirs = comps.dropLast().map { $0.lowercased() }
        if lower == "package.json" { return .packageJSON }
        if lower == "makefile" || lower == "gnumakefile" || lower.hasSuffix(".mk") || lower == "justfile" { return .makefile }
        if lower.hasSuffix(".sh") || lower.hasSuffix(".bash") || lower.hasSuffix(".zsh") || lower.hasSuffix(".ps1") { return .shell }
        if lower == "dockerfile" || lower.hasSuffix(".dockerfile") || lower == "containerfile" { return .shell }
        if dirs.last == ".husky" || dirs.suffix(2) == [".git", "hooks"] { return .shell }
        if dirs.suffix(2) == [".github", "workflows"] && (lower.hasSuffix(".yml") || lower.hasSuffix(".yaml")) { return .ci }
        if lower == ".gitlab-ci.yml" || lower == "azure-pipelines.yml" || lower == "bitbucket-pipelines.yml" || lower == "taskfile.yml"
            || (dirs.last == ".circleci" && lower == "config.yml") || lower == "jenkinsfile" { return .ci }
        if lower.hasSuffix(".js") || lower.hasSuffix(".mjs") || lower.hasSuffix(".cjs") || lower.hasSuffix(".ts")
            || lower.hasSuffix(".py") { return .sourceCode }
        return nil
    }
}

/// The role of a text file that agents read as guidance.
public enum InstructionKind: String, Sendable, Hashable {
    /// Rules, instruction, prompt, command and skill files written for agents.
    case agentInstructions
    /// Issue and pull-request templates.
    case issueTemplate
    /// A project README.
    case readme
    /// A README (or agent file) inside installed third-party code.
    case vendoredReadme
    /// package.json / METADATA / PKG-INFO inside installed third-party code.
    case packageMetadata
    /// An MCP tool description from a `tools/list` snapshot.
    case toolDescription
}

/// Where an agent CLI launch may hide.
public enum LaunchSite: String, Sendable, Hashable {
    case shell, makefile, packageJSON, ci, sourceCode
}
