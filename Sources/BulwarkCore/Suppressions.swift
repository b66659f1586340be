import Foundation
import Synchronization

/// Inline `bulwark: ignore[rule-id, ...] reason` comments.
///
/// A marker suppresses matching findings on its own line or on the line right below it (a comment
/// line above the offending line). Markers of other tools can be honoured through `foreign`:
/// `zizmor: ignore[unpinned-uses]` maps to the bulwark rule its table names.
public struct InlineSuppressions: Sendable {
    /// Foreign marker prefix (`zizmor: ignore`) to a table of foreign id -> bulwark rule ids.
    public var foreign: [String: [String: [String]]]
    /// Rule aliases (old id -> canonical id), built on first use: building them means building every
    /// rule's description, which costs more than a small scan, and most files carry no marker at all.
    private let aliasTable: LazyAliases

    public var aliases: [String: String] { aliasTable.value }

    public init(foreign: [String: [String: [String]]] = [:], aliases: [String: String] = [:]) {
        self.foreign = foreign
        self.aliasTable = LazyAliases { aliases }
    }

    /// `aliases` is called at most once, the first time a marker is read.
    public init(foreign: [String: [String: [String]]] = [:], aliases: @escaping @Sendable () -> [String: String]) {
        self.foreign = foreign
        self.aliasTable = LazyAliases(aliases)
    }

    /// Rule ids suppressed by markers on one line of text (`*` for `ignore[all]`).
    public func ids(onLine line: String) -> Set<String> {
        var out = Set<String>()
        let named = Self.parse(line, marker: "bulwark: ignore") + Self.parse(line, marker: "bulwark:ignore")
        if !named.isEmpty {
            let aliases = self.aliases
            out.formUnion(named.map { aliases[$0] ?? $0 })
        }
        for (marker, table) in foreign {
            for id in Self.parse(line, marker: marker) {
                if let mapped = table[id] { out.formUnion(mapped) }
            }
        }
        return out
    }

    /// Whether a finding is suppressed by a marker in its file.
    public func isSuppressed(_ finding: Finding, in file: SourceFile) -> Bool {
        guard let line = finding.location.startLine, finding.location.archiveMember == nil else { return false }
        let candidates = file.linesContainingIgnore
        guard candidates.contains(line) || candidates.contains(line - 1) else { return false }
        for l in [line, line - 1] where l >= 1 && candidates.contains(l) {
            // Parsed once per line: a long minified line with many findings is read once, not per finding.
            guard let m = file.markers(onLine: l, parse: { (self.ids(onLine: $0), Self.isCommentOnly($0)) }) else { continue }
            // A marker on the line above counts only when that line is nothing but a comment;
            // a trailing comment covers its own line.
            if l != line && !m.commentOnly { continue }
            if m.ids.contains("*") || m.ids.contains(finding.ruleID) { return true }
        }
        return false
    }

    static func isCommentOnly(_ line: String) -> Bool {
        let t = line.drop { $0 == " " || $0 == "\t" }
        return ["#", "//", "--", "/*", "<!--", ";", "%", "*", "{#", "REM ", "rem "].contains { t.hasPrefix($0) }
    }

    static func parse(_ line: String, marker: String) -> [String] {
        var result: [String] = []
        var rest = Substring(line)
        while let r = rest.range(of: marker) {
            rest = rest[r.upperBound...]
            guard rest.first == "[", let close = rest.firstIndex(of: "]") else { continue }
            let inner = rest[rest.index(after: rest.startIndex)..<close]
            for id in inner.split(separator: ",") {
                let t = id.trimmingCharacters(in: .whitespaces)
                if t == "all" { result.append("*") } else if !t.isEmpty { result.append(t) }
            }
            rest = rest[close...]
        }
        return result
    }
}

/// A baseline: fingerprints of known findings, so a scan can report only what is new.
public struct Baseline: Codable, Sendable {
    public struct Entry: Codable, Sendable, Hashable {
        public var fingerprint: String
        public var rule: String
        public var path: String
    }
    public var version: Int
    public var entries: [Entry]

    public init(findings: [Finding]) {
        version = 1
        var seen = Set<String>()
        entries = findings.compactMap { f in
            seen.insert(f.fingerprint).inserted ? Entry(fingerprint: f.fingerprint, rule: f.ruleID, path: f.location.path) : nil
        }.sorted { ($0.path, $0.rule, $0.fingerprint) < ($1.path, $1.rule, $1.fingerprint) }
    }

    public var fingerprints: Set<String> { Set(entries.map(\.fingerprint)) }

    public static func load(path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Configuration.Error(file: path, line: nil, message: "cannot read the baseline file")
        }
        do {
            let b = try JSONDecoder().decode(Baseline.self, from: data)
            guard b.version == 1 else {
                throw Configuration.Error(file: path, line: nil, message: "unsupported baseline version \(b.version)")
            }
            return b
        } catch let e as Configuration.Error {
            throw e
        } catch {
            throw Configuration.Error(file: path, line: nil, message: "not a bulwark baseline (expected JSON with version and entries)")
        }
    }

    public func write(path: String) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        var data = try enc.encode(self)
        data.append(0x0A)
        try data.write(to: URL(fileURLWithPath: path))
    }
}

/// A table computed once, on first use, from any thread.
final class LazyAliases: Sendable {
    private let make: @Sendable () -> [String: String]
    private let cache = Mutex<[String: String]?>(nil)

    init(_ make: @escaping @Sendable () -> [String: String]) { self.make = make }

    var value: [String: String] {
        cache.withLock { cached in
            if let cached { return cached }
            let built = make()
            cached = built
            return built
        }
    }
}
