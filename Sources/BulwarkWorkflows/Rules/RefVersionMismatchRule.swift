import BulwarkCore
import BulwarkFormats

/// SHA pins whose `# vX.Y.Z` comment names another release than the pinned commit.
struct RefVersionMismatchRule: Rule {
    typealias Model = CIModel
    static let rule = RuleDescription(
        id: "workflow-ref-version-mismatch", name: "SHA pin with a mismatching version comment", family: "workflows",
        summary: "An action pinned by commit SHA carries a `# vX.Y.Z` comment that names another release than the pinned commit.",
        rationale: rationale(
            detects: """
            `uses: owner/action@<sha> # vX.Y.Z`, offline, in two ways. **Against a shipped table** of release tags \
            and their commits for the most used actions (`actions/checkout`, `setup-python`, `setup-node`, `setup-go`, \
            `setup-java`, `cache`, `upload-artifact`, `download-artifact`, `github-script`, `docker/*`, \
            `pypa/gh-action-pypi-publish`, ...): the comment names a known release but the SHA is another commit \
            (high: the commit may not even belong to the action, an impostor commit from a fork), or the SHA is a \
            known release with another version (medium: a stale comment). **Across the repository**: the same action \
            pinned to one SHA with incompatible comments (`# v4.1.1` here, `# v4.2.2` there), or the same exact \
            version pinned to different SHAs; the finding points at the odd one out. A major-only comment (`# v4`) \
            is compatible with every `v4.x.y`; actions and versions the table does not know are not findings.
            """,
            matters: """
            Reviewers and update tools (Dependabot, Renovate) read the comment, the runner executes the SHA. A \
            comment that lies hides what really runs: an attacker who slips in a commit from a fork of \
            `actions/checkout` labelled `# v4.2.2` passes review, and a stale comment makes everyone believe a \
            vulnerable version was updated. zizmor reports this as `ref-version-mismatch`, but only with network \
            access.
            """,
            fix: """
            Re-pin with a tool that writes both the SHA and the comment (`pinact`, `ratchet`, Dependabot or \
            Renovate with digest pinning), or correct the SHA to the one the message names.
            """,
            references: ["zizmor audit `ref-version-mismatch`",
                         "[GitHub: Using third-party actions](https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions)",
                         "[Imposter commits in GitHub Actions](https://www.chainguard.dev/unchained/what-the-fork-imposter-commits-in-github-actions-and-ci-cd)"]),
        defaultSeverity: .medium, defaultConfidence: .medium,
        remediation: "Re-pin the action so that the SHA and its version comment name the same release.",
        examples: [
            Example(.triggers, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.2.2 # <-
                  - uses: actions/setup-python@0123456789abcdef0123456789abcdef01234567 # v5.6.0 # <-
            """, commentPrefix: "#"),
            Example(.triggers, path: ".github/workflows/release.yml", """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: acme/deploy-action@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa # v2.1.0 # <-
            """, siblings: [
                "ci.yml": """
                on: push
                jobs:
                  a:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: acme/deploy-action@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb # v2.1.0
                  b:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: acme/deploy-action@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb # v2.1.0
                """]),
            Example(.clean, path: wf, """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                  - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4
                  - uses: actions/setup-node@0123456789abcdef0123456789abcdef01234567 # v4
                  - uses: acme/tool@0123456789abcdef0123456789abcdef01234567 # v1.0.0
                  - uses: acme/tool@0123456789abcdef0123456789abcdef01234567 # v1
            """),
        ])
    var description: RuleDescription { Self.rule }

    /// One `uses: owner/repo@<sha> # <version>` occurrence.
    struct Pin {
        var slug: String
        var sha: String
        var version: String
        var numbers: [Int]
        var line: Int
        var column: Int
        var raw: String
    }

    func check(_ model: CIModel, context: RuleContext) -> [Finding] {
        Self.pins(model).compactMap { p in
            guard let (severity, message) = Self.tableVerdict(p) else { return nil }
            return .workflow(Self.rule, message, context, line: p.line, column: p.column, severity: severity, anchor: "table:\(p.raw)")
        }
    }

    static func pins(_ model: CIModel) -> [Pin] {
        var out: [Pin] = []
        func add(_ u: YScalar, _ comment: String?) {
            guard let a = ActionRef(u.value), a.kind == .repository, a.isFullSHA, let sha = a.ref?.lowercased(), sha.count == 40,
                  let v = PinVersion.parse(comment: comment) else { return }
            out.append(Pin(slug: a.slug, sha: sha, version: v.text, numbers: v.numbers, line: u.line, column: u.column, raw: u.value))
        }
        for s in model.steps { if let u = s.step.uses { add(u, s.step.usesComment) } }
        for j in model.workflow?.jobs ?? [] {
            if let u = j.uses, u.line >= 1, u.line <= model.lines.count { add(u, comment(of: model.lines[u.line - 1])) }
        }
        return out
    }

    static func comment(of line: Substring) -> String? {
        guard let r = line.range(of: " #") else { return nil }
        return String(line[r.upperBound...]).trimmingCharacters(in: [" ", "\t", "\r"])
    }

    /// What the shipped table says of a pin: nil when it agrees or does not know.
    static func tableVerdict(_ p: Pin) -> (Severity, String)? {
        let table = KnownActionTags.shared
        let known = table.tags(of: p.slug, sha: p.sha)
        if !known.isEmpty {
            if known.contains(where: { PinVersion.numbers($0.tag).map { PinVersion.compatible($0, p.numbers) } ?? false }) { return nil }
            let names = known.map(\.tag).joined(separator: ", ")
            return (.medium, "`\(p.slug)@\(p.sha.prefix(12))…` is release \(names), not `\(p.version)` as its comment says: reviewers and update tools are told another version than the one that runs.")
        }
        guard PinVersion.isExact(p.numbers), let expected = table.sha(of: p.slug, version: p.numbers) else { return nil }
        return (.high, "The comment says `\(p.version)` but `\(p.slug)` \(expected.tag) is commit \(expected.sha); the pinned commit \(p.sha) is not a release this table knows (a stale comment, or an impostor commit from a fork). Expected `uses: \(p.slug)@\(expected.sha) # \(expected.tag)`.")
    }

    // MARK: Repository-level consistency

    /// Pins found by a cheap line scan of a workflow or action file (no YAML parse).
    static func scanPins(text: String) -> [Pin] {
        var out: [Pin] = []
        for (i, rawLine) in WorkflowsScanner.lines(text).enumerated() where rawLine.contains("uses:") {
            var s = rawLine.drop { $0 == " " || $0 == "\t" }
            if s.hasPrefix("-") { s = s.dropFirst().drop { $0 == " " || $0 == "\t" } }
            guard s.hasPrefix("uses:") else { continue }
            let rest = s.dropFirst(5).drop { $0 == " " || $0 == "\t" }
            guard let r = rest.range(of: " #") else { continue }
            var value = rest[..<r.lowerBound].trimmingCharacters(in: [" ", "\t"])
            if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f { value = String(value.dropFirst().dropLast()) }
            guard let a = ActionRef(value), a.kind == .repository, a.isFullSHA, let sha = a.ref?.lowercased(), sha.count == 40,
                  let v = PinVersion.parse(comment: String(rest[r.upperBound...])) else { continue }
            let column = rawLine.distance(from: rawLine.startIndex, to: rest.startIndex) + 1
            out.append(Pin(slug: a.slug, sha: sha, version: v.text, numbers: v.numbers, line: i + 1, column: column, raw: value))
        }
        return out
    }

    /// Pins that disagree with the rest of the repository (the table does not decide them).
    static func consistencyFindings(files: [(SourceFile, [Pin])], context: ScanContext) -> [Finding] {
        let settings = context.settings(for: rule)
        guard settings.enabled else { return [] }
        typealias Located = (file: SourceFile, pin: Pin)
        var all: [Located] = []
        for (f, pins) in files { for p in pins where tableVerdict(p) == nil { all.append((f, p)) } }
        let table = KnownActionTags.shared
        var flagged: [String: (Located, Severity, String)] = [:]
        func where_(_ l: Located) -> String { "\(l.file.relativePath):\(l.pin.line)" }
        func flag(_ l: Located, _ severity: Severity, _ message: String) {
            let key = where_(l)
            if flagged[key] == nil { flagged[key] = (l, severity, message) }
        }

        // Same commit, incompatible comments.
        let bySHA = Dictionary(grouping: all) { "\($0.pin.slug)@\($0.pin.sha)" }
        for (_, group) in bySHA.sorted(by: { $0.key < $1.key }) {
            guard let first = group.first, table.tags(of: first.pin.slug, sha: first.pin.sha).isEmpty else { continue }
            let versions = Dictionary(grouping: group) { $0.pin.numbers }
            guard versions.count > 1 else { continue }
            // The version compatible with the most occurrences wins; the others are the odd ones out.
            let support = versions.keys.map { v in (v, group.filter { PinVersion.compatible($0.pin.numbers, v) }.count) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.count > $1.0.count }
            guard let best = support.first else { continue }
            let tie = support.count > 1 && support[1].1 == best.1 && !PinVersion.compatible(support[1].0, best.0)
            let odd = group.filter { !PinVersion.compatible($0.pin.numbers, best.0) }
            guard !odd.isEmpty else { continue }
            let witness = group.first { PinVersion.compatible($0.pin.numbers, best.0) }
            for l in (tie ? group.filter { g in group.contains { !PinVersion.compatible($0.pin.numbers, g.pin.numbers) } } : odd) {
                let other = tie ? group.first { !PinVersion.compatible($0.pin.numbers, l.pin.numbers) } : witness
                guard let o = other else { continue }
                flag(l, tie ? .low : .medium,
                     "`\(l.pin.slug)@\(l.pin.sha.prefix(12))…` is labelled `\(l.pin.version)` here but `\(o.pin.version)` at \(where_(o)): one of the comments is wrong.")
            }
        }

        // Same exact version, different commits.
        let byVersion = Dictionary(grouping: all.filter { PinVersion.isExact($0.pin.numbers) }) {
            "\($0.pin.slug)#\($0.pin.numbers.map(String.init).joined(separator: "."))"
        }
        for (_, group) in byVersion.sorted(by: { $0.key < $1.key }) {
            guard let first = group.first, table.sha(of: first.pin.slug, version: first.pin.numbers) == nil else { continue }
            let shas = Dictionary(grouping: group) { $0.pin.sha }
            guard shas.count > 1 else { continue }
            let ranked = shas.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            let tie = ranked[1].value.count == ranked[0].value.count
            for (sha, members) in ranked where tie || sha != ranked[0].key {
                guard let o = group.first(where: { $0.pin.sha != sha }) else { continue }
                for l in members {
                    flag(l, tie ? .low : .medium,
                         "`\(l.pin.slug)` `\(l.pin.version)` is pinned to \(sha) here but to \(o.pin.sha) at \(where_(o)): the same release cannot be two commits.")
                }
            }
        }

        return flagged.values.sorted { where_($0.0) < where_($1.0) }.map { (l, severity, message) in
            let ctx = context.ruleContext(rule, file: l.file)
            return .workflow(rule, message, ctx, line: l.pin.line, column: l.pin.column, severity: severity, anchor: "repo:\(l.pin.raw)")
        }
    }
}
