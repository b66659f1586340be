import BulwarkInventory
import BulwarkTestSupport
import Foundation
import Testing

@Suite struct InventoryCLITests {
    @Test func helpHasExamples() throws {
        for cmd in [["inventory", "add"], ["inventory", "list"], ["inventory", "remove"], ["affected"], ["inventory"]] {
            let r = try runBulwark(cmd + ["--help"])
            #expect(r.status == 0)
            #expect(r.out.contains("Examples:"), "\(cmd)")
        }
    }

    @Test(arguments: ["truncated.cdx.json", "spdx.json", "package.json", "future-spec.cdx.json", "components-not-array.cdx.json", "bom.xml"])
    func corruptOrForeignInputIsRefusedAndNothingWritten(file: String) throws {
        let dir = TemporaryDirectory()
        let db = dir.path + "/inv.db"
        let good = Fixtures.path("web-console.cdxgen.cdx.json")
        #expect(try runBulwark(["inventory", "add", good, "--db", db]).status == 0)
        let r = try runBulwark(["inventory", "add", Fixtures.path("invalid/" + file), "--repo", "acme/web-console", "--db", db])
        #expect(r.status == 2)
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 1, "one clear line: \(r.err)")
        #expect(r.err.contains(file) && r.err.contains("nothing was written"), "\(r.err)")
        let inv = try Inventory.open(db)
        defer { inv.close() }
        #expect(try inv.list().map(\.components) == [5], "the stored BOM is untouched")
        #expect(try inv.counts().components == 5)
    }

    @Test func refusalMessagesSayWhatIsWrong() throws {
        func message(_ f: String) -> String {
            do { _ = try BOMFile.load(Fixtures.path("invalid/" + f)); return "accepted" } catch { return error.message }
        }
        #expect(message("spdx.json").contains("SPDX"))
        #expect(message("bom.xml").contains("XML"))
        #expect(message("package.json").contains("not a CycloneDX BOM"))
        #expect(message("future-spec.cdx.json").contains("unsupported CycloneDX specVersion `2.0`"))
        #expect(message("truncated.cdx.json").contains("invalid JSON at line"))
    }

    @Test func affectedExitCodesAndFormats() throws {
        let dir = TemporaryDirectory()
        let db = dir.path + "/inv.db"
        #expect(try runBulwark(["affected", "pkg:pypi/x", "--db", db]).status == 2, "no inventory yet")
        for f in ["demo-ai-app.bulwark.cdx.json", "web-console.cdxgen.cdx.json", "batch-jobs.cyclonedx-py.cdx.json"] {
            #expect(try runBulwark(["inventory", "add", Fixtures.path(f), "--db", db]).status == 0)
        }
        let image = try runBulwark(["inventory", "add", Fixtures.path("demo-ai-app-image.syft.cdx.json"), "--repo", "acme/demo-ai-app",
                                    "--service", "api", "--environment", "prod", "--db", db])
        #expect(image.status == 0 && image.err.contains("added"), "\(image.err)")

        let xz = try runBulwark(["affected", "pkg:deb/debian/xz-utils", "--range", ">=5.5.1alpha-0.1,<=5.6.1-1", "--db", db])
        #expect(xz.status == 1)
        #expect(xz.out.contains("AFFECTED") && xz.out.contains("acme/demo-ai-app  service api  env prod"))
        #expect(xz.out.contains("Freshness:"))

        // --output writes into the path it is given (open(2), truncating) and never renames a new
        // file over it: a link stays a link, a FIFO stays a FIFO (and /dev/null stays a device).
        let target = dir.write("target.csv", "old content that must be truncated\n")
        let link = dir.path + "/link.csv"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let viaLink = try runBulwark(["affected", "pkg:deb/debian/xz-utils", "--range", ">=5.5.1alpha-0.1,<=5.6.1-1", "--db", db,
                                      "--format", "csv", "--output", link])
        #expect(viaLink.status == 1, "\(viaLink.err)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target, "the link was replaced by a file")
        let written = (try? String(contentsOfFile: target, encoding: .utf8)) ?? ""
        #expect(written.contains("acme/demo-ai-app") && !written.contains("old content"), "\(written)")

        let none = try runBulwark(["affected", "pkg:pypi/aiohttp", "--range", "<3.9.2", "--db", db])
        #expect(none.status == 0)
        #expect(none.out.contains("NOT AFFECTED") && none.out.contains("Freshness:"))

        let json = try runBulwark(["affected", "--advisories", Fixtures.path("osv"), "--format", "json", "--db", db])
        #expect(json.status == 1)
        let report = try JSONDecoder().decode(AffectedReport.self, from: Data(json.out.utf8))
        #expect(report.matches.first?.advisory == "DEBIAN-CVE-2024-3094")
        #expect(report.freshness.count == 3)

        let out = dir.path + "/exposed.csv"
        let csv = try runBulwark(["affected", "hf:distilbert/distilbert-base-uncased", "--format", "csv", "--output", out, "--db", db])
        #expect(csv.status == 1)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix(AffectedRenderer.csvColumns.joined(separator: ",") + "\n"))
        #expect(text.contains("affected,acme/demo-ai-app,,,acme/support-bot,machine-learning-model"))

        for bad in [["affected", "not-a-query", "--db", db], ["affected", "pkg:pypi/x", "--range", ">=", "--db", db],
                    ["affected", "pkg:pypi/x", "--format", "xml", "--db", db], ["affected", "--db", db],
                    ["inventory", "remove", "acme/nope", "--db", db], ["inventory", "add", "/no/such.json", "--db", db]] {
            let r = try runBulwark(bad)
            #expect(r.status == 2, "\(bad): \(r.err)")
            #expect(r.err.split(separator: "\n").count <= 2, "\(bad): \(r.err)")
        }

        let list = try runBulwark(["inventory", "list", "--db", db])
        #expect(list.status == 0 && list.out.contains("acme/web-console") && list.out.contains("4 BOM(s), 3 repositories"))
        #expect(try runBulwark(["inventory", "remove", "acme/web-console", "--db", db]).status == 0)
        #expect(try runBulwark(["inventory", "list", "--db", db]).out.contains("3 BOM(s), 2 repositories"))
    }

    @Test func databaseFromTheEnvironment() throws {
        let dir = TemporaryDirectory()
        let db = dir.path + "/env.db"
        let r = try runBulwark(["inventory", "add", Fixtures.path("web-console.cdxgen.cdx.json")], environment: ["BULWARK_DB": db])
        #expect(r.status == 0, "\(r.err)")
        #expect(FileManager.default.fileExists(atPath: db))
    }

    @Test func csvNeutralisesFormulas() {
        #expect(AffectedRenderer.escape("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(AffectedRenderer.escape("a,b") == "\"a,b\"")
        #expect(AffectedRenderer.escape("plain") == "plain")
    }
}

@Suite struct HostileBOMTests {
    @Test func controlCharactersDoNotReachTheTerminal() throws {
        let t = try TestInventory(.sqlite)
        let json = #"{"bomFormat":"CycloneDX","specVersion":"1.6","metadata":{"timestamp":"2026-01-01T00:00:00Z","component":{"bom-ref":"r","type":"application","name":"evil"}},"components":[{"bom-ref":"a","type":"library","name":"x\u001b[2J\nAFFECTED: 0","version":"1.0\u001b[31m","hashes":[{"alg":"SHA-256","content":"\#(String(repeating: "ab", count: 32))"}]}],"dependencies":[{"ref":"r","dependsOn":["a"]}]}"#
        let doc = try CycloneDXReader.read(Array(json.utf8))
        try t.inventory.add(doc, sha256: "h", origin: BOMOrigin(repository: "acme/evil\u{1B}]0;pwned\u{7}"))
        let report = try t.inventory.affected(try AffectedQuery.parse(String(repeating: "ab", count: 32), range: nil, advisoryDirectory: nil), description: "q")
        let text = AffectedRenderer.text(report)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("\\u{1b}[2J\\u{a}AFFECTED: 0"))
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("AFFECTED") }.count == 1, "no forged summary line")
    }

    @Test func hugeNamesKeepPathsBounded() throws {
        let big = String(repeating: "n", count: 100_000)
        var comps: [String] = []
        var deps: [String] = []
        for i in 0..<200 {
            comps.append(#"{"bom-ref":"c\#(i)","type":"library","name":"\#(big)\#(i)","version":"1"}"#)
            if i > 0 { deps.append(#"{"ref":"c\#(i - 1)","dependsOn":["c\#(i)"]}"#) }
        }
        let json = #"{"bomFormat":"CycloneDX","specVersion":"1.6","components":[\#(comps.joined(separator: ","))],"dependencies":[\#(deps.joined(separator: ","))]}"#
        let start = Date()
        let doc = try CycloneDXReader.read(Array(json.utf8))
        #expect(doc.components.allSatisfy { $0.path.utf8.count <= 2_100 })
        #expect(Date().timeIntervalSince(start) < 10)
    }
}

@Suite struct OwnBOMTests {
    /// Bulwark's own BOM of the demo project (CycloneDX 1.6 and 1.7) loads and answers.
    @Test func bulwarksOwnBOMOfTheDemoProjectLoads() throws {
        let dir = TemporaryDirectory()
        let db = dir.path + "/inv.db"
        let demo = Repository.root() + "/examples/demo-ai-app"
        for spec in ["1.6", "1.7"] {
            let bom = dir.path + "/bom-\(spec).cdx.json"
            let made = try runBulwark(["bom", demo, "--spec-version", spec, "--output", bom])
            #expect(made.status == 0, "\(made.err)")
            let added = try runBulwark(["inventory", "add", bom, "--repo", "acme/demo-ai-app", "--service", "v\(spec)", "--db", db])
            #expect(added.status == 0, "\(added.err)")
        }
        let inv = try Inventory.open(db)
        defer { inv.close() }
        #expect(try inv.list().count == 2)
        #expect(try inv.list().allSatisfy { $0.components > 5 })
        let transformers = try inv.affected(try AffectedQuery.parse("pkg:pypi/transformers", range: nil, advisoryDirectory: nil), description: "q")
        #expect(transformers.matches.count == 2, "one per BOM")
    }
}
