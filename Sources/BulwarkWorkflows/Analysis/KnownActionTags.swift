import Foundation

/// An offline table of release tags and the full commit SHAs they point to, for the most used
/// actions, so that `uses: owner/action@<sha> # vX.Y.Z` can be checked without the network.
///
/// The data lives in `knownActionTagsJSON` below (a versioned JSON document, like the known-bad
/// actions database). A pair is recorded only when it was seen in at least two independent public
/// repositories and never with a different SHA for the same tag; `seen` says where it came from.
/// Only exact release tags are listed: major tags (`v4`) move with every release and are checked by
/// prefix (a SHA known as `v4.2.2` is a fine `# v4` pin, not a fine `# v5` pin).
public struct KnownActionTags: Sendable {
    public struct Tag: Codable, Sendable {
        public var tag: String
        public var sha: String
        public var seen: String
    }
    public struct Entry: Codable, Sendable {
        public var action: String
        public var tags: [Tag]
    }
    struct Document: Codable {
        var schemaVersion: Int
        var databaseVersion: String
        var entries: [Entry]
    }

    public let databaseVersion: String
    /// Lowercased `owner/repo` -> tags.
    let byAction: [String: [Tag]]

    init(document: Document) {
        databaseVersion = document.databaseVersion
        var map: [String: [Tag]] = [:]
        for e in document.entries {
            map[e.action.lowercased(), default: []] += e.tags.map { Tag(tag: $0.tag, sha: $0.sha.lowercased(), seen: $0.seen) }
        }
        byAction = map
    }

    public static let shared: KnownActionTags = {
        let doc = (try? JSONDecoder().decode(Document.self, from: Data(knownActionTagsJSON.utf8)))
            ?? Document(schemaVersion: 1, databaseVersion: "invalid", entries: [])
        return KnownActionTags(document: doc)
    }()

    /// Every known tag of an action (`owner/repo`, lowercased).
    public func tags(of action: String) -> [Tag] { byAction[action] ?? [] }

    /// Tags the table knows for a commit of an action.
    public func tags(of action: String, sha: String) -> [Tag] {
        let s = sha.lowercased()
        return tags(of: action).filter { $0.sha == s }
    }

    /// The SHA of an exact tag, compared numerically (`v4.2.2` == `4.2.2`).
    public func sha(of action: String, version: [Int]) -> Tag? {
        tags(of: action).first { PinVersion.numbers($0.tag) == version }
    }
}

/// Version comments next to SHA pins (`# v4.2.2`, `# tag=v4.2.2`, `# pin@v4`, `# ratchet:owner/repo@v4`).
public enum PinVersion {
    /// The version a pin comment claims, as written and as numbers; nil when it is not a version.
    public static func parse(comment: String?) -> (text: String, numbers: [Int])? {
        guard let c = comment else { return nil }
        let first = c.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: true).first ?? ""
        guard var token = first.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) else { return nil }
        for prefix in ["tag=", "tag:", "version=", "version:"] where token.lowercased().hasPrefix(prefix) {
            token = String(token.dropFirst(prefix.count))
        }
        if let at = token.lastIndex(of: "@") { token = String(token[token.index(after: at)...]) }
        token = token.trimmingCharacters(in: CharacterSet(charactersIn: "()[],;`'\""))
        guard let n = numbers(token) else { return nil }
        return (token, n)
    }

    /// `v4.2.2` -> [4, 2, 2]; nil for anything else (branches, pre-releases, words).
    public static func numbers(_ text: String) -> [Int]? {
        var t = Substring(text)
        if t.hasPrefix("v") || t.hasPrefix("V") { t = t.dropFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 4 else { return nil }
        var out: [Int] = []
        for p in parts {
            guard !p.isEmpty, p.count <= 6, p.allSatisfy(\.isASCII), let n = Int(p), n >= 0 else { return nil }
            out.append(n)
        }
        return out
    }

    /// Whether two versions can name the same commit: one is a prefix of the other (`v4` and `v4.2.2`).
    public static func compatible(_ a: [Int], _ b: [Int]) -> Bool {
        let n = min(a.count, b.count)
        return Array(a.prefix(n)) == Array(b.prefix(n))
    }

    /// An exact release version (at least major.minor.patch).
    public static func isExact(_ v: [Int]) -> Bool { v.count >= 3 }

    public static func display(_ v: [Int]) -> String { "v" + v.map(String.init).joined(separator: ".") }
}

/// Version 2025.11.1 of the table. Each `seen` field counts the distinct public files (from
/// independent repositories, found by exact search of `<sha> # <tag>` or `<action>@<sha>`) that
/// carried the pair; pairs seen fewer than twice were left out (actions/setup-node v5.0.0,
/// actions/github-script v6.4.1 and v7.0.0, actions/upload-artifact v4.0.0,
/// pypa/gh-action-pypi-publish v1.12.3). Conflicting comments seen in the
/// wild (a known SHA labelled with another tag) are the stale comments this table exists to catch.
let knownActionTagsJSON = #"""
{
  "schemaVersion": 1,
  "databaseVersion": "2025.11.1",
  "entries": [
    {"action": "actions/checkout", "tags": [
      {"tag": "v5.0.0", "sha": "08c6903cd8c0fde910a37f88322edcfb5dd907a8", "seen": "7 public files"},
      {"tag": "v4.3.0", "sha": "08eba0b27e820071cde6df949e0beb9ba4906955", "seen": "5 public files"},
      {"tag": "v4.2.2", "sha": "11bd71901bbe5b1630ceea73d27597364c9af683", "seen": "6 public files"},
      {"tag": "v4.2.1", "sha": "eef61447b9ff4aafe5dcd4e0bbf5d482be7e7871", "seen": "4 public files"},
      {"tag": "v4.1.7", "sha": "692973e3d937129bcbf40652eb9f2f61becf3332", "seen": "6 public files"},
      {"tag": "v4.1.1", "sha": "b4ffde65f46336ab88eb53be808477a3936bae11", "seen": "7 public files"},
      {"tag": "v4.1.0", "sha": "8ade135a41bc03ea155e62e844d188df1ea18608", "seen": "10 public files"},
      {"tag": "v4.0.0", "sha": "3df4ab11eba7bda6032a0b82a6bb43b11571feac", "seen": "10 public files"},
      {"tag": "v3.6.0", "sha": "f43a0e5ff2bd294095638e18286ca9a3d1956744", "seen": "4 public files"},
      {"tag": "v4.2.0", "sha": "d632683dd7b4114ad314bca15554477dd762a938", "seen": "7 public files"},
      {"tag": "v4.1.6", "sha": "a5ac7e51b41094c92402da3b24376905380afc29", "seen": "10 public files"},
      {"tag": "v4.1.4", "sha": "0ad4b8fadaa221de15dcec353f45205ec38ea70b", "seen": "10 public files"},
      {"tag": "v4.1.2", "sha": "9bb56186c3b09b4f86b1c65136769dd318469633", "seen": "10 public files"}
    ]},
    {"action": "actions/setup-python", "tags": [
      {"tag": "v6.0.0", "sha": "e797f83bcb11b83ae66e0230d6156d7c80228e7c", "seen": "5 public files"},
      {"tag": "v5.6.0", "sha": "a26af69be951a213d495a4c3e4e4022e16d87065", "seen": "2 public files"},
      {"tag": "v5.4.0", "sha": "42375524e23c412d93fb67b49958b491fce71c38", "seen": "2 public files"},
      {"tag": "v5.3.0", "sha": "0b93645e9fea7318ecaed2b359559ac225c90a2b", "seen": "8 public files"},
      {"tag": "v5.1.0", "sha": "82c7e631bb3cdc910f68e0081d67478d79c6982d", "seen": "6 public files"},
      {"tag": "v5.5.0", "sha": "8d9ed9ac5c53483de85588cdf95a591a75ab9f55", "seen": "3 public files"},
      {"tag": "v5.2.0", "sha": "f677139bbe7f9c59b41e40162b753c062f5d49a3", "seen": "6 public files"},
      {"tag": "v5.0.0", "sha": "0a5c61591373683505ea898e09a3ea4f39ef2b9c", "seen": "10 public files"}
    ]},
    {"action": "actions/setup-node", "tags": [
      {"tag": "v4.4.0", "sha": "49933ea5288caeca8642d1e84afbd3f7d6820020", "seen": "2 public files"},
      {"tag": "v4.2.0", "sha": "1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a", "seen": "7 public files"},
      {"tag": "v4.1.0", "sha": "39370e3970a6d050c480ffad4ff0ed4d3fdee5af", "seen": "7 public files"},
      {"tag": "v4.0.2", "sha": "60edb5dd545a775178f52524783378180af0d1f8", "seen": "7 public files"},
      {"tag": "v4.3.0", "sha": "cdca7365b2dadb8aad0a33bc7601856ffabcc48e", "seen": "7 public files"}
    ]},
    {"action": "actions/setup-go", "tags": [
      {"tag": "v5.5.0", "sha": "d35c59abb061a4a6fb18e82ac0862c26744d6ab5", "seen": "3 public files"},
      {"tag": "v5.4.0", "sha": "0aaccfd150d50ccaeb58ebd88d36e91967a5f35b", "seen": "8 public files"},
      {"tag": "v5.3.0", "sha": "f111f3307d8850f501ac008e886eec1fd1932a34", "seen": "7 public files"},
      {"tag": "v5.1.0", "sha": "41dfa10bad2bb2ae585af6ee5bb4d7d973ad74ed", "seen": "6 public files"},
      {"tag": "v5.0.0", "sha": "0c52d547c9bc32b1aa3301fd7a9cb496313a4491", "seen": "7 public files"},
      {"tag": "v5.2.0", "sha": "3041bf56c941b39c61721a86cd11f3bb1338122a", "seen": "10 public files"}
    ]},
    {"action": "actions/setup-java", "tags": [
      {"tag": "v4.7.1", "sha": "c5195efecf7bdfc987ee8bae7a71cb8b11521c00", "seen": "10 public files"}
    ]},
    {"action": "actions/cache", "tags": [
      {"tag": "v4.2.4", "sha": "0400d5f644dc74513175e3cd8d07132dd4860809", "seen": "4 public files"},
      {"tag": "v4.2.3", "sha": "5a3ec84eff668545956fd18022155c47e93e2684", "seen": "6 public files"},
      {"tag": "v4.2.2", "sha": "d4323d4df104b026a6aa633fdb11d772146be0bf", "seen": "2 public files"},
      {"tag": "v4.2.0", "sha": "1bd1e32a3bdc45362d1e726936510720a7c30a57", "seen": "4 public files"},
      {"tag": "v4.0.2", "sha": "0c45773b623bea8c8e75f6c82b208c3cf94ea4f9", "seen": "7 public files"},
      {"tag": "v4.1.2", "sha": "6849a6489940f00c2f30c0fb92c6274307ccb58a", "seen": "9 public files"}
    ]},
    {"action": "actions/upload-artifact", "tags": [
      {"tag": "v4.6.2", "sha": "ea165f8d65b6e75b540449e92b4886f43607fa02", "seen": "10 public files"},
      {"tag": "v4.6.1", "sha": "4cec3d8aa04e39d1a68397de0c4cd6fb9dce8ec1", "seen": "10 public files"},
      {"tag": "v4.6.0", "sha": "65c4c4a1ddee5b72f698fdd19549f0f0fb45cf08", "seen": "5 public files"},
      {"tag": "v4.4.3", "sha": "b4b15b8c7c6ac21ea08fcf65892d2ee8f75cf882", "seen": "7 public files"},
      {"tag": "v4.3.6", "sha": "834a144ee995460fba8ed112a2fc961b36a5ec5a", "seen": "9 public files"},
      {"tag": "v4.5.0", "sha": "6f51ac03b9356f520e9adb1b1b7802705f340c2b", "seen": "10 public files"}
    ]},
    {"action": "actions/download-artifact", "tags": [
      {"tag": "v4.3.0", "sha": "d3f86a106a0bac45b974a628896c90dbdf5c8093", "seen": "10 public files"},
      {"tag": "v4.1.8", "sha": "fa0a91b85d4f404e444e00e005971372dc801d16", "seen": "6 public files"},
      {"tag": "v4.2.1", "sha": "95815c38cf2ff2164869cbab79da8d1f422bc89e", "seen": "7 public files"},
      {"tag": "v4.1.7", "sha": "65a9edc5881444af0b9093a5e628f2fe47ea3b2e", "seen": "10 public files"}
    ]},
    {"action": "actions/github-script", "tags": [
      {"tag": "v8.0.0", "sha": "ed597411d8f924073f98dfc5c65a23a2325f34cd", "seen": "10 public files"},
      {"tag": "v7.0.1", "sha": "60a0d83039c74a4aee543508d2ffcb1c3799cdea", "seen": "10 public files"}
    ]},
    {"action": "docker/build-push-action", "tags": [
      {"tag": "v6.18.0", "sha": "263435318d21b8e681c14492fe198d362a7d2c83", "seen": "10 public files"},
      {"tag": "v6.9.0", "sha": "4f58ea79222b3b9dc2c8bbdd6debcef730109a75", "seen": "10 public files"},
      {"tag": "v6.15.0", "sha": "471d1dc4e07e5cdedd4c2171150001c434f0b7a4", "seen": "10 public files"},
      {"tag": "v5.0.0", "sha": "0565240e2d4ab88bba5387d719585280857ece09", "seen": "10 public files"}
    ]},
    {"action": "docker/login-action", "tags": [
      {"tag": "v3.4.0", "sha": "74a5d142397b4f367a81961eba4e8cd7edddf772", "seen": "10 public files"},
      {"tag": "v3.3.0", "sha": "9780b0c442fbb1117ed29e0efdff1e18412f7567", "seen": "10 public files"},
      {"tag": "v3.0.0", "sha": "343f7c4344506bcbf9b4de18042ae17996df046d", "seen": "10 public files"}
    ]},
    {"action": "docker/setup-buildx-action", "tags": [
      {"tag": "v3.11.1", "sha": "e468171a9de216ec08956ac3ada2f0791b6bd435", "seen": "10 public files"},
      {"tag": "v3.10.0", "sha": "b5ca514318bd6ebac0fb2aedd5d36ec1b5c232a2", "seen": "10 public files"},
      {"tag": "v3.7.1", "sha": "c47758b77c9736f4b2ef4073d4d51994fabfe349", "seen": "10 public files"}
    ]},
    {"action": "docker/metadata-action", "tags": [
      {"tag": "v5.7.0", "sha": "902fa8ec7d6ecbf8d84d538b9b233a880e428804", "seen": "10 public files"},
      {"tag": "v5.5.1", "sha": "8e5442c4ef9f78752691e2d8f8d19755c6f78e81", "seen": "10 public files"}
    ]},
    {"action": "docker/setup-qemu-action", "tags": [
      {"tag": "v3.6.0", "sha": "29109295f81e9208d7d86ff1c6c12d2833863392", "seen": "10 public files"}
    ]},
    {"action": "pypa/gh-action-pypi-publish", "tags": [
      {"tag": "v1.12.4", "sha": "76f52bc884231f62b9a034ebfe128415bbaabdfc", "seen": "9 public files"}
    ]},
    {"action": "softprops/action-gh-release", "tags": [
      {"tag": "v2.2.2", "sha": "da05d552573ad5aba039eaac05058a918a7bf631", "seen": "10 public files"}
    ]},
    {"action": "actions/configure-pages", "tags": [
      {"tag": "v5.0.0", "sha": "983d7736d9b0ae728b81ab479565c72886d7745b", "seen": "10 public files"}
    ]},
    {"action": "actions/upload-pages-artifact", "tags": [
      {"tag": "v3.0.1", "sha": "56afc609e74202658d3ffba0e8f6dda462b719fa", "seen": "10 public files"}
    ]},
    {"action": "actions/deploy-pages", "tags": [
      {"tag": "v4.0.5", "sha": "d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e", "seen": "10 public files"}
    ]},
    {"action": "actions/labeler", "tags": [
      {"tag": "v5.0.0", "sha": "8558fd74291d67161a8a78ce36a881fa63b766a9", "seen": "10 public files"}
    ]},
    {"action": "actions/stale", "tags": [
      {"tag": "v9.0.0", "sha": "28ca1036281a5e5922ead5184a1bbf96e5fc984e", "seen": "4 public files"}
    ]},
    {"action": "aws-actions/configure-aws-credentials", "tags": [
      {"tag": "v4.0.2", "sha": "e3dd6a429d7300a6a4c196c26e071d42e0343502", "seen": "10 public files"}
    ]},
    {"action": "golangci/golangci-lint-action", "tags": [
      {"tag": "v8.0.0", "sha": "4afd733a84b1f43292c63897423277bb7f4313a9", "seen": "3 public files"}
    ]},
    {"action": "ossf/scorecard-action", "tags": [
      {"tag": "v2.4.0", "sha": "62b2cac7ed8198b15735ed49ab1e5cf35480ba46", "seen": "10 public files"}
    ]},
    {"action": "codecov/codecov-action", "tags": [
      {"tag": "v5.4.3", "sha": "18283e04ce6e62d37312384ff67231eb8fd56d24", "seen": "2 public files"}
    ]},
    {"action": "peter-evans/create-pull-request", "tags": [
      {"tag": "v7.0.5", "sha": "5e914681df9dc83aa4e4905692ca88beb2f9e91f", "seen": "3 public files"}
    ]}
  ]
}
"""#
