import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import Foundation
import Testing

// `db update` against a local HTTP server (Python's http.server on 127.0.0.1, port chosen by the OS)
// serving fixture zips built here: a good export, an unchanged one (304), a 500, a redirect, a
// truncated zip, a transfer cut short, a corrupted member and an oversized download.

/// A stored (uncompressed) zip of `files`, with correct CRC-32s.
private func zip(_ files: [(String, String)]) -> [UInt8] {
    var out: [UInt8] = [], central: [UInt8] = []
    func le16(_ v: Int, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
    func le32(_ v: Int, _ a: inout [UInt8]) { le16(v & 0xFFFF, &a); le16((v >> 16) & 0xFFFF, &a) }
    for (name, text) in files {
        let data = Array(text.utf8), n = Array(name.utf8)
        let crc = Int(CRC32.checksum(data))
        let offset = out.count
        le32(0x0403_4B50, &out); le16(20, &out); le16(0, &out); le16(0, &out); le16(0, &out); le16(0, &out)
        le32(crc, &out); le32(data.count, &out); le32(data.count, &out); le16(n.count, &out); le16(0, &out)
        out += n + data
        le32(0x0201_4B50, &central); le16(20, &central); le16(20, &central); le16(0, &central); le16(0, &central)
        le16(0, &central); le16(0, &central); le32(crc, &central); le32(data.count, &central); le32(data.count, &central)
        le16(n.count, &central); le16(0, &central); le16(0, &central); le16(0, &central); le16(0, &central); le32(0, &central)
        le32(offset, &central); central += n
    }
    let cdOffset = out.count
    out += central
    le32(0x0605_4B50, &out); le16(0, &out); le16(0, &out); le16(files.count, &out); le16(files.count, &out)
    le32(central.count, &out); le32(cdOffset, &out); le16(0, &out)
    return out
}

private func osv(_ id: String, _ eco: String, _ name: String, fixed: String? = nil) -> String {
    let events = fixed.map { #"[{"introduced": "0"}, {"fixed": "\#($0)"}]"# } ?? #"[{"introduced": "0"}]"#
    return #"{"id": "\#(id)", "summary": "\#(id) in \#(name)", "affected": [{"package": {"ecosystem": "\#(eco)", "name": "\#(name)"}, "ranges": [{"type": "ECOSYSTEM", "events": \#(events)}]}]}"#
}

private let serverScript = #"""
import hashlib, http.server, os, sys
root = sys.argv[1]
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        p = self.path
        if p.startswith("/fail/"):
            self.send_response(500); self.send_header("Content-Length", "0"); self.end_headers(); return
        if p.startswith("/moved/"):
            self.send_response(302); self.send_header("Location", "/osv/" + p[len("/moved/"):]); self.send_header("Content-Length", "0"); self.end_headers(); return
        short = p.startswith("/short/")
        rel = p[len("/short/"):] if short else (p[len("/osv/"):] if p.startswith("/osv/") else None)
        f = os.path.join(root, rel) if rel and ".." not in rel else None
        if not f or not os.path.isfile(f):
            self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers(); return
        body = open(f, "rb").read()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304); self.send_header("ETag", etag); self.end_headers(); return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", "Sun, 06 Dec 2026 10:00:00 GMT")
        self.end_headers()
        self.wfile.write(body[: len(body) // 2] if short else body)
        if short: self.close_connection = True
s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
"""#

private final class LocalServer {
    let process = Process()
    let port: Int
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "bulwark-osv-server-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let script = root + "/server.py"
        try Data(serverScript.utf8).write(to: URL(fileURLWithPath: script))
        let out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, root + "/files"]
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line: [UInt8] = []
        let h = out.fileHandleForReading
        while line.last != 0x0A, line.count < 16, let b = try h.read(upToCount: 1), !b.isEmpty { line += b }
        guard let p = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadCorruptFile)
        }
        port = p
    }

    func put(_ rel: String, _ bytes: [UInt8]) throws {
        let full = root + "/files/" + rel
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    var base: String { "http://127.0.0.1:\(port)" }

    deinit {
        // SIGKILL: a child spawned from a test thread can inherit a mask that blocks SIGTERM, and then
        // `terminate()` + `waitUntilExit()` wait forever. Foundation reaps the child.
        kill(process.processIdentifier, SIGKILL)
        try? FileManager.default.removeItem(atPath: root)
    }
}

private let hasPython: Bool = {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import http.server"]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
}()

private func malicious(_ db: AdvisoryDatabase, _ eco: Ecosystem, _ name: String) -> Bool {
    db.matches(LockedPackage(ecosystem: eco, name: name, version: "1.0.0")).contains { $0.advisoryID.hasPrefix("MAL-") || $0.origin == "imported" }
}

@Test(.enabled(if: hasPython)) func dbUpdateDownloadsChecksAndSwapsAtomically() throws {
    let server = try LocalServer()
    let dbDir = NSTemporaryDirectory() + "bulwark-db-update-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: dbDir) }
    try server.put("npm/all.zip", zip([("MAL-2099-1.json", osv("MAL-2099-1", "npm", "evil-npm")), ("GHSA-x.json", osv("GHSA-x", "npm", "old-npm", fixed: "2.0.0"))]))
    try server.put("PyPI/all.zip", zip([("MAL-2099-2.json", osv("MAL-2099-2", "PyPI", "evil_py"))]))

    // 1. First update: both exports downloaded, checked and imported.
    var o = AdvisoryUpdater.Options(ecosystems: ["npm", "PyPI"], directory: dbDir)
    o.baseURL = server.base + "/osv"
    let first = try AdvisoryUpdater.update(o)
    #expect(first.outcomes.map { $0.outcome } == [.updated(records: 2, bytes: zip([("MAL-2099-1.json", osv("MAL-2099-1", "npm", "evil-npm")), ("GHSA-x.json", osv("GHSA-x", "npm", "old-npm", fixed: "2.0.0"))]).count),
                                              .updated(records: 1, bytes: zip([("MAL-2099-2.json", osv("MAL-2099-2", "PyPI", "evil_py"))]).count)])
    #expect(first.indexReplaced)
    var db = AdvisoryDatabase.load(directory: dbDir)
    #expect(malicious(db, .npm, "evil-npm") && malicious(db, .pypi, "evil-py") && malicious(db, .npm, "old-npm"))
    let state = AdvisoryUpdater.loadState(directory: dbDir)
    #expect(state["npm"]?.etag?.isEmpty == false && state["npm"]?.sha256?.count == 64 && state["PyPI"]?.records == 1)

    // 2. Nothing changed: conditional requests, 304s, the index is not rewritten.
    let indexPath = dbDir + "/" + AdvisoryDatabase.indexFileName
    let before = try FileManager.default.attributesOfItem(atPath: indexPath)[.modificationDate] as? Date
    let second = try AdvisoryUpdater.update(o)
    #expect(second.outcomes.map { $0.outcome } == [.notModified, .notModified])
    #expect(!second.indexReplaced)
    #expect(try FileManager.default.attributesOfItem(atPath: indexPath)[.modificationDate] as? Date == before)

    // 3. A 500: reported, and the previous data stays usable.
    var failing = o
    failing.baseURL = server.base + "/fail"
    let third = try AdvisoryUpdater.update(failing)
    #expect(third.failed && !third.indexReplaced)
    if case .failed(let why) = third.outcomes[0].outcome { #expect(why.contains("500")) } else { Issue.record("no failure for a 500") }
    db = AdvisoryDatabase.load(directory: dbDir)
    #expect(malicious(db, .npm, "evil-npm") && malicious(db, .pypi, "evil-py"))

    // 4. A truncated zip served whole, a member whose bytes do not match its CRC, and a transfer cut short.
    let good = zip([("MAL-2099-3.json", osv("MAL-2099-3", "npm", "evil-three"))])
    try server.put("npm/all.zip", Array(good.prefix(good.count - 30)))
    var corrupt = zip([("MAL-2099-4.json", osv("MAL-2099-4", "PyPI", "evil-four"))])
    corrupt[60] ^= 0x01 // inside the member's data
    try server.put("PyPI/all.zip", corrupt)
    let fourth = try AdvisoryUpdater.update(o)
    #expect(fourth.outcomes.allSatisfy { if case .failed(let w) = $0.outcome { return w.contains("not a complete OSV archive") } else { return false } },
            "\(fourth.outcomes)")
    #expect(!fourth.indexReplaced)
    try server.put("npm/all.zip", good)
    var short = o
    short.ecosystems = ["npm"]
    short.baseURL = server.base + "/short"
    let fifth = try AdvisoryUpdater.update(short)
    #expect(fifth.failed, "\(fifth.outcomes)")
    db = AdvisoryDatabase.load(directory: dbDir)
    #expect(malicious(db, .npm, "evil-npm") && !malicious(db, .npm, "evil-three"))

    // 5. Over the size limit: refused before anything is imported.
    var small = o
    small.ecosystems = ["npm"]
    small.maxBytes = 64
    let sixth = try AdvisoryUpdater.update(small)
    if case .failed(let why) = sixth.outcomes[0].outcome { #expect(why.contains("limit")) } else { Issue.record("no failure over the limit") }

    // 6. Through a redirect: the new export is imported and merged with what was there.
    var moved = o
    moved.ecosystems = ["npm"]
    moved.baseURL = server.base + "/moved"
    let seventh = try AdvisoryUpdater.update(moved)
    #expect(seventh.outcomes.map { $0.outcome } == [.updated(records: 1, bytes: good.count)])
    db = AdvisoryDatabase.load(directory: dbDir)
    #expect(malicious(db, .npm, "evil-three") && malicious(db, .npm, "evil-npm") && malicious(db, .pypi, "evil-py"))

    // 7. db status names each source and its age.
    let lines = AdvisoryUpdater.statusLines(directory: dbDir)
    #expect(lines.count == 3 && lines[1].contains("PyPI:") && lines[2].contains("npm:") && lines[2].contains("checked"), "\(lines)")
}

@Test(.enabled(if: hasPython)) func anInterruptedUpdateLeavesThePreviousIndexUsable() throws {
    let server = try LocalServer()
    let dbDir = NSTemporaryDirectory() + "bulwark-db-interrupt-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: dbDir) }
    try server.put("npm/all.zip", zip([("MAL-2099-5.json", osv("MAL-2099-5", "npm", "evil-five"))]))
    var o = AdvisoryUpdater.Options(ecosystems: ["npm"], directory: dbDir)
    o.baseURL = server.base + "/osv"
    _ = try AdvisoryUpdater.update(o)
    // What a run killed before its swap leaves behind: a staging folder with a half-written index.
    let staging = dbDir + "/.update-killed"
    try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
    try Data("bulwark-advisories\t1\t0\t\nnpm\u{1F}half".utf8).write(to: URL(fileURLWithPath: staging + "/" + AdvisoryDatabase.indexFileName))
    try Data([0x50, 0x4B, 0x03]).write(to: URL(fileURLWithPath: staging + "/0.zip"))
    #expect(malicious(AdvisoryDatabase.load(directory: dbDir), .npm, "evil-five"))
    // The next run removes it and works as usual.
    let r = try AdvisoryUpdater.update(o)
    #expect(r.outcomes.map { $0.outcome } == [.notModified])
    #expect(!FileManager.default.fileExists(atPath: staging))
    #expect(malicious(AdvisoryDatabase.load(directory: dbDir), .npm, "evil-five"))
}

@Test func dbUpdateFindsTheEcosystemsOfTheLockfiles() throws {
    let root = NSTemporaryDirectory() + "bulwark-db-ecos-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: root) }
    for (p, t) in ["web/package-lock.json": "{}", "svc/go.mod": "module m\n", "node_modules/x/Cargo.lock": "", "README.md": ""] {
        let full = root + "/" + p
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(t.utf8).write(to: URL(fileURLWithPath: full))
    }
    #expect(AdvisoryUpdater.ecosystems(in: root) == ["Go", "npm"])
}

@Test func dbUpdateRefusesUnsafeEcosystemNames() throws {
    let dbDir = NSTemporaryDirectory() + "bulwark-db-names-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: dbDir) }
    var o = AdvisoryUpdater.Options(ecosystems: ["../../etc"], directory: dbDir)
    o.baseURL = "http://127.0.0.1:9"
    #expect(throws: (any Error).self) { try AdvisoryUpdater.update(o) }
}

@Test func reportsWarnWhenTheAdvisoryDataIsOld() throws {
    let old = try AdvisoryDatabase.parseIndex("bulwark-advisories\t1\t\(Int(Date().timeIntervalSince1970) - 30 * 86_400)\tx\n")
    let fresh = try AdvisoryDatabase.parseIndex("bulwark-advisories\t1\t\(Int(Date().timeIntervalSince1970) - 86_400)\tx\n")
    let context = ScanContext(configuration: Configuration(), root: "/")
    #expect(DependenciesScanner(database: old).reportNotes(context: context).contains { $0.contains("30 days old") && $0.contains("db update") })
    #expect(DependenciesScanner(database: fresh).reportNotes(context: context).count == 1)
    let lenient = try Configuration.parse("rules:\n  dep-known-vulnerable:\n    options:\n      max-db-age-days: 60\n", source: ".bulwark.yml")
    #expect(DependenciesScanner(database: old).reportNotes(context: ScanContext(configuration: lenient, root: "/")).count == 1)
}
