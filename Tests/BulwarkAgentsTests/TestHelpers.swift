import BulwarkAgents
import BulwarkCore

/// Scans a tiny in-memory repository with the agents family, as a scan would (scan, then finish).
func scanRepo(_ files: [String: String]) -> [Finding] {
    let scanner = AgentsScanner()
    var config = Configuration()
    for r in scanner.rules { config.rules[r.id] = .init(enabled: true) }
    let context = ScanContext(configuration: config, root: "/")
    let sources = files.sorted { $0.key < $1.key }.map { SourceFile(relativePath: $0.key, text: $0.value) }
    var out: [Finding] = []
    for f in sources where scanner.wants(f) { out += scanner.scan(f, context: context) }
    out += scanner.finish(files: sources, context: context)
    return out.sorted(by: Finding.stableOrder)
}

func scanOne(_ path: String, _ text: String) -> [Finding] { scanRepo([path: text]) }

func ids(_ findings: [Finding]) -> Set<String> { Set(findings.map(\.ruleID)) }
