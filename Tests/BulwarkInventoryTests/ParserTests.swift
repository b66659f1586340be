import BulwarkInventory
import Foundation
import Testing

@Suite struct PackageURLTests {
    @Test func parsesEveryComponentWithPercentDecoding() throws {
        let p = try PackageURL(parsing: "pkg:deb/debian/xz-utils@5.6.1%2Breally5.4.5-1?arch=amd64&Distro=debian-sid&empty=#usr/bin/../xz")
        #expect(p.type == "deb" && p.namespace == "debian" && p.name == "xz-utils")
        #expect(p.version == "5.6.1+really5.4.5-1")
        #expect(p.qualifiers == ["arch": "amd64", "distro": "debian-sid"], "keys lower-cased, empty values dropped")
        #expect(p.subpath == "usr/bin/xz")
        #expect(p.key == "deb:debian/xz-utils")

        let npm = try PackageURL(parsing: "pkg:npm/%40babel/traverse@7.22.5")
        #expect(npm.namespace == "@babel" && npm.key == "npm:@babel/traverse")
        #expect(try PackageURL(parsing: "pkg:npm/@babel/traverse@7.22.5").key == npm.key, "unencoded scope, as generators write it")
        #expect(npm.description == "pkg:npm/%40babel/traverse@7.22.5")

        let oci = try PackageURL(parsing: "pkg:oci/python@sha256%3Aabc?repository_url=index.docker.io%2Flibrary%2Fpython&tag=3.12")
        #expect(oci.version == "sha256:abc" && oci.qualifiers["repository_url"] == "index.docker.io/library/python")

        let go = try PackageURL(parsing: "pkg:golang/github.com/Sirupsen/logrus@v1.9.3")
        #expect(go.namespace == "github.com/Sirupsen" && go.name == "logrus", "Go paths keep their case")
        #expect(try PackageURL(parsing: "pkg://maven/org.apache.logging.log4j/log4j-core@2.14.1").key == "maven:org.apache.logging.log4j/log4j-core")
    }

    @Test func typeSpecificNormalisation() throws {
        #expect(try PackageURL(parsing: "pkg:pypi/Typing_Extensions@4.9.0").name == "typing-extensions")
        #expect(try PackageURL(parsing: "pkg:PyPI/zope.interface").name == "zope-interface")
        #expect(try PackageURL(parsing: "pkg:github/TJ-Actions/Changed-Files@0E58ED8").key == "github:tj-actions/changed-files")
        #expect(try PackageURL(parsing: "pkg:github/TJ-Actions/Changed-Files@0E58ED8").version == "0e58ed8")
        #expect(try PackageURL(parsing: "pkg:huggingface/DistilBERT/distilbert-base-uncased@ABC").key == "huggingface:distilbert/distilbert-base-uncased")
    }

    @Test func refusesWhatIsNotAPurl() {
        for bad in ["npm/lodash", "pkg:", "pkg:npm", "pkg:npm/", "pkg:1npm/x", "pkg:np m/x", "pkg:npm/x%zz", "pkg:npm/%ff%fe", "pkg:npm/@"] {
            #expect(throws: PackageURL.ParseError.self, "\(bad)") { try PackageURL(parsing: bad) }
        }
    }
}

@Suite struct CycloneDXReaderTests {
    @Test func readsBulwarksOwnBOM() throws {
        let l = try Fixtures.load("demo-ai-app.bulwark.cdx.json")
        let d = l.document
        #expect(d.specVersion == "1.6" && d.repositoryHint == "acme/demo-ai-app" && d.generator == "bulwark 0.1.0")
        #expect(d.components.count == 14, "root + 13")
        let bot = try #require(d.components.first { $0.name == "acme/support-bot" })
        #expect(bot.key == "huggingface:acme/support-bot")
        #expect(bot.lineage.map(\.relation) == [.ancestor, .dataset, .dataset])
        #expect(bot.lineage.map(\.key) == ["huggingface:distilbert/distilbert-base-uncased", "huggingface:stanfordnlp/imdb", "huggingface:acme/support-tickets"])
        #expect(bot.hashes.first?.1.hasPrefix("5f2b0c7a") == true)
        let image = try #require(d.components.first { $0.kind == "container" })
        #expect(image.hashes.contains { $0.1 == String(repeating: "a1b2c3d4", count: 8) }, "image digest indexed as a hash")
        #expect(d.components.first { $0.name == "starlette" }?.path == "demo-ai-app@1.4.0 > fastapi@0.110.0 > starlette@0.36.3")
    }

    @Test func readsOtherGenerators() throws {
        let py = try Fixtures.load("batch-jobs.cyclonedx-py.cdx.json").document
        #expect(py.specVersion == "1.4" && py.generator == "cyclonedx-py 3.11.7" && py.repositoryHint == "acme/batch-jobs")
        #expect(py.components.map(\.key).contains("pypi:pyyaml"))
        let syft = try Fixtures.load("demo-ai-app-image.syft.cdx.json").document
        #expect(syft.timestamp.map(Timestamp.format) == "2026-11-21T07:30:00Z", "offsets normalised to UTC")
        #expect(syft.components.filter { $0.key.hasPrefix("deb:debian/") }.count == 6)
        let cdxgen = try Fixtures.load("review-classifier.cdxgen.cdx.json").document
        #expect(cdxgen.specVersion == "1.7" && cdxgen.repositoryHint == "acme/review-classifier")
        #expect(cdxgen.components.first { $0.kind == "machine-learning-model" }?.lineage.map(\.key)
                == ["huggingface:acme/support-bot", "huggingface:acme/product-reviews"])
        let node = try Fixtures.load("web-console.cdxgen.cdx.json").document
        #expect(node.repositoryHint == "acme/web-console")
        #expect(node.components.contains { $0.key == "github:actions/setup-node" })
    }

    @Test func rangeSyntax() throws {
        let r = try VersionRange(parsing: ">=5.5.1alpha-0.1,<=5.6.1-1")
        #expect(r.contains("5.6.0-0.2", scheme: .dpkg) == true)
        #expect(r.contains("5.6.1+really5.4.5-1", scheme: .dpkg) == false, "dpkg: 5.6.1+really5.4.5-1 > 5.6.1-1")
        #expect(r.contains("5.4.1-0.2", scheme: .dpkg) == false)
        let alt = try VersionRange(parsing: "<1.0 || >=2.0,!=2.1")
        #expect(alt.contains("0.9", scheme: .pep440) == true && alt.contains("1.5", scheme: .pep440) == false)
        #expect(alt.contains("2.1", scheme: .pep440) == false && alt.contains("2.2", scheme: .pep440) == true)
        #expect(try VersionRange(parsing: "=abc").contains("abc", scheme: nil) == true)
        #expect(try VersionRange(parsing: "<2").contains("abc", scheme: nil) == nil, "undecided without an order")
        #expect(throws: VersionRange.ParseError.self) { try VersionRange(parsing: " , ") }
    }

    @Test func cvssSeverity() {
        #expect(AdvisorySeverity(cvssVector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H")?.score == 10.0)
        #expect(AdvisorySeverity(cvssVector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")?.score == 9.8)
        #expect(AdvisorySeverity(cvssVector: "CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N")?.label == "low")
        #expect(AdvisorySeverity(cvssVector: "garbage") == nil)
    }
}

/// Seeded random mutations of real BOMs and purls: the readers must never crash or hang.
@Suite struct InventoryFuzzTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func mutatedBOMsNeverCrash() throws {
        var rng = SplitMix(state: 0xB0B)
        let seeds = try ["demo-ai-app.bulwark.cdx.json", "review-classifier.cdxgen.cdx.json", "web-console.cdxgen.cdx.json"].map {
            Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path($0))))
        }
        let tokens: [[UInt8]] = ["{", "}", "[", "]", "\"", ",", ":", "null", "\"pkg:\"", "\"%\"", "1e999", "\"bom-ref\"", "\"ancestors\""].map { Array($0.utf8) }
        let start = Date()
        var accepted = 0
        for i in 0..<3000 {
            var bytes = seeds[i % seeds.count]
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                guard !bytes.isEmpty else { break }
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &rng)
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(contentsOf: tokens.randomElement(using: &rng)!, at: at)
                default: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &rng)))
                }
            }
            if (try? CycloneDXReader.read(bytes)) != nil { accepted += 1 }
        }
        #expect(accepted > 0 && accepted < 3000, "some mutants parse, most do not (\(accepted))")
        #expect(Date().timeIntervalSince(start) < 60)
    }

    @Test func aBOMOverTheValueLimitIsRefusedWithAReason() throws {
        // Padding of plain numbers: within the byte limit, it would otherwise cost ~55 bytes a value in memory.
        var limits = CycloneDXReader.Limits()
        limits.maxJSONValues = 1_000
        let padded = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"x\":[" + Array(repeating: "0", count: 1_000).joined(separator: ",") + "]}"
        do {
            _ = try CycloneDXReader.read(Array(padded.utf8), limits: limits)
            Issue.record("a BOM over the value limit was read")
        } catch {
            #expect(error.message.hasPrefix("not read: more than 1000 values"))
            #expect(error.message.contains("split the BOM"))
        }
        // The same document under the limit is read.
        let small = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"x\":[0,0,0]}"
        _ = try CycloneDXReader.read(Array(small.utf8), limits: limits)
        #expect(CycloneDXReader.Limits().maxJSONValues == 10_000_000)
    }

    @Test func mutatedPurlsNeverCrash() {
        var rng = SplitMix(state: 42)
        let seeds = ["pkg:deb/debian/xz-utils@5.6.1%2Breally5.4.5-1?arch=amd64#sub/path", "pkg:npm/%40babel/traverse@7.22.5",
                     "pkg:huggingface/org/model@abc", "pkg:oci/python@sha256%3Aab?tag=3"]
        let alphabet = Array("pkg:/@?#=&%+.-_~aZ09\u{0}é".utf8)
        for i in 0..<20_000 {
            var b = Array(seeds[i % seeds.count].utf8)
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = Int.random(in: 0...b.count, using: &rng)
                if Bool.random(using: &rng), at < b.count { b.remove(at: at) } else { b.insert(alphabet.randomElement(using: &rng)!, at: at) }
            }
            if let p = try? PackageURL(parsing: String(decoding: b, as: UTF8.self)) {
                // What parses round-trips to the same key.
                #expect((try? PackageURL(parsing: p.description))?.key == p.key, "\(p.description)")
            }
        }
    }
}

@Suite struct TimestampTests {
    @Test func canonicalAndGeneratorForms() {
        #expect(Timestamp.parse("2024-03-29T12:00:00Z") == Date(timeIntervalSince1970: 1_711_713_600))
        #expect(Timestamp.parse("2024-03-29T13:00:00+01:00") == Date(timeIntervalSince1970: 1_711_713_600))
        #expect(Timestamp.parse("2024-03-29T12:00:00.250Z").map { Timestamp.format($0) } == "2024-03-29T12:00:00Z")
        #expect(Timestamp.parse("2000-02-29T00:00:00Z").map { Timestamp.format($0) } == "2000-02-29T00:00:00Z")
        #expect(Timestamp.parse("1969-12-31T23:59:59Z") == Date(timeIntervalSince1970: -1))
        #expect(Timestamp.parse("yesterday") == nil)
        #expect(Timestamp.parse("2024-13-01T00:00:00Z") == nil)
    }
}

extension InventoryFuzzTests {
    @Test func mutatedAdvisoriesAndRangesNeverCrash() throws {
        var rng = SplitMix(state: 3094)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("osv")).sorted().map {
            Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("osv/" + $0))))
        }
        var parsed = 0
        for i in 0..<3000 {
            var bytes = seeds[i % seeds.count]
            for _ in 0..<Int.random(in: 1...6, using: &rng) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                if Bool.random(using: &rng) { bytes[at] = UInt8.random(in: 0...255, using: &rng) } else { bytes.remove(at: at) }
            }
            if let a = try? Advisory.read(bytes) {
                parsed += 1
                for affected in a.affected {
                    _ = Advisory.evaluate(affected, version: "5.6.0-0.2", scheme: VersionSchemes.scheme(forKey: affected.key))
                }
            }
        }
        #expect(parsed > 0)
        let alphabet = Array("<>=!,| 0123456789.-+~abrealy".utf8)
        for _ in 0..<20_000 {
            let text = String(decoding: (0..<Int.random(in: 0...24, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }, as: UTF8.self)
            if let r = try? VersionRange(parsing: text) {
                _ = r.contains("5.6.1+really5.4.5-1", scheme: .dpkg)
                _ = r.contains("1.0rc1", scheme: .pep440)
            }
        }
    }
}
