import BulwarkCore
import BulwarkSecrets

/// A real-looking credential in `.env.example` / `.env.sample`.
public struct EnvExampleRealValueRule: Rule {
    public typealias Model = SaaSDocument
    public init() {}

    public static let rule = RuleDescription(
        id: "saas-env-example-real-value", name: "Real-looking value in an example env file", family: "saas",
        summary: "`.env.example` or `.env.sample` holds a value that looks like a real credential",
        rationale: RuleText.rationale(
            what: "Entries of `.env.example`, `.env.sample`, `.env.template` whose value a secrets rule recognizes (valid shape, checksum, entropy), rather than a placeholder such as `sk-...`, `changeme` or an empty value.",
            why: "Example files are committed on purpose and copied by every contributor; a developer who filled in a real key \"to show the format\" published it.",
            fix: "Rotate the key, then replace the value with an obvious placeholder (`OPENAI_API_KEY=sk-proj-...`) or leave it empty.",
            refs: ["CWE-798: Use of Hard-coded Credentials <https://cwe.mitre.org/data/definitions/798.html>"]),
        defaultSeverity: .high, remediation: "Rotate the key and replace the value with a placeholder.",
        examples: [
            Example(.triggers, path: ".env.example", "OPENAI_API_KEY=sk-proj-" + RuleText.fake("", 60, seed: 8) + "T3Blbk" + "FJ" + RuleText.fake("", 60, seed: 9) + " # <-\nLOG_LEVEL=info"),
            Example(.clean, path: ".env.example", "OPENAI_API_KEY=sk-proj-...\nHF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app"),
        ])

    public var description: RuleDescription { Self.rule }

    public func check(_ model: SaaSDocument, context: RuleContext) -> [Finding] {
        guard case .envExample(let entries) = model else { return [] }
        var out: [Finding] = []
        for e in entries where !e.value.isEmpty {
            let hits = SecretCatalog.engine.scan(Array("\(e.key)=\(e.value)".utf8), path: context.file.relativePath)
                .filter { !SecretCatalog.engine.patterns[$0.patternIndex].publishable }
            guard let h = hits.first else { continue }
            let p = SecretCatalog.engine.patterns[h.patternIndex]
            out.append(Finding(rule: Self.rule, message: "`\(e.key)` in \(context.file.fileName) holds a real-looking \(p.name) `\(SecretFindings.redact(h.secret))`",
                               location: context.location(line: e.line), anchor: e.key + ":" + SecretFindings.hash(h.secret),
                               properties: ["key": e.key, "secret": SecretFindings.redact(h.secret), "provider": p.provider]))
        }
        return out
    }
}
