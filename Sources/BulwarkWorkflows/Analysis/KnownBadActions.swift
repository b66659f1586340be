import Foundation

/// The offline database of compromised GitHub Actions, shipped inside the binary.
///
/// The data lives in `knownBadActionsJSON` below (a versioned JSON document kept in the source so
/// that a single static Linux binary needs no resource bundle). Add entries there; the schema is:
/// `action` (owner/repo[/path], lowercased), `advisories`, `maliciousCommits` (full SHAs),
/// `affectedTags` (exact tags) and/or `affectedRange` (`{"from": "1", "through": "45.0.7"}`,
/// compared as dotted numbers with an optional leading `v`), `fixedIn`, `windowUTC`
/// (`start`/`end` in ISO 8601), `embeds` (another entry this action runs at a mutable ref, so even
/// a SHA pin of this action ran the bad code inside the window), and `summary`.
public struct KnownBadAction: Codable, Sendable {
    public struct Range: Codable, Sendable { public var from: String; public var through: String }
    public struct Window: Codable, Sendable { public var start: String; public var end: String }
    public var action: String
    public var advisories: [String]
    public var maliciousCommits: [String]
    public var affectedTags: [String]?
    public var affectedRange: Range?
    public var fixedIn: String?
    public var windowUTC: Window
    public var embeds: String?
    public var summary: String
}

public struct KnownBadActionsDatabase: Codable, Sendable {
    public var schemaVersion: Int
    public var databaseVersion: String
    public var entries: [KnownBadAction]

    public static let shared: KnownBadActionsDatabase = {
        (try? JSONDecoder().decode(KnownBadActionsDatabase.self, from: Data(knownBadActionsJSON.utf8)))
            ?? KnownBadActionsDatabase(schemaVersion: 1, databaseVersion: "invalid", entries: [])
    }()

    /// Entries for an action (`owner/repo` or `owner/repo/path`).
    public func entries(for fullName: String) -> [KnownBadAction] {
        entries.filter { $0.action == fullName }
    }

    /// Dotted numeric comparison of version-like refs (`v45.0.7`, `45`, `v1`).
    static func numbers(_ ref: String) -> [Int]? {
        var r = Substring(ref)
        if r.hasPrefix("v") || r.hasPrefix("V") { r = r.dropFirst() }
        let parts = r.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 4 else { return nil }
        var out: [Int] = []
        for p in parts { guard let n = Int(p), n >= 0, n < 1_000_000 else { return nil }; out.append(n) }
        return out
    }

    static func compare(_ a: [Int], _ b: [Int]) -> Int {
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : 0, y = i < b.count ? b[i] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }

    /// Whether a tag ref falls in an entry's affected tags or range. A short major tag such as
    /// `v44` moved with every release, so it is affected whenever its major is in the range.
    public static func tagAffected(_ ref: String, _ entry: KnownBadAction) -> Bool {
        if entry.affectedTags?.contains(ref) == true { return true }
        guard let range = entry.affectedRange, let v = numbers(ref), let lo = numbers(range.from),
              let hi = numbers(range.through) else { return false }
        let hiCut = Array(hi.prefix(v.count))
        return compare(v, Array(lo.prefix(max(1, v.count)))) >= 0 && compare(v, hiCut) <= 0
    }
}

/// Version 2025.03.2 of the database. Sources: GHSA-mrrh-fwg8-r2c3 (tj-actions/changed-files),
/// GHSA-qmg3-hpqr-gqvc (reviewdog/action-setup), and the Wiz, StepSecurity and Unit 42 write-ups.
let knownBadActionsJSON = #"""
{
  "schemaVersion": 1,
  "databaseVersion": "2025.03.2",
  "entries": [
    {
      "action": "tj-actions/changed-files",
      "advisories": ["CVE-2025-30066", "GHSA-mrrh-fwg8-r2c3"],
      "maliciousCommits": ["0e58ed8671d6b60d0890c21b07f8835ace038e67"],
      "affectedRange": {"from": "1", "through": "45.0.7"},
      "fixedIn": "46.0.1",
      "windowUTC": {"start": "2025-03-14T00:00:00Z", "end": "2025-03-15T23:59:59Z"},
      "summary": "every tag was repointed to a commit that dumped the runner's memory (all secrets) into the build log"
    },
    {
      "action": "tj-actions/eslint-changed-files",
      "advisories": ["CVE-2025-30066"],
      "maliciousCommits": [],
      "affectedTags": [],
      "windowUTC": {"start": "2025-03-11T18:42:00Z", "end": "2025-03-15T23:59:59Z"},
      "embeds": "reviewdog/action-setup",
      "summary": "runs reviewdog/action-setup@v1, which was compromised and led to the tj-actions/changed-files compromise"
    },
    {
      "action": "reviewdog/action-setup",
      "advisories": ["CVE-2025-30154", "GHSA-qmg3-hpqr-gqvc"],
      "maliciousCommits": ["f0d342d24037bb11d26b9bd8496e0808ba32e9ec"],
      "affectedTags": ["v1"],
      "windowUTC": {"start": "2025-03-11T18:42:00Z", "end": "2025-03-11T20:31:00Z"},
      "summary": "the v1 tag pointed to a commit that dumped runner secrets into the build log"
    },
    {
      "action": "reviewdog/action-shellcheck",
      "advisories": ["CVE-2025-30154"], "maliciousCommits": [], "affectedTags": [],
      "windowUTC": {"start": "2025-03-11T18:42:00Z", "end": "2025-03-11T20:31:00Z"},
      "embeds": "reviewdog/action-setup",
      "summary": "runs reviewdog/action-setup@v1 (compromised)"
    },
    {
      "action": "reviewdog/action-composite-template",
      "advisories": ["CVE-2025-30154"], "maliciousCommits": [], "affectedTags": [],
      "windowUTC": {"start": "2025-03-11T18:42:00Z", "end": "2025-03-11T20:31:00Z"},
      "embeds": "reviewdog/action-setup",
      "summary": "runs reviewdog/action-setup@v1 (compromised)"
    },
    {
      "action": "reviewdog/action-staticcheck",
      "advisories": ["CVE-2025-30154"], "maliciousCommits": [], "affectedTags": [],
      "windowUTC": {"start": "2025-03-11T18:42:00Z", "end": "2025-03-11T20:31:00Z"},
      "embeds": "reviewdog/action-setup",
      "summary": "runs reviewdog/action-setup@v1 (compromised)"
    },
    {
      "action": "reviewdog/action-ast-grep",
      "advisories": ["CVE-2025-30154"], "maliciousCommits": [], "affectedTags": [],
      "windowUTC": {"start": "2025-03-11T18:42:00Z", "end": "2025-03-11T20:31:00Z"},
      "embeds": "reviewdog/action-setup",
      "summary": "runs reviewdog/action-setup@v1 (compromised)"
    },
    {
      "action": "reviewdog/action-typos",
      "advisories": ["CVE-2025-30154"], "maliciousCommits": [], "affectedTags": [],
      "windowUTC": {"start": "2025-03-11T18:42:00Z", "end": "2025-03-11T20:31:00Z"},
      "embeds": "reviewdog/action-setup",
      "summary": "runs reviewdog/action-setup@v1 (compromised)"
    }
  ]
}
"""#
