import BulwarkFormats
import BulwarkInventory
import Foundation
import Testing

/// A query the inventory cannot understand is refused, never answered "not affected" (issue 22).
@Suite struct QueryValidationTests {
    @Test(arguments: ["=>0.1", ">>0.1", ">=0.1;<1", "<<1", "=<1", ">=", "1.0,,2.0", "|| <1", "~1.2", "^1.2", ">=1 <2", "1.*", "(1.0)"])
    func malformedRangesAreRefused(text: String) {
        #expect(throws: VersionRange.ParseError.self, "\(text)") { try VersionRange(parsing: text) }
    }

    @Test func refusalNamesTheAcceptedSyntax() {
        do {
            _ = try VersionRange(parsing: "=>0.1")
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("did you mean `>=`?"), "\(error)")
            #expect(error.message.contains(VersionRange.syntax))
        }
    }

    @Test(arguments: [">=5.5.1alpha-0.1,<=5.6.1-1", "1:2.3~rc1+dfsg-1", "<1.0 || >=2.0,!=2.1", "==1.0", "= 1.0", "v1.2.3", "1.0.0-rc.1+build.5"])
    func wellFormedRangesParse(text: String) throws {
        _ = try VersionRange(parsing: text)
    }

    @Test func rangeVersionsMustBeOrderableByThePackageScheme() throws {
        func parse(_ q: String, _ r: String) -> String? {
            do { _ = try AffectedQuery.parse(q, range: r, advisoryDirectory: nil); return nil } catch { return "\(error)" }
        }
        #expect(parse("pkg:pypi/colourama", "garbage")?.contains("`garbage` is not a pypi version") == true)
        #expect(parse("pkg:pypi/colourama", ">=0.1,<garbage") != nil)
        #expect(parse("pkg:npm/left-pad", ">=notaversion") != nil)
        #expect(parse("pkg:pypi/colourama", ">=0.1,<1") == nil)
        #expect(parse("pkg:deb/debian/xz-utils", ">=5.5.1alpha-0.1,<=5.6.1-1") == nil)
        #expect(parse("pkg:github/actions/checkout", ">=v4") == nil, "Action tags are made comparable")
        // An exact version must be one the type's order can place, except for GitHub commits and tags.
        func exact(_ q: String) -> String? {
            do { _ = try AffectedQuery.parse(q, range: nil, advisoryDirectory: nil); return nil } catch { return "\(error)" }
        }
        #expect(exact("pkg:pypi/colourama@garbage")?.contains("is not a pypi version") == true)
        #expect(exact("pkg:pypi/colourama@0.1.6") == nil)
        #expect(exact("pkg:github/tj-actions/changed-files@0e58ed8671d6b60d0890c21b07f8835ace038e67") == nil)
        #expect(exact("pkg:deb/debian/xz-utils@5.6.1%2Breally5.4.5-1") == nil)
        // Unordered types keep exact matching (answers for other operators are "undecided", not "no").
        #expect(parse("pkg:oci/app", "=sha256-abc") == nil)
    }

    @Test func unescapedNpmScopeIsTheNamespace() throws {
        let bare = try PackageURL(parsing: "pkg:npm/@types/semver")
        #expect(bare.namespace == "@types" && bare.name == "semver" && bare.version.isEmpty)
        #expect(bare == (try PackageURL(parsing: "pkg:npm/%40types/semver")))
        let versioned = try PackageURL(parsing: "pkg:npm/@types/semver@7.5.8")
        #expect(versioned.namespace == "@types" && versioned.name == "semver" && versioned.version == "7.5.8")
        #expect(versioned.key == "npm:@types/semver")
        // Still an error when there really is no name.
        #expect(throws: PackageURL.ParseError.self) { try PackageURL(parsing: "pkg:npm/@7.5.8") }
        // A version that itself holds `@` after the name still splits at the last `@`.
        let odd = try PackageURL(parsing: "pkg:generic/tool@1.0@beta")
        #expect(odd.name == "tool@1.0" && odd.version == "beta")
    }

    @Test func purlTypeTyposAreRefusedCustomTypesAreNot() throws {
        func parse(_ q: String) -> String? {
            do { _ = try AffectedQuery.parse(q, range: nil, advisoryDirectory: nil); return nil } catch { return "\(error)" }
        }
        #expect(parse("pkg:pypy/colourama")?.contains("did you mean pypi?") == true)
        #expect(parse("pkg:nmp/left-pad")?.contains("did you mean npm?") == true)
        #expect(parse("pkg:pypi/colourama") == nil)
        #expect(parse("pkg:acme-internal/tool") == nil, "a custom type far from every known one is matched as written")
    }

    @Test func anUnreadableAdvisoryInAFolderIsAnErrorNotASkip() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-h4-osv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = #"{"id":"PYSEC-0","affected":[{"package":{"ecosystem":"PyPI","name":"colourama"},"versions":["0.1.6"]}]}"#
        try Data(good.utf8).write(to: dir.appendingPathComponent("a.json"))
        try Data(#"{"name":"not osv"}"#.utf8).write(to: dir.appendingPathComponent("package.json"))
        #expect(try AffectedQuery.readAdvisories(directory: dir.path).map(\.id) == ["PYSEC-0"], "foreign JSON is skipped")
        try Data(good.prefix(40).utf8).write(to: dir.appendingPathComponent("b.json"))
        do {
            _ = try AffectedQuery.readAdvisories(directory: dir.path)
            Issue.record("a truncated record was skipped")
        } catch {
            #expect("\(error)".contains("b.json") && "\(error)".contains("incomplete"), "\(error)")
        }
    }
}
