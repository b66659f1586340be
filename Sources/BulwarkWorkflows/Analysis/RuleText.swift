import BulwarkCore

/// Builds the four-section Markdown rationale every rule carries.
func rationale(detects: String, matters: String, fix: String, references: [String]) -> String {
    """
    ## What it detects
    \(detects)

    ## Why it matters
    \(matters)

    ## How to fix
    \(fix)

    ## References
    \(references.map { "- " + $0 }.joined(separator: "\n"))
    """
}

/// The path every workflow example uses unless it needs another kind of file.
let wf = ".github/workflows/ci.yml"
