import BulwarkCore
import BulwarkDependencies
import BulwarkFormats

/// MCP servers launched from a package that the dependency family knows to be malicious,
/// vulnerable, or a typosquat of a popular package.
struct MCPLaunchedPackageRule: Rule {
    var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
        id: "mcp-risky-package",
        name: "MCP server launches a malicious, vulnerable or typosquatted package",
        family: AgentRuleSupport.family,
        summary: "An MCP server runs a package (npx, bunx, uvx, pipx run...) that is known-malicious, has a known vulnerability at that version, or imitates a popular package's name.",
        rationale: """
        ## What it detects
        The package an MCP server's command line launches (`npx -y pkg@1.2.3`, `uvx pkg==1.0`, `pipx run pkg`), \
        checked with the dependency family's offline advisory database (bundled incidents plus any \
        `bulwark db import`) and its typosquat engine (edit-distance, homoglyph, separator and scope tricks \
        against the most downloaded npm and PyPI names).

        ## Why it matters
        An MCP server runs with the developer's rights and its tool descriptions steer the agent. A \
        launcher fetches the package on every start, so a typosquatted or compromised name in `.mcp.json` \
        is code execution on every machine that opens the project, with no lockfile in between.

        ## How to fix
        Launch the real package at a fixed, non-vulnerable version (check the name character by character \
        against the registry page the vendor links), or remove the server.

        ## References
        - OWASP Top 10 for LLM Applications, LLM03 Supply Chain
        - CWE-1357: Reliance on Insufficiently Trustworthy Component
        """,
        defaultSeverity: .high,
        remediation: "Launch the intended package at a fixed, non-vulnerable version, or remove the server.",
        examples: [
            Example(.triggers, path: ".mcp.json", """
            {
              "mcpServers": {
                "browser": {"command": "npx", "args": ["-y", "playwrigth@1.47.0"]} // <-
              }
            }
            """),
            Example(.triggers, path: ".cursor/mcp.json", """
            {
              "mcpServers": {
                "colors": {"command": "npx", "args": ["-y", "@ctrl/tinycolor@4.1.1"]} // <-
              }
            }
            """),
            Example(.clean, path: ".mcp.json", """
            {
              "mcpServers": {
                "browser": {"command": "npx", "args": ["-y", "@playwright/mcp@0.0.41"]},
                "git": {"command": "uvx", "args": ["mcp-server-git==2025.7.1"]},
                "local": {"command": "node", "args": ["./tools/server.js"]}
              }
            }
            """),
        ])

    func check(_ doc: AgentDocument, context: RuleContext) -> [Finding] {
        guard let s = doc.settings else { return [] }
        var out: [Finding] = []
        for srv in s.mcpServers where !srv.disabled {
            guard let p = MCPLaunchAnalysis.launchedPackage(srv), let eco = Ecosystem(osv: p.ecosystem) else { continue }
            let loc = AgentRuleSupport.location(context, p.mark)
            let shown = p.name + (p.version.map { "@\($0)" } ?? "")
            let matches = DependenciesScanner.defaultDatabase.matches(LockedPackage(ecosystem: eco, name: p.name, version: p.version))
            if let m = matches.first(where: \.malicious) ?? matches.first {
                let what = m.malicious ? "a known-malicious package" : "a version with a known vulnerability"
                var msg = "MCP server `\(srv.name)` launches `\(shown)`, \(what) (\(m.advisoryID)\(m.aliases.isEmpty ? "" : ", " + m.aliases.joined(separator: ", ")))"
                if let f = m.fixedVersion, !m.malicious { msg += "; fixed in \(f)" }
                let severity: Severity = m.malicious ? .critical : (Severity(name: m.severity) ?? .high)
                out.append(Finding(rule: description, message: msg, location: loc, severity: severity, anchor: srv.name + shown,
                                   properties: ["server": srv.name, "package": p.name, "advisory": m.advisoryID]))
                continue
            }
            if let t = TyposquatEngine.shared.check(p.name, ecosystem: eco) {
                out.append(Finding(rule: description,
                                   message: "MCP server `\(srv.name)` launches `\(shown)`, whose name imitates the popular \(p.ecosystem) package `\(t.imitated)` (\(t.technique))",
                                   location: loc, confidence: t.strong ? .high : .medium, anchor: srv.name + p.name,
                                   properties: ["server": srv.name, "package": p.name, "imitates": t.imitated]))
            }
        }
        return out
    }
}
