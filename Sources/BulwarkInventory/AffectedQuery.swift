import BulwarkFormats
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
    /// `bundled` are advisories shipped with Bulwark (landmark incidents), found by id or alias
    /// when no `advisoryDirectory` is given.
    public static func parse(_ text: String, range: String?, advisoryDirectory: String?, bundled: [Advisory] = []) throws -> AffectedQuery {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var parsedRange: VersionRange?
        if let range {
            do { parsedRange = try VersionRange(parsing: range) } catch { throw ParseError(message: error.message) }
        }
        if trimmed.lowercased().hasPrefix("pkg:") {
            let purl: PackageURL
            do { purl = try PackageURL(parsing: trimmed) } catch { throw ParseError(message: error.message) }
            if !knownPurlTypes.contains(purl.type), let guess = closestPurlType(purl.type) {
                throw ParseError(message: "unknown purl type `\(purl.type)` in `\(text)`; did you mean \(guess)? (known types: \(knownPurlTypes.sorted().joined(separator: ", ")))")
            }
            // An exact version the type's order cannot place (`pkg:pypi/x@garbage`) could only ever
            // match nothing; GitHub versions are commits or tags and are matched as written.
            if !purl.version.isEmpty, purl.type != "github", let scheme = VersionSchemes.scheme(forType: purl.type),
               !ParsedVersion(purl.version, scheme: scheme).isValid(scheme) {
                throw ParseError(message: "`\(text)`: `\(purl.version)` is not a \(purl.type) version (\(scheme.rawValue) ordering); give a version such as pkg:\(purl.type)/\(purl.name)@1.2.3, or leave it out to list every version")
            }
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
        let wanted = trimmed.uppercased()
        let known = bundled.filter { $0.id.uppercased() == wanted || $0.aliases.contains { $0.uppercased() == wanted } }
        if !known.isEmpty { return .advisories(known) }
        throw ParseError(message: "`\(text)` is not a purl, hf:org/name, SHA-256, OSV file or folder, or a bundled incident; for another advisory id pass --advisories DIR")
    }

    /// Package types of the purl specification, and `githubactions` (Bulwark's key for workflow
    /// uses). A query type that is not one of them but is one or two edits from one is a typo
    /// (`pkg:pypy/...`) and refused; other types are taken as custom ones and matched as written.
    public static let knownPurlTypes: Set<String> = [
        "alpm", "apk", "bitbucket", "bitnami", "cargo", "cocoapods", "composer", "conan", "conda", "cpan", "cran",
        "deb", "docker", "gem", "generic", "github", "githubactions", "gitlab", "golang", "hackage", "hex",
        "huggingface", "julia", "luarocks", "maven", "mlflow", "npm", "nuget", "oci", "otp", "pub", "pypi",
        "qpkg", "rpm", "swid", "swift", "vscode-extension",
    ]

    static func closestPurlType(_ type: String) -> String? {
        guard type.count <= 64 else { return nil }
        let t = Array(type)
        var best: (String, Int)?
        for k in knownPurlTypes.sorted() {
            let d = editDistance(t, Array(k))
            if d < (best?.1 ?? Int.max) { best = (k, d) }
        }
        guard let (name, d) = best, d <= 2, d < t.count else { return nil }
        return name
    }

    /// Levenshtein distance with two rows.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    public static func readAdvisory(_ path: String) throws -> Advisory {
        let bytes: [UInt8]
        do { bytes = try BoundedFile.read(path, maxBytes: Advisory.maxBytes) } catch { throw ParseError(message: "\(path): \(error.description)") }
        do { return try Advisory.read(bytes, source: path) } catch { throw ParseError(message: "\(path): \(error.message)") }
    }

    /// Every `*.json` under `directory` (recursively) that is an OSV record; other JSON (no `id` and
    /// `affected`) and withdrawn records are skipped. A file that cannot be read at all (invalid
    /// JSON, over the size limit, unreadable) is an error: skipping it would answer "not affected"
    /// for a record that was never checked.
    public static func readAdvisories(directory: String) throws -> [Advisory] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else {
            throw ParseError(message: "\(directory): cannot read the folder")
        }
        var records: [Advisory] = []
        var paths: [String] = []
        while let rel = walker.nextObject() as? String {
            if rel.hasSuffix(".json") { paths.append(rel) }
        }
        var unreadable: [String] = []
        for rel in paths.sorted() {
            let path = (directory as NSString).appendingPathComponent(rel)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            let bytes: [UInt8]
            do { bytes = try BoundedFile.read(path, maxBytes: Advisory.maxBytes) } catch {
                unreadable.append("\(path): \(error.description)")
                continue
            }
            do {
                records.append(try Advisory.read(bytes, source: path))
            } catch {
                if error.message.hasPrefix("not an OSV record") || error.message.contains(" was withdrawn on ") { continue }
                unreadable.append("\(path): \(error.message)")
            }
        }
        if let first = unreadable.first {
            throw ParseError(message: "\(unreadable.count) advisory file(s) in \(directory) cannot be read, so the answer would be incomplete (first: \(first)); fix or remove them")
        }
        return records
    }
}
