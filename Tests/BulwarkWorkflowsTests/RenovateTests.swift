import BulwarkCore
import BulwarkFormats
import Foundation
@testable import BulwarkWorkflows
import Testing

@Test func renovateFilesAreRecognisedWhereRenovateReadsThem() {
    #expect(CIFileKind.of(path: "renovate.json5") == .renovate)
    #expect(CIFileKind.of(path: ".github/renovate.json") == .renovate)
    #expect(CIFileKind.of(path: ".gitlab/renovate.json5") == .renovate)
    #expect(CIFileKind.of(path: ".renovaterc") == .renovate)
    #expect(CIFileKind.of(path: "package.json") == .renovate)
    #expect(CIFileKind.of(path: "web/package.json") == nil)
    #expect(CIFileKind.of(path: "sub/renovate.json") == nil)
    #expect(CIFileKind.of(path: "sub/.github/renovate.json") == nil)
}

@Test func renovateParserReadsJSONJSONCAndJSON5() throws {
    let jsonc = try #require(RenovateParser.parse("{\n  // comment\n  \"automerge\": true,\n}\n", path: "renovate.json"))
    #expect(jsonc.entry("automerge")?.key.line == 3)
    let json5 = try #require(RenovateParser.parse("{\n  /* block\n  comment */ automerge: true, url: 'https://x//y',\n}\n", path: ".renovaterc"))
    #expect(json5["url"]?.string == "https://x//y")
    #expect(json5.entry("automerge")?.key.line == 3)
    #expect(RenovateParser.parse("{\"name\": \"x\"}", path: "package.json") == nil)
    let pkg = try #require(RenovateParser.parse("{\"name\": \"x\",\n \"renovate\": {\"automerge\": true}}", path: "package.json"))
    #expect(pkg.entry("automerge")?.key.line == 2)
    #expect(RenovateParser.parse("not a config [", path: "renovate.json") == nil)
}

@Test func renovateRulesOnTrickyConfigs() {
    func ids(_ text: String, path: String = "renovate.json") -> [(String, Severity)] {
        scanRepo([path: text]).map { ($0.ruleID, $0.severity) }
    }
    // A package.json without a renovate key is not a Renovate config: no finding, no parse error.
    #expect(ids("{\"name\": \"web\", \"scripts\": {\"postinstall\": \"x\"}}", path: "package.json").isEmpty)
    // An allowlist restricts post-upgrade commands (low); a catch-all does not (high).
    let restricted = ids("{\"allowedCommands\": [\"^npm ci$\"], \"postUpgradeTasks\": {\"commands\": [\"npm ci\"]}}")
    #expect(restricted.map(\.1) == [.low])
    let open = ids("{\"allowedPostUpgradeCommands\": [\"^.*$\"], \"postUpgradeTasks\": {\"commands\": [\"npm ci\"]}}")
    #expect(open.map(\.1) == [.high])
    // Automerge only in vulnerabilityAlerts, or an age in a package rule: no automerge finding.
    #expect(!ids("{\"vulnerabilityAlerts\": {\"automerge\": true}}").contains { $0.0 == "workflow-renovate-automerge-without-age" })
    #expect(!ids("{\"packageRules\": [{\"matchUpdateTypes\": [\"patch\"], \"automerge\": true, \"minimumReleaseAge\": \"7 days\"}]}")
        .contains { $0.0 == "workflow-renovate-automerge-without-age" })
    // An explicit zero age does not count as a cooldown.
    #expect(ids("{\"automerge\": true, \"minimumReleaseAge\": \"0 days\"}").contains { $0.0 == "workflow-renovate-automerge-without-age" })
    // The bare recommended config says nothing explicit about actions: no digest-pinning finding.
    #expect(ids("{\"extends\": [\"config:recommended\"]}").isEmpty)
    // pinDigests false for npm only is not about actions; for the root it is.
    #expect(ids("{\"pinDigests\": false}").map(\.0) == ["workflow-renovate-unpinned-actions"])
}

@Test func renovateParserSurvivesMutations() {
    let seeds = [
        "{\n  // c\n  \"extends\": [\"config:recommended\", \":automergeMinor\"],\n  \"packageRules\": [{\"matchManagers\": [\"github-actions\"], \"pinDigests\": false}],\n  \"postUpgradeTasks\": {\"commands\": [\"npm ci {{{depName}}}\"]},\n}\n",
        "{ extends: ['config:best-practices'], /* x */ automerge: true, minimumReleaseAge: '3 days', }",
    ]
    var state: UInt64 = 0x5EED_4E0F
    func next() -> UInt64 { state &+= 0x9E37_79B9_7F4A_7C15; var z = state; z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9; z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB; return z ^ (z >> 31) }
    let alphabet = Array("{}[]:,'\"/*\\\n a0{".utf8)
    let start = Date()
    var parsed = 0
    for i in 0..<3_000 {
        var bytes = Array(seeds[i % seeds.count].utf8)
        for _ in 0..<(1 + Int(next() % 6)) {
            let pos = Int(next() % UInt64(max(1, bytes.count)))
            switch next() % 3 {
            case 0: bytes[pos] = alphabet[Int(next() % UInt64(alphabet.count))]
            case 1: bytes.insert(alphabet[Int(next() % UInt64(alphabet.count))], at: pos)
            default: if !bytes.isEmpty { bytes.remove(at: pos) }
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if let m = RenovateParser.parse(text, path: i % 2 == 0 ? "renovate.json5" : "package.json") {
            parsed += 1
            let model = CIModel(kind: .renovate, document: .renovate(m), lines: text.split(separator: "\n", omittingEmptySubsequences: false))
            let ctx = RuleContext(file: SourceFile(relativePath: "renovate.json5", text: text), settings: RuleSettings(enabled: true, severity: nil, options: [:]), configuration: Configuration())
            _ = RenovateAutomergeWithoutAgeRule().check(model, context: ctx)
            _ = RenovatePostUpgradeTasksRule().check(model, context: ctx)
            _ = RenovateUnpinnedActionsRule().check(model, context: ctx)
        }
    }
    #expect(parsed > 100)
    #expect(Date().timeIntervalSince(start) < 60)
}

@Test func renovateActionsPinningRespectsDisabledManagers() {
    func unpinned(_ text: String) -> Int {
        scanRepo(["renovate.json": text]).filter { $0.ruleID == "workflow-renovate-unpinned-actions" }.count
    }
    #expect(unpinned("{\"enabledManagers\": [\"npm\"], \"pinDigests\": false}") == 0)
    #expect(unpinned("{\"github-actions\": {\"enabled\": false}}") == 0)
    #expect(unpinned("{\"packageRules\": [{\"matchManagers\": [\"github-actions\"], \"enabled\": false}]}") == 0)
    #expect(unpinned("{\"packageRules\": [{\"matchManagers\": [\"github-actions\"], \"automerge\": true}]}") == 1)
    #expect(unpinned("{\"extends\": [\"config:best-practices\"], \"packageRules\": [{\"matchManagers\": [\"github-actions\"]}]}") == 0)
}
