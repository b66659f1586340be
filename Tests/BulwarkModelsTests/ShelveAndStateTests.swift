import BulwarkCore
import BulwarkFormats
import BulwarkKit
@testable import BulwarkModels
import Foundation
import Testing

// Session 15 (RR15's held-out repositories): shelve's dbm.dumb data files, pydantic v2 states and code
// generation templates were reported critical. Each case below is built by hand (bytes, never loaded).

private func u8(_ s: String) -> [UInt8] { Array(s.utf8) }
/// SHORT_BINUNICODE.
private func str(_ s: String) -> [UInt8] { [0x8C, UInt8(s.utf8.count)] + u8(s) }
private func global(_ m: String, _ n: String) -> [UInt8] { [0x63] + u8(m + "\n" + n + "\n") }

/// `ChatCompletionMessage` pickled the way pydantic v2 does: `copyreg._reconstructor`-free NEWOBJ, then BUILD
/// with `__dict__`, `__pydantic_extra__`, `__pydantic_fields_set__` and `__pydantic_private__`.
private func pydanticValue(dictExtra: [UInt8] = []) -> [UInt8] {
    var p: [UInt8] = [0x80, 0x04]
    p += global("openai.types.chat.chat_completion_message", "ChatCompletionMessage")
    p += [0x29, 0x81]                                  // EMPTY_TUPLE, NEWOBJ
    p += [0x7D, 0x28]                                  // EMPTY_DICT, MARK (the state)
    p += str("__dict__") + [0x7D, 0x28] + str("content") + str("Hello!") + str("role") + str("assistant") + dictExtra + [0x75]
    p += str("__pydantic_extra__") + [0x4E]            // None
    p += str("__pydantic_fields_set__") + [0x8F, 0x28] + str("content") + str("role") + [0x90] // EMPTY_SET, MARK, ADDITEMS
    p += str("__pydantic_private__") + [0x4E]
    p += [0x75, 0x62, 0x2E]                            // SETITEMS, BUILD, STOP
    return p
}

@Test func pydanticStateIsNotAPlantedDunder() {
    let a = PickleMachine.analyze(pydanticValue())
    #expect(!a.anomalies.contains { $0.kind == .dunderState }, "\(a.anomalies.map(\.message))")
    #expect(serious(scanModel(pydanticValue(), path: "recordings/msg.pkl")).allSatisfy { $0.severity == .medium })
    // A `__dict__` that plants a dunder, or a loader-called method bound to a callable, still is.
    let planted = pydanticValue(dictExtra: str("__setstate__") + global("os", "system"))
    #expect(PickleMachine.analyze(planted).anomalies.contains { $0.kind == .dunderState })
    let keys = pydanticValue(dictExtra: str("keys") + global("os", "system"))
    #expect(PickleMachine.analyze(keys).anomalies.contains { $0.kind == .dunderState })
}

/// A dbm.dumb data file: values at 512-byte boundaries, NUL padding between them.
private func dbm(_ values: [[UInt8]], stale: [Int: [UInt8]] = [:]) -> (data: [UInt8], ranges: [(Int, Int)]) {
    var data: [UInt8] = []
    var ranges: [(Int, Int)] = []
    for (i, v) in values.enumerated() {
        ranges.append((data.count, v.count))
        data += v
        if let tail = stale[i] { data += tail }
        // dbm.dumb pads before it writes the next value, so the file ends right after the last one.
        while i < values.count - 1, data.count % 512 != 0 { data.append(0) }
    }
    return (data, ranges)
}

@Test func dbmDumbPaddingBetweenValuesIsNotTrailingData() {
    let (data, _) = dbm([pydanticValue(), pydanticValue(), pydanticValue()])
    let a = PickleMachine.analyze(data)
    #expect(!a.anomalies.contains { $0.kind == .trailingData }, "\(a.anomalies.map(\.message))")
    #expect(a.imports.count >= 3)
    // A payload after the padding is decoded like any other value.
    let (evil, _) = dbm([pydanticValue(), [0x80, 0x04] + global("os", "system") + str("id") + [0x85, 0x52, 0x2E]])
    #expect(scanModel(evil, path: "cache/node.shelve.dat").contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
}

@Test func dbmDumbValuesAreReadAtTheOffsetsOfTheIndex() throws {
    // The second value was rewritten in place by a shorter one: the old value's tail stays before the padding.
    let oldTail: [UInt8] = str("an old, longer answer about the system prompt") + [0x73, 0x62, 0x2E]
    let (data, ranges) = dbm([pydanticValue(), pydanticValue(), pydanticValue()], stale: [1: oldTail])
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-shelve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data(data).write(to: dir.appendingPathComponent("cache.shelve.dat"))
    let index = ranges.enumerated().map { "'k\($0.offset)', (\($0.element.0), \($0.element.1))" }.joined(separator: "\n") + "\n"
    try Data(index.utf8).write(to: dir.appendingPathComponent("cache.shelve.dir"))
    let parsed = ModelInspector.dbmDumbRanges(fileName: "cache.shelve.dat", absolutePath: dir.appendingPathComponent("cache.shelve.dat").path, size: data.count)
    #expect(parsed?.map(\.lowerBound) == ranges.map(\.0))
    var options = ScanOptions(paths: [dir.path], configuration: Configuration())
    options.only = ["models"]
    let result = try Scanner().scan(options)
    #expect(result.findings.allSatisfy { $0.severity <= .medium }, "\(result.findings.map { "\($0.ruleID) \($0.message)" })")
    // An index line not in dbm.dumb's form: the file is read as one stream.
    try Data("garbage\n".utf8).write(to: dir.appendingPathComponent("cache.shelve.dir"))
    #expect(ModelInspector.dbmDumbRanges(fileName: "cache.shelve.dat", absolutePath: dir.appendingPathComponent("cache.shelve.dat").path, size: data.count) == nil)
}

@Test func codeGenerationTemplatesAreNotChatTemplates() {
    let code = "{{ 'from __future__ import annotations' }}\nimport os\n{{ body }}\n"
    #expect(ModelSniffer.templateCarrier(fileName: "sandbox.py.j2", fileExtension: "j2", size: code.utf8.count, inGitHubFolder: false, bytes: { Array(code.utf8) }) == nil)
    #expect(ModelSniffer.templateCarrier(fileName: "nginx.conf.jinja", fileExtension: "jinja", size: 10, inGitHubFolder: false, bytes: { nil }) == nil)
    #expect(ModelSniffer.templateCarrier(fileName: "chat_template.jinja", fileExtension: "jinja", size: 10, inGitHubFolder: false, bytes: { nil }) != nil)
    #expect(ModelSniffer.templateCarrier(fileName: "tool_use.jinja", fileExtension: "jinja", size: 10, inGitHubFolder: false, bytes: { nil }) != nil)
    #expect(ModelSniffer.templateCarrier(fileName: "summary_request.j2", fileExtension: "j2", size: 10, inGitHubFolder: false, bytes: { nil }) != nil)
}
