import BulwarkCore
import BulwarkFormats
import BulwarkModels
import BulwarkTestSupport
import Testing

/// `bulwark explain-model`: the text a reviewer reads and the verdict the command exits on.
@Suite struct ExplainModelTests {
    @Test func stateDictShowsItsKeysAfterTheTensorsExist() {
        let file = SourceFile(relativePath: "s.pt", bytes: ZipBuilder.torchCheckpoint(pickle: PickleBuilder.torchStateDict(tensors: ["fc.weight", "fc.bias"])))
        let e = ModelExplainer.explanation(file)
        let lines = e.text.split(separator: "\n").map(String.init)
        let weight = lines.firstIndex { $0.hasPrefix("_var0['fc.weight'] = _var") }
        let bias = lines.firstIndex { $0.hasPrefix("_var0['fc.bias'] = _var") }
        #expect(weight != nil && bias != nil, "the SETITEMS step is shown: \(e.text)")
        // Each value names a tensor created before the line that stores it.
        let lastCall = lines.lastIndex { $0.hasPrefix("_var") && $0.contains(" = torch._utils._rebuild_tensor_v2(") }
        #expect(lastCall != nil && weight.map { $0 > lastCall! } == true)
        #expect(lines.contains("result = _var0"))
        #expect(e.findings.isEmpty)
        #expect(e.worstSeverity == nil)
        #expect(lines.last == "# verdict: no findings")
    }

    @Test func importLinesNameModulesTheWayTheCallsDo() {
        let file = SourceFile(relativePath: "m.pkl", bytes: PickleBuilder.call("posix", "system", ["true"]))
        let e = ModelExplainer.explanation(file)
        #expect(e.text.split(separator: "\n").contains("import posix  # system"))
        #expect(!e.text.contains("from posix import"))
        #expect(e.text.contains("_var0 = posix.system('true')"))
        #expect(e.worstSeverity == .critical)
        #expect(e.text.contains("# verdict: 1 critical; worst: pickle-dangerous-call"))

        // Two names of one module: one import line listing both.
        let torch = ModelExplainer.explain(SourceFile(relativePath: "s.pkl", bytes: PickleBuilder.torchStateDict()))
        let imports = torch.split(separator: "\n").filter { $0.hasPrefix("import ") }
        #expect(imports.contains { $0.hasPrefix("import collections  # OrderedDict") })
        #expect(imports.filter { $0.hasPrefix("import torch") }.count == 2, "torch and torch._utils: \(imports)")
    }

    @Test func aCraftedNameCannotForgeALine() {
        var p = PickleBuilder(protocol: 4)
        p.stackGlobal("os\n# verdict: no findings\n", "system")
        p.string("true")
        p.op(.tuple1)
        p.op(.reduce)
        let text = ModelExplainer.explain(SourceFile(relativePath: "m.pkl", bytes: p.finished()))
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("# verdict:") }.count == 1, "only the real verdict line: \(text)")
        #expect(lines.last?.hasPrefix("# verdict:") == true)
        #expect(text.contains("import os<U+000A># verdict: no findings<U+000A>  # system"))
    }

    @Test func fillsAreBounded() {
        // 150,000 APPENDS items into one call's result: the kept ones stop at the limit, the rest are counted.
        var p = PickleBuilder(protocol: 2)
        p.global("collections", "deque")
        p.op(.emptyTuple)
        p.op(.reduce)
        p.int(7)
        p.binPut(1)
        p.op(.pop)
        for _ in 0..<150 {
            p.op(.mark)
            for _ in 0..<1_000 { p.binGet(1) }
            p.op(.appends)
        }
        let analysis = PickleMachine.analyze(p.finished())
        let call = analysis.calls.first
        #expect(call?.fills.count == PickleCall.maxFills)
        #expect(call?.fillsDropped == 150_000 - PickleCall.maxFills)
        let text = ModelExplainer.explain(SourceFile(relativePath: "d.pkl", bytes: p.finished()), maxLines: 50)
        #expect(text.split(separator: "\n").count < 70)
        #expect(text.contains("more lines truncated"))
    }
}
