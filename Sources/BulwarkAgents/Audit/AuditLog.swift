import BulwarkCore
import BulwarkFormats
import Foundation

/// A tamper-evident, hash-chained JSON-lines audit trail.
///
/// Each line is one canonical JSON object (keys sorted by UTF-8 bytes, no whitespace, minimal string
/// escapes, no duplicate keys):
/// `{"actor":…,"hash":…,"kind":…,"payload":…,"prevHash":…,"seq":…,"time":…,"v":2}`.
/// `hash` is the hex SHA-256 of the line's exact bytes with the `,"hash":"…"` member cut out;
/// `prevHash` is the previous entry's `hash` (64 zeros for the first entry); `seq` counts from 1.
///
/// On read every line must be byte-for-byte its own canonical form and hold exactly the fields
/// above: an added field (`"approvedBy":"ceo"`), a duplicate key (`"actor":"mallory","actor":"alice"`),
/// changed whitespace, key order or escapes are tampering, even where the parsed values would hash
/// the same. Editing a line breaks its hash, deleting or reordering lines breaks `seq` and
/// `prevHash`, and a cut-off last line fails to parse. Whole trailing lines removed cannot be seen
/// from the file alone: pass a head hash recorded elsewhere to `verify(expectedHead:)`, or compare
/// with an older copy of the log (`checkExtends(base:head:)`, which `gate --base` uses with the base
/// branch's log as the anchor).
///
/// Format versions: `"v":2` entries are written by this version. Entries without `v` (version 1,
/// written before the field existed) are read with the same rules: their writer also produced
/// canonical lines and the same hash, so old logs keep verifying; once a `v:2` entry appears, an
/// entry without `v` after it is tampering.
///
/// Kinds in use: `agent-config-change`, `mcp-pin-change`, `dependency-approval`, `model-admission`,
/// `policy-exception`. Any kebab-case kind is accepted.
public struct AuditLog: Sendable {
    public static let genesisHash = String(repeating: "0", count: 64)
    /// The format version written by `append` (the `v` field).
    public static let formatVersion = 2

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
        public init(message: String) { self.message = message }
    }

    /// How a branch's log relates to the base branch's log (`checkExtends(base:head:)`).
    public struct Extension: Sendable, Equatable {
        /// Entries in the base log (the anchor).
        public var baseEntries: Int
        /// Entries in the head log.
        public var headEntries: Int
        /// Entries the head appends after the base's last one.
        public var appended: Int { headEntries - baseEntries }
        /// The base's head hash (64 zeros when the base log is empty or absent).
        public var baseHead: String
        /// The head log's head hash.
        public var head: String
    }

    public var path: String

    public init(path: String) { self.path = path }

    /// The most a log may hold; a bigger file is refused rather than read (hostile input).
    public static let maxBytes = 256 << 20

    // MARK: - Canonical form

    static func node(_ v: JSONValue) -> JSONNode { JSONNode(value: v, line: 0, column: 0, offset: 0) }

    static func member(_ k: String, _ v: JSONValue) -> JSONMember {
        JSONMember(key: k, keyLine: 0, keyColumn: 0, value: node(v))
    }

    /// The fields of a line, in canonical (sorted) order; `v` is absent in version-1 entries.
    static let fieldsV1: [String] = ["actor", "hash", "kind", "payload", "prevHash", "seq", "time"]
    static let fieldsV2: [String] = fieldsV1 + ["v"]

    /// One log line (without the newline) for an entry, and its hash.
    public static func line(seq: Int, time: String, kind: String, actor: String, payload: JSONNode, prevHash: String) -> (String, String) {
        let withoutHash = CanonicalJSON.encode(node(.object([
            member("actor", .string(actor)), member("kind", .string(kind)),
            JSONMember(key: "payload", keyLine: 0, keyColumn: 0, value: payload),
            member("prevHash", .string(prevHash)), member("seq", .number(String(seq))), member("time", .string(time)),
            member("v", .number(String(formatVersion))),
        ])))
        let hash = SHA256.hex(withoutHash)
        // `{"actor":"…"` then `,"hash":"…"` then the rest: insert the hash member after the actor.
        let actorEnd = 1 + CanonicalJSON.quote("actor").utf8.count + 1 + CanonicalJSON.quote(actor).utf8.count
        var full = Array(withoutHash[..<actorEnd])
        full += Array(",\"hash\":\"\(hash)\"".utf8)
        full += withoutHash[actorEnd...]
        return (String(decoding: full, as: UTF8.self), hash)
    }

    /// The bytes an entry's hash covers: the line's exact bytes with the `,"hash":"<64 hex>"`
    /// member cut out, or nil when the line has no such member where the canonical form puts it.
    static func hashedBytes(line raw: ArraySlice<UInt8>) -> (bytes: [UInt8], hash: String)? {
        // In a canonical line a `"` inside a string is always escaped, so the first unescaped
        // `,"hash":"` is the member itself; it must directly follow the actor string.
        let marker = Array(",\"hash\":\"".utf8)
        let bytes = Array(raw)
        guard bytes.count >= marker.count + 66 else { return nil }
        var i = 0
        var found: Int?
        while i + marker.count <= bytes.count {
            if bytes[i] == marker[0], Array(bytes[i..<(i + marker.count)]) == marker { found = i; break }
            i += 1
        }
        guard let start = found else { return nil }
        let hexStart = start + marker.count
        guard hexStart + 65 <= bytes.count, bytes[hexStart + 64] == UInt8(ascii: "\"") else { return nil }
        let hex = bytes[hexStart..<(hexStart + 64)]
        guard hex.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) else { return nil }
        return (Array(bytes[..<start]) + bytes[(hexStart + 65)...], String(decoding: hex, as: UTF8.self))
    }

    /// The first key that appears twice in one object anywhere in `node` (depth-bounded by the parser).
    static func duplicateKey(_ node: JSONNode) -> String? {
        switch node.value {
        case .object(let members):
            var seen = Set<String>()
            for m in members {
                if !seen.insert(m.key).inserted { return m.key }
            }
            for m in members { if let d = duplicateKey(m.value) { return d } }
            return nil
        case .array(let items):
            for item in items { if let d = duplicateKey(item) { return d } }
            return nil
        default:
            return nil
        }
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
        if let data = try Self.read(path, missingIsEmpty: true), !data.isEmpty {
            let v = Self.verify(bytes: data)
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

    /// Reads a log file, refusing one over `maxBytes`; nil when it does not exist and `missingIsEmpty`.
    static func read(_ path: String, missingIsEmpty: Bool = false) throws -> [UInt8]? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            if missingIsEmpty { return nil }
            throw Error(message: "\(path): no such file")
        }
        guard !isDir.boolValue else { throw Error(message: "\(path) is a folder, not a log file") }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
        guard (attributes?[.type] as? FileAttributeType) == .typeRegular else {
            throw Error(message: "\(path) is not a regular file (a FIFO, socket or device is not read)")
        }
        if let size = attributes?[.size] as? NSNumber, size.intValue > maxBytes {
            throw Error(message: "\(path) is larger than \(maxBytes >> 20) MiB; refusing to read it")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw Error(message: "cannot read \(path)") }
        return Array(data)
    }

    // MARK: - Verify

    /// Verifies the log file. `expectedHead` (a hash recorded elsewhere) detects trailing truncation.
    public func verify(expectedHead: String? = nil) throws -> Verification {
        guard let data = try Self.read(path) else { throw Error(message: "cannot read \(path)") }
        return Self.verify(bytes: data, expectedHead: expectedHead)
    }

    /// One line checked on its own: canonical, exactly the known fields, hash over its bytes.
    struct CheckedLine {
        var seq: Int
        var prevHash: String
        var hash: String
        var version: Int
    }

    static func check(line raw: ArraySlice<UInt8>) -> Result<CheckedLine, Error> {
        func fail(_ m: String) -> Result<CheckedLine, Error> { .failure(Error(message: m)) }
        guard let obj = try? JSONParser.parse(Array(raw)), let members = obj.members else {
            return fail("not a JSON object: the line was altered or truncated")
        }
        if let dup = duplicateKey(obj) {
            return fail("the key `\(dup)` appears twice in the entry: the line was altered (readers disagree on which value counts)")
        }
        let keys = members.map(\.key)
        let unknown = keys.filter { !fieldsV2.contains($0) }
        if let u = unknown.first {
            return fail("the entry has a field the log format does not define (`\(u)`): the line was altered")
        }
        guard let seqText = obj["seq"].flatMap({ if case .number(let n) = $0.value { n } else { nil } }), let seq = Int(seqText), seq >= 1,
              obj["time"]?.string != nil, obj["kind"]?.string != nil, obj["actor"]?.string != nil,
              obj["payload"] != nil, let prevHash = obj["prevHash"]?.string, obj["hash"]?.string != nil else {
            return fail("missing or mistyped field (seq, time, kind, actor, payload, prevHash, hash)")
        }
        var version = 1
        if let v = obj["v"] {
            guard case .number(let n) = v.value, let iv = Int(n) else { return fail("the format version `v` is not a number") }
            guard iv == formatVersion else { return fail("unsupported log format version \(n) (this Bulwark reads 1 and \(formatVersion))") }
            version = iv
        }
        guard CanonicalJSON.encode(obj).elementsEqual(raw) else {
            return fail("the line is not in canonical form (spacing, key order or escapes changed): the line was altered")
        }
        guard let (hashed, hash) = hashedBytes(line: raw) else {
            return fail("the hash field is not where the format puts it: the line was altered")
        }
        guard SHA256.hex(hashed) == hash else {
            return fail("entry \(seq) was modified: its hash does not match its content")
        }
        return .success(CheckedLine(seq: seq, prevHash: prevHash, hash: hash, version: version))
    }

    /// The complete lines of a log (a final line without newline is returned as incomplete).
    /// One CR before the newline is dropped: a checkout with `core.autocrlf` rewrites line ends,
    /// which changes no content (the hash covers the line without it).
    static func splitLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes[...].split(separator: 0x0A, omittingEmptySubsequences: false).map { $0.last == 0x0D ? $0.dropLast() : $0 }
    }

    /// Whether a repository path is an audit log by Bulwark's conventions: `audit-log.jsonl`
    /// anywhere, or any `*.jsonl` under `.bulwark/` (the files `gate --base` should anchor).
    public static func isLogPath(_ relativePath: String) -> Bool {
        let name = (relativePath as NSString).lastPathComponent
        return name == "audit-log.jsonl" || (relativePath.hasPrefix(".bulwark/") && name.hasSuffix(".jsonl"))
    }

    /// Verifies log bytes: every line canonical and parsed, hashes match, `seq` and `prevHash` chain.
    public static func verify(bytes: [UInt8], expectedHead: String? = nil) -> Verification {
        var problems: [Problem] = []
        var prev = genesisHash
        var expectedSeq = 1
        var count = 0
        var newestVersion = 1
        var headSeen = expectedHead == nil || expectedHead == genesisHash
        guard bytes.count <= maxBytes else {
            return Verification(entries: 0, head: prev, problems: [Problem(line: 1, message: "the log is larger than \(maxBytes >> 20) MiB; not read")])
        }
        let lines = splitLines(bytes)
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
            let entry: CheckedLine
            switch check(line: raw) {
            case .failure(let e):
                problems.append(Problem(line: lineNo, message: e.message))
                continue
            case .success(let c):
                entry = c
            }
            if entry.version < newestVersion {
                problems.append(Problem(line: lineNo, message: "entry \(entry.seq) has no format version after a version-\(newestVersion) entry: the line was rewritten"))
            }
            newestVersion = max(newestVersion, entry.version)
            if entry.seq != expectedSeq {
                let what = entry.seq > expectedSeq ? "entries \(expectedSeq)...\(entry.seq - 1) are missing (deleted)" : "entry \(entry.seq) is out of order or repeated"
                problems.append(Problem(line: lineNo, message: "sequence break: expected \(expectedSeq), found \(entry.seq); \(what)"))
            }
            if entry.prevHash != prev {
                problems.append(Problem(line: lineNo, message: "chain break: prevHash does not match the previous entry's hash (a line was deleted, reordered or edited)"))
            }
            prev = entry.hash
            expectedSeq = entry.seq + 1
            count += 1
            if entry.hash == expectedHead { headSeen = true }
        }
        if !headSeen, let h = expectedHead {
            problems.append(Problem(line: lines.count, message: "the recorded head \(h.prefix(12))... is not in the log: entries were removed from the end (truncation) or rewritten"))
        }
        return Verification(entries: count, head: prev, problems: problems)
    }

    // MARK: - Anchor

    /// Whether the `head` log (e.g. a pull request branch's) extends the `base` log (the base
    /// branch's, the anchor) entry for entry: both verify, and the head's first N lines are
    /// byte-for-byte the base's N entries. Empty `base` bytes (no log on the base branch) are
    /// extended by any intact head. Throws `AuditLog.Error` naming the first line where they part,
    /// or the problem that makes either log fail to verify.
    public static func checkExtends(base: [UInt8], head: [UInt8]) throws(AuditLog.Error) -> Extension {
        let b = verify(bytes: base)
        guard b.isIntact else {
            throw Error(message: "the base branch's audit log does not verify (\(b.problems[0])); it cannot serve as the anchor")
        }
        let h = verify(bytes: head)
        guard h.isIntact else {
            throw Error(message: "the audit log does not verify (\(h.problems[0]))")
        }
        let baseLines = splitLines(base).filter { !$0.isEmpty }
        let headLines = splitLines(head).filter { !$0.isEmpty }
        if headLines.count < baseLines.count {
            throw Error(message: "the audit log has \(headLines.count) entries but the base branch's has \(baseLines.count): entries \(headLines.count + 1)...\(baseLines.count) were removed (truncation)")
        }
        for (i, line) in baseLines.enumerated() where !line.elementsEqual(headLines[i]) {
            throw Error(message: "line \(i + 1): entry \(i + 1) differs from the base branch's log: existing entries were rewritten, not appended to")
        }
        return Extension(baseEntries: b.entries, headEntries: h.entries, baseHead: b.head, head: h.head)
    }
}
