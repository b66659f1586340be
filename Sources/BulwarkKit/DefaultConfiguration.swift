/// The commented `.bulwark.yml` that `bulwark init` writes. It must always parse and validate
/// (a test checks it), so every key shown is real.
public enum DefaultConfiguration {
    public static let text = """
    # Bulwark configuration. Every key is optional; delete what you do not need.
    # Docs: docs/configuration.md · rule ids: `bulwark rules` · one rule: `bulwark explain ID`
    version: 1

    # Exit 1 when a finding is at or above this severity (critical, high, medium, low, info).
    fail-on: high

    # Files larger than this are never read whole; model scanners read only the parts they need.
    max-file-size: 256MB

    # Paths to leave out of every family (gitignore-style globs). Gitignored files ARE scanned
    # by default, because model folders and .env files are often ignored yet loaded.
    exclude:
      - "**/testdata/**"

    # Per-family switches and excludes.
    families:
      core: true
      # secrets:
      #   exclude: ["docs/**"]

    # Per-rule settings: enabled, severity override, options.
    rules:
      scan-skipped-symlink:
        enabled: true
        severity: info
      # workflow-unpinned-action:
      #   options:
      #     policy: hash-pin

    # Named allowlists read by the families.
    allowlists:
      # Extra pickle globals your checkpoints legitimately use (module.qualname).
      pickle-globals: []
      # Where models may come from (hub organisations or internal registries).
      model-sources: []

    """
}
