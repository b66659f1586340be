import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// joblib reads an inline array's bytes as a nested pickle whenever `dtype.hasobject`, which numpy takes from
/// the flags of a version-3 dtype state (any type: a structured `'V'` dtype with an object field, even `'f8'`
/// with flags 1), and sizes C `long`/`long double` by platform (MF9 notes, session 10). Built as bytes.
@Suite("joblib dtype corners")
struct JoblibDtypeTests {
    typealias P = MachineBypassTests.P

    static func minusOne(_ p: inout P) { p.raw([PickleOpcode.binInt.rawValue, 0xFF, 0xFF, 0xFF, 0xFF]) }

    /// `numpy.dtype(code, False, True)` with a version-3 state (no fields) and `flags`.
    static func plainDtype(_ p: inout P, _ code: String, endian: String = "<", flags: Int) {
        p.g("numpy", "dtype")
        p.s(code)
        p.o(.newFalse, .newTrue, .tuple3, .reduce, .mark)
        p.b.int(3)
        p.s(endian)
        p.o(.none, .none, .none)
        minusOne(&p)
        minusOne(&p)
        p.b.int(flags)
        p.o(.tuple, .build)
    }

    /// os.system('id') as its own protocol-2 pickle (what joblib would `pickle.load`).
    static var payload: [UInt8] {
        var p = PickleBuilder(protocol: 2)
        p.global("os", "system")
        p.string("id")
        p.op(.tuple1)
        p.op(.reduce)
        return p.finished()
    }

    /// `bytes` padded with NONE/POP pairs (and one BININT1/POP) to `n` bytes: whichever way the array is
    /// skipped, the outer stream continues cleanly.
    static func padded(_ bytes: [UInt8], to n: Int) -> [UInt8] {
        var out = bytes
        if (n - out.count) % 2 == 1 { out += [PickleOpcode.binInt1.rawValue, 0, PickleOpcode.pop.rawValue] }
        while out.count < n { out += [PickleOpcode.none.rawValue, PickleOpcode.pop.rawValue] }
        return out
    }

    /// A structured dtype `[('a', 'O'), ('b', 'f8')]` as numpy pickles it (version 3, flags 27), sized `size`.
    static func structuredState(size: Int, flags: Int?, version: Int = 3) -> (inout P) -> Void {
        { p in
            if version >= 1 { p.b.int(version) }
            p.s("|")
            p.o(.none)
            if version >= 3 {
                p.s("a"); p.s("b"); p.o(.tuple2)
            }
            p.o(.emptyDict, .mark)
            p.s("a")
            plainDtype(&p, "O8", endian: "|", flags: 63)
            p.b.int(0)
            p.o(.tuple2)
            p.s("b")
            plainDtype(&p, "f8", flags: 0)
            p.b.int(8)
            p.o(.tuple2, .setItems)
            p.b.int(size)
            p.b.int(1)
            if let flags { p.b.int(flags) }
        }
    }

    func joblibCall(_ f: [Finding]) -> Bool {
        f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical && $0.message.contains("os.system('id')") }
    }

    @Test func structuredDtypeWithAnObjectFieldIsAnObjectArray() {
        // Read as 48 raw bytes, the nested pickle would be skipped; joblib unpickles it (dtype.hasobject).
        let bytes = MachineBypassTests.joblibWrapper(code: "V48", dtypeState: Self.structuredState(size: 48, flags: 27),
                                                     region: Self.padded(Self.payload, to: 48))
        let f = scanModel(bytes, path: "models/model.joblib")
        #expect(joblibCall(f), "\(f.map(\.message))")
    }

    @Test func olderStateWithAnObjectFieldIsAnObjectArray() {
        // A version-1 state has no flags: numpy computes hasobject from the fields.
        let bytes = MachineBypassTests.joblibWrapper(code: "V48", dtypeState: Self.structuredState(size: 48, flags: nil, version: 1),
                                                     region: Self.padded(Self.payload, to: 48))
        #expect(joblibCall(scanModel(bytes, path: "models/model.joblib")))
    }

    @Test func objectFlagOnAFloatDtypeMakesAnObjectArray() {
        // numpy keeps a version-3 state's flags as written: 'f8' with flags 1 has hasobject True.
        let bytes = MachineBypassTests.joblibWrapper(dtypeState: { p in
            p.b.int(3); p.s("<"); p.o(.none, .none, .none); Self.minusOne(&p); Self.minusOne(&p); p.b.int(1)
        }, region: Self.padded(Self.payload, to: 40))
        #expect(joblibCall(scanModel(bytes, path: "models/model.joblib")))
    }

    @Test func structuredDtypeWithoutObjectsIsRawData() {
        // flags 16 (aligned struct, no object): 48 raw bytes skipped, nothing else read.
        let bytes = MachineBypassTests.joblibWrapper(code: "V48", dtypeState: Self.structuredState(size: 48, flags: 16),
                                                     region: [UInt8](repeating: 0x3F, count: 48))
        let f = scanModel(bytes, path: "models/model.joblib")
        #expect(serious(f).isEmpty, "\(f.map(\.message))")
    }

    /// A joblib wrapper whose dtype is numpy 2's `StringDType`, as joblib 1.6 writes it, followed by `region`.
    static func stringDTypeWrapper(region: [UInt8]) -> [UInt8] {
        var p = P(4)
        p.g("joblib.numpy_pickle", "NumpyArrayWrapper")
        p.o(.emptyTuple, .newObj, .emptyDict, .mark)
        p.s("subclass"); p.g("numpy", "ndarray")
        p.s("shape"); p.b.int(2); p.o(.tuple1)
        p.s("order"); p.s("C")
        p.s("dtype"); p.g("numpy._core._internal", "_convert_to_stringdtype_kwargs"); p.b.int(1); p.o(.tuple1, .reduce)
        p.s("allow_mmap"); p.o(.newFalse)
        p.s("numpy_array_alignment_bytes"); p.b.int(16)
        p.o(.setItems, .build)
        p.raw(region)
        return p.done()
    }

    @Test func stringDTypeArrayIsAnEmbeddedPickle() {
        // R6 FA2: joblib.dump of a StringDType array (benign) was critical plus an "unknown dtype" anomaly.
        var plain = PickleBuilder(protocol: 5)
        plain.op(.mark); plain.string("a"); plain.string("bc"); plain.op(.list)
        let benign = scanModel(Self.stringDTypeWrapper(region: plain.finished()), path: "models/model.joblib")
        #expect(serious(benign).isEmpty, "\(benign.map(\.message))")
        // Its bytes are what joblib unpickles: a payload there is judged.
        #expect(joblibCall(scanModel(Self.stringDTypeWrapper(region: Self.payload), path: "models/model.joblib")))
    }

    @Test func platformSizedTypeCodeIsAnAnomaly() {
        // 'l' is 8 bytes on Linux and macOS, 4 on Windows; numpy pickles it as 'i8' or 'i4', never 'l'.
        let data = [UInt8](repeating: 0, count: 8)
        let f = scanModel(MachineBypassTests.joblibWrapper(code: "l", region: data), path: "models/model.joblib")
        #expect(f.contains { $0.ruleID == "pickle-malformed-stream" && $0.severity >= .high && $0.message.contains("platform-dependent") })
        for code in ["<i8", "<i4", "i8", "f16"] {
            let g = scanModel(MachineBypassTests.joblibWrapper(code: code, region: [UInt8](repeating: 0, count: code.hasSuffix("4") ? 4 : (code.hasSuffix("16") ? 16 : 8))),
                              path: "models/model.joblib")
            #expect(serious(g).isEmpty, "\(code): \(g.map(\.message))")
        }
    }
}
