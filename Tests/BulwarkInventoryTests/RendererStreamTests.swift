@testable import BulwarkInventory
import Foundation
import Testing

/// The streamed CSV is the same text as the whole-string CSV, delivered in bounded pieces.
@Test func csvStreamsInBoundedPiecesWithTheSameText() {
    var matches: [AffectedMatch] = []
    for i in 0..<20_000 {
        matches.append(AffectedMatch(repository: "org/repo\(i % 97)", service: "", environment: "prod", bomID: Int64(i),
                                     bomGeneratedAt: "2026-11-01T00:00:00Z", component: "=pkg\(i)", kind: "library",
                                     version: "1.\(i).0", purl: "pkg:pypi/pkg\(i)@1.\(i).0", path: "app > pkg\(i)", lineage: [],
                                     fixedVersion: "2.0.0", advisory: "GHSA-xxxx-\(i)", severity: "high", reason: "1.\(i).0, affected"))
    }
    let report = AffectedReport(query: "bulk", generatedAt: "2026-11-27T00:00:00Z", matches: matches, undecided: [],
                                freshness: [], notes: [])
    var pieces: [String] = []
    AffectedRenderer.csv(report) { pieces.append($0) }
    #expect(pieces.count > 1)
    #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 1 << 20 && $0.utf8.count < (1 << 20) + 4096 })
    let whole = AffectedRenderer.csv(report)
    #expect(pieces.joined() == whole)
    #expect(whole.split(separator: "\n").count == 20_001)
    #expect(whole.contains(",'=pkg7,"))   // formula-looking cells are neutralised
}
