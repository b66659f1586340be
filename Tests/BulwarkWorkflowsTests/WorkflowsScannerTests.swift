import BulwarkWorkflows
import Testing

@Test func workflowsFamilyIsNamed() {
    #expect(WorkflowsScanner().family == "workflows")
}
