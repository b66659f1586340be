/// Where a value sits in an agent configuration file: a logical key path and a best-effort position.
public struct ConfigMark: Sendable, Hashable {
    /// Logical path such as `permissions.allow[3]` or `mcpServers.github.env.GITHUB_TOKEN`.
    public var keyPath: String
    /// 1-based line (0 when unknown).
    public var line: Int
    /// 1-based column (0 when unknown).
    public var column: Int

    public init(keyPath: String, line: Int, column: Int) {
        self.keyPath = keyPath
        self.line = line
        self.column = column
    }
}

/// A string value with its mark.
public struct MarkedString: Sendable, Hashable {
    public var value: String
    public var mark: ConfigMark

    public init(_ value: String, mark: ConfigMark) {
        self.value = value
        self.mark = mark
    }
}

/// A coding agent product whose configuration Bulwark understands.
public enum AgentProduct: String, Sendable, Hashable, CaseIterable, Codable {
    case claudeCode = "claude-code"
    case cursor = "cursor"
    case vscode = "vscode-copilot"
    case codex = "codex"
    case gemini = "gemini-cli"
    case windsurf = "windsurf"
    case cline = "cline"
    case roo = "roo-code"
    case copilotCLI = "copilot-cli"
    case amazonQ = "amazon-q"
    case amp = "amp"
    case aider = "aider"
    case zed = "zed"
    case continueDev = "continue"
    case openCode = "opencode"
    /// A generic MCP client configuration whose owner is not known.
    case genericMCP = "mcp-client"

    /// A human name for messages.
    public var displayName: String {
        switch self {
        case .claudeCode: "Claude Code"
        case .cursor: "Cursor"
        case .vscode: "VS Code / Copilot"
        case .codex: "Codex CLI"
        case .gemini: "Gemini CLI"
        case .windsurf: "Windsurf"
        case .cline: "Cline"
        case .roo: "Roo Code"
        case .copilotCLI: "Copilot CLI"
        case .amazonQ: "Amazon Q Developer CLI"
        case .amp: "Amp"
        case .aider: "Aider"
        case .zed: "Zed"
        case .continueDev: "Continue"
        case .openCode: "OpenCode"
        case .genericMCP: "MCP client"
        }
    }
}

/// The decision a permission rule takes for the tool calls it matches.
public enum PermissionDecision: String, Sendable, Hashable, Codable {
    case allow, ask, deny
}

/// How a permission rule's text is to be matched; each agent defines its own syntax.
public enum PermissionSyntax: String, Sendable, Hashable {
    /// Claude Code `Tool` / `Tool(specifier)` with `prefix:*` and `*` wildcards.
    case claudeCode
    /// Cursor CLI `Shell(base)`, `Read(glob)`, `Write(glob)`, `Mcp(server, tool)`.
    case cursorCLI
    /// Cursor `permissions.json` `terminalAllowlist` / `mcpAllowlist` entries (command prefixes).
    case cursorAllowlist
    /// VS Code `chat.tools.terminal.autoApprove` keys: a command prefix or a `/regex/`.
    case vscodeTerminal
    /// VS Code `chat.tools.urls.autoApprove` keys (URL patterns).
    case vscodeURL
    /// Gemini CLI `tools.allowed` / `tools.exclude`: `run_shell_command(prefix)` and tool names.
    case geminiCLI
    /// Cline `autoApprove` / Roo `alwaysAllow` lists: MCP tool names of one server.
    case mcpToolList
    /// Gemini CLI policy TOML (`[[rule]]` tables): `tool`, `tool(prefix)`, `run_shell_command(re:REGEX)`,
    /// `run_shell_command(args:REGEX)`, `mcp_SERVER_TOOL` / `mcp_SERVER_*`; the highest `priority` wins.
    case geminiPolicy
    /// Zed `agent.tool_permissions.tools.terminal` patterns: a regex searched in the command (`*` for the
    /// tool's own `default`, which matches every command); deny beats confirm beats allow. Non-terminal tools
    /// are written `tool:NAME` (`tool:fetch`, `tool:mcp:server:tool`).
    case zedTerminal
    /// Continue CLI `permissions.yaml` and `--allow`: `Tool`, `Tool(*)`, `Tool(glob)` (`Bash(npm install*)`), `*`.
    case continueCLI
    /// OpenCode `permission.bash` patterns: `*` any characters, `?` one, matched against the whole command; the last
    /// matching pattern wins (kept as `priority`, the pattern's order).
    case openCode
}

/// One allow/ask/deny rule as written.
public struct PermissionRule: Sendable, Hashable {
    public var decision: PermissionDecision
    public var text: String
    public var syntax: PermissionSyntax
    public var mark: ConfigMark
    /// For `mcpToolList` rules: the server whose tools the list approves.
    public var server: String?
    /// Gemini CLI policy rules: the rule's `priority` (higher wins); nil for agents whose rules have none.
    public var priority: Int?

    public init(decision: PermissionDecision, text: String, syntax: PermissionSyntax, mark: ConfigMark,
                server: String? = nil, priority: Int? = nil) {
        self.decision = decision
        self.text = text
        self.syntax = syntax
        self.mark = mark
        self.server = server
        self.priority = priority
    }
}

/// A hook: a shell command an agent runs on an event, without asking.
public struct HookCommand: Sendable, Hashable {
    public var event: String
    public var matcher: String?
    public var command: String
    public var mark: ConfigMark

    public init(event: String, matcher: String?, command: String, mark: ConfigMark) {
        self.event = event
        self.matcher = matcher
        self.command = command
        self.mark = mark
    }
}

/// One MCP server declared in a client configuration.
public struct MCPServerConfig: Sendable, Hashable {
    public var name: String
    public var mark: ConfigMark
    /// `stdio`, `http`, `sse`, `streamable-http`... when declared.
    public var transport: String?
    public var command: MarkedString?
    public var args: [MarkedString]
    /// Environment variables passed to the server process, in document order.
    public var env: [(key: String, value: MarkedString)]
    /// HTTP headers sent to a remote server.
    public var headers: [(key: String, value: MarkedString)]
    public var url: MarkedString?
    /// Tools approved without asking (Cline `autoApprove`, Roo `alwaysAllow`).
    public var autoApprove: [MarkedString]
    /// Gemini CLI `trust: true`: every tool call of the server runs without confirmation.
    public var trust: MarkedString?
    public var disabled: Bool

    public init(name: String, mark: ConfigMark) {
        self.name = name
        self.mark = mark
        self.args = []
        self.env = []
        self.headers = []
        self.autoApprove = []
        self.disabled = false
    }

    public static func == (a: MCPServerConfig, b: MCPServerConfig) -> Bool {
        a.name == b.name && a.mark == b.mark && a.command == b.command && a.args == b.args && a.url == b.url
            && a.env.map(\.value) == b.env.map(\.value) && a.headers.map(\.value) == b.headers.map(\.value)
    }

    public func hash(into h: inout Hasher) {
        h.combine(name)
        h.combine(mark)
    }
}

/// A setting that changes how much an agent asks: a mode name, a boolean switch, a sandbox level.
public struct ModeSetting: Sendable, Hashable {
    /// Which setting this is, e.g. `permissions.defaultMode`, `approval_policy`, `chat.tools.autoApprove`.
    public var key: String
    public var value: String
    public var mark: ConfigMark

    public init(key: String, value: String, mark: ConfigMark) {
        self.key = key
        self.value = value
        self.mark = mark
    }
}

/// Which file of which agent a configuration came from.
public enum AgentConfigFormat: String, Sendable, Hashable {
    case claudeSettings          // .claude/settings.json, settings.local.json, managed-settings.json
    case claudeState             // ~/.claude.json (projects, mcpServers, allowedTools)
    case mcpJSON                 // .mcp.json, .cursor/mcp.json, mcp_config.json, cline/roo settings
    case vscodeMCP               // .vscode/mcp.json (`servers`, `inputs`)
    case vscodeSettings          // .vscode/settings.json
    case vscodeTasks             // .vscode/tasks.json (tasks with `runOptions.runOn: "folderOpen"`)
    case cursorCLI               // .cursor/cli.json, cli-config.json
    case cursorPermissions       // .cursor/permissions.json
    case geminiSettings          // .gemini/settings.json
    case codexConfig             // .codex/config.toml, config.toml
    case geminiPolicy            // .gemini/policies/*.toml and other policy TOML (`[[rule]]` with a decision)
    case cliArguments            // tool lists on an agent command line (`claude --allowedTools "Bash,WebFetch"`)
    case zedSettings             // .zed/settings.json, ~/.config/zed/settings.json (`agent`, `context_servers`)
    case continueConfig          // .continue/config.yaml|yml|json, .continue/mcpServers/*.yaml|yml
    case continuePermissions     // ~/.continue/permissions.yaml (Continue CLI allow/ask/exclude)
    case aiderConfig             // .aider.conf.yml (`yes-always`, `lint-cmd`, `test-cmd`)
    case openCodeConfig          // opencode.json / opencode.jsonc (`permission`, `agent.*.permission`, `mcp`)
}

/// The agent-relevant content of one configuration file.
public struct AgentSettings: Sendable, Hashable {
    public var product: AgentProduct
    public var format: AgentConfigFormat
    public var rules: [PermissionRule] = []
    /// Approval/sandbox modes and global auto-approve switches as written.
    public var modes: [ModeSetting] = []
    /// Extra directories the agent may read and write (Claude `additionalDirectories`,
    /// Codex `writable_roots`).
    public var additionalDirectories: [MarkedString] = []
    public var hooks: [HookCommand] = []
    public var mcpServers: [MCPServerConfig] = []
    /// VS Code `inputs` ids declared for `${input:...}` substitution.
    public var inputs: [String] = []

    public init(product: AgentProduct, format: AgentConfigFormat) {
        self.product = product
        self.format = format
    }

    /// The first mode setting with this key.
    public func mode(_ key: String) -> ModeSetting? { modes.first { $0.key == key } }
}
