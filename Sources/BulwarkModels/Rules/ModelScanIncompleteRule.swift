import BulwarkCore

/// A limit stopped the inspection, so the file cannot be called clean.
struct ModelScanIncompleteRule: ModelIssueRule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "model-scan-incomplete", name: "Model scan incomplete", family: "models",
            summary: "A safety limit (opcodes, memo, nesting, decompressed size, entries) stopped the scan of this model file.",
            rationale: """
            ## What it detects
            A model file whose inspection stopped at one of Bulwark's bounds: pickle opcodes, abstract values, \
            memo entries, stack or mark depth, container nesting depth, decompressed bytes or ratio, archive \
            entries, GGUF string and array lengths, or a member too large to read. The limits are options of this \
            rule (`max-opcodes`, `max-depth`, `max-pickle-bytes`, `max-decompressed-bytes`, `max-decompressed-per-file`, \
            `max-archive-entries`). Decompressed data held in memory is also bounded by one budget that every \
            worker shares (512 MiB), whatever `--jobs` is.

            ## Why it matters
            A scanner that silently stops at a limit reports an unread payload as clean; attackers pad files or \
            nest archives precisely to reach such limits. Bulwark never reports a truncated scan as clean.

            ## How to fix
            Raise the limit in `.bulwark.yml` (`rules: model-scan-incomplete: options: max-opcodes: ...`) if the \
            file is legitimately large, or convert the model to safetensors, which needs no such analysis.

            ## References
            - CWE-400: Uncontrolled Resource Consumption
            - CWE-409: Improper Handling of Highly Compressed Data (Data Amplification)
            """,
            defaultSeverity: .high, defaultConfidence: .high,
            remediation: "Raise the limit for this file if it is legitimate, or convert the model to safetensors.",
            options: [.integer("max-opcodes", min: 1, "pickle opcodes read per stream"),
                      .integer("max-depth", min: 0, "container nesting depth (zip in tar in gzip...)"),
                      .integer("max-pickle-bytes", min: 1, "bytes of one pickle stream"),
                      .integer("max-decompressed-bytes", min: 1, "bytes decompressed from one member or stream"),
                      .integer("max-decompressed-per-file", min: 1, "bytes decompressed for one file in total (nested archives included)"),
                      .integer("max-archive-entries", min: 1, "members read per archive"),
                      .integer("max-memo", min: 1, "pickle memo entries"),
                      .integer("max-stack-depth", min: 1, "pickle stack and mark depth")],
            lazyExamples: [
                Example(.triggers, path: "models/big.pkl", bytes: PickleExamples.stateDict, options: ["max-opcodes": .int(5)]),
                Example(.clean, path: "models/state.pkl", bytes: PickleExamples.stateDict),
            ])

    static let issueKind = ModelIssue.Kind.scanIncomplete

    func message(_ issue: ModelIssue) -> String { "Scan incomplete: " + issue.fact }
}
