import BulwarkCore
import Foundation

/// Finds, loads and validates `.bulwark.yml` against the rules and families that exist.
public enum ConfigLoader {
    /// Loads `explicit` if given, else `.bulwark.yml` in the first scanned folder, else defaults.
    public static func load(explicit: String?, scanPaths: [String]) throws -> Configuration {
        var path = explicit
        if path == nil, let first = scanPaths.first {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: first, isDirectory: &isDir), isDir.boolValue {
                let candidate = (first as NSString).appendingPathComponent(Configuration.fileName)
                if FileManager.default.fileExists(atPath: candidate) {
                    try refuseLinkOutside(candidate, root: first)
                    path = candidate
                }
            }
        }
        guard let path else { return Configuration() }
        guard FileManager.default.fileExists(atPath: path) else {
            throw Configuration.Error(file: path, line: nil, message: "no such configuration file")
        }
        let config = try Configuration.load(path: path)
        try validate(config, source: path)
        return config
    }

    /// The scanned folder is untrusted: its `.bulwark.yml` may not be a link to a file outside it
    /// (that would read, and report on, whatever file the link names). `--config` may point anywhere.
    static func refuseLinkOutside(_ candidate: String, root: String) throws {
        var st = stat()
        guard lstat(candidate, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return }
        let real = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path
        let base = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        guard real.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
            throw Configuration.Error(file: candidate, line: nil,
                                      message: "is a symbolic link to a file outside the scanned folder; pass the file with --config if it is meant")
        }
    }

    /// Rejects unknown rule ids and family names, with the line and a suggestion; then option names
    /// and values the rule does not declare (`RuleDescription.options`).
    public static func validate(_ config: Configuration, source: String) throws {
        let rules = Families.allRules
        let ids = Set(rules.flatMap { [$0.id] + $0.aliases })
        for (id, entry) in config.rules.sorted(by: { $0.key < $1.key }) where !ids.contains(id) {
            let best = ids.min { editDistance($0, id) < editDistance($1, id) }
            var msg = "unknown rule `\(id)`"
            if let b = best, editDistance(b, id) <= 4 { msg += " (did you mean `\(b)`?)" }
            msg += "; `bulwark rules` lists every rule id"
            throw Configuration.Error(file: source, line: entry.line, message: msg)
        }
        try validateOptions(config, rules: rules, source: source)
        let fams = Set(Families.familyIDs)
        for (name, entry) in config.families.sorted(by: { $0.key < $1.key }) where !fams.contains(name) {
            throw Configuration.Error(file: source, line: entry.line,
                                      message: "unknown family `\(name)`; families are \(Families.familyIDs.joined(separator: ", "))")
        }
    }

    /// Checks every `rules.<id>.options` entry against the options the rule declares: an unknown
    /// name (with a suggestion) or a value of the wrong kind is an error with the option's line.
    public static func validateOptions(_ config: Configuration, rules: [RuleDescription], source: String) throws {
        var byID: [String: RuleDescription] = [:]
        for r in rules {
            byID[r.id] = r
            for a in r.aliases where byID[a] == nil { byID[a] = r }
        }
        for (id, entry) in config.rules.sorted(by: { $0.key < $1.key }) {
            guard let rule = byID[id] else { continue }
            for (name, value) in entry.options.sorted(by: { $0.key < $1.key }) {
                let line = entry.optionLines[name] ?? entry.line
                guard let option = rule.options.first(where: { $0.name == name }) else {
                    var msg = "unknown option `\(name)` for rule `\(rule.id)`"
                    if rule.options.isEmpty {
                        msg += "; this rule takes no options"
                    } else {
                        let names = rule.options.map(\.name)
                        if let best = names.min(by: { editDistance($0, name) < editDistance($1, name) }), editDistance(best, name) <= 3 {
                            msg += " (did you mean `\(best)`?)"
                        }
                        msg += "; expected one of \(names.joined(separator: ", "))"
                    }
                    throw Configuration.Error(file: source, line: line, message: msg)
                }
                if let expected = option.problem(with: value) {
                    throw Configuration.Error(file: source, line: line,
                                              message: "rules.\(id).options.\(name) must be \(expected) (\(option.summary))")
                }
            }
        }
    }
}
