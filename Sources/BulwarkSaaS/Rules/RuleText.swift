import BulwarkCore

/// Builds the four-section rationale every SaaS rule carries.
enum RuleText {
    static func rationale(what: String, why: String, fix: String, refs: [String]) -> String {
        """
        ## What it detects
        \(what)

        ## Why it matters
        \(why)

        ## How to fix
        \(fix)

        ## References
        \(refs.map { "- \($0)" }.joined(separator: "\n"))
        """
    }

    static let vercelRefs = ["Vercel: Sensitive environment variables <https://vercel.com/docs/environment-variables/sensitive-environment-variables>",
                             "CWE-312: Cleartext Storage of Sensitive Information <https://cwe.mitre.org/data/definitions/312.html>"]

    /// A fake but well-shaped value for examples, assembled at run time.
    static func fake(_ prefix: String, _ n: Int, seed: UInt64) -> String {
        prefix + FakeSecretsBridge.string(n, seed: seed)
    }
}

import BulwarkSecrets

enum FakeSecretsBridge {
    static func string(_ n: Int, seed: UInt64) -> String { FakeSecrets.string(.base62, count: n, seed: seed) }
}
