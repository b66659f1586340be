import BulwarkCore
@testable import BulwarkReporters
import Foundation
import Testing

/// A long findings list is rendered in parallel chunks; the text must equal the serial rendering.
@Test func parallelFindingsRenderingIsByteIdentical() throws {
    let small = sampleReport()
    var findings: [Finding] = []
    for i in 0..<1_100 {
        for var f in small.findings {
            f.message += " #\(i)"
            findings.append(f)
        }
    }
    #expect(findings.count >= 2_000)
    let big = Report(findings: findings, rules: small.rules, filesScanned: 1, roots: ["/repo"], toolVersion: "0.1.0",
                     families: small.families)
    let parallel = JSONReporter().render(big)
    let serialFindings = JSON.array(findings.map(JSONReporter.finding)).render(level: 1)
    #expect(parallel.contains("\"findings\": " + serialFindings + "\n}"))
    let parsed = try JSONSerialization.jsonObject(with: Data(parallel.utf8)) as? [String: Any]
    #expect((parsed?["findings"] as? [Any])?.count == findings.count)
}

/// A short list is written in one pass straight into the report's bytes; the text must equal the value
/// tree's rendering, and `render` must be those bytes decoded.
@Test func serialFindingsRenderingEqualsTheValueTree() throws {
    let small = sampleReport()
    var findings: [Finding] = []
    for i in 0..<40 {
        for var f in small.findings {
            f.message += " \"quoted\" é #\(i)"
            findings.append(f)
        }
    }
    let report = Report(findings: findings, rules: small.rules, filesScanned: 3, roots: ["/repo"], toolVersion: "0.1.0",
                        families: small.families)
    let bytes = JSONReporter().renderBytes(report)
    let text = JSONReporter().render(report)
    #expect(bytes == Array(text.utf8))
    let tree = JSON.array(findings.map(JSONReporter.finding)).render(level: 1)
    #expect(text.contains("\"findings\": " + tree + "\n}"))
    let none = Report(findings: [], rules: small.rules, filesScanned: 0, roots: ["/repo"], toolVersion: "0.1.0", families: small.families)
    #expect(JSONReporter().render(none).contains("\"findings\": []\n}"))
    let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    #expect((parsed?["findings"] as? [Any])?.count == findings.count)
}
