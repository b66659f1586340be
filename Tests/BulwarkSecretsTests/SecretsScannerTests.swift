import BulwarkSecrets
import Testing

@Test func secretsFamilyIsNamed() {
    #expect(SecretsScanner().family == "secrets")
}
