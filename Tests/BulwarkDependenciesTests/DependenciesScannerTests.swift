import BulwarkDependencies
import Testing

@Test func dependenciesFamilyIsNamed() {
    #expect(DependenciesScanner().family == "dependencies")
}
