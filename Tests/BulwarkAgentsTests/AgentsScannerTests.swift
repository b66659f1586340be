import BulwarkAgents
import BulwarkCore
import BulwarkTestSupport
import Testing

@Test func agentsFamilyIsNamed() {
    #expect(AgentsScanner().family == "agents")
}

/// The same check as RuleExampleTests, limited to this family, for a quick loop while developing.
@Test func agentRuleExamplesBehave() {
    let family = AgentsScanner()
    #expect(family.rules.count >= 16)
    for rule in family.rules {
        #expect(!rule.triggeringExamples.isEmpty, "\(rule.id) lacks a triggering example")
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.id) lacks a clean example")
        for example in rule.examples {
            for problem in ExampleVerifier.problems(rule: rule, example: example, family: family) {
                Issue.record(Comment(rawValue: problem))
            }
        }
    }
}
