import BulwarkCore
import BulwarkFormats
import BulwarkWorkflows
import Testing

// Session 15: `.pre-commit-config.yaml` hook repositories (zizmor's insecure-url-scheme and
// archived-uses inputs for pre-commit, rebuilt in our own words).

@Test func preCommitConfigsAreRecognisedAnywhere() {
    #expect(CIFileKind.of(path: ".pre-commit-config.yaml") == .preCommit)
    #expect(CIFileKind.of(path: "tools/lint/.pre-commit-config.yml") == .preCommit)
    #expect(CIFileKind.of(path: "pre-commit-config.yaml") == nil)
}

@Test func insecureAndArchivedHookRepositoriesAreReported() {
    let config = """
    repos:
      - repo: http://github.com/acme/hooks
        rev: v1.2.0
        hooks:
          - id: lint
      - repo: git://example.org/hooks.git
        rev: v3
        hooks:
          - id: fmt
      - repo: https://github.com/Pre-Commit/Mirrors-Prettier
        rev: v3.1.0
        hooks:
          - id: prettier
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: 2c9f875913ee60ca25ce70243dc24d5b6415598c
        hooks:
          - id: check-yaml
      - repo: local
        hooks:
          - id: tests
            entry: make test
            language: system
    """
    let f = scanRepo([".pre-commit-config.yaml": config])
    let insecure = f.filter { $0.ruleID == "workflow-precommit-insecure-repo" }
    #expect(insecure.map { $0.location.startLine ?? 0 } == [2, 6])
    #expect(insecure.allSatisfy { $0.severity == .high })
    let archived = f.filter { $0.ruleID == "workflow-archived-action" }
    #expect(archived.map { $0.location.startLine ?? 0 } == [10])
    // Nothing else fires on a pre-commit file.
    #expect(Set(f.map(\.ruleID)) == ["workflow-precommit-insecure-repo", "workflow-archived-action"])
}

@Test func cleanPreCommitConfigHasNoFindings() {
    let config = """
    repos:
      - repo: https://github.com/astral-sh/ruff-pre-commit
        rev: v0.6.9
        hooks:
          - id: ruff
      - repo: meta
        hooks:
          - id: check-hooks-apply
    """
    #expect(scanRepo([".pre-commit-config.yaml": config]).isEmpty)
}
