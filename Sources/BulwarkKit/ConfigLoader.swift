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
                if FileManager.default.fileExists(atPath: candidate) { path = candidate }
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

    /// Rejects unknown rule ids and family names, with the line and a suggestion.
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
        let fams = Set(Families.familyIDs)
        for (name, entry) in config.families.sorted(by: { $0.key < $1.key }) where !fams.contains(name) {
            throw Configuration.Error(file: source, line: entry.line,
                                      message: "unknown family `\(name)`; families are \(Families.familyIDs.joined(separator: ", "))")
        }
    }
}
