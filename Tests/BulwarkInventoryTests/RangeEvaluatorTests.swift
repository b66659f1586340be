import BulwarkFormats
@testable import BulwarkInventory
import Foundation
import Testing

/// The bulk matcher's parsed-once evaluator must agree with the dependency family's
/// `OSVAffected.affects` / `fixedVersion(above:)` on every version both can read.
@Suite struct RangeEvaluatorTests {
    @Test(arguments: [VersionScheme.pep440, .semver, .go, .dpkg, .rubygems])
    func agreesWithTheDependencyFamily(scheme: VersionScheme) {
        var rng = InventoryFuzzTests.SplitMix(state: UInt64(scheme.rawValue.utf8.count) &* 7919)
        func version() -> String {
            let a = Int.random(in: 0...3, using: &rng), b = Int.random(in: 0...4, using: &rng), c = Int.random(in: 0...3, using: &rng)
            switch scheme {
            case .pep440: return ["\(a).\(b)", "\(a).\(b).\(c)", "\(a).\(b)rc\(c)", "\(a).\(b).post\(c)", "\(a).\(b).dev\(c)", "\(a)!\(b)"].randomElement(using: &rng)!
            case .semver: return ["\(a).\(b).\(c)", "\(a).\(b).\(c)-alpha.\(c)", "\(a).\(b).\(c)-rc", "\(a).\(b)"].randomElement(using: &rng)!
            case .go: return ["v\(a).\(b).\(c)", "v\(a).\(b).\(c)-0.20240101000000-abcdef123456", "v\(a).\(b).\(c)+incompatible"].randomElement(using: &rng)!
            case .dpkg: return ["\(a).\(b).\(c)-\(c)", "\(a).\(b)~rc\(c)-1", "\(a).\(b).\(c)+really\(b).\(a)-1", "1:\(a).\(b)-\(c)", "\(a).\(b)alpha-0.\(c)"].randomElement(using: &rng)!
            default: return ["\(a).\(b).\(c)", "\(a).\(b).pre\(c)", "\(a).\(b)"].randomElement(using: &rng)!
            }
        }
        var checked = 0
        for _ in 0..<400 {
            var affected = OSVAffected(ecosystem: "x", name: "p")
            for _ in 0..<Int.random(in: 1...2, using: &rng) {
                var events: [OSVEvent] = []
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    let kind = [OSVEvent.Kind.introduced, .introduced, .fixed, .fixed, .lastAffected, .limit].randomElement(using: &rng)!
                    events.append(OSVEvent(kind, kind == .introduced && Bool.random(using: &rng) ? "0" : version()))
                }
                affected.ranges.append(OSVRange(type: Int.random(in: 0..<4, using: &rng) == 0 ? "SEMVER" : "ECOSYSTEM", events: events))
            }
            if Int.random(in: 0..<5, using: &rng) == 0 { affected.versions = [version()] }
            let fast = FastRangeEvaluator(affected, scheme: scheme)
            for _ in 0..<15 {
                let v = version()
                let parsed = { (s: VersionScheme) in ParsedVersion(v, scheme: s) }
                guard let mine = fast.affects(v, parsed: parsed) else { continue }
                #expect(mine == affected.affects(v, scheme: scheme), "\(scheme) \(v) in \(affected.ranges) / \(affected.versions)")
                if mine {
                    #expect(fast.fixedVersion(above: v, parsed: parsed) == affected.fixedVersion(above: v, scheme: scheme))
                }
                checked += 1
            }
        }
        #expect(checked > 3000)
    }
}
