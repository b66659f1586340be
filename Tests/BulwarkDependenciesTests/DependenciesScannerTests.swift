import BulwarkCore
import BulwarkDependencies
import BulwarkTestSupport
import Testing

@Test func dependenciesFamilyIsNamed() {
    #expect(DependenciesScanner().family == "dependencies")
}

/// The family's rule examples on their own (RuleExampleTests runs every family's; this one is quick to
/// run while working on dependency rules).
@Test func dependencyRuleExamplesBehave() {
    let family = DependenciesScanner(database: .bundledOnly)
    for rule in family.rules {
        #expect(!rule.triggeringExamples.isEmpty && !rule.nonTriggeringExamples.isEmpty, "\(rule.id)")
        for example in rule.examples {
            for problem in ExampleVerifier.problems(rule: rule, example: example, family: family) {
                Issue.record(Comment(rawValue: problem))
            }
        }
    }
}
