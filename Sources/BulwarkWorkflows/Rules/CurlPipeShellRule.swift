import BulwarkCore
import BulwarkFormats

/// Download-then-execute without a checksum: `curl ... | sh`, `bash <(curl ...)`.
struct CurlPipeShellRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-curl-pipe-shell", name: "Remote script piped into a shell", family: "workflows",
        summary: "A CI script downloads code and executes it immediately, without a checksum or signature check.",
        rationale: rationale(
            detects: "`curl`/`wget` output piped into `sh`, `bash`, `python`, `node` and friends, `bash <(curl ...)`, `sh -c \"$(curl ...)\"`, and `iex (iwr ...)`.",
            matters: "Whoever controls the URL (or its CDN, DNS or TLS termination) runs code in CI with its secrets; the Codecov bash uploader compromise (2021) exfiltrated CI credentials from thousands of pipelines this way.",
            fix: "Download to a file, verify a pinned SHA-256 (or signature), then execute; or use a pinned package or action.",
            references: ["[Codecov bash uploader incident (2021)](https://about.codecov.io/security-update/)", "CWE-494"]),
        defaultSeverity: .medium, defaultConfidence: .high,
        remediation: "Download to a file, verify its checksum, then run it.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: curl -fsSL https://example.com/install.sh | bash # <-
                  - run: bash <(wget -qO- https://example.com/setup) # <-
            """, commentPrefix: "#"),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      curl -fsSLo install.sh https://example.com/install.sh
                      echo "3b1f0c2f6e7d8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b  install.sh" | sha256sum -c -
                      bash install.sh
                      curl -s https://api.github.com/repos/acme/x | jq .name
            """),
        ])
    var description: RuleDescription { Self.rule }

    static let fetchers: Set<String> = ["curl", "wget", "iwr", "invoke-webrequest", "irm", "invoke-restmethod"]
    static let interpreters: Set<String> = ["sh", "bash", "zsh", "dash", "ksh", "python", "python3", "node", "perl", "ruby", "pwsh", "iex", "sudo"]

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        var out: [Finding] = []
        for site in model.scripts where site.isShell {
            let cmds = ShellTokenizer.commands(in: site.scalar.value)
            var flagged = Set<Int>()
            for (i, c) in cmds.enumerated() {
                guard let p = c.program?.lowercased() else { continue }
                var hit = false
                // Pipe: a fetcher earlier in the same pipeline, an interpreter later.
                if Self.interpreters.contains(p), c.pipePosition > 0,
                   cmds[..<i].contains(where: { $0.pipeline == c.pipeline && Self.fetchers.contains($0.program?.lowercased() ?? "") }) {
                    if p != "sudo" || c.effectiveWords.contains(where: { Self.interpreters.contains($0) }) { hit = true }
                }
                // Process or command substitution feeding an interpreter.
                if Self.interpreters.contains(p), c.words.dropFirst().contains(where: { w in
                    (w.hasPrefix("<(") || w.hasPrefix("$(") || w.contains("$(curl") || w.contains("$(wget")) && (w.contains("curl") || w.contains("wget"))
                }) { hit = true }
                if hit, flagged.insert(c.pipeline).inserted {
                    out.append(.workflow(Self.rule, "`\(c.words.prefix(4).joined(separator: " "))` runs code straight from the network without verifying it.",
                                         context, line: model.line(ofScriptLine: c.line, in: site.scalar), anchor: "\(site.scalar.line):\(c.line)"))
                }
            }
        }
        return out
    }
}
