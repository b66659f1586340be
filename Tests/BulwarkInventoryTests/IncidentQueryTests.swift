import BulwarkInventory
import Foundation
import Testing

/// The incident drills from the issue, on every engine: xz in the OS layer (dpkg ordering), vulnerable
/// PyPI and npm versions, a poisoned base model and dataset through lineage, and negative controls.
@Suite struct IncidentQueryTests {
    func sample(_ engine: Engine) throws -> TestInventory {
        let t = try TestInventory(engine)
        try Fixtures.loadSampleOrganisation(into: t.inventory)
        return t
    }

    func ask(_ t: TestInventory, _ query: String, range: String? = nil, advisories: String? = nil) throws -> AffectedReport {
        let q = try AffectedQuery.parse(query, range: range, advisoryDirectory: advisories)
        return try t.inventory.affected(q, description: query)
    }

    @Test(arguments: Engine.all)
    func xzBackdoorInTheOSLayerThroughDpkgVersions(engine: Engine) throws {
        let t = try sample(engine)
        let r = try ask(t, "pkg:deb/debian/xz-utils", range: ">=5.5.1alpha-0.1,<=5.6.1-1")
        #expect(r.isAffected)
        // Only the prod image (5.6.0-0.2). Not staging (5.4.1-0.2), not batch-jobs (5.6.1+really5.4.5-1 > 5.6.1-1).
        #expect(r.matches.map { "\($0.repository)|\($0.service)|\($0.environment)|\($0.version)" } == ["acme/demo-ai-app|api|prod|5.6.0-0.2"])
        #expect(r.matches.first?.path == "ghcr.io/acme/demo-ai-app > xz-utils@5.6.0-0.2")
        #expect(r.undecided.isEmpty)

        // The OSV record finds liblzma5 too, with the fixed version.
        let osv = try ask(t, Fixtures.path("osv/CVE-2024-3094.json"))
        #expect(Set(osv.matches.map(\.component)) == ["xz-utils", "liblzma5"])
        #expect(osv.matches.allSatisfy { $0.fixedVersion == "5.6.1+really5.4.5-1" && $0.severity == "critical" && $0.environment == "prod" })

        // Found by advisory id (an alias) in a folder.
        let byID = try ask(t, "CVE-2024-3094", advisories: Fixtures.path("osv"))
        #expect(byID.matches.count == 2)
    }

    @Test(arguments: Engine.all)
    func vulnerablePyPIAndNpmVersions(engine: Engine) throws {
        let t = try sample(engine)
        let transformers = try ask(t, "pkg:pypi/transformers", range: "<4.38.0")
        #expect(transformers.matches.map(\.repository) == ["acme/demo-ai-app"], "4.38.2 in batch-jobs is fixed")
        #expect(transformers.matches.first?.path == "demo-ai-app@1.4.0 > transformers@4.36.0")

        let lodash = try ask(t, Fixtures.path("osv/GHSA-35jh-r3h4-6jhm.json"))
        #expect(lodash.matches.map { "\($0.repository) \($0.version) \($0.fixedVersion ?? "-")" } == ["acme/web-console 4.17.20 4.17.21"])
        #expect(lodash.matches.first?.path == "@acme/web-console@3.2.1 > express@4.19.2 > lodash@4.17.20")

        // @babel/traverse: 7.22.5 (demo-ai-app) affected, 7.23.2 (web-console) fixed.
        let babel = try ask(t, Fixtures.path("osv/GHSA-67hx-6x53-jw92.json"))
        #expect(babel.matches.map { "\($0.repository) \($0.component)@\($0.version)" } == ["acme/demo-ai-app @babel/traverse@7.22.5"])

        // PyPI names normalise: PyYAML, typing_extensions.
        #expect(try ask(t, "pkg:pypi/pyyaml@6.0.1").matches.count == 1)
        #expect(try ask(t, "pkg:pypi/Typing_Extensions", range: ">=4.0,<5").matches.map(\.repository) == ["acme/batch-jobs"])
    }

    @Test(arguments: Engine.all)
    func poisonedBaseModelIsFoundThroughLineage(engine: Engine) throws {
        let t = try sample(engine)
        let r = try ask(t, "hf:distilbert/distilbert-base-uncased")
        let chains = r.matches.map { $0.lineage.map { $0.split(separator: "@").first.map(String.init) ?? $0 } }
        #expect(Set(r.matches.map(\.component)) == ["acme/support-bot", "acme/review-classifier-v2"])
        #expect(chains.contains(["hf:distilbert/distilbert-base-uncased", "acme/support-bot", "acme/review-classifier-v2"]),
                "the fine-tune of a fine-tune carries the whole chain: \(chains)")
        // The same through a purl with the base revision; a different revision does not match.
        #expect(try ask(t, "pkg:huggingface/distilbert/distilbert-base-uncased@12040accade4e8a0f71eabdb258fecc2e7e948be").matches.count == 2)
        #expect(try ask(t, "hf:distilbert/distilbert-base-uncased@0000000").matches.isEmpty)
    }

    @Test(arguments: Engine.all)
    func poisonedDatasetReportsEveryModelTrainedOnIt(engine: Engine) throws {
        let t = try sample(engine)
        let r = try ask(t, "hf:stanfordnlp/imdb")
        #expect(Set(r.matches.map(\.component)) == ["stanfordnlp/imdb", "acme/support-bot", "acme/review-classifier-v2"])
        #expect(r.matches.first { $0.component == "acme/support-bot" }?.reason.hasPrefix("trained on") == true)
        let inline = try ask(t, "hf:acme/product-reviews")
        #expect(inline.matches.map(\.component) == ["acme/review-classifier-v2"], "inline modelCard dataset")
    }

    @Test(arguments: Engine.all)
    func actionsImagesAndFileHashes(engine: Engine) throws {
        let t = try sample(engine)
        let action = try ask(t, "pkg:github/tj-actions/changed-files@0e58ed8671d6b60d0890c21b07f8835ace038e67")
        #expect(action.matches.map(\.repository) == ["acme/demo-ai-app"])
        #expect(try ask(t, "pkg:github/tj-actions/changed-files@0e58ed8").matches.count == 1, "short SHA prefix")
        #expect(try ask(t, "pkg:github/actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683").matches.isEmpty)

        let image = try ask(t, "sha256:" + String(repeating: "a1b2c3d4", count: 8))
        #expect(image.matches.map(\.component) == ["python"])

        let weights = try ask(t, "5f2b0c7a3d9e1f4b6a8c0e2d4f6b8a0c2e4d6f8b0a2c4e6d8f0b2a4c6e8d0f2b")
        #expect(Set(weights.matches.map(\.component)) == ["acme/support-bot", "models/support-bot/model.safetensors", "acme/review-classifier-v2"],
                "models built on tampered weights are exposed too")
    }

    @Test(arguments: Engine.all)
    func negativeControlsAreNotAffected(engine: Engine) throws {
        let t = try sample(engine)
        #expect(try !ask(t, Fixtures.path("osv/PYSEC-2024-24.json")).isAffected)
        #expect(try !ask(t, "pkg:pypi/aiohttp", range: "<3.9.2").isAffected)
        #expect(try !ask(t, "hf:meta-llama/Llama-2-7b-hf").isAffected)
        #expect(try !ask(t, "pkg:deb/debian/xz-utils", range: ">=5.6.1+really5.4.5-1,<5.7").matches.contains { $0.repository != "acme/batch-jobs" })
        #expect(try !ask(t, "pkg:pypi/transformers", range: ">=4.38.0,<4.38.2").isAffected)
        #expect(try !ask(t, String(repeating: "0", count: 64)).isAffected)
        // Freshness is always stated, for every repository, even when nothing is affected.
        let r = try ask(t, "pkg:pypi/aiohttp")
        #expect(r.freshness.map(\.repository) == ["acme/batch-jobs", "acme/demo-ai-app", "acme/review-classifier", "acme/web-console"])
        let demo = try #require(r.freshness.first { $0.repository == "acme/demo-ai-app" })
        #expect(demo.boms == 3 && demo.oldest == "2026-09-01T00:00:00Z" && demo.newest == "2026-11-21T07:30:00Z")
    }

    @Test(arguments: Engine.all)
    func bulkAdvisoriesMostSevereFirst(engine: Engine) throws {
        let t = try sample(engine)
        let records = try AffectedQuery.readAdvisories(directory: Fixtures.path("osv"))
        #expect(records.count == 5)
        let r = try t.inventory.affected(.advisories(records), description: "bulk")
        #expect(r.matches.map(\.advisory!) == ["DEBIAN-CVE-2024-3094", "DEBIAN-CVE-2024-3094", "GHSA-67hx-6x53-jw92",
                                               "GHSA-35jh-r3h4-6jhm", "GHSA-hxxf-235m-72v3"])
        let ranks = r.matches.map { AdvisorySeverity(label: $0.severity ?? "").rank }
        #expect(ranks == ranks.sorted(by: >))
    }
}
