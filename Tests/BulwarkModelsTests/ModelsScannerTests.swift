import BulwarkModels
import Testing

@Test func modelsFamilyIsNamed() {
    #expect(ModelsScanner().family == "models")
}
