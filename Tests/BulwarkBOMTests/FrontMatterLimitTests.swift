import BulwarkBOM
import Foundation
import Testing

// Model-card front matter is read with the bounded YAML reader: a bomb costs bounded work and
// leaves the card without front-matter facts instead of taking gigabytes.

@Test func frontMatterAliasBombIsBounded() {
    var yaml = "license: mit\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in 1...9 { yaml += "x\(i): &x\(i) [" + Array(repeating: "*x\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
    var keyBomb = "license: mit\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in 1...4 { keyBomb += "x\(i): &x\(i) [" + Array(repeating: "*x\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
    keyBomb += "k:\n  *x4 : 1\n"
    let start = Date()
    for text in [yaml, keyBomb] {
        var facts = ModelCardFacts()
        facts.readFrontMatter("---\n" + text + "---\n# Card\n")
        #expect(facts.license == nil)
    }
    #expect(Date().timeIntervalSince(start) < 2)
}

@Test func frontMatterIsStillRead() {
    var facts = ModelCardFacts()
    facts.readFrontMatter("""
    ---
    license: apache-2.0
    datasets: [squad, {name: glue}]
    base_model: org/base
    model-index:
      - name: my-model
        results:
          - task: {type: text-classification}
            dataset: {name: glue}
            metrics:
              - {type: accuracy, value: 0.91}
    ---
    # Card
    """)
    #expect(facts.license == "apache-2.0")
    #expect(facts.datasets == ["squad", "glue"])
    #expect(facts.baseModels == ["org/base"])
    #expect(facts.modelName == "my-model")
    #expect(facts.pipelineTag == "text-classification")
    #expect(facts.results.first?.value == "0.91")
}

@Test func admissionPolicyIsReadWithTheBoundedReader() throws {
    var bomb = "sources: [a]\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in 1...9 { bomb += "x\(i): &x\(i) [" + Array(repeating: "*x\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
    let start = Date()
    #expect(throws: AdmissionPolicy.Error.self) { _ = try AdmissionPolicy(yaml: bomb, baseDirectory: "/") }
    #expect(Date().timeIntervalSince(start) < 2)
    let p = try AdmissionPolicy(yaml: "sources: huggingface.co/acme\nformats: [SafeTensors]\npickle-when-clean: yes\nmax-severity: High\n", baseDirectory: "/")
    #expect(p.sources == ["huggingface.co/acme"])
    #expect(p.formats == ["safetensors"])
    #expect(p.pickleWhenClean)
    #expect(p.maxSeverity == "high")
    #expect(throws: AdmissionPolicy.Error.self) { _ = try AdmissionPolicy(yaml: "pickle-when-clean: maybe\n", baseDirectory: "/") }
}
