import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels

/// Scans in-memory bytes as one file with the models family.
func scanModel(_ bytes: [UInt8], path: String = "models/model.bin", config: Configuration = Configuration()) -> [Finding] {
    let file = SourceFile(relativePath: path, bytes: bytes)
    let scanner = ModelsScanner()
    guard scanner.wants(file) else { return [] }
    return scanner.scan(file, context: ScanContext(configuration: config, root: "/"))
}

func ids(_ f: [Finding]) -> Set<String> { Set(f.map(\.ruleID)) }

/// Findings at medium or above (what counts as a false positive on benign files).
func serious(_ f: [Finding]) -> [Finding] { f.filter { $0.severity >= .medium } }
