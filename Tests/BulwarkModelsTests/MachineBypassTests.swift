import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// Streams a red-team review found that plant methods or hide opcodes where the symbolic machine did not
/// look (session 9, R5): BUILD states built by calls, STRING escapes, Python 2 names at protocol 3+, joblib
/// inline arrays and NDArrayWrapper side files. Built as bytes; nothing is loaded.
@Suite("pickle machine bypasses (R5)")
struct MachineBypassTests {
    /// Opcode bytes as R5 wrote them, on top of PickleBuilder.
    struct P {
        var b: PickleBuilder
        init(_ proto: Int = 4) { b = PickleBuilder(protocol: proto) }
        mutating func g(_ m: String, _ n: String) { b.stackGlobal(m, n) }
        mutating func s(_ t: String) { b.string(t) }
        mutating func o(_ ops: PickleOpcode...) { for x in ops { b.op(x) } }
        mutating func raw(_ r: [UInt8]) { b.raw(r) }
        /// `builtins.dict([(key, value), ...])`, each value written by `value`.
        mutating func dictCall(_ pairs: [(String, (inout P) -> Void)], module: String = "builtins", name: String = "dict") {
            g(module, name)
            o(.emptyList, .mark)
            for (k, v) in pairs {
                s(k)
                v(&self)
                o(.tuple2)
            }
            o(.appends, .tuple1, .reduce)
        }
        /// `argparse.Namespace()`: a class without `__setstate__` (BUILD sets its attributes).
        mutating func namespace() {
            g("argparse", "Namespace")
            o(.emptyTuple, .reduce)
        }
        /// A second BUILD that calls whatever `__setstate__` the first planted.
        mutating func callPlanted() {
            s("evilmod.x")
            o(.build)
        }
        func done() -> [UInt8] { b.finished() }
    }

    static func tensorType(_ p: inout P) { p.g("torch", "set_default_tensor_type") }

    func plantedCritical(_ bytes: [UInt8], path: String = "models/model.pkl", _ note: String = "") -> Bool {
        scanModel(bytes, path: path).contains { $0.ruleID == "pickle-computed-global" && $0.severity == .critical }
    }

    // MARK: 1. BUILD states

    @Test func buildStateFromDictCall() {
        var p = P()
        p.namespace()
        p.dictCall([("__setstate__", Self.tensorType)])
        p.o(.build)
        p.callPlanted()
        let f = scanModel(p.done(), path: "models/model.pkl")
        #expect(f.contains { $0.ruleID == "pickle-computed-global" && $0.severity == .critical && $0.message.contains("__setstate__") })
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("set_default_tensor_type") })
    }

    @Test func slotStateFromDictCall() {
        var p = P()
        p.namespace()
        p.o(.none)
        p.dictCall([("__setstate__", Self.tensorType)])
        p.o(.tuple2, .build)
        p.callPlanted()
        #expect(plantedCritical(p.done()))
    }

    @Test func orderedDictStateWithSetItems() {
        var p = P()
        p.namespace()
        p.g("collections", "OrderedDict")
        p.o(.emptyTuple, .reduce, .mark)
        p.s("__setstate__")
        Self.tensorType(&p)
        p.o(.setItems, .build)
        p.callPlanted()
        #expect(plantedCritical(p.done()))
    }

    @Test func appendPlantedThroughDictCall() {
        var p = P()
        p.namespace()
        p.dictCall([("append", Self.tensorType)])
        p.o(.build)
        p.s("evilmod.x")
        p.o(.append)
        let f = scanModel(p.done(), path: "models/model.pkl")
        #expect(f.contains { $0.severity == .critical && $0.message.contains("set_default_tensor_type") })
    }

    @Test func keyBuiltByCall() {
        var p = P()
        p.namespace()
        p.o(.emptyDict)
        p.g("builtins", "str")
        p.s("__setstate__")
        p.o(.tuple1, .reduce)
        Self.tensorType(&p)
        p.o(.setItem, .build)
        p.callPlanted()
        let f = scanModel(p.done(), path: "models/model.pkl")
        #expect(f.contains { $0.ruleID == "pickle-computed-global" && $0.severity == .critical
                && $0.message.contains("cannot read holds a callable") })
    }

    @Test func unknownMappingBuilderCall() {
        // dict.fromkeys-like builders the scanner does not evaluate: not read, and reported.
        var p = P()
        p.namespace()
        p.g("collections", "ChainMap")
        p.o(.emptyDict, .tuple1, .reduce, .build)
        let f = scanModel(p.done(), path: "models/model.pkl")
        #expect(f.contains { $0.ruleID == "pickle-computed-global" && $0.message.contains("cannot read holds a callable") })
    }

    @Test func libraryCallStateWithComputedKey() {
        // A state built by a library call whose dict argument has a key built by another call.
        var p = P()
        p.namespace()
        p.g("mylib", "Box")
        p.o(.emptyDict)
        p.g("mylib", "name")
        p.s("x")
        p.o(.tuple1, .reduce)
        Self.tensorType(&p)
        p.o(.setItem, .tuple1, .reduce, .build)
        let f = scanModel(p.done(), path: "models/model.pkl")
        #expect(f.contains { $0.ruleID == "pickle-computed-global" && $0.message.contains("cannot read holds a callable") })
    }

    @Test func libraryStateOfAClassWithItsOwnSetstateIsNotReported() {
        // numpy's bit generators BUILD from (dict, SeedSequence call): their own __setstate__ reads it.
        var p = P()
        p.g("numpy.random._pickle", "__bit_generator_ctor")
        p.s("PCG64")
        p.o(.tuple1, .reduce, .emptyDict)
        p.s("bit_generator")
        p.s("PCG64")
        p.o(.setItem)
        p.g("numpy.random.bit_generator", "__pyx_unpickle_SeedSequence")
        p.g("numpy.random.bit_generator", "SeedSequence")
        p.b.int(1234)
        p.o(.none, .tuple3, .reduce, .tuple2, .build)
        let f = scanModel(p.done(), path: "models/model.pkl")
        #expect(!f.contains { $0.message.contains("cannot read") })
    }

    @Test func literalDictPastTenThousandEntries() {
        var p = P()
        p.namespace()
        p.o(.emptyDict, .mark)
        for i in 0..<10_000 {
            p.s("a\(i)")
            p.o(.none)
        }
        p.s("__setstate__")
        Self.tensorType(&p)
        p.o(.setItems, .build)
        p.callPlanted()
        #expect(plantedCritical(p.done()))
    }

    @Test func setObjStateWithDictCall() {
        var p = P()
        p.g("torch._utils", "_set_obj_state")
        p.namespace()
        p.dictCall([("__setstate__", Self.tensorType)])
        p.o(.tuple2, .reduce)
        p.callPlanted()
        #expect(plantedCritical(p.done()))
        // The second BUILD calls the planted method (the machine follows `_set_obj_state` like BUILD).
        let a = PickleMachine.analyze(p.done())
        #expect(a.calls.contains { $0.kind == .setstate })
        #expect(scanModel(p.done(), path: "models/model.pkl").contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("set_default_tensor_type") })
    }

    @Test func plainDictCallStateStaysClean() {
        var p = P()
        p.namespace()
        p.dictCall([("alpha", { (q: inout P) in q.b.int(1) }), ("name", { (q: inout P) in q.s("x") })])
        p.o(.build)
        #expect(serious(scanModel(p.done(), path: "models/model.pkl")).isEmpty)
        var q = P()
        q.namespace()
        q.o(.none, .emptyDict)
        q.s("alpha")
        q.b.int(2)
        q.o(.setItem, .tuple2, .build)
        #expect(serious(scanModel(q.done(), path: "models/model.pkl")).isEmpty)
    }

    // MARK: 2. STRING escapes

    @Test func stringOpcodeDecodesLikeEscapeDecode() {
        let body = Array(#"S'\x5f\137\a\b\f\v\n\r\t\\\'\"\q\1012'"#.utf8) + [0x0A, 0x2E]
        let a = PickleMachine.analyze(body)
        let r = a.results.first
        #expect(a.string(r) == "__\u{7}\u{8}\u{C}\u{B}\n\r\t\\'\"\\qA2")
        #expect(a.anomalies.isEmpty)
        let bad = PickleMachine.analyze(Array(#"S'\x5'"#.utf8) + [0x0A, 0x2E])
        #expect(bad.anomalies.contains { $0.kind == .badArgument })
    }

    @Test func octalKeyPlantsSetstate() {
        let body = "cargparse\nNamespace\n(tR(dS'\\137_setstate__'\nctorch\nset_default_tensor_type\nsbS'evilmod.x'\nb."
        #expect(plantedCritical(Array(body.utf8)))
    }

    // MARK: 3. Python 2 names only below protocol 3

    @Test func python2NamesFixedOnlyBelowProtocol3() {
        func firstModule(_ proto: Int) -> String? {
            var p = PickleBuilder(protocol: proto)
            p.global("UserDict", "OrderedDict")
            p.op(.emptyTuple)
            p.op(.reduce)
            return PickleMachine.analyze(p.finished()).imports.first?.module
        }
        #expect(firstModule(0) == "collections")
        #expect(firstModule(2) == "collections")
        #expect(firstModule(3) == "UserDict")
        #expect(firstModule(4) == "UserDict")
        var p = P(4)
        p.g("UserDict", "OrderedDict")
        p.o(.emptyTuple, .reduce)
        #expect(!serious(scanModel(p.done(), path: "models/model.pkl")).isEmpty)
        var q = P(4)
        q.g("__builtin__", "set")
        q.o(.emptyTuple, .reduce)
        #expect(!serious(scanModel(q.done(), path: "models/model.pkl")).isEmpty)
        var ok = P(2)
        ok.g("__builtin__", "set")
        ok.o(.emptyTuple, .reduce)
        #expect(serious(scanModel(ok.done(), path: "models/model.pkl")).isEmpty)
    }

    // MARK: 4. joblib inline arrays

    /// A joblib `NumpyArrayWrapper` for a float64 array of one element, followed by `region` and STOP.
    static func joblibWrapper(code: String = "f8", elsize: Int32 = -1, alignment: ((inout P) -> Void)? = nil,
                              dtypeState: ((inout P) -> Void)? = nil, viaReconstructor: Bool = false,
                              region: [UInt8]) -> [UInt8] {
        var p = P(4)
        if viaReconstructor {
            p.g("copyreg", "_reconstructor")
            p.g("joblib.numpy_pickle", "NumpyArrayWrapper")
            p.g("builtins", "object")
            p.o(.none, .tuple3, .reduce)
        } else {
            p.g("joblib.numpy_pickle", "NumpyArrayWrapper")
            p.o(.emptyTuple, .newObj)
        }
        p.o(.emptyDict, .mark)
        p.s("subclass")
        p.g("numpy", "ndarray")
        p.s("shape")
        p.b.int(1)
        p.o(.tuple1)
        p.s("order")
        p.s("C")
        p.s("dtype")
        p.g("numpy", "dtype")
        p.s(code)
        p.o(.newFalse, .newTrue, .tuple3, .reduce, .mark)
        if let dtypeState {
            dtypeState(&p)
        } else {
            p.b.int(3)
            p.s("<")
            p.o(.none, .none, .none)
            p.raw([PickleOpcode.binInt.rawValue] + withUnsafeBytes(of: elsize.littleEndian, Array.init))
            p.raw([PickleOpcode.binInt.rawValue, 0xFF, 0xFF, 0xFF, 0xFF])
            p.b.int(0)
        }
        p.o(.tuple, .build)
        p.s("allow_mmap")
        p.o(.newFalse)
        if let alignment {
            p.s("numpy_array_alignment_bytes")
            alignment(&p)
        }
        p.o(.setItems, .build)
        p.raw(region)
        return p.done()
    }

    static var hidden: [UInt8] {
        var p = PickleBuilder(protocol: 0)
        p.stackGlobal("os", "system")
        p.string("echo hidden")
        p.op(.tuple1)
        p.op(.reduce)
        return p.bytes
    }

    static let oneDouble: [UInt8] = [0, 0, 0, 0, 0, 0, 0xF0, 0x3F]

    @Test func joblibElsizeIgnoredForFixedTypes() {
        // numpy ignores the state's elsize for 'd': joblib reads 8 bytes, then runs the opcodes after them.
        let hidden = Self.hidden + [PickleOpcode.pop.rawValue]
        var region = Self.oneDouble + hidden
        while region.count < 64 { region += [PickleOpcode.none.rawValue, PickleOpcode.pop.rawValue] }
        let f = scanModel(Self.joblibWrapper(code: "d", elsize: Int32(region.count), region: region), path: "models/model.joblib")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("os.system") })
        #expect(f.contains { $0.ruleID == "pickle-malformed-stream" && $0.severity >= .medium })
    }

    @Test func joblibAlignmentPadsWhenNotNone() {
        // joblib pads whenever numpy_array_alignment_bytes is not None (True here): pad byte 9, nine bytes.
        let hidden = Self.hidden
        let len = UInt8(Self.oneDouble.count + hidden.count)
        let region: [UInt8] = [9] + [UInt8](repeating: 0, count: 7) + [PickleOpcode.shortBinBytes.rawValue, len]
            + Self.oneDouble + hidden + [PickleOpcode.pop.rawValue]
        let f = scanModel(Self.joblibWrapper(alignment: { $0.o(.newTrue) }, region: region), path: "models/model.joblib")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("os.system") })
        #expect(f.contains { $0.ruleID == "pickle-malformed-stream" && $0.severity >= .medium })
    }

    @Test func joblibSixFieldDtypeStateElsize() {
        // numpy reads elsize at index 4 of a six-field state (version, endian, subarray, fields, elsize,
        // alignment): 'S3' becomes 9 bytes. Read at index 5 (1 byte), the array would hide the opcodes after it.
        let hidden = Self.hidden
        let data: [UInt8] = [0, PickleOpcode.shortBinBytes.rawValue, UInt8(6 + hidden.count), 0, 0, 0, 0, 0, 0]
        let region = data + hidden + [PickleOpcode.pop.rawValue]
        let bytes = Self.joblibWrapper(code: "S3", dtypeState: { p in
            p.b.int(1)
            p.s("|")
            p.o(.none, .none)
            p.b.int(9)
            p.b.int(1)
        }, region: region)
        let f = scanModel(bytes, path: "models/model.joblib")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("os.system") })
    }

    /// Eight array bytes that, parsed as opcodes, open a bytes literal swallowing six more bytes and `hidden`.
    static var swallowingData: [UInt8] {
        [PickleOpcode.shortBinBytes.rawValue, UInt8(6 + hidden.count), 0, 0, 0, 0, 0, 0]
    }

    @Test func joblibWrapperMadeByCopyregIsSkipped() {
        // joblib skips the array after any BUILD leaving a NumpyArrayWrapper instance on the stack.
        let region = Self.swallowingData + Self.hidden + [PickleOpcode.pop.rawValue]
        let f = scanModel(Self.joblibWrapper(viaReconstructor: true, region: region), path: "models/model.joblib")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("os.system") })
    }

    @Test func secondBuildOnTheArrayReadsNoArray() {
        // After the wrapper's BUILD, joblib has replaced it with the array: a second BUILD reads no bytes.
        var tail = Self.oneDouble
        tail += [PickleOpcode.mark.rawValue] + [UInt8](repeating: PickleOpcode.none.rawValue, count: 5)
        tail += [PickleOpcode.tuple.rawValue, PickleOpcode.build.rawValue]
        tail += Self.hidden + [PickleOpcode.pop.rawValue]
        let f = scanModel(Self.joblibWrapper(region: tail), path: "models/model.joblib")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("os.system") })
    }

    @Test func objectArrayPickleReadsNoInlineArrays() {
        // An object array's nested pickle is read by a plain unpickler: a wrapper inside it reads no bytes.
        let inner = Self.joblibWrapper(region: Self.hidden + [PickleOpcode.pop.rawValue])
        let outer = Self.joblibWrapper(code: "O8", region: inner)
        let f = scanModel(outer, path: "models/model.joblib")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("os.system") })
    }

    @Test func opcodesHiddenInArrayBytesForAPlainUnpickler() {
        // Loaded with pickle.load instead of joblib.load, the array's bytes are opcodes.
        let region = Self.hidden + [PickleOpcode.pop.rawValue]
        let bytes = Self.joblibWrapper(code: "S\(region.count)", dtypeState: { p in
            p.b.int(3)
            p.s("|")
            p.o(.none, .none, .none)
            p.b.int(region.count)
            p.b.int(1)
            p.b.int(0)
        }, region: region)
        let f = scanModel(bytes, path: "models/model.pkl")
        #expect(f.contains { $0.severity == .critical && $0.message.contains("plain unpickler") && $0.message.contains("os.system") })
    }

    @Test func joblibArrayAsJoblibWritesItStaysClean() {
        let plain = Self.joblibWrapper(region: Self.oneDouble)
        #expect(serious(scanModel(plain, path: "models/model.joblib")).isEmpty)
        let padded = Self.joblibWrapper(alignment: { $0.b.int(16) }, region: [3, 0, 0, 0] + Self.oneDouble)
        #expect(serious(scanModel(padded, path: "models/model.joblib")).isEmpty)
        let none = Self.joblibWrapper(alignment: { $0.o(.none) }, region: Self.oneDouble)
        #expect(serious(scanModel(none, path: "models/model.joblib")).isEmpty)
    }

    // MARK: 5. joblib NDArrayWrapper side files

    static func ndArrayWrapper(_ filename: String) -> [UInt8] {
        var p = P(4)
        p.g("joblib.numpy_pickle_compat", "NDArrayWrapper")
        p.o(.emptyTuple, .newObj, .emptyDict, .mark)
        p.s("filename")
        p.s(filename)
        p.s("subclass")
        p.g("numpy", "ndarray")
        p.s("allow_mmap")
        p.o(.newFalse, .setItems, .build)
        return p.done()
    }

    @Test func ndArrayWrapperOutsideTheFolder() {
        for name in ["/tmp/x.bin", "../../shared/cache.dat", "C:\\x.npy", "sub/../../x.npy"] {
            let f = scanModel(Self.ndArrayWrapper(name), path: "models/model.joblib")
            #expect(f.contains { $0.severity >= .high && $0.message.contains("outside the model folder") }, "\(name)")
        }
        #expect(serious(scanModel(Self.ndArrayWrapper("model.joblib_01.npy"), path: "models/model.joblib")).isEmpty)
    }
}
