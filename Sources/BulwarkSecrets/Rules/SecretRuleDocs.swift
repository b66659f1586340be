import BulwarkCore

/// Generates each catalog record's rule description, including its examples, from the record.
enum SecretRuleDocs {
    static func commentPrefix(for path: String) -> String? {
        let lower = path.lowercased()
        if lower.hasSuffix(".ipynb") { return nil }
        if lower.hasSuffix(".js") || lower.hasSuffix(".ts") || lower.hasSuffix(".json") || lower.hasSuffix(".go")
            || lower.hasSuffix(".swift") || lower.hasSuffix(".java") || lower.hasSuffix(".kt") { return "//" }
        return "#"
    }

    /// The rotation step as a sentence start: "Rotate it at <url>", "Rotate it in <console path>",
    /// or the catalog's own instruction ("Change the database user's password").
    static func rotateStep(_ rotate: String, link: Bool) -> String {
        if rotate.hasPrefix("http") { return "Rotate it at " + (link ? "<\(rotate)>" : rotate) }
        guard let first = rotate.first else { return "Rotate it" }
        if first.isLowercase { return first.uppercased() + rotate.dropFirst() }
        return "Rotate it in " + rotate
    }

    static func description(for p: SecretPattern) -> RuleDescription {
        let seed = FakeSecrets.seed(p.id)
        let sample = p.sample(seed)
        var examples: [Example] = []
        if !sample.isEmpty {
            examples.append(Example(.triggers, path: ".env", "# service credentials\n\(p.envName)=\(sample) # <-", commentPrefix: "#"))
        }
        for (path, text) in p.extraHits {
            let t = text.replacingOccurrences(of: "{S}", with: p.sample(seed &+ 2))
            examples.append(Example(.triggers, path: path, t, commentPrefix: commentPrefix(for: path)))
        }
        examples.append(Example(.clean, path: ".env", "\(p.envName)=${\(p.envName)}"))
        if p.generatedMisses, !sample.isEmpty {
            switch p.matcher {
            case .token(let prefixes, _, let length):
                let prefix = prefixes.first ?? ""
                examples.append(Example(.clean, path: ".env", "\(p.envName)=\(prefix)\(String(repeating: "x", count: length.lowerBound + 2))"))
                if length.lowerBound > 4 {
                    let body = sample.dropFirst(prefix.count).prefix(length.lowerBound - 1)
                    examples.append(Example(.clean, path: "src/config.py", "TRUNCATED = \"\(prefix)\(body)\""))
                }
            case .keyed(_, let valuePrefix, _, let length):
                examples.append(Example(.clean, path: "src/config.py", "SETTING_VALUE = \"\(sample)\""))
                let body = sample.dropFirst(valuePrefix.count).prefix(length.lowerBound - 1)
                examples.append(Example(.clean, path: ".env", "\(p.envName)=\(valuePrefix)\(body)"))
            case .custom:
                break
            }
        }
        for (path, text) in p.extraMisses {
            examples.append(Example(.clean, path: path, text.replacingOccurrences(of: "{S}", with: p.sample(seed &+ 2))))
        }

        let shape: String
        switch p.matcher {
        case .token(let prefixes, let body, let length):
            shape = "the literal prefix \(prefixes.map { "`\($0)`" }.joined(separator: " or ")) followed by \(length.lowerBound == length.upperBound ? "\(length.lowerBound)" : "\(length.lowerBound) to \(length.upperBound)") characters of `\(body.regexClass)`, bounded on both sides"
        case .keyed(let keywords, let valuePrefix, let body, let length):
            shape = "a value of \(length.lowerBound == length.upperBound ? "\(length.lowerBound)" : "\(length.lowerBound) to \(length.upperBound)") characters of `\(body.regexClass)`\(valuePrefix.isEmpty ? "" : " starting with `\(valuePrefix)`") assigned on the same line as \(keywords.map { "`\($0)`" }.joined(separator: ", ")) (case-insensitive), within \(SecretEngine.keyedWindow) bytes after it. The value must look like one: a quoted literal or the right-hand side of an assignment, never an identifier or a dotted path in code, an import, a call, or a string that holds the keyword itself"
        case .custom:
            shape = "a hand-written structural matcher (see the regular expression below)"
        }
        let checks = p.validate == nil ? "" : " A structural validator decodes or checksums each candidate offline; a candidate that fails it is not reported."
        let entropy = p.minEntropy > 0 ? " The variable part must reach \(p.minEntropy) bits of entropy per character." : ""
        var refs = p.references.map { "- <\($0)>" }
        refs.append("- CWE-798: Use of Hard-coded Credentials <https://cwe.mitre.org/data/definitions/798.html>")
        refs.append("- OWASP Secrets Management Cheat Sheet <https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html>")
        let rationale = """
        ## What it detects
        A \(p.name) (\(p.provider)) written into a file: \(shape).\(entropy)\(checks) Placeholders (`xxxx`, `${VAR}`, `<your-key>`, documented example keys, runs of one character) are ignored. Notebook strings are unescaped and Kubernetes Secret values base64-decoded before matching.

        Regular expression (capture group 1 is the secret): `\(p.matcher.regex)`

        ## Why it matters
        \(p.publishable ? "This identifier is public by design; it is reported at info level (opt-in) only so that an inventory can list it. It unlocks: \(p.unlocks)." : "Anyone who can read the repository, a fork, a CI log, a built package or a notebook export gets: \(p.unlocks). A secret deleted in a later commit stays in the git history and in every clone.")

        ## How to fix
        \(p.publishable ? "Nothing to rotate. Make sure the matching secret key is not committed elsewhere." : "\(rotateStep(p.rotate, link: true)) first: removing it from the code does not un-leak it. Then load it at run time from the environment or a secret manager, and purge it from history if the repository is public.")

        ## References
        \(refs.joined(separator: "\n"))
        """
        return RuleDescription(
            id: p.id, name: p.name, family: "secrets",
            summary: p.publishable ? "\(p.name) (public identifier, informational)" : "\(p.name) committed to the repository",
            rationale: rationale, defaultSeverity: p.severity, defaultConfidence: p.confidence, optIn: p.publishable,
            remediation: p.publishable ? "No action needed for the publishable key itself." : "\(rotateStep(p.rotate, link: false)), then read it from a secret store or the environment.",
            options: [.strings("ignore-paths", "globs of files where this secret rule does not report")],
            examples: examples)
    }
}
