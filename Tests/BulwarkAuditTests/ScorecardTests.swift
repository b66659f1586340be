import BulwarkAudit
import BulwarkCore
import BulwarkTestSupport
import Foundation
import Synchronization
import Testing

/// Temporary folders stay alive for the whole run: facts read files lazily.
private let keepAlive = Mutex<[TemporaryDirectory]>([])

private func facts(_ files: [String: String], findings: [Finding] = [], now: Date = Date()) -> (RepositoryFacts, TemporaryDirectory) {
    let d = TemporaryDirectory()
    for (p, t) in files { d.write(p, t) }
    keepAlive.withLock { $0.append(d) }
    return (RepositoryFacts(root: d.path, files: files.keys.sorted(), findings: findings, now: now), d)
}

private func status(_ id: String, _ f: RepositoryFacts) -> LayerResult {
    Layers.evaluate(f).first { $0.id == id }!
}

private func finding(_ family: String, _ rule: String, _ sev: Severity) -> Finding {
    Finding(ruleID: rule, family: family, message: "m", severity: sev, location: Location(path: "x", startLine: 1))
}

@Test func bomIsPresentWhenFreshOrGeneratedInCIAndPartialWhenStale() {
    let now = ISO8601DateFormatter().date(from: "2026-11-27T00:00:00Z")!
    let fresh = #"{"bomFormat": "CycloneDX", "metadata": {"timestamp": "2026-11-20T10:00:00Z"}}"#
    let stale = #"{"bomFormat": "CycloneDX", "metadata": {"timestamp": "2025-01-01T00:00:00Z"}}"#
    #expect(status("ai-bom", facts(["bom.cdx.json": fresh], now: now).0).status == .present)
    #expect(status("ai-bom", facts(["bom.cdx.json": stale], now: now).0).status == .partial)
    #expect(status("ai-bom", facts([".github/workflows/r.yml": "on: push\njobs: {b: {steps: [{run: bulwark bom . --output b.json}]}}"], now: now).0).status == .present)
    #expect(status("ai-bom", facts(["README.md": "x"], now: now).0).status == .missing)
}

@Test func modelLayersApplyOnlyWhenModelsExist() {
    let (none, _) = facts(["app.py": "print(1)"])
    for id in ["model-admission", "model-signatures", "model-formats"] { #expect(status(id, none).applicable == false) }
    let (pickles, _) = facts(["models/m.pt": "x"], findings: [finding("models", "pickle-dangerous-call", .critical)])
    #expect(status("model-formats", pickles).status == .missing)
    #expect(status("model-admission", pickles).status == .missing)
    let (safe, _) = facts(["models/m.safetensors": "x", ".bulwark/model-policy.yml": "require-signature: true\n",
                           "models/model.sig": "{}", ".github/workflows/ci.yml": "on: push\njobs: {s: {steps: [{run: bulwark scan . && bulwark model verify models}]}}"])
    #expect(status("model-formats", safe).status == .present)
    #expect(status("model-admission", safe).status == .present)
    #expect(status("model-signatures", safe).status == .present)
}

@Test func dependencyLayers() {
    let (noLock, _) = facts(["requirements.txt": "requests\n"])
    #expect(status("lockfiles", noLock).status == .missing)
    let (hashed, _) = facts(["requirements.txt": "requests==2.32.3 --hash=sha256:abc\n"])
    #expect(status("lockfiles", hashed).status == .present)
    let (reviewed, _) = facts(["package.json": "{}", "package-lock.json": "{}", ".bulwark/approvals.yml": "approvals: []\n",
                               ".github/workflows/pr.yml": "permissions: {}\njobs: {g: {steps: [{run: bulwark gate --base origin/main}, {run: npm ci}]}}"])
    #expect(status("dependency-review", reviewed).status == .present)
    #expect(status("frozen-installs", reviewed).status == .present)
    let (unfrozen, _) = facts(["package.json": "{}", ".github/workflows/ci.yml": "on: push\njobs: {i: {steps: [{run: npm install}]}}"],
                              findings: [finding("workflows", "workflow-unfrozen-install", .medium)])
    #expect(status("frozen-installs", unfrozen).status == .missing)
}

@Test func findingsDriveCICDAndAgentLayers() {
    let (f, _) = facts([".github/workflows/ci.yml": "on: push\njobs: {}\n", ".claude/settings.json": "{}", ".mcp.json": "{}"],
                       findings: [finding("workflows", "workflow-unpinned-action", .medium),
                                  finding("secrets", "secret-openai-api-key", .high),
                                  finding("agents", "agent-permission-bypass", .critical)])
    #expect(status("actions-pinned", f).status == .partial)
    #expect(status("workflow-permissions", f).status == .partial, "no top-level permissions")
    #expect(status("secrets-not-committed", f).status == .missing)
    #expect(status("agent-permissions", f).status == .missing)
    #expect(status("mcp-pinned", f).status == .partial, "no findings but no lock")
}

@Test func scoresAndTopChanges() {
    let (f, _) = facts(["models/m.pt": "x", "requirements.txt": "x\n"], findings: [finding("models", "pickle-dangerous-call", .critical)])
    let card = Scorecard(root: ".", generatedAt: Date(), layers: Layers.evaluate(f))
    #expect(card.overall < 50)
    #expect(card.topChanges.count == 3)
    #expect(card.topChanges.allSatisfy { $0.status != .present && $0.applicable })
    #expect(card.score(for: .models) == 0)
    let weights = card.topChanges.map { $0.weight * (1 - ($0.status == .partial ? 0.5 : 0)) }
    #expect(weights == weights.sorted(by: >))
}

@Test func jsonHasEveryLayerWithVectorStatusEvidence() throws {
    let (f, _) = facts(["README.md": "x"])
    let json = ScorecardRenderer.json(Scorecard(root: ".", generatedAt: Date(), layers: Layers.evaluate(f)))
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let layers = try #require(doc["layers"] as? [[String: Any]])
    #expect(layers.count == 16)
    for l in layers {
        #expect(["present", "partial", "missing"].contains(l["status"] as? String))
        #expect(["models", "dependencies", "saas-cicd", "agents"].contains(l["vector"] as? String))
        #expect((l["evidence"] as? [String])?.isEmpty == false)
    }
}

@Test func htmlIsSelfContainedAndEscapes() {
    let (f, _) = facts(["README.md": "x"], findings: [finding("secrets", "secret-x", .high)])
    var card = Scorecard(root: "<script>alert(1)</script>", generatedAt: Date(), layers: Layers.evaluate(f))
    card.layers[10].findings[0].message = "<img src=x onerror=alert(1)>"
    let html = ScorecardRenderer.html(card)
    #expect(!html.contains("<script>alert(1)</script>"))
    #expect(!html.contains("<img src=x"))
    #expect(!html.contains("http://") && !html.contains("https://"), "no network at view time")
    #expect(html.contains("Content-Security-Policy"))
}

@Test func htmlRendersInHeadlessChromium() throws {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let chromium else {
        Issue.record("headless Chromium is needed for this test: `apt-get install chromium` (.ci/run installs it)")
        return
    }
    let (f, d) = facts(["models/m.pt": "x", ".github/workflows/ci.yml": "on: push\n"],
                       findings: [finding("models", "pickle-dangerous-call", .critical)])
    let card = Scorecard(root: "demo", generatedAt: Date(), layers: Layers.evaluate(f))
    let page = d.write("audit.html", ScorecardRenderer.html(card))
    let (status, dom, err) = Repository.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                                                       "--user-data-dir=\(d.path)/profile", "file://" + page])
    #expect(status == 0, "\(err)")
    #expect(dom.contains("data-ready=\"true\""), "the page's script ran without errors")
    #expect(dom.contains("data-layers=\"16\""))
    #expect(dom.contains("class=\"counts\""))
    #expect(dom.contains("data-layer=\"model-formats\" data-status=\"missing\""))
    let shot = d.path + "/shot.png"
    let (s2, _, _) = Repository.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=412,900",
                                                "--user-data-dir=\(d.path)/profile2", "--screenshot=\(shot)", "file://" + page])
    #expect(s2 == 0)
    let png = FileManager.default.contents(atPath: shot) ?? Data()
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000, "a phone-width screenshot was rendered")
}

/// The audit reads what CI runs through the workflows parsers: a step name, a comment or an echo
/// that mentions a command is not that command.
@Test func ciFactsCountStepsNotMentions() {
    let wf = """
    on: pull_request
    jobs:
      check:
        name: bulwark gate (disabled)
        steps:
          # - run: bulwark gate --base origin/main
          - name: bulwark scan would go here
            run: echo "we should run npm ci and bulwark model admit some day"
          - uses: anchore/sbom-action@v0
          - run: |
              ./tools/bulwark model verify models/m --signature m.sig
              uv sync --locked
    """
    var ci = CIFacts()
    ci.add(wf, kind: .workflow, path: ".github/workflows/ci.yml")
    #expect(!ci.runs("bulwark gate"), "a comment and a job name are not a step")
    #expect(!ci.runs("bulwark scan"), "a step name is not a command")
    #expect(!ci.runs("npm ci"), "words inside an echoed string are one argument")
    #expect(!ci.runs("bulwark model admit"))
    #expect(ci.runs("bulwark model verify"), "a path to the binary still runs it")
    #expect(ci.runs("uv sync --locked"))
    #expect(ci.runs("--locked"))
    #expect(ci.uses("anchore/sbom-action"))
    #expect(!ci.uses("actions/dependency-review-action"))
    var gitlab = CIFacts()
    gitlab.add("scan:\n  script:\n    - bulwark gate --base main\n", kind: .gitlab, path: ".gitlab-ci.yml")
    #expect(gitlab.runs("bulwark gate"))
    var broken = CIFacts()
    broken.add("jobs: [unclosed", kind: .workflow, path: ".github/workflows/x.yml")
    #expect(broken.unreadable == [".github/workflows/x.yml"])
}

@Test func auditUsesTheScansWalkAndItsExcludes() throws {
    let d = TemporaryDirectory()
    d.write("requirements.txt", "requests==2.32.3\n")
    d.write(".github/workflows/ci.yml", "on: push\njobs: {g: {steps: [{run: bulwark gate --base origin/main}]}}\n")
    // A workflow inside a build folder the scan leaves out must not count as the project's CI.
    d.write(".venv/pyvenv.cfg", "home = /usr\n")
    d.write(".venv/lib/.github/workflows/x.yml", "on: push\njobs: {s: {steps: [{run: uv sync --locked}]}}\n")
    let card = try Auditor.audit(path: d.path, configuration: Configuration())
    let review = card.layers.first { $0.id == "dependency-review" }!
    #expect(review.evidence.contains("CI reviews dependency changes"))
    let frozen = card.layers.first { $0.id == "frozen-installs" }!
    #expect(!frozen.evidence.joined().contains("uv sync --locked"), "\(frozen.evidence)")
}
