import BulwarkCore
import BulwarkFormats
import Foundation

/// `bulwark.mcp.lock`: the SHA-256 of every MCP tool definition a team reviewed.
///
/// Each pin is the SHA-256 of the canonical JSON of `{"description", "inputSchema", "name"}` (keys
/// sorted, no whitespace; see `CanonicalJSON`). A server that later serves a different description
/// for the same tool name (a rug pull) no longer matches its pin.
public struct MCPLock: Codable, Sendable, Equatable {
    public struct Server: Codable, Sendable, Equatable {
        /// The snapshot the pins came from, repository-relative.
        public var snapshot: String?
        /// Tool name -> hex SHA-256 of its canonical definition.
        public var tools: [String: String]

        public init(snapshot: String?, tools: [String: String]) {
            self.snapshot = snapshot
            self.tools = tools
        }
    }

    public var version: Int
    public var servers: [String: Server]

    public init(version: Int = 1, servers: [String: Server] = [:]) {
        self.version = version
        self.servers = servers
    }

    public static let fileName = "bulwark.mcp.lock"

    /// The lock as stable, pretty JSON with a final newline.
    public func encoded() -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var d = (try? enc.encode(self)) ?? Data()
        d.append(0x0A)
        return d
    }

    public static func decode(_ bytes: [UInt8]) throws -> MCPLock {
        let lock = try JSONDecoder().decode(MCPLock.self, from: Data(bytes))
        guard lock.version == 1 else { throw MCPPinning.Error(message: "unsupported lock version \(lock.version)") }
        return lock
    }
}

/// A difference between a snapshot and its pins.
public struct PinChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case changed, added, removed, unpinnedServer }
    public var kind: Kind
    public var server: String
    public var tool: String
    public var expected: String?
    public var actual: String?
    /// Line of the tool in the snapshot (0 for removed tools).
    public var line: Int
}

/// Pins MCP tool definitions and compares snapshots with the pins.
public enum MCPPinning {
    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// Where scans look for snapshots: `.bulwark/mcp-snapshots/<server>.json` (any depth).
    public static let snapshotDirectory = ".bulwark/mcp-snapshots"

    public static func isSnapshotPath(_ path: String) -> Bool {
        (path.hasPrefix(snapshotDirectory + "/") || path.contains("/" + snapshotDirectory + "/")) && path.hasSuffix(".json")
    }

    /// Hex SHA-256 of bytes.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hex(bytes)
    }

    /// The server name of a snapshot: its `server`/`serverInfo.name`, else the file name.
    public static func serverName(path: String, snapshot: MCPToolSnapshot) -> String {
        if let s = snapshot.server, !s.isEmpty { return s }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }

    /// Pins for one snapshot.
    public static func pins(_ snapshot: MCPToolSnapshot) -> [String: String] {
        var out: [String: String] = [:]
        for t in snapshot.tools { out[t.name] = sha256Hex(t.canonical) }
        return out
    }

    /// Builds (or updates) a lock from `tools/list` snapshots given as path and bytes.
    public static func pin(snapshots: [(path: String, bytes: [UInt8])], into existing: MCPLock = MCPLock()) throws -> MCPLock {
        var lock = existing
        for (path, bytes) in snapshots {
            let snap: MCPToolSnapshot
            do { snap = try MCPToolSnapshot.parse(bytes) } catch {
                throw Error(message: "\(path): \(error.description)")
            }
            lock.servers[serverName(path: path, snapshot: snap)] = MCPLock.Server(snapshot: path, tools: pins(snap))
        }
        return lock
    }

    /// Reads snapshot files, pins them, and writes the lock (merging into an existing one).
    /// This is what `bulwark mcp pin SNAPSHOT... [--lock PATH]` runs. Returns the lock written.
    @discardableResult
    public static func pin(snapshotPaths: [String], lockPath: String = MCPLock.fileName) throws -> MCPLock {
        var existing = MCPLock()
        if let data = FileManager.default.contents(atPath: lockPath) {
            existing = try MCPLock.decode(Array(data))
        }
        var inputs: [(String, [UInt8])] = []
        for p in snapshotPaths {
            guard let d = FileManager.default.contents(atPath: p) else { throw Error(message: "\(p): cannot read the snapshot") }
            inputs.append((p, Array(d)))
        }
        let lock = try pin(snapshots: inputs, into: existing)
        try lock.encoded().write(to: URL(fileURLWithPath: lockPath))
        return lock
    }

    /// Differences between a snapshot and the pins of its server.
    public static func compare(_ snapshot: MCPToolSnapshot, server: String, lock: MCPLock) -> [PinChange] {
        guard let pinned = lock.servers[server] else {
            return [PinChange(kind: .unpinnedServer, server: server, tool: "", expected: nil, actual: nil, line: 1)]
        }
        var out: [PinChange] = []
        var seen = Set<String>()
        for t in snapshot.tools {
            seen.insert(t.name)
            let actual = sha256Hex(t.canonical)
            if let expected = pinned.tools[t.name] {
                if expected != actual {
                    out.append(PinChange(kind: .changed, server: server, tool: t.name, expected: expected, actual: actual, line: t.line))
                }
            } else {
                out.append(PinChange(kind: .added, server: server, tool: t.name, expected: nil, actual: actual, line: t.line))
            }
        }
        for name in pinned.tools.keys.sorted() where !seen.contains(name) {
            out.append(PinChange(kind: .removed, server: server, tool: name, expected: pinned.tools[name], actual: nil, line: 1))
        }
        return out
    }
}
