import Foundation
import BulwarkFormats

/// Helpers for AI agents and model downloads in CI scripts.
enum AIUsage {
    static let agentActions: Set<String> = [
        "anthropics/claude-code-action", "anthropics/claude-code-base-action", "google-github-actions/run-gemini-cli",
        "openai/codex-action", "github/copilot-swe-agent", "sst/opencode", "warpdotdev/warp-agent-action",
    ]
    static let agentCLIs: Set<String> = ["claude", "gemini", "codex", "copilot", "aider", "opencode", "cursor-agent", "goose", "amp"]
    static let bypassFlags = ["--dangerously-skip-permissions", "--yolo", "--dangerously-bypass-approvals-and-sandbox",
                              "--allow-all-tools", "--approval-mode=yolo", "bypasspermissions", "--sandbox danger-full-access",
                              "--approval-mode yolo", "--permission-mode bypasspermissions"]

    /// Whether a step runs an AI coding agent (by action or CLI).
    static func agent(in step: Step) -> String? {
        if let a = step.action, a.kind == .repository, agentActions.contains(a.slug) { return a.slug }
        guard let r = step.run?.value else { return nil }
        for c in ShellTokenizer.commands(in: r) {
            guard let p = c.program else { continue }
            if agentCLIs.contains(p), c.effectiveWords.count > 1 { return p }
            if p == "npx", let pkg = c.effectiveWords.dropFirst().first(where: { !$0.hasPrefix("-") }),
               pkg.contains("claude-code") || pkg.contains("gemini-cli") || pkg.contains("@openai/codex") { return pkg }
        }
        return nil
    }

    /// Python source inside a script: `python -c`, here-documents, or a `shell: python` step.
    static func pythonSources(_ site: ScriptSite) -> [String] {
        if !site.isShell, case .run = site.kind { return [site.scalar.value] }
        var out: [String] = []
        for c in ShellTokenizer.commands(in: site.scalar.value) {
            let w = c.effectiveWords
            if let p = c.program, p.hasPrefix("python") {
                if let i = w.firstIndex(of: "-c"), i + 1 < w.count { out.append(w[i + 1]) }
                out += c.heredocs
            }
        }
        return out
    }

    /// Calls such as `from_pretrained(...)` without a `revision=` argument, as (call text, source offset).
    /// `load_dataset` builders that read local files rather than a Hub repository.
    static let localDatasetBuilders: Set<String> = ["json", "csv", "parquet", "text", "arrow", "pandas", "sql", "imagefolder",
                                                   "audiofolder", "videofolder", "webdataset", "xml", "generator"]

    /// Whether the first argument of a loader is a string literal naming a Hub repository: a local path
    /// (`./`, `../`, `/`, `~`, Windows drive), a variable, an f-string or a call (`os.path.join(...)`)
    /// cannot be judged statically and is left alone.
    static func isHubReference(_ arg: String, loader: String) -> Bool {
        guard arg.count >= 3, let q = arg.first, q == "\"" || q == "'", arg.last == q else { return false }
        let v = arg.dropFirst().dropLast()
        guard !v.isEmpty, !v.contains(q), !v.contains("{"), !v.contains("\\") else { return false }
        if v.hasPrefix(".") || v.hasPrefix("/") || v.hasPrefix("~") || v.hasSuffix("/") || v.contains(":") { return false }
        if v.filter({ $0 == "/" }).count > 1 { return false }
        if loader == "load_dataset(", localDatasetBuilders.contains(v.lowercased()) { return false }
        return true
    }

    static func unpinnedCalls(in source: String) -> [String] {
        var out: [String] = []
        for fn in ["from_pretrained(", "snapshot_download(", "hf_hub_download(", "load_dataset("] {
            var rest = Substring(source)
            while let r = rest.range(of: fn) {
                var depth = 1
                var i = r.upperBound
                while i < rest.endIndex, depth > 0 {
                    if rest[i] == "(" { depth += 1 } else if rest[i] == ")" { depth -= 1 }
                    i = rest.index(after: i)
                }
                let args = rest[r.upperBound..<(depth == 0 ? rest.index(before: i) : i)]
                let firstArg = args.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
                if !args.contains("revision"), isHubReference(firstArg, loader: fn) {
                    out.append(String(fn.dropLast()) + "(" + firstArg + ")")
                }
                rest = rest[i...]
            }
        }
        return out
    }
}
