import BulwarkSaaS
import Testing

@Test func saasFamilyIsNamed() {
    #expect(SaaSScanner().family == "saas")
}
