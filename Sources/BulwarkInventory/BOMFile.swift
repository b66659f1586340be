import BulwarkCore
import Foundation

/// Reads BOM files for `inventory add`.
public enum BOMFile {
    public struct Loaded: Sendable {
        public var path: String
        public var document: BOMDocument
        public var sha256: String
    }

    /// Reads and parses one file; any failure is one line naming the file.
    public static func load(_ path: String) throws(CycloneDXReader.Error) -> Loaded {
        let bytes: [UInt8]
        do { bytes = try BoundedFile.read(path, maxBytes: CycloneDXReader.Limits().maxBytes) } catch {
            throw CycloneDXReader.Error("\(path): \(error.description); nothing was written")
        }
        do {
            let doc = try CycloneDXReader.read(bytes)
            return Loaded(path: path, document: doc, sha256: SHA256.hex(bytes))
        } catch {
            throw CycloneDXReader.Error("\(path): \(error.message); nothing was written")
        }
    }

    /// Expands folders into their `*.json` files (sorted), keeping files as given.
    public static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                let names = (FileManager.default.enumerator(atPath: p)?.allObjects as? [String] ?? [])
                    .filter { $0.hasSuffix(".json") }.sorted()
                out += names.map { (p as NSString).appendingPathComponent($0) }
            } else {
                out.append(p)
            }
        }
        return out
    }
}
