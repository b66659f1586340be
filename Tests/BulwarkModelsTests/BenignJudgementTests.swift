import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// Issue 19: judged by what loading would run. Pure builtins on plain data, `__future__` feature
/// flags and object arrays of plain data run nothing; the controls that do still fire.
@Test func pureBuiltinsAndFutureFlagsAreNotFindings() {
    let lenBytes: [UInt8] = [0x80, 0x02] + Array("cbuiltins\nlen\n".utf8) + [0x71, 0x00, 0x5D, 0x71, 0x01, 0x85, 0x71, 0x02, 0x52, 0x71, 0x03, 0x2E]
    #expect(serious(scanModel(lenBytes, path: "m.pkl")).isEmpty, "\(scanModel(lenBytes, path: "m.pkl").map(\.message))")
    let future: [UInt8] = [0x80, 0x02] + Array("c__future__\nannotations\n".utf8) + [0x71, 0x00, 0x2E]
    #expect(serious(scanModel(future, path: "m.pkl")).isEmpty)
    // Controls: a call that runs commands, and a builtin that evaluates code, are still critical.
    #expect(scanModel(PickleExamples.osSystem, path: "m.pkl").contains { $0.ruleID == "pickle-dangerous-call" })
    let eval: [UInt8] = [0x80, 0x02] + Array("cbuiltins\neval\n".utf8) + [0x58, 0x04, 0, 0, 0] + Array("1+1".utf8) + [0x20, 0x85, 0x52, 0x2E]
    #expect(scanModel(eval, path: "m.pkl").contains { $0.ruleID == "pickle-dangerous-call" })
}

@Test func objectArrayOfPlainDataIsNotAFindingButAPayloadIs() {
    let plainList: [UInt8] = [0x80, 0x02, 0x5D, 0x71, 0x00, 0x28, 0x4B, 0x01, 0x4B, 0x02, 0x65, 0x2E]
    let plain = NumpyObjectArrayRule.npy(descr: "|O", body: plainList)
    #expect(!scanModel(plain, path: "labels.npy").contains { $0.ruleID == "numpy-object-array" })
    let evil = NumpyObjectArrayRule.npy(descr: "|O", body: PickleExamples.osSystem)
    let found = ids(scanModel(evil, path: "labels.npy"))
    #expect(found.contains("numpy-object-array"))
    #expect(found.contains("pickle-dangerous-call"))
}
