import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Testing

/// `__torch__.*` names are TorchScript types: trusted in the `data.pkl`/`constants.pkl` of a TorchScript archive
/// (read by TorchScript's own unpickler, nothing imported), an ordinary unknown module anywhere else, where a plain
/// unpickler runs `import __torch__` and only a planted `__torch__.py` answers (review R5, p6a).
@Suite("TorchScript trust")
struct TorchScriptTrustTests {
    /// `__torch__.<module>.<name>.__new__(...)` followed by a BUILD, as `torch.jit.save` writes a module.
    static func scriptModulePickle(module: String = "__torch__.torch.nn.modules.linear", name: String = "Linear",
                                   call: Bool = false) -> [UInt8] {
        var p = PickleBuilder(protocol: 2)
        p.global(module, name)
        p.op(.emptyTuple)
        p.op(call ? .reduce : .newObj)
        p.op(.emptyDict)
        p.string("training")
        p.op(.newTrue)
        p.op(.setItem)
        p.op(.build)
        return p.finished()
    }

    /// The members `torch.jit.save` writes (torch 2.x): `<top>/data.pkl`, `code/`, `constants.pkl`, `version`.
    static func archive(data: [UInt8], top: String = "model", constants: Bool = true, code: Bool = true) -> [UInt8] {
        var z = ZipBuilder()
        z.add(top + "/data.pkl", data)
        if code { z.add(top + "/code/__torch__/torch/nn/modules/linear.py", Array("class Linear(Module):\n  pass\n".utf8)) }
        if constants {
            var c = PickleBuilder(protocol: 2)
            c.op(.emptyTuple)
            z.add(top + "/constants.pkl", c.finished())
        }
        z.add(top + "/version", Array("1\n".utf8))
        z.add(top + "/byteorder", Array("little".utf8))
        return z.build()
    }

    @Test func torchScriptArchiveTypesAreClean() {
        let f = scanModel(Self.archive(data: Self.scriptModulePickle()), path: "models/model.jit")
        #expect(serious(f).isEmpty, "\(f.map(\.message))")
        #expect(!f.contains { $0.message.contains("__torch__") })
    }

    @Test func plainPickleOfTorchScriptTypeIsAnUnknownClass() {
        // R5 p6a: NEWOBJ of `__torch__.X` in a plain pickle: `import __torch__` runs whatever provides it.
        let f = scanModel(Self.scriptModulePickle(module: "__torch__", name: "Net"), path: "models/model.pkl")
        #expect(f.contains { $0.ruleID == "pickle-unknown-global" && $0.severity == .medium && $0.message.contains("__torch__.Net") })
    }

    @Test func calledTorchScriptTypeOutsideAnArchiveIsCritical() {
        let f = scanModel(Self.scriptModulePickle(call: true), path: "models/model.pkl")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical && $0.message.contains("__torch__") })
    }

    @Test func torchSaveZipWithoutConstantsIsNotTorchScript() {
        // `torch.load` unpickles such a `data.pkl` with Python's unpickler (no `constants.pkl`: not TorchScript).
        let f = scanModel(ZipBuilder.torchCheckpoint(pickle: Self.scriptModulePickle()), path: "models/model.pt")
        #expect(f.contains { $0.ruleID == "pickle-unknown-global" && $0.message.contains("__torch__.torch.nn.modules.linear.Linear") })
        let noConstants = scanModel(Self.archive(data: Self.scriptModulePickle(), constants: false), path: "models/model.pt")
        #expect(noConstants.contains { $0.ruleID == "pickle-unknown-global" })
    }

    @Test func onlyTheArchivesOwnPicklesAreTrusted() {
        // A pickle in a subfolder of a TorchScript archive is not read by TorchScript's unpickler.
        var z = ZipBuilder()
        z.add("model/data.pkl", Self.scriptModulePickle())
        z.add("model/constants.pkl", [0x80, 0x02, 0x29, 0x2E])
        z.add("model/extra/data.pkl", Self.scriptModulePickle(module: "__torch__", name: "Evil"))
        let f = scanModel(z.build(), path: "models/model.pt")
        #expect(f.contains { $0.message.contains("__torch__.Evil") && $0.location.archiveMember == "model/extra/data.pkl" })
        #expect(!f.contains { $0.message.contains("linear.Linear") })
    }

    @Test func nameThatOnlyStartsLikeTorchScriptIsNotTrusted() {
        #expect(PickleJudge.isTorchScriptType("__torch__"))
        #expect(PickleJudge.isTorchScriptType("__torch__.torch.nn"))
        #expect(!PickleJudge.isTorchScriptType("__torch__evil"))
        let f = scanModel(Self.archive(data: Self.scriptModulePickle(module: "__torch__evil", name: "Net")), path: "models/model.jit")
        #expect(f.contains { $0.ruleID == "pickle-unknown-global" && $0.message.contains("__torch__evil") })
    }

    @Test func otherGlobalsInATorchScriptArchiveAreStillJudged() {
        let f = scanModel(Self.archive(data: PickleExamples.osSystem), path: "models/model.jit")
        #expect(f.contains { $0.ruleID == "pickle-dangerous-call" && $0.severity == .critical })
    }
}
