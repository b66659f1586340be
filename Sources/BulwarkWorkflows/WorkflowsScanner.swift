import BulwarkCore
import BulwarkFormats

/// CI/CD: GitHub Actions workflows and actions, Dependabot and Renovate configs, GitLab CI.
///
/// Each file is parsed once into a bounded, position-keeping `CIDocument`; every rule then judges it.
public struct WorkflowsScanner: FamilyScanner {
    /// The lines of a workflow ending in `\n` or `\r\n`: Swift holds CR LF as one `Character`, so a
    /// split on `"\n"` alone left a Windows-edited workflow as one line, and its `# zizmor: ignore[...]`
    /// comments and script line numbers were lost.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    public init() {}
    public var family: String { "workflows" }
    public var title: String { "CI/CD: GitHub Actions and GitLab CI weaknesses" }
    public var rules: [RuleDescription] { Self.allRules.map(\.description) }

    /// Every rule of the family, in documentation order.
    public static let allRules: [any Rule<CIModel>] = [
        ParseErrorRule(),
        KnownCompromisedActionRule(),
        TemplateInjectionRule(),
        UntrustedCheckoutRule(),
        UntrustedArtifactRule(),
        DangerousTriggerRule(),
        UnpinnedActionRule(),
        RefVersionMismatchRule(),
        TyposquattedActionRule(),
        ExcessivePermissionsRule(),
        ArtipackedRule(),
        CachePoisoningRule(),
        GitHubEnvWriteRule(),
        BotConditionRule(),
        UnsoundConditionRule(),
        UnsoundContainsRule(),
        InsecureCommandsRule(),
        HardcodedContainerCredentialsRule(),
        UnpinnedImageRule(),
        SecretsInheritRule(),
        OverprovisionedSecretsRule(),
        UnredactedSecretsRule(),
        CredentialInVariableRule(),
        PreCommitInsecureRepoRule(),
        SelfHostedRunnerRule(),
        DependabotInsecureExecutionRule(),
        DependabotCooldownRule(),
        RenovateAutomergeWithoutAgeRule(),
        RenovatePostUpgradeTasksRule(),
        RenovateUnpinnedActionsRule(),
        LongLivedPublishTokenRule(),
        UnlockedInstallRule(),
        CurlPipeShellRule(),
        WorkflowEnvSecretsRule(),
        SecretsToUnpinnedActionRule(),
        SecretSentToHostRule(),
        CampaignIndicatorRule(),
        UnpinnedModelDownloadRule(),
        TrustRemoteCodeRule(),
        AIAgentUntrustedTriggerRule(),
        AIAgentPermissionBypassRule(),
        UnusedIDTokenRule(),
        StepDebugForcedRule(),
        GitLabUnpinnedIncludeRule(),
        GitHubAppTokenRule(),
        UnpinnedToolRule(),
        ArchivedActionRule(),
        SelfRepositoryRefRule(),
        ObfuscationRule(),
        UnsoundTernaryRule(),
        MisfeatureRule(),
    ]

    /// Files above this size are reported as parse errors rather than read (CI files are small).
    static let maxBytes = 2 << 20

    public func wants(_ file: SourceFile) -> Bool {
        guard !file.isVendored else { return false }
        return CIFileKind.of(path: file.relativePath) != nil
    }

    public func scan(_ file: SourceFile, context: ScanContext) -> [Finding] {
        guard let kind = CIFileKind.of(path: file.relativePath) else { return [] }
        guard file.size <= Self.maxBytes, let text = file.text else {
            return ParseErrorRule.finding(file: file, context: context, message: "the file is larger than \(Self.maxBytes) bytes or unreadable; it was not audited", line: 1)
        }
        var limits = YAMLLimits()
        limits.maxBytes = Self.maxBytes
        if kind == .renovate {
            // JSON, JSONC or JSON5; a file Renovate itself would reject is not ours to report.
            guard let map = RenovateParser.parse(text, path: file.relativePath, yamlLimits: limits) else {
                // Renovate's own syntax errors are not ours to report, but a file we refused for
                // one of our bounds was not checked, and that must show.
                guard let e = RenovateParser.limitProblem(text, path: file.relativePath, yamlLimits: limits) else { return [] }
                return ParseErrorRule.finding(file: file, context: context, message: e.message, line: e.line ?? 1)
            }
            let model = CIModel(kind: kind, document: .renovate(map), lines: Self.lines(text))
            return context.run(Self.allRules, model: model, file: file)
        }
        let doc: CIDocument?
        do {
            doc = try CIParser.parse(text, kind: kind, limits: limits)
        } catch {
            return ParseErrorRule.finding(file: file, context: context, message: error.message, line: error.line ?? 1)
        }
        guard let doc else { return [] }
        let model = CIModel(kind: kind, document: doc, lines: Self.lines(text))
        return zizmorFiltered(stepSpanFiltered(context.run(Self.allRules, model: model, file: file), model: model), context: context)
    }

    /// Findings the repository's zizmor configuration switches off (`rules.<audit>.disable`,
    /// `rules.<audit>.ignore`), mapped to Bulwark rules like `# zizmor: ignore[...]` comments.
    func zizmorFiltered(_ findings: [Finding], context: ScanContext) -> [Finding] {
        guard !findings.isEmpty, let config = ZizmorConfig.load(root: context.root) else { return findings }
        return findings.filter { !config.suppresses($0) }
    }

    /// Says which zizmor audits a repository's zizmor configuration disables, since their Bulwark
    /// counterparts are then not reported.
    public func reportNotes(context: ScanContext) -> [String] {
        guard let c = ZizmorConfig.load(root: context.root) else { return [] }
        var parts: [String] = []
        if !c.disabled.isEmpty {
            parts.append("disables " + c.disabled.sorted().map { a in
                let r = ZizmorConfig.rules(forAudit: a).sorted()
                return r.isEmpty ? "`\(a)` (no Bulwark counterpart)" : "`\(a)` (\(r.joined(separator: ", ")))"
            }.joined(separator: ", "))
        }
        let n = c.ignores.values.reduce(0) { $0 + $1.count }
        if n > 0 { parts.append("ignores \(n) workflow location\(n == 1 ? "" : "s")") }
        return ["workflows: \(c.path) " + parts.joined(separator: " and ") + "; those findings are not reported (remove the file's rules to see them)"]
    }

    /// A `# bulwark: ignore[...]` or `# zizmor: ignore[...]` at the end of a step's first line (or of
    /// its `run:`/`uses:` line) covers findings anywhere in that step, up to the next step or job.
    /// Markers on a finding's own line or the comment line above it are the scanner's business.
    func stepSpanFiltered(_ findings: [Finding], model: CIModel) -> [Finding] {
        guard !findings.isEmpty, model.lines.contains(where: { $0.contains("ignore[") }) else { return findings }
        let steps = model.steps.map(\.step)
        guard !steps.isEmpty else { return findings }
        var boundaries = steps.map(\.line)
        if let w = model.workflow { boundaries += w.jobs.map(\.line) }
        boundaries.sort()
        let suppressions = InlineSuppressions(foreign: foreignSuppressions)
        var spans: [(range: ClosedRange<Int>, ids: Set<String>, markers: Set<Int>)] = []
        for st in steps {
            var ids = Set<String>(), markers = Set<Int>()
            for l in Set([st.line, st.run?.line, st.uses?.line].compactMap { $0 }) where l >= 1 && l <= model.lines.count {
                let text = String(model.lines[l - 1])
                guard text.contains("ignore[") else { continue }
                let found = suppressions.ids(onLine: text)
                if !found.isEmpty { ids.formUnion(found); markers.insert(l) }
            }
            guard !ids.isEmpty else { continue }
            let end = (boundaries.first { $0 > st.line } ?? (model.lines.count + 1)) - 1
            spans.append((st.line...max(st.line, end), ids, markers))
        }
        guard !spans.isEmpty else { return findings }
        return findings.filter { f in
            guard let line = f.location.startLine else { return true }
            return !spans.contains {
                // A finding on the marker's own line is left to the scanner, which counts it.
                $0.range.contains(line) && !$0.markers.contains(line) && ($0.ids.contains("*") || $0.ids.contains(f.ruleID))
            }
        }
    }

    /// Repository-level checks: SHA pins whose version comments disagree across files. Uses a
    /// line scan of the already loaded text rather than a second YAML parse.
    public func finish(files: [SourceFile], context: ScanContext) -> [Finding] {
        let pinsOn = context.settings(for: RefVersionMismatchRule.rule).enabled
        let cacheOn = context.settings(for: CachePoisoningRule.rule).enabled
        let checkoutOn = context.settings(for: UntrustedCheckoutRule.rule).enabled
            || context.settings(for: UntrustedArtifactRule.rule).enabled
        let injectionOn = context.settings(for: TemplateInjectionRule.rule).enabled
        guard pinsOn || cacheOn || checkoutOn || injectionOn else { return [] }
        // Local composite actions and reusable workflows that expand an input into a script, and the
        // workflows that call something local: parsed only when both exist.
        var localCallers: [SourceFile] = [], localCallees: [(String, SourceFile, CIFileKind)] = []
        var pins: [(SourceFile, [RefVersionMismatchRule.Pin])] = []
        var victims: [SourceFile] = [], writers: [SourceFile] = []
        var byPath: [String: SourceFile] = [:]
        var workflows: [SourceFile] = [], runConsumers = 0
        for f in files where !f.isVendored && f.size <= Self.maxBytes {
            guard let kind = CIFileKind.of(path: f.relativePath), kind == .workflow || kind == .action,
                  let text = f.text else { continue }
            if injectionOn, text.contains("${{"), text.contains("inputs.") {
                if kind == .action {
                    let dir = f.relativePath.split(separator: "/").dropLast().joined(separator: "/")
                    localCallees.append((dir, f, kind))
                } else if text.contains("workflow_call") {
                    localCallees.append((f.relativePath, f, kind))
                }
            }
            if injectionOn, kind == .workflow, text.contains("uses: ./") || text.contains("uses: \"./") || text.contains("uses: './") {
                localCallers.append(f)
            }
            if checkoutOn, kind == .workflow {
                workflows.append(f)
                byPath[f.relativePath] = f
                if text.contains("workflow_run") { runConsumers += 1 }
            }
            guard text.contains("uses:") else { continue }
            byPath[f.relativePath] = f
            if pinsOn {
                let p = RefVersionMismatchRule.scanPins(text: text)
                if !p.isEmpty { pins.append((f, p)) }
            }
            if cacheOn, kind == .workflow {
                if CachePoisoningRule.mayBeVictim(text) { victims.append(f) }
                if CachePoisoningRule.mayBeWriter(text) { writers.append(f) }
            }
        }
        var out = pinsOn ? RefVersionMismatchRule.consistencyFindings(files: pins, context: context) : []
        // Parsing again is needed only when a cache-restoring privileged workflow and a workflow
        // that may run PR code both exist (rare; never in a tree without either).
        if cacheOn, !victims.isEmpty, !writers.isEmpty {
            var models: [(SourceFile, CIModel)] = []
            var seen = Set<String>()
            for f in (victims + writers).prefix(2_000) where seen.insert(f.relativePath).inserted {
                guard let text = f.text, let doc = try? CIParser.parse(text, kind: .workflow, limits: Self.yamlLimits) else { continue }
                models.append((f, CIModel(kind: .workflow, document: doc, lines: Self.lines(text))))
            }
            out += CachePoisoningRule.crossWorkflowFindings(models: models, context: context)
        }
        // `workflow_run` workflows that check out the upstream run's head: judged with the
        // triggers of the upstream workflows (parsed only when such a workflow exists).
        if checkoutOn, runConsumers > 0 {
            var models: [(SourceFile, CIModel)] = []
            for f in workflows.prefix(2_000) {
                guard let text = f.text, let doc = try? CIParser.parse(text, kind: .workflow, limits: Self.yamlLimits) else { continue }
                models.append((f, CIModel(kind: .workflow, document: doc, lines: Self.lines(text))))
            }
            out += UntrustedCheckoutRule.crossWorkflowFindings(models: models, context: context)
            out += UntrustedArtifactRule.crossWorkflowFindings(models: models, context: context)
        }
        if injectionOn, !localCallers.isEmpty, !localCallees.isEmpty {
            func model(_ f: SourceFile, _ kind: CIFileKind) -> CIModel? {
                guard let text = f.text, let doc = try? CIParser.parse(text, kind: kind, limits: Self.yamlLimits) else { return nil }
                return CIModel(kind: kind, document: doc, lines: text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }))
            }
            var callees: [String: (SourceFile, CIModel)] = [:]
            for (key, f, kind) in localCallees.prefix(2_000) {
                if let m = model(f, kind) { callees[key.lowercased()] = (f, m) }
            }
            var callers: [(SourceFile, CIModel)] = []
            for f in localCallers.prefix(2_000) {
                if let m = model(f, .workflow) { callers.append((f, m)) }
                byPath[f.relativePath] = f
            }
            out += TemplateInjectionRule.localCalleeFindings(callers: callers, callees: callees, context: context)
        }
        // Repository-level findings do not pass through the scanner's per-file suppression step.
        let suppressions = InlineSuppressions(foreign: foreignSuppressions)
        out = zizmorFiltered(out, context: context)
        return out.filter { f in
            guard let file = byPath[f.location.path] else { return true }
            return !suppressions.isSuppressed(f, in: file)
        }
    }

    static var yamlLimits: YAMLLimits {
        var limits = YAMLLimits()
        limits.maxBytes = maxBytes
        return limits
    }

    /// `# zizmor: ignore[audit]` markers, mapped to the matching Bulwark rules.
    public var foreignSuppressions: [String: [String: [String]]] {
        ["zizmor: ignore": Self.zizmorAudits, "zizmor:ignore": Self.zizmorAudits]
    }

    /// zizmor audit ids and the Bulwark rules that cover them. An audit is mapped only to rules that
    /// report the same weakness: `obfuscation` does not silence unsound conditions, and
    /// `forbidden-uses`, `ref-confusion` and `stale-action-refs` do not silence unpinned actions.
    public static let zizmorAudits: [String: [String]] = [
        "artipacked": ["workflow-artipacked"],
        "bot-conditions": ["workflow-bot-condition"],
        "cache-poisoning": ["workflow-cache-poisoning"],
        "dangerous-triggers": ["workflow-dangerous-trigger", "workflow-untrusted-checkout", "workflow-untrusted-artifact"],
        "dependabot-cooldown": ["workflow-dependabot-cooldown"],
        "dependabot-execution": ["workflow-dependabot-insecure-execution"],
        "excessive-permissions": ["workflow-excessive-permissions"],
        "github-env": ["workflow-github-env-write"],
        "hardcoded-container-credentials": ["workflow-hardcoded-container-credentials"],
        "impostor-commit": ["workflow-known-compromised-action"],
        "insecure-commands": ["workflow-insecure-commands"],
        "known-vulnerable-actions": ["workflow-known-compromised-action"],
        "overprovisioned-secrets": ["workflow-overprovisioned-secrets"],
        "ref-version-mismatch": ["workflow-ref-version-mismatch"],
        "secrets-inherit": ["workflow-secrets-inherit"],
        "self-hosted-runner": ["workflow-self-hosted-runner"],
        "template-injection": ["workflow-template-injection"],
        "unpinned-images": ["workflow-unpinned-image"],
        "unpinned-uses": ["workflow-unpinned-action", "workflow-secrets-to-unpinned-action"],
        "typosquat-uses": ["workflow-typosquatted-action"],
        "unredacted-secrets": ["workflow-unredacted-secrets"],
        "unsound-condition": ["workflow-unsound-condition"],
        "unsound-contains": ["workflow-unsound-contains"],
        "use-trusted-publishing": ["workflow-long-lived-publish-token"],
        "undocumented-permissions": ["workflow-excessive-permissions"],
        "github-app": ["workflow-github-app-token-unscoped"],
        "unpinned-tools": ["workflow-unpinned-tool"],
        "archived-uses": ["workflow-archived-action"],
        "self-repository": ["workflow-self-repository-ref"],
        "obfuscation": ["workflow-obfuscation"],
        "unsound-ternary": ["workflow-unsound-ternary"],
        "misfeature": ["workflow-misfeature"],
        "adhoc-packages": ["workflow-unlocked-install"],
    ]
}
