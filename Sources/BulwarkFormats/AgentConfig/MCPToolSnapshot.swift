/// A saved MCP `tools/list` response: the tools a server offered, with positions.
///
/// Accepted shapes: the JSON-RPC response (`{"result": {"tools": [...]}}`), the result object
/// (`{"tools": [...]}`), or a bare array of tools. An optional top-level `server` (or
/// `serverInfo.name`) names the server; otherwise the file name does.
public struct MCPToolSnapshot: Sendable, Equatable {
    public struct Tool: Sendable, Equatable {
        public var name: String
        public var description: String?
        public var inputSchema: JSONNode?
        /// Canonical JSON of `{"description", "inputSchema", "name"}`, the bytes that are pinned.
        public var canonical: [UInt8]
        public var line: Int
        public var descriptionLine: Int?
        /// `description` texts inside the input schema (parameter descriptions), with lines.
        public var schemaDescriptions: [(path: String, text: String, line: Int)]

        public static func == (a: Tool, b: Tool) -> Bool { a.name == b.name && a.canonical == b.canonical }
    }

    public var server: String?
    public var tools: [Tool]

    public struct Error: Swift.Error, Sendable, CustomStringConvertible {
        public var message: String
        public var line: Int
        public var description: String { "line \(line): \(message)" }
    }

    /// As generous as the agent settings' limits: depth 1,000, values bounded by the input size.
    public static let limits = JSONParser.Limits(maxDepth: 1_000, maxValues: .max, maxStringBytes: 4 << 20)

    public static func parse(_ bytes: [UInt8]) throws(Error) -> MCPToolSnapshot {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes, limits: limits) } catch {
            throw Error(message: error.message, line: error.line)
        }
        let list: JSONNode?
        if root.array != nil { list = root }
        else if let t = root["tools"] { list = t }
        else { list = root["result"]?["tools"] }
        guard let items = list?.array else {
            throw Error(message: "no `tools` array (expected a tools/list result)", line: root.line)
        }
        var tools: [Tool] = []
        for item in items {
            guard let name = item["name"]?.string else { continue }
            let desc = item["description"]
            var obj: [JSONMember] = [JSONMember(key: "name", keyLine: 0, keyColumn: 0,
                                                value: JSONNode(value: .string(name), line: 0, column: 0, offset: 0))]
            if let d = desc { obj.append(JSONMember(key: "description", keyLine: 0, keyColumn: 0, value: d)) }
            if let s = item["inputSchema"] { obj.append(JSONMember(key: "inputSchema", keyLine: 0, keyColumn: 0, value: s)) }
            let canonical = CanonicalJSON.encode(JSONNode(value: .object(obj), line: 0, column: 0, offset: 0))
            var schemaDescs: [(String, String, Int)] = []
            if let s = item["inputSchema"] { collectDescriptions(s, "inputSchema", &schemaDescs, depth: 0) }
            tools.append(Tool(name: name, description: desc?.string, inputSchema: item["inputSchema"], canonical: canonical,
                              line: item.line, descriptionLine: desc?.line, schemaDescriptions: schemaDescs))
        }
        let server = root["server"]?.string ?? root["serverInfo"]?["name"]?.string ?? root["result"]?["serverInfo"]?["name"]?.string
        return MCPToolSnapshot(server: server, tools: tools)
    }

    static func collectDescriptions(_ n: JSONNode, _ path: String, _ out: inout [(String, String, Int)], depth: Int) {
        guard depth < 32, out.count < 10_000 else { return }
        for m in n.members ?? [] {
            if m.key == "description" || m.key == "title", let t = m.value.string {
                out.append((path + "." + m.key, t, m.value.line))
            } else {
                collectDescriptions(m.value, path + "." + m.key, &out, depth: depth + 1)
            }
        }
        for (i, item) in (n.array ?? []).enumerated() {
            collectDescriptions(item, "\(path)[\(i)]", &out, depth: depth + 1)
        }
    }
}

/// Canonical JSON bytes: object keys sorted by their UTF-8 bytes, no insignificant whitespace,
/// strings with the minimal escapes, numbers as written. Used for pins and the audit log chain.
public enum CanonicalJSON {
    public static func encode(_ node: JSONNode) -> [UInt8] {
        var out: [UInt8] = []
        write(node, &out, depth: 0)
        return out
    }

    static func write(_ node: JSONNode, _ out: inout [UInt8], depth: Int) {
        guard depth < 512 else { out += Array("null".utf8); return }
        switch node.value {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .number(let n): out += Array(n.utf8)
        case .string(let s): writeString(s, &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                write(item, &out, depth: depth + 1)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            // Duplicate keys: the last one wins, as `JSONNode[key]` reads them.
            var byKey: [String: JSONNode] = [:]
            for m in members { byKey[m.key] = m.value }
            let keys = byKey.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            out.append(UInt8(ascii: "{"))
            for (i, k) in keys.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(k, &out)
                out.append(UInt8(ascii: ":"))
                if let v = byKey[k] { write(v, &out, depth: depth + 1) }
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Writes a JSON string with `"` `\` and control characters escaped.
    public static func writeString(_ s: String, _ out: inout [UInt8]) {
        out.append(0x22)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        for c in s.utf8 {
            switch c {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]]
            default: out.append(c)
            }
        }
        out.append(0x22)
    }

    /// A JSON string literal as text.
    public static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        writeString(s, &out)
        return String(decoding: out, as: UTF8.self)
    }
}
