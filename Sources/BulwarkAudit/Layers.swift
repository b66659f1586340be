import BulwarkAgents
import BulwarkCore
import Foundation

/// The defensive layers Bulwark assesses, one function each, judged from `RepositoryFacts`.
///
/// Each layer says what it looked at (evidence), which findings hold it back, and what would make
/// it present. Layers that protect something the repository does not have (no model files, no
/// agent settings) are marked not applicable and left out of the score.
public enum Layers {
    public static func evaluate(_ f: RepositoryFacts) -> [LayerResult] {
        [aiBOM(f), modelAdmission(f), modelSignatures(f), modelFormats(f),
         lockfiles(f), frozenInstalls(f), dependencyReview(f), knownBadDependencies(f),
         actionsPinned(f), workflowPermissions(f), committedSecrets(f), saasCredentials(f),
         agentPermissions(f), mcpPinned(f), hiddenInstructions(f), auditTrail(f)]
    }

    static func layer(_ id: String, _ vector: Vector, _ name: String, _ status: LayerStatus, applicable: Bool = true,
                      evidence: [String], findings: [Finding] = [], fix: String, weight: Double = 1) -> LayerResult {
        LayerResult(id: id, vector: vector, name: name, status: status, applicable: applicable,
                    evidence: evidence, findings: findings.sorted(by: Finding.stableOrder), recommendation: fix, weight: weight)
    }

    /// Present when there are no findings, partial when all are below `high`, missing otherwise.
    static func byFindings(_ fs: [Finding]) -> LayerStatus {
        if fs.isEmpty { return .present }
        return fs.contains { $0.severity >= .high } ? .missing : .partial
    }

    static func list(_ paths: [String], limit: Int = 5) -> String {
        let shown = paths.prefix(limit).map { "`\($0)`" }.joined(separator: ", ")
        return paths.count > limit ? shown + " and \(paths.count - limit) more" : shown
    }

    // MARK: Models

    static func aiBOM(_ f: RepositoryFacts) -> LayerResult {
        var evidence: [String] = []
        var fresh = false
        var stale = false
        let candidates = f.files.filter { p in
            let n = RepositoryFacts.name(p).lowercased()
            return !f.isVendored(p) && (n.hasSuffix(".cdx.json") || n.hasSuffix(".spdx.json") || n == "bom.json" || n.hasPrefix("sbom") || n.contains("ai-bom") || n.hasSuffix(".bom.json"))
        }
        for p in candidates {
            guard let t = f.text(p), t.contains("\"bomFormat\"") || t.contains("spdx") else { continue }
            if let ts = timestamp(in: t) {
                let days = Int(f.now.timeIntervalSince(ts) / 86400)
                evidence.append("`\(p)` generated \(days) day\(days == 1 ? "" : "s") ago")
                if days <= 30 { fresh = true } else { stale = true }
            } else {
                evidence.append("`\(p)` (no timestamp)")
                stale = true
            }
        }
        let inCI = f.ci.any(["bulwark bom", "cyclonedx-py", "cyclonedx-bom", "cdxgen", "syft", "anchore/sbom-action"])
        if inCI { evidence.append("CI generates a BOM") }
        let status: LayerStatus = inCI || fresh ? .present : (stale ? .partial : .missing)
        if evidence.isEmpty { evidence.append("no CycloneDX or SPDX BOM in the repository or its CI") }
        return layer("ai-bom", .models, "AI BOM generated and fresh", status, evidence: evidence,
                     fix: "Generate an AI BOM in CI on every release (`bulwark bom . --output bom.cdx.json`) and load it into the inventory, so \"are we affected?\" takes seconds.",
                     weight: 1)
    }

    static func timestamp(in text: String) -> Date? {
        guard let r = text.range(of: #""(timestamp|created)"\s*:\s*"([^"]+)""#, options: .regularExpression) else { return nil }
        let m = String(text[r])
        guard let q = m.range(of: #"\d{4}-\d\d-\d\dT[^"]+"#, options: .regularExpression) else { return nil }
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        if let d = iso.date(from: String(m[q])) { return d }
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return iso.date(from: String(m[q]))
    }

    static func loadsModels(_ f: RepositoryFacts) -> Bool { !f.modelFiles.isEmpty }

    static func modelAdmission(_ f: RepositoryFacts) -> LayerResult {
        let applicable = loadsModels(f)
        var evidence: [String] = []
        let policies = f.files.filter { p in
            let n = RepositoryFacts.name(p)
            return n == "model-policy.yml" || n == "model-policy.yaml" || p.hasPrefix(".bulwark/model-policy")
        }
        if !policies.isEmpty { evidence.append("admission policy \(list(policies))") }
        let admitsInCI = f.ci.any(["bulwark model admit", "bulwark_guard"])
        if admitsInCI { evidence.append("CI runs `bulwark model admit`") }
        let wrapper = f.files.filter { $0.hasSuffix(".py") && !f.isVendored($0) }.contains { f.text($0)?.contains("bulwark_guard") == true }
        if wrapper { evidence.append("code loads models through `bulwark_guard`") }
        let scansModels = f.ci.any(["bulwark scan", "bulwark gate", "picklescan", "modelscan"]) || f.ci.uses("bulwark")
        if scansModels { evidence.append("CI scans model files") }
        let bad = f.findings(family: "models", atLeast: .high)
        var status: LayerStatus
        if (!policies.isEmpty || wrapper) && (scansModels || admitsInCI) { status = .present }
        else if !policies.isEmpty || wrapper || scansModels || admitsInCI { status = .partial }
        else { status = .missing }
        if !bad.isEmpty && status == .present { status = .partial }
        if !applicable { evidence = ["no model files in the repository"] }
        else if evidence.isEmpty { evidence.append("\(f.modelFiles.count) model file(s) and no admission policy or scan in CI") }
        return layer("model-admission", .models, "Models admitted through one policy gate, pickles scanned", applicable ? status : .present,
                     applicable: applicable, evidence: evidence, findings: bad,
                     fix: "Admit models only through `bulwark model admit --policy` (allowed sources, safe formats, signatures) and load them through one wrapper; scan every model file in CI.",
                     weight: 2)
    }

    static func modelSignatures(_ f: RepositoryFacts) -> LayerResult {
        let applicable = loadsModels(f)
        var evidence: [String] = []
        let sigs = f.files.filter { p in
            let n = RepositoryFacts.name(p)
            return n == "model.sig" || n.hasSuffix(".sig") || n.hasSuffix(".sigstore.json") || n.hasSuffix(".sigstore")
        }
        if !sigs.isEmpty { evidence.append("signatures \(list(sigs))") }
        let verifies = f.ci.any(["bulwark model verify", "bulwark verify-model", "model_signing verify", "model-signing verify"])
            || f.files.filter { RepositoryFacts.name($0).hasPrefix("model-policy") }.contains { f.text($0)?.contains("require-signature: true") == true }
        if verifies { evidence.append("signatures are verified before use") }
        let status: LayerStatus = !sigs.isEmpty && verifies ? .present : (!sigs.isEmpty || verifies ? .partial : .missing)
        if !applicable { evidence = ["no model files in the repository"] }
        else if evidence.isEmpty { evidence.append("no model signature and no verification step") }
        return layer("model-signatures", .models, "Model signatures verified", applicable ? status : .present, applicable: applicable,
                     evidence: evidence,
                     fix: "Sign released models (`bulwark model sign`, OpenSSF model-signing format) and verify them before loading (`bulwark model verify`, or `require-signature: true` in the admission policy).")
    }

    static func modelFormats(_ f: RepositoryFacts) -> LayerResult {
        let applicable = loadsModels(f)
        let pickles = f.pickleModelFiles
        let bad = f.findings(family: "models", atLeast: .medium)
        var evidence: [String] = []
        let status: LayerStatus
        if pickles.isEmpty {
            status = .present
            evidence.append("model files use safe formats (\(list(f.modelFiles)))")
        } else {
            evidence.append("pickle-capable model files: \(list(pickles))")
            status = bad.contains { $0.severity >= .high } ? .missing : .partial
        }
        return layer("model-formats", .models, "Models in safe formats (safetensors, GGUF, ONNX)", applicable ? status : .present,
                     applicable: applicable, evidence: applicable ? evidence : ["no model files in the repository"], findings: bad,
                     fix: "Convert pickle-based weights (.pt, .bin, .pkl, .ckpt, joblib) to safetensors and load with weights_only / safetensors APIs.",
                     weight: 2)
    }

    // MARK: Dependencies

    static func lockfiles(_ f: RepositoryFacts) -> LayerResult {
        let manifests = f.manifests
        let locks = f.lockfiles + f.hashedRequirements
        let applicable = !manifests.isEmpty
        let issues = f.findings(family: "dependencies", keywords: ["hash", "lock", "unpinned", "integrity", "pin"])
        var evidence: [String] = []
        if !manifests.isEmpty { evidence.append("manifests \(list(manifests))") }
        evidence.append(locks.isEmpty ? "no lockfile or hashed requirements" : "lockfiles \(list(locks))")
        let status: LayerStatus = locks.isEmpty ? .missing : (issues.isEmpty ? .present : .partial)
        return layer("lockfiles", .dependencies, "Lockfiles with hashes", applicable ? status : .present, applicable: applicable,
                     evidence: applicable ? evidence : ["no dependency manifests"], findings: issues,
                     fix: "Commit a lockfile with integrity hashes for every manifest (uv lock, poetry lock, `pip-compile --generate-hashes`, package-lock.json).",
                     weight: 2)
    }

    static let frozenCommands = ["npm ci", "--frozen-lockfile", "--immutable", "--require-hashes", "uv sync --locked", "uv sync --frozen",
                                 "poetry install --sync", "--locked", "pnpm install --frozen-lockfile", "pip-sync", "bun install --frozen-lockfile"]

    static func frozenInstalls(_ f: RepositoryFacts) -> LayerResult {
        let applicable = !f.manifests.isEmpty && !f.workflowFiles.isEmpty
        let unfrozen = f.findings(family: "workflows", keywords: ["install", "lockfile", "frozen", "curl-pipe", "download"])
            + f.findings(family: "dependencies", keywords: ["dockerfile"])
        let frozen = frozenCommands.filter { f.ci.runs($0) }
        var evidence: [String] = []
        if !frozen.isEmpty { evidence.append("CI installs with " + frozen.map { "`\($0)`" }.joined(separator: ", ")) }
        if !unfrozen.isEmpty { evidence.append("\(unfrozen.count) install(s) that ignore the lockfile") }
        let status: LayerStatus = unfrozen.isEmpty ? (frozen.isEmpty ? .partial : .present) : (frozen.isEmpty ? .missing : .partial)
        if evidence.isEmpty { evidence.append("no install step seen in CI") }
        return layer("frozen-installs", .dependencies, "Frozen installs in CI", applicable ? status : .present, applicable: applicable,
                     evidence: applicable ? evidence : ["no CI workflows installing dependencies"], findings: unfrozen,
                     fix: "Install from the lockfile only in CI and images: `npm ci`, `pnpm install --frozen-lockfile`, `uv sync --locked`, `pip install --require-hashes -r requirements.txt`.")
    }

    static func dependencyReview(_ f: RepositoryFacts) -> LayerResult {
        let applicable = !f.manifests.isEmpty
        var evidence: [String] = []
        let approvals = f.files.contains(".bulwark/approvals.yml")
        if approvals { evidence.append("approvals recorded in `.bulwark/approvals.yml`") }
        let log = f.files.filter { $0.hasPrefix(".bulwark/") && $0.hasSuffix(".jsonl") }
        let approvalsInLog = log.contains { f.text($0)?.contains("dependency-approval") == true }
        if approvalsInLog { evidence.append("dependency approvals in the audit log") }
        let gate = f.ci.any(["bulwark gate", "bulwark deps diff", "actions/dependency-review-action"]) || f.ci.uses("bulwark")
        if gate { evidence.append("CI reviews dependency changes") }
        let owners = f.files.contains { $0.hasSuffix("CODEOWNERS") }
        if owners && approvals { evidence.append("CODEOWNERS present (protect `.bulwark/approvals.yml` with it)") }
        let status: LayerStatus = (approvals || approvalsInLog) && gate ? .present : ((approvals || approvalsInLog || gate) ? .partial : .missing)
        if evidence.isEmpty { evidence.append("dependency additions are not reviewed by any recorded step") }
        return layer("dependency-review", .dependencies, "New dependencies proposed, then approved", applicable ? status : .present,
                     applicable: applicable, evidence: applicable ? evidence : ["no dependency manifests"],
                     fix: "Run `bulwark gate --base origin/main` on pull requests and record approvals in `.bulwark/approvals.yml` (owned by CODEOWNERS), so people and coding agents propose dependencies and a person approves them.",
                     weight: 1.5)
    }

    static func knownBadDependencies(_ f: RepositoryFacts) -> LayerResult {
        let applicable = !f.manifests.isEmpty || !f.lockfiles.isEmpty
        let bad = f.findings(family: "dependencies", keywords: ["malicious", "vulnerab", "typosquat", "advisory", "known", "install-script", "setup-py"], atLeast: .medium)
        let status = byFindings(bad)
        let evidence = bad.isEmpty ? ["no known-malicious, vulnerable or typosquatted package found"] : ["\(bad.count) risky package finding(s)"]
        return layer("known-bad-dependencies", .dependencies, "No known-malicious, vulnerable or typosquatted packages",
                     applicable ? status : .present, applicable: applicable, evidence: applicable ? evidence : ["no dependency manifests"],
                     findings: bad, fix: "Remove or upgrade the flagged packages; import the OSV database (`bulwark db import`) so scans know today's advisories.",
                     weight: 2)
    }

    // MARK: SaaS, CI/CD, secrets

    static func actionsPinned(_ f: RepositoryFacts) -> LayerResult {
        let applicable = !f.workflowFiles.isEmpty
        let bad = f.findings(family: "workflows", keywords: ["unpinned", "pin", "known-bad", "compromised", "typosquat", "image"])
        let status = byFindings(bad)
        let evidence = applicable ? ["\(f.workflowFiles.count) workflow file(s)"] + (bad.isEmpty ? ["every action and image is pinned by digest"] : ["\(bad.count) unpinned or compromised reference(s)"]) : ["no CI workflows"]
        return layer("actions-pinned", .saasCICD, "Actions and images pinned by SHA", applicable ? status : .present, applicable: applicable,
                     evidence: evidence, findings: bad,
                     fix: "Pin every third-party action to a full commit SHA (with a `# vX` comment) and every container image to a digest; let Dependabot or Renovate bump them.",
                     weight: 2)
    }

    static func workflowPermissions(_ f: RepositoryFacts) -> LayerResult {
        let applicable = !f.workflowFiles.isEmpty
        let bad = f.findings(family: "workflows", keywords: ["permission", "write-all", "pull-request-target", "dangerous-trigger", "injection", "artipacked", "persist-credentials", "secrets-inherit", "oidc"])
        let withPermissions = f.workflowFiles.filter { f.text($0)?.range(of: #"(?m)^permissions:"#, options: .regularExpression) != nil }
        var evidence: [String] = []
        if applicable {
            evidence.append("\(withPermissions.count) of \(f.workflowFiles.filter { $0 != ".gitlab-ci.yml" }.count) workflow(s) set top-level `permissions:`")
        }
        var status = byFindings(bad)
        if status == .present && withPermissions.count < f.workflowFiles.filter({ $0 != ".gitlab-ci.yml" }).count { status = .partial }
        return layer("workflow-permissions", .saasCICD, "Minimal workflow permissions and safe triggers", applicable ? status : .present,
                     applicable: applicable, evidence: applicable ? evidence : ["no CI workflows"], findings: bad,
                     fix: "Set `permissions: contents: read` at the top of every workflow and grant writes per job; never check out and run pull-request code under `pull_request_target`.",
                     weight: 2)
    }

    static func committedSecrets(_ f: RepositoryFacts) -> LayerResult {
        let bad = f.findings(family: "secrets", atLeast: .low)
        let status = byFindings(bad)
        return layer("secrets-not-committed", .saasCICD, "Secrets only in a secret store, none committed", status,
                     evidence: bad.isEmpty ? ["no committed credential found"] : ["\(bad.count) committed credential(s) in \(Set(bad.map(\.location.path)).count) file(s)"],
                     findings: bad,
                     fix: "Rotate every committed key now, then load secrets from the platform's secret store (marked Sensitive) and keep `.env` files out of the repository.",
                     weight: 2)
    }

    static func saasCredentials(_ f: RepositoryFacts) -> LayerResult {
        let saasFiles = f.files.filter { p in
            let n = RepositoryFacts.name(p)
            return n == "vercel.json" || p.hasPrefix(".vercel/") || n.hasSuffix(".tf") || n.hasPrefix(".env.example") || n.hasPrefix(".env.sample")
                || n.contains("vercel-env") || n.hasSuffix("manifest.json") || n == "app.yml"
        }
        let bad = f.findings(family: "saas", atLeast: .low)
        let applicable = !saasFiles.isEmpty || !bad.isEmpty
        return layer("saas-credentials", .saasCICD, "SaaS credentials Sensitive, isolated per environment, least privilege",
                     applicable ? byFindings(bad) : .present, applicable: applicable,
                     evidence: applicable ? ["SaaS settings \(list(saasFiles))"] + (bad.isEmpty ? [] : ["\(bad.count) exposure finding(s)"]) : ["no SaaS settings or exports in the repository"],
                     findings: bad,
                     fix: "Mark every credential Sensitive (Vercel) or secret, use a different key per environment, and request only the scopes each integration needs.",
                     weight: 1.5)
    }

    // MARK: Agents

    static func agentPermissions(_ f: RepositoryFacts) -> LayerResult {
        let configs = f.agentConfigs
        let applicable = !configs.isEmpty
        let bad = f.findings(family: "agents", keywords: ["permission", "bypass", "approve", "allow", "yolo", "hook", "sandbox", "launch", "skip"])
        let status = byFindings(bad)
        return layer("agent-permissions", .agents, "Agents generate code; people approve installs, commits, pushes and deploys",
                     applicable ? status : .present, applicable: applicable,
                     evidence: applicable ? ["agent settings \(list(configs))"] + (bad.isEmpty ? ["side effects need approval"] : ["\(bad.count) side effect(s) run without approval"]) : ["no coding-agent settings in the repository"],
                     findings: bad,
                     fix: "Put package installs, git commit/push and deploy commands under ask or deny in every agent's settings (`bulwark agents policy` prints a least-privilege configuration) and never run agents with bypass flags.",
                     weight: 2)
    }

    static func mcpPinned(_ f: RepositoryFacts) -> LayerResult {
        let configs = f.mcpConfigs
        let applicable = !configs.isEmpty
        let lock = f.files.contains { RepositoryFacts.name($0) == "bulwark.mcp.lock" }
        let bad = f.findings(family: "agents", keywords: ["mcp"])
        var status = byFindings(bad)
        if status == .present && !lock { status = .partial }
        var evidence = applicable ? ["MCP settings \(list(configs))"] : ["no MCP servers configured"]
        evidence.append(lock ? "tool descriptions locked in `bulwark.mcp.lock`" : "no `bulwark.mcp.lock`: tool descriptions can change silently")
        return layer("mcp-pinned", .agents, "MCP servers pinned, tool descriptions locked", applicable ? status : .present,
                     applicable: applicable, evidence: evidence, findings: bad,
                     fix: "Pin each MCP server to an exact version or image digest, keep tokens in `${input:...}`/`${env:...}`, and lock tool descriptions with `bulwark mcp pin`.")
    }

    static func hiddenInstructions(_ f: RepositoryFacts) -> LayerResult {
        let bad = f.findings(family: "agents", keywords: ["unicode", "hidden", "injection", "instruction", "bidi", "poison"])
        return layer("hidden-instructions", .agents, "No hidden instructions in text agents read", byFindings(bad),
                     evidence: bad.isEmpty ? ["no hidden Unicode or injected instructions found"] : ["\(bad.count) file(s) with hidden or injected instructions"],
                     findings: bad,
                     fix: "Remove invisible characters and injected instructions from rules, instruction and README files; review rules files in pull requests with invisible characters shown.")
    }

    static func auditTrail(_ f: RepositoryFacts) -> LayerResult {
        let logs = f.files.filter { p in
            let n = RepositoryFacts.name(p)
            return n == "audit-log.jsonl" || (p.hasPrefix(".bulwark/") && n.hasSuffix(".jsonl"))
        }
        var evidence: [String] = []
        var intact = 0
        for p in logs {
            guard let data = FileManager.default.contents(atPath: f.root + "/" + p) else { continue }
            let v = AuditLog.verify(bytes: Array(data))
            if v.isIntact {
                intact += 1
                evidence.append("`\(p)`: \(v.entries) entries, hash chain intact")
            } else {
                evidence.append("`\(p)`: chain broken (" + v.problems.prefix(3).map(\.description).joined(separator: "; ") + ")")
            }
        }
        let status: LayerStatus = logs.isEmpty ? .missing : (intact == logs.count ? .present : .partial)
        if logs.isEmpty { evidence.append("no audit log") }
        return layer("audit-trail", .agents, "Tamper-evident audit trail kept", status, evidence: evidence,
                     fix: "Record agent-config changes, MCP pin changes, dependency approvals and model admissions with `bulwark audit-log append` (hash-chained), and verify it in CI (`bulwark audit-log verify`).",
                     weight: 1)
    }
}
