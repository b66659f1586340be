import BulwarkCore
import BulwarkReporters
import Foundation
import Testing

/// SARIF 2.1.0 §3.14.14: each `originalUriBaseIds` entry carries an absolute URI ending in a slash.
@Suite struct SARIFBaseTests {
    func srcroot(_ roots: [String]) throws -> [String: Any]? {
        let report = Report(findings: [], rules: [], filesScanned: 0, roots: roots, toolVersion: "0.1.0", families: [])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter().render(report).utf8)) as? [String: Any])
        let run = try #require((doc["runs"] as? [[String: Any]])?.first)
        return (run["originalUriBaseIds"] as? [String: Any])?["SRCROOT"] as? [String: Any]
    }

    @Test func srcrootIsTheScannedFolderAsAFileURI() throws {
        let base = try #require(try srcroot(["/work/my repo"]))
        #expect(base["uri"] as? String == "file:///work/my%20repo/")
        let url = try #require(URL(string: base["uri"] as? String ?? ""))
        #expect(url.isFileURL && url.path == "/work/my repo")
        #expect(try srcroot(["/"])?["uri"] as? String == "file:///")
        let several = try #require(try srcroot(["/a", "/b"]))
        #expect(several["uri"] as? String == "file:///a/")
        #expect((several["description"] as? [String: Any])?["text"] as? String == "The first of 2 scanned folders; each result's path is relative to the folder it was found in.")
    }

    @Test func noFolderLeavesSrcrootToTheConsumer() throws {
        #expect(try srcroot([]) == nil)
    }
}
