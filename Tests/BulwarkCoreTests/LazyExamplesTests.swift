import BulwarkCore
import Synchronization
import Testing

private let built = Atomic<Int>(0)

private func countedExamples() -> [Example] {
    built.add(1, ordering: .relaxed)
    return [Example(.triggers, path: "a.txt", "x"), Example(.clean, path: "b.txt", "y")]
}

/// A rule's examples are built when read, once, not when the description is made (a scan reads every
/// rule's description and never its examples).
@Test func ruleExamplesAreBuiltOnFirstReadOnly() {
    let r = RuleDescription(id: "lazy-example-test", name: "n", family: "core", summary: "s", rationale: "r",
                            defaultSeverity: .low, lazyExamples: countedExamples())
    let copy = r
    #expect(built.load(ordering: .relaxed) == 0)
    #expect(r.id == "lazy-example-test" && r.defaultSeverity == .low)
    #expect(built.load(ordering: .relaxed) == 0)
    #expect(r.examples.count == 2)
    #expect(copy.triggeringExamples.map(\.path) == ["a.txt"])
    #expect(r.nonTriggeringExamples.map(\.path) == ["b.txt"])
    #expect(built.load(ordering: .relaxed) == 1)
    var changed = r
    changed.examples.append(Example(.clean, path: "c.txt", "z"))
    #expect(changed.examples.count == 3)
    #expect(r.examples.count == 2, "a copy's change leaves the original alone")
    #expect(built.load(ordering: .relaxed) == 1)
}
