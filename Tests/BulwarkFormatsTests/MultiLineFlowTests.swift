import BulwarkFormats
import Testing

// Session 14: prettier writes pnpm lockfiles with flow mappings spread over lines
// (`resolution:` / `{` / `integrity: sha512-...,` / `}`). The reader joined them into text, so every
// package of such a lockfile lost its integrity (865 false `dep-integrity-missing` on one real lockfile).

private func parse(_ path: String, _ text: String) throws -> DependencyFile {
    let f = try LockfileParser.parse(path: path, bytes: Array(text.utf8), resolve: { _ in nil })
    guard let f else { throw LockfileError("not a dependency file") }
    return f
}

private let integrityA = "sha512-" + String(repeating: "Ab3", count: 28)
private let integrityB = "sha512-" + String(repeating: "Zq9", count: 28)

@Test func prettierFormattedPnpmLockKeepsIntegrity() throws {
    let lock = """
    lockfileVersion: "9.0"

    importers:
      .:
        dependencies:
          left-pad:
            specifier: ^1.3.0
            version: 1.3.0

    packages:
      left-pad@1.3.0:
        resolution:
          {
            integrity: \(integrityA),
          }
        engines: { node: ">=6.0.0" }

      right-pad@1.0.1:
        resolution: {integrity: \(integrityB)}

    snapshots:
      left-pad@1.3.0: {}
      right-pad@1.0.1: {}
    """
    let f = try parse("pnpm-lock.yaml", lock)
    let byName = Dictionary(uniqueKeysWithValues: f.packages.map { ($0.name, $0) })
    #expect(byName["left-pad"]?.hashes == [integrityA])
    #expect(byName["right-pad"]?.hashes == [integrityB])
    #expect(byName["left-pad"]?.line == 11)
}

@Test func multiLineFlowCollectionsAreReadWhenTheyClose() throws {
    let doc = try LiteYAML.parse(Array("a:\n  [\n    x,\n    y,\n  ]\nb:\n  {\n    k: { n: 1 },\n  }\nc: after\n".utf8))
    #expect(doc["a"]?.items.map { $0.string } == ["x", "y"])
    #expect(doc["b"]?["k"]?["n"]?.string == "1")
    #expect(doc["c"]?.string == "after")
    // Unclosed, or followed by more text: kept as the plain text it was before.
    let open = try LiteYAML.parse(Array("a:\n  {\n    k: v,\nb: 1\n".utf8))
    #expect(open["a"]?.string == "{ k: v,")
    #expect(open["b"]?.string == "1")
    let trailing = try LiteYAML.parse(Array("a:\n  { k: v }\n  extra\n".utf8))
    #expect(trailing["a"]?.string == "{ k: v } extra")
}

@Test func multiLineFlowCollectionsStayBounded() {
    // The joined text past 1 MiB stays text; values inside a joined flow count toward the document's limit.
    let big = "a:\n  [\n" + String(repeating: "    xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx,\n", count: 20_000) + "  ]\n"
    let doc = try? LiteYAML.parse(Array(big.utf8))
    #expect(doc?["a"]?.items.isEmpty ?? true)
    var limits = LiteYAML.Limits()
    limits.maxValues = 50
    let many = "a:\n  [\n" + String(repeating: "    1,\n", count: 100) + "  ]\n"
    #expect((try? LiteYAML.parse(Array(many.utf8), limits: limits)) == nil)
}
