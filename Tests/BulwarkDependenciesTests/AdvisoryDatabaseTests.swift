import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import Foundation
import Testing

private func tempDir() throws -> String {
    let d = NSTemporaryDirectory() + "bulwark-deps-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
    return d
}

private func write(_ path: String, _ text: String) throws {
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

@Test func importsFoldersZipsAndMaliciousLayout() throws {
    let src = try tempDir(), db = try tempDir()
    defer { try? FileManager.default.removeItem(atPath: src); try? FileManager.default.removeItem(atPath: db) }
    try write(src + "/osv/malicious/pypi/evilpkg/MAL-2024-9.json", #"""
    {"id": "MAL-2024-9", "summary": "Malicious code in evilpkg (PyPI)",
     "affected": [{"package": {"ecosystem": "PyPI", "name": "EvilPkg"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]}]}
    """#)
    try write(src + "/vulns/GHSA-aaaa.json", #"""
    {"id": "GHSA-aaaa", "aliases": ["CVE-2024-0001"], "summary": "RCE in flask-thing", "database_specific": {"severity": "HIGH"},
     "affected": [{"package": {"ecosystem": "PyPI", "name": "flask_thing"}, "ranges": [{"type": "ECOSYSTEM",
        "events": [{"introduced": "1.0"}, {"fixed": "1.4.2"}]}]}]}
    """#)
    try write(src + "/vulns/GHSA-gone.json", #"""
    {"id": "GHSA-gone", "withdrawn": "2024-01-01T00:00:00Z", "affected": [{"package": {"ecosystem": "npm", "name": "left-pad"}, "versions": ["1.3.0"]}]}
    """#)
    try write(src + "/vulns/broken.json", "{not json")
    let zip = Data(base64Encoded: "UEsDBBQAAAAIAAAAIQCRQr7jfQAAAJcAAAAPAAAATUFMLTIwMjUtMS5qc29uHYzBCoNADER/JeTUQpVV6KW33tsvEA9hjSXU3RWjgiz77zU9zsybl1EGfAC+n6+qde29avAGqFsItBz/gSbxkjYFnwYGicC7THCJc7gaSuPIfmWTdBln8l/68Bkysk966MrBNCdudKRgI5oDy1nsvKikqHbHpna1w7705QdQSwMEFAAAAAAAAAAhAEPlIoMdAAAAHQAAAAsAAABHSFNBLTEuanNvbnsiaWQiOiJHSFNBLTEiLCJhZmZlY3RlZCI6W119UEsBAhQDFAAAAAgAAAAhAJFCvuN9AAAAlwAAAA8AAAAAAAAAAAAAAIABAAAAAE1BTC0yMDI1LTEuanNvblBLAQIUAxQAAAAAAAAAIQBD5SKDHQAAAB0AAAALAAAAAAAAAAAAAACAAaoAAABHSFNBLTEuanNvblBLBQYAAAAAAgACAHYAAADwAAAAAAA=")!
    try zip.write(to: URL(fileURLWithPath: src + "/npm-all.zip"))

    let when = Date(timeIntervalSince1970: 1_780_000_000)
    let summary = try AdvisoryDatabase.importOSV(from: [src], into: db, now: when)
    #expect(summary.recordsRead == 5)
    #expect(summary.skippedWithdrawn == 1)
    #expect(summary.errors.count == 1, "\(summary.errors)")
    let loaded = AdvisoryDatabase.load(directory: db)
    #expect(loaded.importedAt == when)
    #expect(loaded.ageInDays(now: when.addingTimeInterval(3 * 86_400)) == 3)
    #expect(loaded.ageDescription(now: when).contains("imported 0 days ago"))

    let mal = loaded.matches(LockedPackage(ecosystem: .pypi, name: "EVILPKG"))
    #expect(mal.first?.advisoryID == "MAL-2024-9" && mal.first?.severity == "critical")
    let vuln = loaded.matches(LockedPackage(ecosystem: .pypi, name: "Flask-Thing", version: "1.4.1"))
    #expect(vuln.first?.fixedVersion == "1.4.2" && vuln.first?.severity == "high" && vuln.first?.aliases == ["CVE-2024-0001"])
    #expect(loaded.matches(LockedPackage(ecosystem: .pypi, name: "flask-thing", version: "1.4.2")).isEmpty)
    #expect(loaded.matches(LockedPackage(ecosystem: .npm, name: "left-pad", version: "1.3.0")).isEmpty)
    #expect(loaded.matches(LockedPackage(ecosystem: .npm, name: "evil", version: "1.0.0")).first?.malicious == true)

    // Re-importing merges: a newer record with the same id replaces the old one, others stay.
    try write(src + "2/GHSA-aaaa.json", #"""
    {"id": "GHSA-aaaa", "affected": [{"package": {"ecosystem": "PyPI", "name": "flask_thing"}, "versions": ["9.9"]}]}
    """#)
    _ = try AdvisoryDatabase.importOSV(from: [src + "2"], into: db, now: when)
    defer { try? FileManager.default.removeItem(atPath: src + "2") }
    let merged = AdvisoryDatabase.load(directory: db)
    #expect(merged.matches(LockedPackage(ecosystem: .pypi, name: "flask-thing", version: "1.4.1")).isEmpty)
    #expect(!merged.matches(LockedPackage(ecosystem: .pypi, name: "flask-thing", version: "9.9")).isEmpty)
    #expect(!merged.matches(LockedPackage(ecosystem: .pypi, name: "evilpkg")).isEmpty)
}

@Test func bundledIncidentsMatchTheLandmarkCases() {
    let db = AdvisoryDatabase.bundledOnly
    func hit(_ eco: Ecosystem, _ name: String, _ v: String?) -> Bool { !db.matches(LockedPackage(ecosystem: eco, name: name, version: v)).isEmpty }
    #expect(hit(.pypi, "ultralytics", "8.3.42") && hit(.pypi, "ultralytics", "8.3.46") && !hit(.pypi, "ultralytics", "8.3.43"))
    #expect(hit(.pypi, "torchtriton", nil) && hit(.pypi, "torchtriton", "3.0.0"))
    #expect(hit(.npm, "event-stream", "3.3.6") && !hit(.npm, "event-stream", "3.3.5") && hit(.npm, "flatmap-stream", "0.1.1"))
    #expect(hit(.npm, "ua-parser-js", "0.7.29") && hit(.npm, "ua-parser-js", "1.0.0") && !hit(.npm, "ua-parser-js", "0.7.30"))
    #expect(hit(.npm, "eslint-config-prettier", "10.1.7") && !hit(.npm, "eslint-config-prettier", "10.1.5"))
    #expect(hit(.npm, "nx", "21.6.0") && hit(.npm, "@nx/devkit", "21.5.0") && !hit(.npm, "nx", "21.4.0"))
    #expect(hit(.npm, "@ctrl/tinycolor", "4.1.2") && hit(.npm, "chalk", "5.6.1") && hit(.npm, "debug", "4.4.2") && !hit(.npm, "chalk", "5.6.2"))
    #expect(hit(.pypi, "colourama", "0.1.6") && hit(.pypi, "jeIlyfish", "0.7.1") && hit(.npm, "crossenv", "6.1.1"))
    var liblzma = LockedPackage(ecosystem: .debian, name: "liblzma5", version: "5.6.1-1")
    liblzma.sourcePackage = "xz-utils"
    #expect(db.matches(liblzma).first?.aliases == ["CVE-2024-3094"])
    liblzma.version = "5.6.1+really5.4.5-1"
    #expect(db.matches(liblzma).isEmpty)
    #expect(hit(.alpine, "xz", "5.6.1-r1") && !hit(.alpine, "xz", "5.6.1-r2"))
    #expect(db.ageDescription().contains("no OSV import"))
}

@Test func advisoryIndexSurvivesGarbage() {
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<200 {
        let junk = (0..<200).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0...127, using: &rng))) }
        let text = "bulwark-advisories\t1\t0\t\n" + String(junk)
        let db = try? AdvisoryDatabase.parseIndex(text)
        _ = db?.matches(LockedPackage(ecosystem: .npm, name: "a", version: "1.0.0"))
    }
    #expect(throws: (any Error).self) { try AdvisoryDatabase.parseIndex("not an index") }
}
