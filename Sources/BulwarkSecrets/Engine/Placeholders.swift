/// Recognizes values that look like a credential's shape but are documentation, templates or
/// test fillers: `sk-xxxx`, `${OPENAI_API_KEY}`, `<your-key>`, the documented AWS example keys,
/// runs of one character, counting sequences.
public enum Placeholders {
    /// Lower-cased fragments that no generated credential contains in practice.
    static let words = [
        "xxxx", "****", "....", "<", ">", "${", "{{", "}}", "$(", "%(", "your", "example", "placeholder",
        "dummy", "sample", "changeme", "change_me", "change-me", "redacted", "insert", "replace",
        "test", "fake", "notreal", "not-a-real", "not_a_real", "secret_here", "key_here", "token_here",
        "0123456789", "123456789", "abcdefgh", "qwerty", "zzzz", "0000000", "1111111", "aaaaaaa",
        "todo", "fixme", "foobar", "lorem", "mock", "demo_", "-demo", "sandbox_key",
    ]

    /// Documentation example credentials published by providers (assembled from parts so that
    /// scanners of this repository do not flag the list itself).
    static let documented: Set<String> = [
        "AKIA" + "IOSFODNN7" + "EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY",
        "ghp_" + "16C7e42F292c6912E7710c838347Ae178B4a",
        "sk_test_" + "4eC39HqLyjWDarjtT1zdp7dc",
        "pk_test_" + "TYooMQauvdEDq54NiTphI7jx",
        "xoxb-" + "not-a-real-token-this-will-not-work",
    ]

    /// Whether `value` (the variable part of a token, or a whole value) is a placeholder.
    public static func isPlaceholder(_ value: String) -> Bool {
        if documented.contains(value) { return true }
        let u = Array(value.utf8)
        guard !u.isEmpty else { return true }
        let lower = value.lowercased()
        for w in words where lower.contains(w) { return true }
        // A run of 6 or more identical characters.
        var run = 1
        for i in 1..<max(1, u.count) where i < u.count {
            if u[i] == u[i - 1] { run += 1; if run >= 6 { return true } } else { run = 1 }
        }
        // Too few distinct characters for a random string of this length.
        if u.count >= 12 {
            var seen = Set<UInt8>()
            for b in u { seen.insert(b) }
            if seen.count < min(8, u.count / 3) { return true }
        }
        return false
    }

    /// Whether a documented example value appears verbatim (used on whole tokens).
    public static func isDocumentedExample(_ token: String) -> Bool {
        documented.contains(token) || token.hasSuffix("EXAMPLE") || token.hasSuffix("EXAMPLEKEY")
    }
}
