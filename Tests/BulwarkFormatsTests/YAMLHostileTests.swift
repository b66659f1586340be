import BulwarkFormats
import Foundation
import Testing

// Hostile YAML for the bounded reader (`YAMLTree`, used for workflows, `.bulwark.yml`, approvals and
// model-card front matter). Inputs are built here; each test asserts on the real outcome.

/// Runs `body` on a thread with a small stack, so a reader that recursed per nesting level would
/// crash the test run instead of passing.
final class SmallStackBox<T>: @unchecked Sendable {
    var value: T?
    let done = DispatchSemaphore(value: 0)
}

func onSmallStack<T: Sendable>(_ bytes: Int = 512 << 10, _ body: @escaping @Sendable () -> T) -> T {
    let box = SmallStackBox<T>()
    let t = Thread { box.value = body(); box.done.signal() }
    t.stackSize = bytes
    t.start()
    box.done.wait()
    return box.value!
}

/// `levels` anchors, each a list of `width` aliases of the previous one: width^levels leaves.
func laughs(levels: Int, width: Int = 9) -> String {
    var text = "a0: &a0 [" + Array(repeating: "lol", count: width).joined(separator: ", ") + "]\n"
    for i in 1...levels {
        text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: width).joined(separator: ", ") + "]\n"
    }
    return text
}

func yamlError(_ text: String, limits: YAMLLimits = YAMLLimits()) -> YAMLError? {
    do { _ = try YAMLTree.parse(text, limits: limits); return nil } catch { return error }
}

@Test func billionLaughsIsRefusedAfterBoundedWork() {
    let start = Date()
    let e = yamlError(laughs(levels: 9))   // 9^10 leaves if expanded
    #expect(e?.message.contains("alias bomb") == true, "\(String(describing: e))")
    #expect(e?.isLimit == true)
    #expect(Date().timeIntervalSince(start) < 2)
}

@Test func aliasOfABombUsedAsAKeyIsRefusedWithoutHashingIt() {
    // Small enough to pass the node budget on its own (9^5 = 59,049 leaves), then used as keys:
    // a reader that hashes key subtrees (to find duplicates) walks it once per key.
    let start = Date()
    let block = laughs(levels: 4) + "k:\n  *a4 : 1\n"
    #expect(yamlError(block)?.message.contains("aliases used as mapping keys") == true)
    let explicit = laughs(levels: 4) + "k:\n  ? *a4\n  : 1\n"
    #expect(yamlError(explicit)?.message.contains("aliases used as mapping keys") == true)
    // A flow collection of aliases as a key: read as a complex key (kept as an empty key), charged
    // against the node budget, never hashed.
    let flow = laughs(levels: 4) + "k: {[*a4, *a4]: 1, x: 2}\n"
    if let root = try? YAMLTree.parse(flow) {
        #expect(root["k"]?["x"]?.string == "2")
    }
    var small = YAMLLimits()
    small.maxNodes = 100_000
    #expect(yamlError(flow, limits: small)?.message.contains("alias bomb") == true)
    #expect(Date().timeIntervalSince(start) < 2)
}

@Test func aliasOfAScalarMayBeAKey() throws {
    let root = try #require(try YAMLTree.parse("name: &n build\njobs:\n  *n : {runs-on: x}\n"))
    #expect(root["jobs"]?["build"]?["runs-on"]?.string == "x")
}

@Test func indentationAndBracesInScriptsAndCommentsAreNotLimits() throws {
    // What the old lexical pre-check refused: a line indented 401 spaces, or 65 `{` in a script.
    let deepIndent = String(repeating: " ", count: 401)
    let text = """
    on: pull_request_target
    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - run: |
              echo start
    \(deepIndent)echo deep
              echo '\(String(repeating: "{", count: 65))'
              echo '\(String(repeating: "[", count: 500))'
    \(deepIndent)# a comment
          - run: echo \(String(repeating: "*x ", count: 3_000))

    """
    let root = try #require(try YAMLTree.parse(text))
    let run = try #require(root["jobs"]?["build"]?["steps"]?.sequence?.items.first?["run"]?.scalar)
    #expect(run.value.contains("echo deep"))
    #expect(run.value.contains(String(repeating: "{", count: 65)))
}

@Test func nestingCostsNoCallStack() {
    // 999 nested block sequences and 999 nested flow mappings parse on a 512 KiB stack.
    let result = onSmallStack { () -> (Int, Int) in
        var block = "x:\n"
        for i in 0..<999 { block += String(repeating: " ", count: i) + "-\n" }
        block += String(repeating: " ", count: 999) + "leaf\n"
        let flow = "x: " + String(repeating: "{a: ", count: 998) + "1" + String(repeating: "}", count: 998) + "\n"
        func depth(_ text: String) -> Int {
            guard var n = try? YAMLTree.parse(text) else { return -1 }
            var d = 0
            while true {
                if let s = n.sequence?.items.first { n = s } else if let m = n.mapping?.entries.first?.value { n = m } else { break }
                d += 1
            }
            return d
        }
        return (depth(block), depth(flow))
    }
    #expect(result.0 >= 999)
    #expect(result.1 >= 998)
}

@Test func nestingBeyondTheBoundIsAnErrorNotACrash() {
    let errors = onSmallStack { () -> [YAMLError?] in
        let flow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        var block = "x:\n"
        for i in 0..<1_200 { block += String(repeating: " ", count: i) + "-\n" }
        return [yamlError(flow), yamlError(block)]
    }
    for e in errors {
        #expect(e?.message.contains("nests deeper") == true, "\(String(describing: e))")
        #expect(e?.isLimit == true)
    }
}

@Test func aliasExpansionDepthIsBounded() {
    // A 60-deep anchored node repeated at depth 60: the expanded tree is 120 deep.
    let deep = "a: &d " + String(repeating: "[", count: 60) + "1" + String(repeating: "]", count: 60) + "\n"
    let text = deep + "b: " + String(repeating: "[", count: 60) + "*d" + String(repeating: "]", count: 60) + "\n"
    var limits = YAMLLimits()
    limits.maxDepth = 100
    #expect(yamlError(text, limits: limits)?.message.contains("nests deeper") == true)
    limits.maxDepth = 200
    #expect(yamlError(text, limits: limits) == nil)
}

@Test func manyAnchorsAreBoundedAndCountedOnEventsOnly() {
    var limits = YAMLLimits()
    limits.maxAliases = 100
    let anchors = (0..<101).map { "a\($0): &a\($0) x" }.joined(separator: "\n")
    #expect(yamlError(anchors, limits: limits)?.message.contains("anchors and aliases") == true)
    // `&` and `*` in plain scalars, quoted strings, scripts and comments are text.
    let text = "run: echo *a &b\nq: '*c &d'\n# *e &f\nblock: |\n" + (0..<200).map { "  ls *\($0) &x" }.joined(separator: "\n")
    #expect(yamlError(text, limits: limits) == nil)
}

@Test func duplicateKeysAndMultipleDocumentsAreRefused() {
    #expect(yamlError("a: 1\nb: 2\na: 3\n")?.message.contains("duplicate keys") == true)
    #expect(yamlError("a: 1\n---\nb: 2\n")?.message.contains("single document") == true)
    #expect(yamlError("a: *nope\n")?.message.contains("undefined alias") == true)
}

@Test func mergeKeysStayLinear() throws {
    // 300 mappings of 300 keys each merged into one mapping: entries are deduplicated with a set.
    var text = ""
    for m in 0..<300 {
        text += "m\(m): &m\(m) {" + (0..<300).map { "k\($0): \(m)" }.joined(separator: ", ") + "}\n"
    }
    text += "all:\n  <<: [" + (0..<300).map { "*m\($0)" }.joined(separator: ", ") + "]\n  k0: mine\n"
    let start = Date()
    let root = try #require(try YAMLTree.parse(text))
    #expect(Date().timeIntervalSince(start) < 5)
    #expect(root["all"]?.mapping?.entries.count == 300)
    #expect(root["all"]?["k0"]?.string == "mine")
    #expect(root["all"]?["k1"]?.string == "0", "the first merged mapping wins")
}

@Test func positionsStylesAndTagsAreKept() throws {
    let root = try #require(try YAMLTree.parse("a: 'q'\nb: !!str 5\nc: |\n  x\n"))
    #expect(root["a"]?.scalar?.style == .singleQuoted)
    #expect(root["b"]?.scalar?.tag == "tag:yaml.org,2002:str")
    #expect(root["c"]?.scalar?.style == .literal)
    #expect(root["c"]?.scalar?.line == 3)
    #expect(root["c"]?.scalar?.column == 4)
}

@Test func liteYAMLTakesDeepUnusedPaddingOnAWorkerStack() {
    // Lockfiles are read by the line-based LiteYAML; an unused 200-deep key must not make the file
    // unparseable (a parse error means the lockfile was not checked). Workers have 8 MiB stacks.
    let result = onSmallStack(8 << 20) { () -> (String?, Bool) in
        var text = "lockfileVersion: '9.0'\npadding:\n"
        for i in 0..<200 { text += String(repeating: "  ", count: i + 1) + "k\(i):\n" }
        text += String(repeating: "  ", count: 201) + "leaf: 1\npackages:\n  /evil@1.0.0:\n    resolution: {integrity: sha512-x}\n"
        var tooDeep = "a:\n"
        for i in 0..<300 { tooDeep += String(repeating: " ", count: i + 1) + "k:\n" }
        let refused = (try? LiteYAML.parse(Array(tooDeep.utf8))) == nil
        guard let doc = try? LiteYAML.parse(Array(text.utf8)) else { return (nil, refused) }
        return (doc["packages"]?.entries.first?.key, refused)
    }
    #expect(result.0 == "/evil@1.0.0")
    #expect(result.1, "nesting past the bound is still refused")
}

@Test func aliasesOfALongScalarAreChargedByTheirBytes() {
    // Few nodes, much text: 90,000 aliases of a 1 MB script would make every rule that reads
    // scalars walk 90 GB.
    let script = String(repeating: "echo ${{ github.event.issue.title }} ", count: 25_000)
    let text = "run: &r \"\(script)\"\nx: [" + Array(repeating: "*r", count: 90_000).joined(separator: ",") + "]\n"
    let start = Date()
    let e = yamlError(text)
    #expect(e?.message.contains("bytes of text") == true, "\(String(describing: e))")
    #expect(Date().timeIntervalSince(start) < 5)
    // An anchored script reused a few times is fine.
    let reuse = "run: &r \"\(String(repeating: "make test; ", count: 1_000))\"\nx: [" + Array(repeating: "*r", count: 50).joined(separator: ",") + "]\n"
    #expect(yamlError(reuse) == nil)
}
