import BulwarkFormats
import Foundation

/// One advisory that matches one package version.
public struct AdvisoryMatch: Sendable, Hashable {
    public var advisoryID: String
    public var aliases: [String]
    public var summary: String
    /// `critical`, `high`, `medium`, `low`; malicious packages are always `critical`.
    public var severity: String
    public var malicious: Bool
    /// The lowest fixed version above the installed one, when the advisory names one.
    public var fixedVersion: String?
    /// `bundled` for the curated incident list, `imported` for the local OSV index.
    public var origin: String

    /// The advisory id followed by its aliases.
    public var ids: [String] { [advisoryID] + aliases }
}

/// An offline advisory database: the bundled landmark incidents plus an imported OSV index.
///
/// `bulwark db import PATH` calls `AdvisoryDatabase.importOSV(from:into:)`; scans call
/// `AdvisoryDatabase.load(directory:)` and report `importedAt`/`ageDescription` in every report.
/// The index is a line-based text file (`advisories.idx`): one (advisory, package) entry per line,
/// fields separated by ASCII unit separators, grouped lazily by package on load so that 100,000
/// records load in well under a second and ranges are decoded only for packages that are present.
public final class AdvisoryDatabase: Sendable {
    public static let indexFileName = "advisories.idx"
    static let header = "bulwark-advisories"
    static let formatVersion = 1

    /// When the imported index was written, or nil when only the bundled data is loaded.
    public let importedAt: Date?
    /// Number of imported (advisory, package) entries.
    public let importedEntryCount: Int
    /// Sources named at import time.
    public let sources: [String]
    /// Version of the bundled incident data.
    public var bundledVersion: String { CuratedIncidents.version }

    /// The index text and, by `ecosystem|normalized name`, the byte ranges of its lines.
    private let data: [UInt8]
    private let byPackage: [String: [Range<Int>]]
    private let bundled: [String: [OSVAdvisory]]

    /// The default index directory, `~/.bulwark/advisories`.
    public static var defaultDirectory: String {
        (ProcessInfo.processInfo.environment["HOME"] ?? NSTemporaryDirectory()) + "/.bulwark/advisories"
    }

    init(importedAt: Date?, data: [UInt8], entries: [String: [Range<Int>]], count: Int, sources: [String]) {
        self.importedAt = importedAt
        self.data = data
        self.byPackage = entries
        self.importedEntryCount = count
        self.sources = sources
        var b: [String: [OSVAdvisory]] = [:]
        for adv in CuratedIncidents.advisories {
            for a in adv.affected {
                guard let eco = Ecosystem(osv: a.ecosystem) else { continue }
                b[Self.key(eco, a.name), default: []].append(adv)
            }
        }
        self.bundled = b
    }

    /// The bundled incidents only (no import yet).
    public static let bundledOnly = AdvisoryDatabase(importedAt: nil, data: [], entries: [:], count: 0, sources: [])

    static func key(_ eco: Ecosystem, _ name: String) -> String { eco.rawValue + "|" + eco.normalize(name) }

    /// Age of the imported data, in days (nil when nothing was imported).
    public func ageInDays(now: Date = Date()) -> Int? {
        importedAt.map { max(0, Int(now.timeIntervalSince($0) / 86_400)) }
    }

    /// One line for reports: `advisory database: 12,345 entries imported 3 days ago (2026-11-24); bundled incidents v2026.11`.
    public func ageDescription(now: Date = Date()) -> String {
        let bundledPart = "bundled incidents \(CuratedIncidents.version) (\(CuratedIncidents.advisories.count) advisories)"
        guard let at = importedAt, let days = ageInDays(now: now) else {
            return "advisory database: no OSV import (run `bulwark db update` to download it); \(bundledPart)"
        }
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withFullDate]
        return "advisory database: \(importedEntryCount) entries imported \(days) day\(days == 1 ? "" : "s") ago (\(f.string(from: at))); \(bundledPart)"
    }

    // MARK: - Matching

    /// Advisories that affect a package at its pinned or resolved version.
    ///
    /// Without an exact version only advisories that affect every version (malicious packages) match.
    public func matches(_ p: LockedPackage) -> [AdvisoryMatch] {
        var names = [p.name]
        if let s = p.sourcePackage, s != p.name { names.append(s) }
        let ecos: [Ecosystem] = p.ecosystem == .conda ? [.conda, .pypi] : [p.ecosystem]
        var out: [AdvisoryMatch] = []
        var seen = Set<String>()
        for eco in ecos {
            for n in names {
                let k = Self.key(eco, n)
                for adv in bundled[k] ?? [] where seen.insert(adv.id).inserted {
                    if let m = Self.match(adv, eco: eco, name: n, version: p.version, origin: "bundled") { out.append(m) } else { seen.remove(adv.id) }
                }
                for r in byPackage[k] ?? [] {
                    guard let adv = Self.decode(data[r]), !seen.contains(adv.id) else { continue }
                    if let m = Self.match(adv, eco: eco, name: n, version: p.version, origin: "imported") {
                        seen.insert(adv.id)
                        out.append(m)
                    }
                }
            }
        }
        return out
    }

    static func match(_ adv: OSVAdvisory, eco: Ecosystem, name: String, version: String?, origin: String) -> AdvisoryMatch? {
        guard adv.withdrawn == nil else { return nil }
        let scheme = eco.versionScheme
        let norm = eco.normalize(name)
        for a in adv.affected where Ecosystem(osv: a.ecosystem) == eco && eco.normalize(a.name) == norm {
            let hit: Bool
            var fixed: String?
            if let v = version {
                // Events and the version are parsed once each (`OSVAffected.affects` is the slower
                // reference; a test checks the two agree).
                let fast = FastRangeEvaluator(a, scheme: scheme)
                var parsedForms: [VersionScheme: ParsedVersion] = [:]
                let parsed = { (s: VersionScheme) -> ParsedVersion in
                    if let p = parsedForms[s] { return p }
                    let p = ParsedVersion(v, scheme: s)
                    parsedForms[s] = p
                    return p
                }
                hit = fast.affects(v, parsed: parsed) ?? false
                if hit { fixed = fast.fixedVersion(above: v, parsed: parsed) }
            } else {
                hit = adv.malicious && a.versions.isEmpty && a.ranges.allSatisfy { r in
                    r.events.contains { $0.kind == .introduced && $0.version == "0" } && !r.events.contains { $0.kind != .introduced }
                }
            }
            guard hit else { continue }
            return AdvisoryMatch(advisoryID: adv.id, aliases: adv.aliases, summary: adv.summary,
                                 severity: adv.malicious ? "critical" : (adv.severity ?? "medium"), malicious: adv.malicious,
                                 fixedVersion: fixed, origin: origin)
        }
        return nil
    }

    // MARK: - Index encoding

    static let fieldSep: Character = "\u{1F}"
    static let listSep: Character = "\u{1E}"
    static let eventSep: Character = "\u{1D}"

    static func clean(_ s: String) -> String {
        String(s.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
    }

    /// One line per affected package of an advisory.
    static func encode(_ adv: OSVAdvisory) -> [String] {
        adv.affected.compactMap { a in
            guard let eco = Ecosystem(osv: a.ecosystem) else { return nil }
            let ranges = a.ranges.map { r in
                ([clean(r.type)] + r.events.map { e in
                    let k: String = switch e.kind { case .introduced: "i"; case .fixed: "f"; case .lastAffected: "l"; case .limit: "m" }
                    return k + clean(e.version)
                }).joined(separator: String(eventSep))
            }.joined(separator: String(listSep))
            let fields = [eco.rawValue, clean(eco.normalize(a.name)), clean(a.name), clean(adv.id),
                          adv.aliases.map(clean).joined(separator: String(listSep)), adv.severity ?? "",
                          adv.malicious ? "1" : "0", clean(String(adv.summary.prefix(300))), ranges,
                          a.versions.map(clean).joined(separator: String(eventSep))]
            return fields.joined(separator: String(fieldSep))
        }
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> OSVAdvisory? {
        let f = bytes.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard f.count >= 10 else { return nil }
        var aff = OSVAffected(ecosystem: String(f[0]), name: String(f[2]))
        for r in f[8].split(separator: listSep) {
            let parts = r.split(separator: eventSep, omittingEmptySubsequences: false)
            guard let type = parts.first else { continue }
            var range = OSVRange(type: String(type), events: [])
            for e in parts.dropFirst() {
                guard let k = e.first else { continue }
                let v = String(e.dropFirst())
                switch k {
                case "i": range.events.append(OSVEvent(.introduced, v))
                case "f": range.events.append(OSVEvent(.fixed, v))
                case "l": range.events.append(OSVEvent(.lastAffected, v))
                case "m": range.events.append(OSVEvent(.limit, v))
                default: break
                }
            }
            aff.ranges.append(range)
        }
        aff.versions = f[9].split(separator: eventSep).map(String.init)
        return OSVAdvisory(id: String(f[3]), aliases: f[4].split(separator: listSep).map(String.init), summary: String(f[7]),
                           severity: f[5].isEmpty ? nil : String(f[5]), malicious: f[6] == "1", affected: [aff])
    }

    // MARK: - Loading

    /// Loads the index in `directory` (default `~/.bulwark/advisories`); the bundled data alone when there is none.
    public static func load(directory: String? = nil) -> AdvisoryDatabase {
        let path = (directory ?? defaultDirectory) + "/" + indexFileName
        guard let data = FileManager.default.contents(atPath: path) else { return bundledOnly }
        return (try? parseIndex(Array(data))) ?? bundledOnly
    }

    public static func parseIndex(_ text: String) throws -> AdvisoryDatabase { try parseIndex(Array(text.utf8)) }

    /// A database from index bytes (used by `load` and tests). Lines are only located here;
    /// they are decoded when a package with that name is matched.
    public static func parseIndex(_ bytes: [UInt8]) throws -> AdvisoryDatabase {
        guard let headEnd = bytes.firstIndex(of: 0x0A) else { throw ImportError("empty advisory index") }
        let h = bytes[..<headEnd].split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard h.count >= 3, h[0] == header, Int(h[1]) == formatVersion, let ts = Double(h[2]) else {
            throw ImportError("not a Bulwark advisory index (or an unsupported version)")
        }
        var map: [String: [Range<Int>]] = [:]
        var count = 0
        var i = headEnd + 1
        let n = bytes.count
        while i < n {
            var e = i
            var seps: [Int] = []
            while e < n, bytes[e] != 0x0A {
                if bytes[e] == 0x1F, seps.count < 2 { seps.append(e) }
                e += 1
            }
            if seps.count == 2 {
                var key = String(decoding: bytes[i..<seps[0]], as: UTF8.self)
                key += "|"
                key += String(decoding: bytes[(seps[0] + 1)..<seps[1]], as: UTF8.self)
                map[key, default: []].append(i..<e)
                count += 1
            }
            i = e + 1
        }
        let sources = h.count > 3 ? h[3].split(separator: ",").map(String.init) : []
        return AdvisoryDatabase(importedAt: Date(timeIntervalSince1970: ts), data: bytes, entries: map, count: count, sources: sources)
    }

    // MARK: - Import

    public struct ImportError: Error, CustomStringConvertible {
        public var description: String
        init(_ d: String) { description = d }
    }

    /// What an import did.
    public struct ImportSummary: Sendable {
        public var recordsRead: Int
        public var entriesWritten: Int
        public var skippedWithdrawn: Int
        public var errors: [String]
        public var indexPath: String
    }

    /// Imports OSV records from `paths` (folders of JSON, `all.zip` exports, the OpenSSF
    /// `osv/malicious/<ecosystem>/<name>/MAL-*.json` tree, or single JSON files) into the index in
    /// `directory`, merging with what was imported before (a record with the same id replaces the old one).
    /// `sourceNames` replaces the paths in the index header (`db update` names URLs, not staging files).
    public static func importOSV(from paths: [String], into directory: String? = nil, now: Date = Date(),
                                 sourceNames: [String]? = nil) throws -> ImportSummary {
        let dir = directory ?? defaultDirectory
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var records: [String: [String]] = [:]
        var order: [String] = []
        var summary = ImportSummary(recordsRead: 0, entriesWritten: 0, skippedWithdrawn: 0, errors: [], indexPath: dir + "/" + indexFileName)
        func add(_ bytes: [UInt8], _ origin: String) {
            guard bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{") else { return }
            do {
                let adv = try OSVAdvisory.parse(bytes)
                summary.recordsRead += 1
                if adv.withdrawn != nil { summary.skippedWithdrawn += 1; records[adv.id] = []; return }
                if records[adv.id] == nil { order.append(adv.id) }
                records[adv.id] = encode(adv)
            } catch {
                if summary.errors.count < 100 { summary.errors.append("\(origin): \(error)") }
            }
        }
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw ImportError("\(path): no such file or directory") }
            if isDir.boolValue {
                guard let en = fm.enumerator(atPath: path) else { continue }
                while let rel = en.nextObject() as? String {
                    let full = path + "/" + rel
                    if rel.hasSuffix(".json"), let d = fm.contents(atPath: full), d.count <= 16 << 20 { add(Array(d), rel) }
                    else if rel.hasSuffix(".zip"), let d = fm.contents(atPath: full) {
                        do { try OSVZip.forEachEntry(Array(d)) { name, data in if name.hasSuffix(".json") { add(data, rel + "!" + name) } } }
                        catch { summary.errors.append("\(rel): \(error)") }
                    }
                }
            } else if path.hasSuffix(".zip") {
                guard let d = fm.contents(atPath: path) else { throw ImportError("\(path): unreadable") }
                try OSVZip.forEachEntry(Array(d)) { name, data in if name.hasSuffix(".json") { add(data, name) } }
            } else {
                guard let d = fm.contents(atPath: path) else { throw ImportError("\(path): unreadable") }
                add(Array(d), path)
            }
        }
        // Merge with the previous index: keep entries whose advisory was not re-imported.
        let indexPath = dir + "/" + indexFileName
        var out = "\(header)\t\(formatVersion)\t\(Int(now.timeIntervalSince1970))\t\((sourceNames ?? paths).map { clean($0).replacingOccurrences(of: ",", with: " ") }.joined(separator: ","))\n"
        if let old = fm.contents(atPath: indexPath) {
            let text = String(decoding: old, as: UTF8.self)
            for l in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).dropFirst() {
                let f = l.split(separator: fieldSep, maxSplits: 4, omittingEmptySubsequences: false)
                if f.count > 3, records[String(f[3])] == nil { out += l; out += "\n"; summary.entriesWritten += 1 }
            }
        }
        for id in order {
            for l in records[id] ?? [] { out += l; out += "\n"; summary.entriesWritten += 1 }
        }
        let tmp = indexPath + ".tmp"
        try Data(out.utf8).write(to: URL(fileURLWithPath: tmp))
        _ = try? fm.removeItem(atPath: indexPath)
        try fm.moveItem(atPath: tmp, toPath: indexPath)
        return summary
    }
}
