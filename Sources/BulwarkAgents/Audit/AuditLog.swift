import BulwarkCore
import BulwarkFormats
import Foundation

/// A tamper-evident, hash-chained JSON-lines audit trail.
///
/// Each line is one canonical JSON object (keys sorted, no whitespace):
/// `{"actor":…,"hash":…,"kind":…,"payload":…,"prevHash":…,"seq":…,"time":…}`.
/// `hash` is the hex SHA-256 of the canonical JSON of the same object without `hash`; `prevHash`
/// is the previous entry's `hash` (64 zeros for the first entry); `seq` counts from 1. Editing a
/// line breaks its hash, deleting or reordering lines breaks `seq` and `prevHash`, and a cut-off
/// last line fails to parse. Truncation of whole trailing lines is caught by passing the head hash
/// recorded elsewhere (a commit message, a CI variable) to `verify(expectedHead:)`.
///
/// Kinds in use: `agent-config-change`, `mcp-pin-change`, `dependency-approval`, `model-admission`,
/// `policy-exception`. Any kebab-case kind is accepted.
public struct AuditLog: Sendable {
    public static let genesisHash = String(repeating: "0", count: 64)

    public struct Entry: Sendable, Equatable {
        public var seq: Int
        public var time: String
        public var kind: String
        public var actor: String
        /// Canonical JSON of the payload.
        public var payload: String
        public var prevHash: String
        public var hash: String
    }

    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// 1-based line in the log file.
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public struct Verification: Sendable {
        public var entries: Int
        /// Hash of the last valid entry (the head to record elsewhere).
        public var head: String
        public var problems: [Problem]
        public var isIntact: Bool { problems.isEmpty }
    }

    public struct Error: Swift.Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    public var path: String

    public init(path: String) { self.path = path }

    // MARK: - Canonical form

    static func node(_ v: JSONValue) -> JSONNode { JSONNode(value: v, line: 0, column: 0, offset: 0) }

    static func member(_ k: String, _ v: JSONValue) -> JSONMember {
        JSONMember(key: k, keyLine: 0, keyColumn: 0, value: node(v))
    }

    /// The canonical bytes that `hash` covers.
    static func hashedBytes(seq: Int, time: String, kind: String, actor: String, payload: JSONNode, prevHash: String) -> [UInt8] {
        CanonicalJSON.encode(node(.object([
            member("actor", .string(actor)), member("kind", .string(kind)),
            JSONMember(key: "payload", keyLine: 0, keyColumn: 0, value: payload),
            member("prevHash", .string(prevHash)), member("seq", .number(String(seq))), member("time", .string(time)),
        ])))
    }

    /// One log line (without the newline) for an entry.
    public static func line(seq: Int, time: String, kind: String, actor: String, payload: JSONNode, prevHash: String) -> (String, String) {
        let hashed = hashedBytes(seq: seq, time: time, kind: kind, actor: actor, payload: payload, prevHash: prevHash)
        let hash = SHA256.hex(hashed)
        let full = CanonicalJSON.encode(node(.object([
            member("actor", .string(actor)), member("hash", .string(hash)), member("kind", .string(kind)),
            JSONMember(key: "payload", keyLine: 0, keyColumn: 0, value: payload),
            member("prevHash", .string(prevHash)), member("seq", .number(String(seq))), member("time", .string(time)),
        ])))
        return (String(decoding: full, as: UTF8.self), hash)
    }

    static func isKind(_ k: String) -> Bool {
        !k.isEmpty && k.count <= 64 && k.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }
            && k.first?.isLetter == true
    }

    public static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }

    // MARK: - Append

    /// Appends an entry whose payload is JSON text (an object, array or scalar). Refuses to extend a
    /// log that does not verify. Returns the new entry; its `hash` is the new head.
    @discardableResult
    public func append(kind: String, actor: String, payloadJSON: String, time: Date = Date()) throws -> Entry {
        guard Self.isKind(kind) else { throw Error(message: "kind must be kebab-case, e.g. agent-config-change") }
        let payload: JSONNode
        do { payload = try JSONParser.parse(Array(payloadJSON.utf8)) } catch {
            throw Error(message: "the payload is not JSON: \(error)")
        }
        return try append(kind: kind, actor: actor, payload: payload, time: time)
    }

    /// Appends an entry with a parsed payload.
    @discardableResult
    public func append(kind: String, actor: String, payload: JSONNode, time: Date = Date()) throws -> Entry {
        guard Self.isKind(kind) else { throw Error(message: "kind must be kebab-case, e.g. agent-config-change") }
        var seq = 1
        var prev = Self.genesisHash
        if let data = FileManager.default.contents(atPath: path), !data.isEmpty {
            let v = Self.verify(bytes: Array(data))
            guard v.isIntact else {
                throw Error(message: "\(path) does not verify (\(v.problems[0])); refusing to extend a broken chain")
            }
            seq = v.entries + 1
            prev = v.head
        }
        let ts = Self.timestamp(time)
        let (text, hash) = Self.line(seq: seq, time: ts, kind: kind, actor: actor, payload: payload, prevHash: prev)
        let bytes = Array((text + "\n").utf8)
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { throw Error(message: "cannot create \(path)") }
        }
        guard let h = FileHandle(forWritingAtPath: path) else { throw Error(message: "cannot open \(path) for writing") }
        defer { try? h.close() }
        try h.seekToEnd()
        try h.write(contentsOf: Data(bytes))
        return Entry(seq: seq, time: ts, kind: kind, actor: actor,
                     payload: String(decoding: CanonicalJSON.encode(payload), as: UTF8.self), prevHash: prev, hash: hash)
    }

    // MARK: - Verify

    /// Verifies the log file. `expectedHead` (a hash recorded elsewhere) detects trailing truncation.
    public func verify(expectedHead: String? = nil) throws -> Verification {
        guard let data = FileManager.default.contents(atPath: path) else { throw Error(message: "cannot read \(path)") }
        return Self.verify(bytes: Array(data), expectedHead: expectedHead)
    }

    /// Verifies log bytes: every line parses, hashes match, `seq` and `prevHash` chain.
    public static func verify(bytes: [UInt8], expectedHead: String? = nil) -> Verification {
        var problems: [Problem] = []
        var prev = genesisHash
        var expectedSeq = 1
        var count = 0
        var headSeen = expectedHead == nil || expectedHead == genesisHash
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (i, raw) in lines.enumerated() {
            let lineNo = i + 1
            if raw.isEmpty {
                if i == lines.count - 1 { break }
                problems.append(Problem(line: lineNo, message: "empty line inside the log (a line was removed or the file was edited)"))
                continue
            }
            if i == lines.count - 1 {
                problems.append(Problem(line: lineNo, message: "the last line has no newline: the log was truncated or a write was cut off"))
            }
            guard let obj = try? JSONParser.parse(Array(raw)), obj.members != nil else {
                problems.append(Problem(line: lineNo, message: "not a JSON object: the line was altered or truncated"))
                continue
            }
            guard let seqText = obj["seq"].flatMap({ if case .number(let n) = $0.value { n } else { nil } }), let seq = Int(seqText),
                  let time = obj["time"]?.string, let kind = obj["kind"]?.string, let actor = obj["actor"]?.string,
                  let payload = obj["payload"], let prevHash = obj["prevHash"]?.string, let hash = obj["hash"]?.string else {
                problems.append(Problem(line: lineNo, message: "missing or mistyped field (seq, time, kind, actor, payload, prevHash, hash)"))
                continue
            }
            let recomputed = SHA256.hex(hashedBytes(seq: seq, time: time, kind: kind, actor: actor, payload: payload, prevHash: prevHash))
            if recomputed != hash {
                problems.append(Problem(line: lineNo, message: "entry \(seq) was modified: its hash does not match its content"))
            }
            if seq != expectedSeq {
                let what = seq > expectedSeq ? "entries \(expectedSeq)...\(seq - 1) are missing (deleted)" : "entry \(seq) is out of order or repeated"
                problems.append(Problem(line: lineNo, message: "sequence break: expected \(expectedSeq), found \(seq); \(what)"))
            }
            if prevHash != prev {
                problems.append(Problem(line: lineNo, message: "chain break: prevHash does not match the previous entry's hash (a line was deleted, reordered or edited)"))
            }
            prev = hash
            expectedSeq = seq + 1
            count += 1
            if hash == expectedHead { headSeen = true }
        }
        if !headSeen, let h = expectedHead {
            problems.append(Problem(line: lines.count, message: "the recorded head \(h.prefix(12))... is not in the log: entries were removed from the end (truncation) or rewritten"))
        }
        return Verification(entries: count, head: prev, problems: problems)
    }
}
