@testable import BulwarkSecrets
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Linear growth of the secrets scan, measured two ways that do not depend on how loaded the
/// machine is: the engine's own work units (bytes its matchers and look-arounds read, keyword hits,
/// matcher calls) and the scanning thread's CPU time. N and 4N bytes of each hostile one-line
/// shape must cost at most about 4x (a quadratic scan costs 16x); a deliberately quadratic scan is
/// run through the same check to show that it can fail.
enum LinearWork {
    /// Work units of one scan of `bytes`.
    static func units(_ bytes: [UInt8]) -> Int {
        var work = SecretEngine.Work()
        _ = SecretCatalog.engine.scan(bytes, path: "data/export.json", work: &work)
        return work.examinedBytes + work.keywordHits + work.matcherCalls
    }

    /// CPU seconds of the calling thread (other processes on the machine do not count).
    static func threadSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// The least thread CPU time of `runs` calls of `body`.
    static func cpu(runs: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let t0 = threadSeconds()
            body()
            best = min(best, threadSeconds() - t0)
        }
        return best
    }

    /// Whether costs measured at N and 4N grow at most `bound` times (`floor` keeps a tiny cost's
    /// noise from inflating the ratio).
    static func linear(_ small: Double, _ large: Double, bound: Double, floor: Double) -> Bool {
        large / max(small, floor) < bound
    }

    /// JWT-dense shapes: the case that took 10.8 s for 50 MB before the skip filter and flat dispatch.
    static let jwtShapes: [HostileLines.Shape] = [
        HostileLines.Shape(name: "JWT headers with dots", make: { HostileLines.repeated("eyJhbGci.", $0) }),
        HostileLines.Shape(name: "three-part JWT shells", make: { HostileLines.repeated("eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2ln ", $0) }),
        HostileLines.Shape(name: "JWT headers glued", make: { HostileLines.repeated("eyJ0eXAieyJhbGci", $0) }),
    ]

    /// Assignment forms the generic rule reads, repeated on one line.
    static let assignmentShapes: [HostileLines.Shape] = [
        HostileLines.Shape(name: "XML elements", make: { HostileLines.repeated("<apiToken>", $0) }),
        HostileLines.Shape(name: "unclosed XML element text", make: { HostileLines.repeated("<apiToken>a1b2c3d4e5f6g7h8i9 ", $0) }),
        HostileLines.Shape(name: "escaped JSON pairs", make: { HostileLines.repeated("{\\\"api_token\\\": \\\"", $0) }),
        HostileLines.Shape(name: "Make assignments", make: { HostileLines.repeated("DEPLOY_TOKEN ::= ", $0) }),
        HostileLines.Shape(name: "setter calls", make: { HostileLines.repeated("setProperty(\"X_TOKEN\", \"", $0) }),
        HostileLines.Shape(name: "typed declarations", make: { HostileLines.repeated("var apiToken string = ", $0) }),
    ]

    static let all = HostileLines.named + jwtShapes + assignmentShapes
}

@Test("engine work grows linearly on a hostile single line", arguments: LinearWork.all)
func engineWorkGrowsLinearly(_ shape: HostileLines.Shape) {
    let n = 32 << 10
    let u1 = LinearWork.units(shape.make(n)), u4 = LinearWork.units(shape.make(4 * n))
    // Exactly 4x for a linear scan (plus edge effects); 16x for a quadratic one.
    #expect(LinearWork.linear(Double(u1), Double(u4), bound: 5, floor: 1000),
            "\(shape.name): \(n) bytes cost \(u1) units, \(4 * n) bytes \(u4) units")
}

@Test("thread CPU time grows linearly on JWT-dense and assignment-dense lines",
      arguments: LinearWork.jwtShapes + LinearWork.assignmentShapes)
func cpuTimeGrowsLinearly(_ shape: HostileLines.Shape) {
    let n = 64 << 10
    let small = shape.make(n), large = shape.make(4 * n)
    _ = LinearWork.units(Array(small.prefix(4096))) // warm the catalog
    let t1 = LinearWork.cpu(runs: 3) { _ = SecretCatalog.engine.scan(small, path: "tokens.txt") }
    let t4 = LinearWork.cpu(runs: 3) { _ = SecretCatalog.engine.scan(large, path: "tokens.txt") }
    // Generous: 4x is linear, 16x quadratic; the floor absorbs timer noise on fast release builds.
    #expect(LinearWork.linear(t1, t4, bound: 7, floor: 0.01), "\(shape.name): \(n) bytes \(t1) s, \(4 * n) bytes \(t4) s of CPU")
}

@Test func theLinearityCheckRejectsAQuadraticScan() {
    // A scan that rereads the line from its start at every keyword: the same check must fail on it.
    func quadratic(_ b: [UInt8]) -> Int {
        var work = 0
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: ".") {
                var k = i
                while k > 0 { k -= 1; work += 1 }
            }
            i += 1
        }
        return work
    }
    let n = 16 << 10
    let small = HostileLines.repeated("eyJhbGci.", n), large = HostileLines.repeated("eyJhbGci.", 4 * n)
    let u1 = Double(quadratic(small)), u4 = Double(quadratic(large))
    #expect(!LinearWork.linear(u1, u4, bound: 5, floor: 1000))
    let t1 = LinearWork.cpu(runs: 2) { _ = quadratic(small) }
    let t4 = LinearWork.cpu(runs: 2) { _ = quadratic(large) }
    #expect(!LinearWork.linear(t1, t4, bound: 7, floor: 0.0001), "quadratic: \(t1) s then \(t4) s")
}

@Test func skipFilterFindsEveryKeywordOccurrence() {
    // The automaton skips positions whose first three bytes start no keyword: on texts made of
    // keyword pieces, in mixed case, with keywords at the very end, it must report exactly what a
    // plain case-insensitive search reports.
    let words = ["sk", "q~", "token", "tok", "api_key", "pwd", "://", "eyJhbGci", "xoxb-", "ghp_", "hf_", "AKIA"]
    let automaton = KeywordAutomaton(words)
    let lowered = words.map { Array($0.lowercased().utf8) }
    let pieces = ["to", "ken", "sk", "q", "~", "api", "_key", "pw", "d", ":/", "/", "eyJ", "hbGci", "xox", "b-", "gh", "p_",
                  "hf", "_", "AK", "IA", " ", "x", "TOK", "EN", "Sk"]
    var seed: UInt64 = 42
    func next() -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int(seed >> 33)
    }
    for round in 0..<300 {
        var text: [UInt8] = []
        for _ in 0..<(next() % 60) { text += Array(pieces[next() % pieces.count].utf8) }
        if round % 3 == 0 { text += Array(words[next() % words.count].utf8) } // a keyword at the very end
        var found: [[Int]] = []
        automaton.scan(text) { k, start in found.append([k, start]) }
        var expected: [[Int]] = []
        let folded = text.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        for end in 1...max(1, folded.count) where end <= folded.count {
            for (k, w) in lowered.enumerated() where w.count <= end && Array(folded[(end - w.count)..<end]) == w {
                expected.append([k, end - w.count])
            }
        }
        #expect(Set(found) == Set(expected), "text \(String(decoding: text, as: UTF8.self))")
        #expect(found.count == expected.count)
    }
}

@Test func genericRuleReadsTheNewAssignmentFormsAndKeepsIdentifiersOut() {
    let value = FakeSecrets.string(.base62, count: 32, seed: 916)
    func generic(_ text: String, path: String) -> [String] {
        SecretCatalog.engine.scan(Array(text.utf8), path: path)
            .filter { SecretCatalog.patterns[$0.patternIndex].id == "secret-generic-assignment" }
            .map(\.secret)
    }
    let found: [(String, String)] = [
        ("<apiToken>\n  \(value)\n</apiToken>", "app.xml"),
        ("<password>\(value)</password>", "db.xml"),
        ("$apiToken .= '\(value)';", "config.php"),
        ("$apiToken.= '\(value)';", "config.php"),
        ("var apiToken string = \"\(value)\"", "config.go"),
        ("api_token: str = \"\(value)\"", "settings.py"),
        ("const API_TOKEN: &str = \"\(value)\";", "main.rs"),
        ("REGISTRY_TOKEN ?= \(value)", "Makefile"),
        ("REGISTRY_TOKEN ::= \(value)", "Makefile"),
        ("REGISTRY_TOKEN :::= \(value)", "Makefile"),
        ("body = \"{\\\"apiToken\\\": \\\"\(value)\\\"\\n}\"", "client.go"),
        ("cfg = \"api_token: \(value)\\napi_user: ci\"", "fixtures.py"),
        ("{\"api_token\": \"\(value)\\n\"}", "export.json"),
        ("System.setProperty(\"SERVICE_TOKEN\", \"\(value)\");", "App.java"),
        ("os.environ.setdefault('SERVICE_TOKEN', '\(value)')", "conftest.py"),
        // A credential compared with a literal written into the code (session 11: read like an assignment).
        ("if token == \"\(value)\" {", "check.go"),
        ("{\n  \"client_secret\":\n    \"\(value)\"\n}", "settings.json"),
        ("API_TOKEN = \\\n    \"\(value)\"", "settings.py"),
    ]
    for (text, path) in found {
        #expect(generic(text, path: path) == [value], "\(path): \(text)")
    }
    let clean: [(String, String)] = [
        ("from roboflow import RoboflowProviderSpec\napi_key = RoboflowProviderSpec", "infer.py"),
        ("client = QdrantClient(api_key=qdrant_client.models.VectorParams)", "store.py"),
        ("make_client(allow_s3_credential_exposure=allow_s3_credential_exposure)", "s3.py"),
        ("llm = Client(api_key=token_provider_1)", "llm.py"),
        ("{\"usage\":{\"input_token_details\":{\"cached_tokens\":0}}}", "cassette.json"),
        ("<apiToken>\n  <fromEnv>API_TOKEN</fromEnv>\n</apiToken>", "app.xml"),
        ("<apiToken>\(value)</apiTokenValue>", "app.xml"),
        ("password:\n  secretKeyRef:\n    key: db", "deploy.yaml"),
        ("password =\n    compute_password(seed)", "settings.py"),
        ("api_token ::\n  \(value)", "notes.txt"),
        ("System.setProperty(\"SERVICE_TOKEN\", System.getenv(\"SERVICE_TOKEN\"));", "App.java"),
        ("if token == compute(\"\(value)\") {", "check.go"),
        ("api_token = \"\(value)api_token\"", "own-keyword.py"),
    ]
    for (text, path) in clean {
        #expect(generic(text, path: path).isEmpty, "\(path): \(text)")
    }
}

@Test func catalogAutomatonKeepsItsSkipFilterAndASmallTable() {
    // The scan's speed rests on both: without the filter every byte takes a dependent table load, and a
    // table past the core's L2 cache (5 MB with 256 columns of 32 bits) stalls each of those loads.
    let a = SecretCatalog.engine.automaton
    #expect(a.hasSkipFilter)
    #expect(a.columns <= 64)
    #expect(a.stateCount <= Int(UInt16.max) + 1)
    #expect(a.stateCount * a.columns * 2 < 1 << 20, "transition table of \(a.stateCount) states x \(a.columns) columns")
}

@Test func automatonWithoutItsFilterStillFindsEveryOccurrence() {
    // More than 64 byte classes (here: every printable ASCII byte and some non-ASCII ones in keywords) turn the
    // trigram filter off; a one-byte keyword does too. Both must still report exactly what a plain search does.
    var many: [String] = []
    for c in 33...126 where !(65...90).contains(c) { many.append("k" + String(UnicodeScalar(UInt8(c))) + "z") }
    many += ["é1", "ß2", "x"]
    let sets: [[String]] = [many, ["a", "bc", "abc"], many.filter { $0.count > 1 }]
    var seed: UInt64 = 7
    func next() -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int(seed >> 33)
    }
    for words in sets {
        let automaton = KeywordAutomaton(words)
        if words.count > 64 { #expect(!automaton.hasSkipFilter) }
        let lowered = words.map { Array($0.lowercased().utf8) }
        let alphabet = Array("kKzZé1ß2xabcAB!~{".utf8)
        for _ in 0..<200 {
            var text: [UInt8] = []
            for _ in 0..<(next() % 50) { text.append(alphabet[next() % alphabet.count]) }
            var found: [[Int]] = []
            automaton.scan(text) { k, start in found.append([k, start]) }
            var expected: [[Int]] = []
            let folded = text.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            for end in 0...folded.count {
                for (k, w) in lowered.enumerated() where !w.isEmpty && w.count <= end && Array(folded[(end - w.count)..<end]) == w {
                    expected.append([k, end - w.count])
                }
            }
            #expect(Set(found) == Set(expected), "words \(words.count), text \(String(decoding: text, as: UTF8.self))")
            #expect(found.count == expected.count)
        }
    }
}

@Test func filtersKeepKeywordsThatShareTheirFirstBytes() {
    // The trigram filter, the pair table and the fourth-byte filter each skip positions: with keywords of two,
    // three, four and more bytes that share their first bytes, and texts built from their pieces, the automaton
    // must still report exactly what a plain case-insensitive search reports.
    let words = ["da", "dat", "data", "datadog", "pat", "path_", "patx", "ab", "abc", "abcd", "abce", "abcdef", "bcd", "cde"]
    let automaton = KeywordAutomaton(words)
    #expect(automaton.hasSkipFilter)
    let lowered = words.map { Array($0.lowercased().utf8) }
    let pieces = ["d", "a", "t", "D", "A", "T", "og", "p", "h", "_", "x", "b", "c", "e", "f", " ", "=", "Data", "PAT", "abcd"]
    var seed: UInt64 = 2026
    func next() -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int(seed >> 33)
    }
    for _ in 0..<400 {
        var text: [UInt8] = []
        for _ in 0..<(next() % 40) { text += Array(pieces[next() % pieces.count].utf8) }
        var found: [[Int]] = []
        automaton.scan(text) { k, start in found.append([k, start]) }
        var expected: [[Int]] = []
        let folded = text.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        for end in 0...folded.count {
            for (k, w) in lowered.enumerated() where w.count <= end && Array(folded[(end - w.count)..<end]) == w {
                expected.append([k, end - w.count])
            }
        }
        #expect(Set(found) == Set(expected), "text \(String(decoding: text, as: UTF8.self))")
        #expect(found.count == expected.count)
    }
}

@Test func byteSetAgreesWithItsCharsetOnEveryByte() {
    for set in [Charset.base62, .urlSafe, .hex, .base64Any, .upperBase32, Charset("A-Za-z0-9."), Charset("\u{7f}-\u{7f}~ -!")] {
        let bits = ByteSet(set)
        for c in 0..<256 { #expect(bits.contains(UInt8(c)) == set.contains(UInt8(c)), "\(set.spec) byte \(c)") }
    }
    #expect(!ByteSet().contains(0) && !ByteSet().contains(255))
}
