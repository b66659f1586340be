import Foundation
import BulwarkYAML

/// Settings from `.bulwark.yml` (and the command line), validated with file and line on error.
public struct Configuration: Sendable {
    public struct RuleEntry: Sendable {
        public var enabled: Bool?
        public var severity: Severity?
        public var options: [String: ConfigValue]
        /// Line in the configuration file, for "unknown rule" errors reported after parsing.
        public var line: Int?
        /// Line of each option's key, for option errors reported after parsing.
        public var optionLines: [String: Int] = [:]

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
        @exclusivity(unchecked) var pathContext: Bool = true
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
            c.pathContext = pathContext
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
    /// Lower findings in test, fixture, docs and example paths (`path-context:`; default true).
    public var pathContext: Bool {
        get { storage.pathContext }
        _modify { unique(); yield &storage.pathContext }
    }

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
    static let topLevelKeys = ["version", "exclude", "rules", "families", "allowlists", "max-file-size", "fail-on", "path-context"]

    /// Loads and validates a configuration file.
    public static func load(path: String) throws -> Configuration {
        // A FIFO or device would block or never end; a huge file is not a configuration.
        var st = stat()
        if stat(path, &st) == 0 {
            if (st.st_mode & S_IFMT) != S_IFREG {
                throw Error(file: path, line: nil, message: "the configuration is not a regular file")
            }
            if Int(st.st_size) > maxConfigBytes {
                throw Error(file: path, line: nil, message: "the configuration is larger than \(maxConfigBytes) bytes")
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Error(file: path, line: nil, message: "cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Error(file: path, line: nil, message: "the configuration is not UTF-8 text")
        }
        return try parse(text, source: path)
    }

    /// Parses configuration text; errors name the file and line.
    ///
    /// The YAML goes through the bounded reader (`YAMLTree`): an alias bomb, nesting beyond the
    /// reader's depth or a file over 1 MiB is an error with a line, never a hang.
    public static func parse(_ text: String, source: String) throws -> Configuration {
        var config = Configuration()
        config.source = source
        var limits = YAMLLimits()
        limits.maxBytes = maxConfigBytes
        limits.maxNodes = 200_000
        limits.maxDepth = 64
        let root: YNode?
        do {
            root = try YAMLTree.parse(text, limits: limits)
        } catch {
            throw Error(file: source, line: error.line, message: "invalid YAML: \(error.message)")
        }
        guard let root else { return config }
        guard case .mapping(let top) = root else {
            throw Error(file: source, line: root.line, message: "the configuration must be a mapping of settings")
        }
        func fail(_ node: YNode, _ message: String) -> Error {
            Error(file: source, line: node.line, message: message)
        }
        func fail(_ key: YScalar, _ message: String) -> Error {
            Error(file: source, line: key.line, message: message)
        }
        func stringList(_ node: YNode, _ what: String) throws -> [String] {
            switch node {
            case .scalar(let s): return [s.value]
            case .sequence(let seq):
                return try seq.items.map { n in
                    guard case .scalar(let s) = n else { throw fail(n, "\(what) must be a list of strings") }
                    return s.value
                }
            default: throw fail(node, "\(what) must be a list of strings")
            }
        }
        /// Globs: strings only; a bare number, boolean or null is a mistake (quote a name that looks like one).
        func globList(_ node: YNode, _ what: String) throws -> [Glob] {
            let items: [YNode]
            switch node {
            case .scalar: items = [node]
            case .sequence(let seq): items = seq.items
            default: throw fail(node, "\(what) must be a list of glob strings")
            }
            return try items.map { n in
                guard case .scalar(let s) = n, !isNonString(s), !s.value.isEmpty else {
                    throw fail(n, "\(what) must be a glob string or a list of glob strings (quote a name that looks like a number or boolean)")
                }
                return Glob(s.value)
            }
        }
        func bool(_ node: YNode, _ what: String) throws -> Bool {
            guard case .scalar(let s) = node, let b = s.bool else {
                throw fail(node, "\(what) must be true or false")
            }
            return b
        }
        for entry in top.entries {
            let key = entry.key, v = entry.value
            switch key.value {
            case "version":
                guard case .scalar(let s) = v, s.value == "1" else {
                    throw fail(v, "unsupported version; this bulwark reads `version: 1`")
                }
            case "exclude":
                config.exclude = try globList(v, "exclude")
            case "max-file-size":
                guard case .scalar(let s) = v, let n = parseSize(s.value) else {
                    throw fail(v, "max-file-size must be a size such as 64MB, 1GB or a byte count")
                }
                config.maxFileSize = n
            case "path-context":
                config.pathContext = try bool(v, "path-context")
            case "fail-on":
                guard case .scalar(let s) = v, let sev = Severity(name: s.value) else {
                    throw fail(v, "fail-on must be one of \(Severity.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                config.failOn = sev
            case "allowlists":
                guard case .mapping(let m) = v else { throw fail(v, "allowlists must map a list name to strings") }
                for e in m.entries {
                    config.allowlists[e.key.value] = try stringList(e.value, "allowlists.\(e.key.value)")
                }
            case "families":
                guard case .mapping(let m) = v else { throw fail(v, "families must map a family name to settings") }
                for fe in m.entries {
                    let name = fe.key.value, fv = fe.value
                    var entry = FamilyEntry(enabled: nil, exclude: [], line: fe.key.line)
                    if case .scalar(let s) = fv, let b = s.bool {
                        entry.enabled = b
                    } else {
                        guard case .mapping(let fm) = fv else {
                            throw fail(fv, "families.\(name) must be true, false or a mapping with enabled/exclude")
                        }
                        for e in fm.entries {
                            switch e.key.value {
                            case "enabled": entry.enabled = try bool(e.value, "families.\(name).enabled")
                            case "exclude": entry.exclude = try globList(e.value, "families.\(name).exclude")
                            default: throw fail(e.key, "unknown key `\(e.key.value)` in families.\(name) (expected enabled, exclude)")
                            }
                        }
                    }
                    config.families[name] = entry
                }
            case "rules":
                guard case .mapping(let m) = v else { throw fail(v, "rules must map a rule id to settings") }
                for re in m.entries {
                    let id = re.key.value, rv = re.value
                    var entry = RuleEntry(enabled: nil, severity: nil, options: [:], line: re.key.line)
                    if case .scalar(let s) = rv {
                        if let b = s.bool { entry.enabled = b }
                        else if let sev = Severity(name: s.value) { entry.severity = sev }
                        else { throw fail(rv, "rules.\(id) must be true, false, a severity, or a mapping") }
                    } else {
                        guard case .mapping(let rm) = rv else {
                            throw fail(rv, "rules.\(id) must be a mapping with enabled, severity, options")
                        }
                        for e in rm.entries {
                            switch e.key.value {
                            case "enabled": entry.enabled = try bool(e.value, "rules.\(id).enabled")
                            case "severity":
                                guard case .scalar(let s) = e.value, let sev = Severity(name: s.value) else {
                                    throw fail(e.value, "rules.\(id).severity must be one of \(Severity.allCases.map(\.rawValue).joined(separator: ", "))")
                                }
                                entry.severity = sev
                            case "options":
                                guard case .mapping(let om) = e.value else { throw fail(e.value, "rules.\(id).options must be a mapping") }
                                for o in om.entries {
                                    entry.options[o.key.value] = value(o.value)
                                    entry.optionLines[o.key.value] = o.key.line
                                }
                            default:
                                throw fail(e.key, "unknown key `\(e.key.value)` in rules.\(id) (expected enabled, severity, options)")
                            }
                        }
                    }
                    config.rules[id] = entry
                }
            default:
                let suggestion = topLevelKeys.min { editDistance($0, key.value) < editDistance($1, key.value) }
                var msg = "unknown key `\(key.value)`"
                if let s = suggestion, editDistance(s, key.value) <= 3 { msg += " (did you mean `\(s)`?)" }
                msg += "; valid keys: \(topLevelKeys.joined(separator: ", "))"
                throw fail(key, msg)
            }
        }
        return config
    }

    /// The configuration file is small; anything larger is refused before YAML parsing.
    public static let maxConfigBytes = 1 << 20

    /// Whether a plain scalar reads as something other than a string (number, boolean, null).
    static func isNonString(_ s: YScalar) -> Bool {
        if case .string = value(.scalar(s)) { return false }
        return true
    }

    /// Converts a YAML node to a configuration value (plain scalars resolve as YAML 1.1 does:
    /// booleans, integers, floats, null; quoted scalars and `!!str` stay strings).
    static func value(_ node: YNode) -> ConfigValue {
        switch node {
        case .scalar(let s):
            if s.style == .plain, s.tag == nil || s.tag == "tag:yaml.org,2002:int" || s.tag == "tag:yaml.org,2002:bool" {
                if s.isNull { return .null }
                if let b = s.bool { return .bool(b) }
                if let i = parseInt(s.value) { return .int(i) }
                if let d = parseDouble(s.value) { return .double(d) }
            }
            return .string(s.value)
        case .sequence(let seq): return .list(seq.items.map(value))
        case .mapping(let m):
            var out: [String: ConfigValue] = [:]
            for e in m.entries { out[e.key.value] = value(e.value) }
            return .map(out)
        }
    }

    static func parseInt(_ t: String) -> Int? {
        var s = Substring(t.replacingOccurrences(of: "_", with: ""))
        var sign = 1
        if s.hasPrefix("-") { sign = -1; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
        guard !s.isEmpty else { return nil }
        let v: Int?
        if s.hasPrefix("0x") { v = Int(s.dropFirst(2), radix: 16) }
        else if s.hasPrefix("0o") { v = Int(s.dropFirst(2), radix: 8) }
        else if s.allSatisfy(\.isASCII), s.allSatisfy(\.isNumber) { v = Int(s) }
        else { v = nil }
        return v.map { $0 * sign }
    }

    static func parseDouble(_ t: String) -> Double? {
        let lower = t.lowercased()
        if [".inf", "+.inf"].contains(lower) { return .infinity }
        if lower == "-.inf" { return -.infinity }
        if lower == ".nan" { return .nan }
        guard t.contains(where: \.isNumber), t.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE_".contains($0)) }) else { return nil }
        return Double(t.replacingOccurrences(of: "_", with: ""))
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
