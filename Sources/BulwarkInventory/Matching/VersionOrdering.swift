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

    public static func scheme(forType type: String) -> VersionScheme? {
        switch type {
        case "pypi": return .pep440
        case "npm", "cargo", "swift", "composer", "hex", "pub", "nuget", "cocoapods": return .semver
        case "golang": return .go
        case "deb": return .dpkg
        case "apk": return .apk
        case "gem": return .rubygems
        case "maven", "rpm", "conda", "generic", "conan", "cran", "hackage": return .generic
        default: return nil
        }
    }
}
