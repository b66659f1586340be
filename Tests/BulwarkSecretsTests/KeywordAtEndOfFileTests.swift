@testable import BulwarkSecrets
import Testing

/// Hostile input: every matcher must stay inside the buffer when its keyword sits at the very end of a
/// file, or on a last line with no assignment. A two-line `.env` (`...openai.azure.com` then `mykey`)
/// crashed the whole scan in the Azure OpenAI matcher's look-back for a key line.
@Test func everyKeywordAtTheEndOfTheFileIsSafe() {
    let prefixes = ["", "x = ", "OPENAI_API_BASE=https://res.", "\"", "key: "]
    let suffixes = ["", "\n", "\nkey", "\nmykey", "=", ":", " =\n", "\n\n", "\"", "\\"]
    var scanned = 0
    for pattern in SecretCatalog.patterns {
        for keyword in pattern.matcher.keywords.prefix(4) {
            for p in prefixes {
                for s in suffixes {
                    _ = SecretCatalog.engine.scan(Array((p + keyword + s).utf8), path: "a.env")
                    _ = SecretCatalog.engine.scan(Array(("api_key: x\n" + p + keyword + s).utf8), path: "config.py")
                    scanned += 2
                }
            }
        }
    }
    #expect(scanned > 1000)
    // The case that crashed, with its controls: an endpoint with a key line after it is still found.
    #expect(SecretCatalog.engine.scan(Array("OPENAI_API_BASE=https://myres.openai.azure.com\nmykey".utf8), path: "a.env").isEmpty)
    let key = "3f9a1c7e5b2d4a6f8e0c1b3d5f7a9c2e"
    let found = SecretCatalog.engine.scan(Array("OPENAI_API_BASE=https://myres.openai.azure.com\nOPENAI_API_KEY=\(key)\n".utf8), path: "a.env")
    #expect(found.contains { $0.secret == key }, "\(found.map(\.secret))")
}
