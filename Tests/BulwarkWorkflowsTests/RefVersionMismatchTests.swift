import BulwarkCore
import BulwarkFormats
@testable import BulwarkWorkflows
import Testing

/// Scans a small repository (path -> text) with the whole family, finish included.
func scanRepo(_ files: [String: String], config: Configuration = Configuration()) -> [Finding] {
    let scanner = WorkflowsScanner()
    let context = ScanContext(configuration: config, root: "/")
    let sources = files.sorted { $0.key < $1.key }.map { SourceFile(relativePath: $0.key, text: $0.value) }
    var out: [Finding] = []
    for f in sources where scanner.wants(f) { out += scanner.scan(f, context: context) }
    out += scanner.finish(files: sources, context: context)
    return out
}

func workflow(_ uses: [String]) -> String {
    "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n" + uses.map { "      - uses: \($0)\n" }.joined()
}

@Test func pinCommentsAreParsedInTheirCommonStyles() {
    #expect(PinVersion.parse(comment: "v4.2.2")?.numbers == [4, 2, 2])
    #expect(PinVersion.parse(comment: "4.1.1")?.numbers == [4, 1, 1])
    #expect(PinVersion.parse(comment: "tag=v1.2.3")?.numbers == [1, 2, 3])
    #expect(PinVersion.parse(comment: "pin@v4")?.numbers == [4])
    #expect(PinVersion.parse(comment: "ratchet:actions/checkout@v4")?.numbers == [4])
    #expect(PinVersion.parse(comment: "v4.2.2 # <- marker")?.numbers == [4, 2, 2])
    #expect(PinVersion.parse(comment: "main") == nil)
    #expect(PinVersion.parse(comment: "v1.0.0-beta.1") == nil)
    #expect(PinVersion.parse(comment: "pinned for safety") == nil)
    #expect(PinVersion.parse(comment: "v99999999999999999999") == nil)
    #expect(PinVersion.compatible([4], [4, 2, 2]))
    #expect(!PinVersion.compatible([4, 1, 1], [4, 2, 2]))
}

@Test func knownTableDecidesExactAndMajorComments() {
    let rule = "workflow-ref-version-mismatch"
    // Known SHA, compatible comments: nothing.
    let clean = scanRepo([".github/workflows/a.yml": workflow([
        "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2",
        "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4",
        "\"actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\" # v4.2",
    ])]).filter { $0.ruleID == rule }
    #expect(clean.isEmpty)
    // Known SHA of v3.6.0 labelled v4: stale comment (medium), names the real release.
    let stale = scanRepo([".github/workflows/a.yml": workflow([
        "actions/checkout@f43a0e5ff2bd294095638e18286ca9a3d1956744 # v4",
    ])]).filter { $0.ruleID == rule }
    #expect(stale.count == 1)
    #expect(stale.first?.severity == .medium)
    #expect(stale.first?.message.contains("v3.6.0") == true)
    // Unknown SHA labelled with a known exact tag: high, names the expected SHA.
    let impostor = scanRepo([".github/workflows/a.yml": workflow([
        "actions/checkout@1111111111111111111111111111111111111111 # v4.2.2",
    ])]).filter { $0.ruleID == rule }
    #expect(impostor.count == 1)
    #expect(impostor.first?.severity == .high)
    #expect(impostor.first?.message.contains("11bd71901bbe5b1630ceea73d27597364c9af683") == true)
    // Unknown SHA with a major-only comment, or an unknown action: no finding.
    let unknown = scanRepo([".github/workflows/a.yml": workflow([
        "actions/checkout@1111111111111111111111111111111111111111 # v4",
        "actions/checkout@1111111111111111111111111111111111111111 # v4.9.9",
        "acme/thing@1111111111111111111111111111111111111111 # v4.2.2",
    ])]).filter { $0.ruleID == rule }
    #expect(unknown.isEmpty)
}

@Test func repositoryConsistencyPointsAtTheOddOneOut() {
    let rule = "workflow-ref-version-mismatch"
    let sha = "abcdefabcdefabcdefabcdefabcdefabcdefabcd"
    let found = scanRepo([
        ".github/workflows/a.yml": workflow(["acme/deploy@\(sha) # v2.1.0", "acme/deploy@\(sha) # v2"]),
        ".github/workflows/b.yml": workflow(["acme/deploy@\(sha) # v2.1.0"]),
        ".github/workflows/c.yml": workflow(["acme/deploy@\(sha) # v1.9.0"]),
        "tools/x/action.yml": "runs:\n  using: composite\n  steps:\n    - uses: acme/deploy@\(sha) # v2.1.0\n",
    ]).filter { $0.ruleID == rule }
    #expect(found.count == 1)
    #expect(found.first?.location.path == ".github/workflows/c.yml")
    #expect(found.first?.severity == .medium)

    // A tie between two incompatible labels: both are reported, at low severity.
    let tie = scanRepo([
        ".github/workflows/a.yml": workflow(["acme/deploy@\(sha) # v2.1.0"]),
        ".github/workflows/b.yml": workflow(["acme/deploy@\(sha) # v3.0.0"]),
    ]).filter { $0.ruleID == rule }
    #expect(tie.count == 2)
    #expect(tie.allSatisfy { $0.severity == .low })

    // Same exact version on two commits: the minority commit is the odd one out.
    let other = "0000000000000000000000000000000000000001"
    let split = scanRepo([
        ".github/workflows/a.yml": workflow(["acme/deploy@\(sha) # v2.1.0", "acme/deploy@\(sha) # v2.1.0"]),
        ".github/workflows/b.yml": workflow(["acme/deploy@\(other) # v2.1.0"]),
        ".github/workflows/c.yml": workflow(["acme/deploy@\(other) # v2"]),
    ]).filter { $0.ruleID == rule }
    #expect(split.map(\.location.path) == [".github/workflows/b.yml"])

    // Vendored copies and files of other families are not read.
    let vendored = scanRepo([
        ".github/workflows/a.yml": workflow(["acme/deploy@\(sha) # v2.1.0"]),
        "node_modules/x/action.yml": "runs:\n  using: composite\n  steps:\n    - uses: acme/deploy@\(sha) # v9.0.0\n",
        "docs/example.md": "uses: acme/deploy@\(sha) # v9.0.0\n",
    ]).filter { $0.ruleID == rule }
    #expect(vendored.isEmpty)
}

@Test func tableHasOnlyFullLowercaseSHAsAndExactTags() {
    for action in ["actions/checkout", "actions/setup-python", "docker/build-push-action"] {
        let tags = KnownActionTags.shared.tags(of: action)
        #expect(!tags.isEmpty)
        for t in tags {
            #expect(t.sha.count == 40 && t.sha.allSatisfy { $0.isHexDigit && !$0.isUppercase })
            #expect(PinVersion.numbers(t.tag).map(PinVersion.isExact) == true)
        }
    }
    // The embedded JSON decodes whole (a syntax slip would silently empty the table).
    #expect(KnownActionTags.shared.databaseVersion != "invalid")
    #expect(KnownActionTags.shared.byAction.values.map(\.count).reduce(0, +) >= 70)
    // No SHA appears under two tags of different releases, and no tag under two SHAs.
    var seen: [String: String] = [:]
    for (action, tags) in KnownActionTags.shared.byAction {
        for t in tags {
            let key = action + "#" + t.tag
            #expect(seen[key] == nil || seen[key] == t.sha)
            seen[key] = t.sha
        }
        #expect(Set(tags.map(\.sha)).count == tags.count)
    }
}

@Test func repositoryFindingsHonourInlineIgnores() {
    let sha = "abcdefabcdefabcdefabcdefabcdefabcdefabcd"
    let files = [
        ".github/workflows/a.yml": workflow(["acme/deploy@\(sha) # v2.1.0", "acme/deploy@\(sha) # v2.1.0"]),
        ".github/workflows/c.yml": workflow(["acme/deploy@\(sha) # v1.9.0 # zizmor: ignore[ref-version-mismatch]"]),
        ".github/workflows/d.yml": "# bulwark: ignore[workflow-ref-version-mismatch] fork build\n" + workflow(["acme/deploy@\(sha) # v3.0.0"])
            .replacingOccurrences(of: "      - uses", with: "      # bulwark: ignore[workflow-ref-version-mismatch] fork build\n      - uses"),
    ]
    let found = scanRepo(files).filter { $0.ruleID == "workflow-ref-version-mismatch" }
    #expect(found.isEmpty, "\(found.map { "\($0.location.display) \($0.message)" })")
    // Without the markers both odd ones are reported.
    let plain = scanRepo([
        ".github/workflows/a.yml": workflow(["acme/deploy@\(sha) # v2.1.0", "acme/deploy@\(sha) # v2.1.0"]),
        ".github/workflows/c.yml": workflow(["acme/deploy@\(sha) # v1.9.0"]),
        ".github/workflows/d.yml": workflow(["acme/deploy@\(sha) # v3.0.0"]),
    ]).filter { $0.ruleID == "workflow-ref-version-mismatch" }
    #expect(plain.count == 2)
}

@Test func pinLineScannerSurvivesMutations() {
    let seed = """
    jobs:
      a:
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
          - uses: 'acme/x/sub@abcdefabcdefabcdefabcdefabcdefabcdefabcd' # tag=v1.2.3 extra
          -   uses:   "acme/y@abcdefabcdefabcdefabcdefabcdefabcdefabcd"   #   ratchet:acme/y@v2
    """
    var state: UInt64 = 0xC0FF_EE11
    func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
    let alphabet = Array("uses:@#v.0123456789abcdef -'\"\n\t/é".unicodeScalars)
    var total = 0
    for _ in 0..<3_000 {
        var chars = Array(seed.unicodeScalars)
        for _ in 0..<(1 + Int(next() % 8)) {
            let pos = Int(next() % UInt64(max(1, chars.count)))
            switch next() % 3 {
            case 0: chars[pos] = alphabet[Int(next() % UInt64(alphabet.count))]
            case 1: chars.insert(alphabet[Int(next() % UInt64(alphabet.count))], at: pos)
            default: if !chars.isEmpty { chars.remove(at: pos) }
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: chars)
        let pins = RefVersionMismatchRule.scanPins(text: text)
        total += pins.count
        for p in pins {
            #expect(p.line >= 1 && p.column >= 1)
            _ = RefVersionMismatchRule.tableVerdict(p)
        }
    }
    #expect(total > 1_000)
}
