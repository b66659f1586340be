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
        // The word "password" or "secret" written in digits (`Passw0rd123`, `alice:s3cr3t`).
        "passw0rd", "p4ssw0rd", "p4ssword", "s3cr3t",
        // Hex-speak fillers written with digits for letters (`cafeb4b3:d3adb33f` is `cafebabe:deadbeef`).
        "d3adb33f", "d34db33f", "deadb33f", "d3adbeef", "cafeb4b3", "c4feb4b3", "cafeb4be", "c4febabe",
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
        // The Google Cloud SDK's installed-app OAuth client secret, published with the gcloud CLI (public by
        // Google's design for desktop apps; recorded in cassettes of its refresh-token exchange).
        "d-FL95Q19q7" + "MQmFpd7hHD0Ty",
        // A public search key shipped in a package manager's bundle (yarnpkg/berry issue 6201).
        "6fe4476ee5a1832882e3" + "26b506d14126",
        // The Azure Storage emulator's (Azurite) fixed account key, published in Microsoft's documentation.
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/" + "K1SZFPTOtr/KBHBeksoGMGw==",
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
        if isCountingSequence(u) || hasCountingDigits(u) || hasRepeatedBlocks(u) { return true }
        // Too few distinct characters for a random string of this length.
        if u.count >= 12 {
            var seen = Set<UInt8>()
            for b in u { seen.insert(b) }
            if seen.count < min(8, u.count / 3) { return true }
        }
        return false
    }

    /// Interleaved counting sequences (`a1b2c3d4e5f6a7b8`, `abc123def456ghi789`, `1a2b3c4d-5e6f-7g8h`,
    /// `klmnopqrstuvwx-3456`), also counting down (`zyxwvuts...9876543210`, `fedcba9876543210`): the letters
    /// taken alone, and the digits taken alone, step by one in one direction (`z` to `a` and `9` to `0`
    /// included) at least 70% of the time over at least 10 steps. A random string steps by one about once
    /// in 26 letters and once in 10 digits.
    static func isCountingSequence(_ u: [UInt8]) -> Bool {
        var up = 0, down = 0, pairs = 0
        var lastLetter: UInt8 = 0, lastDigit: UInt8 = 0
        for c0 in u {
            let c = c0 >= 65 && c0 <= 90 ? c0 + 32 : c0
            if c >= 97 && c <= 122 {
                if lastLetter != 0 {
                    pairs += 1
                    if c == lastLetter + 1 || (lastLetter == 122 && c == 97) { up += 1 }
                    if c + 1 == lastLetter || (lastLetter == 97 && c == 122) { down += 1 }
                }
                lastLetter = c
            } else if c >= 48 && c <= 57 {
                if lastDigit != 0 {
                    pairs += 1
                    if c == lastDigit + 1 || (lastDigit == 57 && c == 48) { up += 1 }
                    if c + 1 == lastDigit || (lastDigit == 48 && c == 57) { down += 1 }
                }
                lastDigit = c
            }
        }
        return pairs >= 10 && max(up, down) * 10 >= pairs * 7
    }

    /// Five or more digits in a row that count up or down (`invalid-key-12345`, `never-set-98765`,
    /// `opaquevalue123456`). Typed by a person: in random hexadecimal such a run occurs about once in
    /// a thousand 64-character values, in random base62 almost never.
    static func hasCountingDigits(_ u: [UInt8]) -> Bool {
        var up = 1, down = 1
        for i in 1..<max(1, u.count) where i < u.count {
            let a = u[i - 1], c = u[i]
            guard a >= 48, a <= 57, c >= 48, c <= 57 else { up = 1; down = 1; continue }
            up = c == a + 1 ? up + 1 : 1
            down = c + 1 == a ? down + 1 : 1
            if up >= 5 || down >= 5 { return true }
        }
        return false
    }

    /// A block of four or more identical letters followed at once by a block of the next letter
    /// (`5Aep...AAAABBBBCCCC...`): a value padded by hand. Random text almost never holds one; digit blocks
    /// (`00001111`) and runs of other characters (`-----BEGIN`) are left to the other tests.
    static func hasRepeatedBlocks(_ u: [UInt8]) -> Bool {
        var i = 0, previousLetter: UInt8 = 0, previousEnd = -1
        while i < u.count {
            var j = i + 1
            while j < u.count, u[j] == u[i] { j += 1 }
            if j - i >= 4, ValueShape.isLetter(u[i]) {
                let c = u[i] | 0x20
                if previousEnd == i, c == previousLetter + 1 { return true }
                previousLetter = c
                previousEnd = j
            }
            i = j
        }
        return false
    }

    /// Whether a documented example value appears verbatim (used on whole tokens).
    /// A JSON Web Token HMAC-signed with a secret that documentation publishes (jwt.io's) is an example too.
    public static func isDocumentedExample(_ token: String) -> Bool {
        documented.contains(token) || token.hasSuffix("EXAMPLE") || token.hasSuffix("EXAMPLEKEY")
            || (token.hasPrefix("eyJ") && JWTShape.isSignedWithPublishedSecret(token))
    }
}
