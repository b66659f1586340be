import Foundation
import Yams

/// Settings from `.bulwark.yml` (and the command line), validated with file and line on error.
public struct Configuration: Sendable {
    public struct RuleEntry: Sendable {
        public var enabled: Bool?
        public var severity: Severity?
        public var options: [String: ConfigValue]
        /// Line in the configuration file, for "unknown rule" errors reported after parsing.
        public var line: Int?

        public init(enabled: Bool? = nil, severity: Severity? = nil, options: [String: ConfigValue] = [:], line: Int? = nil) {
            self.enabled = enabled
            self.severity = severity
            self.options = options
            self.line = line
        }
    }

    public struct FamilyEntry: Sendable {
        public var enabled: Bool?
        public var exclude: [Glob]
        public var line: Int?

        public init(enabled: Bool? = nil, exclude: [Glob] = [], line: Int? = nil) {
            self.enabled = enabled
            self.exclude = exclude
            self.line = line
        }
    }

    /// The settings live in one shared box, copied only when a copy is changed: a configuration is
    /// handed to every rule of every file, and copying its tables each time was measurable.
    // Fields are written only through `unique()` (copy on write), so the runtime exclusivity checks
    // a class property pays on every read are switched off for them.
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var exclude: [Glob] = []
        @exclusivity(unchecked) var rules: [String: RuleEntry] = [:]
        @exclusivity(unchecked) var families: [String: FamilyEntry] = [:]
        @exclusivity(unchecked) var allowlists: [String: [String]] = [:]
        @exclusivity(unchecked) var maxFileSize: Int = 256 << 20
        @exclusivity(unchecked) var failOn: Severity? = nil
        @exclusivity(unchecked) var source: String? = nil
        @exclusivity(unchecked) var aliases: [String: String] = [:]

        init() {}

        func copy() -> Storage {
            let c = Storage()
            c.exclude = exclude
            c.rules = rules
            c.families = families
            c.allowlists = allowlists
            c.maxFileSize = maxFileSize
            c.failOn = failOn
            c.source = source
            c.aliases = aliases
            return c
        }
    }

    private var storage = Storage()

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// Path globs excluded from every family.
    public var exclude: [Glob] {
        get { storage.exclude }
        _modify { unique(); yield &storage.exclude }
    }
    public var rules: [String: RuleEntry] {
        get { storage.rules }
        _modify { unique(); yield &storage.rules }
    }
    public var families: [String: FamilyEntry] {
        get { storage.families }
        _modify { unique(); yield &storage.families }
    }
    /// Named allowlists read by families (`pickle-globals`, `model-sources`, `actions`...).
    public var allowlists: [String: [String]] {
        get { storage.allowlists }
        _modify { unique(); yield &storage.allowlists }
    }
    /// Files larger than this are never read whole; families read ranges.
    public var maxFileSize: Int {
        get { storage.maxFileSize }
        _modify { unique(); yield &storage.maxFileSize }
    }
    /// Default for `scan --fail-on`.
    public var failOn: Severity? {
        get { storage.failOn }
        _modify { unique(); yield &storage.failOn }
    }
    /// Where the configuration came from, for messages.
    public var source: String? {
        get { storage.source }
        _modify { unique(); yield &storage.source }
    }
    /// Aliases resolved to canonical rule ids, filled by the kit once rules are known.
    public var aliases: [String: String] {
        get { storage.aliases }
        _modify { unique(); yield &storage.aliases }
    }

    public init() {}

    /// Effective settings for a rule: defaults, opt-in, then the user's entry (by id or alias).
    public func settings(for rule: RuleDescription) -> RuleSettings {
        var s = RuleSettings(enabled: !rule.optIn)
        if storage.rules.isEmpty, storage.families.isEmpty { return s }  // no .bulwark.yml: asked per rule per file
        if let fam = families[rule.family], fam.enabled == false { s.enabled = false }
        let entry = rules[rule.id] ?? rule.aliases.lazy.compactMap { rules[$0] }.first
        if let e = entry {
            if let en = e.enabled { s.enabled = en }
            s.severity = e.severity
            s.options = e.options
        }
        return s
    }

    public func allowlist(_ name: String) -> [String] { allowlists[name] ?? [] }

    /// Whether a path is excluded globally or for a family.
    public func isExcluded(_ path: String, family: String? = nil) -> Bool {
        if exclude.contains(where: { $0.matches(path) }) { return true }
        if let f = family, let fam = families[f], fam.exclude.contains(where: { $0.matches(path) }) { return true }
        return false
    }

    // MARK: - Loading

    /// A configuration problem, with where it is.
    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int?
        public var message: String
        public init(file: String, line: Int?, message: String) {
            self.file = file
            self.line = line
            self.message = message
        }
        public var description: String {
            if let line { return "\(file):\(line): \(message)" }
            return "\(file): \(message)"
        }
    }

    public static let fileName = ".bulwark.yml"
    static let topLevelKeys = ["version", "exclude", "rules", "families", "allowlists", "max-file-size", "fail-on"]

    /// Loads and validates a configuration file.
    public static func load(path: String) throws -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Error(file: path, line: nil, message: "cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Error(file: path, line: nil, message: "the configuration is not UTF-8 text")
        }
        return try parse(text, source: path)
    }

    /// Parses configuration text; errors name the file and line.
    public static func parse(_ text: String, source: String) throws -> Configuration {
        var config = Configuration()
        config.source = source
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let e as YamlError {
            throw Error(file: source, line: Self.line(of: e), message: "invalid YAML: \(Self.summary(of: e))")
        } catch {
            throw Error(file: source, line: nil, message: "invalid YAML: \(error)")
        }
        guard let root else { return config }
        guard case .mapping(let top) = root else {
            throw Error(file: source, line: root.mark?.line, message: "the configuration must be a mapping of settings")
        }
        func fail(_ node: Node, _ message: String) -> Error {
            Error(file: source, line: node.mark?.line, message: message)
        }
        func stringList(_ node: Node, _ what: String) throws -> [String] {
            switch node {
            case .scalar(let s): return [s.string]
            case .sequence(let seq):
                return try seq.map { n in
                    guard case .scalar(let s) = n else { throw fail(n, "\(what) must be a list of strings") }
                    return s.string
                }
            default: throw fail(node, "\(what) must be a list of strings")
            }
        }
        func bool(_ node: Node, _ what: String) throws -> Bool {
            guard case .scalar(let s) = node, let b = Bool.construct(from: s) else {
                throw fail(node, "\(what) must be true or false")
            }
            return b
        }
        for (k, v) in top {
            guard case .scalar(let key) = k else { throw fail(k, "keys must be plain strings") }
            switch key.string {
            case "version":
                guard case .scalar(let s) = v, s.string == "1" else {
                    throw fail(v, "unsupported version; this bulwark reads `version: 1`")
                }
            case "exclude":
                config.exclude = try stringList(v, "exclude").map(Glob.init)
            case "max-file-size":
                guard case .scalar(let s) = v, let n = parseSize(s.string) else {
                    throw fail(v, "max-file-size must be a size such as 64MB, 1GB or a byte count")
                }
                config.maxFileSize = n
            case "fail-on":
                guard case .scalar(let s) = v, let sev = Severity(name: s.string) else {
                    throw fail(v, "fail-on must be one of \(Severity.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                config.failOn = sev
            case "allowlists":
                guard case .mapping(let m) = v else { throw fail(v, "allowlists must map a list name to strings") }
                for (lk, lv) in m {
                    guard case .scalar(let name) = lk else { throw fail(lk, "allowlist names must be strings") }
                    config.allowlists[name.string] = try stringList(lv, "allowlists.\(name.string)")
                }
            case "families":
                guard case .mapping(let m) = v else { throw fail(v, "families must map a family name to settings") }
                for (fk, fv) in m {
                    guard case .scalar(let name) = fk else { throw fail(fk, "family names must be strings") }
                    var entry = FamilyEntry(enabled: nil, exclude: [], line: fk.mark?.line)
                    if case .scalar(let s) = fv, let b = Bool.construct(from: s) {
                        entry.enabled = b
                    } else {
                        guard case .mapping(let fm) = fv else {
                            throw fail(fv, "families.\(name.string) must be true, false or a mapping with enabled/exclude")
                        }
                        for (ek, ev) in fm {
                            guard case .scalar(let e) = ek else { throw fail(ek, "keys must be strings") }
                            switch e.string {
                            case "enabled": entry.enabled = try bool(ev, "families.\(name.string).enabled")
                            case "exclude": entry.exclude = try stringList(ev, "families.\(name.string).exclude").map(Glob.init)
                            default: throw fail(ek, "unknown key `\(e.string)` in families.\(name.string) (expected enabled, exclude)")
                            }
                        }
                    }
                    config.families[name.string] = entry
                }
            case "rules":
                guard case .mapping(let m) = v else { throw fail(v, "rules must map a rule id to settings") }
                for (rk, rv) in m {
                    guard case .scalar(let id) = rk else { throw fail(rk, "rule ids must be strings") }
                    var entry = RuleEntry(enabled: nil, severity: nil, options: [:], line: rk.mark?.line)
                    if case .scalar(let s) = rv {
                        if let b = Bool.construct(from: s) { entry.enabled = b }
                        else if let sev = Severity(name: s.string) { entry.severity = sev }
                        else { throw fail(rv, "rules.\(id.string) must be true, false, a severity, or a mapping") }
                    } else {
                        guard case .mapping(let rm) = rv else {
                            throw fail(rv, "rules.\(id.string) must be a mapping with enabled, severity, options")
                        }
                        for (ek, ev) in rm {
                            guard case .scalar(let e) = ek else { throw fail(ek, "keys must be strings") }
                            switch e.string {
                            case "enabled": entry.enabled = try bool(ev, "rules.\(id.string).enabled")
                            case "severity":
                                guard case .scalar(let s) = ev, let sev = Severity(name: s.string) else {
                                    throw fail(ev, "rules.\(id.string).severity must be one of \(Severity.allCases.map(\.rawValue).joined(separator: ", "))")
                                }
                                entry.severity = sev
                            case "options":
                                guard case .mapping = ev else { throw fail(ev, "rules.\(id.string).options must be a mapping") }
                                if case .map(let opts) = value(ev) { entry.options = opts }
                            default:
                                throw fail(ek, "unknown key `\(e.string)` in rules.\(id.string) (expected enabled, severity, options)")
                            }
                        }
                    }
                    config.rules[id.string] = entry
                }
            default:
                let suggestion = topLevelKeys.min { editDistance($0, key.string) < editDistance($1, key.string) }
                var msg = "unknown key `\(key.string)`"
                if let s = suggestion, editDistance(s, key.string) <= 3 { msg += " (did you mean `\(s)`?)" }
                msg += "; valid keys: \(topLevelKeys.joined(separator: ", "))"
                throw fail(k, msg)
            }
        }
        return config
    }

    /// Converts a YAML node to a configuration value.
    static func value(_ node: Node) -> ConfigValue {
        switch node {
        case .scalar(let s):
            if s.style == .plain {
                if let b = Bool.construct(from: s) { return .bool(b) }
                if let i = Int.construct(from: s) { return .int(i) }
                if let d = Double.construct(from: s) { return .double(d) }
                if s.string == "~" || s.string == "null" || s.string.isEmpty { return .null }
            }
            return .string(s.string)
        case .sequence(let seq): return .list(seq.map(value))
        case .mapping(let m):
            var out: [String: ConfigValue] = [:]
            for (k, v) in m { out[k.string ?? ""] = value(v) }
            return .map(out)
        case .alias: return .null
        }
    }

    /// Parses `64MB`, `1GB`, `512k`, `1048576`.
    public static func parseSize(_ s: String) -> Int? {
        let t = s.trimmingWhitespace().uppercased()
        let units: [(String, Int)] = [("GB", 1 << 30), ("G", 1 << 30), ("MB", 1 << 20), ("M", 1 << 20),
                                      ("KB", 1 << 10), ("K", 1 << 10), ("B", 1)]
        for (u, mult) in units where t.hasSuffix(u) {
            guard let n = Int(String(t.dropLast(u.count)).trimmingWhitespace()), n >= 0 else { return nil }
            return n.multipliedReportingOverflow(by: mult).overflow ? nil : n * mult
        }
        return Int(t).flatMap { $0 >= 0 ? $0 : nil }
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default: return nil
        }
    }

    static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default: return "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
        }
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    for i in 1...a.count {
        var cur = [i] + [Int](repeating: 0, count: b.count)
        for j in 1...b.count {
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        prev = cur
    }
    return prev[b.count]
}
