import BulwarkFormats
import Foundation

/// Picks the version scheme for a package key's purl type (`deb` → dpkg, `pypi` → PEP 440, ...).
///
/// The comparison itself is the dependency family's (`BulwarkFormats/Versions`), so that the
/// inventory and `bulwark scan` agree on what "affected" means. Types whose versions are not
/// ordered (GitHub SHAs, hub revisions, image digests) return nil and are compared exactly.
public enum VersionSchemes {
    public static func scheme(forKey key: String) -> VersionScheme? {
        scheme(forType: key.split(separator: ":", maxSplits: 1).first.map(String.init) ?? "")
    }

    /// The form of a stored version that its scheme can order: GitHub Action tags lose their `v`
    /// and get missing parts (`v44` -> `44.0.0`, `v4.2` -> `4.2.0`); other versions are unchanged.
    public static func comparable(_ version: String, key: String) -> String {
        guard key.hasPrefix("github:") else { return version }
        var v = Substring(version)
        if v.first == "v" || v.first == "V" { v = v.dropFirst() }
        let parts = v.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return version }
        return (parts.map(String.init) + Array(repeating: "0", count: 3 - parts.count)).joined(separator: ".")
    }

    public static func scheme(forType type: String) -> VersionScheme? {
        switch type {
        case "pypi": return .pep440
        case "npm", "cargo", "swift", "composer", "hex", "pub", "nuget", "cocoapods": return .semver
        case "golang": return .go
        // Action tags (v4, v4.2.2) as SemVer after `comparable(_:type:)`; SHAs do not parse and stay undecided.
        case "github": return .semver
        case "deb": return .dpkg
        case "apk": return .apk
        case "gem": return .rubygems
        case "maven", "rpm", "conda", "generic", "conan", "cran", "hackage": return .generic
        default: return nil
        }
    }
}
