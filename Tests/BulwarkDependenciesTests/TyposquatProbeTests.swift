import BulwarkDependencies
import BulwarkFormats
import Foundation
import Testing

@Test func typosquatProbe() throws {
    guard ProcessInfo.processInfo.environment["PROBE"] != nil else { return }
    let e = TyposquatEngine.shared
    for (eco, n) in [(Ecosystem.pypi, "colourama"), (.pypi, "jeIlyfish"), (.pypi, "reqeusts"), (.npm, "crossenv"), (.pypi, "python3-dateutil"),
                     (.pypi, "urlib3"), (.npm, "lodahs"), (.npm, "@typescript_eslinter/eslint"), (.npm, "types-node"), (.pypi, "djang0"),
                     (.pypi, "reqursts"), (.pypi, "numpyy"), (.pypi, "pandas2"), (.pypi, "python-requests"), (.npm, "expresss"), (.go, "github.com/boltdb-go/bolt"),
                     (.crates, "serde-json"), (.crates, "tokioo"), (.pypi, "tranformers"), (.pypi, "torchtriton"), (.pypi, "rn"), (.npm, "rеact")] {
        print("PROBE", n, e.check(n, ecosystem: eco).map { "\($0.imitated) \($0.technique) \($0.strong)" } ?? "-")
    }
    // Precision probe: unpopular PyPI names.
    let text = try String(contentsOfFile: "/work/.library/env/packages/pypi.tsv", encoding: .utf8)
    var total = 0, flagged = 0, samples: [String] = []
    for (i, line) in text.split(separator: "\n").enumerated() where i % 97 == 0 {
        let name = String(line.split(separator: "\t").first ?? "")
        total += 1
        if let v = e.check(name, ecosystem: .pypi) { flagged += 1; if samples.count < 60 { samples.append("\(name)->\(v.imitated) [\(v.technique)]") } }
    }
    print("PROBE pypi sample", total, flagged)
    for s in samples { print("PROBE", s) }
}
