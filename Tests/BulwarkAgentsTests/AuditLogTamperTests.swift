import BulwarkAgents
import BulwarkCore
import BulwarkFormats
import Foundation
import Testing

/// Tampers that used to verify (issue 22): the hash covered only the parsed fields, so bytes the
/// parser ignored or overrode could be changed freely.
@Suite struct AuditLogTamperTests {
    /// A log of `n` entries appended through the API, as bytes.
    static func makeLog(_ n: Int, actor: String = "alice") throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-h4-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let log = AuditLog(path: url.path)
        for i in 1...n {
            try log.append(kind: "dependency-approval", actor: actor, payloadJSON: #"{"package":"left-pad","n":\#(i)}"#,
                           time: Date(timeIntervalSince1970: 1_780_000_000 + Double(i)))
        }
        return Array(try Data(contentsOf: url))
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static func bytes(_ lines: [String]) -> [UInt8] { Array((lines.joined(separator: "\n") + "\n").utf8) }

    @Test func newEntriesCarryTheFormatVersionAndVerify() throws {
        let log = try Self.makeLog(3)
        let ls = Self.lines(log)
        #expect(ls.count == 3)
        #expect(ls.allSatisfy { $0.hasPrefix(#"{"actor":"alice","hash":""#) && $0.hasSuffix(#","v":2}"#) })
        let v = AuditLog.verify(bytes: log)
        #expect(v.isIntact, "\(v.problems)")
        #expect(v.entries == 3)
    }

    @Test func insertedFieldIsTampering() throws {
        var ls = Self.lines(try Self.makeLog(3))
        // Inserted where canonical key order puts it, so only the field set betrays it.
        ls[1] = ls[1].replacingOccurrences(of: #","hash":"#, with: #","approvedBy":"ceo","hash":"#)
        #expect(ls[1].contains("approvedBy"))
        let v = AuditLog.verify(bytes: Self.bytes(ls))
        #expect(!v.isIntact)
        #expect(v.problems.first?.line == 2)
        #expect(v.problems.first?.message.contains("approvedBy") == true, "\(v.problems)")
    }

    @Test func insertedFieldInsideThePayloadIsTampering() throws {
        var ls = Self.lines(try Self.makeLog(2))
        ls[0] = ls[0].replacingOccurrences(of: #""n":1"#, with: #""n":1,"approvedBy":"ceo""#)
        let v = AuditLog.verify(bytes: Self.bytes(ls))
        #expect(!v.isIntact)
        #expect(v.problems.first?.line == 1)
    }

    @Test func duplicateKeyWithForgedFirstValueIsTampering() throws {
        var ls = Self.lines(try Self.makeLog(3))
        ls[2] = ls[2].replacingOccurrences(of: #"{"actor":"alice""#, with: #"{"actor":"mallory","actor":"alice""#)
        #expect(ls[2].hasPrefix(#"{"actor":"mallory","actor":"alice""#))
        let v = AuditLog.verify(bytes: Self.bytes(ls))
        #expect(!v.isIntact)
        #expect(v.problems.first?.line == 3)
        #expect(v.problems.first?.message.contains("`actor` appears twice") == true, "\(v.problems)")
    }

    @Test func duplicateKeyInThePayloadIsTampering() throws {
        var ls = Self.lines(try Self.makeLog(1))
        ls[0] = ls[0].replacingOccurrences(of: #"{"n":1,"package":"left-pad"}"#, with: #"{"n":1,"package":"evil-pad","package":"left-pad"}"#)
        #expect(ls[0].contains("evil-pad"))
        let v = AuditLog.verify(bytes: Self.bytes(ls))
        #expect(!v.isIntact)
        #expect(v.problems.first?.message.contains("appears twice") == true, "\(v.problems)")
    }

    @Test func reformattedLineIsTampering() throws {
        var ls = Self.lines(try Self.makeLog(2))
        ls[0] = ls[0].replacingOccurrences(of: #""kind":"#, with: #""kind": "#)
        let v = AuditLog.verify(bytes: Self.bytes(ls))
        #expect(!v.isIntact)
        #expect(v.problems.first?.message.contains("canonical") == true, "\(v.problems)")
        // An escaped letter parses to the same value but is not the bytes that were hashed.
        ls = Self.lines(try Self.makeLog(1))
        ls[0] = ls[0].replacingOccurrences(of: #""actor":"alice""#, with: #""actor":"\u0061lice""#)
        #expect(!AuditLog.verify(bytes: Self.bytes(ls)).isIntact)
    }

    @Test func unknownFormatVersionIsRefused() throws {
        var ls = Self.lines(try Self.makeLog(1))
        ls[0] = ls[0].replacingOccurrences(of: #","v":2}"#, with: #","v":3}"#)
        let v = AuditLog.verify(bytes: Self.bytes(ls))
        #expect(!v.isIntact)
        #expect(v.problems.first?.message.contains("version") == true, "\(v.problems)")
    }

    /// A version-1 line, as the writer before the `v` field produced it: canonical JSON, hash of the
    /// canonical entry without `hash`.
    static func v1Line(seq: Int, actor: String, prev: String) -> (String, String) {
        let body = #"{"actor":"\#(actor)","kind":"policy-exception","payload":{"rule":"x"},"prevHash":"\#(prev)","seq":\#(seq),"time":"2026-01-01T00:00:00.000Z"}"#
        let hash = SHA256.hex(Array(body.utf8))
        let line = body.replacingOccurrences(of: #""actor":"\#(actor)","#, with: #""actor":"\#(actor)","hash":"\#(hash)","#)
        return (line, hash)
    }

    @Test func versionOneLogsStillVerifyAndCanBeExtended() throws {
        let (l1, h1) = Self.v1Line(seq: 1, actor: "alice", prev: AuditLog.genesisHash)
        let (l2, h2) = Self.v1Line(seq: 2, actor: "bob", prev: h1)
        let old = Self.bytes([l1, l2])
        let v = AuditLog.verify(bytes: old)
        #expect(v.isIntact, "\(v.problems)")
        #expect(v.head == h2)

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-h4-v1-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(old).write(to: url)
        let e = try AuditLog(path: url.path).append(kind: "model-admission", actor: "carol", payloadJSON: "{}")
        #expect(e.seq == 3 && e.prevHash == h2)
        #expect(try AuditLog(path: url.path).verify().isIntact)

        // The tampers are caught in version-1 lines too.
        let forged = l2.replacingOccurrences(of: #"{"actor":"bob""#, with: #"{"actor":"mallory","actor":"bob""#)
        #expect(!AuditLog.verify(bytes: Self.bytes([l1, forged])).isIntact)
        // And a version-1 line after a version-2 one is a rewrite.
        let v2 = Self.lines(try Self.makeLog(1))[0]
        let v2Hash = AuditLog.verify(bytes: Self.bytes([v2])).head
        let (late, _) = Self.v1Line(seq: 2, actor: "bob", prev: v2Hash)
        let mixed = AuditLog.verify(bytes: Self.bytes([v2, late]))
        #expect(mixed.problems.contains { $0.line == 2 && $0.message.contains("format version") }, "\(mixed.problems)")
    }

    // MARK: - checkExtends (the anchor for gate --base)

    @Test func checkExtendsAcceptsAppendedEntries() throws {
        let head = try Self.makeLog(4)
        let base = Self.bytes(Array(Self.lines(head).prefix(2)))
        let ext = try AuditLog.checkExtends(base: base, head: head)
        #expect(ext.baseEntries == 2 && ext.headEntries == 4 && ext.appended == 2)
        #expect(ext.head == AuditLog.verify(bytes: head).head)
        #expect(ext.baseHead == AuditLog.verify(bytes: base).head)
        // Same log, and no log on the base branch.
        #expect(try AuditLog.checkExtends(base: head, head: head).appended == 0)
        #expect(try AuditLog.checkExtends(base: [], head: head).appended == 4)
        #expect(try AuditLog.checkExtends(base: [], head: []).headEntries == 0)
    }

    @Test func checkExtendsRejectsTruncation() throws {
        let base = try Self.makeLog(4)
        let head = Self.bytes(Array(Self.lines(base).prefix(2)))
        #expect(AuditLog.verify(bytes: head).isIntact, "the truncated log verifies on its own")
        do {
            _ = try AuditLog.checkExtends(base: base, head: head)
            Issue.record("truncation accepted")
        } catch {
            #expect(error.message.contains("removed"), "\(error)")
        }
        do {
            _ = try AuditLog.checkExtends(base: base, head: [])
            Issue.record("a deleted log accepted")
        } catch {
            #expect(error.message.contains("truncation"), "\(error)")
        }
    }

    @Test func checkExtendsRejectsARewrittenHistory() throws {
        // A log rebuilt from scratch verifies on its own but does not extend the base.
        let base = try Self.makeLog(2, actor: "alice")
        let rewritten = try Self.makeLog(3, actor: "mallory")
        #expect(AuditLog.verify(bytes: rewritten).isIntact)
        do {
            _ = try AuditLog.checkExtends(base: base, head: rewritten)
            Issue.record("rewrite accepted")
        } catch {
            #expect(error.message.hasPrefix("line 1:"), "\(error)")
        }
    }

    @Test func checkExtendsRejectsATamperedHeadOrBase() throws {
        let base = try Self.makeLog(2)
        var ls = Self.lines(try Self.makeLog(3))
        ls[2] = ls[2].replacingOccurrences(of: #","hash":"#, with: #","approvedBy":"ceo","hash":"#)
        #expect(throws: AuditLog.Error.self) { try AuditLog.checkExtends(base: base, head: Self.bytes(ls)) }
        do {
            _ = try AuditLog.checkExtends(base: Self.bytes(ls), head: Self.bytes(ls))
            Issue.record("tampered base accepted")
        } catch {
            #expect(error.message.contains("base branch"), "\(error)")
        }
    }

    @Test func crlfCheckoutStillVerifiesButOtherBytesDoNot() throws {
        let log = try Self.makeLog(3)
        let crlf = Array(String(decoding: log, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let v = AuditLog.verify(bytes: crlf)
        #expect(v.isIntact, "\(v.problems)")
        #expect(v.head == AuditLog.verify(bytes: log).head)
        #expect(try AuditLog.checkExtends(base: log, head: crlf).appended == 0)
        // A space before the newline is not a line end.
        let spaced = Array(String(decoding: log, as: UTF8.self).replacingOccurrences(of: "}\n", with: "} \n").utf8)
        #expect(!AuditLog.verify(bytes: spaced).isIntact)
    }

    @Test func logPathConventions() {
        #expect(AuditLog.isLogPath(".bulwark/audit-log.jsonl"))
        #expect(AuditLog.isLogPath(".bulwark/models.jsonl"))
        #expect(AuditLog.isLogPath("team/audit-log.jsonl"))
        #expect(!AuditLog.isLogPath("data/train.jsonl"))
        #expect(!AuditLog.isLogPath(".bulwark/approvals.yml"))
    }
}
