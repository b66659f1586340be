import Foundation

/// What `bulwark affected` is asked about.
public enum AffectedQuery: Sendable {
    /// A package, with an optional exact version and/or range (`pkg:deb/debian/xz-utils --range ...`).
    case package(PackageURL, range: VersionRange?)
    /// A model or dataset on a hub (`hf:org/name`, optional `@revision`); lineage is followed.
    case model(key: String, display: String, revision: String?)
    /// A file or image digest.
    case hash(String)
    /// One or more OSV advisories.
    case advisories([Advisory])

    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// Reads a QUERY argument: `pkg:...`, `hf:org/name[@rev]`, a SHA-256 (`sha256:` optional), an
    /// OSV file or folder, or an advisory id found in `advisoryDirectory`.
    public static func parse(_ text: String, range: String?, advisoryDirectory: String?) throws -> AffectedQuery {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var parsedRange: VersionRange?
        if let range {
            do { parsedRange = try VersionRange(parsing: range) } catch { throw ParseError(message: error.message) }
        }
        if trimmed.lowercased().hasPrefix("pkg:") {
            let purl: PackageURL
            do { purl = try PackageURL(parsing: trimmed) } catch { throw ParseError(message: error.message) }
            if let parsedRange, let scheme = VersionSchemes.scheme(forType: purl.type),
               let bad = parsedRange.unorderableVersion(scheme: scheme, key: purl.key) {
                throw ParseError(message: "invalid version range `\(parsedRange.text)`: `\(bad)` is not a \(purl.type) version (\(scheme.rawValue) ordering); a range is \(VersionRange.syntax)")
            }
            if purl.type == "huggingface" && parsedRange == nil {
                return .model(key: purl.key, display: "hf:" + purl.key.dropFirst("huggingface:".count), revision: purl.version.isEmpty ? nil : purl.version)
            }
            return .package(purl, range: parsedRange)
        }
        if trimmed.lowercased().hasPrefix("hf:") || trimmed.hasPrefix("https://huggingface.co/") {
            var id = trimmed.hasPrefix("hf:") ? String(trimmed.dropFirst(3)) : String(trimmed.dropFirst("https://huggingface.co/".count))
            var revision: String?
            if let at = id.lastIndex(of: "@") {
                revision = String(id[id.index(after: at)...]).lowercased()
                id = String(id[..<at])
            }
            if id.hasPrefix("datasets/") { id.removeFirst("datasets/".count) }
            let parts = id.split(separator: "/")
            guard parts.count == 2 else { throw ParseError(message: "`\(text)`: a hub id is `hf:org/name`") }
            guard parsedRange == nil else { throw ParseError(message: "--range applies to packages (pkg:...), not to models") }
            return .model(key: "huggingface:" + id.lowercased(), display: "hf:" + id, revision: revision)
        }
        var hex = trimmed.lowercased()
        if hex.hasPrefix("sha256:") { hex.removeFirst(7) }
        if hex.count == 64, hex.allSatisfy(\.isHexDigit), !FileManager.default.fileExists(atPath: trimmed) {
            return .hash(hex)
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: trimmed, isDirectory: &isDir) {
            let records = isDir.boolValue ? try readAdvisories(directory: trimmed) : [try readAdvisory(trimmed)]
            guard !records.isEmpty else { throw ParseError(message: "\(trimmed): no OSV records (*.json) in this folder") }
            return .advisories(records)
        }
        if let dir = advisoryDirectory {
            let all = try readAdvisories(directory: dir)
            let wanted = trimmed.uppercased()
            let hits = all.filter { $0.id.uppercased() == wanted || $0.aliases.contains { $0.uppercased() == wanted } }
            guard !hits.isEmpty else { throw ParseError(message: "no advisory `\(trimmed)` in \(dir) (by id or alias)") }
            return .advisories(hits)
        }
        throw ParseError(message: "`\(text)` is not a purl, hf:org/name, SHA-256, OSV file or folder; for an advisory id pass --advisories DIR")
    }

    public static func readAdvisory(_ path: String) throws -> Advisory {
        guard let data = FileManager.default.contents(atPath: path) else { throw ParseError(message: "\(path): cannot read") }
        do { return try Advisory.read(Array(data), source: path) } catch { throw ParseError(message: "\(path): \(error.message)") }
    }

    /// Every `*.json` under `directory` (recursively) that is an OSV record; other JSON is skipped.
    public static func readAdvisories(directory: String) throws -> [Advisory] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else {
            throw ParseError(message: "\(directory): cannot read the folder")
        }
        var records: [Advisory] = []
        var paths: [String] = []
        while let rel = walker.nextObject() as? String {
            if rel.hasSuffix(".json") { paths.append(rel) }
        }
        for rel in paths.sorted() {
            let path = (directory as NSString).appendingPathComponent(rel)
            guard let data = FileManager.default.contents(atPath: path),
                  let record = try? Advisory.read(Array(data), source: path) else { continue }
            records.append(record)
        }
        return records
    }
}
