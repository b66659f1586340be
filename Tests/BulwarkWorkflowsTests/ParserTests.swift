import BulwarkFormats
import Foundation
import Testing

@Test func yamlTreeKeepsPositions() throws {
    let text = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo a\n          echo b\n"
    let doc = try CIParser.parse(text, kind: .workflow)
    guard case .workflow(let w)? = doc else { Issue.record("not a workflow"); return }
    #expect(w.triggers.map(\.name) == ["push"])
    let step = try #require(w.jobs.first?.steps.first)
    let run = try #require(step.run)
    #expect(run.line == 6)
    #expect(run.style == .literal)
    #expect(run.line(ofOffset: run.value.utf8.count - 2) == 8)
    #expect(w.jobs.first?.id.line == 3)
}

@Test func aliasBombIsBounded() {
    var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    var prev = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
        text += "\(name): &\(name) [" + Array(repeating: "*\(prev)", count: 10).joined(separator: ", ") + "]\n"
        prev = name
    }
    let start = Date()
    #expect(throws: YAMLError.self) { _ = try YAMLTree.parse(text) }
    #expect(Date().timeIntervalSince(start) < 2)
}

@Test func aliasAsKeyIsRefused() {
    let text = "a: &a {x: [1, 2, 3]}\nb:\n  *a : 1\n"
    #expect(throws: YAMLError.self) { _ = try YAMLTree.parse(text) }
}

@Test func deepNestingIsRefused() {
    let text = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
    #expect(throws: YAMLError.self) { _ = try YAMLTree.parse(text) }
}

@Test func mergeKeysAreApplied() throws {
    let text = "base: &base {runs-on: ubuntu-latest, timeout-minutes: 5}\njob:\n  <<: *base\n  timeout-minutes: 10\n"
    let root = try #require(try YAMLTree.parse(text))
    #expect(root["job"]?["runs-on"]?.string == "ubuntu-latest")
    #expect(root["job"]?["timeout-minutes"]?.string == "10")
}

@Test func expressionParserBuildsTrees() throws {
    let e = try ExpressionParser.parse("github.event.commits[0].message || format('{0}', github.head_ref)")
    #expect(e.paths.map(\.normalized) == ["github.event.commits.*.message", "github.head_ref"])
    let c = try ExpressionParser.parse("!contains(fromJSON('[\"a\",\"b\"]'), github.ref) && github.event.pull_request.number >= 10")
    #expect(c.functionNames.contains("fromjson"))
    let idx = try ExpressionParser.parse("github.event['pull_request'].head.*.ref")
    #expect(idx.paths.first?.normalized == "github.event.pull_request.head.*.ref")
    #expect(throws: ExpressionError.self) { _ = try ExpressionParser.parse("github.event.(") }
    #expect(throws: ExpressionError.self) { _ = try ExpressionParser.parse("'unterminated") }
    let deep = String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500)
    #expect(throws: ExpressionError.self) { _ = try ExpressionParser.parse(deep) }
}

@Test func embeddedExpressionsAreFound() {
    let found = ExpressionParser.embedded(in: "echo ${{ github.event.issue.title }} and ${{ 'a}}b' }}")
    #expect(found.count == 2)
    #expect(found[0].expr != nil)
    #expect(found[1].source.contains("a}}b"))
}

@Test func shellTokenizerSeesPipesSubstitutionsAndHeredocs() {
    let cmds = ShellTokenizer.commands(in: "curl -fsSL https://x | sudo bash\necho \"a=$(cat f)\" >> \"$GITHUB_ENV\"\npython - <<'EOF'\nprint('npm install')\nEOF\nbash <(wget -qO- u)\n")
    let programs = cmds.map { $0.program ?? "" }
    #expect(programs.contains("curl"))
    #expect(programs.contains("bash"))
    #expect(!programs.contains("print('npm"))
    let py = cmds.first { $0.program == "python" }
    #expect(py?.heredocs.first?.contains("npm install") == true)
    let echo = cmds.first { $0.program == "echo" }
    #expect(echo?.words.contains(">>") == true)
    #expect(cmds.contains { $0.isSubstitution && $0.program == "wget" })
    let sudo = cmds.first { $0.words.first == "sudo" }
    #expect(sudo?.pipePosition == 1)
}

@Test func actionRefsAreParsed() {
    let a = ActionRef("github/codeql-action/init@0123456789abcdef0123456789abcdef01234567")
    #expect(a?.slug == "github/codeql-action")
    #expect(a?.path == "init")
    #expect(a?.isFullSHA == true)
    #expect(ActionRef("./local")?.kind == .local)
    #expect(ActionRef("docker://alpine:3")?.kind == .docker)
    #expect(CIFileKind.of(path: ".github/workflows/a.yaml") == .workflow)
    #expect(CIFileKind.of(path: "sub/dir/action.yml") == .action)
    #expect(CIFileKind.of(path: ".gitlab-ci.yml") == .gitlab)
    #expect(CIFileKind.of(path: "src/workflows/a.yml") == nil)
}

/// Seeded mutations of realistic workflow text: the parser and every rule must neither crash nor hang.
@Test func mutationFuzzNeverCrashes() throws {
    let seeds = [
        "on:\n  pull_request_target:\n    types: [opened]\npermissions: {}\njobs:\n  a:\n    runs-on: [self-hosted]\n    if: ${{ github.actor == 'x[bot]' }}\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: |\n          echo \"${{ github.event.issue.title }}\" >> $GITHUB_ENV\n          curl -s https://x | bash\n",
        "include:\n  - remote: https://x/y.yml\nimage: python:3\nbuild:\n  script:\n    - pip install x\n",
        "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    insecure-external-code-execution: allow\n",
        "base: &b {a: 1}\nx:\n  <<: *b\n  y: [*b, *b]\n",
    ]
    var rng = SplitMix(seed: 0xB0_1A_4C)
    let alphabet = Array("${}[]:-|>&*!#'\"\n \t{}@,.()abc0".utf8)
    let start = Date()
    var parsed = 0
    for i in 0..<3_000 {
        var bytes = Array(seeds[i % seeds.count].utf8)
        for _ in 0..<(1 + Int(rng.next() % 6)) {
            let pos = Int(rng.next() % UInt64(max(1, bytes.count)))
            switch rng.next() % 4 {
            case 0: bytes[pos] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
            case 1: bytes.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: pos)
            case 2: if !bytes.isEmpty { bytes.remove(at: pos) }
            default:
                let len = Int(rng.next() % 40)
                let end = min(bytes.count, pos + len)
                bytes.insert(contentsOf: bytes[pos..<end], at: pos)
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for kind in [CIFileKind.workflow, .gitlab, .dependabot] {
            if (try? CIParser.parse(text, kind: kind)) != nil { parsed += 1 }
        }
        for e in ExpressionParser.embedded(in: text) { _ = e.expr?.paths }
        _ = ShellTokenizer.commands(in: text)
    }
    #expect(parsed > 100)
    #expect(Date().timeIntervalSince(start) < 60)
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
