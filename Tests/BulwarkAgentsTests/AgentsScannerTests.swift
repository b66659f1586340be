import BulwarkAgents
import Testing

@Test func agentsFamilyIsNamed() {
    #expect(AgentsScanner().family == "agents")
}
