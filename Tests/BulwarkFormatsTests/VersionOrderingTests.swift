import BulwarkFormats
import Testing

/// Each list is strictly increasing in its scheme.
private let ascending: [(VersionScheme, [String])] = [
    (.pep440, ["1.0.dev0", "1.0a1.dev1", "1.0a1", "1.0a2", "1.0b1", "1.0rc1", "1.0", "1.0+local.1", "1.0+local.2",
               "1.0.post1.dev1", "1.0.post1", "1.1", "1.10", "2!0.1"]),
    (.semver, ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
               "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0"]),
    (.go, ["v0.0.0-20190101000000-abcdefabcdef", "v0.0.0-20240101000000-abcdefabcdef", "v0.1.0", "v1.2.3-pre", "v1.2.3", "v2.0.0+incompatible", "v2.0.1"]),
    (.dpkg, ["1.0~rc1-1", "1.0-1", "1.0-1ubuntu1", "1.0a-1", "1.0+dfsg-1", "5.6.1-1", "5.6.1+really5.4.5-1", "1:0.9-1"]),
    (.rubygems, ["1.0.0.a", "1.0.0.pre1", "1.0.0.rc1", "1.0.0", "1.0.1", "1.10"]),
    (.apk, ["1.2.3_alpha1-r0", "1.2.3_rc1-r0", "1.2.3-r0", "1.2.3-r1", "1.2.3_p1-r0", "1.2.4-r0", "1.10-r0"]),
]

@Test(arguments: ascending.indices)
func versionsAreOrdered(_ k: Int) {
    let (scheme, list) = ascending[k]
    for i in list.indices {
        for j in list.indices {
            let c = scheme.compare(list[i], list[j])
            let want = i < j ? -1 : (i == j ? 0 : 1)
            #expect(c.map { $0.signum() } == want, "\(scheme) \(list[i]) vs \(list[j])")
        }
    }
}

@Test func versionEquivalences() {
    #expect(VersionScheme.pep440.equal("1.0", "1.0.0"))
    #expect(VersionScheme.pep440.equal("1.0-alpha-1", "1.0a1"))
    #expect(VersionScheme.pep440.equal("v2.0.post0", "2.0.post0"))
    #expect(VersionScheme.rubygems.equal("1.0", "1"))
    #expect(VersionScheme.dpkg.equal("0:1.0-1", "1.0-1"))
    #expect(VersionScheme.semver.compare("not a version", "1.0.0") == nil)
    #expect(VersionScheme.pep440.compare("1.0+bad!", "1.0") == nil)
}

@Test func osvRangeEvaluation() {
    let xz = OSVAffected(ecosystem: "Debian", name: "xz-utils",
                         ranges: [OSVRange(type: "ECOSYSTEM", events: [.init(.introduced, "5.6.0-0.1"), .init(.fixed, "5.6.1+really5.4.5-1")])])
    #expect(xz.affects("5.6.1-1", scheme: .dpkg))
    #expect(!xz.affects("5.6.1+really5.4.5-1", scheme: .dpkg))
    #expect(!xz.affects("5.4.5-0.3", scheme: .dpkg))
    #expect(xz.fixedVersion(above: "5.6.1-1", scheme: .dpkg) == "5.6.1+really5.4.5-1")

    let lastAffected = OSVAffected(ecosystem: "PyPI", name: "x",
                                   ranges: [OSVRange(type: "ECOSYSTEM", events: [.init(.introduced, "0"), .init(.lastAffected, "2.0")])])
    #expect(lastAffected.affects("2.0", scheme: .pep440))
    #expect(lastAffected.affects("0.1", scheme: .pep440))
    #expect(!lastAffected.affects("2.0.post1", scheme: .pep440))

    let multi = OSVAffected(ecosystem: "npm", name: "y", ranges: [OSVRange(type: "SEMVER", events: [
        .init(.introduced, "1.0.0"), .init(.fixed, "1.2.0"), .init(.introduced, "2.0.0-rc.1"), .init(.fixed, "2.0.1")])])
    #expect(multi.affects("1.1.9", scheme: .semver))
    #expect(!multi.affects("1.5.0", scheme: .semver))
    #expect(multi.affects("2.0.0", scheme: .semver))
    #expect(!multi.affects("2.0.1", scheme: .semver))
    #expect(multi.fixedVersion(above: "2.0.0", scheme: .semver) == "2.0.1")

    let limited = OSVAffected(ecosystem: "Go", name: "z", ranges: [OSVRange(type: "SEMVER", events: [.init(.introduced, "0"), .init(.limit, "1.5.0")])])
    #expect(limited.affects("v1.4.0", scheme: .go))
    #expect(!limited.affects("v1.5.0", scheme: .go))

    let explicit = OSVAffected(ecosystem: "PyPI", name: "ultralytics", versions: ["8.3.41", "8.3.42"])
    #expect(explicit.affects("8.3.41", scheme: .pep440))
    #expect(!explicit.affects("8.3.40", scheme: .pep440))
}

@Test func osvRecordParsing() throws {
    let adv = try OSVAdvisory.parse(Array(#"""
    {"id": "GHSA-xxxx", "aliases": ["CVE-2024-1"], "summary": "bad", "withdrawn": "2024-02-01T00:00:00Z",
     "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
     "affected": [{"package": {"ecosystem": "PyPI", "name": "Foo_Bar"}, "ranges": [{"type": "ECOSYSTEM",
        "events": [{"introduced": "0"}, {"fixed": "1.2"}]}], "versions": ["1.0"]}]}
    """#.utf8))
    #expect(adv.severity == "critical")
    #expect(adv.withdrawn != nil)
    #expect(adv.affected.first?.ranges.first?.events.count == 2)
    #expect(CVSS3.baseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N") == 5.4)
    #expect(throws: LockfileError.self) { try OSVAdvisory.parse(Array("{}".utf8)) }
}
