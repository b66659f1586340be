/// Reads Renovate configuration files into the same position-keeping tree as YAML files.
///
/// Renovate accepts JSON (`renovate.json`, `.renovaterc.json`, the `renovate` key of a root
/// `package.json`) and JSON5 (`renovate.json5`, `.renovaterc`). JSON with comments and trailing
/// commas goes through the bounded JSON parser; what it refuses (unquoted keys, single quotes) is
/// retried as YAML flow syntax, which reads most JSON5. Anything else is not a Renovate config we
/// can judge, and returns nil rather than an error: a broken Renovate file is Renovate's problem.
public enum RenovateParser {
    /// As generous as Renovate's own JSON reading: depth 1,000 (the JSON parser keeps its own stack;
    /// `convert` recurses once per level, well within a worker's 8 MiB stack), and the JSON parser's
    /// default value limit (3 million): CI files are read up to 2 MiB, at most a million values, so
    /// the limit is never the one that stops a file, but the parser no longer relies on the caller's
    /// size cap (it was `Int.max`).
    public static let maxDepth = 1_000
    public static let maxValues = JSONParser.Limits.defaultMaxValues

    /// The configuration mapping, or nil when the file holds none (or cannot be read).
    public static func parse(_ text: String, path: String, yamlLimits: YAMLLimits = YAMLLimits()) -> YMapping? {
        let isPackageJSON = path.split(separator: "/").last?.lowercased() == "package.json"
        let limits = JSONParser.Limits(maxDepth: maxDepth, maxValues: maxValues, maxStringBytes: 1 << 20, allowComments: true)
        if let node = try? JSONParser.parse(text, limits: limits) {
            if isPackageJSON {
                guard let member = node.members?.first(where: { $0.key == "renovate" }) else { return nil }
                return convert(member.value, depth: 0).mapping
            }
            return convert(node, depth: 0).mapping
        }
        guard !isPackageJSON, let y = try? YAMLTree.parse(blankingComments(text), limits: yamlLimits) else { return nil }
        return y.mapping
    }

    /// Why `parse` returned nil when the reason is one of Bulwark's bounds rather than the file's
    /// syntax (a file Renovate reads but Bulwark did not check must be reported), else nil.
    public static func limitProblem(_ text: String, path: String, yamlLimits: YAMLLimits = YAMLLimits()) -> YAMLError? {
        let limits = JSONParser.Limits(maxDepth: maxDepth, maxValues: maxValues, maxStringBytes: 1 << 20, allowComments: true)
        var jsonLimit: YAMLError?
        do { _ = try JSONParser.parse(text, limits: limits); return nil } catch {
            let m = error.message
            if m.hasPrefix("nesting deeper") || m.hasPrefix("more than") || m.hasPrefix("string longer") {
                jsonLimit = YAMLError(m, line: error.line, column: error.column)
            }
        }
        let isPackageJSON = path.split(separator: "/").last?.lowercased() == "package.json"
        if isPackageJSON { return jsonLimit }
        do { _ = try YAMLTree.parse(blankingComments(text), limits: yamlLimits); return nil } catch {
            return error.isLimit ? error : jsonLimit
        }
    }

    /// JSON5 `//` and `/* */` comments replaced by spaces (newlines kept), so YAML flow syntax can
    /// read the rest with unchanged line and column positions.
    static func blankingComments(_ text: String) -> String {
        var b = Array(text.utf8)
        var i = 0
        var quote: UInt8 = 0
        while i < b.count {
            let c = b[i]
            if quote != 0 {
                if c == UInt8(ascii: "\\") { i += 2; continue }
                if c == quote { quote = 0 }
                i += 1
                continue
            }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c; i += 1; continue }
            if c == UInt8(ascii: "/"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "/") {
                while i < b.count, b[i] != 0x0A { b[i] = 0x20; i += 1 }
                continue
            }
            if c == UInt8(ascii: "/"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "*") {
                while i < b.count {
                    let end = b[i] == UInt8(ascii: "*") && i + 1 < b.count && b[i + 1] == UInt8(ascii: "/")
                    if b[i] != 0x0A { b[i] = 0x20 }
                    if end { b[i + 1] = 0x20; i += 2; break }
                    i += 1
                }
                continue
            }
            i += 1
        }
        return String(decoding: b, as: UTF8.self)
    }

    /// A JSON node as a YAML node (strings keep a quoted style so they never read as booleans).
    static func convert(_ n: JSONNode, depth: Int) -> YNode {
        guard depth < maxDepth else { return .scalar(YScalar("", line: n.line, column: n.column)) }
        switch n.value {
        case .null: return .scalar(YScalar("null", line: n.line, column: n.column))
        case .bool(let b): return .scalar(YScalar(b ? "true" : "false", line: n.line, column: n.column))
        case .number(let s): return .scalar(YScalar(s, line: n.line, column: n.column))
        case .string(let s): return .scalar(YScalar(s, line: n.line, column: n.column, style: .doubleQuoted))
        case .array(let items):
            return .sequence(YSequence(items: items.map { convert($0, depth: depth + 1) }, line: n.line, column: n.column))
        case .object(let members):
            let entries = members.map {
                YMapping.Entry(key: YScalar($0.key, line: $0.keyLine, column: $0.keyColumn, style: .doubleQuoted),
                               value: convert($0.value, depth: depth + 1))
            }
            return .mapping(YMapping(entries: entries, line: n.line, column: n.column))
        }
    }
}
