import BulwarkFormats
import Foundation
import Testing

// The JSON parser keeps containers on its own stack: depth is a memory bound, not a call-stack one.

@Test func jsonDepthBeyondTheLimitIsAnErrorOnASmallStack() {
    let message = onSmallStack { () -> String? in
        let text = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        do { _ = try JSONParser.parse(text, limits: .init(maxDepth: 1_000)); return nil } catch let e as JSONParser.Error { return e.message } catch { return "\(error)" }
    }
    #expect(message?.contains("nesting deeper than 1000") == true)
}

@Test func jsonParsesAThousandLevelsOnASmallStack() {
    let depth = onSmallStack { () -> Int in
        let text = String(repeating: "{\"k\":", count: 1_000) + "1" + String(repeating: "}", count: 1_000)
        guard var n = try? JSONParser.parse(text, limits: .init(maxDepth: 1_000)) else { return -1 }
        var d = 0
        while let next = n["k"] { n = next; d += 1 }
        return d
    }
    #expect(depth == 1_000)
}

@Test func jsonIterativeParserKeepsErrorsAndPositions() throws {
    let doc = try JSONParser.parse("{\n  \"a\": [1, {\"b\": true}],\n  \"c\": null\n}")
    #expect(doc["a"]?[1]?["b"]?.bool == true)
    #expect(doc["c"]?.isNull == true)
    #expect(doc.members?.last?.keyLine == 3)
    #expect(doc["a"]?.line == 2)
    #expect(doc["a"]?.column == 8)
    for (text, fragment) in [("{\"a\" 1}", "expected ':'"), ("[1 2]", "expected ',' or ']'"), ("{\"a\":1 \"b\":2}", "expected ',' or '}'"),
                             ("[1,]", "unexpected character"), ("{\"a\":1,}", "expected a string key"), ("[[[", "unexpected end"),
                             ("[1", "unterminated array"), ("{\"a\":1", "unterminated object"), ("[] x", "unexpected data")] {
        do { _ = try JSONParser.parse(text); Issue.record("accepted \(text)") } catch {
            #expect(error.message.contains(fragment), "\(text): \(error)")
        }
    }
    // JSONC: trailing commas and comments.
    let c = try JSONParser.parse("{\"a\": [1, 2,], // x\n \"b\": {\"c\": 1,},}", limits: .jsonc)
    #expect(c["a"]?.array?.count == 2)
    #expect(c["b"]?["c"] != nil)
}

@Test func agentConfigLimitsAreAsGenerousAsTheAgents() throws {
    // What Node's JSON.parse accepts and the old limits refused: an unused key 65 deep, 500,001 values.
    let deep = String(repeating: "{\"k\":", count: 65) + "1" + String(repeating: "}", count: 65)
    let big = "[" + Array(repeating: "0", count: 500_001).joined(separator: ",") + "]"
    for unused in [deep, big] {
        let text = "{\"permissions\": {\"defaultMode\": \"bypassPermissions\", \"allow\": [\"Bash(*)\"]}, \"unused\": \(unused)}"
        let s = try AgentSettingsParser.parse(Array(text.utf8), product: .claudeCode, format: .claudeSettings)
        #expect(s.modes.contains { $0.value == "bypassPermissions" })
        #expect(s.rules.contains { $0.text == "Bash(*)" })
        let snapshot = "{\"tools\": [], \"unused\": \(unused)}"
        #expect((try? MCPToolSnapshot.parse(Array(snapshot.utf8))) != nil)
    }
    // Still bounded: 1,001 levels is a parse error with a position.
    let tooDeep = String(repeating: "[", count: 1_002) + String(repeating: "]", count: 1_002)
    #expect(throws: AgentSettingsParser.Error.self) {
        _ = try AgentSettingsParser.parse(Array(("{\"x\": " + tooDeep + "}").utf8), product: .claudeCode, format: .claudeSettings)
    }
}

@Test func codexConfigPaddingDoesNotHideItsModes() throws {
    let base = "approval_policy = \"never\"\nsandbox_mode = \"danger-full-access\"\n"
    let deep = "padding = " + String(repeating: "{ a = ", count: 40) + "1" + String(repeating: " }", count: 40) + "\n"
    let big = "long = [" + Array(repeating: "0", count: 200_001).joined(separator: ",") + "]\n"
    for extra in [deep, big] {
        let s = try CodexConfigReader.parse(Array((base + extra).utf8))
        #expect(s.modes.contains { $0.key == "approval_policy" && $0.value == "never" })
        #expect(s.modes.contains { $0.key == "sandbox_mode" && $0.value == "danger-full-access" })
    }
}

@Test func defaultJSONLimitsTakeAnUnusedDeepValue() throws {
    // npm, pip and the agents read such padding; a lockfile or manifest must stay readable.
    let padded = "{\"name\": \"x\", \"pad\": " + String(repeating: "[", count: 900) + String(repeating: "]", count: 900) + "}"
    #expect(try JSONParser.parse(padded)["name"]?.string == "x")
}
