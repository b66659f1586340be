import BulwarkCore
import BulwarkFormats
@testable import BulwarkModels
import Foundation
import Testing

@Suite("ONNX custom operator domains")
struct ONNXDomainTests {
    /// Written by onnx 1.23.2 (IR version 14) with onnx.helper: com.microsoft fused ops (SkipLayerNormalization,
    /// FusedMatMul) and a call of a model-local `pkg.onnxscript.torch_lib` function, as torch.onnx exports do.
    static let realBenign = hexBytes("080e12077079746f7263683aca010a360a01780a01780a01780a01781201732216536b69704c617965724e6f726d616c697a6174696f6e3a0d636f6d2e6d6963726f736f66740a360a01730a017312016d220b46757365644d61744d756c2a0f0a05616c706861150000803fa001013a0d636f6d2e6d6963726f736f66740a2b0a016d12017922096174656e5f67656c753a18706b672e6f6e6e787363726970742e746f7263685f6c69621201675a130a0178120e0a0c080112080a0208010a02080462130a0179120e0a0c080112080a0208010a02080442040a00101142110a0d636f6d2e6d6963726f736f66741001421c0a18706b672e6f6e6e787363726970742e746f7263685f6c69621001ca014e0a096174656e5f67656c752201612a01623a0b0a016112016522034572663a0e0a01610a016512016222034d756c4a040a0010115218706b672e6f6e6e787363726970742e746f7263685f6c6962")
    /// Written by onnx 1.23.2: an `evil.ops` Exec node inside an If subgraph, and a `vendor.native` Loader node
    /// inside the model-local function `local.fn.wrap` (the call of `wrap` itself is not a custom op).
    static let realCustom = hexBytes("080e3a81020a231201632208436f6e7374616e742a140a0576616c75652a0810092a0101420163a001040a93010a016312027930220249662a3f0a0b656c73655f6272616e6368322d0a100a017812017922084964656e746974791204656c736562130a0179120e0a0c080112080a0208010a020804a001052a450a0b7468656e5f6272616e636832330a160a01781201792204457865633a086576696c2e6f707312047468656e62130a0179120e0a0c080112080a0208010a020804a001050a170a0279301201792204777261703a086c6f63616c2e666e1201675a130a0178120e0a0c080112080a0208010a02080462130a0179120e0a0c080112080a0208010a02080442040a001011420c0a086576696c2e6f70731001420c0a086c6f63616c2e666e1001ca014e0a04777261702201612a01623a1d0a016112016222064c6f616465723a0d76656e646f722e6e61746976654a040a0010114a110a0d76656e646f722e6e6174697665100152086c6f63616c2e666e")

    func custom(_ f: [Finding]) -> [Finding] { f.filter { $0.ruleID == "onnx-custom-op-domain" } }

    @Test func realOptimizedTransformerShapeIsClean() {
        let f = scanModel(Self.realBenign, path: "models/model.onnx")
        #expect(f.isEmpty, "\(f.map(\.message))")
        #expect(inspectModel(Self.realBenign, path: "models/model.onnx").format == "onnx")
    }

    @Test func realCustomDomainsInSubgraphAndFunction() {
        let f = custom(scanModel(Self.realCustom, path: "models/model.onnx"))
        let evil = f.first { $0.message.contains("`evil.ops`") }
        #expect(evil?.severity == .medium)
        #expect(evil?.message.contains("`Exec`") == true)
        let vendor = f.first { $0.message.contains("`vendor.native`") }
        #expect(vendor?.severity == .medium && vendor?.message.contains("`Loader`") == true)
        #expect(!f.contains { $0.message.contains("local.fn") }, "\(f.map(\.message))")
        #expect(f.count == 2, "\(f.map(\.message))")
    }

    @Test func builderCustomDomainNamesDomainAndOps() {
        let bytes = FormatBuilders.onnx(nodes: [("MatMul", ""), ("RunShell", "com.example.ops"), ("Spawn", "com.example.ops"), ("RunShell", "com.example.ops")],
                                        opsets: ["", "com.example.ops"])
        let f = custom(scanModel(bytes, path: "m.onnx"))
        #expect(f.count == 1)
        #expect(f.first?.message.contains("3 nodes") == true && f.first?.message.contains("`RunShell`, `Spawn`") == true, "\(f.map(\.message))")
        #expect(f.first?.location.byteOffset != nil)
    }

    @Test func knownRuntimeDomainsAreNotReported() {
        let nodes = ONNXDomains.builtIn.sorted().map { ("SomeOp", $0) }
        let f = scanModel(FormatBuilders.onnx(nodes: nodes, opsets: ONNXDomains.builtIn.sorted()), path: "m.onnx")
        #expect(f.isEmpty, "\(f.map(\.message))")
    }

    @Test func extensionsAndPytorchInternalAreLow() {
        let bytes = FormatBuilders.onnx(nodes: [("GPT2Tokenizer", "ai.onnx.contrib"), ("ResizeNearest", "org.pytorch._caffe2"),
                                                ("EfficientNMS_TRT", "TRT")],
                                        opsets: ["", "ai.onnx.contrib", "org.pytorch._caffe2", "TRT"])
        let f = custom(scanModel(bytes, path: "m.onnx"))
        #expect(f.count == 3 && f.allSatisfy { $0.severity == .low }, "\(f.map(\.message))")
        #expect(f.contains { $0.message.contains("TensorRT") && $0.message.contains("`EfficientNMS_TRT`") })
        #expect(f.contains { $0.message.contains("onnxruntime-extensions") })
    }

    @Test func unusedCustomOpsetImportIsLow() {
        let f = custom(scanModel(FormatBuilders.onnx(nodes: [("Relu", "")], opsets: ["", "my.private.ops"]), path: "m.onnx"))
        #expect(f.count == 1 && f.first?.severity == .low && f.first?.message.contains("opset_import") == true)
    }

    @Test func customOpInSubgraphAndInUndefinedFunctionCall() {
        let bytes = FormatBuilders.onnx(nodes: [("helper", "lib.fn"), ("undefined", "lib.fn")], opsets: [""],
                                        functions: [(domain: "lib.fn", name: "helper", nodes: [("Relu", "")])],
                                        subgraphNodes: [("Backdoor", "x.y")])
        let f = custom(scanModel(bytes, path: "m.onnx"))
        #expect(f.contains { $0.message.contains("`x.y`") && $0.message.contains("`Backdoor`") })
        // `lib.fn.helper` is defined in the model; `lib.fn.undefined` is not, so it needs a library.
        #expect(f.contains { $0.message.contains("`lib.fn`") && $0.message.contains("`undefined`") && !$0.message.contains("`helper`") })
    }

    @Test func allowOptionSilencesADomain() {
        var c = Configuration()
        c.rules["onnx-custom-op-domain"] = Configuration.RuleEntry(options: ["allow": .list([.string("com.example.*")])])
        let bytes = FormatBuilders.onnx(nodes: [("RunShell", "com.example.ops"), ("Other", "org.other")], opsets: [""])
        let f = custom(scanModel(bytes, path: "m.onnx", config: c))
        #expect(f.count == 1 && f.first?.message.contains("org.other") == true, "\(f.map(\.message))")
    }

    @Test func hostileDomainTextIsEscaped() {
        let f = custom(scanModel(FormatBuilders.onnx(nodes: [("X", "evil\u{1B}[2J`dom")], opsets: [""]), path: "m.onnx"))
        #expect(f.count == 1)
        #expect(f.first.map { !$0.message.contains("\u{1B}") } == true)
    }

    @Test func fuzzONNXWalker() {
        let seeds = [Self.realBenign, Self.realCustom,
                     FormatBuilders.onnx(nodes: [("A", "x.y")], opsets: ["", "q"], functions: [(domain: "f", name: "g", nodes: [("B", "z")])],
                                         subgraphNodes: [("C", "w")])]
        var rng = SeededRandom(state: 11)
        let start = Date()
        var findings = 0
        for i in 0..<2000 {
            findings += scanModel(mutate(seeds[i % seeds.count], &rng), path: "m.onnx").count
        }
        #expect(findings > 0)
        #expect(Date().timeIntervalSince(start) < 60)
    }
}
