import BulwarkAgents
import BulwarkCore
import BulwarkTestSupport
import Testing

/// The agents family's rule examples on their own (the repository-wide RuleExampleTests run every
/// family; this keeps the family's examples checkable while another family is being changed).
@Test func agentRuleExamplesBehaveAsDeclared() {
    let family = AgentsScanner()
    for rule in family.rules {
        #expect(rule.examples.contains { $0.expectation == .triggers } && rule.examples.contains { $0.expectation == .clean }, "\(rule.id)")
        for example in rule.examples {
            for problem in ExampleVerifier.problems(rule: rule, example: example, family: family) {
                Issue.record(Comment(rawValue: problem))
            }
        }
    }
}
